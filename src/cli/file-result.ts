import type { Finding, Totals } from "../core/model/finding";
import type { MoneyUnit, ProjectProfile } from "../core/model/types";
import type { Verdict } from "../core/plan/verdict";

export interface ErrorEntry {
  code: string;
  message: string;
}

/** What checking one file produced: an audit, or the reason it could not be read. Plain data (crosses threads). */
export interface FileResult {
  file: string;
  error: ErrorEntry | null;
  profile: ProjectProfile | null;
  findings: Finding[];
  totals: Totals | null;
  unit: MoneyUnit;
  /** 审定 (domain.md §6); null for a file that could not be checked. */
  review?: Verdict | null;
  /** With --annotate: where the annotated copy went, or why it was not written (the audit above still stands). */
  output?: { file: string; error: ErrorEntry | null } | null;
  /** The input is one of our own annotated copies: not checked, not an error (code "annotated-copy"). */
  skipped?: ErrorEntry | null;
}
