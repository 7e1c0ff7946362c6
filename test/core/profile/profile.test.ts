import { inferProfile } from "../../../src/core/profile/infer-profile";
import { buildModel } from "../../../src/core/engine";
import { grid, workbook } from "../../support/grid";
import type { ParsedWorkbook } from "../../../src/core/parse/types";
import type { BudgetTable, ProfileOverrides } from "../../../src/core/model/types";
import { line } from "../../support/model";
import { yangpu } from "../../support/pack";

const pack = yangpu();
const table = (unit: "元" | "万元", role: "detail" | "summary" = "detail"): BudgetTable => ({
  index: 0,
  sheet: "预算表",
  headerRow: 2,
  firstRow: 3,
  lastRow: 9,
  columns: {},
  unit,
  columnUnits: {},
  title: "",
  role,
  columnInfo: [],
});
const parsed = (titleText: string, extra: Partial<ParsedWorkbook> = {}): ParsedWorkbook => ({
  tables: [table("元")],
  lines: [],
  subtotals: [],
  issues: [],
  titleText,
  headingText: titleText,
  sheetNames: ["预算表"],
  skippedSheets: [],
  outsideLines: [],
  ...extra,
});

describe("inferProfile", () => {
  it.each<[string, string, string, string | null]>([
    ["杨浦区某局协同办公系统升级改造项目投资估算表", "upgrade", "oa", null],
    ["2025年度某系统运维项目预算", "om", "other", null],
    ["某区门户网站建设项目（中型）", "construction", "website", "medium"],
    ["某委视频会议系统新建项目", "construction", "video-conference", null],
    ["某局机房建设项目（小型）", "construction", "server-room", "small"],
    ["某局微信公众号运营服务项目", "service", "info-release", null],
    ["某区政务服务热线扩容项目", "upgrade", "hotline", null],
    ["某局OA系统升级改造运维项目", "om", "oa", null],
    ["某局小型机采购项目", "construction", "other", null],
    ["某局大型数据平台建设", "construction", "other", "large"],
    ["某局协同办公系统建设项目（升级改造）", "upgrade", "oa", null],
    ["某区门户网站建设项目（二期）", "upgrade", "website", null],
  ])("%s", (title, kind, system, tier) => {
    expect(inferProfile(parsed(title), pack, {})).toMatchObject({ kind, system, tier, sources: { kind: "title" } });
  });

  it("reads sheet names when the title says nothing", () => {
    const p = inferProfile(parsed("预算表", { sheetNames: ["门户网站运维"] }), pack, {});
    expect(p).toMatchObject({ kind: "om", system: "website", sources: { kind: "sheet-name", system: "sheet-name" } });
  });

  it("an O&M layout without a title hint is O&M by its lines", () => {
    const lines = [
      line({ name: "a", category: "other", purchase: 1, fee: 1 }),
      line({ name: "b", category: "other", purchase: 1, fee: 1 }),
    ];
    expect(inferProfile(parsed("清单", { lines }), pack, {})).toMatchObject({ kind: "om", sources: { kind: "lines" } });
  });

  it("defaults to a construction project of type other", () => {
    expect(inferProfile(parsed("清单"), pack, {})).toMatchObject({
      kind: "construction",
      system: "other",
      tier: null,
      sources: { kind: "default" },
    });
  });

  it.each<[ProfileOverrides, object]>([
    [{ kind: "service" }, { kind: "service", sources: { kind: "override" } }],
    [{ system: "hotline" }, { system: "hotline", sources: { system: "override" } }],
    [{ tier: null }, { tier: null, sources: { tier: "override" } }],
    [{ tier: "large" }, { tier: "large" }],
  ])("override %j wins", (overrides, expected) => {
    expect(inferProfile(parsed("某区门户网站建设项目（中型）"), pack, overrides)).toMatchObject(expected);
  });

  it("takes the unit of the first detail table, 元 when there is none", () => {
    expect(inferProfile(parsed("x", { tables: [table("元", "summary"), table("万元")] }), pack, {}).unit).toBe("万元");
    expect(inferProfile(parsed("x", { tables: [] }), pack, {}).unit).toBe("元");
  });
});

describe("inferProfile on whole sheets: only what the workbook calls itself decides the kind", () => {
  const budget = (title: string, note: string | null) =>
    workbook(
      "x.xlsx",
      grid("预算表", [
        [title],
        ["单位：万元"],
        ["序号", "费用名称", "单位", "数量", "单价", "金额"],
        [1, "服务器", "台", 2, 5, 10],
        [2, "应用软件定制开发", "人月", 10, 1.8, 18],
        [null, "合计", null, null, null, 28],
        [],
        ...(note ? [[note]] : []),
      ]),
    );

  it.each<[string, string, string | null, string]>([
    [
      "a note about next year's O&M under a build estimate",
      "杨浦区XX街道协同办公系统项目预算表",
      "1. 系统上线后的年运维费另行申报。",
      "construction",
    ],
    ["运维 naming the system being built", "杨浦区智慧运维管理平台建设项目预算汇总表", null, "construction"],
    ["an O&M platform's own O&M", "杨浦区智慧运维管理平台年度运维项目预算表", null, "om"],
    ["an ordinary O&M title", "XX系统2025年运维项目预算", null, "om"],
  ])("%s", (_, title, note, kind) => {
    expect(buildModel(budget(title, note), pack).profile.kind).toBe(kind);
  });
});
