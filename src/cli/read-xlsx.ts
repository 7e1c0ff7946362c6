import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import type { CellValue, MergedRange, SheetSnapshot, WorkbookSnapshot } from "../core/snapshot/types";
import { parseA1 } from "../core/snapshot/address";

/** A file the checker could not read; `code` goes into the JSON report. */
export class WorkbookReadError extends Error {
  constructor(
    readonly code: "file-not-found" | "not-xlsx" | "corrupt-file" | "no-budget-table",
    message: string,
  ) {
    super(message);
    this.name = "WorkbookReadError";
  }
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

/** Opens an .xlsx with exceljs; every failure becomes a WorkbookReadError naming the file. */
export async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new WorkbookReadError("file-not-found", `找不到文件：${file}`);
  const head = Buffer.alloc(4);
  const fd = fs.openSync(file, "r");
  try {
    fs.readSync(fd, head, 0, 4, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (head.equals(OLE_MAGIC)) throw new WorkbookReadError("not-xlsx", `${file} 是旧版 .xls 或其他 Office 格式，请在 Excel 中另存为 .xlsx 后再检查`);
  if (!head.equals(ZIP_MAGIC)) throw new WorkbookReadError("not-xlsx", `${file} 不是 .xlsx 工作簿`);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(file);
  } catch (err) {
    throw new WorkbookReadError("corrupt-file", `${file} 已损坏或不是有效的 .xlsx 工作簿（${(err as Error).message}）`);
  }
  if (!wb.worksheets.length) throw new WorkbookReadError("corrupt-file", `${file} 中没有工作表`);
  return wb;
}

function plain(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("formula" in value || "sharedFormula" in value) {
      const result = (value as ExcelJS.CellFormulaValue).result;
      if (result && typeof result === "object" && "error" in result) return String(result.error);
      return plain(result as ExcelJS.CellValue);
    }
    if ("error" in value) return String(value.error);
    if ("text" in value) return String(value.text);
  }
  return String(value);
}

function sheetSnapshot(ws: ExcelJS.Worksheet): SheetSnapshot {
  const rows = ws.actualRowCount ? ws.rowCount : 0;
  const cols = ws.columnCount;
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  for (let r = 1; r <= rows; r++) {
    // Packed arrays (pushed, not `new Array(n)`): holey ones made the audit of this snapshot twice as slow.
    const v: CellValue[] = [];
    const f: (string | null)[] = [];
    const n: (string | null)[] = [];
    for (let c = 0; c < cols; c++) {
      v.push(null);
      f.push(null);
      n.push(null);
    }
    // Only the cells that exist: asking exceljs for an empty cell creates one.
    ws.getRow(r).eachCell((cell, c) => {
      if (c > cols) return;
      // exceljs repeats a merge's value in every cell of it; Excel (and the engine) keep it in the top-left only.
      if (cell.isMerged && cell.master.address !== cell.address) return;
      v[c - 1] = plain(cell.value);
      const formula = cell.formula; // exceljs resolves shared formulas for the cell
      if (formula) f[c - 1] = `=${formula}`;
      n[c - 1] = cell.numFmt ?? null;
    });
    values.push(v);
    formulas.push(f);
    numberFormats.push(n);
  }
  return { name: ws.name, origin: { row: 0, col: 0 }, values, formulas, numberFormats, merges: mergesOf(ws), hidden: ws.state !== "visible" };
}

/**
 * Merged ranges from exceljs' own index of them; `ws.model` would have them too, but building it serialises
 * every row of the sheet again.
 */
function mergesOf(ws: ExcelJS.Worksheet): MergedRange[] {
  const index = (ws as unknown as { _merges?: Record<string, { model?: { top: number; left: number; bottom: number; right: number } }> })._merges;
  if (index) {
    return Object.values(index)
      .map((m) => m.model)
      .filter((m): m is NonNullable<typeof m> => Boolean(m))
      .map((m) => ({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 }));
  }
  const merges: MergedRange[] = [];
  for (const range of (ws.model as { merges?: string[] }).merges ?? []) {
    const [a, b] = range.split(":").map((x) => parseA1(x));
    if (a && b) merges.push({ top: a.row, left: a.col, bottom: b.row, right: b.col });
  }
  return merges;
}

/** The snapshot the engine audits: every worksheet's values (cached formula results), formulas, formats, merges. */
export function snapshotOf(wb: ExcelJS.Workbook, file: string): WorkbookSnapshot {
  return { name: path.basename(file), sheets: wb.worksheets.map(sheetSnapshot) };
}
