import type { CellValue } from "../core/snapshot/types";

/**
 * One snapshot row of `cols` empty cells: values, formulas and number formats. Packed arrays (pushed, not
 * `new Array(n)`): holey ones made the audit of a snapshot twice as slow.
 */
export function packedRow(cols: number): { v: CellValue[]; f: (string | null)[]; n: (string | null)[] } {
  const v: CellValue[] = [];
  const f: (string | null)[] = [];
  const n: (string | null)[] = [];
  for (let c = 0; c < cols; c++) {
    v.push(null);
    f.push(null);
    n.push(null);
  }
  return { v, f, n };
}
