import Decimal from "decimal.js";

/**
 * What a figure in a budget can be. Anything outside these bounds is not a budget figure but a typing accident
 * or a hostile file ("1e9999999999" would otherwise be expanded digit by digit), and is reported as an unreadable
 * amount (`sheet.unreadable-amount`) instead of being counted.
 *
 * - MAX_MAGNITUDE, 1e15: no amount (in 元), count or ratio of a budget comes near 1,000 万亿元 (a hundred times the
 *   whole national budget); it also keeps whole-元 amounts inside JS's safe integers, which the exact integer lane
 *   of money.ts relies on.
 * - MIN_MAGNITUDE, 1e-10: the smallest real figures are 0.01 元 written in 万元 (1e-6) and rates of a hundredth of
 *   a percent (1e-4); a non-zero value below 1e-10 is float noise or nonsense (5e-324).
 * - MAX_SIGNIFICANT_DIGITS, 20: decimal.js's working precision, so every figure read is held exactly; Excel itself
 *   keeps 15. With the magnitude bounds, any figure prints in at most ~45 characters.
 * - MAX_NUMBER_TEXT_LENGTH, 64: "¥ 1,234,567,890.12 万元/人月" is 28 characters; text longer than 64 is a note,
 *   never a number, and is rejected before any parsing work is done on it.
 *
 * Products of two bounded figures (数量 × 单价, 原值 × 费率) stay below 1e30 with 20 significant digits: no
 * arithmetic of the engine can reach a huge exponent from bounded inputs.
 */
export const MAX_MAGNITUDE = 1e15;
export const MIN_MAGNITUDE = 1e-10;
export const MAX_SIGNIFICANT_DIGITS = 20;
export const MAX_NUMBER_TEXT_LENGTH = 64;

const MAX = new Decimal(MAX_MAGNITUDE);
const MIN = new Decimal(MIN_MAGNITUDE);

/** Why a cell could not be read as a number: not one at all, one outside the bounds above, or far too long. */
export type UnreadableReason = "not-a-number" | "out-of-range" | "too-long";

/** A JS number (from a numeric cell, already scaled to 元 when it is money) within the bounds. */
export function numberInRange(n: number): boolean {
  if (!Number.isFinite(n)) return false;
  const abs = Math.abs(n);
  return abs <= MAX_MAGNITUDE && (abs === 0 || abs >= MIN_MAGNITUDE);
}

/** A Decimal within the bounds: finite, 0 or 1e-10 ≤ |d| ≤ 1e15, at most 20 significant digits. */
export function decimalInRange(d: Decimal): boolean {
  if (!d.isFinite()) return false;
  if (d.isZero()) return true;
  const abs = d.abs();
  return abs.lessThanOrEqualTo(MAX) && abs.greaterThanOrEqualTo(MIN) && d.precision() <= MAX_SIGNIFICANT_DIGITS;
}

/**
 * A Decimal from the text of a plain number ("12.5", "-3e4") when it is within the bounds, else null. The text is
 * at most MAX_NUMBER_TEXT_LENGTH characters, so building it is cheap; a huge exponent is only stored, never expanded,
 * and is refused here before anything prints it.
 */
export function boundedDecimal(text: string): Decimal | null {
  if (text.length > MAX_NUMBER_TEXT_LENGTH) return null;
  let d: Decimal;
  try {
    d = new Decimal(text);
  } catch {
    return null;
  }
  if (d.isZero()) return new Decimal(0); // "-0", "0e99999" → 0
  return decimalInRange(d) ? d : null;
}
