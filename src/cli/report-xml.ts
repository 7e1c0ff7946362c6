import { columnLetters, qualify, type ReportCell, type ReportRow, type ReportSheet } from "../core";
import type { ReportStyle, StylesEditor } from "./patch-styles";
import { ByteBuilder, escapeAttr, escapeText } from "./xml-edit";

/** Columns at least this wide hold sentences: they wrap (as the pane's and the summary's sheets do). */
const WRAP_FROM = 40;
const HEADER_FILL = "D9E1F2";
const TOTAL_FILL = "F2F2F2";
const SUBTOTAL_FILL = "F8F8F8";
/** Rows of the table (bordered in a document); titles, facts and signatures stand without borders. */
const TABLE_STYLES: ReadonlySet<ReportRow["style"]> = new Set(["header", "line", "subtotal", "total", "section"]);

/** A sheet name as a formula writes it: quoted, quotes doubled. */
export const quotedSheet = (name: string) => `'${name.replace(/'/g, "''")}'`;

/**
 * The worksheet part of a report sheet (src/core/report), written directly as SpreadsheetML: text as inline strings
 * (the workbook's shared strings are not touched), numbers as numbers with their number format, a cell link as an
 * in-workbook hyperlink, the header bold, filled and frozen, totals bold and filled, sentences wrapped, A4 landscape
 * one page wide. Cell formats come from `styles` (appended to the workbook's own).
 */
export function reportSheetXml(
  sheet: ReportSheet,
  ns: string,
  rel: string,
  styles: StylesEditor,
): { xml: Buffer; links: string[] } {
  const widths = sheet.widths;
  const lastCol = columnLetters(Math.max(1, widths.length) - 1);
  // Rows are written as they are made (the sheet's head, which names the column styles, is made first).
  const cols = widths
    .map((w, i) => {
      const wrap =
        sheet.wrap || w >= WRAP_FROM
          ? ` style="${styles.report({ font: "normal", fill: null, format: null, wrap: true })}"`
          : "";
      return `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"${wrap}/>`;
    })
    .join("");
  const last = Math.max(1, sheet.rows.length);
  const out = new ByteBuilder().push(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${ns}" xmlns:r="${rel}">` +
      `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="A1:${lastCol}${last}"/>` +
      (sheet.page
        ? '<sheetViews><sheetView workbookViewId="0"/></sheetViews>'
        : '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>') +
      `<sheetFormatPr defaultRowHeight="15"/>${cols ? `<cols>${cols}</cols>` : ""}<sheetData>`,
  );
  const links: string[] = [];
  const targets: string[] = [];
  const merges: string[] = [];
  sheet.rows.forEach((r, i) => {
    const n = i + 1;
    const bold = r.style === "header" || r.style === "total" || r.style === "section" || r.style === "subtotal";
    const fill =
      r.style === "header"
        ? HEADER_FILL
        : r.style === "total"
          ? TOTAL_FILL
          : r.style === "subtotal"
            ? SUBTOTAL_FILL
            : null;
    const border = Boolean(sheet.page) && TABLE_STYLES.has(r.style);
    const align = r.style === "title" || r.style === "header" ? "center" : r.style === "sign" ? "bottom" : undefined;
    const styleOf = (c: ReportCell, col: number): number => {
      const link = c !== null && typeof c === "object" && ("link" in c || "href" in c);
      const style: ReportStyle = {
        font: r.style === "title" ? "title" : bold ? (link ? "bold-link" : "bold") : link ? "link" : "normal",
        fill,
        format: c && typeof c === "object" && "number" in c ? c.format : null,
        wrap:
          Boolean(sheet.wrap) ||
          r.style === "header" ||
          r.style === "title" ||
          r.style === "sign" ||
          (widths[col] ?? 0) >= WRAP_FROM,
        border,
        align,
      };
      const plain =
        style.font === "normal" && !style.fill && !style.format && !style.wrap && !style.border && !style.align;
      return plain ? 0 : styles.report(style);
    };
    const cells: string[] = [];
    // A row with a fill, a border or a style of its own is drawn across the table's width.
    const count = fill || border || sheet.wrap || align ? widths.length : r.cells.length;
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
        cells.push(
          Number.isFinite(c.number)
            ? `<c r="${ref}"${sAttr}><v>${c.number}</v></c>`
            : `<c r="${ref}"${sAttr} t="inlineStr"><is><t>${String(c.number)}</t></is></c>`,
        );
      } else if ("href" in c) {
        // A file link (the summary's) is shown as its text in a copy; copies only link within themselves.
        cells.push(
          `<c r="${ref}"${sAttr} t="inlineStr"><is><t xml:space="preserve">${escapeText(c.text)}</t></is></c>`,
        );
      } else {
        cells.push(
          `<c r="${ref}"${sAttr} t="inlineStr"><is><t xml:space="preserve">${escapeText(c.text)}</t></is></c>`,
        );
        // As exceljs wrote them (and reads them back): a relationship to "#'Sheet'!A1", which Excel follows within the
        // workbook, and the location itself.
        const where = qualify(c.link.sheet, c.link.address);
        targets.push(`#${where}`);
        links.push(
          `<hyperlink ref="${ref}" r:id="rId${targets.length}" location="${escapeAttr(where)}" display="${escapeAttr(c.text)}"/>`,
        );
      }
    }
    for (const [a, b] of r.merge ?? [])
      if (b > a) merges.push(`<mergeCell ref="${columnLetters(a)}${n}:${columnLetters(b)}${n}"/>`);
    const height = r.height !== undefined ? ` ht="${r.height}" customHeight="1"` : "";
    // The row's own format (what a reader takes for the whole row, as exceljs writes it): bold rows bold.
    const rowStyle =
      bold || r.style === "title"
        ? styles.report({ font: r.style === "title" ? "title" : "bold", fill, format: null, wrap: false })
        : 0;
    out.push(`<row r="${n}"${height}${rowStyle ? ` s="${rowStyle}" customFormat="1"` : ""}>${cells.join("")}</row>`);
  });
  out.push("</sheetData>");
  if (hasFilter(sheet)) out.push(`<autoFilter ref="A1:${lastCol}1"/>`);
  if (merges.length) out.push(`<mergeCells count="${merges.length}">${merges.join("")}</mergeCells>`);
  if (links.length) {
    out.push("<hyperlinks>");
    for (const l of links) out.push(l);
    out.push("</hyperlinks>");
  }
  // Handed on on paper too: A4 landscape, one page wide, centred; a document with page numbers in its footer.
  out.push(
    '<printOptions horizontalCentered="1"/><pageMargins left="0.5" right="0.5" top="0.6" bottom="0.7" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>',
  );
  if (sheet.page)
    out.push(
      `<headerFooter><oddFooter>${escapeText(sheet.page.footer)}</oddFooter><evenFooter>${escapeText(sheet.page.footer)}</evenFooter></headerFooter>`,
    );
  out.push("</worksheet>");
  const xml = out.toBuffer();
  return { xml, links: targets };
}

function hasFilter(sheet: ReportSheet): boolean {
  return Boolean(sheet.filter && sheet.rows.length > 1);
}

/** The defined names a report sheet at tab index `index` carries: its print titles and, with a filter, the filter's range. */
export function reportSheetNames(sheet: ReportSheet, name: string, index: number, p: string): string {
  const q = quotedSheet(name);
  const lastCol = columnLetters(Math.max(1, sheet.widths.length) - 1);
  const filter = hasFilter(sheet)
    ? `<${p}definedName name="_xlnm._FilterDatabase" localSheetId="${index}" hidden="1">${escapeText(`${q}!$A$1:$${lastCol}$1`)}</${p}definedName>`
    : "";
  const [first, last] = sheet.page?.repeatRows ?? [1, 1];
  return `${filter}<${p}definedName name="_xlnm.Print_Titles" localSheetId="${index}">${escapeText(`${q}!$${first}:$${last}`)}</${p}definedName>`;
}
