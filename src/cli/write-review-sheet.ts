import ExcelJS from "exceljs";
import {
  findingsSheet, readingSheet, reviewSheet, type BudgetModel, type Finding, type MoneyUnit, type ReviewDocument,
} from "../core";
import { addReportSheet } from "./report-sheet";

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
 * Adds the annotated copy's report sheets, after the workbook's own: the 审核意见表 (when there is a verdict), then
 * the 审核结果 findings list — the layout the pane writes too (src/core/report/review-sheet.ts). A sheet of the
 * same name that the user has is kept; ours gets a number. Returns the names the sheets got.
 */
export function addReviewSheets(wb: ExcelJS.Workbook, findings: readonly Finding[], report: AnnotateReport = {}): { review: string | null; findings: string } {
  const opts = { locale: report.lang ?? "zh-CN", unit: report.unit ?? "元" } as const;
  const review = report.document ? addReportSheet(wb, reviewSheet(report.document, opts)).name : null;
  const names = { review, findings: addReportSheet(wb, findingsSheet(findings, opts)).name };
  if (report.model) addReportSheet(wb, readingSheet(report.model, opts.locale));
  return names;
}
