import { audit } from "../../../src/core/engine";
import type { CellValue } from "../../../src/core/snapshot/types";
import { yangpu } from "../../support/pack";
import { grid, workbook } from "../../support/grid";

const pack = yangpu();
const run = (rows: CellValue[][], name = "预算表") => audit(workbook("t.xlsx", grid(name, rows)), pack);
const ids = (r: ReturnType<typeof run>) => r.findings.map((f) => `${f.rule}@${f.cell ?? "-"}`);

describe("the name column from content when no header word names it", () => {
  it.each<[string, CellValue[]]>([
    ["采购物品 (no word for it)", ["序号", "采购物品", "单位", "数量", "单价", "金额"]],
    ["an empty header cell", ["序号", "", "单位", "数量", "单价", "金额"]],
    ["采购清单 (a word for something else)", ["序号", "采购清单", "单位", "数量", "单价", "金额"]],
  ])("%s: the leftmost column of distinct text holds the names", (_label, header) => {
    const r = run([
      ["XX系统建设项目预算表"],
      ["单位：元"],
      header,
      [1, "PC服务器", "台", 2, 30000, 60000],
      [2, "核心交换机", "台", 1, 80000, 80000],
      [3, "数据库软件", "套", 1, 50000, 50000],
      [null, "合计", null, null, null, 190000],
    ]);
    expect(r.model.lines.map((l) => l.name)).toEqual(["PC服务器", "核心交换机", "数据库软件"]);
    expect(r.model.lines.map((l) => l.category)).toEqual(["hardware", "hardware", "product-software"]);
    const info = r.model.tables[0].columnInfo.find((c) => c.role === "name")!;
    expect(info.evidence[0].kind).toBe("content");
    expect(info.confidence).toBe("medium");
  });

  it("names column roles by header words with high confidence", () => {
    const r = run([
      ["单位：元"],
      ["序号", "运维对象", "原值", "维护费率", "年运维费"],
      [1, "PC服务器", 100000, 0.08, 8000],
    ]);
    const roles = r.model.tables[0].columnInfo.map((c) => [c.role, c.confidence, c.evidence[0].kind]);
    expect(roles).toEqual([
      ["seq", "high", "header"],
      ["name", "high", "header"],
      ["purchase", "high", "header"],
      ["rate", "high", "header"],
      ["fee", "high", "header"],
    ]);
  });
});

describe("numeric columns no header word places", () => {
  const title = [["XX系统建设项目预算表"], ["单位：元"]];
  it("a column that is 数量 × 单价 in every row is the amount", () => {
    const r = run([
      ...title,
      ["序号", "名称", "单位", "数量", "单价", "核算"],
      [1, "PC服务器", "台", 2, 30000, 60000],
      [2, "交换机", "台", 1, 80000, 80000],
    ]);
    expect(r.model.lines.map((l) => l.amount?.value.toFixed())).toEqual(["60000", "80000"]);
    expect(r.model.tables[0].columnInfo.find((c) => c.role === "amount")?.evidence[0].kind).toBe("arithmetic");
    expect(ids(r).filter((i) => i.startsWith("sheet.unrecognised"))).toEqual([]);
  });

  it("a column restating the amount in 万元 (折合万元) is a repeat, not a finding", () => {
    const r = run([
      ...title,
      ["序号", "名称", "单位", "数量", "单价", "金额", "折合（万元）"],
      [1, "PC服务器", "台", 2, 30000, 60000, 6],
      [2, "交换机", "台", 1, 80000, 80000, 8],
    ]);
    const repeat = r.model.tables[0].columnInfo.find((c) => c.col === 6)!;
    expect(repeat).toMatchObject({ role: null, repeats: "amount" });
    expect(ids(r).filter((i) => i.startsWith("sheet.unrecognised"))).toEqual([]);
    expect(r.totals.grand).toBe("140000");
  });

  it("a second money column nothing places is named in a warning, never dropped silently", () => {
    const r = run([
      ...title,
      ["序号", "名称", "单位", "数量", "单价", "金额", "自筹资金"],
      [1, "PC服务器", "台", 2, 30000, 60000, 20000],
      [2, "交换机", "台", 1, 80000, 80000, 5000],
    ]);
    const f = r.findings.filter((x) => x.rule === "sheet.unrecognised-column");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "warning", sheet: "预算表", cell: "G3" });
    expect(f[0].message).toContain("自筹资金");
  });

  it("a second 金额 column that differs from the first is named", () => {
    const r = run([
      ...title,
      ["序号", "名称", "单位", "数量", "单价", "金额", "金额"],
      [1, "PC服务器", "台", 2, 30000, 60000, 50000],
      [2, "交换机", "台", 1, 80000, 80000, 70000],
    ]);
    expect(ids(r)).toContain("sheet.unrecognised-column@G3");
  });

  it("a small count column (使用年限) is not money and says nothing", () => {
    const r = run([
      ...title,
      ["序号", "名称", "单位", "数量", "单价", "金额", "使用年限"],
      [1, "PC服务器", "台", 2, 30000, 60000, 5],
      [2, "交换机", "台", 1, 80000, 80000, 8],
    ]);
    expect(ids(r).filter((i) => i.startsWith("sheet.unrecognised"))).toEqual([]);
  });
});

describe("hidden sheets (domain.md §3.9)", () => {
  const detail = (name: string, hidden: boolean) => {
    const s = grid(name, [
      ["单位：元"],
      ["序号", "名称", "单位", "数量", "单价", "金额"],
      [1, "PC服务器", "台", 2, 30000, 60000],
    ]);
    return { ...s, hidden };
  };
  it("are not audited by default, each named in an info finding", () => {
    const r = audit(workbook("t.xlsx", detail("预算表", false), detail("旧版", true)), pack);
    expect(r.totals.grand).toBe("60000");
    const f = r.findings.filter((x) => x.rule === "sheet.hidden-skipped");
    expect(f.map((x) => [x.severity, x.message.includes("旧版")])).toEqual([["info", true]]);
  });
  it("are audited when the user includes them", () => {
    const r = audit(workbook("t.xlsx", detail("预算表", false), detail("附表", true)), pack, {
      includeHiddenSheets: true,
    });
    expect(r.totals.grand).toBe("120000");
    expect(r.findings.filter((x) => x.rule === "sheet.hidden-skipped")).toEqual([]);
  });
});

describe("corrections, keyed by what the sheet says", () => {
  const rows = (extraAbove: CellValue[][] = []): CellValue[][] => [
    ["XX系统建设项目预算表"],
    ["单位：元"],
    ...extraAbove,
    ["序号", "名称", "单位", "数量", "单价", "金额", "自筹资金"],
    [1, "坐席耳麦", "副", 50, 400, 20000, 20000],
    [2, "LED拼接屏", "块", 2, 30000, 60000, 0],
    [3, "宣传推广", "", null, null, 90000, 0],
  ];

  it("a line's category and a device's class follow the line when a row is inserted above", () => {
    const corrections = {
      lines: [
        { sheet: "预算表", name: "宣传推广", category: "consulting" as const },
        { sheet: "预算表", name: "LED拼接屏", hardwareClass: "B" as const },
      ],
    };
    for (const above of [[], [["编制单位：XX局"]]] as CellValue[][][]) {
      const r = audit(workbook("t.xlsx", grid("预算表", rows(above))), pack, { corrections });
      const byName = new Map(r.model.lines.map((l) => [l.name, l]));
      expect(byName.get("宣传推广")).toMatchObject({ category: "consulting", categorySource: "override" });
      expect(byName.get("LED拼接屏")?.hardwareClass).toMatchObject({ cls: "B", corrected: true });
      expect(byName.get("坐席耳麦")?.category).toBe("hardware");
    }
  });

  it("the second of two same-named lines is corrected by its occurrence", () => {
    const r = audit(
      workbook("t.xlsx", grid("预算表", [["单位：元"], ["序号", "名称", "金额"], [1, "杂项", 100], [2, "杂项", 200]])),
      pack,
      { corrections: { lines: [{ sheet: "预算表", name: "杂项", occurrence: 1, category: "supervision" }] } },
    );
    expect(r.model.lines.map((l) => l.category)).toEqual(["other", "supervision"]);
  });

  it("a column's role, by its header: set to none it is neither read nor reported; set to amount it is the amount", () => {
    const plain = audit(workbook("t.xlsx", grid("预算表", rows())), pack);
    expect(plain.findings.some((f) => f.rule === "sheet.unrecognised-column")).toBe(true);
    const ignored = audit(workbook("t.xlsx", grid("预算表", rows())), pack, {
      corrections: { columns: [{ sheet: "预算表", header: "自筹资金", role: null }] },
    });
    expect(ignored.findings.some((f) => f.rule === "sheet.unrecognised-column")).toBe(false);
    const moved = audit(workbook("t.xlsx", grid("预算表", rows())), pack, {
      corrections: { columns: [{ sheet: "预算表", header: "自筹资金", role: "amount" }] },
    });
    expect(moved.totals.grand).toBe("20000");
    expect(moved.model.tables[0].columnInfo.find((c) => c.role === "amount")).toMatchObject({
      header: "自筹资金",
      evidence: [{ kind: "override" }],
    });
  });
});

describe("a 金额 column whose figures are not 数量 × 单价", () => {
  it("is named as conflicting evidence (a warning), beside the line checks", () => {
    const r = run([
      ["XX系统建设项目预算表"],
      ["单位：元"],
      ["序号", "名称", "单位", "数量", "单价", "金额"],
      [1, "PC服务器", "台", 2, 30000, 5],
      [2, "交换机", "台", 1, 40000, 3],
      [3, "存储", "台", 1, 90000, 7],
      [4, "打印机", "台", 2, 3000, 6000],
    ]);
    const f = r.findings.filter((x) => x.rule === "sheet.unrecognised-column");
    expect(f.map((x) => [x.cell, x.severity])).toEqual([["F3", "warning"]]);
    expect(f[0].message).toContain("4 行中只有 1 行");
    expect(r.model.tables[0].columnInfo.find((c) => c.role === "amount")).toMatchObject({ confidence: "low" });
  });

  it("says nothing when most rows multiply out (one odd line is a line-arithmetic error, not a column doubt)", () => {
    const r = run([
      ["XX系统建设项目预算表"],
      ["单位：元"],
      ["序号", "名称", "单位", "数量", "单价", "金额"],
      [1, "PC服务器", "台", 2, 30000, 60000],
      [2, "交换机", "台", 1, 40000, 40000],
      [3, "存储", "台", 1, 90000, 7],
    ]);
    expect(r.findings.filter((x) => x.rule === "sheet.unrecognised-column")).toEqual([]);
    expect(r.findings.filter((x) => x.rule === "sheet.line-arithmetic").map((x) => x.cell)).toEqual(["F6"]);
  });
});

describe("formulas as evidence", () => {
  it("a column of =数量×单价 formulas is the amount, even saved without their values", () => {
    const s = grid(
      "预算表",
      [
        ["XX系统建设项目预算表"],
        ["单位：元"],
        ["序号", "名称", "单位", "数量", "单价", "核算"],
        [1, "PC服务器", "台", 2, 30000, null],
        [2, "交换机", "台", 1, 80000, null],
      ],
      { formulas: { F4: "=D4*E4", F5: "=D5*E5" } },
    );
    const r = audit(workbook("t.xlsx", s), pack);
    expect(r.model.tables[0].columnInfo.find((c) => c.role === "amount")).toMatchObject({
      header: "核算",
      confidence: "high",
      evidence: [{ kind: "formula" }],
    });
    expect(r.totals.grand).toBe("140000");
    expect(r.findings.filter((f) => f.rule === "sheet.unreadable-amount").map((f) => f.cell)).toEqual(["F4", "F5"]);
  });

  it("confirm a 金额 header when its formulas multiply 数量 and 单价", () => {
    const s = grid(
      "预算表",
      [
        ["单位：元"],
        ["序号", "名称", "单位", "数量", "单价", "金额"],
        [1, "PC服务器", "台", 2, 30000, 60000],
        [2, "交换机", "台", 1, 80000, 80000],
      ],
      { formulas: { F3: "=D3*E3", F4: "=D4*E4" } },
    );
    const info = audit(workbook("t.xlsx", s), pack).model.tables[0].columnInfo.find((c) => c.role === "amount")!;
    expect(info.evidence.map((e) => e.kind)).toEqual(["header", "formula"]);
  });
});
