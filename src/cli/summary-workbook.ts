import * as fs from "fs";
import * as path from "path";
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
  LocalizedError,
} from "../core";
import type { FileResult } from "./file-result";
import { addReportSheet } from "./report-sheet";
import { annotatedPath } from "./annotate";

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
 * number formats. The workbook is never written over one of the inputs.
 */

const UNIT = "万元" as const;
/** The workbook-level defined name every summary workbook carries. */
const SUMMARY_MARK = "_BudgetRuler_Summary";
const ZERO = new Decimal(0);

class SummaryTargetError extends LocalizedError {
  constructor(zh: string, en: string) {
    super("summary-not-written", zh, en);
  }
}

function sameFile(a: fs.Stats, b: fs.Stats): boolean {
  return a.dev === b.dev && a.ino === b.ino;
}

/**
 * Refuses a summary path that is (or would replace) one of the inputs: the same path, or — when it exists — the
 * same file by identity (a symlink or hard link to an input, another spelling on a case-insensitive disk), or a
 * directory. Checked locally: src/cli/annotate.ts has no general output-safety helper on this branch yet.
 */
function assertSummaryTarget(out: string, inputs: readonly string[]): void {
  const resolved = path.resolve(out);
  const refuse = (input: string): never => {
    throw new SummaryTargetError(
      `汇总工作簿 ${out} 是输入文件 ${input}，不会覆盖输入文件；请另选路径（例如放在送审文件所在文件夹之外）`,
      `the summary workbook ${out} is the input file ${input}: an input is never overwritten; choose another path (outside the folder of submissions, say)`,
    );
  };
  for (const input of inputs) if (path.resolve(input) === resolved) refuse(input);
  let target: fs.Stats;
  try {
    target = fs.statSync(out);
  } catch {
    return; // Nothing there yet: no input can be it (an input that exists would make it exist).
  }
  if (target.isDirectory())
    throw new SummaryTargetError(
      `汇总工作簿的路径 ${out} 是一个目录，请给出 .xlsx 文件名`,
      `the summary path ${out} is a directory: give an .xlsx file name`,
    );
  for (const input of inputs) {
    let st: fs.Stats;
    try {
      st = fs.statSync(input);
    } catch {
      continue;
    }
    if (sameFile(st, target)) refuse(input);
  }
}

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

/** A relative link from the summary's folder to a file, with forward slashes (Excel and LibreOffice read both). */
function fileLink(from: string, file: string): string {
  return path.relative(from, path.resolve(file)).split(path.sep).join("/");
}

/**
 * The three sheets of the summary workbook. Pure. `linkFrom`: the folder the summary is written to — each file's
 * name links to its annotated copy (with --annotate) relative to it.
 */
function summarySheets(
  results: readonly FileResult[],
  pack: StandardPack,
  lang: LabelLang,
  linkFrom?: string,
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
    const copy = r.output && !r.output.error && linkFrom ? r.output.file : null;
    const link: ReportCell = copy ? { href: fileLink(linkFrom!, copy), text: zh ? "打开" : "Open" } : null;
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
 * Writes the summary workbook to `out` (through a temporary file beside it, renamed into place), after checking
 * that `out` is none of `inputs`. Returns the path written.
 */
async function writeSummaryWorkbook(
  results: readonly FileResult[],
  pack: StandardPack,
  out: string,
  opts: { lang: LabelLang; inputs: readonly string[] },
): Promise<string> {
  assertSummaryTarget(out, opts.inputs);
  const wb = new ExcelJS.Workbook();
  wb.creator = "Budget Ruler 预算标尺";
  const [first] = summarySheets(results, pack, opts.lang, path.dirname(path.resolve(out))).map((sheet) =>
    addReportSheet(wb, sheet),
  );
  // Marked as ours (like the annotated copies), so a later run given it among its inputs can tell it from a budget.
  wb.definedNames.add(`'${first.name.replace(/'/g, "''")}'!$A$1`, SUMMARY_MARK);
  const dir = path.dirname(path.resolve(out));
  fs.mkdirSync(dir, { recursive: true });
  const tmp = path.join(dir, `.${path.basename(out)}.${process.pid}.tmp`);
  try {
    await wb.xlsx.writeFile(tmp);
    assertSummaryTarget(out, opts.inputs);
    fs.renameSync(tmp, out);
  } finally {
    if (fs.existsSync(tmp)) fs.rmSync(tmp, { force: true });
  }
  return out;
}

/** What the CLI hooks need of a parsed `check` command. */
interface SummaryCommand {
  summary?: string | null;
  files: string[];
  lang: LabelLang;
  annotate?: string | null;
}

/** Before any file is checked: a --summary path that is an input is refused (exit 2) with a message. */
export function summaryTargetOk(command: SummaryCommand, io: { err(text: string): void }): boolean {
  if (!command.summary) return true;
  try {
    assertSummaryTarget(command.summary, command.files);
    // Nor is it one of this run's annotated copies (one would replace the other).
    const target = path.resolve(command.summary);
    const copy = command.annotate
      ? command.files.find((f) => path.resolve(annotatedPath(f, command.annotate!)) === target)
      : undefined;
    if (copy !== undefined) {
      throw new SummaryTargetError(
        `汇总工作簿 ${command.summary} 与 ${copy} 的标注副本同名，请另选路径`,
        `the summary workbook ${command.summary} is where the annotated copy of ${copy} goes: choose another path`,
      );
    }
    return true;
  } catch (err) {
    if (!(err instanceof SummaryTargetError)) throw err;
    io.err(command.lang === "en-US" ? `Error: ${err.messageEn}` : `错误：${err.message}`);
    return false;
  }
}

/** After the files are checked: writes the --summary workbook (when asked for); false when it could not be. */
export async function writeSummary(
  command: SummaryCommand,
  results: readonly FileResult[],
  pack: StandardPack,
  io: { err(text: string): void },
): Promise<boolean> {
  if (!command.summary) return true;
  const en = command.lang === "en-US";
  try {
    const written = await writeSummaryWorkbook(results, pack, command.summary, {
      lang: command.lang,
      inputs: command.files,
    });
    io.err(en ? `Summary workbook written: ${written}` : `已写出汇总工作簿：${written}`);
    return true;
  } catch (err) {
    const target = err instanceof SummaryTargetError;
    io.err(
      en
        ? `Error: ${target ? err.messageEn : `the summary workbook could not be written: ${(err as Error).message}`}`
        : `错误：${target ? err.message : `无法写出汇总工作簿：${(err as Error).message}`}`,
    );
    return false;
  }
}
