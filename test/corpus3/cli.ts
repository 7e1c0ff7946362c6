import { yangpu } from "../support/pack";
import { generateBudget } from "./generate";
import { report, scoreOne, soundness, type Score } from "./score";

/**
 * The corpus 3 report over any range of seeds (run through run.debug.ts, since the project runs TypeScript under
 * jest only): generates each workbook, checks it is sound, audits it and prints the report.
 */
export function runReport(first: number, count: number, opts: { only?: string; failures?: number } = {}): string {
  const pack = yangpu();
  const t0 = Date.now();
  const scores: Score[] = [];
  const unsound: string[] = [];
  for (let seed = first; seed < first + count; seed++) {
    const g = generateBudget(seed);
    if (opts.only && g.name !== opts.only) continue;
    for (const p of soundness(g)) unsound.push(`${g.name}: ${p}`);
    scores.push(scoreOne(g, pack));
  }
  const out = report(scores, Date.now() - t0, opts.failures ?? 8);
  return unsound.length ? `${out}\nUNSOUND ${unsound.length}:\n${unsound.slice(0, 10).join("\n")}` : out;
}
