import { BridgeError, errorCode, isAccessDenied } from "./errors";
import { objectBytes } from "./batch";

/** Which sheets exist and which are protected (Review → Protect Sheet), as one load queued with other reads. */
export interface SheetStates {
  present: Set<string>;
  protected: Set<string>;
}

/**
 * Queues the load of every sheet's name and `protection.protected` (ExcelApi 1.2) on the worksheets collection:
 * one Query action, whatever the number of sheets, sent with the caller's next sync. The returned function
 * reads the result after that sync.
 */
export function queueSheetStates(context: Excel.RequestContext): () => SheetStates {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/protection/protected");
  return () => {
    const states: SheetStates = { present: new Set(), protected: new Set() };
    for (const ws of sheets.items) {
      states.present.add(ws.name);
      if (ws.protection.protected) states.protected.add(ws.name);
    }
    return states;
  };
}

const list = (sheets: readonly string[]) => [...new Set(sheets)].map((s) => `“${s}”`).join("、");
const listEn = (sheets: readonly string[]) => [...new Set(sheets)].map((s) => `"${s}"`).join(", ");

/** The message for writing to protected sheets; `late` when Excel refused part-way through the writes. */
export function protectedSheetError(sheets: readonly string[], late = false): BridgeError {
  const many = new Set(sheets).size > 1;
  const zhHow = "请在 Excel 的“审阅”选项卡中点击“撤销工作表保护”（如设有密码，需向设置保护的人索取），然后重试。";
  const enHow = `Unprotect ${many ? "them" : "it"} first (Review → Unprotect Sheet; ask whoever protected ${many ? "them" : "it"} if there is a password), then try again.`;
  return new BridgeError(
    late
      ? `工作表${list(sheets)}受保护，Excel 拒绝了写入，可能只写入了一部分。${zhHow}`
      : `工作表${list(sheets)}受保护，未写入任何内容。${zhHow}`,
    late
      ? `Sheet${many ? "s" : ""} ${listEn(sheets)} ${many ? "are" : "is"} protected: Excel refused the write, which may be incomplete. ${enHow}`
      : `Sheet${many ? "s" : ""} ${listEn(sheets)} ${many ? "are" : "is"} protected, so nothing was written. ${enHow}`,
    sheets[0],
  );
}

function missingSheetError(sheets: readonly string[]): BridgeError {
  return new BridgeError(
    `找不到工作表${list(sheets)}：检查之后它被重命名或删除了，请重新检查。`,
    `Sheet ${listEn(sheets)} is gone (renamed or deleted since the check); check again.`,
    sheets[0],
  );
}

/** Before any write: every sheet to be written exists and is not protected, or a message naming those that are. */
export function assertWritable(states: SheetStates, sheets: Iterable<string>): void {
  const all = [...new Set(sheets)];
  const missing = all.filter((s) => !states.present.has(s));
  if (missing.length > 0) throw missingSheetError(missing);
  const locked = all.filter((s) => states.protected.has(s));
  if (locked.length > 0) throw protectedSheetError(locked);
}

/** Maps what Excel raises during writes (AccessDenied, ItemNotFound) to messages naming the sheets. */
export function explainWriteError(err: unknown, sheets: Iterable<string>): unknown {
  if (err instanceof BridgeError) return err;
  const all = [...new Set(sheets)];
  if (isAccessDenied(err)) return protectedSheetError(all, true);
  if (errorCode(err) === "ItemNotFound") return missingSheetError(all);
  return err;
}

/** One worksheet proxy per sheet for the whole batch: Office.js sends its path once per request, not per cell. */
export function worksheetCache(context: Excel.RequestContext): (sheet: string) => Excel.Worksheet {
  const cache = new Map<string, Excel.Worksheet>();
  return (sheet) => {
    let ws = cache.get(sheet);
    if (!ws) cache.set(sheet, (ws = context.workbook.worksheets.getItem(sheet)));
    return ws;
  };
}

/** Request bytes of one worksheet proxy (shared by every cell of that sheet in a request). */
export const sheetShare = (sheet: string) => ({ key: `ws\u0000${sheet}`, bytes: objectBytes("indexer", "", [sheet]) });
