import type { BudgetLine } from "../model/types";
import type { Severity } from "../model/finding";
import type { FindingDraft, RuleImplementation } from "./types";
import { closedObject, SEVERITY } from "./schema-parts";
import {
  caseSeverity,
  CONDITION,
  evaluate,
  LINE_MATCH,
  lineMatches,
  MESSAGE_ID,
  SEVERITY_CASES,
  type Condition,
  type LineMatch,
  type SeverityCase,
} from "./generic-conditions";
import { messageDraft } from "./generic-message";
import { lineMoney } from "./facts";

export interface ForbiddenGroup {
  match: LineMatch;
  message: string;
  severity?: Severity;
  severityCases?: SeverityCase[];
  /** A line with no amount (or 0) is not reported: a 质保 line inside the contract price is no funding. */
  skipUnpriced?: boolean;
}

export interface ForbiddenLinesParams {
  /** Kinds of project (and other conditions) in which these lines are out of place. */
  when?: Condition;
  /** Tried in order for each line; a line is reported once, by the first group it matches. */
  groups: ForbiddenGroup[];
}

/** Forbidden line kinds by project kind: each line matching a group is a finding on that line. */
const forbiddenLines: RuleImplementation<ForbiddenLinesParams> = {
  id: "generic.forbidden-lines",
  scope: "line",
  measure: "money",
  paramsSchema: closedObject(
    {
      when: CONDITION,
      groups: {
        type: "array",
        minItems: 1,
        items: closedObject(
          {
            match: LINE_MATCH,
            message: MESSAGE_ID,
            severity: SEVERITY,
            severityCases: SEVERITY_CASES,
            skipUnpriced: { type: "boolean" },
          },
          ["severity", "severityCases", "skipUnpriced"],
        ),
      },
    },
    ["when"],
  ),
  check(ctx, params) {
    const ev = evaluate(ctx, params.when);
    if (!ev.holds) return [];
    const severities = params.groups.map((g) => caseSeverity(ctx, g.severityCases) ?? g.severity);
    const out: FindingDraft[] = [];
    for (const line of ctx.model.lines) {
      const i = params.groups.findIndex((g) => lineMatches(line, g.match) && !(g.skipUnpriced && unpriced(line)));
      if (i < 0) continue;
      const money = lineMoney(line);
      const severity = severities[i];
      out.push(
        messageDraft(
          ctx,
          params.groups[i].message,
          { ...ev.args, name: { text: line.name }, amount: money ? { money } : { text: "" } },
          {
            line,
            actual: money,
            ...(severity ? { severity } : {}),
          },
        ),
      );
    }
    return out;
  },
};

function unpriced(line: BudgetLine): boolean {
  const m = lineMoney(line);
  return m === null || m.isZero();
}

export const forbiddenLineRules: RuleImplementation<never>[] = [forbiddenLines] as RuleImplementation<never>[];
