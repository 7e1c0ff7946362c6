import { inferProfile } from "../../../src/core/profile/infer-profile";
import type { ParsedWorkbook } from "../../../src/core/parse/types";
import type { BudgetTable, ProfileOverrides } from "../../../src/core/model/types";
import { line } from "../../support/model";
import { yangpu } from "../../support/pack";

const pack = yangpu();
const table = (unit: "元" | "万元", role: "detail" | "summary" = "detail"): BudgetTable => ({
  index: 0, sheet: "预算表", headerRow: 2, firstRow: 3, lastRow: 9, columns: {}, unit, columnUnits: {}, title: "", role,
});
const parsed = (titleText: string, extra: Partial<ParsedWorkbook> = {}): ParsedWorkbook => ({
  tables: [table("元")], lines: [], subtotals: [], issues: [], titleText, sheetNames: ["预算表"], ...extra,
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
  ])("%s", (title, kind, system, tier) => {
    expect(inferProfile(parsed(title), pack, {})).toMatchObject({ kind, system, tier, sources: { kind: "title" } });
  });

  it("reads sheet names when the title says nothing", () => {
    const p = inferProfile(parsed("预算表", { sheetNames: ["门户网站运维"] }), pack, {});
    expect(p).toMatchObject({ kind: "om", system: "website", sources: { kind: "sheet-name", system: "sheet-name" } });
  });

  it("an O&M layout without a title hint is O&M by its lines", () => {
    const lines = [line({ name: "a", category: "other", purchase: 1, fee: 1 }), line({ name: "b", category: "other", purchase: 1, fee: 1 })];
    expect(inferProfile(parsed("清单", { lines }), pack, {})).toMatchObject({ kind: "om", sources: { kind: "lines" } });
  });

  it("defaults to a construction project of type other", () => {
    expect(inferProfile(parsed("清单"), pack, {})).toMatchObject({ kind: "construction", system: "other", tier: null, sources: { kind: "default" } });
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
