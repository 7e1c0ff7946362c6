import type { RuleImplementation } from "./types";
import { KINDS, closedObject } from "./schema-parts";
import { lineMoney } from "../money";
import { quoteText } from "../quote";
import { entryDraft } from "./generic-message";

/** 三(三)2: since 2018-01 these are not e-government O&M costs and must be budgeted elsewhere (a line at 0 costs nothing). */
const excludedItem: RuleImplementation<{ kinds: string[] }> = {
  id: "om.excluded-item",
  scope: "line",
  paramsSchema: closedObject({ kinds: KINDS }),
  messages: [""],
  check(ctx, params) {
    const { model, facts } = ctx;
    if (!params.kinds.includes(model.profile.kind)) return [];
    return (facts.linesByCategory.get("om-excluded") ?? [])
      .filter((line) => !lineMoney(line)?.isZero())
      .map((line) =>
        entryDraft(
          ctx,
          "",
          {
            name: { text: quoteText(line.name) },
            keyword: {
              zh: quoteText(line.matchedKeyword ?? "该类费用"),
              en: quoteText(line.matchedKeyword ?? "this cost"),
            },
          },
          { line },
        ),
      );
  },
};

export const omExcludedRules = [excludedItem];
