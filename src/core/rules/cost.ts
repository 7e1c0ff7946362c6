import type { BudgetLine } from "../model/types";
import type { RuleImplementation } from "./types";
import { KEYWORD, LEVEL, closedObject } from "./schema-parts";
import { lineMoney } from "../money";
import { quoteText } from "../quote";

interface Params {
  minLevel: number;
  levelWords: Record<string, number>;
}

/** The 等保 level a line states, from the classifier or from the pack's level words ("三级" → 3). */
function levelOf(line: BudgetLine, words: Record<string, number>): number | null {
  if (line.dengbaoLevel !== undefined && line.dengbaoLevel !== null) return line.dengbaoLevel;
  const text = `${line.name} ${line.spec} ${line.remark}`;
  const hits = Object.entries(words).filter(([w]) => text.includes(w)).map(([, level]) => level);
  return hits.length ? Math.max(...hits) : null;
}

/**
 * 一(一): 三级等保 testing and remediation are funded separately, not inside the construction cost. A line budgeted
 * at 0 (as the verdict leaves it) costs nothing inside it.
 */
const excludedDengbao: RuleImplementation<Params> = {
  id: "cost.excluded-dengbao",
  scope: "line",
  paramsSchema: closedObject({ minLevel: LEVEL, levelWords: { type: "object", propertyNames: KEYWORD, additionalProperties: LEVEL, minProperties: 1 } }),
  check({ facts }, params) {
    return (facts.linesByCategory.get("dengbao") ?? [])
      .filter((line) => (levelOf(line, params.levelWords) ?? 0) >= params.minLevel && !lineMoney(line)?.isZero())
      .map((line) => ({
        line,
        message: `“${quoteText(line.name)}”属于三级及以上等级保护测评/整改费用，不应列入项目建设费用`,
        messageEn: `"${quoteText(line.name)}" is level-3 (or higher) classified-protection testing/remediation, which must not be inside the construction cost`,
      }));
  },
};

export const costRules = [excludedDengbao];
