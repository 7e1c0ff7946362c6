/**
 * The core's entry point: everything the hosts (src/cli, src/excel, src/taskpane, src/xlsx-read, src/commands) take
 * from the engine, and the only module of src/core they may import (a lint rule in eslint.config.mjs). Tests may reach
 * into the core's modules. The exports are named one by one, so the pane bundle keeps only what it uses; nothing here
 * runs at load time.
 */

// The engine: a snapshot and a pack in, the model, findings, totals and the verdict out.
export { audit, type AuditResult } from "./engine";

// The one error type every layer and host throws for a person to read (code, Chinese, English, sheet and cell).
export { LocalizedError } from "./errors";

// The budget model, findings and the user's corrections.
export {
  CATEGORIES,
  type BudgetLine,
  type BudgetModel,
  type BudgetTable,
  type Category,
  type ColumnEvidence,
  type ColumnInfo,
  type ColumnRole,
  type HardwareClass,
  type MoneyUnit,
  type ProfileOverrides,
  type ProfileSource,
  type ProjectKind,
  type ProjectProfile,
  type SystemType,
  type Tier,
} from "./model/types";
export type { Finding, Severity, Totals } from "./model/finding";
export type { ColumnCorrection, Corrections, LineCorrection } from "./model/corrections";
export { CorrectionsError, parseCorrections } from "./model/parse-corrections";

// What a host hands over: the workbook snapshot, its cells and addresses.
export type { CellValue, MergedRange, SheetSnapshot, WorkbookSnapshot } from "./snapshot/types";
export { a1, columnIndex, columnLetters, parseA1, qualify } from "./snapshot/address";
export { snapshotFormat, snapshotValue, type HostValue } from "./snapshot/host-cell";
export { normaliseSheet, settleSheet, unreadHiddenSheet } from "./snapshot/normalise";

// Standard packs: loading, checking a bundled pack, the exit severity of a pack.
export type { StandardPack } from "./standards/types";
export { StandardPackError, parseStandard, type Lang } from "./standards/load-standard";
export { bundledPack } from "./standards/bundled-pack";
export { exitSeverity } from "./standards/choose-pack";
export { findingText } from "./standards/messages";

// The audit-setup layer: the pack and why, the values the user gives, the no-table outcome, the totals a report shows.
export {
  AUTO_PACK,
  FALLBACK_PACK_ID,
  KINDS,
  PROJECT_FIELDS,
  SETUP_FIELDS,
  SYSTEMS,
  SetupError,
  TIERS,
  flagNaming,
  isSetupField,
  noTableOutcome,
  overridesFor,
  parseFieldValue,
  parseProfileInput,
  renderBoth,
  renderSetupMessage,
  selectPack,
  type FieldNaming,
  type NamedField,
  type PlainValue,
  type RawValue,
  type SetupFieldName,
  type SetupMessage,
} from "./setup";
export { PROFILE_VALUES, profileFieldsFor, type ProfileValueSpec } from "./profile/profile-values";

// Labels the hosts show, in both languages.
export { CATEGORY_LABELS, COLUMN_ROLE_LABELS, HARDWARE_CLASS_LABELS } from "./labels/categories";
export {
  KIND_LABELS,
  NO_TIER_LABEL,
  SEVERITY_LABELS,
  SYSTEM_LABELS,
  TIER_LABELS,
  label,
  type LabelLang,
} from "./labels/profile";
export { ROW_KIND_LABELS, ROW_WHY_LABELS } from "./labels/row-reading";

// Plans: the flags on cells, 按标准核定, the verdict.
export { SEVERITY_FILL, planFlags } from "./plan/flags";
export { planApproval } from "./plan/approval-plan";
export type { CellChange, FlagTarget } from "./plan/types";
export type { Verdict } from "./plan/verdict";
// The verdict's words, rendered by a host in its language.
export { changeReason, withReasons } from "./report/verdict-text";
export type { ReasonedVerdict } from "./report/verdict-text";

// Report builders: the sheets and lines every host renders.
export {
  amountCell,
  countCell,
  fitHeights,
  measureName,
  measuredCell,
  measuredText,
  percentCell,
  type ReportCell,
  type ReportRow,
  type ReportSheet,
} from "./report/cells";
export { readingSheet, readingTables, type ReadingTable } from "./report/reading";
export {
  FINDINGS_SHEET_NAME,
  REVIEW_SHEET_NAME,
  errorsFirst,
  findingsSheet,
  reviewDocument,
  reviewSheet,
  type ReviewDocument,
} from "./report/review-sheet";
export { projectName, routeLabel, totalsLines, type ReportTotals } from "./report/totals";
export { docLabel } from "./labels/report";

// Money as the reports write it.
export { formatMoney, formatMoneyIn, formatPercent } from "./money";
export { toSimplified } from "./text/t2s";
// Drafting: a compliant starting sheet in a pack's terms (新建预算表).
export { budgetTemplate, type BudgetTemplate, type TemplateKind } from "./draft/template";
export { lineAllowance, type LineAllowance } from "./draft/line-allowance";
