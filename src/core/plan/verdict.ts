import Decimal from "decimal.js";
import type { BudgetLine, BudgetModel, CellRef, MoneyUnit, ReadField } from "../model/types";
import type { Finding } from "../model/finding";
import type { StandardPack } from "../standards/types";
import type { CellTarget, GroupCapper, LineCapper, ReasonRef, VerdictFormula } from "../model/adjustment";
import type { MessageArgs, MessageRef } from "../standards/messages";
import { messageRef } from "../standards/messages";
import { a1 } from "../snapshot/address";
import { fromYuan, lineMoneyField, overGroupCap, rateBase, sum } from "../money";
import { computeFacts, type Facts } from "../rules/facts";
import { resolvedRules, type ResolvedRule } from "../rules/resolve";
import type { UnadjustedWhy } from "../labels/verdict";
import { quoteText } from "../quote";

/**
 * 审定: the reviewer's verdict (domain.md §6). From the model and the audit's findings, the amount the standard
 * allows for every line an adjustable error finding touches. The pack says per rule how its errors adjust (`adjust`:
 * its own cap, zero, or none) and each rule computes its own cap; this file only orders them as the standard does:
 *
 * 1. line adjustments — a rule's line cap (人月数 × cap, base × cap rate …, see the rule's `cap`) or 0 for a line
 *    outside the project (`zero`);
 * 2–4. group caps in their `step` order (Yangpu: integration on the 审定 软硬件购置费, security testing, then the
 *    four fees on the 审定 项目建设费), spread over the group's lines in proportion to their amounts;
 * 5. any other error over a limit (tier totals …) is listed as unadjusted.
 *
 * Steps 2–4 are judged on the 审定 amounts of the steps before them (a smaller 项目建设费 lowers the caps), so the
 * 审定 budget re-audits without an adjustable error. Never above 送审; warnings and info change nothing; exact
 * decimals, each line rounded half-up to 0.01 元 where it is set (a fee cap spread over several lines too, so the
 * group may end a cent or two over the exact cap). Totals are the sums of the lines. Caps and rates come from the findings and the
 * pack, never from here. Pure.
 */

export interface VerdictStep {
  rule: string;
  citation: string;
  /** The line's 审定 before and after this step, 元. */
  before: Decimal;
  after: Decimal;
  /** Why, as the pack's message and its arguments (rendered by a host: report/verdict-text.ts). */
  message: MessageRef;
}

export type { CellTarget, VerdictFormula };

export interface VerdictWrite {
  /** The cell holding the line's amount and the 审定 to put there, in that cell's unit. */
  amount: CellTarget & { unit: MoneyUnit; value: Decimal };
  /** How the 审定 follows from other cells (a line cap decided it), or null for a plain value. */
  formula: VerdictFormula | null;
  /**
   * The price / rate cells to set along with the amount so the line states what it is approved at: the cap when
   * the cap decided the amount; on a line whose amount was already within the cap while its stated price or rate
   * was not, what the amount actually charges (amount ÷ 人月数, amount ÷ base). Money in the cell's unit, rates as
   * ratios. Setting them never raises the amount.
   */
  set: (CellTarget & { value: Decimal; unit: MoneyUnit | null })[];
}

export interface VerdictLine {
  lineId: string;
  sheet: string;
  /** 1-based worksheet row. */
  row: number;
  /** A1 of the amount cell. */
  cell: string;
  name: string;
  /** 元. */
  submitted: Decimal;
  approved: Decimal;
  reduction: Decimal;
  /** Rule ids in the order they were applied. */
  rules: string[];
  /** Why, as pack messages (the steps that changed the amount, each once), rendered by a host (verdictReason). */
  messages: MessageRef[];
  citations: string[];
  steps: VerdictStep[];
  write: VerdictWrite;
}

export interface UnadjustedFinding {
  rule: string;
  sheet: string | null;
  row: number | null;
  cell: string | null;
  /** Why the verdict leaves it to a person (labels/verdict.ts), after the finding's own message. */
  why: UnadjustedWhy;
  /** The finding's message: its pack message and arguments, and the text the rule gave it. */
  finding: Pick<Finding, "messageId" | "params" | "message" | "messageEn">;
  citation: string;
}

export interface Verdict {
  /** The unit the budget is written in, for showing the figures. */
  unit: MoneyUnit;
  /** 送审, 审定, 审减 in 元; 审减率 = 审减 ÷ 送审, 4 decimals half-up (0 when nothing is reduced). */
  submitted: Decimal;
  approved: Decimal;
  reduction: Decimal;
  reductionRate: Decimal;
  /** Lines whose 审定 differs from 送审, in sheet order. */
  lines: VerdictLine[];
  /**
   * Lines an adjustable finding touches whose 审定 equals 送审 (a stated price or rate over its cap on a line whose
   * amount is already within it): an adapter that applies the verdict still sets their price/rate cell to the cap.
   */
  restated: VerdictLine[];
  /** Error findings over a limit that the standard gives no way to allocate to lines: for a person to decide. */
  unadjusted: UnadjustedFinding[];
}

/** Whether a finding is one the verdict allocates: an error of a rule the pack asks to cap or zero. */
export function isAdjustable(pack: StandardPack, f: Finding): boolean {
  const adjust = resolvedRules(pack).get(f.rule)?.adjust ?? "none";
  return f.severity === "error" && adjust !== "none";
}

const ZERO = new Decimal(0);
const halfUp = (d: Decimal) => d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);

interface LineState {
  line: BudgetLine;
  money: ReadField;
  submitted: Decimal;
  approved: Decimal;
  steps: VerdictStep[];
  /** The formula of the line cap that set the current 审定, if that was the last change. */
  formula: VerdictFormula | null;
  /** The line cap's formula, changed or not (for the price/rate cells of a line already within its cap). */
  capFormula: VerdictFormula | null;
}

function target(cell: CellRef): CellTarget {
  return { cell, address: a1(cell.row, cell.col) };
}

function apply(
  st: LineState,
  rule: string,
  citation: string,
  value: Decimal,
  message: MessageRef,
  formula: VerdictFormula | null,
): void {
  const before = st.approved;
  // Never above 送审 (nor above what an earlier step allowed).
  const after = Decimal.min(before, value);
  st.steps.push({ rule, citation, before, after, message });
  if (!after.equals(before)) st.formula = formula;
  if (formula) st.capFormula ??= formula;
  st.approved = after;
}

/**
 * `cap` (exact) spread over the lines in proportion to their 审定 amounts, each rounded half-up to the cent and no
 * line above its 审定 (domain.md §6: "each line's 审定 rounded half-up to 0.01 元, totals the sums of the lines"):
 * the group may come to a cent or two over the exact cap, as a reviewer who rounds line by line writes it.
 */
function spread(cap: Decimal, states: LineState[]): Decimal[] {
  const total = sum(states.map((s) => s.approved));
  return states.map((s) =>
    total.isZero() ? ZERO : Decimal.min(s.approved, halfUp(cap.times(s.approved).dividedBy(total))),
  );
}

function overLimit(f: Finding): boolean {
  if (f.actual === null || f.limit === null) return false;
  try {
    return new Decimal(f.actual).greaterThan(new Decimal(f.limit));
  } catch {
    return false;
  }
}

function unadjusted(f: Finding, why: UnadjustedWhy): UnadjustedFinding {
  const finding = { messageId: f.messageId, params: f.params, message: f.message, messageEn: f.messageEn };
  return { rule: f.rule, sheet: f.sheet, row: f.row, cell: f.cell, why, finding, citation: f.citation };
}

/**
 * The verdict of domain.md §6 for one audited budget: a scheduler of the adjustments the pack asks for, each
 * computed by the rule that found the problem. `facts` are the audit's (computed again when not given);
 * `capFacts` holds what each error finding tells its rule's cap (the engine keeps it beside the findings); `rules`
 * the pack's rules as the audit resolved them.
 * Only lines an adjustment touches are looked at one by one; the bases are the audit's sums less the reductions.
 */
export function reviewBudget(
  model: BudgetModel,
  pack: StandardPack,
  findings: readonly Finding[],
  facts: Facts = computeFacts(model, pack),
  capFacts: ReadonlyMap<Finding, unknown> = new Map(),
  rules: ReadonlyMap<string, ResolvedRule> = resolvedRules(pack),
): Verdict {
  const unit = model.profile.unit;
  const render = (r: ResolvedRule, suffix: string, args: MessageArgs) => messageRef(pack, `${r.id}${suffix}`, args);
  const states = new Map<string, LineState>();
  const stateOf = (line: BudgetLine): LineState | null => {
    let st = states.get(line.id);
    if (st) return st;
    const money = lineMoneyField(line);
    if (!money) return null;
    st = { line, money, submitted: money.value, approved: money.value, steps: [], formula: null, capFormula: null };
    states.set(line.id, st);
    return st;
  };
  let byId: Map<string, BudgetLine> | null = null;
  const lineById = (id: string) => (byId ??= new Map(model.lines.map((l) => [l.id, l]))).get(id);
  const out: UnadjustedFinding[] = [];
  const errors = findings.filter((f) => f.severity === "error");

  // 1. Line adjustments, each on its own line(s): the rule's line cap, or 0 for a line outside the project.
  for (const f of errors) {
    const r = rules.get(f.rule);
    if (!r || r.adjust === "none" || r.impl.cap?.kind === "group") continue;
    if (r.adjust === "zero") {
      const ids = f.lineIds?.length ? f.lineIds : f.lineId ? [f.lineId] : [];
      const states = ids
        .map(lineById)
        .map((l) => (l ? stateOf(l) : null))
        .filter((st): st is LineState => st !== null);
      if (!states.length) out.push(unadjusted(f, "not-computable"));
      for (const st of states)
        apply(st, f.rule, f.citation, ZERO, render(r, ".approved", { name: { text: quoteText(st.line.name) } }), null);
      continue;
    }
    const capper = r.impl.cap as LineCapper<unknown> | undefined;
    const line = f.lineId ? lineById(f.lineId) : undefined;
    const st = line ? stateOf(line) : null;
    const found = capFacts.get(f);
    const cap =
      capper && st && found !== undefined
        ? capper.approve(found, { line: st.line, money: st.money, approved: st.approved, unit })
        : null;
    if (!st || !cap) {
      out.push(unadjusted(f, "not-computable"));
      continue;
    }
    apply(st, f.rule, f.citation, halfUp(cap.value), renderReason(r, cap.reason), cap.formula);
  }
  function renderReason(r: ResolvedRule, reason: ReasonRef) {
    return render(r, reason.suffix, reason.args);
  }

  // 2–4. Group caps on the 审定 bases, in the standard's order.
  const linesOf = (cats: readonly BudgetLine["category"][]) =>
    cats
      .flatMap((c) => facts.linesByCategory.get(c) ?? [])
      .map(stateOf)
      .filter((st): st is LineState => st !== null);
  const baseOf = (cats: readonly BudgetLine["category"][]) => {
    let base = sum(cats.map((c) => facts.byCategory.get(c) ?? ZERO));
    for (const st of states.values())
      if (cats.includes(st.line.category)) base = base.minus(st.submitted.minus(st.approved));
    return base;
  };
  const groupRules = [...rules.values()]
    .filter((r) => r.adjust === "cap" && r.impl.cap?.kind === "group" && r.entry.severity === "error")
    .sort((a, b) => (a.impl.cap as GroupCapper<unknown>).step - (b.impl.cap as GroupCapper<unknown>).step);
  for (const r of groupRules) {
    const g = (r.impl.cap as GroupCapper<unknown>).group(r.entry.params ?? {}, pack);
    if (!g.categories.some((c) => facts.linesByCategory.get(c)?.length)) continue;
    const group = linesOf(g.categories);
    const base = baseOf(g.base);
    const total = sum(group.map((s) => s.approved));
    if (!group.length || base.lte(0) || total.lte(0)) continue;
    const cap = base.times(g.maxRatio);
    if (!overGroupCap(total, cap, group.length)) continue;
    const values = spread(cap, group);
    // `basis`: "审定后" when an earlier step already reduced the base, so the reason's figure matches no 送审 total.
    const reduced = base.lessThan(sum(g.base.map((c) => facts.byCategory.get(c) ?? ZERO)));
    const reason = render(r, group.length > 1 ? ".approved-spread" : ".approved", {
      base: { money: base },
      maxRatio: { ratio: g.maxRatio },
      limit: { money: cap },
      total: { money: total },
      basis: reduced ? { zh: "审定后", en: "approved " } : { zh: "", en: "" },
    });
    group.forEach((s, i) => apply(s, r.id, r.entry.citation, values[i], reason, null));
  }

  // 5. Errors over a limit the pack does not ask to adjust.
  for (const f of errors) {
    const r = rules.get(f.rule);
    if (!r || r.adjust !== "none" || r.impl.notALimit || !overLimit(f)) continue;
    out.push(unadjusted(f, "not-allocated"));
  }

  // Lines no adjustment touched keep their 送审: the totals are the audit's sum less the touched lines' reductions.
  const sheetOrder = new Map(model.sheetNames.map((name, i) => [name, i]));
  const all = [...states.values()]
    .filter((st) => st.steps.length)
    .sort(
      (a, b) => (sheetOrder.get(a.line.sheet) ?? 0) - (sheetOrder.get(b.line.sheet) ?? 0) || a.line.row - b.line.row,
    );
  const submitted = facts.grand;
  const reduction = sum(all.map((st) => st.submitted.minus(st.approved)));
  const approved = submitted.minus(reduction);
  const reductionRate =
    reduction.isZero() || submitted.lte(0)
      ? ZERO
      : reduction.dividedBy(submitted).toDecimalPlaces(4, Decimal.ROUND_HALF_UP);
  const touched = all.map((s) => toLine(s, unit));
  return {
    unit,
    submitted,
    approved,
    reduction,
    reductionRate,
    lines: touched.filter((l) => !l.reduction.isZero()),
    restated: touched.filter((l) => l.reduction.isZero()),
    unadjusted: out,
  };
}

function toLine(st: LineState, sheetUnit: MoneyUnit): VerdictLine {
  const { line, money } = st;
  const moneyUnit = money.unit ?? sheetUnit;
  const changing = st.steps.filter((s) => !s.after.equals(s.before));
  const shown = changing.length ? changing : st.steps;
  const unique = <T>(xs: T[]) => [...new Set(xs)];
  return {
    lineId: line.id,
    sheet: line.sheet,
    row: line.row + 1,
    cell: a1(money.cell.row, money.cell.col),
    name: line.name,
    submitted: st.submitted,
    approved: st.approved,
    reduction: st.submitted.minus(st.approved),
    rules: unique(st.steps.map((s) => s.rule)),
    messages: uniqueRefs(shown.map((s) => s.message)),
    citations: unique(st.steps.map((s) => s.citation)),
    steps: st.steps,
    write: {
      amount: { ...target(money.cell), unit: moneyUnit, value: fromYuan(st.approved, moneyUnit) },
      formula: st.formula,
      set: cellsToSet(st),
    },
  };
}

/** Each message once, in order (a group cap spread over several steps of one line gives the same message). */
function uniqueRefs(refs: MessageRef[]): MessageRef[] {
  const seen = new Set<string>();
  return refs.filter((r) => {
    const key = JSON.stringify(r);
    return !seen.has(key) && (seen.add(key), true);
  });
}

/** The price / rate cells that go with the 审定 amount (see VerdictWrite.set). */
function cellsToSet(st: LineState): VerdictWrite["set"] {
  const f = st.formula ?? (st.approved.equals(st.submitted) ? st.capFormula : null);
  if (!f) return [];
  const { line } = st;
  if (f.kind === "person-months") {
    if (!f.price) return [];
    if (f === st.formula)
      return [{ cell: f.price.cell, address: f.price.address, value: f.price.value, unit: f.price.unit }];
    const countCell = f.count?.cell;
    const count = countCell ? [line.quantity, line.personMonths].find((x) => x?.cell === countCell) : undefined;
    if (!count || count.value.lte(0)) return [];
    const price = fromYuan(st.approved.dividedBy(count.value), f.price.unit).toDecimalPlaces(6, Decimal.ROUND_DOWN);
    return [
      { cell: f.price.cell, address: f.price.address, value: Decimal.min(price, f.price.value), unit: f.price.unit },
    ];
  }
  if (!f.rate) return [];
  if (f === st.formula) return [{ cell: f.rate.cell, address: f.rate.address, value: f.capRate, unit: null }];
  const base = rateBase(line);
  if (!base || base.value.lte(0)) return [];
  const charged = st.approved.dividedBy(base.value).toDecimalPlaces(6, Decimal.ROUND_DOWN);
  return [{ cell: f.rate.cell, address: f.rate.address, value: Decimal.min(charged, f.capRate), unit: null }];
}
