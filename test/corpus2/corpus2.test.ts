import { audit } from "../../src/core/engine";
import { yangpu } from "../support/pack";
import { corpus2 } from "./index";
import { matches } from "../corpus/match";

/**
 * The second, independently written corpus (README.md here) as a test: every workbook gives exactly the error and
 * warning findings written down for it by hand. `npm run corpus2` prints the comparison with recall and precision.
 */
const pack = yangpu();

describe("the holdout corpus of real-shaped budgets", () => {
  it.each(corpus2.map((e) => [e.name, e] as const))("%s", (_name, entry) => {
    const findings = audit(entry.build(), pack).findings.filter((f) => f.severity !== "info");
    const missed = entry.expect.filter((e) => !findings.some((f) => matches(e, f)));
    const unexpected = findings.filter((f) => !entry.expect.some((e) => matches(e, f))).map((f) => `${f.severity} ${f.rule} ${f.sheet}!${f.cell}: ${f.message}`);
    expect({ missed, unexpected }).toEqual({ missed: [], unexpected: [] });
  });
});
