import type { CellValue, MergedRange, SheetSnapshot, WorkbookSnapshot } from "../../src/core/snapshot/types";

export interface SheetOptions {
  merges?: MergedRange[];
  /** Formulas by A1-free coordinates: { "5,6": "=E6*F6" } is row 5, col 6 (0-based, local to values). */
  formulas?: Record<string, string>;
  numberFormats?: Record<string, string>;
  origin?: { row: number; col: number };
}

function grid<T>(rows: CellValue[][], entries: Record<string, T> | undefined): (T | null)[][] | undefined {
  if (!entries) return undefined;
  const out: (T | null)[][] = rows.map((r) => r.map(() => null));
  for (const [k, v] of Object.entries(entries)) {
    const [r, c] = k.split(",").map(Number);
    while (out[r].length <= c) out[r].push(null);
    out[r][c] = v;
  }
  return out;
}

/** A sheet snapshot from literal rows, as a host adapter would produce it. */
export function sheet(name: string, rows: CellValue[][], opts: SheetOptions = {}): SheetSnapshot {
  return {
    name,
    origin: opts.origin ?? { row: 0, col: 0 },
    values: rows,
    formulas: grid(rows, opts.formulas),
    numberFormats: grid(rows, opts.numberFormats),
    merges: opts.merges ?? [],
  };
}

export function workbook(...sheets: SheetSnapshot[]): WorkbookSnapshot {
  return { name: "test.xlsx", sheets };
}
