import { corpus4 } from "./index";

/**
 * Builds every workbook WITHOUT the engine and prints each sheet's rows with cached values, to check the hand
 * arithmetic: npx jest --rootDir . --roots '<rootDir>/test/corpus4' --testMatch '**\/selfcheck.debug.ts'
 * (DUMP=w07 for one workbook).
 */
test("dump corpus4", () => {
  const only = process.env.DUMP ?? "";
  const out: string[] = [];
  for (const e of corpus4.filter((x) => x.name.includes(only))) {
    const wb = e.build();
    out.push(
      `\n=== ${e.name}  truth ${e.truth.submitted} / ${e.truth.approved}  expect ${e.expect.map((x) => `${x.rule}@${x.row ?? "-"}`).join(", ")}`,
    );
    for (const s of wb.sheets) {
      out.push(`  [${s.name}]${s.hidden ? " (hidden)" : ""}`);
      s.values.forEach((row, i) =>
        out.push(`   ${i + 1 + s.origin.row}: ${row.map((v) => (v === null ? "" : String(v))).join(" | ")}`),
      );
    }
  }
  console.log(out.join("\n"));
});
