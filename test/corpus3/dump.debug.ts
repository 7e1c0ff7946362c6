import { dumpSnapshot } from "./dump";
import { generateBudget } from "./generate";

/**
 * Prints generated workbooks as grids with their truth, for looking at them:
 * SEED=17 COUNT=3 npx jest --rootDir . --roots '<rootDir>/test/corpus3' --testMatch '**\/dump.debug.ts'
 */
test("dump generated workbooks", () => {
  const first = Number(process.env.SEED ?? 1);
  const count = Number(process.env.COUNT ?? 3);
  const out: string[] = [];
  for (let s = first; s < first + count; s++) {
    const g = generateBudget(s);
    out.push(`\n════ ${g.name}  ${JSON.stringify(g.dims)}`);
    out.push(dumpSnapshot(g.snapshot, Number(process.env.WIDTH ?? 22)));
    out.push(
      `truth: unit ${g.truth.unit}, submitted ${g.truth.submitted}, approved ${g.truth.approved}, project ${JSON.stringify(g.truth.project)}`,
    );
    for (const l of g.truth.lines) out.push(`  line ${l.sheet}!${l.row} ${l.category} ${l.amount} ${l.name}`);
    for (const e of g.truth.expect)
      out.push(
        `  expect ${e.severity} ${e.rule} ${e.sheet ?? "*"}${e.row ? `!${e.row}` : ""}${e.cell ? ` ${e.cell}` : ""}`,
      );
  }
  process.stdout.write(out.join("\n") + "\n");
});
