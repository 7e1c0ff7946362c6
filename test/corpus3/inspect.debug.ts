import { audit } from "../../src/core/engine";
import { yangpu } from "../support/pack";
import { dumpSnapshot } from "./dump";
import { generateBudget } from "./generate";
import { scoreOne } from "./score";

/**
 * Looks at failing workbooks: SHOW=g000065 dumps one; WHY="tier.video-conference" dumps the first N whose diff
 * mentions the text. SEED/COUNT pick the range, N how many to show.
 */
test("inspect", () => {
  const pack = yangpu();
  const first = Number(process.env.SEED ?? 1);
  const count = Number(process.env.COUNT ?? 2000);
  const n = Number(process.env.N ?? 2);
  const out: string[] = [];
  let shown = 0;
  for (let seed = first; seed < first + count && shown < n; seed++) {
    const g = generateBudget(seed);
    if (process.env.SHOW && g.name !== process.env.SHOW) continue;
    const s = scoreOne(g, pack);
    if (process.env.WHY && !s.diff.some((x) => x.includes(process.env.WHY!))) continue;
    shown++;
    const res = audit(g.snapshot, pack);
    out.push(`\n════ ${g.name} ${JSON.stringify(g.dims)}`);
    if (process.env.BRIEF) {
      out.push(`diff: ${s.diff.join("\n      ")}`);
      continue;
    }
    out.push(dumpSnapshot(g.snapshot, Number(process.env.WIDTH ?? 20)));
    out.push(`truth lines: ${g.truth.lines.map((l) => `${l.sheet}!${l.row}=${l.amount}/${l.category}`).join(" ")}`);
    out.push(
      `engine lines: ${res.model.lines.map((l) => `${l.sheet}!${l.row + 1}=${(l.amount ?? l.fee)?.value.toFixed() ?? "-"}/${l.category}`).join(" ")}`,
    );
    out.push(
      `expect: ${g.truth.expect.map((e) => `${e.severity} ${e.rule} ${e.sheet ?? "*"}!${e.cell ?? e.row ?? "-"}`).join("; ")}`,
    );
    out.push(
      `engine: ${res.findings
        .filter((f) => f.severity !== "info")
        .map((f) => `${f.severity} ${f.rule} ${f.sheet}!${f.cell ?? f.row} ${f.message}`)
        .join("\n        ")}`,
    );
    out.push(`diff: ${s.diff.join("\n      ")}`);
  }
  process.stdout.write(out.join("\n") + "\n");
});
