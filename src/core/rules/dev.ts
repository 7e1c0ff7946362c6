import Decimal from "decimal.js";
import type { BudgetLine, ReadField } from "../model/types";
import type { CapResult, LineCapInput, LineCapper } from "../model/adjustment";
import type { PackMoney } from "../standards/types";
import type { FindingDraft, RuleImplementation } from "./types";
import { fromYuan, packMoney } from "../money";
import { a1 } from "../snapshot/address";
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
  /** Other units of effort (人天, 工日): a line billed in them states its effort, though not per 人月. */
  effortUnits?: string[];
}

function billedInPersonMonths(line: BudgetLine, units: readonly string[]): boolean {
  return line.unitLabel !== "" && hasWord(line.unitLabel, units);
}

/**
 * The price of one person-month: the unit price when the line is billed in 人月, otherwise the amount spread over
 * the 人月 column. Null when the sheet gives no basis.
 */
function personMonthPrice(
  line: BudgetLine,
  units: readonly string[],
): { price: Decimal; cell: BudgetLine["nameCell"] } | null {
  if (billedInPersonMonths(line, units) && line.unitPrice)
    return { price: line.unitPrice.value, cell: line.unitPrice.cell };
  if (billedInPersonMonths(line, units) && line.amount && line.quantity && !line.quantity.value.isZero())
    return { price: line.amount.value.dividedBy(line.quantity.value), cell: line.amount.cell };
  if (line.personMonths && !line.personMonths.value.isZero()) {
    // A count written in the name ("（12人月）") says nothing of what the 单价 column is per: the amount is spread.
    if (line.unitPrice && line.personMonths.source !== "text")
      return { price: line.unitPrice.value, cell: line.unitPrice.cell };
    const money = line.amount ?? line.fee;
    if (money) return { price: money.value.dividedBy(line.personMonths.value), cell: money.cell };
  }
  return null;
}

/** What an over-the-cap finding tells the cap: the cap, the price the line states, and its 人月 count. */
interface PriceFacts {
  cap: Decimal;
  stated: Decimal;
  /** The 人月 the amount is for: the 数量 of a line billed in 人月, else the 人月 column or the name's words. */
  count: ReadField | null;
  /** The 单价 cell, set to the cap along with the amount. */
  price: ReadField | null;
}

/** The 人月 count a line's amount is for, read with the same words as its price. */
function personMonthCount(line: BudgetLine, units: readonly string[]): ReadField | null {
  const field = (billedInPersonMonths(line, units) ? (line.quantity ?? line.personMonths) : line.personMonths) ?? null;
  return field && field.value.greaterThan(0) ? field : null;
}

/**
 * §6 step 1: 人月数 × the cap, written as a live formula when the count is a cell (a count read from the name's
 * words has no cell, and the 单价 is then not a per-person-month price: a value); without a count, the 送审 × cap ÷
 * the stated price.
 */
const capPersonMonths: LineCapper<PriceFacts> = {
  kind: "line",
  messages: [".approved", ".approved-pro-rata"],
  approve(f: PriceFacts, { money, approved, unit }: LineCapInput): CapResult | null {
    const priceUnit = f.price?.unit ?? unit;
    const amountUnit = money.unit ?? unit;
    const target = (field: ReadField) => ({ cell: field.cell, address: a1(field.cell.row, field.cell.col) });
    const price = f.price ? { ...target(f.price), value: fromYuan(f.cap, priceUnit), unit: priceUnit } : null;
    const args = { price: { money: f.stated }, cap: { money: f.cap } };
    if (f.count) {
      const count = { text: f.count.value.toFixed() };
      return {
        value: f.count.value.times(f.cap),
        reason: { suffix: ".approved", args: { ...args, count } },
        formula:
          f.count.source === "text"
            ? null
            : { kind: "person-months", count: target(f.count), price, cap: fromYuan(f.cap, amountUnit) },
      };
    }
    if (f.stated.lte(0)) return null;
    return {
      value: approved.times(f.cap).dividedBy(f.stated),
      reason: { suffix: ".approved-pro-rata", args },
      formula: { kind: "person-months", count: null, price, cap: fromYuan(f.cap, amountUnit) },
    };
  },
};

const personMonthPriceRule: RuleImplementation<PriceParams, PriceFacts> = {
  id: "dev.person-month-price",
  scope: "line",
  measure: "money",
  paramsSchema: closedObject({ maxPrice: MONEY, personMonthUnits: WORDS }),
  messages: [""],
  check(ctx, params) {
    const { facts } = ctx;
    const max = packMoney(params.maxPrice);
    const out: FindingDraft<PriceFacts>[] = [];
    for (const line of facts.linesByCategory.get("development") ?? []) {
      const found = personMonthPrice(line, params.personMonthUnits);
      if (!found || !found.price.greaterThan(max)) continue;
      out.push(
        entryDraft(
          ctx,
          "",
          { name: { text: quoteText(line.name) }, price: { money: found.price }, limit: { money: max } },
          {
            line,
            cell: found.cell,
            cells: line.amount ? [line.amount.cell] : [],
            actual: found.price.toDecimalPlaces(2),
            limit: max,
            capFacts: {
              cap: max,
              stated: line.unitPrice?.value ?? found.price,
              count: personMonthCount(line, params.personMonthUnits),
              price: line.unitPrice ?? null,
            },
          },
        ),
      );
    }
    return out;
  },
  cap: capPersonMonths,
};

const effortBasisMissing: RuleImplementation<BasisParams> = {
  id: "dev.effort-basis-missing",
  scope: "line",
  paramsSchema: closedObject({ personMonthUnits: WORDS, effortUnits: WORDS }, ["effortUnits"]),
  messages: [""],
  check(ctx, params) {
    return (ctx.facts.linesByCategory.get("development") ?? [])
      .filter(
        (line) =>
          !billedInPersonMonths(line, params.personMonthUnits) &&
          !billedInPersonMonths(line, params.effortUnits ?? []) &&
          !line.personMonths,
      )
      .map((line) => entryDraft(ctx, "", { name: { text: quoteText(line.name) } }, { line }));
  },
};

export const devRules = [personMonthPriceRule, effortBasisMissing];
