import { audit } from "../../src/core/engine";
import { yangpu } from "../support/pack";
import { matches } from "../corpus/match";
import type { Expect } from "../corpus/kit";
import { corpus4 } from "./index";

/**
 * Holdout corpus 4 scorer: audits every workbook with the Yangpu pack, matches the error/warning findings with the
 * hand-derived expectations (test/corpus/match.ts) and compares 送审 / 审定 with the hand-derived truth. Prints;
 * never fails on the score. Run: npm run corpus4 (CORPUS_ONLY=w07 for one workbook).
 */

const fmtE = (e: Expect) =>
  `${e.severity} ${e.rule} ${e.sheet ?? "*"}${e.cell ? `!${e.cell}` : e.row ? `!row ${e.row}` : ""}`;
const EMPTY_NAME = /""|「」|“”|''/;

test("corpus4 score (prints; does not assert)", () => {
  const pack = yangpu();
  const only = process.env.CORPUS_ONLY ?? "";
  const out: string[] = [];
  let expected = 0;
  let hit = 0;
  let found = 0;
  let correct = 0;
  let exactApproved = 0;
  let exactSubmitted = 0;
  let crashes = 0;
  let compliant = 0;
  let compliantFlagged = 0;
  const emptyNames: string[] = [];
  const entries = corpus4.filter((e) => e.name.includes(only));
  for (const entry of entries) {
    expected += entry.expect.length;
    let result;
    try {
      result = audit(entry.build(), pack);
    } catch (e) {
      crashes++;
      out.push(`\n✗ ${entry.name}  (${entry.shape})\n    CRASH: ${(e as Error).message}`);
      continue;
    }
    const findings = result.findings.filter((f) => f.severity !== "info");
    for (const f of result.findings)
      if (EMPTY_NAME.test(f.message)) emptyNames.push(`${entry.name}: ${f.rule} — ${f.message}`);
    const misses = entry.expect.filter((e) => !findings.some((f) => matches(e, f)));
    hit += entry.expect.length - misses.length;
    const alarms = findings.filter((f) => !entry.expect.some((e) => matches(e, f)));
    found += findings.length;
    correct += findings.length - alarms.length;
    if (entry.expect.length === 0) {
      compliant++;
      if (findings.length > 0) compliantFlagged++;
    }
    const sub = result.review.submitted.toFixed(2);
    const app = result.review.approved.toFixed(2);
    const subOk = sub === entry.truth.submitted;
    const appOk = app === entry.truth.approved;
    if (subOk) exactSubmitted++;
    if (appOk) exactApproved++;
    const ok = misses.length === 0 && alarms.length === 0 && subOk && appOk;
    out.push(`\n${ok ? "✓" : "✗"} ${entry.name}  (${entry.shape})`);
    for (const m of misses) out.push(`    MISS  ${fmtE(m)}`);
    for (const f of alarms)
      out.push(`    FALSE ${f.severity} ${f.rule} ${f.sheet ?? "-"}!${f.cell ?? f.row ?? "-"} — ${f.message}`);
    if (!subOk) out.push(`    送审  engine ${sub}  truth ${entry.truth.submitted}`);
    if (!appOk) out.push(`    审定  engine ${app}  truth ${entry.truth.approved}`);
  }
  const pct = (a: number, b: number) => (b === 0 ? "n/a" : `${((100 * a) / b).toFixed(1)}%`);
  out.push("\n──────── corpus 4 ────────");
  out.push(
    `workbooks ${entries.length} (compliant ${compliant}, of which flagged ${compliantFlagged}); crashes ${crashes}`,
  );
  out.push(`recall ${hit}/${expected} = ${pct(hit, expected)}; precision ${correct}/${found} = ${pct(correct, found)}`);
  out.push(`送审 exact ${exactSubmitted}/${entries.length}; 审定 exact to the cent ${exactApproved}/${entries.length}`);
  out.push(`findings quoting an empty name: ${emptyNames.length}`);
  for (const e of emptyNames) out.push(`    ${e}`);
  console.log(out.join("\n"));
});
