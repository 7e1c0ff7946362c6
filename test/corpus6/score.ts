import { audit } from "../../src/core/engine";
import type { Finding } from "../../src/core/model/finding";
import { yangpu } from "../support/pack";
import { matches, near } from "../corpus/match";
import type { Expect } from "./h";
import { corpus6 } from "./index";

/**
 * `npm run corpus6`: audits every corpus-6 workbook with the Yangpu pack and prints, per workbook,
 * the expected findings the engine missed (MISS), the error/warning findings nobody expected (FALSE), and the 送审 / 审定
 * totals that differ from the hand-derived truth; then recall and precision of error/warning findings, how many
 * workbooks have 送审 and 审定 exact to the cent, review lines quoted with an empty name, and crashes. Never fails on
 * the score. CORPUS_ONLY=c07 scores the workbooks whose name contains the text.
 */

const fmtE = (e: Expect) =>
  `${e.severity} ${e.rule} ${e.sheet ?? "*"}${e.cell ? `!${e.cell}` : e.row ? `!row ${e.row}` : ""}`;
const fmtF = (f: Finding) => `${f.severity} ${f.rule} ${f.sheet ?? "-"}!${f.cell ?? f.row ?? "-"} — ${f.message}`;

test("corpus6 score (prints; does not assert)", () => {
  const pack = yangpu();
  const only = process.env.CORPUS_ONLY ?? "";
  const entries = corpus6.filter((e) => e.name.includes(only));
  const out: string[] = [];
  let expected = 0,
    hit = 0,
    found = 0,
    correct = 0,
    crashed = 0,
    compliant = 0,
    compliantFlagged = 0;
  let subExact = 0,
    appExact = 0,
    emptyNames = 0;
  const clean: string[] = [];
  for (const entry of entries) {
    const isCompliant = entry.expect.length === 0;
    if (isCompliant) compliant++;
    let result: ReturnType<typeof audit>;
    try {
      result = audit(entry.build(), pack);
    } catch (err) {
      crashed++;
      expected += entry.expect.length;
      out.push(`\n✗ ${entry.name}  (${entry.shape})\n    CRASH: ${(err as Error).message}`);
      continue;
    }
    const findings = result.findings.filter((f) => f.severity !== "info");
    const lines: string[] = [];
    for (const e of entry.expect) {
      expected++;
      if (findings.some((f) => matches(e, f))) hit++;
      else {
        const n = findings.find((f) => near(e, f));
        lines.push(`    MISS   ${fmtE(e)}${n ? `   (near: ${fmtF(n)})` : ""}`);
      }
    }
    for (const f of findings) {
      found++;
      if (entry.expect.some((e) => matches(e, f))) correct++;
      else lines.push(`    FALSE  ${fmtF(f)}`);
    }
    if (isCompliant && findings.length > 0) compliantFlagged++;
    const submitted = result.review.submitted.toFixed(2);
    const approved = result.review.approved.toFixed(2);
    if (submitted === entry.truth.submitted) subExact++;
    else lines.push(`    送审   engine ${submitted}  truth ${entry.truth.submitted}`);
    if (approved === entry.truth.approved) appExact++;
    else lines.push(`    审定   engine ${approved}  truth ${entry.truth.approved}`);
    const empty = result.review.lines.filter((l) => String(l.name ?? "").trim() === "");
    emptyNames += empty.length;
    for (const l of empty) lines.push(`    EMPTY-NAME review line ${l.sheet}!${l.cell}`);
    if (lines.length === 0) {
      clean.push(entry.name);
      continue;
    }
    out.push(`\n✗ ${entry.name}  (${entry.shape})${isCompliant ? "  [compliant]" : ""}`);
    out.push(...lines);
    if (approved !== entry.truth.approved) {
      for (const l of result.review.lines)
        out.push(
          `      review: ${l.sheet}!${l.cell} ${l.name} ${String(l.submitted)} → ${String(l.approved)} [${l.rules.join(",")}]`,
        );
    }
  }
  const pct = (a: number, b: number) => (b === 0 ? "n/a" : `${((100 * a) / b).toFixed(1)}%`);
  out.push(`\n── corpus 6 overall ──`);
  out.push(`workbooks: ${entries.length} (${compliant} compliant), clean: ${clean.length}, crashed: ${crashed}`);
  out.push(`recall:    ${hit}/${expected} = ${pct(hit, expected)}`);
  out.push(`precision: ${correct}/${found} = ${pct(correct, found)}`);
  out.push(`compliant workbooks with an error/warning: ${compliantFlagged}/${compliant}`);
  out.push(`送审 exact: ${subExact}/${entries.length - crashed}   审定 exact: ${appExact}/${entries.length - crashed}`);
  out.push(`review lines with an empty name: ${emptyNames}`);
  out.push(`clean workbooks: ${clean.join(", ")}`);
  process.stdout.write(`${out.join("\n")}\n`);
});
