import Decimal from "decimal.js";
import type { MoneyUnit } from "./model/types";
import type { PackMoney } from "./standards/types";

/** 1 万元 = 10000 元. All engine money is Decimal 元; units only matter when reading and showing. */
export const WAN = new Decimal(10000);

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
  const v = fromYuan(yuan, unit);
  const fixed = v.toDecimalPlaces(unit === "万元" ? 4 : 2).toFixed();
  const [int, frac] = fixed.split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${frac ? `${grouped}.${frac}` : grouped} ${unit}`;
}

/** "12%" / "0.5%" for a ratio. */
export function formatPercent(ratio: Decimal): string {
  return `${ratio.times(100).toDecimalPlaces(2).toFixed()}%`;
}

export function sum(values: Decimal[]): Decimal {
  return values.reduce((acc, v) => acc.plus(v), new Decimal(0));
}
