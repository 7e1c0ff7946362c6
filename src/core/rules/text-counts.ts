import Decimal from "decimal.js";
import type { BudgetLine } from "../model/types";
import { toHalfWidth } from "../parse/text";

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
 * Every number written just before one of `units` in `text` ("约80平方米" → 80, "30个坐席" → 30 with `between` "个?").
 */
export function numbersBefore(text: string, units: readonly string[], between = ""): Decimal[] {
  if (!text) return [];
  const alternatives = [...units].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|");
  const re = new RegExp(`(\\d+(?:\\.\\d+)?)\\s*${between}\\s*(?:${alternatives})`, "gi");
  return [...toHalfWidth(text).replace(/,(?=\d{3})/g, "").matchAll(re)].map((m) => new Decimal(m[1]));
}

export function maxOf(values: readonly Decimal[]): Decimal | null {
  return values.length ? Decimal.max(...values) : null;
}
