import { BridgeError, isPayloadLimit, isRequestTooLarge } from "./errors";
import type { ExcelRun } from "./host";

/**
 * What the add-in remembers lives in the workbook's own settings (ExcelApi 1.4), so it travels with the file:
 * the original formats of flagged cells, the cells a recalculation changed, the pane's choices.
 */
export const SETTING_FLAGS = "budgetRuler.flags";
export const SETTING_REVERT = "budgetRuler.revert";
export const SETTING_CHOICES = "budgetRuler.choices";
/** The user's corrections of lines and columns (a Corrections object of the core, validated when read back). */
export const SETTING_CORRECTIONS = "budgetRuler.corrections";

/**
 * Queues the read of a setting; after the caller's sync the returned function gives its raw value (JSON text or
 * an object, as the host hands it back), or null when there is none. Records read this way are validated by the
 * caller (records.ts): nothing in a workbook's settings is trusted.
 */
export function queueReadSetting(context: Excel.RequestContext, key: string): () => unknown {
  const item = context.workbook.settings.getItemOrNullObject(key);
  item.load("value");
  // Read only through the returned function, after the caller's sync (which the rule cannot see).
  // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load
  return () => (item.isNullObject ? null : (item.value as unknown));
}

export async function readSetting<T>(context: Excel.RequestContext, key: string): Promise<T | null> {
  const item = context.workbook.settings.getItemOrNullObject(key);
  item.load("value");
  await context.sync();
  if (item.isNullObject) return null;
  const value = item.value as unknown;
  // Some hosts hand back the JSON text rather than the parsed object.
  return (typeof value === "string" ? JSON.parse(value) : value) as T;
}

/** Queues the write; the caller's next sync sends it. */
export function queueSetting(context: Excel.RequestContext, key: string, value: unknown): void {
  context.workbook.settings.add(key, JSON.stringify(value));
}

export function queueDeleteSetting(context: Excel.RequestContext, key: string): void {
  context.workbook.settings.getItemOrNullObject(key).delete();
}

/** The records the pane keeps in the workbook's settings, by what they are for. */
export type SavedRecord = "flags" | "revert" | "choices" | "corrections" | "results";

const RECORD_KEYS: Record<SavedRecord, string> = {
  flags: SETTING_FLAGS,
  revert: SETTING_REVERT,
  choices: SETTING_CHOICES,
  corrections: SETTING_CORRECTIONS,
  // results-sheet.ts's SETTING_RESULTS (that module reads settings through this one).
  results: "budgetRuler.results",
};

const RECORD_NAMES: Record<SavedRecord, { zh: string; en: string }> = {
  flags: { zh: "标记记录", en: "flag record" },
  revert: { zh: "撤销核定记录", en: "undo record" },
  choices: { zh: "检查设置", en: "saved settings" },
  corrections: { zh: "更正记录", en: "saved corrections" },
  results: { zh: "审核结果表记录", en: "results sheet record" },
};

/**
 * A saved record too large for Excel to hand back in one response (Excel on the web answers at most 5 MB): a
 * workbook anyone can craft may hold one. The record cannot be read in parts (a setting is one value), so it is
 * refused, saying which, and the pane offers to remove it (removeSavedRecord never reads it).
 */
export class OversizedRecordError extends BridgeError {
  constructor(readonly record: SavedRecord) {
    const name = RECORD_NAMES[record];
    super(
      `工作簿中保存的${name.zh}过大（超过 Excel 单次可读取的 5 MB），无法读取；可在窗格中清除这条记录。`,
      `The ${name.en} saved in this workbook is too large for Excel to read back (over its 5 MB limit); you can remove it from the pane.`,
      undefined,
      undefined,
      "oversized-record",
    );
  }
}

/** Runs a batch that reads `record`; a response over Excel's limit is that record's size, refused by name. */
export async function readingRecord<T>(record: SavedRecord, batch: () => Promise<T>): Promise<T> {
  try {
    return await batch();
  } catch (err) {
    if (isPayloadLimit(err) && !isRequestTooLarge(err)) throw new OversizedRecordError(record);
    throw err;
  }
}

/** Removes a saved record without reading it (a delete of a missing setting does nothing). */
export async function removeRecord(run: ExcelRun, record: SavedRecord): Promise<void> {
  await run(async (context) => {
    queueDeleteSetting(context, RECORD_KEYS[record]);
    await context.sync();
  });
}
