import Decimal from "decimal.js";
import type { BudgetLine, Category } from "../model/types";
import type { Severity } from "../model/finding";
import type { FindingDraft, RuleContext, RuleImplementation } from "./types";
import { formatMoney, formatPercent, sum } from "../money";
import { CATEGORY_LIST, KINDS, RATIO, SEVERITY, closedObject } from "./schema-parts";
import { lineMoney } from "./facts";

function categoryTotal(ctx: RuleContext, category: Category): { total: Decimal; lines: BudgetLine[] } {
  const lines = ctx.facts.linesByCategory.get(category) ?? [];
  return { total: ctx.facts.byCategory.get(category) ?? new Decimal(0), lines };
}

/** The line a sheet-level fee finding points at: the largest one involved. */
function largest(lines: BudgetLine[]): BudgetLine | null {
  let best: BudgetLine | null = null;
  for (const l of lines) {
    const m = lineMoney(l);
    if (m && (!best || m.greaterThan(lineMoney(best) ?? 0))) best = l;
  }
  return best;
}

const CATEGORY_ZH: Partial<Record<Category, string>> = {
  consulting: "咨询（设计）费", supervision: "监理费", "software-test": "软件测评费", "security-test": "安全测评费",
};

/**
 * What an over-limit fee verdict says about money nothing could classify (domain.md §3.10): the ratio with that
 * money in the base too, and whether the verdict still holds. When it does not, the finding is a warning.
 */
function baseGap(ctx: RuleContext, fee: Decimal, base: Decimal, max: Decimal): { holds: boolean; zh: string; en: string } {
  const gap = ctx.facts.unclassified;
  if (gap.amount.lte(0)) return { holds: true, zh: "", en: "" };
  const unit = ctx.model.profile.unit;
  const widened = fee.dividedBy(base.plus(gap.amount));
  const holds = widened.greaterThan(max);
  const n = gap.lines.length;
  const zh = `；另有 ${n} 项未分类金额 ${formatMoney(gap.amount, unit)} 未计入基数，若计入则为 ${formatPercent(widened)}，${holds ? "仍超上限" : "不超上限，请先指定这些行的类别"}`;
  const en = `; ${n} unclassified line(s) worth ${formatMoney(gap.amount, unit)} are not in the base — with them it is ${formatPercent(widened)}, ${holds ? "still above the cap" : "within the cap: set those lines' categories first"}`;
  return { holds, zh, en };
}

interface CapParams {
  categories: Category[];
  maxRatio: string;
}

const fourFeesCap: RuleImplementation<CapParams> = {
  id: "fees.four-fees-cap",
  scope: "sheet",
  measure: "money",
  paramsSchema: closedObject({ categories: CATEGORY_LIST, maxRatio: RATIO }),
  check(ctx, params) {
    const base = ctx.facts.constructionBase;
    if (base.lte(0)) return [];
    const parts = params.categories.map((c) => categoryTotal(ctx, c));
    const total = sum(parts.map((p) => p.total));
    const limit = base.times(params.maxRatio);
    if (!total.greaterThan(limit)) return [];
    const unit = ctx.model.profile.unit;
    const names = params.categories.map((c) => CATEGORY_ZH[c] ?? c).join("、");
    const gap = baseGap(ctx, total, base, new Decimal(params.maxRatio));
    const group = parts.flatMap((p) => p.lines);
    return [{
      line: largest(group),
      lines: ctx.model.lines.filter((l) => group.includes(l)),
      capRate: params.maxRatio,
      ...(gap.holds ? {} : { severity: "warning" as const }),
      message: `${names}合计 ${formatMoney(total, unit)}，占项目建设费 ${formatMoney(base, unit)} 的 ${formatPercent(total.dividedBy(base))}，超过 ${formatPercent(new Decimal(params.maxRatio))}（上限 ${formatMoney(limit, unit)}）${gap.zh}`,
      messageEn: `Consulting, supervision, software and security testing total ${formatMoney(total, unit)}, ${formatPercent(total.dividedBy(base))} of the construction cost ${formatMoney(base, unit)}, above ${formatPercent(new Decimal(params.maxRatio))} (cap ${formatMoney(limit, unit)})${gap.en}`,
      actual: total,
      limit,
    }];
  },
};

interface RangeParams {
  minRatio: string;
  maxRatio: string;
  belowSeverity: Severity;
}

/** A fee that must sit within a band of a base: above the band is over the limit, below it needs a reason. */
function rateRange(id: string, category: Category, base: (ctx: RuleContext) => Decimal, feeZh: string, baseZh: string, feeEn: string, baseEn: string): RuleImplementation<RangeParams> {
  return {
    id,
    scope: "sheet",
    measure: "ratio",
    paramsSchema: closedObject({ minRatio: RATIO, maxRatio: RATIO, belowSeverity: SEVERITY }),
    check(ctx, params) {
      const { total, lines } = categoryTotal(ctx, category);
      const b = base(ctx);
      if (!lines.length || b.lte(0)) return [];
      const ratio = total.dividedBy(b);
      const min = new Decimal(params.minRatio);
      const max = new Decimal(params.maxRatio);
      const unit = ctx.model.profile.unit;
      const line = largest(lines);
      const head = `${feeZh} ${formatMoney(total, unit)} 占${baseZh} ${formatMoney(b, unit)} 的 ${formatPercent(ratio)}`;
      const headEn = `${feeEn} ${formatMoney(total, unit)} is ${formatPercent(ratio)} of the ${baseEn} ${formatMoney(b, unit)}`;
      const out: FindingDraft[] = [];
      if (ratio.greaterThan(max)) {
        const gap = baseGap(ctx, total, b, max);
        out.push({
          line, lines, capRate: max, ...(gap.holds ? {} : { severity: "warning" as const }),
          message: `${head}，超过上限 ${formatPercent(max)}${gap.zh}`, messageEn: `${headEn}, above the ${formatPercent(max)} cap${gap.en}`,
          actual: ratio.toDecimalPlaces(6), limit: max,
        });
      }
      else if (ratio.lessThan(min))
        out.push({ line, lines, severity: params.belowSeverity, message: `${head}，低于标准下限 ${formatPercent(min)}，请说明理由`, messageEn: `${headEn}, below the ${formatPercent(min)} floor; please justify`, actual: ratio.toDecimalPlaces(6), limit: min });
      return out;
    },
  };
}

const integrationRate = rateRange("fees.integration-rate", "integration", (ctx) => ctx.facts.purchaseBase, "系统集成费", "软硬件购置费", "System integration", "hardware and software purchase");
const securityTestRate = rateRange("fees.security-test-rate", "security-test", (ctx) => ctx.facts.constructionBase, "安全测评费", "项目建设费", "Security testing", "construction cost");

const cryptoTestMissing: RuleImplementation<{ kinds: string[] }> = {
  id: "fees.crypto-test-missing",
  scope: "sheet",
  paramsSchema: closedObject({ kinds: KINDS }),
  check({ model, facts }, params) {
    if (!params.kinds.includes(model.profile.kind) || !model.lines.length) return [];
    if ((facts.linesByCategory.get("crypto-test") ?? []).length) return [];
    return [{
      message: "新建或升级改造项目未列密码应用安全性评估（密码测评）费用，请确认是否已落实商用密码应用要求",
      messageEn: "A new or upgraded system lists no cryptography assessment (密码测评); confirm the commercial cryptography requirement is met",
    }];
  },
};

export const feeRules = [fourFeesCap, integrationRate, securityTestRate, cryptoTestMissing];
