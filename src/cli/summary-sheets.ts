import Decimal from "decimal.js";
import ExcelJS from "exceljs";
import {
  amountCell,
  countCell,
  docLabel,
  errorsFirst,
  fitHeights,
  KIND_LABELS,
  label,
  measuredCell,
  measureName,
  percentCell,
  routeLabel,
  SEVERITY_LABELS,
  SYSTEM_LABELS,
  type LabelLang,
  type ReportCell,
  type ReportRow,
  type ReportSheet,
  type StandardPack,
} from "../core";
import type { FileResult } from "./file-result";
import { addReportSheet } from "./report-sheet";

/**
 * `check FILE... --summary OUT.xlsx`: one workbook a reviewer can hand on —
 *
 * 1. 汇总, a document to print and sign: a title and the standard, then one row per file (project name, the file
 *    linking to its annotated copy, kind, system, 送审 / 审定 / 审减 in 万元 with two decimals shown, 审减率, errors,
 *    warnings, the review route as a short label; an unreadable file with its reason), a totals row, a signature
 *    block; A4 landscape one page wide, the header on every page, page numbers;
 * 2. 问题明细: every finding of every file (file, sheet, cell, rule, severity, message, clause, actual / limit and
 *    what they measure), money in 万元;
 * 3. 审减明细: every reduced line of every file (送审 → 审定, reason, clause), in 万元.
 *
 * Amounts are real numbers in 万元 for every file whatever unit its sheet is in (exact decimal conversion), with
 * number formats.
 *
 * The same in every host: the CLI writes the bytes to --summary (summary-workbook.ts), the page offers them as a
 * download (src/web).
 */

const UNIT = "万元" as const;
/** The workbook-level defined name every summary workbook carries. */
const SUMMARY_MARK = "_BudgetRuler_Summary";
const ZERO = new Decimal(0);

const SUMMARY_HEADERS: Record<LabelLang, string[]> = {
  "zh-CN": [
    "序号",
    "项目名称",
    "文件",
    "审核副本",
    "项目类型",
    "系统类型",
    `送审（${UNIT}）`,
    `审定（${UNIT}）`,
    `审减（${UNIT}）`,
    "审减率",
    "错误",
    "警告",
    "审核途径",
    "无法读取（原因）",
  ],
  "en-US": [
    "No.",
    "Project",
    "File",
    "Annotated copy",
    "Kind",
    "System",
    `Submitted (${UNIT})`,
    `Approved (${UNIT})`,
    `Reduction (${UNIT})`,
    "Reduction rate",
    "Errors",
    "Warnings",
    "Review route",
    "Unreadable (reason)",
  ],
};
/**
 * About 180 characters: one A4 landscape page wide. The link to the annotated copy has a column of its own with a
 * short text: a hyperlink's text is not wrapped by every viewer, a file's path is.
 */
const SUMMARY_WIDTHS = [5, 28, 24, 8, 9, 12, 12, 12, 12, 9, 6, 6, 13, 24];
const S = {
  seq: 0,
  project: 1,
  file: 2,
  copy: 3,
  kind: 4,
  system: 5,
  submitted: 6,
  approved: 7,
  reduction: 8,
  rate: 9,
  errors: 10,
  warnings: 11,
  route: 12,
  reason: 13,
} as const;

const FINDING_HEADERS: Record<LabelLang, string[]> = {
  "zh-CN": ["序号", "文件", "工作表", "单元格", "规则", "严重程度", "说明", "依据", "实际值", "限值", "计量"],
  "en-US": ["No.", "File", "Sheet", "Cell", "Rule", "Severity", "Finding", "Clause", "Actual", "Limit", "Measured in"],
};
const FINDING_WIDTHS = [6, 32, 14, 9, 28, 10, 70, 44, 14, 14, 10];

const LINE_HEADERS: Record<LabelLang, string[]> = {
  "zh-CN": [
    "序号",
    "文件",
    "工作表",
    "单元格",
    "名称",
    `送审（${UNIT}）`,
    `审定（${UNIT}）`,
    `审减（${UNIT}）`,
    "理由",
    "依据",
  ],
  "en-US": [
    "No.",
    "File",
    "Sheet",
    "Cell",
    "Item",
    `Submitted (${UNIT})`,
    `Approved (${UNIT})`,
    `Reduction (${UNIT})`,
    "Reason",
    "Clause",
  ],
};
const LINE_WIDTHS = [6, 32, 14, 9, 30, 14, 14, 14, 60, 40];

const SHEET_NAMES: Record<LabelLang, [string, string, string]> = {
  "zh-CN": ["汇总", "问题明细", "审减明细"],
  "en-US": ["Summary", "Findings", "Reductions"],
};

const n = (i: number): ReportCell => ({ number: i, format: "0" });

function rateOf(reduction: Decimal, submitted: Decimal): Decimal {
  return reduction.isZero() || submitted.lte(0)
    ? ZERO
    : reduction.dividedBy(submitted).toDecimalPlaces(4, Decimal.ROUND_HALF_UP);
}

/**
 * The three sheets of the summary workbook. Pure. `linkTo`: the link from the summary to a file's annotated copy
 * (with --annotate; the CLI's is relative to the summary's folder).
 */
function summarySheets(
  results: readonly FileResult[],
  pack: StandardPack,
  lang: LabelLang,
  linkTo?: (copy: string) => string,
): ReportSheet[] {
  const zh = lang === "zh-CN";
  const [summaryName, findingsName, linesName] = SHEET_NAMES[lang];
  const width = SUMMARY_WIDTHS.length;
  const all: [number, number][] = [[0, width - 1]];
  const blank = () => SUMMARY_WIDTHS.map((): ReportCell => null);
  const at = (
    style: ReportRow["style"],
    cells: Partial<Record<number, ReportCell>>,
    more: Partial<ReportRow> = {},
  ): ReportRow => {
    const row = blank();
    for (const [i, c] of Object.entries(cells)) row[Number(i)] = c ?? null;
    return { style, cells: row, ...more };
  };
  const rows: ReportRow[] = [
    at("title", { 0: docLabel("summaryTitle", lang) }, { merge: all, height: 30 }),
    at(
      "note",
      { 0: `${docLabel("standard", lang)}${zh ? "：" : ": "}${zh ? pack.title : (pack.titleEn ?? pack.title)}` },
      { merge: all },
    ),
    at(
      "note",
      {
        0: zh
          ? `金额单位：${UNIT}（各文件按其工作表单位精确折算）；审减率 = 审减 ÷ 送审`
          : `Amounts in ${UNIT} for every file (converted exactly from each sheet's unit); reduction rate = reduction ÷ submitted`,
      },
      { merge: all },
    ),
    at("note", {}),
  ];
  const headerRow = rows.length + 1;
  rows.push({ style: "header", cells: SUMMARY_HEADERS[lang] });
  let submitted = ZERO;
  let approved = ZERO;
  let reduction = ZERO;
  let errors = 0;
  let warnings = 0;
  let unreadable = 0;
  results.forEach((r, i) => {
    const copy = r.output && !r.output.error && linkTo ? r.output.file : null;
    const link: ReportCell = copy ? { href: linkTo!(copy), text: zh ? "打开" : "Open" } : null;
    if (r.error || !r.profile) {
      unreadable++;
      rows.push(at("line", { [S.seq]: n(i + 1), [S.file]: r.file, [S.reason]: r.error?.message ?? "" }));
      return;
    }
    const count = (s: string) => r.findings.filter((f) => f.severity === s).length;
    const v = r.review ?? null;
    if (v) {
      submitted = submitted.plus(v.submitted);
      approved = approved.plus(v.approved);
      reduction = reduction.plus(v.reduction);
    }
    errors += count("error");
    warnings += count("warning");
    rows.push(
      at("line", {
        [S.seq]: n(i + 1),
        [S.project]: r.projectName ?? null,
        [S.file]: r.file,
        [S.copy]: link,
        [S.kind]: label(KIND_LABELS, r.profile.kind, lang),
        [S.system]: label(SYSTEM_LABELS, r.profile.system, lang),
        [S.submitted]: v ? amountCell(v.submitted, UNIT) : null,
        [S.approved]: v ? amountCell(v.approved, UNIT) : null,
        [S.reduction]: v ? amountCell(v.reduction, UNIT) : null,
        [S.rate]: v ? percentCell(v.reductionRate) : null,
        [S.errors]: countCell(count("error")),
        [S.warnings]: countCell(count("warning")),
        [S.route]: routeLabel(r.findings, pack, lang) || null,
        [S.reason]: r.output?.error?.message ?? null,
      }),
    );
  });
  const files = results.length;
  rows.push(
    at("total", {
      [S.project]: zh
        ? `合计（${files} 个文件${unreadable ? `，其中 ${unreadable} 个无法读取` : ""}）`
        : `Total (${files} file${files === 1 ? "" : "s"}${unreadable ? `, ${unreadable} unreadable` : ""})`,
      [S.submitted]: amountCell(submitted, UNIT),
      [S.approved]: amountCell(approved, UNIT),
      [S.reduction]: amountCell(reduction, UNIT),
      [S.rate]: percentCell(rateOf(reduction, submitted)),
      [S.errors]: countCell(errors),
      [S.warnings]: countCell(warnings),
      [S.reason]: unreadable ? countCell(unreadable) : null,
    }),
    at("note", {}),
    at(
      "sign",
      {
        0: docLabel("reviewer", lang),
        5: docLabel("auditor", lang),
        9: docLabel("checker", lang),
        12: docLabel("date", lang),
      },
      {
        merge: [
          [0, 4],
          [5, 8],
          [9, 11],
          [12, 13],
        ],
        height: 36,
      },
    ),
  );

  const findingRows: ReportRow[] = [{ style: "header", cells: FINDING_HEADERS[lang] }];
  const lineRows: ReportRow[] = [{ style: "header", cells: LINE_HEADERS[lang] }];
  for (const r of results) {
    for (const f of errorsFirst(r.findings)) {
      findingRows.push({
        style: "line",
        cells: [
          n(findingRows.length),
          r.file,
          f.sheet,
          f.cell,
          f.rule,
          label(SEVERITY_LABELS, f.severity, lang),
          zh ? f.message : f.messageEn,
          f.citation,
          measuredCell(f.actual, f.measure, UNIT),
          measuredCell(f.limit, f.measure, UNIT),
          measureName(f, UNIT, lang),
        ],
      });
    }
    for (const l of r.review?.lines ?? []) {
      lineRows.push({
        style: "line",
        cells: [
          n(lineRows.length),
          r.file,
          l.sheet,
          l.cell,
          l.name,
          amountCell(l.submitted, UNIT),
          amountCell(l.approved, UNIT),
          amountCell(l.reduction, UNIT),
          zh ? l.reason : l.reasonEn,
          l.citations.join(zh ? "；" : "; "),
        ],
      });
    }
  }
  return [
    fitHeights({
      name: summaryName,
      widths: SUMMARY_WIDTHS,
      rows,
      wrap: true,
      page: { repeatRows: [headerRow, headerRow], footer: docLabel("footer", lang) },
    }),
    { name: findingsName, widths: FINDING_WIDTHS, rows: findingRows, filter: true },
    { name: linesName, widths: LINE_WIDTHS, rows: lineRows, filter: true },
  ];
}

/**
 * The summary workbook's bytes (exceljs), marked as ours (like the annotated copies) so that a later run given it
 * among its inputs can tell it from a budget.
 */
export async function summaryWorkbookBytes(
  results: readonly FileResult[],
  pack: StandardPack,
  lang: LabelLang,
  linkTo?: (copy: string) => string,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Budget Ruler 预算标尺";
  const [first] = summarySheets(results, pack, lang, linkTo).map((sheet) => addReportSheet(wb, sheet));
  wb.definedNames.add(`'${first.name.replace(/'/g, "''")}'!$A$1`, SUMMARY_MARK);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
