import type { CellValue, MergedRange, SheetSnapshot, WorkbookSnapshot } from "../../src/core/snapshot/types";
import { parseA1 } from "../../src/core/snapshot/address";
import { evaluateFormula } from "../support/fake-formula";

/**
 * A small kit for writing budget workbooks the way a unit's clerk fills them in: rows one after another,
 * formulas where the clerk would type them ("=E{r}*F{r}", {r} being the row being written), constants where
 * the clerk typed the figure by hand. `book()` evaluates every formula (cross-sheet references included) and
 * stores its cached value, as Excel does when it saves; `F(formula, { noCache: true })` leaves the cache empty
 * (a file written by a tool that never recalculated).
 */

export interface FormulaCell {
  kind: "formula";
  f: string;
  noCache?: boolean;
}
export type In = CellValue | FormulaCell | undefined;

export function F(f: string, opts: { noCache?: boolean } = {}): FormulaCell {
  return { kind: "formula", f, noCache: opts.noCache };
}
const isFormula = (v: In): v is FormulaCell =>
  typeof v === "object" && v !== null && (v as FormulaCell).kind === "formula";

/** Expected finding: rule + severity, optionally the sheet, the 1-based row and the A1 cell. */
export interface Expect {
  rule: string;
  severity: "error" | "warning";
  sheet?: string;
  row?: number;
  cell?: string;
}

export interface CorpusEntry {
  /** File-like name, e.g. "c01-oa-new-wan.xlsx". */
  name: string;
  /** What shape it exercises. */
  shape: string;
  build: () => WorkbookSnapshot;
  /** The error and warning findings a careful reviewer writes down (empty: compliant). */
  expect: Expect[];
}

export class SheetB {
  readonly rows: In[][] = [];
  readonly merges: string[] = [];
  readonly formats: Record<string, string> = {};
  hidden = false;
  /**
   * Where the used range starts (0-based worksheet row/col), for sheets whose table does not start at A1
   * (a blank first row and column A left empty). Formulas, merges and formats are in worksheet addresses.
   */
  constructor(
    readonly name: string,
    readonly origin = { row: 0, col: 0 },
  ) {}

  /** 1-based worksheet number of the next row to be written. */
  get next(): number {
    return this.rows.length + 1 + this.origin.row;
  }

  /** Writes one row; "{r}" in formulas is this row's number. Returns the row number. */
  add(cells: In[] = []): number {
    const r = this.next;
    this.rows.push(cells.map((c) => (isFormula(c) ? { ...c, f: c.f.replace(/\{r\}/g, String(r)) } : c)));
    return r;
  }

  /** Several rows at once; returns [first, last] row numbers. */
  addAll(rows: In[][]): [number, number] {
    const first = this.next;
    for (const r of rows) this.add(r);
    return [first, this.next - 1];
  }

  blank(n = 1): void {
    for (let i = 0; i < n; i++) this.add([]);
  }

  merge(range: string): this {
    this.merges.push(range);
    return this;
  }

  /** Merges the title across the given last column letter on the row just written. */
  mergeLast(toCol: string): this {
    const r = this.rows.length + this.origin.row;
    return this.merge(`A${r}:${toCol}${r}`);
  }

  format(cell: string, fmt: string): this {
    this.formats[cell] = fmt;
    return this;
  }

  hide(): this {
    this.hidden = true;
    return this;
  }
}

function toRange(m: string): MergedRange {
  const [a, b] = m.split(":").map((x) => parseA1(x)!);
  return { top: a.row, left: a.col, bottom: b.row, right: b.col };
}

function clean(n: number): number {
  // Excel stores 15 significant digits.
  return Number(n.toPrecision(15));
}

/** Builds the workbook snapshot, evaluating formulas across sheets to fill the cached values. */
export function book(name: string, ...sheets: SheetB[]): WorkbookSnapshot {
  const widths = sheets.map((s) => Math.max(1, ...s.rows.map((r) => r.length)));
  const values: CellValue[][][] = sheets.map((s, i) =>
    s.rows.map((r) => {
      const out: CellValue[] = [];
      for (let c = 0; c < widths[i]; c++) {
        const v = r[c];
        out.push(v === undefined || isFormula(v) ? null : v);
      }
      return out;
    }),
  );
  const byName = new Map(sheets.map((s, i) => [s.name, i]));
  const origins = sheets.map((s) => s.origin);
  const pending: { s: number; r: number; c: number; f: FormulaCell }[] = [];
  sheets.forEach((s, si) =>
    s.rows.forEach((row, ri) =>
      row.forEach((v, ci) => {
        if (isFormula(v)) pending.push({ s: si, r: ri, c: ci, f: v });
      }),
    ),
  );
  // Evaluate repeatedly so that formulas referring to later formulas settle (no cycles in budgets).
  const done = new Set<number>();
  for (let pass = 0; pass < 8; pass++) {
    pending.forEach((p, k) => {
      const lookup = (sheet: string | null, row: number, col: number): unknown => {
        const si = sheet === null ? p.s : byName.get(sheet);
        if (si === undefined) throw new Error(`${name}: formula ${p.f.f} refers to unknown sheet ${sheet}`);
        return values[si][row - origins[si].row]?.[col - origins[si].col] ?? null;
      };
      const v = evaluateFormula(p.f.f, lookup);
      if (v === undefined) throw new Error(`${name}: cannot evaluate ${p.f.f}`);
      values[p.s][p.r][p.c] = clean(v);
      done.add(k);
    });
  }
  for (const p of pending) if (p.f.noCache) values[p.s][p.r][p.c] = null;
  return {
    name,
    sheets: sheets.map((s, si) => {
      const formulas: (string | null)[][] = values[si].map((r) => r.map(() => null));
      for (const p of pending) if (p.s === si) formulas[p.r][p.c] = p.f.f;
      const numberFormats: (string | null)[][] = values[si].map((r) => r.map(() => null));
      for (const [addr, fmt] of Object.entries(s.formats)) {
        const w = parseA1(addr)!;
        const p = { row: w.row - s.origin.row, col: w.col - s.origin.col };
        if (numberFormats[p.row] && p.col < numberFormats[p.row].length) numberFormats[p.row][p.col] = fmt;
      }
      const snap: SheetSnapshot = {
        name: s.name,
        origin: s.origin,
        values: values[si],
        formulas,
        numberFormats,
        merges: s.merges.map(toRange), // MergedRange is in worksheet coordinates
      };
      if (s.hidden) snap.hidden = true;
      return snap;
    }),
  };
}

/** "=E{r}*F{r}" for the given quantity and price columns. */
export const mul = (q: string, p: string): FormulaCell => F(`=${q}{r}*${p}{r}`);
/** "=SUM(G5:G9)". */
export const sum = (col: string, from: number, to: number): FormulaCell => F(`=SUM(${col}${from}:${col}${to})`);
