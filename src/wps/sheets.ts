import { a1 } from "../core";
import { BridgeError } from "../excel/errors";
import { missingSheetError, protectedSheetError } from "../excel/refusals";
import { addressLists } from "../excel/batch";
import type { WpsApplication, WpsRange, WpsWorkbook, WpsWorksheet } from "./om";

/** The open workbook, or a message saying there is none. */
export function activeBook(app: WpsApplication): WpsWorkbook {
  const book = app.ActiveWorkbook;
  if (!book) {
    throw new BridgeError(
      "WPS 表格中没有打开的工作簿：请先打开要检查的预算表。",
      "No workbook is open in WPS Spreadsheets: open the budget to check first.",
    );
  }
  return book;
}

export interface SheetInfo {
  ws: WpsWorksheet;
  name: string;
  /** XlSheetVisibility as read. */
  visible: number;
}

/** Every sheet in tab order, with its name and visibility: three calls a sheet, none a row. */
export function listSheets(book: WpsWorkbook): SheetInfo[] {
  const sheets = book.Worksheets;
  const out: SheetInfo[] = [];
  for (let i = 1, n = sheets.Count; i <= n; i++) {
    const ws = sheets.Item(i);
    out.push({ ws, name: ws.Name, visible: ws.Visible });
  }
  return out;
}

/** A range's cells as rows of columns, whatever WPS handed over (a scalar for one cell, a 2D array otherwise). */
export function grid(v: unknown, rows: number, cols: number): unknown[][] {
  if (rows === 1 && cols === 1 && !Array.isArray(v)) return [[v]];
  if (!Array.isArray(v)) return Array.from({ length: rows }, () => new Array<unknown>(cols).fill(v));
  return v.map((row) => (Array.isArray(row) ? row : [row]));
}

/** "B3" or "B3:D9" from 0-based inclusive coordinates. */
export function rangeA1(top: number, left: number, bottom: number, right: number): string {
  const a = a1(top, left);
  return top === bottom && left === right ? a : `${a}:${a1(bottom, right)}`;
}

/** A range's 0-based rectangle: its top-left cell and size. */
export function rectOf(r: WpsRange): { top: number; left: number; bottom: number; right: number } {
  const top = r.Row - 1;
  const left = r.Column - 1;
  return { top, left, bottom: top + r.Rows.Count - 1, right: left + r.Columns.Count - 1 };
}

/**
 * The worksheets to be written, by name, after checking that each exists and none is protected: a missing or
 * protected sheet is named and nothing is written.
 */
export function writableSheets(book: WpsWorkbook, names: Iterable<string>): Map<string, WpsWorksheet> {
  const all = [...new Set(names)];
  const byName = new Map(listSheets(book).map((s) => [s.name, s.ws]));
  const missing = all.filter((n) => !byName.has(n));
  if (missing.length) throw missingSheetError(missing);
  const locked = all.filter((n) => byName.get(n)!.ProtectContents);
  if (locked.length) throw protectedSheetError(locked, "wps");
  return byName;
}

/** What WPS raised during writes, as a message naming the sheets (a protected sheet refuses them). */
export function explainWrite(err: unknown, book: WpsWorkbook, sheets: Iterable<string>): unknown {
  if (err instanceof BridgeError) return err;
  const all = [...new Set(sheets)];
  try {
    const byName = new Map(listSheets(book).map((s) => [s.name, s.ws]));
    const locked = all.filter((n) => byName.get(n)?.ProtectContents);
    if (locked.length) return protectedSheetError(locked, "wps", true);
  } catch {
    // the original error says more
  }
  const detail = err instanceof Error ? err.message : String(err);
  return new BridgeError(`WPS 拒绝了写入：${detail}`, `WPS refused the write: ${detail}`, all[0]);
}

/**
 * Comma-joined lists of addresses for one multi-area Range call each, every list within the 255 characters the
 * object model accepts for a reference: a fill or a bold row goes to hundreds of cells in one call.
 */
export function areaLists(addresses: readonly string[]): string[] {
  return addressLists(addresses, 255);
}
