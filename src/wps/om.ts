/**
 * The part of the WPS 表格 (ET) object model the adapter uses, as a WPS 加载项 page reaches it through
 * `window.Application` (`wps.EtApplication()`): the Excel VBA object model, called synchronously from JavaScript.
 * Parameterised properties are methods (`Cells.Item(r, c)`, `Worksheets.Item(name)`, `Comment.Text()`); every other
 * member is a property. Only what src/wps calls is declared; test/support/wps-emulator.ts implements exactly this.
 */

/** XlSheetVisibility. */
export const XL_SHEET_VISIBLE = -1;
export const XL_SHEET_VERY_HIDDEN = 2;
/** xlNone, as Interior.ColorIndex and Interior.Pattern report "no fill". */
export const XL_NONE = -4142;
/** XlPattern.xlPatternSolid. */
export const XL_PATTERN_SOLID = 1;

export interface WpsApplication {
  ActiveWorkbook: WpsWorkbook | null;
  /** False while the add-in deletes its own sheet (no "delete this sheet?" prompt). */
  DisplayAlerts: boolean;
}

export interface WpsWorkbook {
  Name: string;
  /** The 1904 date system (Mac workbooks of old). */
  Date1904: boolean;
  Worksheets: WpsWorksheets;
}

export interface WpsWorksheets {
  Count: number;
  /** 1-based index or name; a name not there throws. */
  Item(index: number | string): WpsWorksheet;
  /** A new sheet after `after` (or before the active sheet without one). */
  Add(before?: WpsWorksheet | null, after?: WpsWorksheet | null): WpsWorksheet;
}

export interface WpsWorksheet {
  Name: string;
  /** XlSheetVisibility: -1 visible, 0 hidden, 2 very hidden. */
  Visible: number;
  /** Review → Protect Sheet: cell contents are protected (writes are refused). */
  ProtectContents: boolean;
  UsedRange: WpsRange;
  /** The sheet's comments, 1-based (`Count`, `Item(i)`): as many calls as a sheet has comments, not cells. */
  Comments: { Count: number; Item(index: number): WpsComment };
  Cells: { Item(row: number, col: number): WpsRange };
  /** An A1 reference: a cell, a range, or several areas separated by commas (at most 255 characters). */
  Range(address: string): WpsRange;
  Activate(): void;
  Delete(): void;
}

export interface WpsInterior {
  /** A BGR integer (red = 255); 16777215 (white) also where there is no fill. */
  Color: number;
  /** xlNone (-4142) where there is no fill. */
  ColorIndex: number;
  Pattern: number;
  PatternColor: number;
}

export interface WpsComment {
  /** The comment's text (called without arguments). */
  Text(): string;
  /** The cell the comment is on. */
  Parent: WpsRange;
}

export interface WpsRange {
  /** 1-based row and column of the top-left cell. */
  Row: number;
  Column: number;
  Rows: { Count: number };
  Columns: { Count: number };
  /**
   * Values without Date/Currency conversion: one cell gives a scalar, several a 2D array (rows of columns); dates
   * are serial numbers; an empty cell is undefined or "". Set with a scalar or a 2D array of the range's shape.
   */
  Value2: unknown;
  /** Formulas ("=E5*F5"), constants as their text; a scalar for one cell, else a 2D array. */
  Formula: unknown;
  /** One format for the whole range, or null where its cells differ. */
  NumberFormat: string | null;
  /** True where every cell is in a merged area, false where none is, null where some are. */
  MergeCells: boolean | null;
  /** The merged area the top-left cell belongs to (the cell itself when it is not merged). */
  MergeArea: WpsRange;
  Interior: WpsInterior;
  AddComment(text: string): WpsComment;
  ClearComments(): void;
  Font: { Bold: boolean; Size: number };
  ColumnWidth: number;
  WrapText: boolean;
  Merge(): void;
  UnMerge(): void;
  Clear(): void;
  Select(): void;
}

/** The BGR integer WPS (like VBA) uses for a colour, from "#RRGGBB". */
export function bgr(hex: string): number {
  const n = parseInt(hex.replace("#", ""), 16);
  return ((n & 0xff) << 16) | (n & 0xff00) | ((n >> 16) & 0xff);
}

/** "#RRGGBB" from a BGR integer. */
export function hexOf(color: number): string {
  const n = Math.max(0, Math.floor(Number(color) || 0)) & 0xffffff;
  const rgb = ((n & 0xff) << 16) | (n & 0xff00) | ((n >> 16) & 0xff);
  return `#${rgb.toString(16).padStart(6, "0").toUpperCase()}`;
}

/** XlPattern values by the names the flag record keeps (Excel.FillPattern's, see src/excel/records.ts). */
export const PATTERNS: Record<string, number> = {
  Solid: 1,
  Gray50: -4125,
  Gray75: -4126,
  Gray25: -4124,
  Horizontal: -4128,
  Vertical: -4166,
  Down: -4121,
  Up: -4162,
  Checker: 9,
  SemiGray75: 10,
  LightHorizontal: 11,
  LightVertical: 12,
  LightDown: 13,
  LightUp: 14,
  Grid: 15,
  CrissCross: 16,
  Gray16: 17,
  Gray8: 18,
  LinearGradient: 4000,
  RectangularGradient: 4001,
};

export function patternName(code: number): string | null {
  for (const [name, value] of Object.entries(PATTERNS)) if (value === code) return name;
  return null;
}

/**
 * The error values a formula cell's Value2 can hold, as the COM bridge hands an error Variant over (an HRESULT-like
 * number: CVErr(xlErrDiv0) = -2146826281 …), with the text Excel shows for each.
 */
export const ERROR_VALUES: Record<number, string> = {
  [-2146826288]: "#NULL!",
  [-2146826281]: "#DIV/0!",
  [-2146826273]: "#VALUE!",
  [-2146826265]: "#REF!",
  [-2146826259]: "#NAME?",
  [-2146826252]: "#NUM!",
  [-2146826246]: "#N/A",
};
