import { corpus6 } from "./index";

/**
 * Builds every workbook (no engine) and prints each sheet's rows with cached values, to check the hand arithmetic:
 * npx jest --rootDir . --roots '<rootDir>/test/corpus6' --testMatch '**\/selfcheck.debug.ts' (DUMP=c07 for one).
 */
test("corpus6 builds", () => {
  const out: string[] = [];
  const names = new Set<string>();
  for (const e of corpus6) {
    if (names.has(e.name)) throw new Error(`duplicate ${e.name}`);
    names.add(e.name);
    const wb = e.build();
    if (process.env.DUMP && !e.name.includes(process.env.DUMP)) continue;
    out.push(
      `\n=== ${e.name}  truth ${e.truth.submitted} / ${e.truth.approved}\n    expect ${JSON.stringify(e.expect)}`,
    );
    for (const s of wb.sheets) {
      out.push(`--- ${s.name}${s.hidden ? " (hidden)" : ""}`);
      s.values.forEach((r, i) =>
        out.push(
          `${i + 1 + s.origin.row}: ${r.map((v, j) => (s.formulas?.[i]?.[j] ? `${v}{${s.formulas?.[i]?.[j]}}` : (v ?? ""))).join(" | ")}`,
        ),
      );
    }
  }
  process.stdout.write(
    out.join("\n") +
      `\n${corpus6.length} workbooks, ${corpus6.filter((e) => e.expect.length === 0).length} compliant, ${corpus6.reduce((a, e) => a + e.expect.length, 0)} expectations\n`,
  );
});
