import { qualify, type CellChange } from "../core";
import { BridgeError } from "./errors";
import type { RecordError } from "./records";

/**
 * What a spreadsheet adapter says when it refuses to write, the same in Excel (src/excel) and WPS (src/wps): a sheet
 * gone or protected, a cell edited since the check, a plan or a saved record that could not be undone. Host-neutral:
 * only the application's name and where its Unprotect command is differ, so both adapters word it alike.
 */
export type SpreadsheetHost = "excel" | "wps";

const list = (sheets: readonly string[]) => [...new Set(sheets)].map((s) => `“${s}”`).join("、");
const listEn = (sheets: readonly string[]) => [...new Set(sheets)].map((s) => `"${s}"`).join(", ");

/** Writing to protected sheets (审阅 → 撤销工作表保护); `late` when the application refused part-way. */
export function protectedSheetError(sheets: readonly string[], host: SpreadsheetHost, late = false): BridgeError {
  const many = new Set(sheets).size > 1;
  const it = many ? "them" : "it";
  const app = host === "wps" ? "WPS" : "Excel";
  const zhHow = `请在 ${host === "wps" ? "WPS 表格" : "Excel "}的“审阅”选项卡中点击“撤销工作表保护”（如设有密码，需向设置保护的人索取），然后重试。`;
  const enHow =
    host === "wps"
      ? `Unprotect ${it} first (Review → Unprotect Sheet in WPS Spreadsheets), then try again.`
      : `Unprotect ${it} first (Review → Unprotect Sheet; ask whoever protected ${it} if there is a password), then try again.`;
  return new BridgeError(
    late
      ? `工作表${list(sheets)}受保护，${app} 拒绝了写入，可能只写入了一部分。${zhHow}`
      : `工作表${list(sheets)}受保护，未写入任何内容。${zhHow}`,
    late
      ? `Sheet${many ? "s" : ""} ${listEn(sheets)} ${many ? "are" : "is"} protected: ${app} refused the write, which may be incomplete. ${enHow}`
      : `Sheet${many ? "s" : ""} ${listEn(sheets)} ${many ? "are" : "is"} protected, so nothing was written. ${enHow}`,
    sheets[0],
  );
}

/** Sheets to be written that were renamed or deleted since the check. */
export function missingSheetError(sheets: readonly string[]): BridgeError {
  return new BridgeError(
    `找不到工作表${list(sheets)}：检查之后它被重命名或删除了，请重新检查。`,
    `Sheet ${listEn(sheets)} is gone (renamed or deleted since the check); check again.`,
    sheets[0],
  );
}

/** A cell 按标准核定 would write that no longer holds what the check saw (`formula` / `value`: what it holds now). */
export function editedSinceCheck(change: CellChange, formula: string | null, value: unknown): BridgeError {
  const where = qualify(change.sheet, change.address);
  return new BridgeError(
    `单元格 ${where} 在检查后被修改过（现为 ${formula ?? value ?? "空"}），未写入任何核定结果。请重新检查后再核定。`,
    `Cell ${where} changed after the check (now ${formula ?? value ?? "empty"}); nothing was written. Check again, then approve.`,
    change.sheet,
    change.address,
  );
}

/** A plan whose undo record would not validate: refused before anything is written. */
export function planNotRevertable(err: RecordError): BridgeError {
  return new BridgeError(
    `核定计划含有无法撤销的内容（${err.message}），未写入。`,
    `The approval plan holds something that could not be undone (${err.messageEn}); nothing was written.`,
    err.sheet,
    err.address,
  );
}

/** The saved flag record is invalid: it was removed, no cell changed. */
export function invalidFlagRecord(err: RecordError): BridgeError {
  return new BridgeError(
    `无法清除标记：工作簿中保存的标记记录无效（${err.message}）。未改动任何单元格，这条记录已删除；请重新检查。`,
    `Cannot clear the flags: the flag record saved in the workbook is invalid (${err.messageEn}). No cell was changed and the record was removed; check again.`,
    err.sheet,
    err.address,
  );
}

/** The saved undo record is invalid; `removed`: it was deleted (else a sheet it names was renamed, and it is kept). */
export function invalidUndoRecord(err: RecordError, removed: boolean): BridgeError {
  const zhTail = removed ? "未恢复任何单元格，这条记录已删除。" : "未恢复任何单元格；把工作表改回原名后可再撤销。";
  const enTail = removed
    ? "No cell was restored, and the record was removed."
    : "No cell was restored; rename the sheet back to undo.";
  return new BridgeError(
    `无法撤销核定：工作簿中保存的撤销记录无效（${err.message}）。${zhTail}`,
    `Cannot undo the approval: the undo record saved in the workbook is invalid (${err.messageEn}). ${enTail}`,
    err.sheet,
    err.address,
  );
}
