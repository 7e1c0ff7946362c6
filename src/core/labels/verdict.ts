/**
 * What the verdict says of an error finding it leaves to a person, after the finding's own message ({message}).
 * The reasons of the amounts it does set are the pack's messages (the rule entry's `.approved…`).
 */
export const UNADJUSTED_REASONS = {
  /** A line cap the sheet does not give enough to compute (no base, no count, no line). */
  "not-computable": {
    zh: "{message}；无法据以计算审定金额，需人工审定",
    en: "{message}; the approved amount cannot be computed from the sheet: for a reviewer to decide",
  },
  /** An error over a limit whose rule sets no amount. */
  "not-allocated": {
    zh: "{message}；标准未规定如何核减到各行，需人工审定",
    en: "{message}; the standard does not say how to allocate this to lines: for a reviewer to decide",
  },
} as const;

export type UnadjustedWhy = keyof typeof UNADJUSTED_REASONS;

/** After the reason of a change on a line whose amount is already within its cap: only its price or rate changes. */
export const RESTATED_NOTE = {
  note: {
    zh: "（金额已在上限内，{what}按金额折算列示）",
    en: " (the amount is within the cap; the {what} is restated to what it charges)",
  },
  rate: { zh: "费率", en: "rate" },
  unitPrice: { zh: "单价", en: "unit price" },
} as const;
