import { audit } from "../../src/core/engine";
import { renderParams } from "../../src/core/standards/messages";
import { yangpu } from "../support/pack";
import { corpus } from "../corpus/index";
import { corpus2 } from "../corpus2/index";
import { corpus4 } from "../corpus4/index";
import { corpus5 } from "../corpus5/index";
import { corpus6 } from "../corpus6/index";

/**
 * Messages rendered at the edge (issue 15 §4): every finding carries its message id and the arguments as plain data,
 * and a host that renders them in either language gets exactly the text the rule wrote — over every finding of the
 * hand-written corpora.
 */
describe("a finding's message id and params render to its text in both languages", () => {
  const pack = yangpu();
  it.each([
    ["corpus 1", corpus],
    ["corpus 2", corpus2],
    ["corpus 4", corpus4],
    ["corpus 5", corpus5],
    ["corpus 6", corpus6],
  ] as const)("%s", (_name, entries) => {
    let checked = 0;
    const wrong: string[] = [];
    for (const entry of entries) {
      const result = audit(entry.build(), pack);
      const unit = result.model.profile.unit;
      for (const f of result.findings) {
        expect(f.messageId).toBeTruthy();
        const zh = renderParams(pack, f.messageId!, f.params ?? {}, unit, "zh-CN");
        const en = renderParams(pack, f.messageId!, f.params ?? {}, unit, "en-US");
        if (zh !== f.message || en !== f.messageEn) wrong.push(`${entry.name} ${f.rule}: ${zh} ≠ ${f.message}`);
        checked++;
      }
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(50);
  });

  it("params are plain data: a finding survives JSON unchanged", () => {
    const result = audit(corpus[0].build(), pack);
    for (const f of result.findings) expect(JSON.parse(JSON.stringify(f.params))).toEqual(f.params);
  });
});
