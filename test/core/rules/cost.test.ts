import { findingsOf } from "./findings-of";
import { line } from "../../support/model";

describe("cost.excluded-dengbao (三级等保 not inside the construction cost)", () => {
  it.each<[string, Parameters<typeof line>[0], number]>([
    ["level 3 from the classifier", { name: "等保测评", category: "dengbao", dengbaoLevel: 3, amount: 80000 }, 1],
    ["level 4", { name: "等保测评", category: "dengbao", dengbaoLevel: 4, amount: 80000 }, 1],
    ["level 2", { name: "等保测评", category: "dengbao", dengbaoLevel: 2, amount: 40000 }, 0],
    ["level read from the name", { name: "三级等保整改", category: "dengbao", amount: 80000 }, 1],
    ["level read from the spec", { name: "等级保护测评", spec: "按二级要求", category: "dengbao", amount: 40000 }, 0],
    ["level unknown", { name: "等级保护测评", category: "dengbao", amount: 40000 }, 0],
    ["a security test line", { name: "三级安全测评", category: "security-test", amount: 40000 }, 0],
    [
      "level 3 budgeted at 0 (as 审定 leaves it)",
      { name: "三级等保测评", category: "dengbao", dengbaoLevel: 3, amount: 0 },
      0,
    ],
  ])("%s", (_label, spec, count) => {
    const fs = findingsOf("cost.excluded-dengbao", [line(spec)]);
    expect(fs).toHaveLength(count);
    for (const f of fs) expect(f).toMatchObject({ severity: "error", citation: expect.stringContaining("一(一)") });
  });
});
