import { audit } from "../../src/core/engine";
import { renderParams } from "../../src/core/standards/messages";
import { unadjustedReason, verdictReason } from "../../src/core/report/verdict-text";
import { routeLabel } from "../../src/core/report/totals";
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

describe("the verdict carries message ids and params; a host renders its reasons in either language", () => {
  const pack = yangpu();
  it.each([
    ["corpus 1", corpus],
    ["corpus 2", corpus2],
    ["corpus 4", corpus4],
    ["corpus 5", corpus5],
    ["corpus 6", corpus6],
  ] as const)("%s", (_name, entries) => {
    let lines = 0;
    const problems: string[] = [];
    for (const entry of entries) {
      const { review } = audit(entry.build(), pack);
      for (const l of [...review.lines, ...review.restated]) {
        lines++;
        for (const step of l.steps) {
          if (!pack.messages?.[step.message.id]) problems.push(`${entry.name}: no message ${step.message.id}`);
          if (JSON.stringify(JSON.parse(JSON.stringify(step.message))) !== JSON.stringify(step.message))
            problems.push(`${entry.name}: params are not plain data`);
        }
        const zh = verdictReason(l, pack, review.unit, "zh-CN");
        const en = verdictReason(l, pack, review.unit, "en-US");
        // Each placeholder filled, each language in its own words.
        if (/\{[A-Za-z]\w*\}/.test(zh + en)) problems.push(`${entry.name}: unfilled placeholder in ${zh} / ${en}`);
        if (!/[\u4e00-\u9fff]/.test(zh) || zh === en) problems.push(`${entry.name}: ${zh} / ${en}`);
      }
      for (const u of review.unadjusted) {
        const zh = unadjustedReason(u, pack, review.unit, "zh-CN");
        const en = unadjustedReason(u, pack, review.unit, "en-US");
        if (!zh.includes("需人工审定") || !en.includes("for a reviewer to decide")) problems.push(`${zh} / ${en}`);
      }
    }
    expect(problems).toEqual([]);
    expect(lines).toBeGreaterThan(5);
  });

  it("a review route is named by the message the rule chose, not by the words of its text", () => {
    const result = audit(corpus[0].build(), pack);
    const route = result.findings.find((f) => f.rule === "process.review-route");
    expect(route?.messageId).toMatch(/^process\.review-route\./);
    // The same finding with its wording changed (a pack in other words) is still the same route.
    const reworded = result.findings.map((f) =>
      f === route ? { ...f, message: "另一种说法", messageEn: "other" } : f,
    );
    expect(routeLabel(reworded, pack, "zh-CN")).toBe(routeLabel(result.findings, pack, "zh-CN"));
    expect(routeLabel(result.findings, pack, "zh-CN")).not.toBe("");
    // A route message of another id is shown as its words, whatever they contain.
    const other = [{ ...route!, messageId: "district.route.custom", message: "按备案管理办理" }];
    expect(routeLabel(other, pack, "zh-CN")).toBe("按备案管理办理");
  });
});
