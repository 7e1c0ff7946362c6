import { audit } from "../../src/core/engine";
import { yangpu } from "../support/pack";
import { corpus } from "./index";
import { matches } from "./match";

/**
 * The corpus of real-shaped budgets (see README.md here) as a test: every workbook gives exactly the error and
 * warning findings a careful reviewer writes down for it — each expected one found, nothing else. `npm run corpus`
 * prints the same comparison with recall and precision.
 */
const pack = yangpu();

describe("the corpus of real-shaped budgets", () => {
  it.each(corpus.map((e) => [e.name, e] as const))("%s", (_name, entry) => {
    const findings = audit(entry.build(), pack).findings.filter((f) => f.severity !== "info");
    const missed = entry.expect.filter((e) => !findings.some((f) => matches(e, f)));
    const unexpected = findings.filter((f) => !entry.expect.some((e) => matches(e, f))).map((f) => `${f.severity} ${f.rule} ${f.sheet}!${f.cell}: ${f.message}`);
    expect({ missed, unexpected }).toEqual({ missed: [], unexpected: [] });
  });
});
