import * as fs from "fs";
import ExcelJS from "exceljs";
import { FakeWorkbook, type FakeValue } from "./fake-excel";

/**
 * Opens a real .xlsx file the way Excel would and loads it into the fake Excel host: what the pane's reader is
 * handed by Office.js, not what our own reader makes of the file. The file is read with exceljs (an independent
 * reader), then turned into Excel's view of it:
 * - a date is its serial number (in the workbook's date system) under its date number format — Office.js never
 *   hands over a date as a date;
 * - a merged area's value stands in its top-left cell, the other cells are empty;
 * - a formula is in `formulas` ("=E5*F5"), its cached result in `values`; an error is its text ("#DIV/0!");
 * - rich text is its plain text; a number format of General is no format.
 * The file's bytes are kept too: Office.js hands them over (Document.getFileAsync) as Excel would save them.
 */
export async function fakeFromXlsx(file: string, apiVersion: string): Promise<FakeWorkbook> {
  const bytes = fs.readFileSync(file);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as never);
  const date1904 = Boolean((wb.properties as { date1904?: boolean }).date1904);
  const book = new FakeWorkbook(apiVersion);
  book.file = new Uint8Array(bytes);
  for (const ws of wb.worksheets) {
    const sheet = book.addSheet(ws.name);
    if (ws.state === "hidden") sheet.visibility = "Hidden";
    else if (ws.state === "veryHidden") sheet.visibility = "VeryHidden";
    ws.eachRow({ includeEmpty: false }, (row, r) =>
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (cell.isMerged && cell.master.address !== cell.address) return;
        const formula = cell.formula ? `=${cell.formula}` : undefined;
        const value = excelValue(formula ? (cell.value as ExcelJS.CellFormulaValue).result : cell.value, date1904);
        const numFmt = cell.numFmt && cell.numFmt !== "General" ? cell.numFmt : undefined;
        if (value === null && !formula && !numFmt) return;
        const at = sheet.ensure(r - 1, c - 1);
        if (value !== null) at.value = value;
        if (formula) at.formula = formula;
        if (numFmt) at.numberFormat = numFmt;
      }),
    );
    for (const range of (ws.model as { merges?: string[] }).merges ?? []) {
      const [a, b] = range.split(":").map((ref) => ws.getCell(ref));
      sheet.merges.push({
        top: Number(a.row) - 1,
        left: Number(a.col) - 1,
        bottom: Number(b.row) - 1,
        right: Number(b.col) - 1,
      });
    }
  }
  return book;
}

/** A cell's content as Office.js reports it in `values`. */
function excelValue(value: unknown, date1904: boolean): FakeValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value.getTime() / 86_400_000 + 25569 - (date1904 ? 1462 : 0);
  if (typeof value === "object") {
    if ("richText" in value) return (value as ExcelJS.CellRichTextValue).richText.map((t) => t.text).join("");
    if ("error" in value) return String((value as ExcelJS.CellErrorValue).error);
    if ("text" in value) return String((value as { text: unknown }).text);
  }
  return String(value);
}
