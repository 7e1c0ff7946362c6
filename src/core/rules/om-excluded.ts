import type { RuleImplementation } from "./types";
import { KINDS, closedObject } from "./schema-parts";
import { lineMoney } from "../money";
import { quoteText } from "../quote";

/** 三(三)2: since 2018-01 these are not e-government O&M costs and must be budgeted elsewhere (a line at 0 costs nothing). */
const excludedItem: RuleImplementation<{ kinds: string[] }> = {
  id: "om.excluded-item",
  scope: "line",
  paramsSchema: closedObject({ kinds: KINDS }),
  check({ model, facts }, params) {
    if (!params.kinds.includes(model.profile.kind)) return [];
    return (facts.linesByCategory.get("om-excluded") ?? []).filter((line) => !lineMoney(line)?.isZero()).map((line) => ({
      line,
      message: `“${quoteText(line.name)}”（${quoteText(line.matchedKeyword ?? "该类费用")}）自2018年1月起不再列入电子政务运维经费`,
      messageEn: `"${quoteText(line.name)}" (${quoteText(line.matchedKeyword ?? "this cost")}) has not been an e-government O&M cost since January 2018`,
    }));
  },
};

export const omExcludedRules = [excludedItem];
