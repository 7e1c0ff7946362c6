import { columnIndex, columnLetters } from "../core";
import { childrenOf, type Edit, type Element, getAttr, getAttrLocal, rootElement } from "./xml-edit";

/** A worksheet part's text, read once to find what the copy edits in it. */
export interface SheetPart {
  xml: string;
  root: Element;
  /** The prefix SpreadsheetML elements carry in this part ("" or "x:"). */
  p: string;
  /** Where <sheetData> opens and where its content ends (both its open tag for an empty <sheetData/>). */
  data: { open: number; openEnd: number; contentEnd: number; empty: boolean } | null;
  /** The r:id of its <legacyDrawing> (the VML its notes are drawn with), if any. */
  legacyDrawingId: string | null;
  /** Whether the root binds the prefix "r" to `rel` (the relationships namespace of the package's flavour). */
  bindsR(rel: string): boolean;
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const R_ROW = /(?:^|\s)r\s*=\s*["'](\d+)["']/;
const R_CELL = /(?:^|\s)r\s*=\s*["']\$?([A-Za-z]{1,3})\$?(\d+)["']/;
const S_ATTR = /(?:^|\s)s\s*=\s*["'](\d+)["']/;

/** Top-level elements that come after <legacyDrawing> in CT_Worksheet (and mc:AlternateContent, which wraps them). */
const AFTER_LEGACY = new Set([
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
  "AlternateContent",
]);

export function readSheetPart(xml: string): SheetPart | null {
  const root = rootElement(xml);
  if (!root || root.open.local !== "worksheet" || root.open.kind === "empty") return null;
  const p = root.open.qname.slice(0, root.open.qname.length - root.open.local.length);
  const open = new RegExp(`<${esc(p)}sheetData(?=[\\s/>])[^>]*>`, "g");
  open.lastIndex = root.open.end;
  const m = open.exec(xml);
  let data: SheetPart["data"] = null;
  if (m) {
    const openEnd = m.index + m[0].length;
    const empty = m[0].endsWith("/>");
    const contentEnd = empty ? m.index : xml.indexOf(`</${p}sheetData>`, openEnd);
    if (contentEnd >= 0) data = { open: m.index, openEnd, contentEnd, empty };
  }
  const tailFrom = data ? (data.empty ? data.openEnd : xml.indexOf(">", data.contentEnd) + 1) : root.open.end;
  const legacy = childrenOf(xml, root, tailFrom).find((c) => c.open.local === "legacyDrawing");
  return {
    xml,
    root,
    p,
    data,
    legacyDrawingId: legacy ? (getAttrLocal(legacy.open.attrs, "id") ?? null) : null,
    bindsR: (rel) => getAttr(root.open.attrs, "xmlns:r") === rel,
  };
}

/** The style a cell that is not written yet shows: its row's (when the row says so), else its column's, else 0. */
function columnStyles(sheet: SheetPart): (col: number) => number {
  const cols: { min: number; max: number; style: number }[] = [];
  if (sheet.data) {
    const re = new RegExp(`<${esc(sheet.p)}col(?=[\\s/>])([^>]*)>`, "g");
    const head = sheet.xml.slice(sheet.root.open.end, sheet.data.open);
    for (const m of head.matchAll(re)) {
      const style = Number(getAttr(m[1], "style") ?? 0);
      if (style) cols.push({ min: Number(getAttr(m[1], "min")), max: Number(getAttr(m[1], "max")), style });
    }
  }
  return (col) => cols.find((c) => c.min <= col && col <= c.max)?.style ?? 0;
}

/**
 * Edits that give each target cell (1-based row → 1-based columns, ascending) the cell format `restyle(row, col,
 * its current format)` returns: the `s` of its <c> set, or a <c> with only that style inserted where the cell is not
 * written (in a new <row> where the row is not either). Nothing else in the sheet changes; rows other than the
 * targets' are passed over, not parsed. Rows and cells without `r` count from the one before, as Excel reads them.
 */
export function styleEdits(
  sheet: SheetPart,
  targets: Map<number, number[]>,
  restyle: (row: number, col: number, s: number) => number,
): Edit[] {
  const { xml, p } = sheet;
  const edits: Edit[] = [];
  const rows = [...targets.keys()].sort((a, b) => a - b);
  if (!rows.length) return edits;
  const colStyle = columnStyles(sheet);
  const newCells = (row: number, cols: number[], base: number) =>
    cols
      .map((col) => `<${p}c r="${columnLetters(col - 1)}${row}" s="${restyle(row, col, base || colStyle(col))}"/>`)
      .join("");
  const newRow = (row: number) => `<${p}row r="${row}">${newCells(row, targets.get(row)!, 0)}</${p}row>`;
  if (!sheet.data) throw new Error("worksheet without sheetData");
  const data = sheet.data;
  if (data.empty) {
    const tag = xml.slice(data.open, data.openEnd);
    edits.push([
      data.open,
      data.openEnd - data.open,
      `${tag.replace(/\s*\/>$/, ">")}${rows.map(newRow).join("")}</${p}sheetData>`,
    ]);
    return edits;
  }
  const rowRe = new RegExp(`<${esc(p)}row(?=[\\s/>])([^>]*?)(/?)>`, "g");
  rowRe.lastIndex = data.openEnd;
  const rowClose = `</${p}row>`;
  let prev = 0;
  let next = 0;
  while (next < rows.length) {
    const m = rowRe.exec(xml);
    if (!m || m.index >= data.contentEnd) break;
    const r = R_ROW.exec(m[1]);
    const row = r ? Number(r[1]) : prev + 1;
    prev = row;
    while (next < rows.length && rows[next] < row) edits.push([m.index, 0, newRow(rows[next++])]);
    if (rows[next] !== row) continue;
    next++;
    const cols = targets.get(row)!;
    const rowStyle = /(?:^|\s)customFormat\s*=\s*["'](1|true)["']/.test(m[1]) ? Number(S_ATTR.exec(m[1])?.[1] ?? 0) : 0;
    const openEnd = m.index + m[0].length;
    if (m[2]) {
      // <row r="5"/>: opened, given its cells, closed.
      edits.push([m.index, m[0].length, `${m[0].replace(/\s*\/>$/, ">")}${newCells(row, cols, rowStyle)}${rowClose}`]);
      continue;
    }
    const closeAt = xml.indexOf(rowClose, openEnd);
    if (closeAt < 0) throw new Error("unclosed row");
    rowRe.lastIndex = closeAt;
    const cellRe = new RegExp(`<${esc(p)}c(?=[\\s/>])([^>]*?)(/?)>`, "g");
    cellRe.lastIndex = openEnd;
    let prevCol = 0;
    let k = 0;
    for (let c = cellRe.exec(xml); c && c.index < closeAt && k < cols.length; c = cellRe.exec(xml)) {
      const ref = R_CELL.exec(c[1]);
      const col = ref ? columnIndex(ref[1].toUpperCase()) + 1 : prevCol + 1;
      prevCol = col;
      const before: number[] = [];
      while (k < cols.length && cols[k] < col) before.push(cols[k++]);
      if (before.length) edits.push([c.index, 0, newCells(row, before, rowStyle)]);
      if (cols[k] === col) {
        k++;
        const s = Number(S_ATTR.exec(c[1])?.[1] ?? 0);
        const name = c[0].slice(1, 1 + p.length + 1);
        const next = String(restyle(row, col, s));
        const attrs = S_ATTR.test(c[1])
          ? c[1].replace(
              S_ATTR,
              (whole, v: string) => whole.slice(0, whole.length - v.length - 1) + next + whole.slice(-1),
            )
          : `${c[1]} s="${next}"`;
        edits.push([c.index + 1 + name.length, c[1].length, attrs]);
      }
    }
    if (k < cols.length) edits.push([closeAt, 0, newCells(row, cols.slice(k), rowStyle)]);
  }
  if (next < rows.length) edits.push([data.contentEnd, 0, rows.slice(next).map(newRow).join("")]);
  return edits;
}

/** The edit that puts `element` (a <legacyDrawing>) at its place among the worksheet's top-level elements. */
export function legacyDrawingEdit(sheet: SheetPart, element: string): Edit {
  const { xml, root, data } = sheet;
  const tailFrom = data ? (data.empty ? data.openEnd : xml.indexOf(">", data.contentEnd) + 1) : root.open.end;
  const after = childrenOf(xml, root, tailFrom).find((c) => AFTER_LEGACY.has(c.open.local));
  return [after ? after.open.start : root.contentEnd, 0, element];
}
