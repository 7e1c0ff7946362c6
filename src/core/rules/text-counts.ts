import Decimal from "decimal.js";
import type { BudgetLine } from "../model/types";
import { toHalfWidth } from "../parse/text";
import { boundedDecimal } from "../parse/bounds";

/** Case- and width-insensitive: "ＭＣＵ", "mcu" and "MCU" are the same word in a budget line. */
function fold(text: string): string {
  return toHalfWidth(text).toUpperCase();
}

export function hasWord(text: string, words: readonly string[]): boolean {
  const t = fold(text);
  return words.some((w) => t.includes(fold(w)));
}

/** A line's count of units; a device line without a 数量 cell stands for one unit. */
export function lineCount(line: BudgetLine): Decimal {
  return line.quantity?.value ?? new Decimal(1);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Every number written just before one of `units` in `text` ("约80平方米" → 80; "30个坐席" → 30 with `between` "个",
 * a word that may stand between the number and the unit). Numbers outside the bounds of parse/bounds.ts are not
 * figures and are skipped. A number starts only where no digit precedes it and has at most 16 integer and 10
 * decimal digits, so the scan stays linear on any text (a run of 100,000 digits or spaces included).
 */
export function numbersBefore(text: string, units: readonly string[], between = ""): Decimal[] {
  if (!text) return [];
  const alternatives = [...units]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|");
  const gap = between ? `\\s*(?:${escapeRegExp(between)}\\s*)?` : "\\s*";
  const re = new RegExp(`(?<![\\d.])(\\d{1,16}(?:\\.\\d{1,10})?)${gap}(?:${alternatives})`, "gi");
  const out: Decimal[] = [];
  for (const m of toHalfWidth(text)
    .replace(/,(?=\d{3})/g, "")
    .matchAll(re)) {
    const d = boundedDecimal(m[1]);
    if (d) out.push(d);
  }
  return out;
}

/** A loop, not Decimal.max(...values): a title may hold more numbers than a call can take arguments. */
export function maxOf(values: readonly Decimal[]): Decimal | null {
  let max: Decimal | null = null;
  for (const v of values) if (!max || v.greaterThan(max)) max = v;
  return max;
}
