import Decimal from "decimal.js";
import type { BudgetLine, Category } from "../model/types";
import type { Severity } from "../model/finding";
import type { FindingDraft, RuleContext, RuleImplementation } from "./types";
import type { StandardPack } from "../standards/types";
import { overGroupCap, sum } from "../money";
import { renderMessage } from "../standards/messages";
import { entryDraft } from "./generic-message";
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

/** The messages an over-limit verdict adds about unclassified money: it still holds with that money, or not. */
const GAP_MESSAGES = [".unclassified-over", ".unclassified-within"] as const;

/**
 * What an over-limit fee verdict says about money nothing could classify (domain.md §3.10): the ratio with that
 * money in the base too, and whether the verdict still holds (the entry's message `.unclassified-over` or
 * `.unclassified-within`). When it does not, the finding is a warning.
 */
function baseGap(
  ctx: RuleContext,
  fee: Decimal,
  base: Decimal,
  max: Decimal,
): { holds: boolean; zh: string; en: string } {
  const gap = ctx.facts.unclassified;
  if (gap.amount.lte(0)) return { holds: true, zh: "", en: "" };
  const widened = fee.dividedBy(base.plus(gap.amount));
  const holds = widened.greaterThan(max);
  const id = `${ctx.entry.id}${holds ? GAP_MESSAGES[0] : GAP_MESSAGES[1]}`;
  const r = renderMessage(
    ctx.pack,
    id,
    { count: { number: gap.lines.length }, amount: { money: gap.amount }, widened: { ratio: widened } },
    ctx.model.profile.unit,
  );
  return { holds, zh: r.zh, en: r.en };
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
  messages: ["", ...GAP_MESSAGES],
  check(ctx, params) {
    const base = ctx.facts.constructionBase;
    if (base.lte(0)) return [];
    const parts = params.categories.map((c) => categoryTotal(ctx, c));
    const total = sum(parts.map((p) => p.total));
    const limit = base.times(params.maxRatio);
    const group = parts.flatMap((p) => p.lines);
    if (!overGroupCap(total, limit, group.length)) return [];
    const gap = baseGap(ctx, total, base, new Decimal(params.maxRatio));
    const args = {
      total: { money: total },
      base: { money: base },
      ratio: { ratio: total.dividedBy(base) },
      maxRatio: { ratio: new Decimal(params.maxRatio) },
      limit: { money: limit },
      gap: { zh: gap.zh, en: gap.en },
    };
    return [
      entryDraft(ctx, "", args, {
        line: largest(group),
        lines: ctx.model.lines.filter((l) => group.includes(l)),
        capRate: params.maxRatio,
        ...(gap.holds ? {} : { severity: "warning" as const }),
        actual: total,
        limit,
      }),
    ];
  },
  cap: {
    kind: "group",
    step: 4,
    messages: [".approved", ".approved-spread"],
    group: (params, pack) => ({
      categories: params.categories,
      base: pack.bases.construction,
      maxRatio: new Decimal(params.maxRatio),
    }),
  },
};

interface RangeParams {
  minRatio: string;
  maxRatio: string;
  belowSeverity: Severity;
}

/**
 * A fee that must sit within a band of a base: above the band is over the limit (the entry's message `.over`),
 * below it needs a reason (`.below`); the fee and the base are named by the pack's templates.
 */
function rateRange(
  id: string,
  category: Category,
  base: (ctx: RuleContext) => Decimal,
  cap: { step: number; base: (pack: StandardPack) => readonly Category[] },
): RuleImplementation<RangeParams> {
  return {
    id,
    scope: "sheet",
    measure: "ratio",
    paramsSchema: closedObject({ minRatio: RATIO, maxRatio: RATIO, belowSeverity: SEVERITY }),
    messages: [".over", ".below", ...GAP_MESSAGES],
    check(ctx, params) {
      const { total, lines } = categoryTotal(ctx, category);
      const b = base(ctx);
      if (!lines.length || b.lte(0)) return [];
      const ratio = total.dividedBy(b);
      const min = new Decimal(params.minRatio);
      const max = new Decimal(params.maxRatio);
      const line = largest(lines);
      const args = { fee: { money: total }, base: { money: b }, ratio: { ratio } };
      const out: FindingDraft[] = [];
      if (ratio.greaterThan(max) && overGroupCap(total, b.times(max), lines.length)) {
        const gap = baseGap(ctx, total, b, max);
        out.push(
          entryDraft(
            ctx,
            ".over",
            { ...args, max: { ratio: max }, gap: { zh: gap.zh, en: gap.en } },
            {
              line,
              lines,
              capRate: max,
              ...(gap.holds ? {} : { severity: "warning" as const }),
              actual: ratio.toDecimalPlaces(6),
              limit: max,
            },
          ),
        );
      } else if (ratio.lessThan(min))
        out.push(
          entryDraft(
            ctx,
            ".below",
            { ...args, min: { ratio: min } },
            { line, lines, severity: params.belowSeverity, actual: ratio.toDecimalPlaces(6), limit: min },
          ),
        );
      return out;
    },
    cap: {
      kind: "group",
      step: cap.step,
      messages: [".approved", ".approved-spread"],
      group: (params, pack) => ({
        categories: [category],
        base: cap.base(pack),
        maxRatio: new Decimal(params.maxRatio),
      }),
    },
  };
}

// domain.md §6: integration (step 2) on the 审定 软硬件购置费, then security testing (step 3) on the 审定 项目建设费.
const integrationRate = rateRange("fees.integration-rate", "integration", (ctx) => ctx.facts.purchaseBase, {
  step: 2,
  base: (pack) => pack.bases.purchase,
});
const securityTestRate = rateRange("fees.security-test-rate", "security-test", (ctx) => ctx.facts.constructionBase, {
  step: 3,
  base: (pack) => pack.bases.construction,
});

const cryptoTestMissing: RuleImplementation<{ kinds: string[] }> = {
  id: "fees.crypto-test-missing",
  scope: "sheet",
  paramsSchema: closedObject({ kinds: KINDS }),
  messages: [""],
  check(ctx, params) {
    const { model, facts } = ctx;
    if (!params.kinds.includes(model.profile.kind) || !model.lines.length) return [];
    if ((facts.linesByCategory.get("crypto-test") ?? []).length) return [];
    return [entryDraft(ctx, "", {})];
  },
};

export const feeRules = [fourFeesCap, integrationRate, securityTestRate, cryptoTestMissing];
