import type { StandardPack } from "../core/standards/types";
import type { FileResult } from "./file-result";

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
      findings: r.findings.map((f) => ({
        rule: f.rule,
        severity: f.severity,
        sheet: f.sheet,
        row: f.row,
        cell: f.cell,
        message: f.message,
        actual: f.actual,
        limit: f.limit,
        citation: f.citation,
      })),
      totals: r.totals,
    })),
  };
  return JSON.stringify(doc, null, 2);
}
