import type { PackMoney } from "../standards/types";
import type { RuleImplementation } from "./types";
import { formatMoney, packMoney } from "../money";
import { closedObject, KINDS, MONEY } from "./schema-parts";

export interface InfoReleaseParams {
  maxTotal: PackMoney;
  /** The project kinds the cap is on: "此类项目建设金额" — building one, not buying an operation service. */
  kinds?: string[];
}

export const tierInfoRelease: RuleImplementation<InfoReleaseParams> = {
  id: "tier.info-release",
  scope: "sheet",
  measure: "money",
  paramsSchema: closedObject({ maxTotal: MONEY, kinds: KINDS }, ["kinds"]),
  check({ model, facts }, params) {
    if (model.profile.system !== "info-release") return [];
    if (params.kinds && !params.kinds.includes(model.profile.kind)) return [];
    const total = facts.projectAmount;
    const cap = packMoney(params.maxTotal);
    if (!total.greaterThan(cap)) return [];
    const unit = model.profile.unit;
    return [
      {
        line: null,
        message: `信息发布类项目（微信公众号等）建设金额 ${formatMoney(total, unit)} 超过上限 ${formatMoney(cap, unit)}`,
        messageEn: `Information release project (WeChat account etc.): project amount ${formatMoney(total, unit)} exceeds the limit of ${formatMoney(cap, unit)}`,
        actual: total,
        limit: cap,
      },
    ];
  },
};
