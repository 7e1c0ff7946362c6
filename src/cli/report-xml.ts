import type { ReportCell, ReportSheet } from "../core/report/cells";
import { columnLetters, qualify } from "../core/snapshot/address";
import type { ReportStyle, StylesEditor } from "./patch-styles";
import { ByteBuilder, escapeAttr, escapeText } from "./xml-edit";

/** Columns at least this wide hold sentences: they wrap (as the pane's and the summary's sheets do). */
const WRAP_FROM = 40;
const HEADER_FILL = "D9E1F2";
const TOTAL_FILL = "F2F2F2";

/** A sheet name as a formula writes it: quoted, quotes doubled. */
export const quotedSheet = (name: string) => `'${name.replace(/'/g, "''")}'`;

/**
 * The worksheet part of a report sheet (src/core/report), written directly as SpreadsheetML: text as inline strings
 * (the workbook's shared strings are not touched), numbers as numbers with their number format, a cell link as an
 * in-workbook hyperlink, the header bold, filled and frozen, totals bold and filled, sentences wrapped, A4 landscape
 * one page wide. Cell formats come from `styles` (appended to the workbook's own).
 */
export function reportSheetXml(sheet: ReportSheet, ns: string, rel: string, styles: StylesEditor): { xml: Buffer; links: string[] } {
  const widths = sheet.widths;
  const lastCol = columnLetters(Math.max(1, widths.length) - 1);
  // Rows are written as they are made (the sheet's head, which names the column styles, is made first).
  const cols = widths
    .map((w, i) => {
      const wrap = w >= WRAP_FROM ? ` style="${styles.report({ font: "normal", fill: null, format: null, wrap: true })}"` : "";
      return `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"${wrap}/>`;
    })
    .join("");
  const last = Math.max(1, sheet.rows.length);
  const out = new ByteBuilder().push(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${ns}" xmlns:r="${rel}">` +
      `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="A1:${lastCol}${last}"/>` +
      '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>' +
      `<sheetFormatPr defaultRowHeight="15"/>${cols ? `<cols>${cols}</cols>` : ""}<sheetData>`,
  );
  const links: string[] = [];
  const targets: string[] = [];
  sheet.rows.forEach((r, i) => {
    const n = i + 1;
    const bold = r.style === "header" || r.style === "total" || r.style === "section";
    const fill = r.style === "header" ? HEADER_FILL : r.style === "total" ? TOTAL_FILL : null;
    const styleOf = (c: ReportCell, col: number): number => {
      const style: ReportStyle = {
        font: bold ? "bold" : c && typeof c === "object" && "link" in c ? "link" : "normal",
        fill,
        format: c && typeof c === "object" && "number" in c ? c.format : null,
        wrap: (widths[col] ?? 0) >= WRAP_FROM,
      };
      return style.font === "normal" && !style.fill && !style.format && !style.wrap ? 0 : styles.report(style);
    };
    const rowStyle = bold ? styles.report({ font: "bold", fill, format: null, wrap: false }) : 0;
    const cells: string[] = [];
    const count = fill ? widths.length : r.cells.length;
    for (let col = 0; col < count; col++) {
      const c = r.cells[col] ?? null;
      const ref = `${columnLetters(col)}${n}`;
      const s = styleOf(c, col);
      const sAttr = s ? ` s="${s}"` : "";
      if (c === null || c === "") {
        if (s) cells.push(`<c r="${ref}"${sAttr}/>`);
      } else if (typeof c === "string") {
        cells.push(`<c r="${ref}"${sAttr} t="inlineStr"><is><t xml:space="preserve">${escapeText(c)}</t></is></c>`);
      } else if ("number" in c) {
        cells.push(Number.isFinite(c.number) ? `<c r="${ref}"${sAttr}><v>${c.number}</v></c>` : `<c r="${ref}"${sAttr} t="inlineStr"><is><t>${String(c.number)}</t></is></c>`);
      } else {
        cells.push(`<c r="${ref}"${sAttr} t="inlineStr"><is><t xml:space="preserve">${escapeText(c.text)}</t></is></c>`);
        // As exceljs wrote them (and reads them back): a relationship to "#'Sheet'!A1", which Excel follows within the
        // workbook, and the location itself.
        const where = qualify(c.link.sheet, c.link.address);
        targets.push(`#${where}`);
        links.push(`<hyperlink ref="${ref}" r:id="rId${targets.length}" location="${escapeAttr(where)}" display="${escapeAttr(c.text)}"/>`);
      }
    }
    out.push(`<row r="${n}"${rowStyle ? ` s="${rowStyle}" customFormat="1"` : ""}>${cells.join("")}</row>`);
  });
  out.push("</sheetData>");
  if (hasFilter(sheet)) out.push(`<autoFilter ref="A1:${lastCol}1"/>`);
  if (links.length) {
    out.push("<hyperlinks>");
    for (const l of links) out.push(l);
    out.push("</hyperlinks>");
  }
  out.push('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/></worksheet>');
  const xml = out.toBuffer();
  return { xml, links: targets };
}

export function hasFilter(sheet: ReportSheet): boolean {
  return Boolean(sheet.filter && sheet.rows.length > 1);
}

/** The defined names a report sheet at tab index `index` carries: its print titles and, with a filter, the filter's range. */
export function reportSheetNames(sheet: ReportSheet, name: string, index: number, p: string): string {
  const q = quotedSheet(name);
  const lastCol = columnLetters(Math.max(1, sheet.widths.length) - 1);
  const filter = hasFilter(sheet) ? `<${p}definedName name="_xlnm._FilterDatabase" localSheetId="${index}" hidden="1">${escapeText(`${q}!$A$1:$${lastCol}$1`)}</${p}definedName>` : "";
  return `${filter}<${p}definedName name="_xlnm.Print_Titles" localSheetId="${index}">${escapeText(`${q}!$1:$1`)}</${p}definedName>`;
}
