import type { CellValue, MergedRange, SheetSnapshot, WorkbookSnapshot } from "../core/snapshot/types";
import type { HostCapabilities, ReadProgress } from "./bridge";
import type { ExcelRun } from "./host";
import { BridgeError, isPayloadLimit } from "./errors";
import { RESPONSE_BUDGET } from "./batch";
import { parseRangeAddress } from "./addresses";
import { RESULTS_SHEET_NAMES } from "./results-sheet";

type Grid = unknown[][];

/**
 * Reads every visible sheet into a snapshot: one sync for the sheet list, then one sync per sheet that loads
 * its used range (values, formulas, number formats, merged areas) whole. Only a sheet whose data is too big
 * for one Excel on the web response (5 MB) is read again in row blocks, so syncs grow with megabytes, never
 * with the number of lines of an ordinary budget.
 */
export async function readSheets(
  run: ExcelRun,
  caps: HostCapabilities,
  onProgress?: (p: ReadProgress) => void,
): Promise<WorkbookSnapshot> {
  const names = await run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name,items/visibility");
    await context.sync();
    return sheets.items.filter((ws) => ws.visibility === "Visible" && !RESULTS_SHEET_NAMES.includes(ws.name)).map((ws) => ws.name);
  });
  const out: SheetSnapshot[] = [];
  for (let i = 0; i < names.length; i++) {
    onProgress?.({ sheet: names[i], sheetIndex: i, sheetCount: names.length });
    const sheet = await readOneSheet(run, caps, names[i]);
    if (sheet) out.push(sheet);
  }
  return { name: "当前工作簿", sheets: out };
}

async function readOneSheet(run: ExcelRun, caps: HostCapabilities, name: string): Promise<SheetSnapshot | null> {
  try {
    return await run(async (context) => {
      const used = context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true);
      used.load("rowIndex,columnIndex,rowCount,columnCount,values,formulas,numberFormat");
      const merged = caps.mergedAreas ? used.getMergedAreasOrNullObject() : null;
      merged?.load("address");
      await context.sync();
      if (used.isNullObject) return null;
      return toSnapshot(name, used.rowIndex, used.columnIndex, used.values, used.formulas, used.numberFormat, mergesOf(merged));
    });
  } catch (err) {
    if (!isPayloadLimit(err)) throw wrapReadError(err, name);
    return readInBlocks(run, caps, name);
  }
}

/** The fallback for sheets over the response limit: dimensions first, then blocks of rows of ~3 MB each. */
async function readInBlocks(run: ExcelRun, caps: HostCapabilities, name: string): Promise<SheetSnapshot | null> {
  return run(async (context) => {
    const ws = context.workbook.worksheets.getItem(name);
    const used = ws.getUsedRangeOrNullObject(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    const merged = caps.mergedAreas ? used.getMergedAreasOrNullObject() : null;
    merged?.load("address");
    await context.sync();
    if (used.isNullObject) return null;
    // ~40 bytes per cell for value + formula + number format is the pessimistic figure for budget sheets.
    const rowsPerBlock = Math.max(1, Math.floor(RESPONSE_BUDGET / (40 * used.columnCount)));
    const values: Grid = [];
    const formulas: Grid = [];
    const formats: Grid = [];
    for (let top = 0; top < used.rowCount; top += rowsPerBlock) {
      const count = Math.min(rowsPerBlock, used.rowCount - top);
      const block = await loadBlock(context, used, top, count);
      values.push(...block.values);
      formulas.push(...block.formulas);
      formats.push(...block.numberFormat);
    }
    return toSnapshot(name, used.rowIndex, used.columnIndex, values, formulas, formats, mergesOf(merged));
  });
}

async function loadBlock(context: Excel.RequestContext, used: Excel.Range, top: number, count: number): Promise<Excel.Range> {
  const block = used.getCell(top, 0).getResizedRange(count - 1, used.columnCount - 1);
  block.load("values,formulas,numberFormat");
  await context.sync();
  return block;
}

function mergesOf(merged: Excel.RangeAreas | null): MergedRange[] {
  if (!merged || merged.isNullObject) return [];
  return merged.address
    .split(",")
    .map((a) => parseRangeAddress(a))
    .filter((r): r is MergedRange => r !== null);
}

function wrapReadError(err: unknown, sheet: string): Error {
  const detail = err instanceof Error ? err.message : String(err);
  return new BridgeError(`读取工作表“${sheet}”失败：${detail}`, `Could not read sheet "${sheet}": ${detail}`, sheet);
}

function toSnapshot(
  name: string,
  row: number,
  col: number,
  values: Grid,
  formulas: Grid,
  formats: Grid,
  merges: MergedRange[],
): SheetSnapshot {
  let anyFormula = false;
  let anyFormat = false;
  const vals: CellValue[][] = values.map((line) => line.map((v) => (v === "" || v === undefined ? null : (v as CellValue))));
  const fs: (string | null)[][] = formulas.map((line) =>
    line.map((f) => {
      if (typeof f === "string" && f.startsWith("=")) {
        anyFormula = true;
        return f;
      }
      return null;
    }),
  );
  const nfs: (string | null)[][] = formats.map((line) =>
    line.map((f) => {
      if (typeof f === "string" && f !== "General") {
        anyFormat = true;
        return f;
      }
      return null;
    }),
  );
  return {
    name,
    origin: { row, col },
    values: vals,
    formulas: anyFormula ? fs : undefined,
    numberFormats: anyFormat ? nfs : undefined,
    merges,
  };
}
