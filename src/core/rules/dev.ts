import Decimal from "decimal.js";
import type { BudgetLine } from "../model/types";
import type { PackMoney } from "../standards/types";
import type { FindingDraft, RuleImplementation } from "./types";
import { formatMoney, packMoney } from "../money";
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
    if (line.unitPrice) return { price: line.unitPrice.value, cell: line.unitPrice.cell };
    if (line.amount) return { price: line.amount.value.dividedBy(line.personMonths.value), cell: line.amount.cell };
  }
  return null;
}

const personMonthPriceRule: RuleImplementation<PriceParams> = {
  id: "dev.person-month-price",
  scope: "line",
  measure: "money",
  paramsSchema: closedObject({ maxPrice: MONEY, personMonthUnits: WORDS }),
  check({ model, facts }, params) {
    const max = packMoney(params.maxPrice);
    const unit = model.profile.unit;
    const out: FindingDraft[] = [];
    for (const line of facts.linesByCategory.get("development") ?? []) {
      const found = personMonthPrice(line, params.personMonthUnits);
      if (!found || !found.price.greaterThan(max)) continue;
      out.push({
        line,
        cell: found.cell,
        cells: line.amount ? [line.amount.cell] : [],
        message: `“${quoteText(line.name)}”人月单价 ${formatMoney(found.price, unit)}超过标准上限 ${formatMoney(max, unit)}`,
        messageEn: `"${quoteText(line.name)}": ${formatMoney(found.price, unit)} per person-month exceeds the cap of ${formatMoney(max, unit)}`,
        actual: found.price.toDecimalPlaces(2),
        limit: max,
      });
    }
    return out;
  },
};

const effortBasisMissing: RuleImplementation<BasisParams> = {
  id: "dev.effort-basis-missing",
  scope: "line",
  paramsSchema: closedObject({ personMonthUnits: WORDS }),
  check({ facts }, params) {
    return (facts.linesByCategory.get("development") ?? [])
      .filter((line) => !billedInPersonMonths(line, params.personMonthUnits) && !line.personMonths)
      .map((line) => ({
        line,
        message: `“${quoteText(line.name)}”未按人月测算工作量，无法核对人月单价是否超过上限`,
        messageEn: `"${quoteText(line.name)}" gives no person-month basis, so its price per person-month cannot be checked`,
      }));
  },
};

export const devRules = [personMonthPriceRule, effortBasisMissing];
