import ExcelJS from "exceljs";
import { qualify, type ReportCell, type ReportSheet } from "../core";

/**
 * The exceljs adapter of the report sheets built in src/core/report: numbers stay numbers with their number
 * format, a cell link becomes an in-workbook hyperlink, the header is bold and frozen, totals bold.
 */

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
/** Columns at least this wide hold sentences: they wrap. */
const WRAP_FROM = 40;
const TOTAL_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF2F2F2" } };

/** `base`, or `base2`, `base3` … when the workbook already has a sheet of that name (the user's is never replaced). */
function uniqueSheetName(wb: ExcelJS.Workbook, base: string): string {
  let name = base;
  for (let i = 2; wb.getWorksheet(name); i++) name = `${base}${i}`;
  return name;
}

function excelValue(c: ReportCell, linkOf: (sheet: string, address: string) => string): ExcelJS.CellValue {
  if (c === null) return null;
  if (typeof c === "string") return c;
  if ("number" in c) return c.number;
  return { text: c.text, hyperlink: linkOf(c.link.sheet, c.link.address) };
}

/** A link to a cell of the same workbook. */
function internalLink(sheet: string, address: string): string {
  return `#${qualify(sheet, address)}`;
}

/** Adds `sheet` to `wb` (under a unique name) and returns the worksheet. */
export function addReportSheet(
  wb: ExcelJS.Workbook,
  sheet: ReportSheet,
  linkOf: (sheet: string, address: string) => string = internalLink,
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(uniqueSheetName(wb, sheet.name), {
    views: [{ state: "frozen", ySplit: 1 }],
    // Handed on on paper too: A4 landscape, one page wide, the header repeated on every page.
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "1:1" },
  });
  // Long text (reasons, messages, clauses) wraps within its column.
  ws.columns = sheet.widths.map((width) => (width >= WRAP_FROM ? { width, style: { alignment: { wrapText: true, vertical: "top" } } } : { width }));
  for (const r of sheet.rows) {
    const row = ws.addRow(r.cells.map((c) => excelValue(c, linkOf)));
    r.cells.forEach((c, i) => {
      if (c && typeof c === "object") {
        const cell = row.getCell(i + 1);
        if ("number" in c) cell.numFmt = c.format;
        else cell.font = { color: { argb: "FF0563C1" }, underline: true };
      }
    });
    if (r.style === "header" || r.style === "total" || r.style === "section") row.font = { bold: true };
    if (r.style === "header" || r.style === "total") {
      for (let col = 1; col <= sheet.widths.length; col++) row.getCell(col).fill = r.style === "header" ? HEADER_FILL : TOTAL_FILL;
    }
  }
  if (sheet.filter && sheet.rows.length > 1) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.widths.length } };
  return ws;
}
