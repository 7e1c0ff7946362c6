import Decimal from "decimal.js";
import type { BudgetLine, MoneyUnit, ReadField } from "./model/types";
import type { PackMoney } from "./standards/types";

/** 1 万元 = 10000 元. All engine money is Decimal 元; units only matter when reading and showing. */
const WAN = new Decimal(10000);

export function toYuan(value: Decimal.Value, unit: MoneyUnit): Decimal {
  const d = new Decimal(value);
  return unit === "万元" ? d.times(WAN) : d;
}

export function fromYuan(yuan: Decimal, unit: MoneyUnit): Decimal {
  return unit === "万元" ? yuan.dividedBy(WAN) : yuan;
}

export function packMoney(m: PackMoney): Decimal {
  return toYuan(m.value, m.unit);
}

/** Formats 元 for a message in the sheet's unit: "2.6 万元", "35,000 元". */
export function formatMoney(yuan: Decimal, unit: MoneyUnit): string {
  return formatMoneyIn(yuan, unit, "zh");
}

/**
 * Money in a message, as each language writes it: "26 万元" / "10,000 元" in Chinese; in English one convention,
 * "CNY 10,000" and a 万元 sheet's figures as "CNY 26 (10k)" (the pane's own figures read the same way).
 */
export function formatMoneyIn(yuan: Decimal, unit: MoneyUnit, lang: "zh" | "en", places?: number): string {
  const fixed = fromYuan(yuan, unit)
    .toDecimalPlaces(places ?? (unit === "万元" ? 4 : 2))
    .toFixed();
  const [int, frac] = fixed.split(".");
  const sign = int.startsWith("-") ? "-" : "";
  const grouped = (sign ? int.slice(1) : int).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return withUnit(`${sign}${frac ? `${grouped}.${frac}` : grouped}`, unit, lang);
}

/** A figure already in `unit` with the unit as the language writes it ("26 万元"; "CNY 26 (10k)", "CNY 10,000"). */
function withUnit(figure: string, unit: MoneyUnit, lang: "zh" | "en"): string {
  if (lang === "zh") return `${figure} ${unit}`;
  return unit === "万元" ? `CNY ${figure} (10k)` : `CNY ${figure}`;
}

/** "12%" / "0.5%" for a ratio. */
export function formatPercent(ratio: Decimal): string {
  return `${ratio.times(100).toDecimalPlaces(2).toFixed()}%`;
}

export function sum(values: Decimal[]): Decimal {
  return values.reduce((acc, v) => acc.plus(v), new Decimal(0));
}

/**
 * The field's value in 元 as a JS number when that is exact: a safe integer written as a number (most cells of
 * a budget in 元 or whole 万元). Sums and products of such values are exact in JS while they stay safe integers,
 * which lets the hot loops of large sheets skip Decimal. Only for money fields and plain counts, whose value is
 * the cell's number times the unit (rates are not: "4" in a 费率(%) column means 0.04).
 */
export function integerValue(field: { raw: unknown; unit?: MoneyUnit } | undefined): number | null {
  if (!field) return null;
  const raw = field.raw;
  if (typeof raw !== "number" || !Number.isSafeInteger(raw)) return null;
  const v = field.unit === "万元" ? raw * 10000 : raw;
  return Number.isSafeInteger(v) ? v : null;
}

/** An exact running sum: integers add as JS numbers while safe, everything else as Decimal. */
export class ExactSum {
  private int = 0;
  private dec: Decimal | null = null;

  addField(field: { value: Decimal; raw: unknown; unit?: MoneyUnit } | undefined): void {
    if (!field) return;
    const i = integerValue(field);
    if (i !== null && Number.isSafeInteger(this.int + i)) this.int += i;
    else this.add(field.value);
  }

  add(d: Decimal): void {
    this.dec = this.dec ? this.dec.plus(d) : d;
  }

  value(): Decimal {
    const i = new Decimal(this.int);
    return this.dec ? i.plus(this.dec) : i;
  }
}

/**
 * The base a maintenance rate applies to — one decision for the rules, the verdict and 按标准核定: an application's
 * 原开发费, or the 原值 a sheet lists it under; a device's or product's purchase amount (原值).
 */
export function rateBase(line: BudgetLine): ReadField | undefined {
  // A "原购置/开发费" column is the base of whatever the line maintains: the one the sheet gives.
  return line.category === "om-app-software" ? (line.devCost ?? line.purchase) : (line.purchase ?? line.devCost);
}

/** A line's money: its amount; maintenance lines without an amount column count their fee. */
export function lineMoneyField(line: BudgetLine): ReadField | undefined {
  return line.amount ?? line.fee;
}

export function lineMoney(line: BudgetLine): Decimal | null {
  return lineMoneyField(line)?.value ?? null;
}

/** Half a cent (元): what rounding one line's 审定 half-up to the cent can add. */
const HALF_CENT = new Decimal("0.005");

/**
 * Whether a group of `lines` lines totalling `total` 元 is over its `cap` 元 by more than rounding: domain.md §6
 * rounds each line's share of a cap half-up to the cent, so a group the verdict capped may end up to half a cent
 * per line over the exact cap, and is within it. A single line a cent over is over.
 */
export function overGroupCap(total: Decimal, cap: Decimal, lines: number): boolean {
  return total.minus(cap).greaterThan(HALF_CENT.times(Math.max(1, lines)));
}
