import type { Finding, Severity } from "../model/finding";
import type { MoneyUnit } from "../model/types";
import type Decimal from "decimal.js";
import { label, SEVERITY_LABELS, type LabelLang } from "../labels/profile";
import { measuredCell, measureName, moneyCell, percentCell, type ReportCell, type ReportRow, type ReportSheet } from "./cells";

/**
 * The two sheets a reviewer hands on, one layout for the CLI's annotated copy and the pane's results sheet:
 *
 * - 审核意见表: every line the verdict reduces — 序号, 工作表, 单元格 (a link to the cell), 名称, 送审, 审定, 审减,
 *   理由, 依据 — amounts as numbers in the sheet's unit, then the project's totals (送审 / 审定 / 审减) and 审减率,
 *   then the findings over a limit that the standard does not allocate, for a person to decide;
 * - 审核结果: every finding, errors first, its actual / limit as numbers (money in the sheet's unit, ratios as
 *   percentages) and what they measure.
 *
 * Pure: rows of cells; the adapters (src/cli/report-sheet.ts, src/excel/results-sheet.ts) write them.
 */

/**
 * What the builder reads of a verdict (src/core/plan/verdict.ts): a Verdict is one; so is the same data with its
 * amounts as decimal strings (元), as it is when results cross threads.
 */
export interface ReviewLike {
  submitted: Decimal.Value;
  approved: Decimal.Value;
  reduction: Decimal.Value;
  reductionRate: Decimal.Value;
  lines: readonly {
    sheet: string;
    cell: string;
    name: string;
    submitted: Decimal.Value;
    approved: Decimal.Value;
    reduction: Decimal.Value;
    reason: string;
    reasonEn: string;
    citations: readonly string[];
  }[];
  unadjusted: readonly { rule: string; sheet: string | null; cell: string | null; reason: string; reasonEn: string; citation: string }[];
}

export interface ReportSheetOptions {
  locale: LabelLang;
  /** The unit the budget is written in: amounts are shown in it. */
  unit: MoneyUnit;
}

export const REVIEW_SHEET_NAME: Record<LabelLang, string> = { "zh-CN": "审核意见表", "en-US": "Review opinion" };
export const FINDINGS_SHEET_NAME: Record<LabelLang, string> = { "zh-CN": "审核结果", "en-US": "Audit results" };

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors, then warnings, then info; the engine's order (sheet, row) within each. */
export function errorsFirst<T extends Pick<Finding, "severity">>(findings: readonly T[]): T[] {
  return findings.map((f, i) => ({ f, i })).sort((a, b) => RANK[a.f.severity] - RANK[b.f.severity] || a.i - b.i).map((x) => x.f);
}

function linkCell(sheet: string | null, address: string | null): ReportCell {
  if (!sheet || !address) return address ?? null;
  return { link: { sheet, address }, text: address };
}

function blank(n: number): ReportCell[] {
  return Array.from({ length: n }, () => null);
}

/** A row of `width` cells with `cells` placed from the left, or at the given columns. */
function row(style: ReportRow["style"], width: number, at: Record<number, ReportCell | number>): ReportRow {
  const cells = blank(width);
  for (const [i, c] of Object.entries(at)) cells[Number(i)] = cellOf(c);
  return { style, cells };
}

const REVIEW_HEADERS: Record<LabelLang, (unit: MoneyUnit) => string[]> = {
  "zh-CN": (u) => ["序号", "工作表", "单元格", "名称", `送审（${u}）`, `审定（${u}）`, `审减（${u}）`, "理由", "依据"],
  "en-US": (u) => ["No.", "Sheet", "Cell", "Item", `Submitted (${u})`, `Approved (${u})`, `Reduction (${u})`, "Reason", "Clause"],
};
const REVIEW_WIDTHS = [6, 14, 9, 30, 14, 14, 14, 60, 40];

/** 审核意见表: the verdict line by line, its totals, and what is left to a person. */
export function reviewSheet(review: ReviewLike, opts: ReportSheetOptions): ReportSheet {
  const { locale, unit } = opts;
  const zh = locale === "zh-CN";
  const width = REVIEW_WIDTHS.length;
  const m = (d: Decimal.Value) => moneyCell(d, unit);
  const rows: ReportRow[] = [{ style: "header", cells: REVIEW_HEADERS[locale](unit) }];
  review.lines.forEach((l, i) => {
    rows.push({
      style: "line",
      cells: [
        i + 1,
        l.sheet,
        linkCell(l.sheet, l.cell),
        l.name,
        m(l.submitted),
        m(l.approved),
        m(l.reduction),
        zh ? l.reason : l.reasonEn,
        l.citations.join(zh ? "；" : "; "),
      ].map(cellOf),
    });
  });
  if (!review.lines.length) rows.push(row("note", width, { 3: zh ? "无审减：各行审定金额等于送审金额" : "No reduction: every line is approved as submitted" }));
  rows.push(
    row("total", width, {
      3: zh ? "项目合计" : "Project total",
      4: m(review.submitted),
      5: m(review.approved),
      6: m(review.reduction),
      7: review.lines.length ? (zh ? "未列出的行审定金额等于送审金额" : "Lines not listed are approved as submitted") : null,
    }),
    row("total", width, { 3: zh ? "审减率" : "Reduction rate", 6: percentCell(review.reductionRate) }),
  );
  if (review.unadjusted.length) {
    rows.push(row("note", width, {}));
    rows.push(
      row("section", width, {
        0: zh
          ? "未核减事项：超过标准限额，但标准未规定如何核减到各行，需人工审定"
          : "Not adjusted: over a limit the standard gives no way to allocate to lines — for a reviewer to decide",
      }),
    );
    review.unadjusted.forEach((u, i) => {
      rows.push(
        row("line", width, {
          0: i + 1,
          1: u.sheet,
          2: linkCell(u.sheet, u.cell),
          3: u.rule,
          7: zh ? u.reason : u.reasonEn,
          8: u.citation,
        }),
      );
    });
  }
  return { name: REVIEW_SHEET_NAME[locale], widths: REVIEW_WIDTHS, rows };
}

function cellOf(v: ReportCell | number): ReportCell {
  return typeof v === "number" ? { number: v, format: "0" } : v;
}

const FINDINGS_HEADERS: Record<LabelLang, string[]> = {
  "zh-CN": ["序号", "严重程度", "规则", "工作表", "单元格", "说明", "实际值", "限值", "计量", "依据"],
  "en-US": ["No.", "Severity", "Rule", "Sheet", "Cell", "Finding", "Actual", "Limit", "Measured in", "Clause"],
};
const FINDINGS_WIDTHS = [6, 10, 28, 14, 9, 70, 14, 14, 10, 44];

/** The cells of one finding after its 序号: severity, rule, sheet, cell (a link when `links`), message, actual, limit, measure, clause. */
function findingCells(f: Finding, unit: MoneyUnit, locale: LabelLang, links = true): ReportCell[] {
  return [
    label(SEVERITY_LABELS, f.severity, locale),
    f.rule,
    f.sheet ?? "",
    links ? (linkCell(f.sheet, f.cell) ?? "") : (f.cell ?? ""),
    locale === "zh-CN" ? f.message : f.messageEn,
    measuredCell(f.actual, f.measure, unit),
    measuredCell(f.limit, f.measure, unit),
    measureName(f, unit, locale),
    f.citation,
  ];
}

/** 审核结果: every finding (those without a cell too), errors first. */
export function findingsSheet(findings: readonly Finding[], opts: ReportSheetOptions): ReportSheet {
  const rows: ReportRow[] = [{ style: "header", cells: FINDINGS_HEADERS[opts.locale] }];
  errorsFirst(findings).forEach((f, i) => rows.push({ style: "line", cells: [cellOf(i + 1), ...findingCells(f, opts.unit, opts.locale)] }));
  return { name: FINDINGS_SHEET_NAME[opts.locale], widths: FINDINGS_WIDTHS, rows, filter: true };
}
