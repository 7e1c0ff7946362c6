import Decimal from "decimal.js";
import type { BudgetLine, BudgetModel, Tier } from "../model/types";
import type { Severity } from "../model/finding";
import type { PackMoney } from "../standards/types";
import type { RuleImplementation } from "./types";
import { packMoney } from "../money";
import { entryDraft } from "./generic-message";
import { closedObject, QUANTITY, MONEY, SEVERITY, WORDS } from "./schema-parts";
import { maxOf, numbersBefore } from "./text-counts";
import { TIER_LABELS } from "../labels/profile";

export interface ServerRoomTierParams {
  tiers: Record<Tier, { maxArea: string; total: PackMoney }>;
  areaUnits: string[];
  uncoveredSeverity: Severity;
}

const LIMITS = closedObject({ maxArea: QUANTITY, total: MONEY });

const schema = closedObject({
  tiers: closedObject({ small: LIMITS, medium: LIMITS, large: LIMITS }),
  areaUnits: WORDS,
  uncoveredSeverity: SEVERITY,
});

const TIER_ORDER: readonly Tier[] = ["small", "medium", "large"];

/**
 * The room's area. Several works (装修, 地板, 吊顶) are each priced per ㎡ of the same room, so the largest
 * area is the room, not their sum. Without a ㎡ line, an area written in the title, a name or a spec counts.
 */
function serverRoomArea(
  model: BudgetModel,
  areaUnits: readonly string[],
): { area: Decimal; line: BudgetLine | null } | null {
  const units = new Set(areaUnits.map((u) => u.toLowerCase()));
  const areaLines = model.lines.filter((l) => l.quantity && units.has(l.unitLabel.trim().toLowerCase()));
  if (areaLines.length) {
    const line = areaLines.reduce((a, b) => (b.quantity!.value.greaterThan(a.quantity!.value) ? b : a));
    return { area: line.quantity!.value, line };
  }
  const texts = [model.titleText, ...model.lines.flatMap((l) => [l.name, l.spec])];
  const area = maxOf(texts.flatMap((t) => numbersBefore(t, areaUnits)));
  return area ? { area, line: null } : null;
}

/**
 * 五(四) gives 20㎡ / 20–100㎡ / 100–300㎡. Each tier's upper edge is inclusive (a 20㎡ room is small, a 100㎡
 * room medium), matching "20㎡以下" being read as "at most 20㎡"; above the large tier the standard says nothing.
 */
export const tierServerRoom: RuleImplementation<ServerRoomTierParams> = {
  id: "tier.server-room",
  scope: "sheet",
  paramsSchema: schema,
  /** `.uncovered`: larger than the largest tier; `.total`: over its tier's cap. */
  messages: [".uncovered", ".total"],
  check(ctx, params) {
    const { model, facts } = ctx;
    if (model.profile.system !== "server-room") return [];
    const found = serverRoomArea(model, params.areaUnits);
    if (!found) return [];
    const { area, line } = found;
    const tier = TIER_ORDER.find((t) => area.lessThanOrEqualTo(params.tiers[t].maxArea));
    if (!tier) {
      const largest = new Decimal(params.tiers.large.maxArea);
      return [
        entryDraft(
          ctx,
          ".uncovered",
          { area: { text: area.toFixed() }, largest: { text: largest.toFixed() } },
          {
            line,
            severity: params.uncoveredSeverity,
            measure: "area",
            actual: area,
            limit: largest,
          },
        ),
      ];
    }
    const total = facts.projectAmount;
    const cap = packMoney(params.tiers[tier].total);
    if (!total.greaterThan(cap)) return [];
    const args = {
      tier: TIER_LABELS[tier],
      area: { text: area.toFixed() },
      total: { money: total },
      limit: { money: cap },
    };
    return [entryDraft(ctx, ".total", args, { line: null, measure: "money", actual: total, limit: cap })];
  },
};
