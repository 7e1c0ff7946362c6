import { audit } from "../../src/core/engine";
import type { Finding } from "../../src/core/model/finding";
import { yangpu } from "../support/pack";
import type { CorpusEntry, Expect } from "./kit";
import { matches, near } from "./match";

/**
 * Scores the engine on the corpus: every workbook is audited with the Yangpu pack; its error and warning findings
 * are matched to the hand-derived expectations. A finding matches an expectation when rule and severity agree,
 * the sheet agrees (an expectation without a sheet, or a finding without one, matches any sheet), and the row
 * and cell agree when the expectation gives them. Recall = matched expectations / expectations; precision =
 * findings that match some expectation / findings. Prints; never fails on the score (npm run corpus, npm run corpus2).
 * CORPUS_ONLY=hv- only scores the workbooks whose name contains the text.
 */

const pack = yangpu();

const fmtE = (e: Expect) =>
  `${e.severity} ${e.rule} ${e.sheet ?? "*"}${e.cell ? `!${e.cell}` : e.row ? `!row ${e.row}` : ""}`;
const fmtF = (f: Finding) => `${f.severity} ${f.rule} ${f.sheet ?? "-"}!${f.cell ?? f.row ?? "-"} — ${f.message}`;

interface Tally {
  expected: number;
  found: number;
  hit: number;
  correct: number;
}
const tally = (): Tally => ({ expected: 0, found: 0, hit: 0, correct: 0 });

export function scoreCorpus(entries: readonly CorpusEntry[]): void {
  const only = process.env.CORPUS_ONLY ?? "";
  const selected = entries.filter((e) => e.name.includes(only));
  const out: string[] = [];
  const byRule = new Map<string, Tally>();
  const rule = (id: string) => {
    if (!byRule.has(id)) byRule.set(id, tally());
    return byRule.get(id)!;
  };
  const all = tally();
  let compliant = 0;
  let compliantFlagged = 0;
  let crashed = 0;
  const clean: string[] = [];
  const zeroTotals: string[] = [];

  for (const entry of selected) {
    let findings: Finding[];
    let grand = "";
    try {
      const result = audit(entry.build(), pack);
      grand = result.totals.grand;
      findings = result.findings.filter((f) => f.severity !== "info");
    } catch (err) {
      crashed++;
      out.push(`\n✗ ${entry.name}  (${entry.shape})\n    CRASH: ${(err as Error).message}`);
      for (const e of entry.expect) {
        rule(e.rule).expected++;
        all.expected++;
      }
      continue;
    }
    const isCompliant = entry.expect.length === 0;
    if (isCompliant) compliant++;
    if (isCompliant && findings.length > 0) compliantFlagged++;

    const misses: Expect[] = [];
    for (const e of entry.expect) {
      const t = rule(e.rule);
      t.expected++;
      all.expected++;
      if (findings.some((f) => matches(e, f))) {
        t.hit++;
        all.hit++;
      } else misses.push(e);
    }
    const alarms: Finding[] = [];
    for (const f of findings) {
      const t = rule(f.rule);
      t.found++;
      all.found++;
      if (entry.expect.some((e) => matches(e, f))) {
        t.correct++;
        all.correct++;
      } else alarms.push(f);
    }
    const silentZero = grand === "0";
    if (silentZero) zeroTotals.push(entry.name);
    if (misses.length === 0 && alarms.length === 0 && !silentZero) {
      clean.push(entry.name);
      continue;
    }
    out.push(`\n✗ ${entry.name}  (${entry.shape})${isCompliant ? "  [compliant]" : ""}`);
    if (silentZero) out.push("    NOTE   the engine read no money at all (totals.grand = 0)");
    for (const m of misses) {
      const n = findings.find((f) => near(m, f));
      out.push(`    MISS   ${fmtE(m)}${n ? `   (near: ${fmtF(n)})` : ""}`);
    }
    for (const a of alarms) out.push(`    FALSE  ${fmtF(a)}`);
  }

  const pct = (a: number, b: number) => (b === 0 ? "  n/a" : `${((100 * a) / b).toFixed(1).padStart(5)}%`);
  out.push(`\n── per rule (error + warning) ──`);
  out.push(`${"rule".padEnd(32)} expected  found  recall  precision`);
  for (const [id, t] of [...byRule.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
    out.push(
      `${id.padEnd(32)} ${String(t.expected).padStart(8)} ${String(t.found).padStart(6)}  ${pct(t.hit, t.expected)}  ${pct(t.correct, t.found)}`,
    );
  }
  out.push(`\n── overall ──`);
  out.push(`workbooks: ${selected.length} (${compliant} compliant), clean: ${clean.length}, crashed: ${crashed}`);
  out.push(`recall:    ${all.hit}/${all.expected} = ${pct(all.hit, all.expected)}`);
  out.push(`precision: ${all.correct}/${all.found} = ${pct(all.correct, all.found)}`);
  out.push(`compliant workbooks with an error/warning: ${compliantFlagged}/${compliant}`);
  out.push(
    `workbooks where the engine read no money (grand total 0): ${zeroTotals.length}${zeroTotals.length ? ` — ${zeroTotals.join(", ")}` : ""}`,
  );
  out.push(`clean workbooks: ${clean.join(", ")}`);
  process.stdout.write(`${out.join("\n")}\n`);
}
