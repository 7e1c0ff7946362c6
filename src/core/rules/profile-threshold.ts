import type { Severity } from "../model/finding";
import type { FindingDraft, RuleImplementation } from "./types";
import { closedObject, SEVERITY } from "./schema-parts";
import { CONDITION, evaluate, MESSAGE_ID, type Condition } from "./generic-conditions";
import { messageDraft, missingDraft } from "./generic-message";

export interface ThresholdCase {
  when: Condition;
  message: string;
  severity?: Severity;
}

export interface ThresholdParams {
  /** Preconditions of the whole rule; when they fail (or need a value not given) the rule is silent. */
  when?: Condition;
  /** Tried in order; the first that holds gives the finding. */
  cases: ThresholdCase[];
  /** A reminder (info) naming the values the cases needed, when no case could be decided without them. */
  missingMessage?: string;
}

/**
 * Thresholds on the pack's total and on profile values (approved total, change amount, review route …), routes by
 * amount and plain reminders: a list of cases, each a condition and a message, the first that holds fires. A case
 * with an empty condition always holds (a reminder for the kinds the rule's `when` names).
 */
const threshold: RuleImplementation<ThresholdParams> = {
  id: "generic.threshold",
  scope: "sheet",
  measure: "money",
  paramsSchema: closedObject(
    {
      when: CONDITION,
      cases: {
        type: "array",
        minItems: 1,
        items: closedObject({ when: CONDITION, message: MESSAGE_ID, severity: SEVERITY }, ["severity"]),
      },
      missingMessage: MESSAGE_ID,
    },
    ["when", "missingMessage"],
  ),
  check(ctx, params) {
    const pre = evaluate(ctx, params.when);
    if (!pre.holds) return [];
    const missing: string[] = [];
    for (const c of params.cases) {
      const ev = evaluate(ctx, c.when);
      if (!ev.holds) {
        for (const m of ev.missing) if (!missing.includes(m)) missing.push(m);
        continue;
      }
      const draft: FindingDraft = messageDraft(
        ctx,
        c.message,
        { ...pre.args, ...ev.args },
        {
          line: null,
          actual: ev.actual?.value ?? null,
          limit: ev.limit?.value ?? null,
          ...(ev.actual ? { measure: ev.actual.measure } : {}),
          ...(c.severity ? { severity: c.severity } : {}),
        },
      );
      return [draft];
    }
    if (missing.length && params.missingMessage) return [missingDraft(ctx, params.missingMessage, missing, pre.args)];
    return [];
  },
};

export interface PeriodAfterDateParams {
  when?: Condition;
  /** The profile value holding the date (YYYY-MM-DD), e.g. acceptance_date. */
  from: string;
  /** The period start must be at least this many months after it. */
  minMonths: number;
  message: string;
}

/**
 * A period stated in the title ("2025年运维") that starts too soon after a date the user gave (竣工验收): the year's
 * first day is the period start. No date, or no year in the title: no finding.
 */
const periodAfterDate: RuleImplementation<PeriodAfterDateParams> = {
  id: "generic.period-after-date",
  scope: "sheet",
  measure: "count",
  paramsSchema: closedObject(
    {
      when: CONDITION,
      from: { type: "string", pattern: "^[a-z][a-z0-9_]*$" },
      minMonths: { type: "integer", minimum: 1, maximum: 1200 },
      message: MESSAGE_ID,
    },
    ["when"],
  ),
  check(ctx, params) {
    const pre = evaluate(ctx, params.when);
    if (!pre.holds) return [];
    const date = params.from === "acceptance_date" ? ctx.overrides.acceptanceDate : undefined;
    const d = date ? /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(date) : null;
    const year = /(20\d{2})\s*年/.exec(ctx.model.headingText);
    if (!d || !year) return [];
    const months = (Number(year[1]) - Number(d[1])) * 12 - (Number(d[2]) - 1);
    if (months >= params.minMonths) return [];
    return [
      messageDraft(
        ctx,
        params.message,
        {
          months: { number: Math.max(months, 0) },
          minMonths: { number: params.minMonths },
          date: { text: date! },
          year: { text: year[1] },
        },
        {
          line: null,
          actual: String(Math.max(months, 0)),
          limit: String(params.minMonths),
        },
      ),
    ];
  },
};

export const profileThresholdRules: RuleImplementation<never>[] = [
  threshold,
  periodAfterDate,
] as RuleImplementation<never>[];
