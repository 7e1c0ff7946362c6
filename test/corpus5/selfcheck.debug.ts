import { corpus5 } from "./index";

/**
 * Builds every workbook without the engine and prints each sheet's rows with cached values, and compares the
 * workbook's own typed grand total with the hand-derived 送审 (where the entry names it), to check the hand arithmetic:
 * npx jest --rootDir . --roots '<rootDir>/test/corpus5' --testMatch '**\/selfcheck.debug.ts'   (DUMP=c07 for one workbook)
 */
test("corpus5 builds", () => {
  const out: string[] = [];
  const names = new Set<string>();
  const bad: string[] = [];
  for (const e of corpus5) {
    if (names.has(e.name)) throw new Error(`duplicate ${e.name}`);
    names.add(e.name);
    const wb = e.build();
    if (e.grand) {
      const s = wb.sheets.find((x) => x.name === e.grand!.sheet)!;
      const m = /^([A-Z]+)(\d+)$/.exec(e.grand.cell)!;
      let col = 0;
      for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
      const v = s.values[Number(m[2]) - 1 - s.origin.row]?.[col - 1 - s.origin.col];
      const yuan = typeof v === "number" ? Math.round(v * e.grand.unit * 100) / 100 : NaN;
      if (yuan.toFixed(2) !== e.truth.submitted)
        bad.push(`${e.name}: sheet total ${String(v)} → ${yuan.toFixed(2)} ≠ truth ${e.truth.submitted}`);
    }
    if (process.env.DUMP && !e.name.includes(process.env.DUMP)) continue;
    out.push(`\n=== ${e.name}  truth ${JSON.stringify(e.truth)}  expect ${JSON.stringify(e.expect)}`);
    for (const s of wb.sheets) {
      out.push(`--- ${s.name}${s.hidden ? " (hidden)" : ""}`);
      s.values.forEach((r, i) =>
        out.push(
          `${i + 1 + s.origin.row}: ${r.map((v, j) => (s.formulas?.[i]?.[j] ? `${v}{${s.formulas?.[i]?.[j]}}` : (v ?? ""))).join(" | ")}`,
        ),
      );
    }
  }
  out.push(
    `\n${corpus5.length} workbooks, ${corpus5.filter((e) => e.expect.length === 0).length} compliant, ${corpus5.reduce((a, e) => a + e.expect.length, 0)} expectations`,
  );
  out.push(bad.length ? `TOTAL MISMATCHES:\n${bad.join("\n")}` : "all typed grand totals agree with truth.submitted");
  process.stdout.write(out.join("\n") + "\n");
});
