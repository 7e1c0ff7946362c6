import type { Category, ColumnRole, HardwareClass } from "./types";

/**
 * What a user corrects about the engine's reading (domain.md: "every guess correctable"), keyed by what the
 * sheet says rather than where it says it, so inserting a row or a column above does not move a correction to
 * another line: a line by its sheet, its name and which of the same-named lines on that sheet it is; a column by
 * its sheet and its header text (or, failing a header, its letter).
 */
export interface LineCorrection {
  sheet: string;
  name: string;
  /** 0-based among the lines of that sheet with the same name; 0 when omitted. */
  occurrence?: number;
  category?: Category;
  hardwareClass?: HardwareClass;
}

export interface ColumnCorrection {
  sheet: string;
  /** The header text as the sheet writes it (both rows of a two-row header, joined by a space). */
  header?: string;
  /** The column letter, when the column has no header. */
  column?: string;
  /** null: the column plays no role (it is neither read nor reported). */
  role: ColumnRole | null;
}

export interface Corrections {
  lines?: LineCorrection[];
  columns?: ColumnCorrection[];
}

/** The key a line correction is found by. */
export function lineKey(sheet: string, name: string, occurrence = 0): string {
  return `${sheet}\u0000${name.trim()}\u0000${occurrence}`;
}
