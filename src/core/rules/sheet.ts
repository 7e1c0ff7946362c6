import Decimal from "decimal.js";
import type { MoneyUnit, ReadField } from "../model/types";
import type { StandardPack } from "../standards/types";
import type { FindingDraft, RuleImplementation } from "./types";
import { integerValue, toYuan } from "../money";
import { entryDraft } from "./generic-message";
import { lineMoney, lineMoneyField } from "./facts";
import { NO_PARAMS } from "./schema-parts";
import { CATEGORY_LABELS, FIELD_LABELS } from "../labels/categories";
import { quoteText } from "../quote";
import { MAX_MAGNITUDE, MAX_SIGNIFICANT_DIGITS, MIN_MAGNITUDE } from "../parse/bounds";
import { MONEY_ROLES } from "../parse/header";

type NoParams = Record<string, never>;

/** domain.md §3.8: 0.01 of the unit the figure is written in, or 0.5% of it, whichever is larger. */
function tolerance(pack: StandardPack, field: ReadField, fallbackUnit: MoneyUnit): Decimal {
  const absolute = absoluteTolerance(pack, field.unit ?? fallbackUnit);
  const relative = field.value.abs().times(pack.tolerance.relative);
  return Decimal.max(absolute, relative);
}

const absoluteCache = new WeakMap<StandardPack, Partial<Record<MoneyUnit, Decimal>>>();

/** Parsed once per pack and unit: this runs for every line of every sheet. */
function absoluteTolerance(pack: StandardPack, unit: MoneyUnit): Decimal {
  let byUnit = absoluteCache.get(pack);
  if (!byUnit) absoluteCache.set(pack, (byUnit = {}));
  return (byUnit[unit] ??= toYuan(pack.tolerance.absolute, unit));
}

/** |a − b| beyond the tolerance of `field`; exact agreement (the usual case) costs one comparison. */
function differs(a: Decimal, b: Decimal, pack: StandardPack, field: ReadField, unit: MoneyUnit): boolean {
  if (a.equals(b)) return false;
  return a
    .minus(b)
    .abs()
    .greaterThan(tolerance(pack, field, unit));
}

const lineArithmetic: RuleImplementation<NoParams> = {
  id: "sheet.line-arithmetic",
  measure: "money",
  scope: "line",
  notALimit: true,
  paramsSchema: NO_PARAMS,
  /** `.quantity`: 数量 × 单价 ≠ 金额; `.rate`: 购置金额 × 费率 ≠ 维护费. */
  messages: [".quantity", ".rate"],
  check(ctx, _params) {
    const { model, pack } = ctx;
    const unit = model.profile.unit;
    const findings: FindingDraft[] = [];
    for (const line of model.lines) {
      if (line.quantity && line.unitPrice && line.amount) {
        // Whole numbers that multiply out exactly (the usual 元 sheet) need no Decimal to agree.
        const q = integerValue(line.quantity);
        const p = integerValue(line.unitPrice);
        const agrees = q !== null && p !== null && Number.isSafeInteger(q * p) && q * p === integerValue(line.amount);
        const expected = agrees ? null : line.quantity.value.times(line.unitPrice.value);
        if (expected && differs(expected, line.amount.value, pack, line.amount, unit)) {
          const args = {
            name: { text: quoteText(line.name) },
            quantity: { text: line.quantity.value.toFixed() },
            unitPrice: { money: line.unitPrice.value },
            expected: { money: expected },
            amount: { money: line.amount.value },
          };
          findings.push(
            entryDraft(ctx, ".quantity", args, {
              line,
              cell: line.amount.cell,
              actual: line.amount.value,
              limit: expected,
            }),
          );
        }
      }
      if (line.purchase && line.rate && line.fee) {
        const expected = line.purchase.value.times(line.rate.value);
        if (differs(expected, line.fee.value, pack, line.fee, unit)) {
          const args = {
            name: { text: quoteText(line.name) },
            purchase: { money: line.purchase.value },
            percent: { text: line.rate.value.times(100).toFixed() },
            expected: { money: expected },
            fee: { money: line.fee.value },
          };
          findings.push(
            entryDraft(ctx, ".rate", args, { line, cell: line.fee.cell, actual: line.fee.value, limit: expected }),
          );
        }
      }
    }
    return findings;
  },
};

const subtotalMismatch: RuleImplementation<NoParams> = {
  id: "sheet.subtotal-mismatch",
  measure: "money",
  scope: "line",
  notALimit: true,
  paramsSchema: NO_PARAMS,
  messages: [""],
  check(ctx, _params) {
    const { model, pack } = ctx;
    const unit = model.profile.unit;
    // Running totals in sheet order: a 小计/合计 almost always covers a run of consecutive lines, whose sum is then
    // one subtraction instead of one addition per line (a 合计 over 10,000 lines is checked in O(1)).
    const index = new Map(model.lines.map((l, i) => [l.id, i]));
    const running: Decimal[] = [new Decimal(0)];
    // Prefix sums as exact JS integers while every line is a whole number (no Decimal per line); else Decimal.
    const ints: number[] = [0];
    for (const l of model.lines) {
      const field = lineMoneyField(l);
      const i = field ? integerValue(field) : 0;
      const next = i === null ? NaN : ints[ints.length - 1] + i;
      if (!Number.isSafeInteger(next)) break;
      ints.push(next);
    }
    const allIntegers = ints.length === model.lines.length + 1;
    if (!allIntegers) for (const l of model.lines) running.push(running[running.length - 1].plus(lineMoney(l) ?? 0));
    const findings: FindingDraft[] = [];
    // A total over a line whose money could not be read cannot be checked: that cell is reported already.
    const unknown = new Set(
      model.issues.filter((i) => i.lineId && (i.field === "amount" || i.field === "fee")).map((i) => i.lineId!),
    );
    for (const l of model.lines) if (unknown.has(l.id) && lineMoney(l)) unknown.delete(l.id);
    for (const st of model.subtotals) {
      if (!st.amount) continue;
      if (unknown.size && st.covers.some((id) => unknown.has(id))) continue;
      // A row may cover lines that were dropped (summary tables, headings); only counted lines can be added up.
      const at = st.covers.map((id) => index.get(id)).filter((i): i is number => i !== undefined);
      if (!at.length) continue;
      const consecutive = at.every((i, k) => k === 0 || i === at[k - 1] + 1);
      if (consecutive && allIntegers && ints[at[at.length - 1] + 1] - ints[at[0]] === integerValue(st.amount)) continue;
      const expected = !consecutive
        ? at.reduce((acc, i) => acc.plus(lineMoney(model.lines[i]) ?? 0), new Decimal(0))
        : allIntegers
          ? new Decimal(ints[at[at.length - 1] + 1] - ints[at[0]])
          : running[at[at.length - 1] + 1].minus(running[at[0]]);
      if (!differs(expected, st.amount.value, pack, st.amount, unit)) continue;
      const args = {
        kind: { text: st.kind },
        label: { text: quoteText(st.label) },
        amount: { money: st.amount.value },
        count: { text: String(at.length) },
        expected: { money: expected },
      };
      findings.push(
        entryDraft(ctx, "", args, { line: null, cell: st.amount.cell, actual: st.amount.value, limit: expected }),
      );
    }
    return findings;
  },
};

/** The bounds of bounds.ts as a message states them (money in 元). */
const sci = (n: number) => n.toExponential().replace("e+", "e");
const RANGE_TEXT = `${sci(MIN_MAGNITUDE)} 至 ${sci(MAX_MAGNITUDE)}`;
const RANGE_TEXT_EN = `${sci(MIN_MAGNITUDE)} to ${sci(MAX_MAGNITUDE)}`;

const unreadableAmount: RuleImplementation<NoParams> = {
  id: "sheet.unreadable-amount",
  scope: "line",
  notALimit: true,
  paramsSchema: NO_PARAMS,
  /** By what is wrong with the cell: `.formula` (no saved value), `.out-of-range`, `.too-long`, `.unreadable`. */
  messages: [".formula", ".out-of-range", ".too-long", ".unreadable"],
  check(ctx, _params) {
    const { model } = ctx;
    const byId = new Map(model.lines.map((l) => [l.id, l]));
    return model.issues.map((issue) => {
      const shown = { text: quoteText(typeof issue.raw === "string" ? issue.raw.trim() : issue.raw) };
      const field = FIELD_LABELS[issue.field];
      const base = {
        line: issue.lineId ? (byId.get(issue.lineId) ?? null) : null,
        cell: { sheet: issue.sheet, row: issue.row, col: issue.col },
      };
      if (issue.formula)
        return entryDraft(ctx, ".formula", { field, formula: { text: quoteText(issue.formula) } }, base);
      if (issue.reason === "out-of-range") {
        const money = MONEY_ROLES.includes(issue.field);
        const range = { zh: `${RANGE_TEXT}${money ? " 元" : " "}`, en: `${RANGE_TEXT_EN}${money ? " 元" : ""}` };
        return entryDraft(
          ctx,
          ".out-of-range",
          { field, shown, range, digits: { text: String(MAX_SIGNIFICANT_DIGITS) } },
          base,
        );
      }
      if (issue.reason === "too-long") {
        const length = typeof issue.raw === "string" ? issue.raw.length : 0;
        return entryDraft(ctx, ".too-long", { field, shown, length: { text: String(length) } }, base);
      }
      return entryDraft(ctx, ".unreadable", { field, shown }, base);
    });
  },
};

const unclassifiedLine: RuleImplementation<NoParams> = {
  id: "sheet.unclassified-line",
  scope: "line",
  notALimit: true,
  paramsSchema: NO_PARAMS,
  /** `.evidence`: taken as a category by other evidence; `.none` / `.none-evidence`: no category (with what was seen). */
  messages: [".evidence", ".none", ".none-evidence"],
  check(ctx, _params) {
    return ctx.model.lines
      .filter((l) => l.category === "other" || l.categorySource === "evidence")
      .map((line) => {
        const label = CATEGORY_LABELS[line.category];
        const ev = line.categoryEvidence;
        const name = { text: quoteText(line.name) };
        const at = { line, cell: line.nameCell };
        if (ev && line.category !== "other")
          return entryDraft(
            ctx,
            ".evidence",
            { name, evidence: { zh: ev.zh, en: ev.en }, category: { zh: label.zh, en: label.en } },
            at,
          );
        return ev
          ? entryDraft(ctx, ".none-evidence", { name, evidence: { zh: ev.zh, en: ev.en } }, at)
          : entryDraft(ctx, ".none", { name }, at);
      });
  },
};

export const sheetRules: RuleImplementation<never>[] = [
  lineArithmetic,
  subtotalMismatch,
  unreadableAmount,
  unclassifiedLine,
];
