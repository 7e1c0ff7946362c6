import Decimal from "decimal.js";
import type { BudgetLine } from "../model/types";
import type { PackMoney } from "../standards/types";
import type { FindingDraft, RuleImplementation } from "./types";
import { packMoney } from "../money";
import { entryDraft } from "./generic-message";
import { MONEY, WORDS, closedObject } from "./schema-parts";
import { hasWord } from "./text-counts";
import { quoteText } from "../quote";

interface PriceParams {
  maxPrice: PackMoney;
  personMonthUnits: string[];
}
interface BasisParams {
  personMonthUnits: string[];
}

function billedInPersonMonths(line: BudgetLine, units: readonly string[]): boolean {
  return line.unitLabel !== "" && hasWord(line.unitLabel, units);
}

/**
 * The price of one person-month: the unit price when the line is billed in 人月, otherwise the amount spread over
 * the 人月 column. Null when the sheet gives no basis.
 */
function personMonthPrice(line: BudgetLine, units: readonly string[]): { price: Decimal; cell: BudgetLine["nameCell"] } | null {
  if (billedInPersonMonths(line, units) && line.unitPrice) return { price: line.unitPrice.value, cell: line.unitPrice.cell };
  if (billedInPersonMonths(line, units) && line.amount && line.quantity && !line.quantity.value.isZero())
    return { price: line.amount.value.dividedBy(line.quantity.value), cell: line.amount.cell };
  if (line.personMonths && !line.personMonths.value.isZero()) {
    // A count written in the name ("（12人月）") says nothing of what the 单价 column is per: the amount is spread.
    if (line.unitPrice && line.personMonths.source !== "text") return { price: line.unitPrice.value, cell: line.unitPrice.cell };
    const money = line.amount ?? line.fee;
    if (money) return { price: money.value.dividedBy(line.personMonths.value), cell: money.cell };
  }
  return null;
}

const personMonthPriceRule: RuleImplementation<PriceParams> = {
  id: "dev.person-month-price",
  scope: "line",
  measure: "money",
  paramsSchema: closedObject({ maxPrice: MONEY, personMonthUnits: WORDS }),
  messages: [""],
  check(ctx, params) {
    const { facts } = ctx;
    const max = packMoney(params.maxPrice);
    const out: FindingDraft[] = [];
    for (const line of facts.linesByCategory.get("development") ?? []) {
      const found = personMonthPrice(line, params.personMonthUnits);
      if (!found || !found.price.greaterThan(max)) continue;
      out.push(
        entryDraft(ctx, "", { name: { text: quoteText(line.name) }, price: { money: found.price }, limit: { money: max } }, {
          line,
          cell: found.cell,
          cells: line.amount ? [line.amount.cell] : [],
          actual: found.price.toDecimalPlaces(2),
          limit: max,
        }),
      );
    }
    return out;
  },
};

const effortBasisMissing: RuleImplementation<BasisParams> = {
  id: "dev.effort-basis-missing",
  scope: "line",
  paramsSchema: closedObject({ personMonthUnits: WORDS }),
  messages: [""],
  check(ctx, params) {
    return (ctx.facts.linesByCategory.get("development") ?? [])
      .filter((line) => !billedInPersonMonths(line, params.personMonthUnits) && !line.personMonths)
      .map((line) => entryDraft(ctx, "", { name: { text: quoteText(line.name) } }, { line }));
  },
};

export const devRules = [personMonthPriceRule, effortBasisMissing];
