import { FALLBACK_PACK_ID, type Finding, type ReadingTable, type ReasonedVerdict, type StandardPack } from "../core";
import type { ErrorEntry, FileResult } from "./file-result";

/** The `review` block of domain.md §5: money in 元 as decimal strings, only lines whose 审定 differs from 送审. */
function reviewJson(v: ReasonedVerdict) {
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

/** One table's reading for --explain: rows with kind, why, label, category, amount (元) and what a total covers. */
function readingJson(t: ReadingTable) {
  return {
    sheet: t.sheet,
    headerRow: t.headerRow,
    unit: t.unit,
    role: t.role,
    rows: t.rows.map((r) => ({
      row: r.row,
      kind: r.kind,
      why: r.why,
      label: r.label,
      ...(r.category ? { category: r.category } : {}),
      ...(r.amount ? { amount: r.amount.toFixed() } : {}),
      ...(r.covers ? { covers: { sum: r.covers.sum.toFixed(), lines: r.covers.lines } } : {}),
      ...(r.cell ? { cell: r.cell } : {}),
    })),
    counted: { lines: t.counted.lines, sum: t.counted.sum.toFixed() },
  };
}

/** The JSON report of domain.md §5, key for key: other tools parse it. */
export function jsonReport(results: readonly FileResult[], pack: StandardPack, version: string): string {
  const checked = results.filter((r) => !r.skipped);
  const skipped = results.filter((r) => r.skipped);
  const doc = {
    tool: "budget-ruler",
    version,
    standard: { id: pack.id, title: pack.title },
    files: checked.map((r) => ({
      file: r.file,
      error: r.error,
      project: r.profile
        ? { kind: r.profile.kind, system: r.profile.system, tier: r.profile.tier, unit: r.profile.unit }
        : null,
      findings: r.findings.map(findingJson),
      totals: r.totals,
      review: r.review && !r.error ? reviewJson(r.review) : null,
      // Added with --annotate only: the copy written, or the error about the output (the audit above stands).
      ...(r.output !== undefined ? { output: r.output } : {}),
      // Added with --explain only: how every row of every table was read (money in 元 as decimal strings).
      ...(r.reading ? { reading: r.reading.map(readingJson) } : {}),
      // Which pack checked this file and why (--standard auto chooses per file); null for an unreadable file.
      standard: r.standard
        ? { id: r.standard.id, title: r.standard.title, reason: r.standard.reason.zh, reasonEn: r.standard.reason.en }
        : null,
    })),
    // Added only when an input was one of our own annotated copies: listed here, not checked, not an error.
    ...(skipped.length ? { skipped: skipped.map((r) => ({ file: r.file, ...r.skipped! })) } : {}),
  };
  return JSON.stringify(doc, null, 2);
}

/**
 * The one JSON document of a run that stopped before checking any file (bad usage, an unusable standard pack,
 * an internal error): the same keys, `standard` null, no files, and a top-level `error`.
 */
export function failureReport(error: ErrorEntry, version: string): string {
  return JSON.stringify({ tool: "budget-ruler", version, standard: null, files: [], error }, null, 2);
}

/**
 * Each file names the pack it was checked with (`packOf`); the report's head names the first file's (yangpu-2023 when
 * none was read). The same in the CLI and the page.
 */
export function reportPacks(
  results: readonly FileResult[],
  packs: readonly StandardPack[],
): { packOf: (r: FileResult) => StandardPack; head: StandardPack } {
  const byId = new Map(packs.map((p) => [p.id, p]));
  const packOf = (r: FileResult) =>
    byId.get(r.standard?.id ?? "") ?? packs.find((p) => p.id === FALLBACK_PACK_ID) ?? packs[0];
  return { packOf, head: packOf(results.find((r) => r.standard) ?? results[0] ?? ({} as FileResult)) };
}
