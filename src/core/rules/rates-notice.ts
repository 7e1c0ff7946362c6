import Decimal from "decimal.js";
import type { Category } from "../model/types";
import type { RuleImplementation } from "./types";
import { CATEGORY_LIST, closedObject, WORDS } from "./schema-parts";
import { MESSAGE_ID } from "./generic-conditions";
import { messageDraft } from "./generic-message";
import { renderMessage } from "../standards/messages";
import { lineMoney } from "./facts";
import { sum } from "../money";

export interface ObservedFigure {
  /** person-month-price: development money per 人月; share: categories over base; maintenance-rate: O&M fee over 原值. */
  figure: "person-month-price" | "share" | "maintenance-rate";
  categories?: Category[];
  base?: Category[];
  personMonthUnits?: string[];
  /** Template of this figure ({value}); the figures found are joined into the notice's {observed}. */
  message: string;
}

export interface RatesNoticeParams {
  message: string;
  observed?: ObservedFigure[];
}

/**
 * The notice of a pack that sets no cost rates (district-packs.md §1.1): once per file, info, with the figures the
 * budget shows (人月单价, 四项费用占比, 集成占比, 运维费率) as plain information, judged against nothing.
 */
const ratesNotice: RuleImplementation<RatesNoticeParams> = {
  id: "generic.rates-not-defined",
  scope: "sheet",
  paramsSchema: closedObject(
    {
      message: MESSAGE_ID,
      observed: {
        type: "array",
        items: closedObject(
          {
            figure: { enum: ["person-month-price", "share", "maintenance-rate"] },
            categories: CATEGORY_LIST,
            base: CATEGORY_LIST,
            personMonthUnits: WORDS,
            message: MESSAGE_ID,
          },
          ["categories", "base", "personMonthUnits"],
        ),
      },
    },
    ["observed"],
  ),
  check(ctx, params) {
    const unit = ctx.model.profile.unit;
    const parts: { zh: string; en: string }[] = [];
    const total = (cats: readonly Category[]) => sum(cats.map((c) => ctx.facts.byCategory.get(c) ?? new Decimal(0)));
    for (const f of params.observed ?? []) {
      let value: { money: Decimal } | { ratio: Decimal } | null = null;
      if (f.figure === "person-month-price") {
        const units = f.personMonthUnits ?? ["人月"];
        let money = new Decimal(0);
        let pm = new Decimal(0);
        for (const l of ctx.facts.linesByCategory.get("development") ?? []) {
          const amount = lineMoney(l);
          const months = l.personMonths?.value ?? (units.includes(l.unitLabel.trim()) ? l.quantity?.value : undefined);
          if (!amount || !months || months.isZero()) continue;
          money = money.plus(amount);
          pm = pm.plus(months);
        }
        if (pm.greaterThan(0)) value = { money: money.dividedBy(pm) };
      } else if (f.figure === "share") {
        const base = total(f.base ?? []);
        const part = total(f.categories ?? []);
        if (base.greaterThan(0) && part.greaterThan(0)) value = { ratio: part.dividedBy(base) };
      } else {
        const lines = (f.categories ?? []).flatMap((c) => ctx.facts.linesByCategory.get(c) ?? []);
        const fees = lines.filter((l) => l.purchase && (l.fee ?? l.amount));
        const base = sum(fees.map((l) => l.purchase!.value));
        if (base.greaterThan(0)) value = { ratio: sum(fees.map((l) => (l.fee ?? l.amount)!.value)).dividedBy(base) };
      }
      if (value) parts.push(renderMessage(ctx.pack, f.message, { value }, unit));
    }
    const observed = { zh: parts.map((p) => p.zh).join("；"), en: parts.map((p) => p.en).join("; ") };
    return [messageDraft(ctx, params.message, { observed }, { line: null })];
  },
};

export const ratesNoticeRules: RuleImplementation<never>[] = [ratesNotice] as RuleImplementation<never>[];
