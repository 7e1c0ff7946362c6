import { audit } from "../../src/core/engine";
import { yangpu } from "../support/pack";
import { dumpSnapshot } from "../corpus3/dump";
import { corpus4 } from "./index";
import { corpus5 } from "../corpus5/index";
import { corpus6 } from "../corpus6/index";
import { readingTables } from "../../src/core/report/reading";

/** SHOW=w15 dumps one workbook of corpus 4: its cells, the lines the engine read and its findings. */
test("inspect", () => {
  const pack = yangpu();
  const out: string[] = [];
  for (const e of (process.env.C6 ? corpus6 : process.env.C5 ? corpus5 : corpus4).filter((x) =>
    x.name.startsWith(process.env.SHOW ?? "w"),
  )) {
    const snap = e.build();
    const res = audit(snap, pack);
    out.push(`\n════ ${e.name}`);
    out.push(dumpSnapshot(snap, Number(process.env.WIDTH ?? 16)));
    out.push(
      `engine lines: ${res.model.lines.map((l) => `${l.sheet}!${l.row + 1} ${l.name.slice(0, 12)}=${(l.amount ?? l.fee)?.value.toFixed() ?? "-"}/${l.category} u=${l.unitLabel} q=${l.quantity?.value} pm=${l.personMonths?.value}`).join("\n  ")}`,
    );
    out.push(
      `engine: ${res.findings.map((f) => `${f.severity} ${f.rule} ${f.sheet}!${f.cell ?? f.row} ${f.message}`).join("\n        ")}`,
    );
    if (process.env.READING)
      for (const t of readingTables(res.model))
        out.push(...t.rows.map((r) => `  ${t.sheet}!${r.row} ${r.kind} ${r.why} ${r.label.slice(0, 20)}`));
    out.push(`送审 ${res.review.submitted.toFixed(2)} 审定 ${res.review.approved.toFixed(2)}`);
  }
  process.stdout.write(out.join("\n") + "\n");
});
