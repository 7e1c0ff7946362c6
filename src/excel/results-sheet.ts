import {
  columnLetters, FINDINGS_SHEET_NAME, findingsSheet, qualify, REVIEW_SHEET_NAME, reviewSheet, type Finding,
  type MoneyUnit, type ReportCell, type ReportSheet, type ReviewLike,
} from "../core";
import type { ExcelRun } from "./host";
import { objectBytes, setBytes, syncInChunks, utf8Bytes } from "./batch";
import { explainWriteError, protectedSheetError, queueSheetStates } from "./sheet-state";
import { BridgeError, isAccessDenied } from "./errors";

/** The sheets the add-in writes; they are never read back as part of the budget. */
export const RESULTS_SHEET_NAMES = [
  FINDINGS_SHEET_NAME["zh-CN"], FINDINGS_SHEET_NAME["en-US"], REVIEW_SHEET_NAME["zh-CN"], REVIEW_SHEET_NAME["en-US"],
];

/** What the results sheets need besides the findings. */
export interface ResultsExtras {
  /** The verdict: with it a 审核意见表 sheet is written too (before the findings, and shown). */
  review?: ReviewLike | null;
  /** The unit the budget is written in: amounts are shown in it (元 when not given). */
  unit?: MoneyUnit;
}

/** A report cell as Office.js takes it in `range.formulas`, and its number format. */
function officeCell(c: ReportCell): [string | number, string] {
  if (c === null) return ["", "General"];
  if (typeof c === "string") return [text(c), "General"];
  if ("number" in c) return [c.number, c.format];
  const target = qualify(c.link.sheet, c.link.address).replace(/"/g, '""');
  return [`=HYPERLINK("#${target}","${c.text.replace(/"/g, '""')}")`, "General"];
}

/**
 * Writes (or rewrites in place) the visible results sheets — the layout of src/core/report/review-sheet.ts, the
 * one the CLI's annotated copy has: the 审核意见表 when `extras.review` is given (送审 / 审定 / 审减 per reduced line,
 * the totals, what is left to a person), then the 审核结果 findings list, each with links to the cells and numbers
 * as numbers with number formats. An existing results sheet is emptied rather than deleted and re-added, so
 * nothing else moves. The first sheet written is activated.
 */
export async function writeResults(run: ExcelRun, findings: Finding[], locale: "zh-CN" | "en-US", extras: ResultsExtras = {}): Promise<void> {
  const opts = { locale, unit: extras.unit ?? "元" } as const;
  const sheets: ReportSheet[] = [];
  if (extras.review) sheets.push(reviewSheet(extras.review, opts));
  sheets.push(findingsSheet(findings, opts));
  await run(async (context) => {
    const statesOf = queueSheetStates(context);
    await context.sync();
    const states = statesOf();
    // A results sheet left protected is named before anything is cleared or written.
    const locked = sheets.map((s) => s.name).filter((n) => states.protected.has(n));
    if (locked.length) throw protectedSheetError(locked);
    for (const sheet of sheets) await writeSheet(context, sheet, states.present.has(sheet.name));
    context.workbook.worksheets.getItem(sheets[0].name).activate();
    await context.sync();
  });
}

async function writeSheet(context: Excel.RequestContext, sheet: ReportSheet, present: boolean): Promise<void> {
  const name = sheet.name;
  const ws = present ? context.workbook.worksheets.getItem(name) : context.workbook.worksheets.add(name);
  if (present) ws.getRange().clear();
  const width = sheet.widths.length;
  const last = columnLetters(width - 1);
  const rows = sheet.rows.map((r) => {
    const cells = r.cells.map(officeCell);
    return { style: r.style, formulas: cells.map((c) => c[0]), formats: cells.map((c) => c[1]) };
  });
  let top = 0;
  try {
    await syncInChunks(
      context,
      rows,
      (r) => utf8Bytes(JSON.stringify(r.formulas)) + utf8Bytes(JSON.stringify(r.formats)) + 2,
      (chunk) => {
        const range = ws.getRange(`A${top + 1}:${last}${top + chunk.length}`);
        // Formats first: a number written into a cell formatted as text would stay text.
        range.numberFormat = chunk.map((r) => r.formats);
        range.formulas = chunk.map((r) => r.formulas);
        top += chunk.length;
      },
      {
        shared: () => ({
          key: "rows",
          bytes: objectBytes("method", "GetRange", [`A1048576:${last}1048576`]) + setBytes("formulas", []) + setBytes("numberFormat", []),
        }),
      },
    );
    rows.forEach((r, i) => {
      if (r.style !== "header" && r.style !== "total" && r.style !== "section") return;
      const range = ws.getRange(`A${i + 1}:${last}${i + 1}`);
      range.format.font.bold = true;
      if (r.style === "header") range.format.fill.color = "#D9E1F2";
      if (r.style === "total") range.format.fill.color = "#F2F2F2";
    });
    ws.getRange(`A1:${last}${rows.length}`).format.autofitColumns();
    await context.sync();
  } catch (err) {
    // Adding a sheet to a workbook whose structure is protected is refused the same way (AccessDenied).
    if (!present && isAccessDenied(err)) throw structureProtectedError(name);
    throw explainWriteError(err, [name]);
  }
}

function structureProtectedError(name: string): BridgeError {
  return new BridgeError(
    `工作簿的结构受保护，无法添加“${name}”工作表。请在 Excel 的“审阅”选项卡中点击“保护工作簿”取消保护，然后重试。`,
    `The workbook's structure is protected, so the "${name}" sheet cannot be added. Unprotect it first (Review → Protect Workbook), then try again.`,
    name,
  );
}

/** A message starting with "=" would become a formula; Excel's own escape is a leading apostrophe. */
function text(s: string): string {
  return /^[=+\-@]/.test(s) ? `'${s}` : s;
}
