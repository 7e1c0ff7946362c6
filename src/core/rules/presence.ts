import type { FindingDraft, RuleImplementation } from "./types";
import { closedObject } from "./schema-parts";
import {
  caseSeverity,
  CONDITION,
  evaluate,
  LINE_MATCH,
  anyLine,
  MESSAGE_ID,
  SEVERITY_CASES,
  type Condition,
  type LineMatch,
  type SeverityCase,
} from "./generic-conditions";
import { messageDraft } from "./generic-message";

export interface PresenceParams {
  /** When the rule applies: kinds, a threshold on the total (监理 ≥ 100万), other lines present, profile values. */
  when?: Condition;
  /** The lines that must be there (监理, 测评, 预备费 …): one is enough. */
  require: LineMatch;
  message: string;
  severityCases?: SeverityCase[];
}

/** Presence of a category above a threshold: when the condition holds and no line matches `require`, one finding. */
const presence: RuleImplementation<PresenceParams> = {
  id: "generic.presence",
  scope: "sheet",
  measure: "money",
  paramsSchema: closedObject(
    { when: CONDITION, require: LINE_MATCH, message: MESSAGE_ID, severityCases: SEVERITY_CASES },
    ["when", "severityCases"],
  ),
  check(ctx, params) {
    const ev = evaluate(ctx, params.when);
    if (!ev.holds || anyLine(ctx, params.require)) return [];
    const severity = caseSeverity(ctx, params.severityCases);
    const draft: FindingDraft = messageDraft(ctx, params.message, ev.args, {
      line: null,
      actual: ev.limit ? ev.actual?.value : null,
      limit: ev.limit?.value ?? null,
      ...(severity ? { severity } : {}),
    });
    return [draft];
  },
};

export const presenceRules: RuleImplementation<never>[] = [presence] as RuleImplementation<never>[];
