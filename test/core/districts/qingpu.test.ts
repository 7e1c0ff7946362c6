import Decimal from "decimal.js";
import type { ProfileOverrides, ProjectKind } from "../../../src/core/model/types";
import { budget, ofRule, run, w, wan, yuan } from "./packs";

const P = "qingpu-2024";
const supervision = () => w("信息系统工程监理费", "supervision", "2");
const tests = () => [
  w("第三方软件测评", "software-test", "1"),
  w("安全测评", "security-test", "1"),
  w("密码应用测评", "crypto-test", "1"),
];
const find = (
  rule: string,
  total: Decimal.Value,
  opts: { kind?: ProjectKind; overrides?: ProfileOverrides; title?: string; others?: ReturnType<typeof w>[] } = {},
) =>
  ofRule(
    run(P, budget(total, opts.others ?? []), {
      profile: { kind: opts.kind ?? "construction", unit: "万元" },
      overrides: opts.overrides,
      title: opts.title,
    }),
    rule,
  );

describe("qingpu.supervision-required: 项目总投资100万元(含)以上 (第二十一条), grand total basis", () => {
  it.each<[string, string, ProjectKind, boolean, number]>([
    ["99.99万", "99.99", "construction", false, 0],
    ["exactly 100万 (含)", "100", "construction", false, 1],
    ["exactly 100万 with 监理", "100", "construction", true, 0],
    ["an upgrade of 150万", "150", "upgrade", false, 1],
    ["O&M of 150万 (不适用)", "150", "om", false, 0],
  ])("%s", (_l, total, kind, withSupervision, n) => {
    const fs = find("qingpu.supervision-required", total, { kind, others: withSupervision ? [supervision()] : [] });
    expect(fs).toHaveLength(n);
    for (const f of fs) expect([f.severity, f.limit, f.actual]).toEqual(["error", yuan(100), yuan(total)]);
  });
  it("counts 等保 in the total (Qingpu does not take it out, unlike Yangpu)", () => {
    expect(
      find("qingpu.supervision-required", "100", { others: [w("三级等保测评", "dengbao", "5", { dengbaoLevel: 3 })] }),
    ).toHaveLength(1);
  });
  it("the declared total wins over the computed one", () => {
    expect(find("qingpu.supervision-required", "90", { overrides: { declaredTotal: wan(100) } })).toHaveLength(1);
    expect(find("qingpu.supervision-required", "120", { overrides: { declaredTotal: wan("99.99") } })).toHaveLength(0);
  });
});

describe("qingpu thresholds on the total", () => {
  it.each<[string, string, ProjectKind, ProfileOverrides, number]>([
    ["qingpu.mid-term-check", "499.99", "construction", {}, 0],
    ["qingpu.mid-term-check", "500", "construction", {}, 1],
    ["qingpu.mid-term-check", "800", "om", {}, 0],
    ["qingpu.major-project", "999.99", "construction", {}, 0],
    ["qingpu.major-project", "1000", "construction", {}, 1],
    ["qingpu.major-project", "10", "om", { majorProject: true }, 1],
    ["qingpu.fixed-asset-investment", "499.99", "construction", {}, 0],
    ["qingpu.fixed-asset-investment", "500", "upgrade", {}, 1],
    ["qingpu.fast-iteration-candidate", "50", "upgrade", {}, 1],
    ["qingpu.fast-iteration-candidate", "50.01", "upgrade", {}, 0],
    ["qingpu.fast-iteration-candidate", "30", "construction", {}, 0],
    ["qingpu.fast-iteration-over-limit", "50", "upgrade", { reviewRoute: "fast-iteration" }, 0],
    ["qingpu.fast-iteration-over-limit", "50.01", "upgrade", { reviewRoute: "fast-iteration" }, 1],
    ["qingpu.fast-iteration-over-limit", "30", "construction", { reviewRoute: "fast-iteration" }, 1],
    ["qingpu.fast-iteration-over-limit", "80", "upgrade", {}, 0],
  ])("%s at %s万 (%s)", (rule, total, kind, overrides, n) => {
    expect(find(rule, total, { kind, overrides })).toHaveLength(n);
  });
  it("fast-iteration over the limit is an error; the candidate message lists the conditions the engine cannot see", () => {
    expect(
      find("qingpu.fast-iteration-over-limit", "60", {
        kind: "upgrade",
        overrides: { reviewRoute: "fast-iteration" },
      })[0].severity,
    ).toBe("error");
    expect(find("qingpu.fast-iteration-candidate", "50", { kind: "upgrade" })[0].message).toMatch(
      /所属系统已建成并验收.*3个月内建成/,
    );
  });
});

describe("qingpu.fast-iteration-dept-cap: Σ filed ≤ 3% of last year's IT funds (原则上 → warning)", () => {
  const route = { reviewRoute: "fast-iteration" as const, lastYearItFunds: wan(1000) };
  it.each<[string, string, number]>([
    ["exactly 3% (20万 filed + 10万)", "10", 0],
    ["just over 3%", "10.01", 1],
  ])("%s", (_l, total, n) => {
    const fs = find("qingpu.fast-iteration-dept-cap", total, {
      kind: "upgrade",
      overrides: { ...route, filedTotal: wan(20) },
    });
    expect(fs.map((f) => f.severity)).toEqual(n ? ["warning"] : []);
    if (n) expect(fs[0].limit).toBe(yuan(30));
  });
  it("without the department's figures: a reminder naming the flags it needs", () => {
    const fs = find("qingpu.fast-iteration-dept-cap", "10", {
      kind: "upgrade",
      overrides: { reviewRoute: "fast-iteration" },
    });
    expect(fs.map((f) => f.severity)).toEqual(["info"]);
    expect(fs[0].message).toContain("--last-year-it-funds");
    expect(fs[0].message).toContain("--filed-total");
  });
});

describe("qingpu.change-route: <15% / 15%–30% (含) / >30% of the approved total (第二十二条)", () => {
  it.each<[string, string, string]>([
    ["14.99%", "14.99", "预算主管部门核准"],
    ["exactly 15%", "15", "区数据局核准"],
    ["exactly 30%", "30", "区数据局核准"],
    ["30.01%", "30.01", "重新审核"],
  ])("%s", (_l, change, route) => {
    const fs = find("qingpu.change-route", "100", {
      overrides: { approvedTotal: wan(100), changeAmount: wan(change) },
    });
    expect(fs).toHaveLength(1);
    expect(fs[0].message).toContain(route);
    expect(fs[0].severity).toBe("info");
  });
  it("needs both values; silent without them", () => {
    expect(find("qingpu.change-route", "100", { overrides: { approvedTotal: wan(100) } })).toEqual([]);
    expect(find("qingpu.change-route", "100", { overrides: { changeAmount: wan(10) } })).toEqual([]);
  });
  it("a budget over the approval gets change-over-approval instead of a route", () => {
    const fs = run(P, budget("100.01"), {
      profile: { unit: "万元" },
      overrides: { approvedTotal: wan(100), changeAmount: wan(10) },
    });
    expect(ofRule(fs, "qingpu.change-route")).toEqual([]);
    expect(ofRule(fs, "qingpu.change-over-approval").map((f) => f.severity)).toEqual(["warning"]);
  });
  it.each<[string, number]>([
    ["109.99", 0],
    ["110", 1],
  ])("qingpu.over-estimate-10pct at %s万 of an approved 100万", (total, n) => {
    expect(find("qingpu.over-estimate-10pct", total, { overrides: { approvedTotal: wan(100) } })).toHaveLength(n);
  });
});

describe("qingpu line rules", () => {
  it.each<[string, string, string, ProjectKind, ProfileOverrides, number]>([
    ["qingpu.construction-scope-excluded", "综合布线及弱电工程", "facility", "construction", {}, 1],
    ["qingpu.construction-scope-excluded", "办公电脑", "hardware", "construction", {}, 1],
    ["qingpu.construction-scope-excluded", "宣传片制作", "other", "construction", {}, 1],
    ["qingpu.construction-scope-excluded", "应用服务器", "hardware", "construction", {}, 0],
    ["qingpu.server-room", "机房装修工程", "facility", "construction", {}, 1],
    ["qingpu.server-room", "机房装修工程", "facility", "construction", { classified: true }, 0],
    ["qingpu.network-exit", "互联网专线租用", "other", "om", {}, 1],
    ["qingpu.om-excluded-item", "运维人员差旅费", "other", "om", {}, 1],
    ["qingpu.om-excluded-item", "运维人员差旅费", "other", "construction", {}, 0],
    ["qingpu.om-in-construction", "系统年度运维费", "other", "construction", {}, 1],
    ["qingpu.om-in-construction", "质保期内免费维保", "other", "construction", {}, 0],
  ])("%s: “%s” in a %s budget", (rule, name, category, kind, overrides, n) => {
    const lines = budget("80", [w(name, category as never, "3")]);
    const fs = ofRule(run(P, lines, { profile: { kind, unit: "万元" }, overrides }), rule);
    expect(fs).toHaveLength(n);
    if (n) expect(fs[0].lineId).toBe(lines[1].id);
  });
  it("om-excluded-item is an error, the others warnings", () => {
    expect(find("qingpu.om-excluded-item", "50", { kind: "om", others: [w("会议费", "other", "1")] })[0].severity).toBe(
      "error",
    );
  });
});

describe("qingpu naming (第十三条): suffixes and a leading year stripped, full-width and ASCII brackets alike", () => {
  it.each<[string, ProjectKind, string, string, number]>([
    ["qingpu.naming-new", "construction", "2025年某某大系统建设项目投资估算表", "", 0],
    ["qingpu.naming-new", "construction", "某某子系统建设项目预算表", "", 0],
    ["qingpu.naming-new", "construction", "某某子系统数据采集功能模块建设项目", "", 0],
    ["qingpu.naming-new", "construction", "青浦区某某平台建设项目", "", 0],
    ["qingpu.naming-new", "construction", "青浦区某某管理系统建设", "", 1],
    ["qingpu.naming-upgrade", "upgrade", "某某管理系统建设项目（升级改造）投资估算表", "", 0],
    ["qingpu.naming-upgrade", "upgrade", "某某管理系统建设项目(升级改造)", "", 0],
    ["qingpu.naming-upgrade", "upgrade", "某某管理系统升级改造项目", "", 1],
    ["qingpu.naming-om", "om", "某某管理系统（2025年运维项目）", "", 0],
    ["qingpu.naming-om", "om", "某某管理系统2025年运维费预算", "", 1],
    ["qingpu.naming-om", "om", "某某管理系统（2025年运维项目）运维费用预算表", "", 0],
  ])("%s: %s", (rule, kind, title, _x, n) => {
    const fs = ofRule(run(P, budget("30"), { profile: { kind, unit: "万元" }, title }), rule);
    expect(fs.map((f) => f.severity)).toEqual(n ? ["warning"] : []);
  });
  it("a sheet name that is only a table word is no project name: no naming finding", () => {
    expect(ofRule(run(P, budget("30"), { profile: { unit: "万元" } }), "qingpu.naming-new")).toEqual([]);
  });
  it("a 项目名称： row gives the name", () => {
    const fs = ofRule(
      run(P, budget("30"), { profile: { unit: "万元" }, title: "项目名称：青浦区某某平台建设项目" }),
      "qingpu.naming-new",
    );
    expect(fs).toEqual([]);
  });
  it("system-relation: a new build naming no level and no --system-level → info; given the level → nothing", () => {
    const title = "某某管理系统建设项目";
    expect(
      ofRule(run(P, budget("30"), { profile: { unit: "万元" }, title }), "qingpu.system-relation").map(
        (f) => f.severity,
      ),
    ).toEqual(["info"]);
    expect(
      ofRule(
        run(P, budget("30"), { profile: { unit: "万元" }, title, overrides: { systemLevel: "big" } }),
        "qingpu.system-relation",
      ),
    ).toEqual([]);
  });
  it.each<[number, number]>([
    [2, 0],
    [3, 1],
  ])("subsystem-limit: %i new subsystems → %i", (count, n) => {
    expect(
      find("qingpu.subsystem-limit", "30", { overrides: { systemLevel: "sub", subsystemsThisYear: count } }),
    ).toHaveLength(n);
  });
});

describe("qingpu kinds and the notice", () => {
  it("a service budget asks to be classified, and kind-keyed rules do not run", () => {
    const fs = run(P, budget("150"), { profile: { kind: "service", unit: "万元" } });
    expect(ofRule(fs, "qingpu.service-kind")).toHaveLength(1);
    expect(ofRule(fs, "qingpu.supervision-required")).toEqual([]);
  });
  it("rates-not-defined once per file, with the observed 人月 price as plain information", () => {
    const lines = [w("应用软件开发", "development", "90", { unitLabel: "人月", quantity: "30", unitPrice: "3" })];
    const fs = ofRule(run(P, lines, { profile: { unit: "万元" } }), "qingpu.rates-not-defined");
    expect(fs).toHaveLength(1);
    expect(fs[0].severity).toBe("info");
    expect(fs[0].message).toContain("人月单价 3 万元");
    expect(fs[0].messageEn).toContain("person-month price CNY 3 (10k)");
  });
  it("a compliant construction budget has no error or warning", () => {
    const fs = run(P, budget("300", [supervision(), ...tests(), w("服务器", "hardware", "20")]), {
      profile: { unit: "万元" },
      title: "青浦区某某平台建设项目投资估算表",
    });
    expect(fs.filter((f) => f.severity !== "info")).toEqual([]);
  });
});
