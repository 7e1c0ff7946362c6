import type { CellValue, MergedRange, SheetSnapshot, WorkbookSnapshot } from "../../src/core/snapshot/types";
import { parseA1 } from "../../src/core/snapshot/address";

/**
 * A sheet written the way people draft it: rows of cells from A1, formulas by address ("G5": "=E5*F5", the
 * value in the row is the cached result), merges as "A1:H1".
 */
export function grid(
  name: string,
  rows: CellValue[][],
  opts: { formulas?: Record<string, string>; merges?: string[]; formats?: Record<string, string> } = {},
): SheetSnapshot {
  const width = Math.max(...rows.map((r) => r.length));
  const values = rows.map((r) => [...r, ...Array<CellValue>(width - r.length).fill(null)]);
  const formulas = values.map((r) => r.map(() => null as string | null));
  const numberFormats = values.map((r) => r.map(() => "General" as string | null));
  for (const [addr, f] of Object.entries(opts.formulas ?? {})) {
    const p = parseA1(addr)!;
    formulas[p.row][p.col] = f;
  }
  for (const [addr, f] of Object.entries(opts.formats ?? {})) {
    const p = parseA1(addr)!;
    numberFormats[p.row][p.col] = f;
  }
  const merges: MergedRange[] = (opts.merges ?? []).map((m) => {
    const [a, b] = m.split(":").map((x) => parseA1(x)!);
    return { top: a.row, left: a.col, bottom: b.row, right: b.col };
  });
  return { name, origin: { row: 0, col: 0 }, values, formulas, numberFormats, merges };
}

export function workbook(name: string, ...sheets: SheetSnapshot[]): WorkbookSnapshot {
  return { name, sheets };
}
