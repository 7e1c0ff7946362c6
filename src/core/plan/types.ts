import type { CellValue } from "../snapshot/types";
import type { MoneyUnit } from "../model/types";
import type { MessageRef } from "../standards/messages";

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
  /** Line the change belongs to and its name as the sheet gives it. */
  lineId: string;
  lineName: string;
  /** Why: the verdict line's pack messages (rendered by a host with changeReason). */
  messages: MessageRef[];
  /** The line's amount is already within its cap: only its 单价 / 费率 is restated to what the amount charges. */
  restated: boolean;
  /** The clause(s) of the standard the change follows. */
  citation: string;
  /** Which of the line's cells this is: its amount, or the 单价 / 费率 that goes with it. */
  role: "amount" | "unitPrice" | "rate";
  /** What the cell holds, for showing before → after: money in `unit`, or a ratio (shown as a percentage). */
  measure: "money" | "ratio";
  unit: MoneyUnit | null;
  /**
   * The figure before and after as decimal strings in the cell's terms — money in `unit`, ratios as fractions
   * ("0.1" → "0.08", whether the cell writes 10% or 10 in a 费率(%) column).
   */
  figures: { before: string; after: string };
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
