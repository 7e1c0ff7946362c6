import { book, F, SheetB, type CorpusEntry, type Expect, type In } from "../corpus/kit";

/**
 * Holdout corpus 4: the small pieces every workbook of this corpus uses. Nothing here knows how the engine reads
 * a sheet; rows are written one by one, the way a clerk types them, and each workbook states its own truth.
 */

export { F, SheetB };
export type { Expect, In };

/** 送审 and 审定 of the whole budget, in 元 with two decimals, worked by hand from domain.md §6. */
export interface Truth {
  submitted: string;
  approved: string;
}

export interface Entry4 extends CorpusEntry {
  truth: Truth;
}

export interface Made {
  sheets: SheetB[];
  expect: Expect[];
  truth: Truth;
}

/** Builds once to learn the rows of the expectations; `build()` builds afresh each time. */
export function entry(name: string, shape: string, make: () => Made): Entry4 {
  const first = make();
  return {
    name,
    shape,
    build: () => book(name, ...make().sheets),
    expect: first.expect,
    truth: first.truth,
  };
}

/** A title row merged across A..toCol. */
export function title(s: SheetB, text: string, toCol: string): number {
  const r = s.add([text]);
  s.mergeLast(toCol);
  return r;
}

/** Replaces a row written earlier (a total placed above the lines, filled once their rows are known). */
export function setRow(s: SheetB, row: number, cells: In[]): void {
  s.rows[row - 1 - s.origin.row] = cells;
}

/** "=SUM(F5:F9)". */
export const sumF = (col: string, from: number, to: number, noCache = false) =>
  F(`=SUM(${col}${from}:${col}${to})`, { noCache });
/** "=F4+F9+F15". */
export const plusF = (col: string, rows: number[], noCache = false) =>
  F(`=${rows.map((r) => `${col}${r}`).join("+")}`, { noCache });
/** "=D{r}*E{r}". */
export const mulF = (q: string, p: string) => F(`=${q}{r}*${p}{r}`);

export const err = (rule: string, sheet?: string, row?: number, cell?: string): Expect => ({
  rule,
  severity: "error",
  sheet,
  row,
  cell,
});
export const warn = (rule: string, sheet?: string, row?: number, cell?: string): Expect => ({
  rule,
  severity: "warning",
  sheet,
  row,
  cell,
});
