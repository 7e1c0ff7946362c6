import type { ProfileOverrides, ProjectKind } from "../../../src/core/model/types";
import { budget, ofRule, run, w, wan } from "./packs";

const P = "qingyang-2024";
const opts = (kind: ProjectKind = "construction", overrides: ProfileOverrides = {}, title?: string) => ({
  profile: { kind, unit: "万元" as const },
  overrides,
  title,
});

describe("qingyang amount routes: 500萬元及以上 / 以下, 200萬元及以上 / 以下", () => {
  it.each<[string, string, ProjectKind, ProfileOverrides, string | null]>([
    ["qingyang.feasibility-split", "499.99", "construction", {}, "合并编制"],
    ["qingyang.feasibility-split", "500", "construction", {}, "可行性研究报告报县"],
    ["qingyang.provincial-review", "499.99", "construction", {}, null],
    ["qingyang.provincial-review", "500", "upgrade", {}, "省数据资源管理部门"],
    ["qingyang.provincial-review", "800", "upgrade", { continuation: true }, null],
    ["qingyang.provincial-review", "800", "om", {}, null],
    ["qingyang.acceptance-split", "199.99", "construction", {}, "建设单位负责竣工验收"],
    ["qingyang.acceptance-split", "200", "service", {}, "组织专家验收"],
  ])("%s at %s万 (%s)", (rule, total, kind, overrides, text) => {
    const fs = ofRule(run(P, budget(total), opts(kind, overrides)), rule);
    expect(fs).toHaveLength(text ? 1 : 0);
    if (text) expect(fs[0].message).toContain(text);
  });
});

describe("qingyang approved estimate and self-adjustment (二(三)3)", () => {
  it.each<[string, number]>([
    ["1000", 0],
    ["1000.01", 1],
  ])("over-approved-estimate at %s万 of 1000万 → %i error", (total, n) => {
    const fs = ofRule(
      run(P, budget(total), opts("construction", { approvedTotal: wan(1000) })),
      "qingyang.over-approved-estimate",
    );
    expect(fs.map((f) => f.severity)).toEqual(n ? ["error"] : []);
  });
  it.each<[string, string, string, string]>([
    ["exactly 100万 (10% of 1000万)", "1000", "100", "info"],
    ["100.01万 (over 100万)", "1000", "100.01", "warning"],
    ["exactly 15% of 500万 (75万)", "500", "75", "info"],
    ["75.01万 of 500万 (over 15%)", "500", "75.01", "warning"],
  ])("change %s", (_l, approved, change, severity) => {
    const fs = ofRule(
      run(P, budget(approved), opts("construction", { approvedTotal: wan(approved), changeAmount: wan(change) })),
      "qingyang.change-self-adjust",
    );
    expect(fs.map((f) => f.severity)).toEqual([severity]);
  });
  it("a budget over the approved estimate cannot self-adjust", () => {
    const fs = ofRule(
      run(P, budget("501"), opts("construction", { approvedTotal: wan(500), changeAmount: wan(10) })),
      "qingyang.change-self-adjust",
    );
    expect(fs.map((f) => f.severity)).toEqual(["warning"]);
  });
  it("silent without the values", () =>
    expect(
      ofRule(run(P, budget("500"), opts("construction", { approvedTotal: wan(500) })), "qingyang.change-self-adjust"),
    ).toEqual([]));
});

describe("qingyang.om-in-construction (二(五)1): 不得列支运维费用或变相列支", () => {
  it.each<[string, string, string, ProjectKind, string | null]>([
    ["系统运维费", "other", "10", "construction", "error"],
    ["系统运维费", "other", "10", "upgrade", "warning"],
    ["驻场服务", "other", "10", "construction", "warning"],
    ["质保期内免费维保", "other", "10", "construction", null],
    ["硬件维保", "other", "0", "construction", null],
    ["原厂质保三年", "other", "5", "construction", null],
    ["硬件维保服务（3年）", "other", "5", "construction", "error"],
    ["運維費", "other", "10", "construction", "error"],
  ])("“%s” %s万 in a %s budget → %s", (name, category, amount, kind, severity) => {
    const fs = ofRule(
      run(P, budget("100", [w(name, category as never, amount)]), opts(kind)),
      "qingyang.om-in-construction",
    );
    expect(fs.map((f) => f.severity)).toEqual(severity ? [severity] : []);
  });
});

describe("qingyang township, trial run, assessments", () => {
  it.each<[string, ProfileOverrides, number]>([
    ["某某镇智慧治理平台建设项目", {}, 1],
    ["蓉城镇便民服务系统建设项目", {}, 1],
    ["青阳县乡镇综合治理平台建设项目", {}, 0],
    ["青阳县城乡一体化平台建设项目", {}, 0],
    ["青阳县乡村振兴数字平台建设项目", {}, 0],
    ["青阳县城镇燃气监管平台建设项目", {}, 0],
    ["青阳县数据共享平台建设项目", { unitName: "木镇镇人民政府" }, 1],
  ])("township: %s %j → %i", (title, overrides, n) => {
    expect(ofRule(run(P, budget("50"), opts("construction", overrides, title)), "qingyang.township")).toHaveLength(n);
  });
  it.each<[string, number]>([
    ["系统试运行（3个月）", 0],
    ["试运行期6个月", 0],
    ["试运行期七个月", 1],
    ["试运行1年", 1],
  ])("trial-run-period: %s → %i", (name, n) => {
    expect(ofRule(run(P, budget("50", [w(name, "other", "2")]), opts()), "qingyang.trial-run-period")).toHaveLength(n);
  });
  it("unneeded assessment fees, unless the budget has 土建", () => {
    expect(
      ofRule(run(P, budget("50", [w("环境影响评价费", "other", "2")]), opts()), "qingyang.unneeded-assessment-fee"),
    ).toHaveLength(1);
    expect(
      ofRule(
        run(P, budget("50", [w("环境影响评价费", "other", "2"), w("土建工程", "facility", "10")]), opts()),
        "qingyang.unneeded-assessment-fee",
      ),
    ).toEqual([]);
  });
  it("annual-plan: warning when not in the plan, silent when not said", () => {
    expect(
      ofRule(run(P, budget("50"), opts("construction", { inAnnualPlan: false })), "qingyang.annual-plan").map(
        (f) => f.severity,
      ),
    ).toEqual(["warning"]);
    expect(ofRule(run(P, budget("50"), opts()), "qingyang.annual-plan")).toEqual([]);
  });
  it("split-suspect: another workbook of the run names the same system", () => {
    const title = "青阳县智慧城管平台一期建设项目预算表";
    expect(
      ofRule(
        run(P, budget("50"), { ...opts("construction", { runTitles: ["青阳县智慧城管平台二期建设项目"] }), title }),
        "qingyang.split-suspect",
      ),
    ).toHaveLength(1);
    expect(
      ofRule(
        run(P, budget("50"), { ...opts("construction", { runTitles: ["青阳县教育资源平台建设项目"] }), title }),
        "qingyang.split-suspect",
      ),
    ).toEqual([]);
    expect(ofRule(run(P, budget("50"), { ...opts(), title }), "qingyang.split-suspect")).toEqual([]);
  });
  it("a traditional-character security line counts (folded to simplified)", () => {
    const fs = run(P, budget("50", [w("密碼應用安全性評估", "other", "2")]), opts());
    expect(ofRule(fs, "qingyang.crypto-missing")).toEqual([]);
  });
  it("a compliant budget has no error or warning", () => {
    const lines = budget("300", [
      w("安全测评", "security-test", "3"),
      w("密码应用安全性评估", "crypto-test", "2"),
      w("方案设计咨询费", "consulting", "3"),
    ]);
    expect(
      run(P, lines, opts("construction", {}, "青阳县智慧城管平台建设项目")).filter((f) => f.severity !== "info"),
    ).toEqual([]);
  });
});
