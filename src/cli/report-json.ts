import type { Finding } from "../core/model/finding";
import type { Verdict } from "../core/plan/verdict";
import type { StandardPack } from "../core/standards/types";
import type { FileResult } from "./file-result";

/** The `review` block of domain.md §5: money in 元 as decimal strings, only lines whose 审定 differs from 送审. */
export function reviewJson(v: Verdict) {
  return {
    submitted: v.submitted.toFixed(),
    approved: v.approved.toFixed(),
    reduction: v.reduction.toFixed(),
    reductionRate: v.reductionRate.toFixed(),
    lines: v.lines.map((l) => ({
      sheet: l.sheet,
      row: l.row,
      cell: l.cell,
      name: l.name,
      submitted: l.submitted.toFixed(),
      approved: l.approved.toFixed(),
      reduction: l.reduction.toFixed(),
      rules: l.rules,
      reason: l.reason,
    })),
    unadjusted: v.unadjusted.map((u) => ({ rule: u.rule, sheet: u.sheet, row: u.row, reason: u.reason })),
  };
}

function findingJson(f: Finding) {
  return {
    rule: f.rule,
    severity: f.severity,
    sheet: f.sheet,
    row: f.row,
    cell: f.cell,
    message: f.message,
    actual: f.actual,
    limit: f.limit,
    citation: f.citation,
    measure: f.measure ?? null,
    cells: f.cells ?? (f.cell ? [f.cell] : []),
  };
}

/** The JSON report of domain.md §5, key for key: other tools parse it. */
export function jsonReport(results: readonly FileResult[], pack: StandardPack, version: string): string {
  const doc = {
    tool: "budget-ruler",
    version,
    standard: { id: pack.id, title: pack.title },
    files: results.map((r) => ({
      file: r.file,
      error: r.error,
      project: r.profile
        ? { kind: r.profile.kind, system: r.profile.system, tier: r.profile.tier, unit: r.profile.unit }
        : null,
      findings: r.findings.map(findingJson),
      totals: r.totals,
      review: r.review && !r.error ? reviewJson(r.review) : null,
      // Which pack checked this file and why (--standard auto chooses per file); null for an unreadable file.
      standard: r.standard ? { id: r.standard.id, title: r.standard.title, reason: r.standard.reason.zh, reasonEn: r.standard.reason.en } : null,
    })),
  };
  return JSON.stringify(doc, null, 2);
}
