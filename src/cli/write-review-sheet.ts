import {
  findingsSheet,
  readingSheet,
  reviewSheet,
  type BudgetModel,
  type Finding,
  type MoneyUnit,
  type ReportSheet,
  type ReviewDocument,
} from "../core";

/** What the annotated copy's report sheets need besides the findings. */
export interface AnnotateReport {
  /** The verdict with the project's facts and lines (reviewDocument): with it the copy gets a 审核意见表 sheet. */
  document?: ReviewDocument | null;
  /** The unit the budget is written in (amounts are shown in it); 元 when not given. */
  unit?: MoneyUnit;
  lang?: "zh-CN" | "en-US";
  /** With --explain: the model, for a 读取明细 sheet of how every row was read. */
  model?: BudgetModel;
}

/**
 * The annotated copy's report sheets, to go after the workbook's own: the 审核意见表 (when there is a verdict), then
 * the 审核结果 findings list — the layout the pane writes too (src/core/report/review-sheet.ts) — then, with
 * --explain, the 读取明细. `findings` is the index of the 审核结果 sheet (the copy's mark points at it).
 */
export function reviewSheets(
  findings: readonly Finding[],
  report: AnnotateReport = {},
): { sheets: ReportSheet[]; findings: number } {
  const opts = { locale: report.lang ?? "zh-CN", unit: report.unit ?? "元" } as const;
  const sheets: ReportSheet[] = [];
  if (report.document) sheets.push(reviewSheet(report.document, opts));
  sheets.push(findingsSheet(findings, opts));
  const at = sheets.length - 1;
  if (report.model) sheets.push(readingSheet(report.model, opts.locale));
  return { sheets, findings: at };
}
