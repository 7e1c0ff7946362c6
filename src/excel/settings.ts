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
