export type Severity = "error" | "warning" | "info";

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
}

export interface Totals {
  /** 项目建设费 (domain.md §3.1), 元. */
  construction: string;
  /** Everything else that is a line, 元. */
  other: string;
  /** Sum of all counted lines, 元. */
  grand: string;
}
