import Decimal from "decimal.js";
import type { ProjectKind } from "../model/types";
import type { PackMoney } from "../standards/types";
import type { FindingDraft, RuleImplementation } from "./types";
import { packMoney } from "../money";
import { entryDraft } from "./generic-message";
import type { MessageArgs } from "../standards/messages";
import { closedObject, RATIO, KINDS, MONEY } from "./schema-parts";

export interface SupervisionParams {
  minAmount: PackMoney;
  kinds: ProjectKind[];
}

/** 议事规则 五(五)6: "100万(含)以上" is inclusive. */
const supervisionRequired: RuleImplementation<SupervisionParams> = {
  id: "process.supervision-required",
  measure: "money",
  scope: "sheet",
  notALimit: true,
  paramsSchema: closedObject({ minAmount: MONEY, kinds: KINDS }),
  messages: [""],
  check(ctx, params) {
    const { model, facts } = ctx;
    if (!params.kinds.includes(model.profile.kind)) return [];
    const total = facts.projectAmount;
    const min = packMoney(params.minAmount);
    if (total.lessThan(min) || (facts.linesByCategory.get("supervision") ?? []).length > 0) return [];
    return [
      entryDraft(
        ctx,
        "",
        { total: { money: total }, limit: { money: min } },
        { line: null, actual: total, limit: min },
      ),
    ];
  },
};

export interface ReviewRouteParams {
  filingBelow: PackMoney;
  jointReviewUpTo: PackMoney;
  hardwareShareMax: string;
  kinds: ProjectKind[];
}

/**
 * 议事规则 五(三): < 100万 filing; 100万–500万 joint review; > 500万 depends on the hardware share (hardware and
 * security products over 建设金额): above 30% the government-investment procedure, otherwise joint review. The
 * entry's messages: `.filing`, `.joint`, `.investment` (above, hardware share over) and `.joint-above` (above,
 * hardware share within).
 */
const reviewRoute: RuleImplementation<ReviewRouteParams> = {
  id: "process.review-route",
  measure: "money",
  scope: "sheet",
  notALimit: true,
  paramsSchema: closedObject({ filingBelow: MONEY, jointReviewUpTo: MONEY, hardwareShareMax: RATIO, kinds: KINDS }),
  messages: [".filing", ".joint", ".investment", ".joint-above"],
  check(ctx, params) {
    const { model, facts } = ctx;
    if (!params.kinds.includes(model.profile.kind)) return [];
    const total = facts.projectAmount;
    if (!total.greaterThan(0)) return [];
    const filing = packMoney(params.filingBelow);
    const joint = packMoney(params.jointReviewUpTo);
    const args = { total: { money: total }, filing: { money: filing }, joint: { money: joint } };
    const draft = (suffix: string, limit: Decimal, more: MessageArgs = {}): FindingDraft[] => [
      entryDraft(ctx, suffix, { ...args, ...more }, { line: null, actual: total, limit }),
    ];
    if (total.lessThan(filing)) return draft(".filing", filing);
    if (total.lessThanOrEqualTo(joint)) return draft(".joint", joint);
    const share = facts.hardwareAmount.dividedBy(total);
    const shareMax = new Decimal(params.hardwareShareMax);
    const shares = { share: { ratio: share }, shareMax: { ratio: shareMax } };
    return draft(share.greaterThan(shareMax) ? ".investment" : ".joint-above", joint, shares);
  },
};

export interface PublicTenderParams {
  above: PackMoney;
}

const publicTender: RuleImplementation<PublicTenderParams> = {
  id: "process.public-tender",
  measure: "money",
  scope: "sheet",
  notALimit: true,
  paramsSchema: closedObject({ above: MONEY }),
  messages: [""],
  check(ctx, params) {
    // 五(五)1 is on 建设金额: an O&M budget has none (its own review is process.om-review).
    if (ctx.model.profile.kind === "om") return [];
    const total = ctx.facts.projectAmount;
    const above = packMoney(params.above);
    if (!total.greaterThan(above)) return [];
    return [
      entryDraft(
        ctx,
        "",
        { total: { money: total }, limit: { money: above } },
        { line: null, actual: total, limit: above },
      ),
    ];
  },
};

export interface OmReviewParams {
  firstApplicationAbove: PackMoney;
  changeRatio: string;
}

/** 五(三): an O&M budget is reviewed by experts when first applied for above 100万, or when it moves > 10% from last year. */
const omReview: RuleImplementation<OmReviewParams> = {
  id: "process.om-review",
  measure: "money",
  scope: "sheet",
  notALimit: true,
  paramsSchema: closedObject({ firstApplicationAbove: MONEY, changeRatio: RATIO }),
  /** `.first`: a first application above the amount; `.change`: a change from last year above the ratio. */
  messages: [".first", ".change"],
  check(ctx, params) {
    const { model, facts, overrides } = ctx;
    if (model.profile.kind !== "om") return [];
    const grand = facts.grand;
    const last = overrides.lastYearOm;
    if (last === undefined) {
      const above = packMoney(params.firstApplicationAbove);
      if (!grand.greaterThan(above)) return [];
      return [
        entryDraft(
          ctx,
          ".first",
          { total: { money: grand }, limit: { money: above } },
          { line: null, actual: grand, limit: above },
        ),
      ];
    }
    if (!last.greaterThan(0)) return [];
    const change = grand.minus(last).abs().dividedBy(last);
    const max = new Decimal(params.changeRatio);
    if (!change.greaterThan(max)) return [];
    const args = { total: { money: grand }, last: { money: last }, change: { ratio: change }, max: { ratio: max } };
    return [entryDraft(ctx, ".change", args, { line: null, measure: "ratio", actual: change, limit: max })];
  },
};

export const processRules: RuleImplementation<never>[] = [supervisionRequired, reviewRoute, publicTender, omReview];
