import type { BudgetModel } from "../model/types";
import type { FieldNaming } from "./fields";
import type { SetupMessage } from "./messages";

/** The error code of a workbook in which no budget table was found (the CLI's JSON contract, the pane's error). */
const NO_TABLE_CODE = "no-budget-table";

/**
 * The no-table outcome, decided once: a workbook in which no budget table was found is no clean budget but an error
 * that says what a budget table needs, and names the hidden sheets left out and how to include them. Null when there
 * is a table. `file`: the file as the user named it (the CLI), or none (the pane's open workbook).
 */
export function noTableOutcome(
  model: Pick<BudgetModel, "tables" | "skippedSheets">,
  opts: { file?: string; naming: FieldNaming },
): { code: typeof NO_TABLE_CODE; message: SetupMessage } | null {
  if (model.tables.length > 0) return null;
  const message: SetupMessage =
    opts.file !== undefined
      ? { messageId: "setup.no-table.file", params: { file: { text: opts.file } } }
      : { messageId: "setup.no-table.workbook", params: {} };
  const hidden = model.skippedSheets;
  if (hidden.length) {
    message.more = [
      {
        messageId: "setup.no-table.hidden",
        params: { sheets: { zh: hidden.join("、"), en: hidden.join(", ") }, field: opts.naming("include_hidden") },
      },
    ];
  }
  return { code: NO_TABLE_CODE, message };
}
