import type { PackMoney } from "../standards/types";
import type { RuleImplementation } from "./types";
import { packMoney } from "../money";
import { entryDraft } from "./generic-message";
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
  messages: [""],
  check(ctx, params) {
    const { model, facts } = ctx;
    if (model.profile.system !== "info-release") return [];
    if (params.kinds && !params.kinds.includes(model.profile.kind)) return [];
    const total = facts.projectAmount;
    const cap = packMoney(params.maxTotal);
    if (!total.greaterThan(cap)) return [];
    return [
      entryDraft(
        ctx,
        "",
        { total: { money: total }, limit: { money: cap } },
        { line: null, actual: total, limit: cap },
      ),
    ];
  },
};
