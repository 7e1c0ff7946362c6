import type { ProfileOverrides, ProjectKind } from "../../../src/core/model/types";
import { exitSeverity } from "../../../src/core/standards/choose-pack";
import { budget, ofRule, pack, packRaw, run, w, wan, yuan } from "./packs";

const P = "gongshu-draft";
const opts = (kind: ProjectKind = "construction", overrides: ProfileOverrides = {}) => ({
  profile: { kind, unit: "万元" as const },
  overrides,
});

describe("gongshu-draft: bare 以上 read as inclusive (民法典 第一千二百五十九条)", () => {
  it.each<[string, string, number]>([
    ["gongshu.tender-requirement-confirmation", "49.99", 0],
    ["gongshu.tender-requirement-confirmation", "50", 1],
    ["gongshu.supervision-required", "99.99", 0],
    ["gongshu.supervision-required", "100", 1],
  ])("%s at %s万", (rule, total, n) => {
    const fs = ofRule(run(P, budget(total), opts()), rule);
    expect(fs).toHaveLength(n);
    if (n) expect(fs[0].actual).toBe(yuan(total));
  });
  it("supervision: warning for builds, info for O&M and services, nothing with a 监理 line", () => {
    expect(ofRule(run(P, budget("100"), opts()), "gongshu.supervision-required")[0].severity).toBe("warning");
    expect(ofRule(run(P, budget("100"), opts("om")), "gongshu.supervision-required")[0].severity).toBe("info");
    expect(
      ofRule(run(P, budget("100", [w("工程监理费", "supervision", "2")]), opts()), "gongshu.supervision-required"),
    ).toEqual([]);
  });
});

describe("gongshu-draft is a draft", () => {
  it("the pack says so and carries no error severity at all", () => {
    expect(pack(P).status).toBe("draft");
    expect(JSON.stringify(packRaw(P))).not.toMatch(/"severity":\s*"error"/);
  });
  it("never counts an error for the exit code, even with arithmetic errors", () => {
    const lines = [w("服务器", "hardware", "10", { quantity: "2", unitPrice: "6" })];
    const fs = run(P, lines, opts());
    expect(ofRule(fs, "sheet.line-arithmetic").map((f) => f.severity)).toEqual(["warning"]);
    expect(exitSeverity(pack(P), fs)).not.toBe("error");
    expect(exitSeverity(pack(P), [{ severity: "error" }])).toBe("warning");
    expect(exitSeverity(pack("qingpu-2024"), [{ severity: "error" }])).toBe("error");
  });
  it("the draft notice fires once", () =>
    expect(ofRule(run(P, budget("10"), opts()), "gongshu.draft-status")).toHaveLength(1));
});

describe("gongshu other rules", () => {
  it("security-synchronous: no security content at all → warning; a 密码 or 等保 line is enough", () => {
    expect(ofRule(run(P, budget("30"), opts()), "gongshu.security-synchronous").map((f) => f.severity)).toEqual([
      "warning",
    ]);
    expect(
      ofRule(run(P, budget("30", [w("等保测评", "dengbao", "2")]), opts()), "gongshu.security-synchronous"),
    ).toEqual([]);
  });
  it.each<[string, string | null]>([
    ["100", null],
    ["100.01", "超过下达的预算"],
    ["99", "不一致"],
  ])("budget-adjustment: %s万 vs 100万 allocated", (total, text) => {
    const fs = ofRule(
      run(P, budget(total), opts("construction", { approvedTotal: wan(100) })),
      "gongshu.budget-adjustment",
    );
    expect(fs.map((f) => f.message.includes(text ?? "∅"))).toEqual(text ? [true] : []);
  });
  it("pre-study fires only on the user's flag", () => {
    expect(ofRule(run(P, budget("3000"), opts()), "gongshu.pre-study")).toEqual([]);
    expect(
      ofRule(run(P, budget("30"), opts("construction", { largeOrComplex: true })), "gongshu.pre-study"),
    ).toHaveLength(1);
  });
  it("a compliant budget has no error or warning", () => {
    const fs = run(
      P,
      budget("150", [w("工程监理费", "supervision", "3"), w("安全测评", "security-test", "2")]),
      opts(),
    );
    expect(fs.filter((f) => f.severity !== "info")).toEqual([]);
  });
});
