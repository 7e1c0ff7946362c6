import { audit } from "../../../src/core/engine";
import type { CellValue } from "../../../src/core/snapshot/types";
import { yangpu } from "../../support/pack";
import { grid, workbook } from "../../support/grid";

const pack = yangpu();
const HEADER: CellValue[] = ["序号", "名称", "单位", "数量", "单价", "金额"];
const run = (rows: CellValue[][], title = "XX系统建设项目预算表") =>
  audit(workbook("t.xlsx", grid("预算表", [[title], ["单位：元"], HEADER, ...rows])), pack);
const rules = (r: ReturnType<typeof run>) =>
  r.findings.filter((f) => f.severity !== "info").map((f) => `${f.rule}@${f.cell ?? "-"}`);

describe("grand totals under the names units give them", () => {
  it.each(["总概算", "总估算", "项目总预算", "投资总额", "项目总投资"])(
    "%s is the table's total, not a line",
    (label) => {
      const r = run([
        [1, "PC服务器", "台", 2, 30000, 60000],
        [2, "交换机", "台", 1, 40000, 40000],
        [null, label, null, null, null, 100000],
      ]);
      expect(r.model.lines.map((l) => l.name)).toEqual(["PC服务器", "交换机"]);
      expect(r.totals.grand).toBe("100000");
      expect(r.model.subtotals.map((s) => s.covers.length)).toEqual([2]);
    },
  );
});

describe("lines after the grand total that the sheet puts outside the project", () => {
  const inside: CellValue[][] = [
    [1, "PC服务器", "台", 2, 30000, 60000],
    [2, "系统集成费", "项", 1, 4200, 4200],
    [null, "合计", null, null, null, 64200],
  ];
  it.each<[string, CellValue[][]]>([
    ["marked on the line", [[3, "三级等保测评（另行申报）", "项", 1, 80000, 80000]]],
    ["marked 不计入总投资 in the remark-like name", [[3, "等级保护测评费（不计入总投资）", "项", 1, 80000, 80000]]],
    [
      "under a note saying what follows is outside",
      [["注：以下费用另行申报，不计入项目总投资"], [1, "三级等保测评", "项", 1, 80000, 80000]],
    ],
  ])("%s: read, not counted, and no excluded-dengbao error", (_label, after) => {
    const r = run([...inside, ...after]);
    expect(r.totals.grand).toBe("64200");
    expect(r.model.outsideLines.map((l) => [l.category, l.amount?.value.toFixed()])).toEqual([["dengbao", "80000"]]);
    expect(rules(r).filter((x) => x.startsWith("cost."))).toEqual([]);
  });

  it("a 三级等保 line inside the total is still an error", () => {
    const r = run([
      [1, "PC服务器", "台", 2, 30000, 60000],
      [2, "三级等保测评", "项", 1, 80000, 80000],
      [null, "合计", null, null, null, 140000],
    ]);
    expect(rules(r)).toContain("cost.excluded-dengbao@F5");
  });

  it("an unmarked line after the total is still counted", () => {
    const r = run([...inside, [3, "打印机", "台", 1, 3000, 3000]]);
    expect(r.totals.grand).toBe("67200");
  });
});

describe("a 小计 under nested sub-sections", () => {
  it("covers the whole section its figure is the sum of", () => {
    const r = run([
      ["一", "硬件设备"],
      ["(一)", "服务器"],
      [1, "PC服务器", "台", 2, 30000, 60000],
      ["(二)", "网络设备"],
      [2, "交换机", "台", 1, 40000, 40000],
      [null, "小计", null, null, null, 100000],
      ["二", "其他费用"],
      [3, "系统集成费", "项", 1, 6000, 6000],
      [null, "小计", null, null, null, 6000],
      [null, "合计", null, null, null, 106000],
    ]);
    expect(r.model.subtotals.map((s) => [s.label, s.covers.length])).toEqual([
      ["小计", 2],
      ["小计", 1],
      ["合计", 3],
    ]);
    expect(rules(r).filter((x) => x.startsWith("sheet."))).toEqual([]);
  });

  it("still reports a 小计 that matches nothing, against the lines since the last total", () => {
    const r = run([
      ["一", "硬件设备"],
      ["(一)", "服务器"],
      [1, "PC服务器", "台", 2, 30000, 60000],
      ["(二)", "网络设备"],
      [2, "交换机", "台", 1, 40000, 40000],
      [null, "小计", null, null, null, 99000],
    ]);
    expect(rules(r)).toContain("sheet.subtotal-mismatch@F9");
  });
});

describe("a formula saved without its cached value", () => {
  it("is an unreadable amount naming its cell, never a silent 0", () => {
    const s = grid(
      "预算表",
      [
        ["XX系统建设项目预算表"],
        ["单位：元"],
        HEADER,
        [1, "PC服务器", "台", 2, 30000, null],
        [2, "交换机", "台", 1, 40000, 40000],
        [null, "合计", null, null, null, null],
      ],
      { formulas: { F4: "=D4*E4", F6: "=SUM(F4:F5)" } },
    );
    const r = audit(workbook("t.xlsx", s), pack);
    const f = r.findings.filter((x) => x.rule === "sheet.unreadable-amount");
    expect(f.map((x) => [x.cell, x.severity])).toEqual([
      ["F4", "warning"],
      ["F6", "warning"],
    ]);
    expect(f[0].message).toContain("=D4*E4");
    expect(f[0].message).toContain("没有保存计算结果");
  });
});

describe("a count typed with its unit (18人月 in the 数量 cell)", () => {
  it("is read as the count, the unit taken for the line's 单位 when that cell is empty", () => {
    const r = run([
      [1, "业务系统功能升级开发", null, "18人月", 20000, 360000],
      [2, "密码测评费", "项", 1, 20000, 20000],
    ]);
    expect(r.model.lines[0]).toMatchObject({ unitLabel: "人月", category: "development" });
    expect(r.model.lines[0].quantity?.value.toFixed()).toBe("18");
    expect(r.findings.filter((f) => f.severity !== "info").map((f) => f.rule)).toEqual([]);
  });
});

describe("a 金额 =数量×单价 saved without its value", () => {
  it("is reported unreadable, yet counted as 数量 × 单价 so the total and the bases hold", () => {
    const s = grid(
      "预算表",
      [
        ["XX系统建设项目预算表"],
        ["单位：元"],
        HEADER,
        [1, "PC服务器", "台", 2, 6400, null],
        [2, "交换机", "台", 1, 40000, 40000],
        [null, "合计", null, null, null, 52800],
      ],
      { formulas: { F4: "=D4*E4" } },
    );
    const r = audit(workbook("t.xlsx", s), pack);
    expect(r.totals.grand).toBe("52800");
    expect(
      r.findings.filter((f) => f.rule.startsWith("sheet.") && f.severity !== "info").map((f) => `${f.rule}@${f.cell}`),
    ).toEqual(["sheet.unreadable-amount@F4"]);
  });

  it("a total over a line whose amount is unreadable (待定) is not reported as a mismatch too", () => {
    const r = run([
      [1, "PC服务器", "台", 2, 6400, "待定"],
      [2, "交换机", "台", 1, 40000, 40000],
      [null, "合计", null, null, null, 52800],
    ]);
    expect(
      r.findings.filter((f) => f.rule.startsWith("sheet.") && f.severity !== "info").map((f) => `${f.rule}@${f.cell}`),
    ).toEqual(["sheet.unreadable-amount@F4"]);
  });
});

describe("two tables side by side under one title", () => {
  it("are read as two tables, the right one in the sheet's unit, the grand total below covering both", () => {
    const s = grid("估算", [
      ["某局数字孪生平台建设项目投资估算（单位：万元）"],
      ["序号", "工程费用名称", "单位", "数量", "单价", "金额", null, "序号", "其他费用名称", "金额"],
      [1, "渲染服务器", "台", 2, 9, 18, null, 1, "咨询费", 2],
      [2, "国产操作系统", "套", 2, 0.5, 1, null, 2, "密码测评费", 2.5],
      [3, "系统集成费", "项", 1, 1.5, 1.5, null, null, "小计", 4.5],
      [null, "小计", null, null, null, 20.5],
      [null, "总投资", null, null, null, 25],
    ]);
    const r = audit(workbook("t.xlsx", s), pack);
    expect(r.model.tables.map((t) => [t.unit, t.columns.name, t.columns.amount])).toEqual([
      ["万元", 1, 5],
      ["万元", 8, 9],
    ]);
    expect(new Set(r.model.lines.map((l) => l.id)).size).toBe(r.model.lines.length);
    expect(r.totals.grand).toBe("250000");
    expect(r.findings.filter((f) => f.severity !== "info").map((f) => f.rule)).toEqual([]);
  });
});

describe("no line reaches a report with an empty name", () => {
  it("a line with a number but no name is named by its 规格, else by where it is", () => {
    const s = grid("预算表", [
      ["单位：元"],
      ["序号", "名称", "规格", "单位", "数量", "单价", "金额"],
      [1, null, "2U 机架式服务器", "台", 2, 30000, 60001],
      [2, null, null, "台", 1, 40000, 40001],
    ]);
    const r = audit(workbook("t.xlsx", s), pack);
    expect(r.model.lines.map((l) => l.name)).toEqual(["2U 机架式服务器", "（第 4 行，未填名称）"]);
    for (const f of r.findings) expect(f.message).not.toContain("“”");
  });
});
