import { BridgeError, errorCode, isAccessDenied } from "./errors";
import { objectBytes } from "./batch";
import { missingSheetError, protectedSheetError } from "./refusals";

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

/** Before any write: every sheet to be written exists and is not protected, or a message naming those that are. */
export function assertWritable(states: SheetStates, sheets: Iterable<string>): void {
  const all = [...new Set(sheets)];
  const missing = all.filter((s) => !states.present.has(s));
  if (missing.length > 0) throw missingSheetError(missing);
  const locked = all.filter((s) => states.protected.has(s));
  if (locked.length > 0) throw protectedSheetError(locked, "excel");
}

/** Maps what Excel raises during writes (AccessDenied, ItemNotFound) to messages naming the sheets. */
export function explainWriteError(err: unknown, sheets: Iterable<string>): unknown {
  if (err instanceof BridgeError) return err;
  const all = [...new Set(sheets)];
  if (isAccessDenied(err)) return protectedSheetError(all, "excel", true);
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
