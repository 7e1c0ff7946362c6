/**
 * The boundary between a spreadsheet host (Excel via Office.js, exceljs in the CLI) and the engine.
 * Everything the engine knows about a workbook is in here; it never asks the host for more.
 *
 * Coordinates: `values[r][c]` is the cell at worksheet row `origin.row + r`, column `origin.col + c`,
 * both 0-based (so A1 is row 0, col 0 when origin is {0,0}). Findings report 1-based rows and A1 addresses.
 */
export type CellValue = string | number | boolean | null;

export interface MergedRange {
  /** 0-based worksheet coordinates, inclusive. */
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetSnapshot {
  name: string;
  /** 0-based worksheet coordinates of values[0][0] (the top-left of the used range). */
  origin: { row: number; col: number };
  /** Displayed/cached values. Formulas appear here with their cached result. */
  values: CellValue[][];
  /** Same shape as values; a formula string ("=D5*E5") or null/"" where the cell holds a constant. */
  formulas?: (string | null)[][];
  /** Same shape as values; Excel number format strings ("#,##0.00", "0%", "General"). */
  numberFormats?: (string | null)[][];
  merges: MergedRange[];
  hidden?: boolean;
}

export interface WorkbookSnapshot {
  /** A display name for messages (file name in the CLI, "当前工作簿" in Excel). */
  name?: string;
  sheets: SheetSnapshot[];
}
