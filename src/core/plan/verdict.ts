import Decimal from "decimal.js";
import type { BudgetLine, BudgetModel, Category, CellRef, MoneyUnit, ReadField } from "../model/types";
import type { Finding } from "../model/finding";
import type { PackRule, StandardPack } from "../standards/types";
import { a1 } from "../snapshot/address";
import { formatMoney, formatPercent, fromYuan, lineMoneyField, rateBase, sum } from "../money";
import { computeFacts, type Facts } from "../rules/facts";

/**
 * 审定: the reviewer's verdict (domain.md §6). From the model and the audit's findings, the amount the standard
 * allows for every line an adjustable error finding touches, in the order the standard is applied:
 *
 * 1. line caps — dev.person-month-price (人月数 × cap, or 送审 × cap ÷ stated price), the O&M rate rules
 *    (base × the cap rate the finding names), om.excluded-item and cost.excluded-dengbao (→ 0);
 * 2. fees.integration-rate on the 审定 软硬件购置费;
 * 3. fees.security-test-rate on the 审定 项目建设费;
 * 4. fees.four-fees-cap on the 审定 项目建设费, spread over the group's lines in proportion to their amounts;
 * 5. any other error over a limit (tier totals …) is listed as unadjusted.
 *
 * Steps 2–4 are judged on the 审定 amounts of the steps before them (a smaller 项目建设费 lowers the caps), so the
 * 审定 budget re-audits without an adjustable error. Never above 送审; warnings and info change nothing; exact
 * decimals, each line rounded half-up to 0.01 元 where it is set. A fee cap (steps 2–4) is shared out in whole
 * cents that add up to the cap, never above it (those rules have no tolerance: a 9.876 元 cap allows 9.87 元), so a
 * cent over the cap is a cent off. Totals are the sums of the lines. Caps and rates come from the findings and the
 * pack, never from here. Pure.
 */

export interface VerdictStep {
  rule: string;
  citation: string;
  /** The line's 审定 before and after this step, 元. */
  before: Decimal;
  after: Decimal;
  reason: string;
  reasonEn: string;
}

/** A cell an adapter writes or refers to: where it is, and (for cells it sets) the value in the cell's own terms. */
export interface CellTarget {
  cell: CellRef;
  /** A1 on the cell's sheet. */
  address: string;
}

/**
 * How a line's 审定 follows from other cells, so an adapter can write it as a live formula:
 * - `person-months`: amount = 人月数 × price. When `price` is given, set that cell to `price.value` (the cap in the
 *   price cell's unit) and write `=count*price`; without it, `=count*cap` (`cap` in the amount cell's unit).
 *   Without a `count` the 审定 is a plain value (送审 × cap ÷ stated price), and the price cell still gets the cap.
 * - `rate`: amount = the product of the `base` cells (原值, and 数量 for a per-unit 原值) × the cap rate. When `rate`
 *   is given, set that cell to `capRate` and refer to it; otherwise write the rate into the formula.
 * null: a plain value.
 */
export type VerdictFormula =
  | { kind: "person-months"; count: CellTarget | null; price: (CellTarget & { value: Decimal; unit: MoneyUnit }) | null; cap: Decimal }
  | { kind: "rate"; base: CellTarget[]; rate: CellTarget | null; capRate: Decimal };

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
  reason: string;
  reasonEn: string;
  citations: string[];
  steps: VerdictStep[];
  write: VerdictWrite;
}

export interface UnadjustedFinding {
  rule: string;
  sheet: string | null;
  row: number | null;
  cell: string | null;
  reason: string;
  reasonEn: string;
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

/** Step 1: implementations whose error findings cap their own line. */
const LINE_CAP_RULES = [
  "dev.person-month-price", "om.hardware-rate", "om.security-device-rate", "om.product-software-rate",
  "om.app-software-rate", "om.excluded-item", "cost.excluded-dengbao",
] as const;
/** Steps 2–4, in this order. */
const SHEET_CAPS = ["fees.integration-rate", "fees.security-test-rate", "fees.four-fees-cap"] as const;
const LINE_CAPS = new Set<string>(LINE_CAP_RULES);
/** Implementations whose error findings the verdict allocates to lines ("adjustable"). */
export const ADJUSTABLE_RULES: readonly string[] = [...LINE_CAP_RULES, ...SHEET_CAPS];

/** Whether a finding is one the verdict allocates (an error of an adjustable implementation, renamed or not). */
export function isAdjustable(pack: StandardPack, f: Finding): boolean {
  return f.severity === "error" && ADJUSTABLE_RULES.includes(implOf(pack, f.rule));
}
/** Error families that are not "over a limit" (arithmetic, missing lines, routes). */
const NOT_A_LIMIT = /^(sheet|process|policy)\./;

const GROUP_ZH: Partial<Record<Category, string>> = { consulting: "咨询", supervision: "监理", "software-test": "软件测评", "security-test": "安全测评" };
const GROUP_EN: Partial<Record<Category, string>> = { consulting: "consulting", supervision: "supervision", "software-test": "software testing", "security-test": "security testing" };

const CENT = new Decimal("0.01");
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

interface CapResult {
  value: Decimal;
  reason: string;
  reasonEn: string;
  formula: VerdictFormula | null;
}

function target(cell: CellRef): CellTarget {
  return { cell, address: a1(cell.row, cell.col) };
}

function implOf(pack: StandardPack, rule: string): string {
  return pack.rules[rule]?.uses ?? rule;
}

function pct(r: Decimal): string {
  return formatPercent(r);
}

function words(entry: PackRule | undefined, key: string): string[] {
  const v = entry?.params?.[key];
  return Array.isArray(v) ? v.filter((w): w is string => typeof w === "string") : [];
}

const COMPLEXITY_ZH = { simple: "简单", complex: "较复杂", "very-complex": "非常复杂" } as const;

/** What a maintenance line maintains, for its reason: "C类设备", "安全设备", "国产软件", "较复杂应用系统". */
function maintenanceKind(impl: string, line: BudgetLine, pack: StandardPack): [string, string] {
  switch (impl) {
    case "om.hardware-rate": {
      const cls = line.hardwareClass?.cls ?? pack.hardwareClasses.default;
      return [`${cls}类设备`, `class ${cls} device`];
    }
    case "om.security-device-rate":
      return ["安全设备", "security device"];
    case "om.product-software-rate":
      return line.softwareType === "domestic" ? ["国产软件", "domestic software"] : ["工具类软件", "tool software"];
    default:
      return line.complexity
        ? [`${COMPLEXITY_ZH[line.complexity]}应用系统`, `${line.complexity} application`]
        : ["未注明复杂程度的应用系统", "application (complexity not stated)"];
  }
}

/** Step 1: the cap one line-level error finding sets on its line, or null when it cannot be computed. */
function lineCap(impl: string, f: Finding, st: LineState, pack: StandardPack, unit: MoneyUnit): CapResult | null {
  const line = st.line;
  const fmt = (d: Decimal) => formatMoney(d, unit);
  switch (impl) {
    case "dev.person-month-price": {
      if (f.limit === null) return null;
      const cap = new Decimal(f.limit);
      const units = words(pack.rules[f.rule], "personMonthUnits");
      const billed = line.unitLabel !== "" && units.some((w) => line.unitLabel.includes(w));
      const countField = (billed ? (line.quantity ?? line.personMonths) : line.personMonths) ?? null;
      const count = countField && countField.value.greaterThan(0) ? countField : null;
      const priceField = line.unitPrice ?? null;
      const priceUnit = priceField?.unit ?? unit;
      const amountUnit = st.money.unit ?? unit;
      const price = priceField ? { ...target(priceField.cell), value: fromYuan(cap, priceUnit), unit: priceUnit } : null;
      const stated = priceField?.value ?? (f.actual !== null ? new Decimal(f.actual) : null);
      if (count) {
        const n = count.value.toFixed();
        // A count read from the name's words has no cell to multiply by, and the 单价 cell is not a per-person-month
        // price: the 审定 is written as a value.
        const fromText = count.source === "text";
        return {
          value: count.value.times(cap),
          reason: stated ? `人月单价 ${fmt(stated)}按上限 ${fmt(cap)}核定（${n} 人月）` : `按上限 ${fmt(cap)}/人月核定（${n} 人月）`,
          reasonEn: stated
            ? `${fmt(stated)} per person-month approved at the cap of ${fmt(cap)} (${n} person-months)`
            : `approved at the cap of ${fmt(cap)} per person-month (${n} person-months)`,
          formula: fromText ? null : { kind: "person-months", count: target(count.cell), price, cap: fromYuan(cap, amountUnit) },
        };
      }
      if (!stated || stated.lte(0)) return null;
      return {
        value: st.approved.times(cap).dividedBy(stated),
        reason: `人月单价 ${fmt(stated)}按上限 ${fmt(cap)}核定（按送审金额折算）`,
        reasonEn: `${fmt(stated)} per person-month approved at the cap of ${fmt(cap)} (pro rata on the submitted amount)`,
        formula: { kind: "person-months", count: null, price, cap: fromYuan(cap, amountUnit) },
      };
    }
    case "om.hardware-rate":
    case "om.security-device-rate":
    case "om.product-software-rate":
    case "om.app-software-rate": {
      const rate = f.capRate ?? (f.measure === "ratio" ? f.limit : null);
      const app = impl === "om.app-software-rate";
      const base = rateBase(line);
      if (rate === null || rate === undefined || !base) return null;
      const capRate = new Decimal(rate);
      const baseZh = app ? "原开发费" : "购置金额";
      const baseEn = app ? "the development cost" : "the purchase amount";
      const [what, whatEn] = maintenanceKind(impl, line, pack);
      return {
        value: base.value.times(capRate),
        reason: `${what}${app ? "运维费" : "维护费"}按${baseZh} ${fmt(base.value)} × 上限 ${pct(capRate)} 核定`,
        reasonEn: `${whatEn} maintenance approved at the ${pct(capRate)} cap × ${baseEn} ${fmt(base.value)}`,
        formula: {
          kind: "rate",
          base: [base.cell, ...(base.times ?? [])].map(target),
          rate: line.rate ? target(line.rate.cell) : null,
          capRate,
        },
      };
    }
    case "om.excluded-item":
      return {
        value: ZERO,
        reason: "自2018年1月起不属于电子政务运维经费，审定为 0",
        reasonEn: "not an e-government O&M cost since January 2018: approved at 0",
        formula: null,
      };
    case "cost.excluded-dengbao":
      return {
        value: ZERO,
        reason: "三级及以上等保测评/整改费用不列入项目建设费用（另行申请），审定为 0",
        reasonEn: "level-3+ classified-protection testing/remediation is outside the construction cost (applied for separately): approved at 0",
        formula: null,
      };
    default:
      return null;
  }
}

function apply(st: LineState, rule: string, citation: string, value: Decimal, reason: string, reasonEn: string, formula: VerdictFormula | null): void {
  const before = st.approved;
  // Never above 送审 (nor above what an earlier step allowed).
  const after = Decimal.min(before, value);
  st.steps.push({ rule, citation, before, after, reason, reasonEn });
  if (!after.equals(before)) st.formula = formula;
  if (formula) st.capFormula ??= formula;
  st.approved = after;
}

/**
 * `cap` (exact) spread over the lines in proportion to their 审定 amounts, each rounded half-up to the cent; the
 * cents rounding gains or loses are then given back or taken up (largest remainders first) so the group comes to
 * the cap in whole cents, never above it: one cent over the cap is one cent off. No line goes above its 审定.
 */
function spread(cap: Decimal, states: LineState[]): Decimal[] {
  const total = sum(states.map((s) => s.approved));
  const exact = states.map((s) => (total.isZero() ? ZERO : cap.times(s.approved).dividedBy(total)));
  const rounded = exact.map(halfUp);
  const goal = cap.toDecimalPlaces(2, Decimal.ROUND_DOWN);
  let gap = sum(rounded).minus(goal);
  const pick = (ok: (i: number) => boolean, score: (i: number) => Decimal): number => {
    let best = -1;
    for (let i = 0; i < rounded.length; i++) if (ok(i) && (best < 0 || score(i).greaterThan(score(best)))) best = i;
    return best;
  };
  while (gap.greaterThan(0)) {
    const i = pick((k) => rounded[k].greaterThan(0), (k) => rounded[k].minus(exact[k]));
    if (i < 0) break;
    rounded[i] = rounded[i].minus(CENT);
    gap = gap.minus(CENT);
  }
  while (gap.lessThan(0)) {
    const i = pick((k) => rounded[k].plus(CENT).lte(states[k].approved), (k) => exact[k].minus(rounded[k]));
    if (i < 0) break;
    rounded[i] = rounded[i].plus(CENT);
    gap = gap.plus(CENT);
  }
  return rounded;
}

function overLimit(f: Finding): boolean {
  if (f.actual === null || f.limit === null) return false;
  try {
    return new Decimal(f.actual).greaterThan(new Decimal(f.limit));
  } catch {
    return false;
  }
}

function unadjusted(f: Finding, reason: string, reasonEn: string): UnadjustedFinding {
  return { rule: f.rule, sheet: f.sheet, row: f.row, cell: f.cell, reason, reasonEn, citation: f.citation };
}

/**
 * The verdict of domain.md §6 for one audited budget. `facts` are the audit's (computed again when not given).
 * Only lines a cap touches are looked at one by one; the bases are the audit's sums less the reductions so far.
 */
export function reviewBudget(model: BudgetModel, pack: StandardPack, findings: readonly Finding[], facts: Facts = computeFacts(model, pack)): Verdict {
  const unit = model.profile.unit;
  const fmt = (d: Decimal) => formatMoney(d, unit);
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

  // 1. Line caps, each on its own line.
  for (const f of errors) {
    const impl = implOf(pack, f.rule);
    if (!LINE_CAPS.has(impl)) continue;
    const line = f.lineId ? lineById(f.lineId) : undefined;
    const st = line ? stateOf(line) : null;
    const cap = st ? lineCap(impl, f, st, pack, unit) : null;
    if (!st || !cap) {
      out.push(unadjusted(f, `${f.message}；无法据以计算审定金额，需人工审定`, `${f.messageEn}; the approved amount cannot be computed from the sheet: for a reviewer to decide`));
      continue;
    }
    apply(st, f.rule, f.citation, halfUp(cap.value), cap.reason, cap.reasonEn, cap.formula);
  }

  // 2–4. Fee caps on the 审定 bases, in the standard's order.
  const linesOf = (cats: readonly Category[]) =>
    cats.flatMap((c) => facts.linesByCategory.get(c) ?? []).map(stateOf).filter((st): st is LineState => st !== null);
  const baseOf = (cats: readonly Category[]) => {
    let base = sum(cats.map((c) => facts.byCategory.get(c) ?? ZERO));
    for (const st of states.values()) if (cats.includes(st.line.category)) base = base.minus(st.submitted.minus(st.approved));
    return base;
  };
  for (const impl of SHEET_CAPS) {
    for (const [rule, entry] of Object.entries(pack.rules)) {
      if ((entry.uses ?? rule) !== impl || entry.enabled === false || entry.severity !== "error") continue;
      const p = entry.params ?? {};
      if (typeof p.maxRatio !== "string") continue;
      const max = new Decimal(p.maxRatio);
      const four = impl === "fees.four-fees-cap";
      const groupCats: Category[] = four
        ? (Array.isArray(p.categories) ? (p.categories as Category[]) : [])
        : [impl === "fees.integration-rate" ? "integration" : "security-test"];
      const baseCats = impl === "fees.integration-rate" ? pack.bases.purchase : pack.bases.construction;
      if (!groupCats.some((c) => facts.linesByCategory.get(c)?.length)) continue;
      const group = linesOf(groupCats);
      const base = baseOf(baseCats);
      const total = sum(group.map((s) => s.approved));
      if (!group.length || base.lte(0) || total.lte(0)) continue;
      const cap = base.times(max);
      if (!total.greaterThan(cap)) continue;
      const values = spread(cap, group);
      const several = group.length > 1 ? "，按比例分摊" : "";
      const severalEn = group.length > 1 ? ", spread in proportion" : "";
      const [zh, en] =
        impl === "fees.integration-rate"
          ? [`系统集成费按软硬件购置费 ${fmt(base)} × 上限 ${pct(max)} = ${fmt(cap)}核定${several}`, `system integration approved at the ${pct(max)} cap × the hardware and software purchase ${fmt(base)} = ${fmt(cap)}${severalEn}`]
          : impl === "fees.security-test-rate"
            ? [`安全测评费按项目建设费 ${fmt(base)} × 上限 ${pct(max)} = ${fmt(cap)}核定${several}`, `security testing approved at the ${pct(max)} cap × the construction cost ${fmt(base)} = ${fmt(cap)}${severalEn}`]
            : [`${groupCats.map((c) => GROUP_ZH[c] ?? c).join("、")}费用合计 ${fmt(total)} 按项目建设费 ${fmt(base)} × 上限 ${pct(max)} = ${fmt(cap)}核定${several}`,
               `${groupCats.map((c) => GROUP_EN[c] ?? c).join(", ")} (${fmt(total)} together) approved at the ${pct(max)} cap × the construction cost ${fmt(base)} = ${fmt(cap)}${severalEn}`];
      group.forEach((s, i) => apply(s, rule, entry.citation, values[i], zh, en, null));
    }
  }

  // 5. Errors over a limit the standard does not allocate.
  for (const f of errors) {
    const impl = implOf(pack, f.rule);
    if (LINE_CAPS.has(impl) || (SHEET_CAPS as readonly string[]).includes(impl) || NOT_A_LIMIT.test(impl) || !overLimit(f)) continue;
    out.push(unadjusted(f, `${f.message}；标准未规定如何核减到各行，需人工审定`, `${f.messageEn}; the standard does not say how to allocate this to lines: for a reviewer to decide`));
  }

  // Lines no cap touched keep their 送审: the totals are the audit's sum less the touched lines' reductions.
  const sheetOrder = new Map(model.sheetNames.map((name, i) => [name, i]));
  const all = [...states.values()]
    .filter((st) => st.steps.length)
    .sort((a, b) => (sheetOrder.get(a.line.sheet) ?? 0) - (sheetOrder.get(b.line.sheet) ?? 0) || a.line.row - b.line.row);
  const submitted = facts.grand;
  const reduction = sum(all.map((st) => st.submitted.minus(st.approved)));
  const approved = submitted.minus(reduction);
  const reductionRate = reduction.isZero() || submitted.lte(0) ? ZERO : reduction.dividedBy(submitted).toDecimalPlaces(4, Decimal.ROUND_HALF_UP);
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
    reason: unique(shown.map((s) => s.reason)).join("；"),
    reasonEn: unique(shown.map((s) => s.reasonEn)).join("; "),
    citations: unique(st.steps.map((s) => s.citation)),
    steps: st.steps,
    write: {
      amount: { ...target(money.cell), unit: moneyUnit, value: fromYuan(st.approved, moneyUnit) },
      formula: st.formula,
      set: cellsToSet(st),
    },
  };
}

/** The price / rate cells that go with the 审定 amount (see VerdictWrite.set). */
function cellsToSet(st: LineState): VerdictWrite["set"] {
  const f = st.formula ?? (st.approved.equals(st.submitted) ? st.capFormula : null);
  if (!f) return [];
  const { line } = st;
  if (f.kind === "person-months") {
    if (!f.price) return [];
    if (f === st.formula) return [{ cell: f.price.cell, address: f.price.address, value: f.price.value, unit: f.price.unit }];
    const countCell = f.count?.cell;
    const count = countCell ? [line.quantity, line.personMonths].find((x) => x?.cell === countCell) : undefined;
    if (!count || count.value.lte(0)) return [];
    const price = fromYuan(st.approved.dividedBy(count.value), f.price.unit).toDecimalPlaces(6, Decimal.ROUND_DOWN);
    return [{ cell: f.price.cell, address: f.price.address, value: Decimal.min(price, f.price.value), unit: f.price.unit }];
  }
  if (!f.rate) return [];
  if (f === st.formula) return [{ cell: f.rate.cell, address: f.rate.address, value: f.capRate, unit: null }];
  const base = rateBase(line);
  if (!base || base.value.lte(0)) return [];
  const charged = st.approved.dividedBy(base.value).toDecimalPlaces(6, Decimal.ROUND_DOWN);
  return [{ cell: f.rate.cell, address: f.rate.address, value: Decimal.min(charged, f.capRate), unit: null }];
}
