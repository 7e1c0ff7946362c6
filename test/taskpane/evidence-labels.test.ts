import { evidenceText } from "../../src/taskpane/correction-labels";
import type { ColumnEvidence } from "../../src/core/model/types";

/** Every kind of column evidence the engine records has words in both languages (no raw key, no crash). */
// A record, so that the type check fails when the engine gains a kind this list (and the pane's words) lacks.
const ALL: Record<ColumnEvidence["kind"], true> = {
  header: true,
  "head-noun": true,
  content: true,
  arithmetic: true,
  formula: true,
  repeat: true,
  override: true,
  unplaced: true,
  conflict: true,
  competing: true,
};
const KINDS = Object.keys(ALL) as ColumnEvidence["kind"][];

describe("column evidence in the pane", () => {
  it.each(KINDS.flatMap((kind) => (["zh-CN", "en-US"] as const).map((locale) => [kind, locale] as const)))(
    "%s in %s",
    (kind, locale) => {
      const text = evidenceText(locale, { kind, detail: "3/4" });
      expect(typeof text).toBe("string");
      expect(text).not.toMatch(/columns\.evidence/);
      expect(text.length).toBeGreaterThan(1);
    },
  );
});
