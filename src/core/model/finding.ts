import type { MessageParams } from "../standards/messages";
export type Severity = "error" | "warning" | "info";

/** What a finding's `actual` and `limit` are: money in 元, a ratio (0.08), a count, an area in ㎡, or 人月. */
export type Measure = "money" | "ratio" | "count" | "area" | "person-months";

/**
 * One problem found. `row`/`cell` follow the JSON report contract: 1-based worksheet row and A1 address.
 * `actual`/`limit` are decimal strings: money in 元, ratios as fractions ("0.12").
 */
export interface Finding {
  rule: string;
  severity: Severity;
  sheet: string | null;
  row: number | null;
  cell: string | null;
  message: string;
  /** English rendering of the same message (the UI's second locale). */
  messageEn: string;
  actual: string | null;
  limit: string | null;
  citation: string;
  /** Line the finding is about, when there is one (lets the UI link and the recalc planner skip). */
  lineId?: string | null;
  /** What `actual`/`limit` measure; null when the finding has neither. Always set by the engine. */
  measure?: Measure | null;
  /**
   * Every A1 cell involved, `cell` first: for a group rule (fees.four-fees-cap) the cell of each line of the group.
   * Always set by the engine; on `sheet` (group rules keep their lines on one sheet: the sheet of `cell`).
   */
  cells?: string[];
  /** Ids of every line involved (the lines of `cells`), for the verdict and the UI. */
  lineIds?: string[];
  /** The cap rate a rate finding names ("0.08"), when its `limit` is money or it has one: for the verdict. */
  capRate?: string | null;
  /** The pack message the text was rendered from (`<pack>.<rule>…`), for rules whose wording is pack data. */
  messageId?: string | null;
  /** The message's arguments as plain data: a host renders `messageId` with them in its language (renderParams). */
  params?: MessageParams;
  /**
   * The profile values (district-packs.md §0.4 names: `approved_total`) a reminder needs and did not get: a host asks
   * for them where the finding is shown.
   */
  needs?: string[];
}

export interface Totals {
  /** 项目建设费 (domain.md §3.1), 元. */
  construction: string;
  /** Everything else that is a line, 元. */
  other: string;
  /** Sum of all counted lines, 元. */
  grand: string;
}
