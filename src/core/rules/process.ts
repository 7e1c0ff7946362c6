import Decimal from "decimal.js";
import type { ProjectKind } from "../model/types";
import type { PackMoney } from "../standards/types";
import type { FindingDraft, RuleImplementation } from "./types";
import { formatMoney, formatPercent, packMoney } from "../money";
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
  paramsSchema: closedObject({ minAmount: MONEY, kinds: KINDS }),
  check({ model, facts }, params) {
    if (!params.kinds.includes(model.profile.kind)) return [];
    const total = facts.projectAmount;
    const min = packMoney(params.minAmount);
    if (total.lessThan(min) || (facts.linesByCategory.get("supervision") ?? []).length > 0) return [];
    const unit = model.profile.unit;
    return [
      {
        line: null,
        message: `建设金额 ${formatMoney(total, unit)} 达到 ${formatMoney(min, unit)}（含）以上，应开展信息系统工程监理，预算中未见监理费`,
        messageEn: `Project amount ${formatMoney(total, unit)} is at least ${formatMoney(min, unit)}: engineering supervision (监理) is required but no supervision line was found`,
        actual: total,
        limit: min,
      },
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
 * security products over 建设金额): above 30% the government-investment procedure, otherwise joint review.
 */
const reviewRoute: RuleImplementation<ReviewRouteParams> = {
  id: "process.review-route",
  measure: "money",
  scope: "sheet",
  paramsSchema: closedObject({ filingBelow: MONEY, jointReviewUpTo: MONEY, hardwareShareMax: RATIO, kinds: KINDS }),
  check({ model, facts }, params) {
    if (!params.kinds.includes(model.profile.kind)) return [];
    const total = facts.projectAmount;
    if (!total.greaterThan(0)) return [];
    const unit = model.profile.unit;
    const filing = packMoney(params.filingBelow);
    const joint = packMoney(params.jointReviewUpTo);
    const amount = formatMoney(total, unit);
    const draft = (message: string, messageEn: string, limit: Decimal): FindingDraft[] => [
      { line: null, message, messageEn, actual: total, limit },
    ];
    if (total.lessThan(filing)) {
      return draft(
        `建设金额 ${amount} 低于 ${formatMoney(filing, unit)}，实行备案制`,
        `Project amount ${amount} is below ${formatMoney(filing, unit)}: filing procedure (备案制)`,
        filing,
      );
    }
    if (total.lessThanOrEqualTo(joint)) {
      return draft(
        `建设金额 ${amount} 在 ${formatMoney(filing, unit)} 至 ${formatMoney(joint, unit)} 之间，需经联席会议审核`,
        `Project amount ${amount} is between ${formatMoney(filing, unit)} and ${formatMoney(joint, unit)}: review by the joint meeting (联席会议审核)`,
        joint,
      );
    }
    const share = facts.hardwareAmount.dividedBy(total);
    const shareMax = new Decimal(params.hardwareShareMax);
    if (share.greaterThan(shareMax)) {
      return draft(
        `建设金额 ${amount} 超过 ${formatMoney(joint, unit)} 且硬件占比 ${formatPercent(share)} 超过 ${formatPercent(shareMax)}，按政府投资项目管理办法审批`,
        `Project amount ${amount} exceeds ${formatMoney(joint, unit)} with a hardware share of ${formatPercent(share)} over ${formatPercent(shareMax)}: government investment project procedure`,
        joint,
      );
    }
    return draft(
      `建设金额 ${amount} 超过 ${formatMoney(joint, unit)}，硬件占比 ${formatPercent(share)} 未超过 ${formatPercent(shareMax)}，需经联席会议审核`,
      `Project amount ${amount} exceeds ${formatMoney(joint, unit)} with a hardware share of ${formatPercent(share)} (at most ${formatPercent(shareMax)}): review by the joint meeting (联席会议审核)`,
      joint,
    );
  },
};

export interface PublicTenderParams {
  above: PackMoney;
}

const publicTender: RuleImplementation<PublicTenderParams> = {
  id: "process.public-tender",
  measure: "money",
  scope: "sheet",
  paramsSchema: closedObject({ above: MONEY }),
  check({ model, facts }, params) {
    const total = facts.projectAmount;
    const above = packMoney(params.above);
    if (!total.greaterThan(above)) return [];
    const unit = model.profile.unit;
    return [
      {
        line: null,
        message: `建设金额 ${formatMoney(total, unit)} 超过 ${formatMoney(above, unit)}，应采用公开招标方式采购`,
        messageEn: `Project amount ${formatMoney(total, unit)} exceeds ${formatMoney(above, unit)}: procurement by public tender (公开招标)`,
        actual: total,
        limit: above,
      },
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
  paramsSchema: closedObject({ firstApplicationAbove: MONEY, changeRatio: RATIO }),
  check({ model, facts, overrides }, params) {
    if (model.profile.kind !== "om") return [];
    const grand = facts.grand;
    const unit = model.profile.unit;
    const last = overrides.lastYearOm;
    if (last === undefined) {
      const above = packMoney(params.firstApplicationAbove);
      if (!grand.greaterThan(above)) return [];
      return [
        {
          line: null,
          message: `运维预算 ${formatMoney(grand, unit)} 超过 ${formatMoney(above, unit)}，首次申报需组织专家评审`,
          messageEn: `O&M budget ${formatMoney(grand, unit)} exceeds ${formatMoney(above, unit)}: a first application needs an expert review`,
          actual: grand,
          limit: above,
        },
      ];
    }
    if (!last.greaterThan(0)) return [];
    const change = grand.minus(last).abs().dividedBy(last);
    const max = new Decimal(params.changeRatio);
    if (!change.greaterThan(max)) return [];
    return [
      {
        line: null,
        message: `运维预算 ${formatMoney(grand, unit)} 较上年 ${formatMoney(last, unit)} 变动 ${formatPercent(change)}，超过 ${formatPercent(max)}，需组织专家评审`,
        messageEn: `O&M budget ${formatMoney(grand, unit)} changes by ${formatPercent(change)} from last year's ${formatMoney(last, unit)}, more than ${formatPercent(max)}: expert review needed`,
        measure: "ratio",
        actual: change,
        limit: max,
      },
    ];
  },
};

export const processRules: RuleImplementation<never>[] = [supervisionRequired, reviewRoute, publicTender, omReview];
