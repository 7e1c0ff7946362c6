import { parseA1, qualify, type MergedRange } from "../core";

/** "Sheet1!A1:C3", "'预算 明细'!B2", "A1" → 0-based rectangle; null for anything else. */
export function parseRangeAddress(address: string): MergedRange | null {
  const ref = address.trim().slice(address.trim().lastIndexOf("!") + 1);
  const [a, b] = ref.split(":");
  const p = parseA1(a);
  const q = b ? parseA1(b) : p;
  if (!p || !q) return null;
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

/** The workbook-wide address of a cell, as notes and hyperlinks want it. */
export function cellAddress(sheet: string, address: string): string {
  return qualify(sheet, address);
}
