import type { CellValue } from "./types";
import { isDateFormat, serialToIsoDate } from "./dates";

/**
 * What a host hands over for one cell, before anything is decided about it — the contract every snapshot builder
 * (the CLI's .xlsx reader, the pane's Office.js reader) meets:
 *
 * - `value`: the cell's content, a formula's cached result:
 *   - empty: null, undefined or "" (Office.js reports an empty cell, and a merged area's covered cells, as "");
 *   - text: a string, as shown (never trimmed or converted: "2024-06-01" typed as text stays text);
 *   - a number: a JavaScript number — a date's serial number too (Office.js hands over nothing else for a date);
 *   - a boolean;
 *   - an error: its text ("#DIV/0!"), as Office.js reports it.
 * - `kind`, where the host's own type says more than the value does (the .xlsx `t` attribute): "date" for a cell
 *   typed as a date (an ISO 8601 string, or a serial), "error" for an error cell. Office.js has no such types.
 * - `format`: the number format ("#,##0.00", "yyyy/m/d"); null, "" or "General" for none.
 *
 * How a date is recognised: a number under a date number format (isDateFormat), or a date-typed cell. A date is
 * handed to the core as its ISO date text, "2024-06-01": text, so it is never read as money, in every host.
 */
export type HostValue = string | number | boolean | null | undefined;

export interface HostCellType {
  kind?: "date" | "error";
  format?: string | null;
  /** The workbook counts serials from 1904 (Mac Excel's old default). */
  date1904?: boolean;
}

/** The snapshot value of a cell: the one place that decides whether it is empty, text, a number, a date or a boolean. */
export function snapshotValue(value: HostValue, type: HostCellType = {}): CellValue {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "boolean") return value;
  if (type.kind === "error") return String(value).trim();
  if (type.kind === "date") {
    if (typeof value === "number") return serialToIsoDate(value, type.date1904 === true) ?? value;
    // ISO 8601: a date (or date-time) becomes the date; anything else (a duration such as PT0H11M0.000S, as .NET
    // libraries write) stays the text it is.
    const m = /^\s*(\d{4}-\d{2}-\d{2})(?:$|[T\s])/.exec(value);
    return m ? m[1] : value;
  }
  if (typeof value === "number") {
    if (isDateFormat(snapshotFormat(type.format))) return serialToIsoDate(value, type.date1904 === true) ?? value;
    return value;
  }
  return value;
}

/** A formula as the snapshot holds it ("=E5*F5"), or null: Office.js repeats a constant's value in `formulas`. */
export function snapshotFormula(formula: unknown): string | null {
  return typeof formula === "string" && formula.length > 1 && formula.startsWith("=") ? formula : null;
}

/** A number format as the snapshot holds it: null for none (General, as Excel reports a cell without one). */
export function snapshotFormat(format: unknown): string | null {
  return typeof format === "string" && format !== "" && format.toLowerCase() !== "general" ? format : null;
}
