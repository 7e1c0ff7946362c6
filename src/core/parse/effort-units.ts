/**
 * Units of effort, one list for every reader that asks whether a count is work: the unit column of a line, a count
 * column's header, a price column's header, the classifier's evidence. 人月 as budgets write it — 人月, 人·月, 人.月,
 * 人/月, 人／月 — and the day units 人天 / 人日 / 工日. (The 人月 cap rule reads its own units from the pack.)
 */
export const PERSON_MONTH_UNIT = /人\s*[·・./／]?\s*月/;

/** Any unit of effort: a person-month or a day of work. */
export const EFFORT_UNIT = new RegExp(`${PERSON_MONTH_UNIT.source}|人天|人日|工日`);
