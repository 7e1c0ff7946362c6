import Decimal from "decimal.js";
import type { BudgetLine } from "../model/types";
import type { FindingDraft, RuleImplementation } from "./types";
import { closedObject, QUANTITY } from "./schema-parts";
import {
  CONDITION,
  evaluate,
  LINE_MATCH,
  lineMatches,
  lineText,
  matchText,
  MESSAGE_ID,
  type Condition,
  type LineMatch,
} from "./generic-conditions";
import { messageDraft } from "./generic-message";

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

function cnNumber(text: string): number | null {
  if (/^\d+(?:\.\d+)?$/.test(text)) return Number(text);
  if (text === "十") return 10;
  const m = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!m || (!m[1] && !m[2] && !m[3])) return null;
  if (!m[2]) return m[1] ? CN_DIGITS[m[1]] : null;
  return (m[1] ? CN_DIGITS[m[1]] : 1) * 10 + (m[3] ? CN_DIGITS[m[3]] : 0);
}

const PERIOD = /(\d+(?:\.\d+)?|[一二两三四五六七八九十]+)(?:个)?(月|年|周|天|日)/g;
const PER_MONTH: Record<string, number> = { 月: 1, 年: 12, 周: 12 / 52, 天: 12 / 365, 日: 12 / 365 };

/** The period a line states, in months: in its name, 规格 or 备注 ("试运行3个月", "质保期2年"), else 数量 × a time unit. */
function statedMonths(line: BudgetLine): Decimal | null {
  const text = lineText(line);
  for (const m of text.matchAll(PERIOD)) {
    // "2025年" is a year, not a period.
    if (m[2] === "年" && /^\d{4}$/.test(m[1])) continue;
    const n = cnNumber(m[1]);
    if (n !== null) return new Decimal(n).times(PER_MONTH[m[2]]);
  }
  const unit = matchText(line.unitLabel).replace(/^个/, "");
  if (line.quantity && PER_MONTH[unit] !== undefined) return line.quantity.value.times(PER_MONTH[unit]);
  return null;
}

export interface LinePeriodParams {
  when?: Condition;
  match: LineMatch;
  /** Months: a stated period above `aboveMonths` or below `belowMonths` is a finding. */
  aboveMonths?: string;
  belowMonths?: string;
  message: string;
}

/** A period stated on a line (试运行 ≤ 6个月, 保修期 ≥ 2年) outside its bounds; a line stating none is not judged. */
const linePeriod: RuleImplementation<LinePeriodParams> = {
  id: "generic.line-period",
  scope: "line",
  // A rule with neither bound reports nothing.
  paramsSchema: closedObject(
    { when: CONDITION, match: LINE_MATCH, aboveMonths: QUANTITY, belowMonths: QUANTITY, message: MESSAGE_ID },
    ["when", "aboveMonths", "belowMonths"],
  ),
  check(ctx, params) {
    const ev = evaluate(ctx, params.when);
    if (!ev.holds) return [];
    const out: FindingDraft[] = [];
    for (const line of ctx.model.lines) {
      if (!lineMatches(line, params.match)) continue;
      const months = statedMonths(line);
      if (!months) continue;
      const over = params.aboveMonths !== undefined && months.greaterThan(params.aboveMonths);
      const under = params.belowMonths !== undefined && months.lessThan(params.belowMonths);
      if (!over && !under) continue;
      const limit = new Decimal((over ? params.aboveMonths : params.belowMonths) as string);
      out.push(
        messageDraft(
          ctx,
          params.message,
          { ...ev.args, name: { text: line.name }, months: { number: months }, limitMonths: { number: limit } },
          {
            line,
            cell: line.nameCell,
            actual: months.toDecimalPlaces(2),
            limit,
            measure: "count",
          },
        ),
      );
    }
    return out;
  },
};

export const linePeriodRules: RuleImplementation<never>[] = [linePeriod] as RuleImplementation<never>[];
