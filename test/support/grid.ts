import type { CellValue, MergedRange, SheetSnapshot, WorkbookSnapshot } from "../../src/core/snapshot/types";
import { parseA1 } from "../../src/core/snapshot/address";
import { sheet } from "./snapshot";

/** "E6" → the "row,col" key test/support/snapshot.ts takes. */
function byCoords(entries: Record<string, string> | undefined): Record<string, string> | undefined {
  if (!entries) return undefined;
  return Object.fromEntries(
    Object.entries(entries).map(([addr, v]) => {
      const p = parseA1(addr)!;
      return [`${p.row},${p.col}`, v];
    }),
  );
}

/**
 * `sheet()` of test/support/snapshot.ts in the words people use for a sheet: formulas and formats by A1 address
 * ("G5": "=E5*F5", the row holding the cached result), merges as "A1:H1", ragged rows padded.
 */
export function grid(
  name: string,
  rows: CellValue[][],
  opts: { formulas?: Record<string, string>; merges?: string[]; formats?: Record<string, string> } = {},
): SheetSnapshot {
  const width = Math.max(...rows.map((r) => r.length));
  const values = rows.map((r) => [...r, ...Array<CellValue>(width - r.length).fill(null)]);
  const merges: MergedRange[] = (opts.merges ?? []).map((m) => {
    const [a, b] = m.split(":").map((x) => parseA1(x)!);
    return { top: a.row, left: a.col, bottom: b.row, right: b.col };
  });
  return sheet(name, values, { merges, formulas: byCoords(opts.formulas), numberFormats: byCoords(opts.formats) });
}

export function workbook(name: string, ...sheets: SheetSnapshot[]): WorkbookSnapshot {
  return { name, sheets };
}
