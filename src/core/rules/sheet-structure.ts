import type { BudgetTable, ColumnRole } from "../model/types";
import type { FindingDraft, RuleImplementation } from "./types";
import { NO_PARAMS } from "./schema-parts";
import { columnLetters } from "../snapshot/address";
import { quoteText } from "../quote";

type NoParams = Record<string, never>;

const ROLE_ZH: Partial<Record<ColumnRole, string>> = {
  amount: "金额", fee: "维护费", purchase: "购置金额", unitPrice: "单价", devCost: "原开发费", quantity: "数量",
};

/**
 * domain.md §3.13: a column holding money that no header word, content or arithmetic places is named, never
 * dropped silently. A column that restates another in another unit (折合万元) is recognised and says nothing.
 */
const unrecognisedColumn: RuleImplementation<NoParams> = {
  id: "sheet.unrecognised-column",
  scope: "sheet",
  paramsSchema: NO_PARAMS,
  check({ model }) {
    return model.tables.flatMap((table) => [
      ...conflicts(table),
      ...table.columnInfo
        .filter((c) => c.role === null && !c.repeats && !c.partOf && !c.evidence.some((e) => e.kind === "override"))
        .map((c) => {
          const letter = columnLetters(c.col);
          const header = quoteText(c.header || letter);
          const named = c.evidence.find((e) => e.kind === "unplaced")?.detail as ColumnRole | undefined;
          const second = named && ROLE_ZH[named] ? `（表头又一次写了“${ROLE_ZH[named]}”）` : "";
          const secondEn = named && ROLE_ZH[named] ? ` (its header names ${named} a second time)` : "";
          return {
            line: null,
            cell: { sheet: table.sheet, row: table.headerRow, col: c.col },
            message: `工作表“${quoteText(table.sheet)}”第 ${letter} 列“${header}”含金额或数量，但无法确定其用途${second}，未参与检查；请在“列用途”中指定`,
            messageEn: `Column ${letter} ("${header}") of sheet "${quoteText(table.sheet)}" holds money or quantities the engine cannot place${secondEn}; it is in no check — set its role by hand`,
          };
        }),
    ]);
  },
};

/** A column the header names 金额 while its figures are not 数量 × 单价 in most rows: the evidence conflicts. */
function conflicts(table: BudgetTable): FindingDraft[] {
  return table.columnInfo.flatMap((c) => {
    const e = c.evidence.find((x) => x.kind === "conflict");
    if (!e || !c.role) return [];
    const letter = columnLetters(c.col);
    const [agree, of] = e.detail.split("/");
    return [{
      line: null,
      cell: { sheet: table.sheet, row: table.headerRow, col: c.col },
      message: `工作表“${quoteText(table.sheet)}”第 ${letter} 列“${quoteText(c.header)}”按表头是金额，但 ${of} 行中只有 ${agree} 行等于数量 × 单价，该列的用途可能不是金额；请核对，或在“列用途”中指定`,
      messageEn: `Column ${letter} ("${quoteText(c.header)}") of sheet "${quoteText(table.sheet)}" is headed as the amount, but only ${agree} of ${of} rows equal quantity × unit price; it may be something else — check it, or set its role`,
    }];
  });
}

/** domain.md §3.9: hidden sheets are not audited, by the CLI and the pane alike; each one is named. */
const hiddenSkipped: RuleImplementation<NoParams> = {
  id: "sheet.hidden-skipped",
  scope: "sheet",
  paramsSchema: NO_PARAMS,
  check({ model }) {
    return model.skippedSheets.map((sheet) => ({
      line: null,
      cell: null,
      message: `隐藏的工作表“${quoteText(sheet)}”未检查（如需检查，请取消隐藏，或选择“包含隐藏工作表”）`,
      messageEn: `Hidden sheet "${quoteText(sheet)}" was not audited (unhide it, or choose to include hidden sheets)`,
    }));
  },
};

export const sheetStructureRules: RuleImplementation<never>[] = [unrecognisedColumn, hiddenSkipped] as RuleImplementation<never>[];
