import type { HoldoutEntry } from "../corpus/assert-holdout";
import { book, F, SheetB, type Expect, type In } from "../corpus/kit";

/**
 * Corpus 6 helpers: a workbook is written row by row with SheetB (formulas where a clerk types them); `hold()`
 * builds it once to learn the rows of the expected findings and keeps a fresh build for the scorer.
 */
export { F, SheetB };
export type { Expect, In, HoldoutEntry };

export interface Built {
  sheets: SheetB[];
  expect: Expect[];
}

export function hold(
  name: string,
  shape: string,
  make: () => Built,
  submitted: string,
  approved: string,
): HoldoutEntry {
  const first = make();
  return {
    name,
    shape,
    build: () => book(name, ...make().sheets),
    expect: first.expect,
    truth: { submitted, approved },
  };
}

/** Title row merged from A to the given column. */
export function title(s: SheetB, text: string, last: string): number {
  const r = s.add([text]);
  s.mergeLast(last);
  return r;
}

/** An expected finding. */
export const X = (rule: string, severity: "error" | "warning", sheet?: string, row?: number, cell?: string): Expect => {
  const e: Expect = { rule, severity };
  if (sheet !== undefined) e.sheet = sheet;
  if (row !== undefined) e.row = row;
  if (cell !== undefined) e.cell = cell;
  return e;
};

/** "=SUM(G5:G9)". */
export const sumOf = (col: string, from: number, to: number): In => F(`=SUM(${col}${from}:${col}${to})`);
/** "=G4+G9+G15". */
export const plusOf = (col: string, rows: number[]): In => F(`=${rows.map((r) => `${col}${r}`).join("+")}`);
