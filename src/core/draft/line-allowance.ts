import Decimal from "decimal.js";
import type { BudgetLine, BudgetModel, Category, HardwareClass } from "../model/types";
import type { StandardPack } from "../standards/types";
import { resolvedRules } from "../rules/resolve";
import { lineMoneyField, packMoney, rateBase } from "../money";

/**
 * What the standard allows one line, and why — derived from the same resolved rules and pack data the audit runs
 * (the rule's params, the pack's class rates and bases), never from a copy of the standard's numbers. Money in 元.
 */
export type LineAllowance =
  | {
      kind: "person-month";
      /** The 人月 price cap, the line's 人月 count and the amount it allows (count × cap); the price it states. */
      cap: Decimal;
      count: Decimal | null;
      allowed: Decimal | null;
      actual: Decimal;
      citation: string;
    }
  | {
      kind: "maintenance";
      /** Hardware (its class), a security device, product software, application software. */
      what: "hardware" | "security-device" | "product-software" | "app-software";
      cls?: HardwareClass;
      rate: Decimal;
      base: Decimal | null;
      allowed: Decimal | null;
      actual: Decimal;
      citation: string;
    }
  | {
      kind: "fee-range";
      /** The fee's allowed range as a share of its base (软硬件购置费 or 项目建设费), at the base's current amount. */
      fee: "integration" | "security-test";
      min: Decimal;
      max: Decimal;
      base: Decimal;
      low: Decimal;
      high: Decimal;
      actual: Decimal;
      citation: string;
      group?: GroupHeadroom;
    }
  | { kind: "group"; actual: Decimal; group: GroupHeadroom; citation: string };

/** The four fees' cap on 项目建设费: what the group may total, what it totals, and what is left (negative: over). */
export interface GroupHeadroom {
  maxRatio: Decimal;
  cap: Decimal;
  used: Decimal;
  headroom: Decimal;
  citation: string;
}

function moneyOf(line: BudgetLine): Decimal {
  return lineMoneyField(line)?.value ?? new Decimal(0);
}

/** The sum of the counted lines of some categories, as the audit's bases add them. */
function baseOf(model: BudgetModel, categories: readonly Category[]): Decimal {
  const set = new Set(categories);
  return model.lines.filter((l) => set.has(l.category)).reduce((s, l) => s.plus(moneyOf(l)), new Decimal(0));
}

/**
 * The allowance of the line `lineId` under `pack` (the pack the audit used, on the model it built), or null when the
 * standard sets no limit for such a line.
 */
export function lineAllowance(model: BudgetModel, pack: StandardPack, lineId: string): LineAllowance | null {
  const line = model.lines.find((l) => l.id === lineId);
  if (!line) return null;
  const rules = new Map<string, { params: Record<string, unknown>; citation: string }>();
  for (const r of resolvedRules(pack).values())
    rules.set(r.impl.id, { params: (r.entry.params ?? {}) as Record<string, unknown>, citation: r.entry.citation });
  const actual = moneyOf(line);

  const group = (): GroupHeadroom | undefined => {
    const rule = rules.get("fees.four-fees-cap");
    if (!rule) return undefined;
    const categories = (rule.params.categories as Category[] | undefined) ?? [];
    if (!categories.includes(line.category)) return undefined;
    const maxRatio = new Decimal(rule.params.maxRatio as string);
    const cap = baseOf(model, pack.bases.construction).times(maxRatio);
    const used = baseOf(model, categories);
    return { maxRatio, cap, used, headroom: cap.minus(used), citation: rule.citation };
  };

  if (line.category === "development") {
    const rule = rules.get("dev.person-month-price");
    if (!rule) return null;
    const cap = packMoney(rule.params.maxPrice as never);
    const count =
      line.personMonths?.value ?? (/人.?月/.test(line.unitLabel) ? line.quantity?.value : undefined) ?? null;
    const price = line.unitPrice?.value ?? (count && !count.isZero() ? actual.dividedBy(count) : actual);
    return {
      kind: "person-month",
      cap,
      count,
      allowed: count ? count.times(cap) : null,
      actual: price,
      citation: rule.citation,
    };
  }

  const maintenance = (
    what: "hardware" | "security-device" | "product-software" | "app-software",
    rate: Decimal | null,
    citation: string,
    cls?: HardwareClass,
  ): LineAllowance | null => {
    if (!rate) return null;
    const base = rateBase(line)?.value ?? null;
    const fee = line.fee?.value ?? actual;
    return {
      kind: "maintenance",
      what,
      cls,
      rate,
      base,
      allowed: base ? base.times(rate) : null,
      actual: fee,
      citation,
    };
  };
  if (line.category === "om-hardware") {
    const rule = rules.get("om.hardware-rate");
    const cls = line.hardwareClass?.cls ?? pack.hardwareClasses.default;
    const rate = pack.hardwareClasses.classes[cls]?.rate;
    return rule && rate ? maintenance("hardware", new Decimal(rate), rule.citation, cls) : null;
  }
  if (line.category === "om-security-device") {
    const rule = rules.get("om.security-device-rate");
    return rule ? maintenance("security-device", new Decimal(rule.params.maxRate as string), rule.citation) : null;
  }
  if (line.category === "om-product-software") {
    const rule = rules.get("om.product-software-rate");
    const type = line.softwareType ?? "unknown";
    if (!rule || type === "unknown") return null;
    const rate = type === "domestic" ? rule.params.domesticMaxRate : rule.params.toolMaxRate;
    return maintenance("product-software", new Decimal(rate as string), rule.citation);
  }
  if (line.category === "om-app-software") {
    const rule = rules.get("om.app-software-rate");
    const rates = rule?.params.rates as Record<string, string> | undefined;
    if (!rule || !rates || !line.complexity) return null;
    return maintenance("app-software", new Decimal(rates[line.complexity]), rule.citation);
  }

  const range = (fee: "integration" | "security-test", id: string, base: Decimal): LineAllowance | null => {
    const rule = rules.get(id);
    if (!rule) return null;
    const min = new Decimal(rule.params.minRatio as string);
    const max = new Decimal(rule.params.maxRatio as string);
    const g = group();
    return {
      kind: "fee-range",
      fee,
      min,
      max,
      base,
      low: base.times(min),
      high: base.times(max),
      actual,
      citation: rule.citation,
      ...(g ? { group: g } : {}),
    };
  };
  if (line.category === "integration")
    return range("integration", "fees.integration-rate", baseOf(model, pack.bases.purchase));
  if (line.category === "security-test")
    return range("security-test", "fees.security-test-rate", baseOf(model, pack.bases.construction));
  const g = group();
  return g ? { kind: "group", actual, group: g, citation: g.citation } : null;
}
