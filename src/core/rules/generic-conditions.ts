import Decimal from "decimal.js";
import type { BudgetLine, Category, ProjectKind } from "../model/types";
import type { PackMoney } from "../standards/types";
import type { Severity } from "../model/finding";
import type { RuleContext } from "./types";
import type { MessageArgs } from "../standards/messages";
import { packMoney } from "../money";
import { fold } from "../classify/keyword-matcher";
import { toSimplified } from "../text/t2s";
import { numericValue, profileValue } from "../profile/profile-values";
/**
 * The shared schemas of the generic kinds live in the pack schema (standards/standard.schema.json, definitions band,
 * lineMatch, operand, comparison, profileTests, condition, severityCases): params refer to them, so the generated
 * validators hold each once.
 */
const PACK_SCHEMA = "https://budget-ruler.invalid/standard.schema.json";

/**
 * The shared vocabulary of the generic rule kinds (presence, composition, naming, forbidden lines, thresholds):
 * a condition a pack writes in JSON and the engine evaluates. Boundaries are explicit in the data: `atLeast` is
 * ≥ (含, 及以上, 不低于), `above` is > (超过, 大于, 不含), `atMost` is ≤ (不超过, 以下 with 含), `below` is < (小于,
 * 以下 paired with a 含 on the other side). Profile values (district-packs.md §0.4) are named in snake_case; a
 * condition on a value the user did not give does not hold and reports the value as missing.
 */

/** Text as the generic rules compare it: half-width, upper case, no spaces, traditional folded to simplified. */
export function matchText(text: string): string {
  return toSimplified(fold(text));
}

export interface Band {
  atLeast?: PackMoney;
  above?: PackMoney;
  atMost?: PackMoney;
  below?: PackMoney;
}

/** Lines a rule looks for: by category and/or by words in the name, 规格 or 备注; `exclude` words veto a line. */
export interface LineMatch {
  categories?: Category[];
  keywords?: string[];
  exclude?: string[];
}

export const LINE_MATCH = { $ref: `${PACK_SCHEMA}#/definitions/lineMatch` } as const;

/** One side of a comparison: a named amount (`total` or a profile value) with optional arithmetic, or a constant. */
export interface Operand {
  of?: string;
  plus?: string[];
  per?: string;
  times?: string;
  money?: PackMoney;
  ratio?: string;
  count?: number;
}

export type CompareOp = "gt" | "gte" | "lt" | "lte" | "eq" | "ne";

export interface Comparison {
  left: Operand;
  op: CompareOp;
  right: Operand;
  /** The message argument that shows the left side (`{ratio}`); the right side is `{<name>Limit}`. */
  name?: string;
}

/** A profile value test: a boolean, a choice, one of several choices, or merely that the user gave it. */
export type ProfileTest = boolean | string | string[] | { present: true };

export interface Condition {
  kinds?: ProjectKind[];
  total?: Band;
  profile?: Record<string, ProfileTest>;
  /** Skips the rule when one of these holds (a value not given does not skip it). */
  unlessProfile?: Record<string, ProfileTest>;
  hasLines?: LineMatch;
  lacksLines?: LineMatch;
  /** Every counted line matches (and there is at least one). */
  onlyLines?: LineMatch;
  /** Some counted line does not match. */
  notOnlyLines?: LineMatch;
  compare?: Comparison[];
}

export const CONDITION = { $ref: `${PACK_SCHEMA}#/definitions/condition` } as const;

/** A severity that depends on the case: the first entry whose condition holds. */
export interface SeverityCase {
  when: Condition;
  severity: Severity;
}

export const SEVERITY_CASES = { $ref: `${PACK_SCHEMA}#/definitions/severityCases` } as const;

export const MESSAGE_ID = {
  type: "string",
  "x-kind": "rule-id",
  pattern: "^[a-z][a-z0-9-]*(\\.[a-z0-9-]+)+$",
} as const;

/** The amount a pack's thresholds are compared with: the declared total when given (§0.3), else the pack's basis. */
function packTotal(ctx: RuleContext): Decimal {
  return ctx.overrides.declaredTotal ?? ctx.facts.projectAmount;
}

const matchers = new WeakMap<LineMatch, { keywords: string[]; exclude: string[] }>();

const lineTexts = new WeakMap<BudgetLine, string>();

/** A line's name, 规格 and 备注 as the generic rules match them, folded once per line. */
export function lineText(line: BudgetLine): string {
  let t = lineTexts.get(line);
  if (t === undefined) lineTexts.set(line, (t = matchText(`${line.name}|${line.spec}|${line.remark}`)));
  return t;
}

/** Whether a line is one of the lines `m` describes. */
export function lineMatches(line: BudgetLine, m: LineMatch): boolean {
  let folded = matchers.get(m);
  if (!folded)
    matchers.set(
      m,
      (folded = { keywords: (m.keywords ?? []).map(matchText), exclude: (m.exclude ?? []).map(matchText) }),
    );
  const text = lineText(line);
  if (folded.exclude.some((w) => text.includes(w))) return false;
  if (m.categories?.includes(line.category)) return true;
  return folded.keywords.some((w) => text.includes(w));
}

/** Whether any counted line matches (stops at the first). */
export function anyLine(ctx: RuleContext, m: LineMatch): boolean {
  return ctx.model.lines.some((l) => lineMatches(l, m));
}

export interface Evaluation {
  holds: boolean;
  /** Profile values the condition needed and did not get. */
  missing: string[];
  /** Arguments for the message: each comparison's sides, the first band's limit, the values tested. */
  args: MessageArgs;
  /** The first limit the condition compared with (for the finding's `limit`) and what it measures. */
  limit?: { value: Decimal; measure: "money" | "ratio" | "count" };
  actual?: { value: Decimal; measure: "money" | "ratio" | "count" };
}

function testProfile(ctx: RuleContext, name: string, test: ProfileTest): boolean | null {
  const v = profileValue(ctx.overrides, name);
  if (v === undefined) return null;
  if (typeof test === "boolean") return v === test;
  if (typeof test === "string") return v === test;
  if (Array.isArray(test)) return typeof v === "string" && test.includes(v);
  return true;
}

function named(ctx: RuleContext, name: string): Decimal | null {
  if (name === "total") return packTotal(ctx);
  return numericValue(profileValue(ctx.overrides, name));
}

function operandValue(
  ctx: RuleContext,
  o: Operand,
  missing: string[],
): { value: Decimal; measure: "money" | "ratio" | "count" } | null {
  if (o.money) return { value: packMoney(o.money), measure: "money" };
  if (o.ratio !== undefined) return { value: new Decimal(o.ratio), measure: "ratio" };
  if (o.count !== undefined) return { value: new Decimal(o.count), measure: "count" };
  if (!o.of) return null;
  const names = [o.of, ...(o.plus ?? []), ...(o.per ? [o.per] : [])];
  const values = names.map((n) => named(ctx, n));
  names.forEach((n, i) => {
    if (values[i] === null && !missing.includes(n)) missing.push(n);
  });
  if (values.some((v) => v === null)) return null;
  let value = (values as Decimal[]).slice(0, 1 + (o.plus?.length ?? 0)).reduce((a, b) => a.plus(b), new Decimal(0));
  let measure: "money" | "ratio" | "count" = o.of === "total" || isMoney(o.of) ? "money" : "count";
  if (o.per) {
    const d = values[values.length - 1] as Decimal;
    if (d.isZero()) return null;
    value = value.dividedBy(d);
    measure = "ratio";
  }
  if (o.times !== undefined) value = value.times(o.times);
  return { value, measure };
}

function isMoney(name: string): boolean {
  return [
    "declared_total",
    "approved_total",
    "change_amount",
    "last_year_om",
    "last_year_it_funds",
    "filed_total",
  ].includes(name);
}

function compareHolds(op: CompareOp, a: Decimal, b: Decimal): boolean {
  switch (op) {
    case "gt":
      return a.greaterThan(b);
    case "gte":
      return a.greaterThanOrEqualTo(b);
    case "lt":
      return a.lessThan(b);
    case "lte":
      return a.lessThanOrEqualTo(b);
    case "eq":
      return a.equals(b);
    case "ne":
      return !a.equals(b);
  }
}

/** A band on the total: each bound given must hold. */
function inBand(total: Decimal, band: Band): boolean {
  if (band.atLeast && total.lessThan(packMoney(band.atLeast))) return false;
  if (band.above && !total.greaterThan(packMoney(band.above))) return false;
  if (band.atMost && total.greaterThan(packMoney(band.atMost))) return false;
  if (band.below && !total.lessThan(packMoney(band.below))) return false;
  return true;
}

function bandLimit(band: Band): Decimal | null {
  const m = band.atLeast ?? band.above ?? band.atMost ?? band.below;
  return m ? packMoney(m) : null;
}

/** Evaluates a condition; an absent condition holds. Every part must hold. */
export function evaluate(ctx: RuleContext, c: Condition | undefined): Evaluation {
  const ev: Evaluation = { holds: true, missing: [], args: {} };
  const total = packTotal(ctx);
  ev.args.total = { money: total };
  if (!c) return ev;
  const fail = () => ((ev.holds = false), ev);
  if (c.kinds && !c.kinds.includes(ctx.model.profile.kind)) return fail();
  for (const [name, test] of Object.entries(c.unlessProfile ?? {}))
    if (testProfile(ctx, name, test) === true) return fail();
  for (const [name, test] of Object.entries(c.profile ?? {})) {
    const r = testProfile(ctx, name, test);
    if (r === null) ev.missing.push(name);
    if (r !== true) ev.holds = false;
  }
  if (c.total) {
    const limit = bandLimit(c.total);
    if (limit) {
      ev.args.limit = { money: limit };
      ev.limit = { value: limit, measure: "money" };
      ev.actual = { value: total, measure: "money" };
    }
    if (!inBand(total, c.total)) ev.holds = false;
  }
  if (c.hasLines && !ctx.model.lines.some((l) => lineMatches(l, c.hasLines!))) ev.holds = false;
  if (c.lacksLines && ctx.model.lines.some((l) => lineMatches(l, c.lacksLines!))) ev.holds = false;
  if (c.onlyLines && !(ctx.model.lines.length > 0 && ctx.model.lines.every((l) => lineMatches(l, c.onlyLines!))))
    ev.holds = false;
  if (c.notOnlyLines && !ctx.model.lines.some((l) => !lineMatches(l, c.notOnlyLines!))) ev.holds = false;
  for (const cmp of c.compare ?? []) {
    const left = operandValue(ctx, cmp.left, ev.missing);
    const right = operandValue(ctx, cmp.right, ev.missing);
    if (!left || !right) {
      ev.holds = false;
      continue;
    }
    const name = cmp.name ?? "value";
    ev.args[name] =
      left.measure === "ratio"
        ? { ratio: left.value }
        : left.measure === "money"
          ? { money: left.value }
          : { number: left.value };
    ev.args[`${name}Limit`] =
      right.measure === "ratio"
        ? { ratio: right.value }
        : right.measure === "money"
          ? { money: right.value }
          : { number: right.value };
    ev.actual ??= left;
    ev.limit ??= right;
    if (!compareHolds(cmp.op, left.value, right.value)) ev.holds = false;
  }
  // Values the user gave, by name, so a message can show them ({approved_total}).
  for (const name of ["approved_total", "change_amount", "declared_total", "last_year_it_funds", "filed_total"]) {
    const v = numericValue(profileValue(ctx.overrides, name));
    if (v) ev.args[name] = { money: v };
  }
  return ev;
}

/** The severity of the first case that holds, else the rule's own. */
export function caseSeverity(ctx: RuleContext, cases: readonly SeverityCase[] | undefined): Severity | undefined {
  for (const c of cases ?? []) if (evaluate(ctx, c.when).holds) return c.severity;
  return undefined;
}
