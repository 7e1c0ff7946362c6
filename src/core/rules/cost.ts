import type { BudgetLine } from "../model/types";
import type { RuleImplementation } from "./types";
import { KEYWORD, LEVEL, closedObject } from "./schema-parts";
import { lineMoney } from "../money";
import { quoteText } from "../quote";
import { entryDraft } from "./generic-message";

interface Params {
  minLevel: number;
  levelWords: Record<string, number>;
}

/** The 等保 level a line states, from the classifier or from the pack's level words ("三级" → 3). */
function levelOf(line: BudgetLine, words: Record<string, number>): number | null {
  if (line.dengbaoLevel !== undefined && line.dengbaoLevel !== null) return line.dengbaoLevel;
  const text = `${line.name} ${line.spec} ${line.remark}`;
  const hits = Object.entries(words)
    .filter(([w]) => text.includes(w))
    .map(([, level]) => level);
  return hits.length ? Math.max(...hits) : null;
}

/**
 * 一(一): 三级等保 testing and remediation are funded separately, not inside the construction cost. A line budgeted
 * at 0 (as the verdict leaves it) costs nothing inside it.
 */
const excludedDengbao: RuleImplementation<Params> = {
  id: "cost.excluded-dengbao",
  scope: "line",
  paramsSchema: closedObject({
    minLevel: LEVEL,
    levelWords: { type: "object", propertyNames: KEYWORD, additionalProperties: LEVEL, minProperties: 1 },
  }),
  messages: [""],
  check(ctx, params) {
    return (ctx.facts.linesByCategory.get("dengbao") ?? [])
      .filter((line) => (levelOf(line, params.levelWords) ?? 0) >= params.minLevel && !lineMoney(line)?.isZero())
      .map((line) =>
        entryDraft(ctx, "", { name: { text: quoteText(line.name) }, minLevel: { number: params.minLevel } }, { line }),
      );
  },
};

export const costRules = [excludedDengbao];
