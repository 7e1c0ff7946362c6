import type { CellValue } from "../core/snapshot/types";
import type { CellChange } from "../core/plan/types";
import type { ExcelRun } from "./host";
import { actionBytes, syncInChunks, syncWrites } from "./batch";
import { qualify } from "../core/snapshot/address";
import { BridgeError } from "./errors";
import { SETTING_REVERT, queueSetting, readSetting } from "./settings";

/** What a cell held before a recalculation: its formula, or its constant (null for an empty cell). */
type RevertEntry = [sheet: string, address: string, formula: string | null, value: CellValue];

export interface RevertRecord {
  v: 1;
  cells: RevertEntry[];
}

interface CellRead {
  change: CellChange;
  range: Excel.Range;
}

/**
 * Writes the planned changes (formulas stay formulas), after checking that every cell still holds what the
 * plan saw: a cell edited since the check is named and nothing is written. The previous contents go into the
 * workbook's settings first, so revert works even after the pane was closed.
 */
export async function applyCellChanges(run: ExcelRun, changes: CellChange[]): Promise<number> {
  if (changes.length === 0) return 0;
  return run(async (context) => {
    const record: RevertRecord = { v: 1, cells: [] };
    await syncInChunks(
      context,
      changes,
      (c) => actionBytes(c.sheet, c.address),
      (chunk) => {
        const reads: CellRead[] = chunk.map((change) => {
          const range = context.workbook.worksheets.getItem(change.sheet).getRange(change.address);
          range.load("values,formulas");
          return { change, range };
        });
        return () => {
          for (const { change, range } of reads) {
            const formula = asFormula(range.formulas[0][0]);
            const value = asValue(range.values[0][0]);
            if (!sameContent(change.before, formula, value)) {
              const where = qualify(change.sheet, change.address);
              throw new BridgeError(
                `单元格 ${where} 在检查后被修改过（现为 ${formula ?? value ?? "空"}），未写入任何重算结果。请重新检查后再重算。`,
                `Cell ${where} changed after the check (now ${formula ?? value ?? "empty"}); nothing was written. Check again, then recalculate.`,
                change.sheet,
                change.address,
              );
            }
            record.cells.push([change.sheet, change.address, formula, value]);
          }
        };
      },
    );
    const writes = [
      { bytes: actionBytes(JSON.stringify(record)), queue: () => queueSetting(context, SETTING_REVERT, record) },
      ...changes.map((c) => ({
        bytes: actionBytes(c.sheet, c.address, c.after.formula ?? c.after.value),
        queue: () => writeCell(context, c.sheet, c.address, c.after.formula, c.after.value),
      })),
    ];
    await syncWrites(context, writes);
    return changes.length;
  });
}

/** Puts every changed cell back as it was: the same formula, or the same constant. */
export async function revertCellChanges(run: ExcelRun): Promise<number> {
  return run(async (context) => {
    const record = await readSetting<RevertRecord>(context, SETTING_REVERT);
    if (!record) return 0;
    const writes = [
      ...record.cells.map(([sheet, address, formula, value]) => ({
        bytes: actionBytes(sheet, address, formula ?? value),
        queue: () => writeCell(context, sheet, address, formula, value),
      })),
      { bytes: actionBytes(SETTING_REVERT), queue: () => context.workbook.settings.getItem(SETTING_REVERT).delete() },
    ];
    await syncWrites(context, writes);
    return record.cells.length;
  });
}

export async function hasRevertRecord(run: ExcelRun): Promise<boolean> {
  return run(async (context) => (await readSetting<RevertRecord>(context, SETTING_REVERT)) !== null);
}

function writeCell(context: Excel.RequestContext, sheet: string, address: string, formula: string | null, value: CellValue): void {
  const target = context.workbook.worksheets.getItem(sheet).getRange(address);
  if (formula) target.formulas = [[formula]];
  else target.values = [[value ?? ""]];
}

function asFormula(f: unknown): string | null {
  return typeof f === "string" && f.startsWith("=") ? f : null;
}

function asValue(v: unknown): CellValue {
  return v === "" || v === undefined ? null : (v as CellValue);
}

function normalizeFormula(f: string | null): string {
  return (f ?? "").replace(/\s|\$/g, "").toUpperCase();
}

function sameContent(before: CellChange["before"], formula: string | null, value: CellValue): boolean {
  if (before.formula || formula) return normalizeFormula(before.formula) === normalizeFormula(formula);
  if (typeof before.value === "number" && typeof value === "number") return Math.abs(before.value - value) < 1e-9;
  return (before.value ?? null) === value;
}
