import type { BudgetTable, ColumnRole } from "../model/types";
import type { FindingDraft, RuleContext, RuleImplementation } from "./types";
import { NO_PARAMS } from "./schema-parts";
import { columnLetters } from "../snapshot/address";
import { quoteText } from "../quote";
import { entryDraft } from "./generic-message";
import { FIELD_LABELS } from "../labels/categories";

type NoParams = Record<string, never>;

/** The roles a second header word may name over a column the engine could not place (表头又一次写了“金额”). */
const NAMED_AGAIN: ReadonlySet<ColumnRole> = new Set(["amount", "fee", "purchase", "unitPrice", "devCost", "quantity"]);

/**
 * domain.md §3.13: a column holding money that no header word, content or arithmetic places is named, never
 * dropped silently. A column that restates another in another unit (折合万元) is recognised and says nothing.
 */
const unrecognisedColumn: RuleImplementation<NoParams> = {
  id: "sheet.unrecognised-column",
  scope: "sheet",
  notALimit: true,
  paramsSchema: NO_PARAMS,
  /** `.unplaced` (or `.unplaced-named`, the header naming a role a second time): no role; `.conflict`: see conflicts. */
  messages: [".unplaced", ".unplaced-named", ".conflict"],
  check(ctx) {
    return ctx.model.tables.flatMap((table) => [
      ...conflicts(ctx, table),
      ...table.columnInfo
        .filter(
          (c) =>
            c.role === null &&
            !c.repeats &&
            !c.partOf &&
            !c.evidence.some((e) => e.kind === "override" || e.kind === "competing"),
        )
        .map((c) => {
          const letter = columnLetters(c.col);
          const header = quoteText(c.header || letter);
          const named = c.evidence.find((e) => e.kind === "unplaced")?.detail as ColumnRole | undefined;
          const args = { sheet: { text: quoteText(table.sheet) }, letter: { text: letter }, header: { text: header } };
          const at = { line: null, cell: { sheet: table.sheet, row: table.headerRow, col: c.col } };
          return named && NAMED_AGAIN.has(named)
            ? entryDraft(ctx, ".unplaced-named", { ...args, role: { zh: FIELD_LABELS[named].zh, en: named } }, at)
            : entryDraft(ctx, ".unplaced", args, at);
        }),
    ]);
  },
};

/** A column the header names 金额 while its figures are not 数量 × 单价 in most rows: the evidence conflicts. */
function conflicts(ctx: RuleContext, table: BudgetTable): FindingDraft[] {
  return table.columnInfo.flatMap((c) => {
    const e = c.evidence.find((x) => x.kind === "conflict");
    if (!e || !c.role) return [];
    const letter = columnLetters(c.col);
    const [agree, of] = e.detail.split("/");
    const args = {
      sheet: { text: quoteText(table.sheet) },
      letter: { text: letter },
      header: { text: quoteText(c.header) },
      agree: { text: agree },
      of: { text: of },
    };
    return [
      entryDraft(ctx, ".conflict", args, {
        line: null,
        cell: { sheet: table.sheet, row: table.headerRow, col: c.col },
      }),
    ];
  });
}

/** domain.md §3.9: hidden sheets are not audited, by the CLI and the pane alike; each one is named. */
const hiddenSkipped: RuleImplementation<NoParams> = {
  id: "sheet.hidden-skipped",
  scope: "sheet",
  notALimit: true,
  paramsSchema: NO_PARAMS,
  messages: [""],
  check(ctx) {
    return ctx.model.skippedSheets.map((sheet) =>
      entryDraft(ctx, "", { sheet: { text: quoteText(sheet) } }, { line: null, cell: null }),
    );
  },
};

export const sheetStructureRules: RuleImplementation<never>[] = [
  unrecognisedColumn,
  hiddenSkipped,
] as RuleImplementation<never>[];
