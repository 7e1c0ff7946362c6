import Decimal from "decimal.js";
import type { CellChange, CellValue } from "../core";
import { t, type Locale } from "./i18n";

function group(fixed: string): string {
  const [int, frac] = fixed.split(".");
  const sign = int.startsWith("-") ? "-" : "";
  const digits = sign ? int.slice(1) : int;
  return `${sign}${digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}${frac !== undefined ? `.${frac}` : ""}`;
}

/** A 元 decimal string from the engine ("1234567.5") as "1,234,567.50", no unit; decimal.js keeps it exact. */
function groupedYuan(yuan: string): string {
  let d: Decimal;
  try {
    d = new Decimal(yuan);
  } catch {
    return yuan;
  }
  return group(d.toFixed(2));
}

/** A 元 decimal string from the engine ("1234567.5") as "1,234,567.50 元" ("CNY 1,234,567.50"). */
export function formatYuan(yuan: string, locale: Locale): string {
  return t(locale, "money.yuan", { amount: groupedYuan(yuan) });
}

/**
 * A 元 decimal string in the sheet's unit, as the budget unit reads its own sheet: "1,211,800.00 元" on a 元 sheet,
 * "121.18 万元" on a 万元 sheet (two decimals shown at least, the value exact up to the 元 cent); in English
 * "CNY 1,211,800.00" and "CNY 121.18 (10k)".
 */
export function formatSheetMoney(yuan: string, unit: "元" | "万元", locale: Locale): string {
  if (unit === "元") return formatYuan(yuan, locale);
  let d: Decimal;
  try {
    d = new Decimal(yuan).dividedBy(10000);
  } catch {
    return yuan;
  }
  return t(locale, "money.wan", { amount: group(atLeastTwo(d.toDecimalPlaces(6))) });
}

/** "26" → "26.00", "2.86048" stays: two decimals at least, every digit the value has. */
function atLeastTwo(d: Decimal): string {
  return d.decimalPlaces() < 2 ? d.toFixed(2) : d.toFixed();
}

/** A cell's value as text for a message ("（空）" for an empty cell). */
export function formatCellValue(value: CellValue, locale: Locale): string {
  if (value === null || value === "") return t(locale, "cell.empty");
  if (typeof value === "number") return group(new Decimal(value).toFixed());
  return String(value);
}

/** A ratio as a percentage, "0.08" → "8%", "0.0725" → "7.25%". */
export function formatRatio(ratio: string): string {
  return `${new Decimal(ratio).times(100).toDecimalPlaces(4).toFixed()}%`;
}

/**
 * A change's figure before or after (送审 → 审定) in the cell's terms: money in the cell's unit ("26 万元",
 * "10,000 元"), a rate as a percentage ("10%"), whatever the cell writes (0.1, "10%", 10 in a 费率(%) column).
 */
export function formatFigure(c: CellChange, which: "before" | "after", locale: Locale): string {
  const figure = c.figures[which];
  if (c.measure === "ratio") return formatRatio(figure);
  // The figure is in the cell's unit already (a 万元 sheet's 26, not 260000), as the cell writes it.
  const amount = group(new Decimal(figure).toDecimalPlaces(c.unit === "万元" ? 6 : 2).toFixed());
  return t(locale, c.unit === "万元" ? "money.wan" : "money.yuan", { amount });
}
