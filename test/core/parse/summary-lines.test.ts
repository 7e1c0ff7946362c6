import { audit } from "../../../src/core/engine";
import type { CellValue } from "../../../src/core/snapshot/types";
import { yangpu } from "../../support/pack";
import { grid, workbook } from "../../support/grid";

const pack = yangpu();
const DETAIL_HEADER: CellValue[] = ["序号", "名称", "单位", "数量", "单价（万元）", "金额（万元）"];
const hardware = grid(
  "附表1 硬件清单",
  [
    ["硬件设备清单"],
    DETAIL_HEADER,
    [1, "PC服务器", "台", 4, 5, 20],
    [2, "核心交换机", "台", 2, 15, 30],
    [null, "合计", null, null, null, 50],
  ],
  { formulas: { F5: "=SUM(F3:F4)" } },
);
const software = grid("附表2 软件开发", [
  ["应用软件开发明细"],
  ["序号", "功能模块", "单位", "工作量（人月）", "人月单价（万元）", "金额（万元）"],
  [1, "统一门户定制开发", "人月", 20, 2, 40],
  [2, "移动端定制开发", "人月", 10, 2, 20],
  [null, "合计", null, null, null, 60],
]);

/** The usual 可研 shape: 工程费用 point at the details; 其他费用 are the summary's own. */
function summary(formulas: boolean, name = "总估算表", see = !formulas): ReturnType<typeof grid> {
  return grid(
    name,
    [
      ["XX区政务服务平台建设项目投资估算汇总表"],
      ["单位：万元"],
      ["序号", "工程或费用名称", "金额（万元）", "备注"],
      ["一", "工程费用", 119.6, null],
      [1, "硬件设备购置", 50, see ? "见附表1" : null],
      [2, "应用软件开发", 60, see ? "见附表2" : null],
      [3, "系统集成费", 9.6, "8%×硬件及软件产品"],
      ["二", "其他费用", 12, null],
      [1, "咨询设计费", 3, null],
      [2, "工程监理费", 3.5, null],
      [3, "第三方软件测评费", 2.5, null],
      [4, "密码测评费", 3, null],
      [null, "合计", 131.6, null],
    ],
    formulas
      ? {
          formulas: {
            C5: "='附表1 硬件清单'!F5",
            C6: "='附表2 软件开发'!F5",
            C4: "=SUM(C5:C7)",
            C8: "=SUM(C9:C12)",
            C13: "=C4+C8",
          },
        }
      : {},
  );
}

describe("a summary that points at details and lists its own fees (domain.md §3.12)", () => {
  it.each<[string, ReturnType<typeof grid>]>([
    ["formulas into the details, its own 小计 formulas", summary(true)],
    ["见附表 in the remark, typed figures", summary(false)],
    ["typed figures equal to the details' totals on a sheet called 汇总", summary(false, "汇总表", false)],
  ])("%s: details counted once, own fees counted, nothing missing", (_label, s) => {
    const r = audit(workbook("t.xlsx", s, hardware, software), pack);
    expect(r.model.tables.map((t) => t.role)).toEqual(["summary", "detail", "detail"]);
    expect(r.model.lines.map((l) => l.name)).toEqual([
      "系统集成费",
      "咨询设计费",
      "工程监理费",
      "第三方软件测评费",
      "密码测评费",
      "PC服务器",
      "核心交换机",
      "统一门户定制开发",
      "移动端定制开发",
    ]);
    expect(r.totals.grand).toBe("1316000");
    const rules = r.findings.filter((f) => f.severity !== "info").map((f) => f.rule);
    expect(rules).not.toContain("fees.crypto-test-missing");
    expect(rules).not.toContain("process.supervision-required");
  });
});

describe("a detail sheet that states no unit", () => {
  it("takes the unit of the summary whose formulas carry its figures over", () => {
    const detail = grid("设备清单", [
      ["设备及软件清单"],
      ["序号", "名称", "单位", "数量", "单价", "金额"],
      [1, "应用服务器", "台", 2, 6, 12],
      [2, "数据库软件", "套", 1, 4, 4],
      [null, "合计", null, null, null, 16],
    ]);
    const top = grid(
      "汇总",
      [
        ["XX系统建设项目投资估算"],
        ["单位：万元"],
        ["序号", "项目", "金额"],
        [1, "设备及软件购置", 16],
        [2, "系统集成费", 1.2],
        [null, "合计", 17.2],
      ],
      { formulas: { C4: "=设备清单!F5", C6: "=C4+C5" } },
    );
    const r = audit(workbook("t.xlsx", top, detail), pack);
    expect(r.model.tables.map((t) => [t.sheet, t.unit])).toEqual([
      ["汇总", "万元"],
      ["设备清单", "万元"],
    ]);
    expect(r.totals.grand).toBe("172000");
    expect(r.findings.filter((f) => f.rule === "fees.integration-rate")).toEqual([]);
  });
});
