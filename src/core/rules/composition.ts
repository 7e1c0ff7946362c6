import type { RuleImplementation } from "./types";
import { closedObject, KEYWORD } from "./schema-parts";
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

export interface CompositionGroup {
  /** The group's name as the message shows it ({group}). */
  label: { "zh-CN": string; "en-US": string };
  match: LineMatch;
}

export interface CompositionParams {
  when?: Condition;
  groups: CompositionGroup[];
  /** One finding per group with no line. */
  message: string;
  severityCases?: SeverityCase[];
}

/** Composition of an estimate: groups that must each have at least one line (概算 = 直接建设费 + 网络安全费 + …). */
const composition: RuleImplementation<CompositionParams> = {
  id: "generic.composition",
  scope: "sheet",
  paramsSchema: closedObject(
    {
      when: CONDITION,
      groups: {
        type: "array",
        minItems: 1,
        items: closedObject({ label: closedObject({ "zh-CN": KEYWORD, "en-US": KEYWORD }), match: LINE_MATCH }),
      },
      message: MESSAGE_ID,
      severityCases: SEVERITY_CASES,
    },
    ["when", "severityCases"],
  ),
  check(ctx, params) {
    const ev = evaluate(ctx, params.when);
    if (!ev.holds || ctx.model.lines.length === 0) return [];
    const severity = caseSeverity(ctx, params.severityCases);
    return params.groups
      .filter((g) => !anyLine(ctx, g.match))
      .map((g) =>
        messageDraft(
          ctx,
          params.message,
          { ...ev.args, group: { zh: g.label["zh-CN"], en: g.label["en-US"] } },
          {
            line: null,
            ...(severity ? { severity } : {}),
          },
        ),
      );
  },
};

export const compositionRules: RuleImplementation<never>[] = [composition] as RuleImplementation<never>[];
