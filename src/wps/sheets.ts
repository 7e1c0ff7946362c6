import { a1 } from "../core";
import { BridgeError } from "../excel/errors";
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

const list = (sheets: readonly string[]) => [...new Set(sheets)].map((s) => `“${s}”`).join("、");
const listEn = (sheets: readonly string[]) => [...new Set(sheets)].map((s) => `"${s}"`).join(", ");

/** Writing to protected sheets, in WPS's words (审阅 → 撤销工作表保护); `late` when WPS refused part-way. */
export function protectedError(sheets: readonly string[], late = false): BridgeError {
  const many = new Set(sheets).size > 1;
  const how = "请在 WPS 表格的“审阅”选项卡中点击“撤销工作表保护”（如设有密码，需向设置保护的人索取），然后重试。";
  const howEn = `Unprotect ${many ? "them" : "it"} first (Review → Unprotect Sheet in WPS Spreadsheets), then try again.`;
  return new BridgeError(
    late
      ? `工作表${list(sheets)}受保护，WPS 拒绝了写入，可能只写入了一部分。${how}`
      : `工作表${list(sheets)}受保护，未写入任何内容。${how}`,
    late
      ? `Sheet${many ? "s" : ""} ${listEn(sheets)} ${many ? "are" : "is"} protected: WPS refused the write, which may be incomplete. ${howEn}`
      : `Sheet${many ? "s" : ""} ${listEn(sheets)} ${many ? "are" : "is"} protected, so nothing was written. ${howEn}`,
    sheets[0],
  );
}

function missingError(sheets: readonly string[]): BridgeError {
  return new BridgeError(
    `找不到工作表${list(sheets)}：检查之后它被重命名或删除了，请重新检查。`,
    `Sheet ${listEn(sheets)} is gone (renamed or deleted since the check); check again.`,
    sheets[0],
  );
}

/**
 * The worksheets to be written, by name, after checking that each exists and none is protected: a missing or
 * protected sheet is named and nothing is written.
 */
export function writableSheets(book: WpsWorkbook, names: Iterable<string>): Map<string, WpsWorksheet> {
  const all = [...new Set(names)];
  const byName = new Map(listSheets(book).map((s) => [s.name, s.ws]));
  const missing = all.filter((n) => !byName.has(n));
  if (missing.length) throw missingError(missing);
  const locked = all.filter((n) => byName.get(n)!.ProtectContents);
  if (locked.length) throw protectedError(locked);
  return byName;
}

/** What WPS raised during writes, as a message naming the sheets (a protected sheet refuses them). */
export function explainWrite(err: unknown, book: WpsWorkbook, sheets: Iterable<string>): unknown {
  if (err instanceof BridgeError) return err;
  const all = [...new Set(sheets)];
  try {
    const byName = new Map(listSheets(book).map((s) => [s.name, s.ws]));
    const locked = all.filter((n) => byName.get(n)?.ProtectContents);
    if (locked.length) return protectedError(locked, true);
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
export function areaLists(addresses: readonly string[], limit = 255): string[] {
  const lists: string[] = [];
  let current = "";
  for (const a of addresses) {
    if (current && current.length + 1 + a.length > limit) {
      lists.push(current);
      current = "";
    }
    current = current ? `${current},${a}` : a;
  }
  if (current) lists.push(current);
  return lists;
}
