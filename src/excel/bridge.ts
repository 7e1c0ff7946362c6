import type {
  BudgetTemplate,
  CellChange,
  Corrections,
  Finding,
  ProfileOverrides,
  SheetSnapshot,
  WorkbookSnapshot,
} from "../core";
import type { ResultsExtras, ResultsWritten } from "./results-sheet";
import type { SavedRecord } from "./settings";

/** A cell 撤销核定 left alone because it no longer holds what 按标准核定 wrote. */
export interface SkippedCell {
  sheet: string;
  address: string;
  /** What the cell held before 按标准核定, as text ("10000", "=E6*0.1", "" for empty). */
  before: string;
}

export interface RevertOutcome {
  restored: number;
  skipped: SkippedCell[];
}

/** What the host supports; decided once with Office.context.requirements.isSetSupported. */
export interface HostCapabilities {
  /** ExcelApi 1.18: cell notes. Without it flags are fills only (the reason stays in the pane and 审核结果 sheet). */
  notes: boolean;
  /** ExcelApi 1.9: getRanges/RangeAreas for batched formatting, and fill patterns (so "no fill" is told from white). */
  rangeAreas: boolean;
  /** ExcelApi 1.13: merged areas of a range. Without it they are read from the workbook's file (file-merges.ts). */
  mergedAreas: boolean;
}

export interface ReadProgress {
  sheet: string;
  sheetIndex: number;
  sheetCount: number;
}

/** An edit someone made to a worksheet (not this add-in's own writes): where, as Excel names it. */
export interface BudgetEdit {
  worksheetId: string;
  address: string;
  /** The sheet's name, where the host could tell it (边写边查 then reads that sheet alone). */
  sheet?: string;
}

/** The range a person selected: its sheet's name and its address ("G13", "E5:G9"). */
export interface SelectedRange {
  sheet: string;
  address: string;
}

/** Profile choices the user made in the pane, saved in the workbook (Office settings) so they survive reopening. */
export interface SavedChoices {
  standardId?: string;
  overrides?: Omit<ProfileOverrides, "lastYearOm"> & { lastYearOm?: string };
  /** The profile values of district-packs.md §0.4 as typed, by their snake_case name (profile-values.ts). */
  profileValues?: Record<string, string>;
}

/**
 * The task pane talks to Excel only through this. The Office.js implementation is src/excel/office-bridge.ts;
 * tests use it against a fake Excel host.
 */
export interface ExcelBridge {
  capabilities(): Promise<HostCapabilities>;
  /** Snapshot of every visible sheet's used range: values, formulas, number formats, merges. */
  /** Every sheet but our results sheet; hidden ones are listed as hidden and read only when `includeHidden`. */
  readWorkbook(onProgress?: (p: ReadProgress) => void, opts?: { includeHidden?: boolean }): Promise<WorkbookSnapshot>;
  /** Fills (and notes) the cells of the findings; remembers the original formats so clearFlags can restore them. */
  flagFindings(findings: Finding[], locale?: "zh-CN" | "en-US"): Promise<{ flagged: number }>;
  /** Restores the original formatting of every cell that still carries our flag. */
  clearFlags(): Promise<{ restored: number; skipped: number }>;
  hasFlags(): Promise<boolean>;
  /** Selects (and scrolls to) a cell. */
  selectCell(sheet: string, address: string): Promise<void>;
  /** Writes planned changes (live formulas) and remembers the previous contents for revert. */
  applyChanges(changes: CellChange[]): Promise<{ written: number }>;
  /**
   * Restores values and formulas as they were before the last applyChanges, in the cells that still hold exactly
   * what it wrote; cells changed since are left as they are and listed in `skipped`. The record is used up.
   */
  revertChanges(): Promise<RevertOutcome>;
  canRevert(): Promise<boolean>;
  /**
   * Writes (or rewrites) a 审核结果 sheet listing the findings with links to their cells, and before it the
   * 审核意见表 (送审 / 审定 / 审减) when `extras.review` is given.
   */
  /** Writes (or updates) the add-in's results sheets; never over a person's edits (see results-sheet.ts). */
  writeResultsSheet(findings: Finding[], locale: "zh-CN" | "en-US", extras?: ResultsExtras): Promise<ResultsWritten>;
  loadChoices(): Promise<SavedChoices>;
  saveChoices(choices: SavedChoices): Promise<void>;
  /**
   * The user's corrections as the workbook's settings hold them, unparsed (JSON text or an object; null when
   * there are none): the caller validates them (parseCorrections), since a workbook's settings are untrusted.
   */
  loadCorrections(): Promise<unknown>;
  /** Saves the corrections in the workbook (one setting); null removes it. */
  saveCorrections(corrections: Corrections | null): Promise<void>;
  /**
   * Removes a saved record without reading it: the way out of a record too large to read back (a reading method
   * refuses one with an OversizedRecordError naming it, `code: "oversized-record"`). Added for issue 18.
   */
  removeSavedRecord?(record: SavedRecord): Promise<void>;
  /**
   * Calls `listener` after each edit a person makes to a worksheet (never for this add-in's own writes); resolves
   * to the function that stops it, or null where the host cannot tell (the pane then checks only when asked).
   * Added for issue 18 (边写边查).
   */
  watchChanges?(listener: (edit: BudgetEdit) => void): Promise<(() => Promise<void>) | null>;
  /**
   * 新建预算表: writes the core's template (budgetTemplate) as a new sheet, named as the template names it or with
   * " (2)" … beside a sheet of that name, and shows it. Added for issue 18.
   */
  writeTemplate?(template: BudgetTemplate): Promise<{ sheet: string }>;
  /**
   * Calls `listener` when the selection moves; resolves to the function that stops it, or null where the host cannot
   * tell (the pane then shows a line's cap when a finding is clicked). Added for issue 18.
   */
  watchSelection?(listener: (selection: SelectedRange) => void): Promise<(() => Promise<void>) | null>;
  /**
   * One sheet read again as readWorkbook reads it (null: the sheet holds nothing), so 边写边查 reads only the sheet
   * edited; absent where a sheet cannot be read alone as readWorkbook would (below ExcelApi 1.13). Added for issue 18.
   */
  readSheet?(name: string): Promise<SheetSnapshot | null>;
}
