import { runReport } from "./cli";

/**
 * The corpus 3 report on any range of seeds (default 1..20000):
 *   SEED=1 COUNT=20000 npx jest --rootDir . --roots '<rootDir>/test/corpus3' --testMatch '**\/run.debug.ts'
 * ONLY=g000123 scores that workbook only; FAILURES=20 lists more failing workbooks.
 */
test("corpus 3 report", () => {
  const out = runReport(Number(process.env.SEED ?? 1), Number(process.env.COUNT ?? 20000), {
    only: process.env.ONLY,
    failures: Number(process.env.FAILURES ?? 8),
  });
  process.stdout.write(`${out}\n`);
}, 900_000);
