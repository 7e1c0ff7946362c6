import ExcelJS from "exceljs";
import { qualify, type ReportCell, type ReportRow, type ReportSheet } from "../core";

/**
 * The exceljs adapter of the report sheets built in src/core/report: numbers stay numbers with their number
 * format, a cell link becomes an in-workbook hyperlink (a file link a relative one), merged cells are merged, row
 * heights and column widths are set, the header is bold, totals bold; every sheet prints on A4 landscape one page
 * wide — a document with its header row repeated and page numbers in the footer, a list with its header frozen.
 */

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
/** Columns at least this wide hold sentences: they wrap. */
const WRAP_FROM = 40;
const TOTAL_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF2F2F2" } };
const SUBTOTAL_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF8F8F8" } };
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: "thin", color: { argb: "FFBFBFBF" } },
  left: { style: "thin", color: { argb: "FFBFBFBF" } },
  bottom: { style: "thin", color: { argb: "FFBFBFBF" } },
  right: { style: "thin", color: { argb: "FFBFBFBF" } },
};
/** Rows of the table (bordered in a document); titles, facts and signatures stand without borders. */
const TABLE_STYLES: ReadonlySet<ReportRow["style"]> = new Set(["header", "line", "subtotal", "total", "section"]);

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
  if ("href" in c) return { text: c.text, hyperlink: c.href };
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
  const doc = sheet.page;
  const width = sheet.widths.length;
  const ws = wb.addWorksheet(uniqueSheetName(wb, sheet.name), {
    views: doc ? [{}] : [{ state: "frozen", ySplit: 1 }],
    // Handed on on paper too: A4 landscape, one page wide, the header repeated on every page.
    pageSetup: {
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: doc ? `${doc.repeatRows[0]}:${doc.repeatRows[1]}` : "1:1",
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.7, header: 0.3, footer: 0.3 },
    },
    headerFooter: doc ? { oddFooter: doc.footer, evenFooter: doc.footer } : undefined,
  });
  ws.columns = sheet.widths.map((w) =>
    sheet.wrap || w >= WRAP_FROM
      ? { width: w, style: { alignment: { wrapText: true, vertical: "top" } } }
      : { width: w },
  );
  for (const r of sheet.rows) {
    const row = ws.addRow(r.cells.map((c) => excelValue(c, linkOf)));
    if (r.height !== undefined) row.height = r.height;
    // One font throughout (a bold row with no font name would print in the viewer's default, a serif).
    row.font = {
      name: "Calibri",
      family: 2,
      size: 11,
      bold: r.style === "header" || r.style === "total" || r.style === "section" || r.style === "subtotal",
    };
    r.cells.forEach((c, i) => {
      if (c && typeof c === "object") {
        const cell = row.getCell(i + 1);
        if ("number" in c) cell.numFmt = c.format;
        else cell.font = { name: "Calibri", family: 2, size: 11, color: { argb: "FF0563C1" }, underline: true };
      }
    });
    // A document wraps in every cell (a cell given its own font would not take the column's wrapping otherwise).
    if (sheet.wrap)
      for (let col = 1; col <= width; col++) row.getCell(col).alignment = { wrapText: true, vertical: "top" };
    for (const [a, b] of r.merge ?? []) if (b > a) ws.mergeCells(row.number, a + 1, row.number, b + 1);
    if (r.style === "title") {
      row.font = { name: "Calibri", family: 2, bold: true, size: 16 };
      row.getCell(1).alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    }
    if (r.style === "sign")
      for (let col = 1; col <= width; col++) row.getCell(col).alignment = { vertical: "bottom", wrapText: true };
    if (r.style === "header")
      for (let col = 1; col <= width; col++)
        row.getCell(col).alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    if (r.style === "header" || r.style === "total" || r.style === "subtotal") {
      const fill = r.style === "header" ? HEADER_FILL : r.style === "total" ? TOTAL_FILL : SUBTOTAL_FILL;
      for (let col = 1; col <= width; col++) row.getCell(col).fill = fill;
    }
    if (doc && TABLE_STYLES.has(r.style)) for (let col = 1; col <= width; col++) row.getCell(col).border = THIN;
  }
  if (sheet.filter && sheet.rows.length > 1)
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: width } };
  return ws;
}
