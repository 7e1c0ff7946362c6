import {
  normaliseSheet,
  unreadHiddenSheet,
  type HostValue,
  type MergedRange,
  type SheetSnapshot,
  type WorkbookSnapshot,
} from "../core";
import type { ReadProgress } from "../excel/bridge";
import { BridgeError } from "../excel/errors";
import { ourSheets, RESULTS_SHEET_NAMES, SETTING_RESULTS } from "../excel/results-sheet";
import { isLegacyResults } from "../excel/read-sheets";
import { ERROR_VALUES, XL_SHEET_VISIBLE, type WpsApplication, type WpsWorksheet } from "./om";
import { activeBook, grid, listSheets, rangeA1, rectOf } from "./sheets";
import { Store, STORE_SHEET } from "./store";

/**
 * Reads the open workbook into the snapshot every host produces (src/core/snapshot): per visible sheet, its used
 * range's Value2 (dates as serial numbers, decided by their number format as Office.js's are) and Formula, each in
 * one call for the whole sheet; the number formats of its numeric cells and its merged areas (below). Hidden sheets
 * are listed as hidden and read only when asked, our own sheets (the store, the results sheets) are left out.
 *
 * Calls per sheet: a constant for the used range, plus, for number formats, one call per numeric column where the
 * column's numbers share a format (NumberFormat answers null for a range whose cells differ, and only then is the
 * column halved), and for merges, MergeCells halving from the whole sheet down to each merged area — so calls grow
 * with format changes and merged areas (× log rows), never with the number of lines.
 */
export function readWpsWorkbook(
  app: WpsApplication,
  onProgress?: (p: ReadProgress) => void,
  opts: { includeHidden?: boolean } = {},
): WorkbookSnapshot {
  const book = activeBook(app);
  const sheets = listSheets(book);
  const ours = ourSheets(Store.load(book, sheets).get(SETTING_RESULTS));
  const date1904 = book.Date1904 === true;
  const listed = sheets.filter((s) => s.name !== STORE_SHEET && !ours.has(s.name));
  const toRead = listed.filter((s) => s.visible === XL_SHEET_VISIBLE || opts.includeHidden);
  const out: SheetSnapshot[] = [];
  let read = 0;
  for (const s of listed) {
    const hidden = s.visible !== XL_SHEET_VISIBLE;
    if (hidden && !opts.includeHidden) {
      out.push(unreadHiddenSheet(s.name));
      continue;
    }
    onProgress?.({ sheet: s.name, sheetIndex: read++, sheetCount: toRead.length });
    let sheet: SheetSnapshot | null;
    try {
      sheet = readSheet(s.ws, s.name, date1904);
    } catch (err) {
      const detail = err instanceof Error ? err.message : String(err);
      throw new BridgeError(
        `读取工作表“${s.name}”失败：${detail}`,
        `Could not read sheet "${s.name}": ${detail}`,
        s.name,
      );
    }
    if (!sheet) continue;
    if (RESULTS_SHEET_NAMES.includes(s.name) && isLegacyResults(sheet)) continue;
    out.push(hidden ? { ...sheet, hidden: true } : sheet);
  }
  return { name: "当前工作簿", sheets: out };
}

function readSheet(ws: WpsWorksheet, name: string, date1904: boolean): SheetSnapshot | null {
  const used = ws.UsedRange;
  const { top, left, bottom, right } = rectOf(used);
  const rows = bottom - top + 1;
  const cols = right - left + 1;
  const values = grid(used.Value2, rows, cols);
  const formulas = grid(used.Formula, rows, cols);
  if (!values.some((row) => row.some((v) => v !== undefined && v !== null && v !== ""))) {
    if (!formulas.some((row) => row.some((f) => typeof f === "string" && f.startsWith("=")))) return null;
  }
  // A formula's error result comes over as the error Variant's number; the snapshot holds the text Excel shows.
  for (let r = 0; r < values.length; r++) {
    for (let c = 0; c < values[r].length; c++) {
      const v = values[r][c];
      const f = formulas[r]?.[c];
      if (typeof v === "number" && typeof f === "string" && f.startsWith("=") && ERROR_VALUES[v])
        values[r][c] = ERROR_VALUES[v];
    }
  }
  return normaliseSheet({
    name,
    origin: { row: top, col: left },
    values: values as HostValue[][],
    formulas,
    numberFormats: numberFormats(ws, values, top, left),
    merges: mergedAreas(ws, top, left, bottom, right),
    date1904,
  });
}

/**
 * The number formats the engine reads — those of numbers (a serial under a date format is a date, a rate under a
 * percentage format a percentage); text and empty cells need none. Per column, one NumberFormat call over the span
 * of its numbers; a span whose cells differ (null) is halved until each part answers.
 */
function numberFormats(ws: WpsWorksheet, values: unknown[][], top: number, left: number): (string | null)[][] {
  const formats: (string | null)[][] = values.map((row) => new Array<string | null>(row.length).fill(null));
  const width = values.reduce((m, row) => Math.max(m, row.length), 0);
  for (let c = 0; c < width; c++) {
    const numeric: number[] = [];
    for (let r = 0; r < values.length; r++) if (typeof values[r][c] === "number") numeric.push(r);
    const walk = (lo: number, hi: number): void => {
      const first = numeric[lo];
      const last = numeric[hi - 1];
      const f = ws.Range(rangeA1(top + first, left + c, top + last, left + c)).NumberFormat;
      if (typeof f === "string") {
        for (let i = lo; i < hi; i++) formats[numeric[i]][c] = f;
        return;
      }
      if (hi - lo <= 1) return;
      const mid = (lo + hi) >> 1;
      walk(lo, mid);
      walk(mid, hi);
    };
    if (numeric.length) walk(0, numeric.length);
  }
  return formats;
}

/**
 * Every merged area meeting the used range: MergeCells over a block says none (false), all (true) or some (null);
 * a block wholly inside one merged area is that area, a block with none is passed over, any other is halved (rows
 * first, then columns). The area of a merged cell comes from MergeArea.
 */
function mergedAreas(ws: WpsWorksheet, top: number, left: number, bottom: number, right: number): MergedRange[] {
  const found = new Map<string, MergedRange>();
  const areaAt = (row: number, col: number): MergedRange => {
    const area = rectOf(ws.Cells.Item(row + 1, col + 1).MergeArea);
    const key = `${area.top},${area.left}`;
    if (!found.has(key)) found.set(key, area);
    return area;
  };
  const walk = (t: number, l: number, b: number, r: number): void => {
    const merged = ws.Range(rangeA1(t, l, b, r)).MergeCells;
    if (merged === false) return;
    if (merged === true) {
      const area = areaAt(t, l);
      if (area.top <= t && area.left <= l && area.bottom >= b && area.right >= r) return;
    }
    if (b > t) {
      const mid = (t + b) >> 1;
      walk(t, l, mid, r);
      walk(mid + 1, l, b, r);
    } else if (r > l) {
      const mid = (l + r) >> 1;
      walk(t, l, b, mid);
      walk(t, mid + 1, b, r);
    }
  };
  walk(top, left, bottom, right);
  return [...found.values()];
}
