import Decimal from "decimal.js";
import type { MoneyUnit } from "../model/types";
import type { CellValue } from "../snapshot/types";
import { toYuan } from "../money";
import { compact, toHalfWidth } from "./text";
import { MAX_NUMBER_TEXT_LENGTH, boundedDecimal, decimalInRange, type UnreadableReason } from "./bounds";

/**
 * What a numeric cell holds: nothing, something unreadable (and why), or a number (with the unit/percent it was
 * written with). Every "ok" value is within the bounds of bounds.ts.
 */
export type Reading =
  | { status: "empty" }
  | { status: "invalid"; reason: UnreadableReason }
  | { status: "ok"; value: Decimal; unit?: MoneyUnit; percent?: boolean };

const EMPTY: Reading = { status: "empty" };
const INVALID: Reading = { status: "invalid", reason: "not-a-number" };
const OUT_OF_RANGE: Reading = { status: "invalid", reason: "out-of-range" };
const TOO_LONG: Reading = { status: "invalid", reason: "too-long" };

/** A reading whose final value (in 元, as a count or as a ratio) left the bounds is out of range. */
function bounded(r: Reading): Reading {
  return r.status === "ok" && !decimalInRange(r.value) ? OUT_OF_RANGE : r;
}

/**
 * Placeholders people type for "nothing here", and words for "costs nothing in this budget" (利旧: reused equipment,
 * 免费 / 赠送 / 已含): they are not unreadable amounts.
 */
const EMPTY_MARKS = new Set([
  "",
  "-",
  "--",
  "—",
  "——",
  "–",
  "/",
  "利旧",
  "原有",
  "已有",
  "现有",
  "免费",
  "赠送",
  "已含",
  "含",
  "包含",
  "不计费",
  "无",
]);

const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;
const GROUPED_NUMBER = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;

/**
 * Excel stores doubles and shows 15 significant digits; cached formula results like 0.30000000000000004
 * are read the way Excel displays them, so the engine never inherits float noise.
 */
export function fromJsNumber(n: number): Decimal | null {
  if (!Number.isFinite(n)) return null;
  if (n === 0) return new Decimal(0); // -0 reads as 0
  if (Number.isSafeInteger(n)) return new Decimal(n);
  return new Decimal(n.toPrecision(15));
}

function parseNumericText(raw: string): Reading {
  // Checked before any work on the text: a 100,000-character cell is a note, whatever it holds.
  if (raw.length > MAX_NUMBER_TEXT_LENGTH * 4) return compact(raw) === "" ? EMPTY : TOO_LONG;
  let t = compact(toHalfWidth(raw));
  if (t.length > MAX_NUMBER_TEXT_LENGTH) return TOO_LONG;
  if (EMPTY_MARKS.has(t)) return EMPTY;
  t = t.replace(/^(¥|RMB|人民币)/i, "");
  // "2.5万/人月", "8000元/台": the price per unit is the number; what it is per is the 单位 column's business.
  t = t.replace(/\/(人·?月|人天|台|套|项|年|月|个|次|点|路|间|块|条|米|平方米|㎡|m2)$/i, "");
  let unit: MoneyUnit | undefined;
  let percent = false;
  if (/万元$/.test(t)) {
    unit = "万元";
    t = t.slice(0, -2);
  } else if (/万$/.test(t)) {
    unit = "万元";
    t = t.slice(0, -1);
  } else if (/元$/.test(t)) {
    unit = "元";
    t = t.slice(0, -1);
  } else if (/%$/.test(t)) {
    percent = true;
    t = t.slice(0, -1);
  }
  t = t.replace(/^(¥|RMB|人民币)/i, "");
  if (GROUPED_NUMBER.test(t)) t = t.replace(/,/g, "");
  if (!PLAIN_NUMBER.test(t)) return INVALID;
  const value = boundedDecimal(t);
  return value ? { status: "ok", value, unit, percent } : OUT_OF_RANGE;
}

/** Reads any number-like cell: numbers, "１２.５", " 35000 ", "1,200", "1.2万", "4%". */
export function readCell(raw: CellValue): Reading {
  if (raw === null || raw === undefined) return EMPTY;
  if (typeof raw === "number") {
    if (Number.isNaN(raw)) return INVALID;
    const d = fromJsNumber(raw);
    return d ? bounded({ status: "ok", value: d }) : OUT_OF_RANGE;
  }
  if (typeof raw !== "string") return INVALID;
  return parseNumericText(raw);
}

/** "18人月", "2 台", "10套": a count written with what it counts (the 单位 column's business, typed in the cell). */
const COUNTED = /^(.*?\d)\s*(人·?月|人天|人日|台|套|项|个|次|块|副|只|部|组|条|米|批|年|月|天|路|点|间|㎡|平方米)$/;

/** What a count cell says it counts ("18人月" → 人月), or null. */
export function countUnitOf(raw: CellValue): string | null {
  if (typeof raw !== "string" || raw.length > MAX_NUMBER_TEXT_LENGTH) return null;
  const m = COUNTED.exec(compact(toHalfWidth(raw)));
  return m ? m[2].replace("·", "") : null;
}

/** A plain count (数量, 人月): no money unit, no percent; a counting word after it ("18人月") is allowed. */
export function readNumber(raw: CellValue): Reading {
  if (typeof raw === "string" && countUnitOf(raw)) raw = COUNTED.exec(compact(toHalfWidth(raw)))![1];
  const r = readCell(raw);
  if (r.status !== "ok") return r;
  if (r.unit || r.percent) return INVALID;
  return { status: "ok", value: r.value };
}

/**
 * Money: `value` in 元. The cell's own unit ("1.2万", "20,000元") wins over `unit`, which is the column's or
 * the table's. "¥" says which currency, not which magnitude, so it follows the column.
 */
export function readAmount(raw: CellValue, unit: MoneyUnit): Reading {
  const r = readCell(raw);
  if (r.status !== "ok") return r;
  if (r.percent) return INVALID;
  const written = r.unit ?? unit;
  return bounded({ status: "ok", value: written === "元" ? r.value : toYuan(r.value, written), unit: written });
}

/**
 * A rate as a ratio (0.04). "4%" and a "%" number format are explicit; a header "费率(%)" makes a plain 4 mean 4%.
 * A bare number above 1 cannot be a maintenance ratio (400%), so it is read as percent points.
 */
export function readRate(raw: CellValue, headerText = "", numberFormat: string | null = null): Reading {
  const r = readCell(raw);
  if (r.status !== "ok") return r;
  if (r.unit) return INVALID;
  if (r.percent) return bounded({ status: "ok", value: r.value.dividedBy(100), percent: true });
  if (typeof raw === "number" && typeof numberFormat === "string" && numberFormat.includes("%"))
    return { status: "ok", value: r.value };
  if (/[%％]/.test(headerText) || r.value.greaterThan(1))
    return bounded({ status: "ok", value: r.value.dividedBy(100) });
  return { status: "ok", value: r.value };
}
