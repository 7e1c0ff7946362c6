import {
  a1,
  normaliseSheet,
  unreadHiddenSheet,
  type HostValue,
  type MergedRange,
  type SheetSnapshot,
  type WorkbookSnapshot,
} from "../core";
import type { HostCapabilities, ReadProgress } from "./bridge";
import type { ExcelRun } from "./host";
import { BridgeError, isPayloadLimit, isRequestTooLarge } from "./errors";
import { RESPONSE_BUDGET, utf8Bytes } from "./batch";
import { parseRangeAddress } from "./addresses";
import { ourSheets, RESULTS_SHEET_NAMES, SETTING_RESULTS } from "./results-sheet";
import { queueReadSetting } from "./settings";

type Grid = unknown[][];

/**
 * Reads the workbook into a snapshot: one sync for the sheet list, then one sync per visible sheet that loads
 * its used range (values, formulas, number formats, merged areas) whole. Only a sheet whose data is too big
 * for one Excel on the web response (5 MB) is read again in row blocks, so syncs grow with megabytes, never
 * with the number of lines of an ordinary budget. Hidden sheets are listed as hidden — read only when the user
 * includes them — so the engine skips and names them exactly as it does for the CLI (domain.md §3.9).
 */
export async function readSheets(
  run: ExcelRun,
  caps: HostCapabilities,
  onProgress?: (p: ReadProgress) => void,
  opts: { includeHidden?: boolean; getFile?: () => Promise<Uint8Array> } = {},
): Promise<WorkbookSnapshot> {
  const listSheets = (withRecord: boolean) =>
    run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name,items/visibility");
      // The results sheets the add-in wrote are not part of the budget; a user's sheet of the same name is.
      const record = withRecord ? queueReadSetting(context, SETTING_RESULTS) : () => null;
      await context.sync();
      const ours = ourSheets(record());
      return sheets.items
        .filter((ws) => !ours.has(ws.name))
        .map((ws) => ({ name: ws.name, hidden: ws.visibility !== "Visible" }));
    });
  // A results record too large to read back (a crafted workbook) must not stop the check: the sheets are listed
  // without it (our results sheets, if any, are then read like any sheet).
  const listed = await listSheets(true).catch((err) => {
    if (isPayloadLimit(err) && !isRequestTooLarge(err)) return listSheets(false);
    throw err;
  });
  const toRead = listed.filter((s) => !s.hidden || opts.includeHidden);
  const fileMerges = caps.mergedAreas || toRead.length === 0 ? null : await mergesOfFile(opts.getFile);
  const out: SheetSnapshot[] = [];
  let read = 0;
  for (const s of listed) {
    if (s.hidden && !opts.includeHidden) {
      out.push(unreadHiddenSheet(s.name));
      continue;
    }
    onProgress?.({ sheet: s.name, sheetIndex: read++, sheetCount: toRead.length });
    const sheet = await readOneSheet(run, caps, s.name, fileMerges?.get(s.name) ?? []);
    // A results sheet an earlier version wrote (no record then): its name and its header row say so.
    if (sheet && RESULTS_SHEET_NAMES.includes(s.name) && isLegacyResults(sheet)) continue;
    if (sheet) out.push(s.hidden ? { ...sheet, hidden: true } : sheet);
  }
  return { name: "当前工作簿", sheets: out };
}

/**
 * One sheet read again (边写边查 after an edit to it): one request, as readSheets reads each sheet; null when the sheet
 * holds nothing. Only where Office.js tells merged areas (ExcelApi 1.13), which the file fallback cannot do sheet by sheet.
 */
export function readSheet(run: ExcelRun, caps: HostCapabilities, name: string): Promise<SheetSnapshot | null> {
  return readOneSheet(run, caps, name, []);
}

/** Below ExcelApi 1.13: the merged areas of every sheet from the workbook's file, or null when it cannot be had. */
async function mergesOfFile(
  getFile: (() => Promise<Uint8Array>) | undefined,
): Promise<Map<string, MergedRange[]> | null> {
  if (!getFile) return null;
  try {
    // Loaded only here, below ExcelApi 1.13: the file reader is a chunk of its own, not part of every pane's load.
    const { mergesFromFile } = await import("./file-merges");
    return await mergesFromFile(await getFile());
  } catch {
    return null;
  }
}

/** `fileMerges`: the sheet's merged areas where Office.js cannot tell them (caps.mergedAreas false). */
async function readOneSheet(
  run: ExcelRun,
  caps: HostCapabilities,
  name: string,
  fileMerges: MergedRange[],
): Promise<SheetSnapshot | null> {
  try {
    return await run(async (context) => {
      const used = context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true);
      used.load("rowIndex,columnIndex,rowCount,columnCount,values,formulas,numberFormat");
      const merged = caps.mergedAreas ? used.getMergedAreasOrNullObject() : null;
      merged?.load("address");
      await context.sync();
      if (used.isNullObject) return null;
      return toSnapshot(
        name,
        used.rowIndex,
        used.columnIndex,
        used.values,
        used.formulas,
        used.numberFormat,
        merged ? mergesOf(merged) : fileMerges,
      );
    });
  } catch (err) {
    if (!isPayloadLimit(err)) throw wrapReadError(err, name);
    return readInBlocks(run, caps, name, fileMerges);
  }
}

/**
 * The fallback for sheets over the response limit: dimensions first, then blocks of rows sized from what the
 * rows so far weighed (~3 MB each); a block that still comes back too big is halved and asked again.
 */
async function readInBlocks(
  run: ExcelRun,
  caps: HostCapabilities,
  name: string,
  fileMerges: MergedRange[],
): Promise<SheetSnapshot | null> {
  const dims = await run(async (context) => {
    const used = context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    const merged = caps.mergedAreas ? used.getMergedAreasOrNullObject() : null;
    merged?.load("address");
    await context.sync();
    if (used.isNullObject) return null;
    return {
      row: used.rowIndex,
      col: used.columnIndex,
      rows: used.rowCount,
      cols: used.columnCount,
      merges: merged ? mergesOf(merged) : fileMerges,
    };
  });
  if (!dims) return null;
  const values: Grid = [];
  const formulas: Grid = [];
  const formats: Grid = [];
  let rowsPerBlock = 200;
  let top = 0;
  while (top < dims.rows) {
    const count = Math.min(rowsPerBlock, dims.rows - top);
    const address = `${a1(dims.row + top, dims.col)}:${a1(dims.row + top + count - 1, dims.col + dims.cols - 1)}`;
    let block: BlockData;
    try {
      block = await loadBlock(run, name, address);
    } catch (err) {
      if (!isPayloadLimit(err) || count === 1) throw wrapReadError(err, name);
      rowsPerBlock = Math.max(1, Math.floor(count / 2));
      continue;
    }
    values.push(...block.values);
    formulas.push(...block.formulas);
    formats.push(...block.numberFormat);
    top += count;
    rowsPerBlock = Math.max(1, Math.floor((RESPONSE_BUDGET / Math.max(1, block.bytes)) * count));
  }
  return toSnapshot(name, dims.row, dims.col, values, formulas, formats, dims.merges);
}

interface BlockData {
  values: Grid;
  formulas: Grid;
  numberFormat: Grid;
  bytes: number;
}

function loadBlock(run: ExcelRun, sheet: string, address: string): Promise<BlockData> {
  return run(async (context) => {
    const block = context.workbook.worksheets.getItem(sheet).getRange(address);
    block.load("values,formulas,numberFormat");
    await context.sync();
    const data = { values: block.values, formulas: block.formulas, numberFormat: block.numberFormat };
    return { ...data, bytes: utf8Bytes(JSON.stringify(data)) };
  });
}

function mergesOf(merged: Excel.RangeAreas): MergedRange[] {
  if (merged.isNullObject) return [];
  return merged.address
    .split(",")
    .map((a) => parseRangeAddress(a))
    .filter((r): r is MergedRange => r !== null);
}

function wrapReadError(err: unknown, sheet: string): Error {
  const detail = err instanceof Error ? err.message : String(err);
  return new BridgeError(`读取工作表“${sheet}”失败：${detail}`, `Could not read sheet "${sheet}": ${detail}`, sheet);
}

/** What Office.js handed over, decided and settled by the snapshot contract as every host's sheets are. */
function toSnapshot(
  name: string,
  row: number,
  col: number,
  values: Grid,
  formulas: Grid,
  formats: Grid,
  merges: MergedRange[],
): SheetSnapshot {
  return normaliseSheet({
    name,
    origin: { row, col },
    values: values as HostValue[][],
    formulas,
    numberFormats: formats,
    merges,
  });
}

/** The header rows the results sheets had before they were recorded as the add-in's (审核意见表 and 审核结果 lists). */
const LEGACY_HEADERS = [
  ["序号", "工作表", "单元格", "名称"],
  ["No.", "Sheet", "Cell", "Item"],
  ["序号", "严重程度", "规则", "工作表"],
  ["No.", "Severity", "Rule", "Sheet"],
];

export function isLegacyResults(sheet: SheetSnapshot): boolean {
  if (sheet.origin.row !== 0 || sheet.origin.col !== 0) return false;
  const first = (sheet.values[0] ?? []).slice(0, 4).map((v) => (typeof v === "string" ? v : ""));
  return LEGACY_HEADERS.some((h) => h.every((x, i) => first[i] === x));
}
