import { audit } from "../../src/core/engine";
import { yangpu } from "../support/pack";
import { matches } from "../corpus/match";
import type { Expect } from "../corpus/kit";
import { corpus5 } from "./index";

/**
 * Corpus 5 scorer (npm run corpus5): audits every workbook with the Yangpu pack, compares the
 * error/warning findings with the hand-derived expectations and the review's 送审 / 审定 with the hand-derived truth.
 * Prints; never fails on the score.
 */

type Result = ReturnType<typeof audit>;
type Finding = Result["findings"][number];

const fmtE = (e: Expect) =>
  `${e.severity} ${e.rule} ${e.sheet ?? "*"}${e.cell ? `!${e.cell}` : e.row ? `!row ${e.row}` : ""}`;
const fmtF = (f: Finding) => `${f.severity} ${f.rule} ${f.sheet ?? "-"}!${f.cell ?? f.row ?? "-"} — ${f.message}`;
const EMPTY_QUOTE = /“\s*”|"\s*"|「\s*」|‘\s*’|《\s*》|【\s*】|''/;

test("corpus5 score (prints; does not assert)", () => {
  const pack = yangpu();
  const out: string[] = [];
  let expected = 0,
    hit = 0,
    found = 0,
    correct = 0,
    crashed = 0,
    exactApproved = 0,
    exactSubmitted = 0,
    emptyNames = 0;
  let compliant = 0,
    compliantFlagged = 0;
  const byRule = new Map<string, { e: number; h: number; f: number; c: number }>();
  const tally = (id: string) => {
    if (!byRule.has(id)) byRule.set(id, { e: 0, h: 0, f: 0, c: 0 });
    return byRule.get(id)!;
  };
  for (const entry of corpus5) {
    const lines: string[] = [];
    let result: Result;
    try {
      result = audit(entry.build(), pack);
    } catch (err) {
      crashed++;
      expected += entry.expect.length;
      for (const e of entry.expect) tally(e.rule).e++;
      out.push(`\n✗ ${entry.name}  (${entry.shape})\n    CRASH: ${(err as Error).message}`);
      continue;
    }
    const findings = result.findings.filter((f) => f.severity !== "info");
    const empties = result.findings.filter((f) => EMPTY_QUOTE.test(f.message));
    emptyNames += empties.length;
    if (entry.expect.length === 0) {
      compliant++;
      if (findings.length > 0) compliantFlagged++;
    }
    for (const e of entry.expect) {
      expected++;
      tally(e.rule).e++;
      if (findings.some((f) => matches(e, f))) {
        hit++;
        tally(e.rule).h++;
      } else {
        const near = findings.find((f) => f.rule === e.rule);
        lines.push(`    MISS   ${fmtE(e)}${near ? `   (near: ${fmtF(near)})` : ""}`);
      }
    }
    for (const f of findings) {
      found++;
      tally(f.rule).f++;
      if (entry.expect.some((e) => matches(e, f))) {
        correct++;
        tally(f.rule).c++;
      } else lines.push(`    FALSE  ${fmtF(f)}`);
    }
    const sub = result.review ? result.review.submitted.toFixed(2) : "(no review)";
    const app = result.review ? result.review.approved.toFixed(2) : "(no review)";
    if (sub === entry.truth.submitted) exactSubmitted++;
    else lines.push(`    送审   engine ${sub}  truth ${entry.truth.submitted}`);
    if (app === entry.truth.approved) exactApproved++;
    else lines.push(`    审定   engine ${app}  truth ${entry.truth.approved}`);
    for (const f of empties) lines.push(`    EMPTY-NAME  ${fmtF(f)}`);
    if (lines.length > 0)
      out.push(`\n✗ ${entry.name}  (${entry.shape})${entry.expect.length === 0 ? "  [compliant]" : ""}`, ...lines);
  }
  const pct = (a: number, b: number) => (b === 0 ? "n/a" : `${((100 * a) / b).toFixed(1)}%`);
  out.push("\n── per rule (error + warning) ──");
  for (const [id, t] of [...byRule.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
    out.push(
      `${id.padEnd(32)} expected ${String(t.e).padStart(2)}  found ${String(t.f).padStart(2)}  recall ${pct(t.h, t.e).padStart(6)}  precision ${pct(t.c, t.f).padStart(6)}`,
    );
  }
  out.push("\n── overall ──");
  out.push(`workbooks: ${corpus5.length} (${compliant} compliant), crashed: ${crashed}`);
  out.push(`recall:    ${hit}/${expected} = ${pct(hit, expected)}`);
  out.push(`precision: ${correct}/${found} = ${pct(correct, found)}`);
  out.push(`compliant workbooks with an error/warning: ${compliantFlagged}/${compliant}`);
  out.push(`送审 exact to the cent: ${exactSubmitted}/${corpus5.length}`);
  out.push(`审定 exact to the cent: ${exactApproved}/${corpus5.length}`);
  out.push(`findings quoting an empty name: ${emptyNames}`);
  process.stdout.write(`${out.join("\n")}\n`);
});
