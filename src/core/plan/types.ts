import type { CellValue } from "../snapshot/types";

/**
 * One planned write to a cell, with what is there now so the UI can preview "old → new" and an adapter can
 * revert exactly. Coordinates are 0-based worksheet coordinates; `address` is the A1 form.
 */
export interface CellChange {
  sheet: string;
  row: number;
  col: number;
  address: string;
  before: { value: CellValue; formula: string | null };
  /** A live formula ("=H7*0.06") or a constant; `value` is what the formula evaluates to, for the preview. */
  after: { formula: string | null; value: CellValue };
  /** Line the change belongs to and why ("B类设备维护费率 6%"). */
  lineId: string;
  reason: string;
  reasonEn: string;
}

/** How a finding is shown on the sheet: one entry per flagged cell (several findings on one cell are merged). */
export interface FlagTarget {
  sheet: string;
  row: number;
  col: number;
  address: string;
  severity: "error" | "warning" | "info";
  /** Fill colour for the worst severity on the cell, "#RRGGBB". */
  fill: string;
  /** Note text: each finding's message and clause. */
  note: string;
  rules: string[];
}
