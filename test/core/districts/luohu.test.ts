import type { ProfileOverrides, ProjectKind } from "../../../src/core/model/types";
import { budget, ofRule, run, w, wan, yuan } from "./packs";

const P = "luohu-2024";
const opts = (kind: ProjectKind = "construction", overrides: ProfileOverrides = {}, title?: string) => ({
  profile: { kind, unit: "万元" as const },
  overrides,
  title,
});

describe("luohu.full-process / luohu.filing: 20万元（含）以上 full process, O&M and 第三方服务 filing (第三条)", () => {
  it.each<[string, ProjectKind, ReturnType<typeof w>[] | null, string]>([
    ["19.99", "construction", null, "luohu.filing"],
    ["20", "construction", null, "luohu.full-process"],
    ["20", "upgrade", null, "luohu.full-process"],
    ["300", "om", [w("应用系统运维", "om-app-software", "300")], "luohu.filing"],
    ["50", "service", [w("工程监理", "supervision", "20"), w("咨询服务费", "consulting", "30")], "luohu.filing"],
    ["50", "service", null, "luohu.full-process"],
  ])("%s万 %s → %s", (total, kind, lines, rule) => {
    const fs = run(P, lines ?? budget(total), opts(kind));
    const routes = fs.filter((f) => f.rule === "luohu.full-process" || f.rule === "luohu.filing").map((f) => f.rule);
    expect(routes).toEqual([rule]);
  });
  it("exactly 20万 names the limit; technical review goes with the full process", () => {
    const fs = run(P, budget("20"), opts());
    expect(ofRule(fs, "luohu.full-process")[0].limit).toBe(yuan(20));
    expect(ofRule(fs, "luohu.technical-review")).toHaveLength(1);
    expect(ofRule(run(P, budget("19.99"), opts()), "luohu.technical-review")).toEqual([]);
  });
});

describe("luohu.estimate-composition (第十一条): each missing group, warning only for 政府投资", () => {
  const full = () =>
    budget("100", [
      w("等保测评", "dengbao", "3"),
      w("工程监理", "supervision", "2"),
      w("基本预备费", "contingency", "2"),
    ]);
  it("a complete estimate: nothing", () =>
    expect(ofRule(run(P, full(), opts()), "luohu.estimate-composition")).toEqual([]));
  it("missing 网络安全费 and 预备费 → two findings naming them", () => {
    const fs = ofRule(run(P, budget("100", [w("工程监理", "supervision", "2")]), opts()), "luohu.estimate-composition");
    expect(fs.map((f) => f.message.match(/未见(.+?)：/)?.[1])).toEqual(["网络安全费", "预备费"]);
    expect(fs.map((f) => f.severity)).toEqual(["info", "info"]);
    expect(fs[0].messageEn).toContain("network security cost");
  });
  it("government investment: warning", () => {
    const fs = ofRule(
      run(P, budget("100"), opts("construction", { fundingType: "government-investment" })),
      "luohu.estimate-composition",
    );
    expect(new Set(fs.map((f) => f.severity))).toEqual(new Set(["warning"]));
  });
});

describe("luohu tests and reviews", () => {
  it("supervision is only ever a reminder, even at 1000万", () => {
    expect(ofRule(run(P, budget("1000"), opts()), "luohu.supervision-reminder").map((f) => f.severity)).toEqual([
      "info",
    ]);
  });
  it("source code review and 等保 are asked for only when there is development", () => {
    const dev = run(P, budget("100"), opts());
    expect(ofRule(dev, "luohu.source-code-review-missing")).toHaveLength(1);
    expect(ofRule(dev, "luohu.dengbao-missing")).toHaveLength(1);
    const works = run(P, [w("综合布线工程", "facility", "100")], opts());
    expect(ofRule(works, "luohu.source-code-review-missing")).toEqual([]);
    expect(ofRule(works, "luohu.dengbao-missing")).toEqual([]);
    const withAll = run(
      P,
      budget("100", [
        w("源代码安全审查", "security-test", "1"),
        w("三级等保测评", "dengbao", "3", { dengbaoLevel: 3 }),
        w("系统功能和性能检测", "software-test", "2"),
      ]),
      opts(),
    );
    for (const r of ["luohu.source-code-review-missing", "luohu.dengbao-missing", "luohu.third-party-test-missing"])
      expect(ofRule(withAll, r)).toEqual([]);
  });
  it("等保 stays inside the construction cost: no cost.excluded-dengbao, and it counts towards 20万", () => {
    const fs = run(P, [w("三级等保测评", "dengbao", "20", { dengbaoLevel: 3 })], opts());
    expect(fs.some((f) => f.rule === "cost.excluded-dengbao")).toBe(false);
    expect(ofRule(fs, "luohu.full-process")).toHaveLength(1);
  });
  it.each<[string, number]>([
    ["质保期1年", 1],
    ["质保期18个月", 1],
    ["质保期2年", 0],
    ["保修24个月", 0],
    ["原厂质保", 0],
  ])("warranty-period: “%s” → %i", (text, n) => {
    const fs = ofRule(
      run(P, budget("50", [w(`服务器（${text}）`, "hardware", "10")]), opts()),
      "luohu.warranty-period",
    );
    expect(fs.map((f) => f.severity)).toEqual(n ? ["warning"] : []);
  });
});

describe("luohu profile-value rules", () => {
  it.each<[string, ProfileOverrides, string, string | null]>([
    ["400", { comprehensive: true }, "luohu.comprehensive-project", null],
    ["400.01", { comprehensive: true }, "luohu.comprehensive-project", "超过"],
    ["900", {}, "luohu.comprehensive-project", null],
    ["5000", { fundingType: "government-investment" }, "luohu.fsr-exemption", "免于可行性研究报告审批"],
    ["5000.01", { fundingType: "government-investment" }, "luohu.fsr-exemption", "依次报批"],
    ["100", {}, "luohu.fsr-exemption", null],
    ["100", { approvedTotal: wan(100) }, "luohu.over-approved-estimate", null],
    ["100.01", { approvedTotal: wan(100) }, "luohu.over-approved-estimate", "原批复总概算"],
  ])("%s万 %j %s", (total, overrides, rule, text) => {
    const fs = ofRule(run(P, budget(total), opts("construction", overrides)), rule);
    expect(fs).toHaveLength(text ? 1 : 0);
    if (text) expect(fs[0].message).toContain(text);
  });
  it.each<[string, string, number]>([
    ["2024-06-01", "2025", 1],
    ["2022-12-01", "2025", 0],
    ["2023-01-01", "2025", 0],
  ])("om-within-warranty: accepted %s, %s年运维 → %i", (date, year, n) => {
    const fs = ofRule(
      run(
        P,
        [w("应用运维", "om-app-software", "30")],
        opts("om", { acceptanceDate: date }, `某某系统${year}年运维项目`),
      ),
      "luohu.om-within-warranty",
    );
    expect(fs.map((f) => f.severity)).toEqual(n ? ["warning"] : []);
  });
  it("om-within-warranty needs the date", () => {
    expect(
      ofRule(
        run(P, [w("应用运维", "om-app-software", "30")], opts("om", {}, "某某系统2025年运维项目")),
        "luohu.om-within-warranty",
      ),
    ).toEqual([]);
  });
  it("shared-resources: info for full-process projects, warning under 20万 (filing)", () => {
    expect(
      ofRule(run(P, budget("30", [w("应用服务器", "hardware", "10")]), opts()), "luohu.shared-resources").map(
        (f) => f.severity,
      ),
    ).toEqual(["info"]);
    expect(
      ofRule(run(P, budget("15", [w("应用服务器", "hardware", "10")]), opts()), "luohu.shared-resources").map(
        (f) => f.severity,
      ),
    ).toEqual(["warning"]);
    expect(
      ofRule(run(P, budget("30", [w("服务器维保（质保期1年）", "other", "2")]), opts()), "luohu.shared-resources"),
    ).toEqual([]);
  });
  it("a compliant budget has no error or warning", () => {
    const lines = budget("200", [
      w("工程监理费", "supervision", "4"),
      w("三级等保测评", "dengbao", "5", { dengbaoLevel: 3 }),
      w("源代码安全审查", "security-test", "2"),
      w("系统功能和性能检测", "software-test", "3"),
      w("基本预备费", "contingency", "4"),
    ]);
    expect(run(P, lines, opts()).filter((f) => f.severity !== "info")).toEqual([]);
  });
});
