import type { Finding, MoneyUnit, ProjectProfile, ReadingTable, ReasonedVerdict, ReportTotals, Totals } from "../core";

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
  /** 审定 (domain.md §6) with its reasons rendered with the file's pack; null for a file that could not be checked. */
  review?: ReasonedVerdict | null;
  /** What the project calls itself (the first table's title without the form's name), for the summary workbook. */
  projectName?: string | null;
  /** The totals that fit the budget's kind (项目建设费 / 其他费用 / 建设金额, or the O&M total). */
  amounts?: ReportTotals | null;
  /** With --annotate: where the annotated copy went, or why it was not written (the audit above still stands). */
  output?: { file: string; error: ErrorEntry | null } | null;
  /** The input is one of our own annotated copies: not checked, not an error (code "annotated-copy"). */
  skipped?: ErrorEntry | null;
  /** With --explain: how every row of every table was read. */
  reading?: ReadingTable[];
  /** The pack this file was checked with (per file under --standard auto) and why. */
  standard?: { id: string; title: string; reason: { zh: string; en: string } };
}

/** The result of a file that was not audited: the reason, and nothing else. */
export function failedResult(file: string, error: ErrorEntry): FileResult {
  return { file, error, profile: null, findings: [], totals: null, unit: "元", review: null };
}

/** An `internal-error` entry: the checker failed on this file while reading or checking it (please report it). */
export function internalError(
  file: string,
  detail: string,
  en: boolean,
  stage: "reading" | "checking" = "checking",
): ErrorEntry {
  const message = en
    ? `Internal error while ${stage} ${file}: ${detail} (please report it)`
    : `${stage === "reading" ? "读取" : "检查"} ${file} 时内部出错：${detail}（请报告此问题）`;
  return { code: "internal-error", message };
}
