import type { CellChange, CellValue } from "../core";
import type { ExcelRun } from "./host";
import type { RevertOutcome, SkippedCell } from "./bridge";
import type { RevertEntry, RevertRecord } from "./records";
import type { SheetStates } from "./sheet-state";
import { loadBytes, objectBytes, setBytes, syncInChunks, syncWrites } from "./batch";
import { RecordError, validateRevertRecord } from "./records";
import { assertWritable, explainWriteError, queueSheetStates, sheetShare, worksheetCache } from "./sheet-state";
import { SETTING_REVERT, queueReadSetting, queueSetting, readingRecord } from "./settings";
import { asFormula, asValue, sameContent } from "./cell-content";
import { editedSinceCheck, invalidUndoRecord, planNotRevertable } from "./refusals";

interface CellRead<T> {
  item: T;
  range: Excel.Range;
}

const cellReadBytes = (address: string) => objectBytes("method", "GetRange", [address]) + loadBytes("values,formulas");

/**
 * Reads the current content of cells, chunk by chunk, with the sheets' states (present, protected) loaded in the
 * first request. `check` runs once, on those states, before any cell is looked at.
 */
async function readCells<T extends { sheet: string; address: string }>(
  context: Excel.RequestContext,
  items: readonly T[],
  check: ((states: SheetStates) => void) | null,
  each: (item: T, formula: string | null, value: CellValue) => void,
): Promise<void> {
  const wsOf = worksheetCache(context);
  let checked = false;
  await syncInChunks(
    context,
    items,
    (x) => cellReadBytes(x.address),
    (chunk) => {
      const states = checked || !check ? null : queueSheetStates(context);
      const reads: CellRead<T>[] = chunk.map((item) => {
        const range = wsOf(item.sheet).getRange(item.address);
        range.load("values,formulas");
        return { item, range };
      });
      return () => {
        if (states && check) {
          check(states());
          checked = true;
        }
        for (const { item, range } of reads) each(item, asFormula(range.formulas[0][0]), asValue(range.values[0][0]));
      };
    },
    { shared: (x) => sheetShare(x.sheet) },
  );
}

const writeBytes = (address: string, formula: string | null, value: CellValue) =>
  objectBytes("method", "GetRange", [address]) + setBytes(formula ? "formulas" : "values", [[formula ?? value ?? ""]]);

/**
 * Writes the planned changes (formulas stay formulas), after checking that every cell still holds what the
 * plan saw and that no sheet to be written is protected: a cell edited since the check, or a protected sheet, is
 * named and nothing is written. What each cell held and what is written there go into the workbook's settings
 * first, so revert works even after the pane was closed, and can tell a cell the user edited afterwards.
 */
export async function applyCellChanges(run: ExcelRun, changes: CellChange[]): Promise<number> {
  if (changes.length === 0) return 0;
  const sheets = [...new Set(changes.map((c) => c.sheet))];
  return run(async (context) => {
    const record: RevertRecord = { v: 2, cells: [] };
    await readCells(
      context,
      changes,
      (states) => assertWritable(states, sheets),
      (change, formula, value) => {
        if (!sameContent(change.before, formula, value)) throw editedSinceCheck(change, formula, value);
        record.cells.push([
          change.sheet,
          change.address,
          formula,
          value,
          change.after.formula,
          Number(change.after.value),
        ]);
      },
    ).catch((err) => {
      throw explainWriteError(err, sheets);
    });
    // What we write must be what revert will accept; a plan of another shape is refused before anything is written.
    try {
      validateRevertRecord(record);
    } catch (err) {
      throw planNotRevertable(err as RecordError);
    }
    const wsOf = worksheetCache(context);
    const json = JSON.stringify(record);
    const writes = [
      {
        bytes: objectBytes("method", "Add", [SETTING_REVERT, json]),
        queue: () => queueSetting(context, SETTING_REVERT, record),
      },
      ...changes.map((c) => ({
        bytes: writeBytes(c.address, c.after.formula, c.after.value),
        shared: sheetShare(c.sheet),
        queue: () => writeCell(wsOf(c.sheet), c.address, c.after.formula, c.after.value),
      })),
    ];
    await syncWrites(context, writes).catch((err) => {
      throw explainWriteError(err, sheets);
    });
    return changes.length;
  });
}

/**
 * Puts back what the last 按标准核定 replaced, but only in cells that still hold exactly what it wrote; a cell
 * changed since is left as it is and named in the result. The saved record is validated first (invalidUndoRecord); a
 * protected sheet is named before anything is written. The record is used up: after a revert it is gone, the
 * skipped cells keeping the user's edits (their earlier contents are in the outcome, for the message).
 */
export async function revertCellChanges(run: ExcelRun): Promise<RevertOutcome> {
  return run(async (context) => {
    const raw = queueReadSetting(context, SETTING_REVERT);
    const statesOf = queueSheetStates(context);
    await readingRecord("revert", () => context.sync());
    const value = raw();
    if (value === null) return { restored: 0, skipped: [] };
    const states = statesOf();
    let record: RevertRecord;
    try {
      record = validateRevertRecord(value);
    } catch (err) {
      // Unusable whatever the workbook: removed so 撤销核定 is not offered again for it.
      context.workbook.settings.getItem(SETTING_REVERT).delete();
      await context.sync();
      throw err instanceof RecordError ? invalidUndoRecord(err, true) : err;
    }
    try {
      validateRevertRecord(record, states.present);
    } catch (err) {
      throw err instanceof RecordError ? invalidUndoRecord(err, false) : err;
    }
    const sheets = [...new Set(record.cells.map((e) => e[0]))];
    assertWritable(states, sheets);
    const entries = record.cells.map(([sheet, address, bf, bv, af, av]) => ({
      sheet,
      address,
      entry: [sheet, address, bf, bv, af, av] as RevertEntry,
    }));
    const restore: RevertEntry[] = [];
    const skipped: SkippedCell[] = [];
    await readCells(context, entries, null, ({ entry }, formula, current) => {
      const [sheet, address, bf, bv, af, av] = entry;
      if (sameContent({ formula: af, value: av }, formula, current)) restore.push(entry);
      else skipped.push({ sheet, address, before: bf ?? (bv === null ? "" : String(bv)) });
    }).catch((err) => {
      throw explainWriteError(err, sheets);
    });
    const wsOf = worksheetCache(context);
    const writes = [
      ...restore.map(([sheet, address, formula, v]) => ({
        bytes: writeBytes(address, formula, typeof v === "string" ? `'${v}` : v),
        shared: sheetShare(sheet),
        queue: () => writeCell(wsOf(sheet), address, formula, v),
      })),
      {
        bytes: objectBytes("indexer", "", [SETTING_REVERT]) + 200,
        queue: () => context.workbook.settings.getItem(SETTING_REVERT).delete(),
      },
    ];
    await syncWrites(context, writes).catch((err) => {
      throw explainWriteError(err, sheets);
    });
    return { restored: restore.length, skipped };
  });
}

/** There is a record to revert (it is validated when used). */
export async function hasRevertRecord(run: ExcelRun): Promise<boolean> {
  return run(async (context) => {
    const raw = queueReadSetting(context, SETTING_REVERT);
    await readingRecord("revert", () => context.sync());
    // An invalid record is offered too, so that pressing 撤销核定 explains what is wrong and removes it.
    return raw() !== null;
  });
}

/**
 * Writes a formula, or a constant. Text goes in behind Excel's apostrophe prefix, so that text which looks like a
 * number, a date or a formula ("4%", "=A1") comes back as the same text rather than being converted.
 */
function writeCell(ws: Excel.Worksheet, address: string, formula: string | null, value: CellValue): void {
  const target = ws.getRange(address);
  if (formula) target.formulas = [[formula]];
  else target.values = [[typeof value === "string" ? `'${value}` : (value ?? "")]];
}
