import type {
  BudgetEdit,
  SelectedRange,
  ExcelBridge,
  HostCapabilities,
  ReadProgress,
  RevertOutcome,
  SavedChoices,
  SkippedCell,
} from "../../src/excel/bridge";
import type { Finding } from "../../src/core/model/finding";
import type { CellChange } from "../../src/core/plan/types";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../src/core/snapshot/types";
import type { ResultsExtras, ResultsWritten } from "../../src/excel/results-sheet";
import type { Corrections } from "../../src/core/model/corrections";
import type { BudgetTemplate } from "../../src/core/draft/template";
import { OversizedRecordError, type SavedRecord } from "../../src/excel/settings";

/**
 * A hand-written ExcelBridge for the pane's flow: it holds a workbook snapshot, writes planned changes into it (so a
 * re-check sees them), and logs every call in order. `failNext` makes the next call of a method throw.
 */
export class FakeBridge implements ExcelBridge {
  readonly calls: string[] = [];
  readonly flagged: { findings: Finding[]; locale?: string }[] = [];
  readonly saved: SavedChoices[] = [];
  readonly selected: string[] = [];
  readonly resultsSheets: { findings: Finding[]; locale: string; extras?: ResultsExtras }[] = [];
  /** What the next writeResultsSheet reports (a test sets `kept` to see the pane say so). */
  resultsOutcome: ResultsWritten = { sheets: ["审核意见表", "审核结果"], kept: [] };
  /** What readWorkbook was last asked for. */
  readOpts: { includeHidden?: boolean } | undefined;
  choices: SavedChoices = {};
  /** The corrections setting as the workbook holds it (raw: anything a crafted workbook may hold). */
  corrections: unknown = null;
  readonly savedCorrections: (Corrections | null)[] = [];
  flags = 0;
  /** Cells the next revert reports as changed since the approval (and leaves alone). */
  revertSkipped: SkippedCell[] = [];
  private reverts: CellChange[] = [];
  private readonly failures = new Map<string, unknown>();
  /** Saved records too large to read back: a method that reads one throws OversizedRecordError, as the adapter does. */
  readonly oversized = new Set<SavedRecord>();
  /** What watchChanges registered (null: nobody listens); `edit` calls it as Excel raises onChanged. */
  listener: ((edit: BudgetEdit) => void) | null = null;
  /** watchChanges resolves to null, as on a host without Worksheets.onChanged. */
  noEvents = false;

  private reading(record: SavedRecord): void {
    if (this.oversized.has(record)) throw new OversizedRecordError(record);
  }

  /** A person types `value` into a cell of the snapshot (0-based row and column of the sheet): onChanged follows. */
  edit(sheet: string, row: number, col: number, value: CellValue): void {
    const s = this.snapshot.sheets.find((x) => x.name === sheet)!;
    s.values[row - s.origin.row][col - s.origin.col] = value;
    if (s.formulas) s.formulas[row - s.origin.row][col - s.origin.col] = null;
    this.listener?.({ worksheetId: sheet, sheet, address: `${String.fromCharCode(65 + col)}${row + 1}` });
  }

  constructor(public snapshot: WorkbookSnapshot) {}

  failNext(method: keyof ExcelBridge, err: unknown): void {
    this.failures.set(method, err);
  }

  private enter(method: keyof ExcelBridge): void {
    this.calls.push(method);
    if (this.failures.has(method)) {
      const err = this.failures.get(method);
      this.failures.delete(method);
      throw err;
    }
  }

  async capabilities(): Promise<HostCapabilities> {
    this.enter("capabilities");
    return { notes: true, rangeAreas: true, mergedAreas: true };
  }

  async readWorkbook(
    onProgress?: (p: ReadProgress) => void,
    opts?: { includeHidden?: boolean },
  ): Promise<WorkbookSnapshot> {
    this.enter("readWorkbook");
    this.readOpts = opts;
    this.snapshot.sheets.forEach((s, i) =>
      onProgress?.({ sheet: s.name, sheetIndex: i, sheetCount: this.snapshot.sheets.length }),
    );
    return structuredClone(this.snapshot);
  }

  async flagFindings(findings: Finding[], locale?: "zh-CN" | "en-US"): Promise<{ flagged: number }> {
    this.enter("flagFindings");
    this.reading("flags");
    this.flagged.push({ findings, locale });
    // As the adapter does: every cell a finding involves (a group finding's every line).
    this.flags = new Set(
      findings
        .filter((f) => f.cell)
        .flatMap((f) => (f.cells?.length ? f.cells : [f.cell!]).map((c) => `${f.sheet}!${c}`)),
    ).size;
    return { flagged: this.flags };
  }

  async clearFlags(): Promise<{ restored: number; skipped: number }> {
    this.enter("clearFlags");
    this.reading("flags");
    const restored = this.flags;
    this.flags = 0;
    return { restored, skipped: 0 };
  }

  async hasFlags(): Promise<boolean> {
    this.enter("hasFlags");
    this.reading("flags");
    return this.flags > 0;
  }

  async selectCell(sheet: string, address: string): Promise<void> {
    this.enter("selectCell");
    this.selected.push(`${sheet}!${address}`);
  }

  private write(c: CellChange, v: { value: CellValue; formula: string | null }): void {
    const s = this.snapshot.sheets.find((x) => x.name === c.sheet)!;
    const r = c.row - s.origin.row;
    const col = c.col - s.origin.col;
    s.values[r][col] = v.value;
    s.formulas ??= s.values.map((row) => row.map(() => null));
    s.formulas[r][col] = v.formula;
  }

  async applyChanges(changes: CellChange[]): Promise<{ written: number }> {
    this.enter("applyChanges");
    for (const c of changes) this.write(c, c.after);
    this.reverts = changes;
    return { written: changes.length };
  }

  async revertChanges(): Promise<RevertOutcome> {
    this.enter("revertChanges");
    const skipped = this.revertSkipped;
    const left = new Set(skipped.map((c) => `${c.sheet}!${c.address}`));
    const restore = this.reverts.filter((c) => !left.has(`${c.sheet}!${c.address}`));
    for (const c of restore) this.write(c, c.before);
    this.reverts = [];
    this.revertSkipped = [];
    return { restored: restore.length, skipped };
  }

  async canRevert(): Promise<boolean> {
    this.enter("canRevert");
    this.reading("revert");
    return this.reverts.length > 0;
  }

  async writeResultsSheet(
    findings: Finding[],
    locale: "zh-CN" | "en-US",
    extras?: ResultsExtras,
  ): Promise<ResultsWritten> {
    this.enter("writeResultsSheet");
    this.resultsSheets.push(extras ? { findings, locale, extras } : { findings, locale });
    return this.resultsOutcome;
  }

  async loadChoices(): Promise<SavedChoices> {
    this.enter("loadChoices");
    this.reading("choices");
    return this.choices;
  }

  async saveChoices(choices: SavedChoices): Promise<void> {
    this.enter("saveChoices");
    this.saved.push(choices);
    this.choices = choices;
  }

  async loadCorrections(): Promise<unknown> {
    this.enter("loadCorrections");
    this.reading("corrections");
    return this.corrections;
  }

  async saveCorrections(corrections: Corrections | null): Promise<void> {
    this.enter("saveCorrections");
    this.savedCorrections.push(corrections);
    // As the adapter stores it: JSON text in the workbook's settings.
    this.corrections = corrections ? JSON.stringify(corrections) : null;
  }

  async removeSavedRecord(record: SavedRecord): Promise<void> {
    this.enter("removeSavedRecord");
    this.oversized.delete(record);
    if (record === "flags") this.flags = 0;
  }

  async watchChanges(listener: (edit: BudgetEdit) => void): Promise<(() => Promise<void>) | null> {
    this.enter("watchChanges");
    if (this.noEvents) return null;
    this.listener = listener;
    return async () => {
      this.listener = null;
    };
  }

  readonly templates: string[] = [];

  async writeTemplate(template: BudgetTemplate): Promise<{ sheet: string }> {
    this.enter("writeTemplate");
    const taken = new Set(this.snapshot.sheets.map((x) => x.name));
    let name = template.sheet.name;
    for (let i = 2; taken.has(name); i++) name = `${template.sheet.name} (${i})`;
    this.snapshot.sheets.push({ ...structuredClone(template.sheet), name });
    this.templates.push(name);
    return { sheet: name };
  }

  selectionListener: ((selection: SelectedRange) => void) | null = null;

  async readSheet(name: string): Promise<SheetSnapshot | null> {
    this.enter("readSheet");
    const s = this.snapshot.sheets.find((x) => x.name === name);
    return s ? structuredClone(s) : null;
  }

  async watchSelection(listener: (selection: SelectedRange) => void): Promise<(() => Promise<void>) | null> {
    this.enter("watchSelection");
    if (this.noEvents) return null;
    this.selectionListener = listener;
    return async () => {
      this.selectionListener = null;
    };
  }
}
