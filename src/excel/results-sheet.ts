import type { Finding } from "../core/model/finding";
import type { ExcelRun } from "./host";
import { objectBytes, setBytes, syncInChunks, utf8Bytes } from "./batch";
import { explainWriteError, protectedSheetError, queueSheetStates } from "./sheet-state";
import { BridgeError, isAccessDenied } from "./errors";
import { columnLetters, qualify } from "../core/snapshot/address";

/** The sheet the add-in writes; it is never read back as part of the budget. */
export const RESULTS_SHEET_NAMES = ["审核结果", "Audit results"];

const HEADERS = {
  "zh-CN": ["序号", "严重程度", "规则", "工作表", "单元格", "问题", "实际", "限额", "依据"],
  "en-US": ["No.", "Severity", "Rule", "Sheet", "Cell", "Finding", "Actual", "Limit", "Clause"],
};
const SEVERITY = {
  "zh-CN": { error: "错误", warning: "警告", info: "提示" },
  "en-US": { error: "Error", warning: "Warning", info: "Info" },
};

/**
 * Writes (or rewrites in place) a visible results sheet: one row per finding, the cell column a live link to
 * the cell. An existing results sheet is emptied rather than deleted and re-added, so nothing else moves.
 */
export async function writeResults(run: ExcelRun, findings: Finding[], locale: "zh-CN" | "en-US"): Promise<void> {
  const name = RESULTS_SHEET_NAMES[locale === "zh-CN" ? 0 : 1];
  const rows: (string | number)[][] = [HEADERS[locale]];
  findings.forEach((f, i) => {
    rows.push([
      i + 1,
      SEVERITY[locale][f.severity],
      f.rule,
      f.sheet ?? "",
      f.sheet && f.cell ? `=HYPERLINK("#${qualify(f.sheet, f.cell).replace(/"/g, '""')}","${f.cell}")` : "",
      text(locale === "zh-CN" ? f.message : f.messageEn),
      f.actual ?? "",
      f.limit ?? "",
      text(f.citation),
    ]);
  });
  await run(async (context) => {
    const statesOf = queueSheetStates(context);
    await context.sync();
    const states = statesOf();
    // A results sheet left protected is named before anything is cleared or written.
    if (states.protected.has(name)) throw protectedSheetError([name]);
    const ws = states.present.has(name) ? context.workbook.worksheets.getItem(name) : context.workbook.worksheets.add(name);
    if (states.present.has(name)) ws.getRange().clear();
    const width = HEADERS[locale].length;
    let top = 0;
    try {
      await syncInChunks(
        context,
        rows,
        (r) => utf8Bytes(JSON.stringify(r)) + 1,
        (chunk) => {
          ws.getRange(`A${top + 1}:${columnLetters(width - 1)}${top + chunk.length}`).formulas = chunk;
          top += chunk.length;
        },
        { shared: () => ({ key: "rows", bytes: objectBytes("method", "GetRange", ["A1048576:I1048576"]) + setBytes("formulas", []) }) },
      );
      const header = ws.getRange(`A1:${columnLetters(width - 1)}1`);
      header.format.font.bold = true;
      header.format.fill.color = "#D9E1F2";
      ws.getRange(`A1:${columnLetters(width - 1)}${rows.length}`).format.autofitColumns();
      ws.activate();
      await context.sync();
    } catch (err) {
      // Adding a sheet to a workbook whose structure is protected is refused the same way (AccessDenied).
      if (!states.present.has(name) && isAccessDenied(err)) throw structureProtectedError(name);
      throw explainWriteError(err, [name]);
    }
  });
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
