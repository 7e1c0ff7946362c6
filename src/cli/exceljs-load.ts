/* eslint-disable @typescript-eslint/no-require-imports */
import ExcelJS from "exceljs";
import { packedRow } from "./packed-row";
import type { CellValue, MergedRange, SheetSnapshot, WorkbookSnapshot } from "../core/snapshot/types";

/**
 * The part of exceljs 4.4.0's `xlsx.load()` (lib/xlsx/xlsx.js) that the checker needs, fed with parts this CLI
 * has already inflated and checked (read-xlsx.ts) instead of a zip that JSZip would copy and inflate again.
 * It builds the same model with exceljs' own parsers and reconcile step, for the XML parts only: workbook,
 * relationships, shared strings, styles, worksheets. exceljs is pinned to 4.4.0 (package.json); the test
 * "the fast loader builds the snapshot exceljs builds" compares the two on every test workbook.
 */

type Xform = { parseStream(stream: AsyncIterable<string>): Promise<unknown> };
type XformClass = new (options?: unknown) => Xform;
const StylesXform = require("exceljs/lib/xlsx/xform/style/styles-xform") as XformClass;
const SharedStringsXform = require("exceljs/lib/xlsx/xform/strings/shared-strings-xform") as XformClass;
const WorksheetXform = require("exceljs/lib/xlsx/xform/sheet/worksheet-xform") as XformClass;

interface Xlsx {
  parseRels(stream: AsyncIterable<string>): Promise<unknown>;
  parseWorkbook(stream: AsyncIterable<string>): Promise<Record<string, unknown>>;
  reconcile(model: Record<string, unknown>, options?: unknown): void;
}

/** The text of a part in the chunks exceljs feeds its SAX parser (16 K characters, as in xlsx.load). */
function* chunks(data: Buffer): Generator<string> {
  const text = data.toString("utf8");
  for (let i = 0; i < text.length; i += 16384) yield text.substring(i, i + 16384);
}
async function* stream(data: Buffer): AsyncGenerator<string> {
  yield* chunks(data);
}

/** Fills `wb` from already-inflated parts (names without a leading "/", in zip order), as xlsx.load would. */
export async function loadParts(wb: ExcelJS.Workbook, parts: ReadonlyMap<string, Buffer>): Promise<void> {
  const model = await parseParts(wb, parts);
  (wb as unknown as { model: unknown }).model = model;
}

/** exceljs' model of the parts, reconciled (shared strings, styles, dates and shared formulas resolved). */
async function parseParts(wb: ExcelJS.Workbook, parts: ReadonlyMap<string, Buffer>, reconcile = true): Promise<Record<string, unknown>> {
  const xlsx = wb.xlsx as unknown as Xlsx;
  const model: Record<string, unknown> & { worksheets: unknown[]; worksheetHash: Record<string, unknown> } = {
    worksheets: [], worksheetHash: {}, worksheetRels: [], themes: {}, media: [], mediaIndex: {},
    drawings: {}, drawingRels: {}, comments: {}, tables: {}, vmlDrawings: {},
  };
  for (const [name, data] of parts) {
    switch (name) {
      case "_rels/.rels":
        model.globalRels = await xlsx.parseRels(stream(data));
        break;
      case "xl/workbook.xml": {
        const workbook = await xlsx.parseWorkbook(stream(data));
        model.sheets = workbook.sheets;
        model.definedNames = workbook.definedNames;
        model.views = workbook.views;
        model.properties = workbook.properties;
        model.calcProperties = workbook.calcProperties;
        break;
      }
      case "xl/_rels/workbook.xml.rels":
        model.workbookRels = await xlsx.parseRels(stream(data));
        break;
      case "xl/sharedStrings.xml": {
        const xform = new SharedStringsXform();
        await xform.parseStream(stream(data));
        model.sharedStrings = xform;
        break;
      }
      case "xl/styles.xml": {
        const xform = new StylesXform();
        await xform.parseStream(stream(data));
        model.styles = xform;
        break;
      }
      default: {
        const match = /xl\/worksheets\/sheet(\d+)[.]xml/.exec(name);
        if (match) {
          const worksheet = (await new WorksheetXform().parseStream(stream(data))) as Record<string, unknown>;
          worksheet.sheetNo = match[1];
          model.worksheetHash[name] = worksheet;
          model.worksheets.push(worksheet);
        }
      }
    }
  }
  if (reconcile) xlsx.reconcile(model);
  return model;
}

// ---------------------------------------------------------------------------------------------------------
// The snapshot straight from exceljs' parsed model, without building its Worksheet/Row/Cell objects (a third of
// the load). Only for the common case: anything this does not reproduce exactly returns null, and the caller
// builds the exceljs workbook instead (read-xlsx.ts). Mirrors read-xlsx.ts sheetSnapshot() over exceljs 4.4.0:
// Worksheet.model (rows, then merges), Row.eachCell (cells that are not Null), Cell.value / formula / numFmt.
// ---------------------------------------------------------------------------------------------------------

const { slideFormula } = require("exceljs/lib/utils/shared-formula") as { slideFormula(f: string, from: string, to: string): string };

/** exceljs' Enums.ValueType. */
const T = { Null: 0, Merge: 1, Number: 2, String: 3, Date: 4, Hyperlink: 5, Formula: 6, SharedString: 7, RichText: 8, Boolean: 9, Error: 10 } as const;

interface CellModel {
  address: string;
  type: number;
  value?: unknown;
  formula?: string;
  sharedFormula?: string;
  result?: unknown;
  style?: { numFmt?: string };
}
interface SheetModel {
  id?: number;
  name?: string;
  state?: string;
  rows: { number: number; cells: CellModel[] }[];
  mergeCells?: string[];
}

/** "AB12" → { row: 12, col: 28 } (absolute "$" allowed); null for anything else. */
function decode(a1: string): { row: number; col: number } | null {
  let i = 0;
  let col = 0;
  let row = 0;
  if (a1.charCodeAt(i) === 36) i++;
  for (let ch = a1.charCodeAt(i); ch >= 65 && ch <= 90; ch = a1.charCodeAt(++i)) col = col * 26 + ch - 64;
  if (a1.charCodeAt(i) === 36) i++;
  const digits = i;
  for (let ch = a1.charCodeAt(i); ch >= 48 && ch <= 57; ch = a1.charCodeAt(++i)) row = row * 10 + ch - 48;
  if (!col || i === digits || i !== a1.length) return null;
  return { row, col };
}

/** A value as read-xlsx's plain() gives it; undefined: not reproduced here. */
function scalar(v: unknown): CellValue | undefined {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object" && "error" in v) return String((v as { error: unknown }).error);
  return undefined;
}

/** Cell.value as read-xlsx's plain() turns it into a snapshot value; undefined: not reproduced here. */
function plainValue(c: CellModel): CellValue | undefined {
  switch (c.type) {
    case T.Number:
      return typeof c.value === "number" ? c.value : scalar(c.value);
    case T.Boolean:
    case T.Date:
    case T.Error:
      return scalar(c.value);
    case T.String:
      return typeof c.value === "string" ? c.value : undefined;
    case T.RichText: {
      const runs = (c.value as { richText?: { text?: unknown }[] })?.richText;
      return Array.isArray(runs) ? runs.map((r) => r.text).join("") : undefined;
    }
    case T.Formula:
      return scalar(c.result);
    default:
      return undefined;
  }
}

/** A cell exceljs creates for a merge: no value of its own. */
const MERGED: CellModel = { address: "", type: T.Merge };
const EMPTY_MASTER: CellModel = { address: "", type: T.Null };

function sheetFromModel(ws: SheetModel): SheetSnapshot | null {
  // The rows and cells exceljs would create, indexed by row then column: every <row>, every <c> that is not
  // an empty unstyled one (Row.model skips those), and every cell of every merge.
  const grid: (CellModel | undefined)[][] = [];
  const byAddress = new Map<string, CellModel>();
  const rowOf = (r: number) => grid[r] ?? (grid[r] = []);
  for (const row of ws.rows) {
    const cells = rowOf(row.number);
    for (const c of row.cells) {
      if (c.type === T.Merge) continue;
      if (c.type === T.Hyperlink) return null; // resolved from relationships: left to exceljs' own model
      const pos = decode(c.address);
      if (!pos || pos.row !== row.number || cells[pos.col]) return null;
      cells[pos.col] = c;
      if (c.type === T.Formula && c.formula) byAddress.set(c.address, c);
    }
  }
  const merges: MergedRange[] = [];
  const merged = new Set<number>();
  for (const range of ws.mergeCells ?? []) {
    const [a, b, extra] = range.split(":").map(decode);
    if (!a || !b || extra !== undefined || a.row > b.row || a.col > b.col) return null;
    for (let r = a.row; r <= b.row; r++) {
      const cells = rowOf(r);
      for (let c = a.col; c <= b.col; c++) {
        const key = r * 16384 + c;
        if (merged.has(key)) return null; // overlapping merges: exceljs throws, let it say so
        merged.add(key);
        if (r === a.row && c === a.col) cells[c] ??= EMPTY_MASTER;
        else cells[c] = MERGED;
      }
    }
    merges.push({ top: a.row - 1, left: a.col - 1, bottom: b.row - 1, right: b.col - 1 });
  }
  // Worksheet.rowCount (the last row exceljs holds), actualRowCount and columnCount (rows with values only).
  const rowCount = grid.length ? grid.length - 1 : 0;
  let withValues = false;
  let cols = 0;
  for (let r = 1; r <= rowCount; r++) {
    const cells = grid[r];
    if (!cells) continue;
    for (let c = 1; c < cells.length; c++) {
      const cell = cells[c];
      if (cell !== undefined && cell.type !== T.Null) {
        withValues = true;
        if (cells.length - 1 > cols) cols = cells.length - 1;
        break;
      }
    }
  }
  const rows = withValues ? rowCount : 0;
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  for (let r = 1; r <= rows; r++) {
    const { v, f, n } = packedRow(cols);
    const cells = grid[r];
    if (cells) {
      for (let c = 1; c < cells.length && c <= cols; c++) {
        const cell = cells[c];
        if (cell === undefined || cell.type === T.Null || cell.type === T.Merge) continue;
        const value = plainValue(cell);
        if (value === undefined) return null;
        v[c - 1] = value;
        if (cell.type === T.Formula) {
          let formula = cell.formula;
          if (!formula && cell.sharedFormula) {
            const master = byAddress.get(cell.sharedFormula);
            if (!master?.formula) return null;
            formula = slideFormula(master.formula, master.address, cell.address);
          }
          if (formula) f[c - 1] = `=${formula}`;
        }
        n[c - 1] = cell.style?.numFmt ?? null;
      }
    }
    values.push(v);
    formulas.push(f);
    numberFormats.push(n);
  }
  return { name: ws.name ?? "", origin: { row: 0, col: 0 }, values, formulas, numberFormats, merges, hidden: (ws.state || "visible") !== "visible" };
}

/**
 * The snapshot of a workbook from its inflated parts, with exceljs' parsers but not its object model; null when
 * the workbook has something only exceljs' own model reproduces (then load it with loadParts and snapshotOf).
 */
export async function snapshotFromParts(parts: ReadonlyMap<string, Buffer>, name: string): Promise<WorkbookSnapshot | null> {
  const model = await parseParts(new ExcelJS.Workbook(), parts, false);
  const worksheets = reconcileForSnapshot(model);
  if (!worksheets) return null;
  const sheets = worksheets.map((ws) => ({ ws, order: (model.sheets as { id: number }[] | undefined)?.findIndex((s) => s.id === ws.id) ?? -1 }));
  const ids = new Set<number>();
  for (const { ws } of sheets) {
    if (typeof ws.id !== "number" || ws.id < 1 || ids.has(ws.id)) return null;
    ids.add(ws.id);
  }
  sheets.sort((a, b) => a.order - b.order);
  const out: SheetSnapshot[] = [];
  for (const { ws } of sheets) {
    const sheet = sheetFromModel(ws);
    if (!sheet) return null;
    out.push(sheet);
  }
  return { name, sheets: out };
}

const utils = require("exceljs/lib/utils/utils") as { isDateFmt(fmt: string): boolean; excelToDate(v: number, date1904?: boolean): Date };

interface RawCell extends CellModel {
  styleId?: number | string;
  shareType?: string;
  ref?: string;
  si?: string | number;
}

/**
 * What exceljs' xlsx.reconcile() does to the parts the snapshot uses — sheet names, ids and states from the
 * workbook and its relationships; per cell: shared strings, rich text, number formats, dates, shared formulas —
 * with number formats and date tests looked up once per style rather than once per cell. Null: a case only
 * exceljs' own reconcile handles (hyperlinks, a string index out of range…).
 */
function reconcileForSnapshot(model: Record<string, unknown>): SheetModel[] | null {
  const rels: Record<string, { Target: string }> = {};
  for (const rel of (model.workbookRels as { Id: string; Target: string }[] | undefined) ?? []) rels[rel.Id] = rel;
  const hash = model.worksheetHash as Record<string, SheetModel & { hyperlinks?: { rId?: string }[] }>;
  for (const sheet of (model.sheets as { rId: string; name: string; id: number; state?: string }[] | undefined) ?? []) {
    const rel = rels[sheet.rId];
    if (!rel) continue;
    const ws = hash[`xl/${rel.Target.replace(/^(\s|\/xl\/)+/, "")}`];
    if (ws) Object.assign(ws, { name: sheet.name, id: sheet.id, state: sheet.state });
  }
  const styles = model.styles as { getStyleModel(id: number | string): { numFmt?: string } | null } | undefined;
  const strings = model.sharedStrings as { getString(i: number): unknown } | undefined;
  const date1904 = (model.properties as { date1904?: boolean } | undefined)?.date1904;
  const styleOf = new Map<number | string, { style: { numFmt?: string } | null; date: boolean }>();
  const style = (id: number | string | undefined) => {
    if (!id || !styles) return { style: null, date: false };
    let s = styleOf.get(id);
    if (!s) {
      const st = styles.getStyleModel(id);
      styleOf.set(id, (s = { style: st, date: Boolean(st && utils.isDateFmt(st.numFmt as string)) }));
    }
    return s;
  };
  const worksheets = model.worksheets as (SheetModel & { hyperlinks?: { rId?: string }[] })[];
  for (const ws of worksheets) {
    if (ws.hyperlinks?.some((h) => h.rId)) return null;
    const formulae: Record<string, string> = {};
    ws.rows = (ws.rows ?? []).filter(Boolean);
    for (const row of ws.rows) {
      row.cells = (row.cells ?? []).filter(Boolean);
      for (const c of row.cells as RawCell[]) {
        const { style: st, date } = style(c.styleId);
        if (st) c.style = st;
        c.styleId = undefined;
        switch (c.type) {
          case T.String:
            if (typeof c.value === "number" && strings) c.value = strings.getString(c.value);
            if (c.value === undefined || c.value === null) return null; // exceljs fails on it: let it say so
            if ((c.value as { richText?: unknown }).richText) c.type = T.RichText;
            break;
          case T.Number:
            if (date) {
              c.type = T.Date;
              c.value = utils.excelToDate(c.value as number, date1904);
            }
            break;
          case T.Formula:
            if (c.result !== undefined && date) c.result = utils.excelToDate(c.result as number, date1904);
            if (c.shareType === "shared") {
              if (c.ref) formulae[String(c.si)] = c.address;
              else {
                c.sharedFormula = formulae[String(c.si)];
                delete c.shareType;
              }
              delete c.si;
            }
            break;
          default:
            break;
        }
      }
    }
  }
  return worksheets;
}
