import Decimal from "decimal.js";
import type { CellValue } from "../core/snapshot/types";
import type { CellChange } from "../core/plan/types";
import { t, type Locale } from "./i18n";

function group(fixed: string): string {
  const [int, frac] = fixed.split(".");
  const sign = int.startsWith("-") ? "-" : "";
  const digits = sign ? int.slice(1) : int;
  return `${sign}${digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}${frac !== undefined ? `.${frac}` : ""}`;
}

/** A 元 decimal string from the engine ("1234567.5") as "1,234,567.50 元"; decimal.js keeps it exact. */
export function formatYuan(yuan: string, locale: Locale): string {
  let d: Decimal;
  try {
    d = new Decimal(yuan);
  } catch {
    return yuan;
  }
  return t(locale, "money.yuan", { amount: group(d.toFixed(2)) });
}

/** Parses the "last year's O&M" input: digits with optional thousands separators and decimals, in 元. */
export function parseYuanInput(text: string): Decimal | null {
  const cleaned = text.replace(/[,，\s]/g, "");
  if (!/^\d+(\.\d+)?$/.test(cleaned)) return null;
  return new Decimal(cleaned);
}

/** A cell's value for the recalc preview. */
export function formatCellValue(value: CellValue, locale: Locale): string {
  if (value === null || value === "") return t(locale, "recalc.empty");
  if (typeof value === "number") return group(new Decimal(value).toFixed());
  return String(value);
}

/** The recalc preview's "old": what the user wrote, the formula when there is one. */
export function formatChangeOld(c: CellChange, locale: Locale): string {
  return c.before.formula ?? formatCellValue(c.before.value, locale);
}

/** The recalc preview's "new": the formula to be written and what it comes to. */
export function formatChangeNew(c: CellChange, locale: Locale): string {
  const value = formatCellValue(c.after.value, locale);
  return c.after.formula ? `${c.after.formula} (${value})` : value;
}
