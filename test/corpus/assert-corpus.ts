import { audit } from "../../src/core/engine";
import { yangpu } from "../support/pack";
import type { CorpusEntry } from "./kit";
import { matches } from "./match";

/** Every workbook gives exactly the error and warning findings written down for it: each expected one found, nothing else. */
export function assertCorpus(title: string, entries: readonly CorpusEntry[]): void {
  const pack = yangpu();
  describe(title, () => {
    it.each(entries.map((e) => [e.name, e] as const))("%s", (_name, entry) => {
      const findings = audit(entry.build(), pack).findings.filter((f) => f.severity !== "info");
      const missed = entry.expect.filter((e) => !findings.some((f) => matches(e, f)));
      const unexpected = findings
        .filter((f) => !entry.expect.some((e) => matches(e, f)))
        .map((f) => `${f.severity} ${f.rule} ${f.sheet}!${f.cell}: ${f.message}`);
      expect({ missed, unexpected }).toEqual({ missed: [], unexpected: [] });
    });
  });
}
