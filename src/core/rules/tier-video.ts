import Decimal from "decimal.js";
import type { BudgetLine, Tier } from "../model/types";
import type { PackMoney } from "../standards/types";
import type { FindingDraft, RuleContext, RuleImplementation } from "./types";
import { sum } from "../money";
import { closedObject, COUNT, MONEY, WORDS } from "./schema-parts";
import { hasWord, lineCount } from "./text-counts";
import { totalOverCap } from "./tier-labels";
import { TIER_LABELS } from "../labels/profile";
import { entryDraft, entryText } from "./generic-message";

interface VideoTierLimits {
  terminals?: number;
  mcu?: number;
  total?: PackMoney;
}

export interface VideoTierParams {
  tiers: Record<Tier, VideoTierLimits>;
  /** Tier by terminal count when none is declared: < smallBelow small, > largeAbove large, otherwise medium. */
  terminalTiers: { smallBelow: number; largeAbove: number };
  terminalWords: string[];
  mcuWords: string[];
}

const LIMITS = closedObject({ terminals: COUNT, mcu: COUNT, total: MONEY }, ["terminals", "mcu", "total"]);

const schema = closedObject({
  tiers: closedObject({ small: LIMITS, medium: LIMITS, large: LIMITS }),
  terminalTiers: closedObject({ smallBelow: COUNT, largeAbove: COUNT }),
  terminalWords: WORDS,
  mcuWords: WORDS,
});

/** Devices are hardware lines; unclassified lines count too, since "多点控制单元" may match no category keyword. */
function deviceLines(ctx: RuleContext): BudgetLine[] {
  const cats = new Set([...ctx.pack.bases.hardware, "other"]);
  return ctx.model.lines.filter((l) => cats.has(l.category));
}

function tierByTerminals(terminals: Decimal, edges: VideoTierParams["terminalTiers"]): Tier {
  if (terminals.lessThan(edges.smallBelow)) return "small";
  if (terminals.greaterThan(edges.largeAbove)) return "large";
  return "medium";
}

/**
 * 五(二): the tier follows the number of terminals, so with no declared tier the terminal cap of the inferred tier
 * can only bite at its upper edge; MCUs and the total are what usually exceed. The large tier caps only MCUs.
 */
export const tierVideo: RuleImplementation<VideoTierParams> = {
  id: "tier.video-conference",
  scope: "sheet",
  paramsSchema: schema,
  /**
   * The system is named by `.declared` or `.inferred` ({tier}, {terminals}); the findings are `.terminals`, `.mcu`
   * and `.total`.
   */
  messages: [".declared", ".inferred", ".terminals", ".mcu", ".total"],
  check(ctx, params) {
    const { model, facts } = ctx;
    if (model.profile.system !== "video-conference") return [];
    const devices = deviceLines(ctx);
    const mcuLines = devices.filter((l) => hasWord(l.name, params.mcuWords));
    const terminalLines = devices.filter(
      (l) => !hasWord(l.name, params.mcuWords) && hasWord(l.name, params.terminalWords),
    );
    const terminals = sum(terminalLines.map(lineCount));
    const mcus = sum(mcuLines.map(lineCount));
    const declared = model.profile.tier;
    const tier = declared ?? tierByTerminals(terminals, params.terminalTiers);
    const limits = params.tiers[tier];
    const named = entryText(ctx, declared ? ".declared" : ".inferred", {
      tier: TIER_LABELS[tier],
      terminals: { text: terminals.toFixed() },
    });
    const findings: FindingDraft[] = [];

    const countCheck = (
      actual: Decimal,
      limit: number | undefined,
      lines: BudgetLine[],
      suffix: ".terminals" | ".mcu",
    ) => {
      if (limit === undefined || !actual.greaterThan(limit)) return;
      findings.push(
        entryDraft(
          ctx,
          suffix,
          { system: named, actual: { text: actual.toFixed() }, limit: { text: String(limit) } },
          {
            line: lines[0],
            lines,
            measure: "count",
            actual,
            limit: String(limit),
          },
        ),
      );
    };
    countCheck(terminals, limits.terminals, terminalLines, ".terminals");
    countCheck(mcus, limits.mcu, mcuLines, ".mcu");

    const overTotal = limits.total ? totalOverCap(ctx, facts.projectAmount, limits.total, named) : null;
    if (overTotal) findings.push(overTotal);
    return findings;
  },
};
