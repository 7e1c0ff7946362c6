import Decimal from "decimal.js";
import type { BudgetLine, SystemType, Tier } from "../model/types";
import type { PackMoney } from "../standards/types";
import type { FindingDraft, RuleImplementation } from "./types";
import { sum } from "../money";
import { closedObject, COUNT, QUANTITY, MONEY, WORDS } from "./schema-parts";
import { hasWord, lineCount } from "./text-counts";
import { TIER_EN, TIER_ZH, totalOverCap } from "./tier-labels";

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
 * effort in 人月 and a total. With no declared tier the project may still not exceed the largest tier.
 */
function scaleTierRule(id: string, system: SystemType, nameZh: string, nameEn: string): RuleImplementation<ScaleTierParams> {
  return {
    id,
    scope: "sheet",
    paramsSchema: schema,
    check({ model, facts }, params) {
      if (model.profile.system !== system) return [];
      const tier: Tier = model.profile.tier ?? "large";
      const limits = params.tiers[tier];
      const unit = model.profile.unit;
      const prefixZh = `${TIER_ZH[tier]}${nameZh}${model.profile.tier ? "" : "（未声明规模，按大型上限）"}`;
      const prefixEn = `${nameEn} (${TIER_EN[tier]}${model.profile.tier ? "" : ", no tier declared: large-tier limits"})`;
      const findings: FindingDraft[] = [];

      const serverLines = (facts.linesByCategory.get("hardware") ?? []).filter((l) => hasWord(l.name, params.serverWords));
      const servers = sum(serverLines.map(lineCount));
      if (servers.greaterThan(limits.servers)) {
        findings.push({
          line: serverLines[0],
          lines: serverLines,
          measure: "count",
          message: `${prefixZh}服务器数量 ${servers.toFixed()} 台超过标准上限 ${limits.servers} 台`,
          messageEn: `${prefixEn}: ${servers.toFixed()} servers exceed the limit of ${limits.servers}`,
          actual: servers,
          limit: String(limits.servers),
        });
      }

      const devLines = facts.linesByCategory.get("development") ?? [];
      const efforts = devLines.map((l) => personMonthsOf(l, params.personMonthUnits));
      const personMonths = sum(efforts.filter((e): e is Decimal => e !== null));
      const pmLimit = new Decimal(limits.personMonths);
      if (personMonths.greaterThan(pmLimit)) {
        findings.push({
          line: devLines.find((_, i) => efforts[i] !== null),
          lines: devLines.filter((_, i) => efforts[i] !== null),
          measure: "person-months",
          message: `${prefixZh}开发工作量 ${personMonths.toFixed()} 人月超过标准上限 ${pmLimit.toFixed()} 人月`,
          messageEn: `${prefixEn}: development effort of ${personMonths.toFixed()} person-months exceeds the limit of ${pmLimit.toFixed()}`,
          actual: personMonths,
          limit: pmLimit,
        });
      }

      const overTotal = totalOverCap(facts.projectAmount, limits.total, unit, prefixZh, prefixEn);
      if (overTotal) findings.push(overTotal);
      return findings;
    },
  };
}

export const tierOa = scaleTierRule("tier.oa", "oa", "OA系统", "OA system");
export const tierWebsite = scaleTierRule("tier.website", "website", "门户网站", "Portal website");
