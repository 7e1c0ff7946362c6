import Decimal from "decimal.js";
import type { BudgetLine, SystemType, Tier } from "../model/types";
import type { PackMoney } from "../standards/types";
import type { FindingDraft, RuleImplementation } from "./types";
import { sum } from "../money";
import { closedObject, COUNT, QUANTITY, MONEY, WORDS } from "./schema-parts";
import { hasWord, lineCount } from "./text-counts";
import { totalOverCap } from "./tier-labels";
import { TIER_LABELS } from "../labels/profile";
import { entryDraft, entryText } from "./generic-message";

interface TierLimits {
  servers: number;
  personMonths: string;
  total: PackMoney;
}

export interface ScaleTierParams {
  tiers: Record<Tier, TierLimits>;
  serverWords: string[];
  /** 单位 labels that make a development line's 数量 a person-month count. */
  personMonthUnits: string[];
}

const TIER_LIMITS = closedObject({ servers: COUNT, personMonths: QUANTITY, total: MONEY });

const schema = closedObject({
  tiers: closedObject({ small: TIER_LIMITS, medium: TIER_LIMITS, large: TIER_LIMITS }),
  serverWords: WORDS,
  personMonthUnits: WORDS,
});

function personMonthsOf(line: BudgetLine, units: readonly string[]): Decimal | null {
  if (line.personMonths) return line.personMonths.value;
  if (line.quantity && units.includes(line.unitLabel.trim())) return line.quantity.value;
  return null;
}

/**
 * OA and portal websites share one shape in the standard (五(一), 五(三)): per tier a server count, a development
 * effort in 人月 and a total. With no declared tier the project may still not exceed the largest tier. The system
 * is named by the entry's message `.declared` or `.undeclared` ({tier}), the findings by `.servers`,
 * `.person-months` and `.total`.
 */
function scaleTierRule(id: string, system: SystemType): RuleImplementation<ScaleTierParams> {
  return {
    id,
    scope: "sheet",
    paramsSchema: schema,
    messages: [".declared", ".undeclared", ".servers", ".person-months", ".total"],
    check(ctx, params) {
      const { model, facts } = ctx;
      if (model.profile.system !== system) return [];
      const tier: Tier = model.profile.tier ?? "large";
      const limits = params.tiers[tier];
      const named = entryText(ctx, model.profile.tier ? ".declared" : ".undeclared", { tier: TIER_LABELS[tier] });
      const findings: FindingDraft[] = [];

      const serverLines = (facts.linesByCategory.get("hardware") ?? []).filter((l) =>
        hasWord(l.name, params.serverWords),
      );
      const servers = sum(serverLines.map(lineCount));
      if (servers.greaterThan(limits.servers)) {
        findings.push(
          entryDraft(
            ctx,
            ".servers",
            { system: named, servers: { text: servers.toFixed() }, limit: { text: String(limits.servers) } },
            {
              line: serverLines[0],
              lines: serverLines,
              measure: "count",
              actual: servers,
              limit: String(limits.servers),
            },
          ),
        );
      }

      const devLines = facts.linesByCategory.get("development") ?? [];
      const efforts = devLines.map((l) => personMonthsOf(l, params.personMonthUnits));
      const personMonths = sum(efforts.filter((e): e is Decimal => e !== null));
      const pmLimit = new Decimal(limits.personMonths);
      if (personMonths.greaterThan(pmLimit)) {
        findings.push(
          entryDraft(
            ctx,
            ".person-months",
            { system: named, personMonths: { text: personMonths.toFixed() }, limit: { text: pmLimit.toFixed() } },
            {
              line: devLines.find((_, i) => efforts[i] !== null),
              lines: devLines.filter((_, i) => efforts[i] !== null),
              measure: "person-months",
              actual: personMonths,
              limit: pmLimit,
            },
          ),
        );
      }

      const overTotal = totalOverCap(ctx, facts.projectAmount, limits.total, named);
      if (overTotal) findings.push(overTotal);
      return findings;
    },
  };
}

export const tierOa = scaleTierRule("tier.oa", "oa");
export const tierWebsite = scaleTierRule("tier.website", "website");
