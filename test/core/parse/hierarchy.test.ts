import { audit } from "../../../src/core/engine";
import { readWorkbook } from "../../../src/core/parse/read-workbook";
import type { StandardPack } from "../../../src/core/standards/types";
import type { CellValue } from "../../../src/core/snapshot/types";
import { yangpu, yangpuRaw } from "../../support/pack";
import { grid, workbook } from "../../support/grid";

const pack = yangpuRaw() as unknown as StandardPack;
const HEADER: CellValue[] = ["序号", "名称", "单位", "数量", "单价", "金额"];

function read(rows: CellValue[][]) {
  return readWorkbook(workbook("t.xlsx", grid("预算表", [["某项目预算表（单位：元）"], HEADER, ...rows])), pack);
}

describe("numbered parents that carry their children's total", () => {
  const cases: [string, CellValue[][], string[], [number, string, number][]][] = [
    [
      "1 / 1.1 / 1.2",
      [
        [1, "硬件设备", null, null, null, 300],
        ["1.1", "服务器", "台", 2, 100, 200],
        ["1.2", "交换机", "台", 1, 100, 100],
        [2, "系统集成费", "项", 1, 30, 30],
      ],
      ["服务器", "交换机", "系统集成费"],
      [[3, "小计", 2]],
    ],
    [
      "1 / 1-1 / 1-2 with a wrong parent total",
      [
        [1, "软件", null, null, null, 999],
        ["1-1", "操作系统", "套", 1, 50, 50],
        ["1-2", "数据库", "套", 1, 50, 50],
      ],
      ["操作系统", "数据库"],
      [[3, "小计", 2]],
    ],
    [
      "1 / (1) / (2)",
      [
        ["1", "应用开发", null, null, null, 40000],
        ["(1)", "模块开发", "人月", 1, 20000, 20000],
        ["(2)", "接口开发", "人月", 1, 20000, 20000],
      ],
      ["模块开发", "接口开发"],
      [[3, "小计", 2]],
    ],
    [
      "1.1 / 1.1.1 nested",
      [
        ["1", "硬件", null, null, null, 30],
        ["1.1", "网络设备", null, null, null, 30],
        ["1.1.1", "交换机", "台", 1, 10, 10],
        ["1.1.2", "路由器", "台", 1, 20, 20],
      ],
      ["交换机", "路由器"],
      [
        [3, "小计", 2],
        [4, "小计", 2],
      ],
    ],
  ];
  it.each(cases)("%s: the parent is a subtotal, not a line", (_label, rows, names, subtotals) => {
    const parsed = read(rows);
    expect(parsed.lines.map((l) => l.name)).toEqual(names);
    expect(parsed.subtotals.map((s) => [s.row + 1, s.kind, s.covers.length])).toEqual(subtotals);
  });

  const lines: [string, CellValue[][], string[]][] = [
    [
      "numbered lines without children",
      [
        [1, "服务器", "台", 1, 10, 10],
        [2, "集成费", null, null, null, 5],
        [3, "监理费", null, null, null, 2],
      ],
      ["服务器", "集成费", "监理费"],
    ],
    [
      "a numbered row with its own quantity and price before a child-looking row",
      [
        [1, "服务器", "台", 2, 10, 20],
        ["1.1", "内存扩容", "条", 2, 1, 2],
      ],
      ["服务器", "内存扩容"],
    ],
    [
      "the last row of the table",
      [
        [1, "服务器", "台", 1, 10, 10],
        [2, "集成费", null, null, null, 5],
      ],
      ["服务器", "集成费"],
    ],
  ];
  it.each(lines)("%s stay lines", (_label, rows, names) => {
    const parsed = read(rows);
    expect(parsed.lines.map((l) => l.name)).toEqual(names);
    expect(parsed.subtotals).toEqual([]);
  });
});

describe("rows that are one merged cell across the table", () => {
  const read = (rows: CellValue[][], merges: string[]) =>
    readWorkbook(
      workbook(
        "x",
        grid("S", [["XX项目预算表"], ["单位：万元"], ["序号", "名称", "单位", "数量", "单价", "金额"], ...rows], {
          merges,
        }),
      ),
      yangpu(),
    );

  it("a merged 一、 heading is a section, a merged note is no line, and lines after a merged remark are still read", () => {
    const p = read(
      [
        ["一、硬件设备"],
        [1, "服务器", "台", 2, 10, 20],
        ["以下为软件部分"],
        [2, "定制开发", "人月", 10, 1.8, 18],
        [null, "合计", null, null, null, 38],
        [],
        ["1. 软件开发费按人月测算，人月单价参照配置标准。"],
        ["2. 服务器含三年原厂维保。"],
      ],
      ["A4:F4", "A6:F6", "A10:F10", "A11:F11"],
    );
    expect(p.lines.map((l) => [l.name, l.section])).toEqual([
      ["服务器", "一、硬件设备"],
      ["定制开发", "一、硬件设备"],
    ]);
    expect(p.issues).toEqual([]);
    expect(p.subtotals.map((s) => s.covers.length)).toEqual([2]);
  });

  it("a merged 合计 label with its amount beside it is still a total", () => {
    const p = read(
      [
        [1, "服务器", "台", 2, 10, 20],
        ["合计", null, null, null, null, 20],
      ],
      ["A5:E5"],
    );
    expect(p.subtotals.map((s) => [s.label, s.amount?.value.toFixed()])).toEqual([["合计", "200000"]]);
  });
});

describe("可研 estimates in three parts (第一部分 工程费用 / 第二部分 工程建设其他费用 / 第三部分 预备费)", () => {
  it("parts with their totals over 一、二、 sections are headings, never lines; the 总计 checks out", () => {
    const wb = workbook(
      "x",
      grid("估算表", [
        ["XX区XX系统建设项目投资估算表"],
        ["单位：万元"],
        ["序号", "工程或费用名称", "单位", "数量", "单价", "金额", "计算依据"],
        ["第一部分", "工程费用", null, null, null, 200],
        ["一", "硬件设备购置费", null, null, null, 120],
        [1, "服务器", "台", 4, 20, 80],
        [2, "存储", "台", 1, 40, 40],
        ["二", "应用软件开发费", null, null, null, 80],
        [1, "定制开发", "人月", 40, 2, 80],
        ["第二部分", "工程建设其他费用", null, null, null, 20],
        [1, "监理费", "项", 1, 6, 6, "按工程费用的3%"],
        [2, "咨询费", "项", 1, 10, 10],
        [3, "安全测评费", "项", 1, 4, 4],
        ["第三部分", "预备费", null, null, null, 6],
        [1, "基本预备费", "项", 1, 6, 6],
        [null, "总计", null, null, null, 226],
      ]),
    );
    const r = audit(wb, yangpu());
    expect(r.model.lines.map((l) => l.name)).toEqual([
      "服务器",
      "存储",
      "定制开发",
      "监理费",
      "咨询费",
      "安全测评费",
      "基本预备费",
    ]);
    expect(r.totals.grand).toBe("2260000");
    expect(r.findings.filter((f) => f.rule.startsWith("sheet."))).toEqual([]);
  });
});

describe("tables stacked on one sheet in different units, with one 合计 under the last", () => {
  const rows: CellValue[][] = [
    ["杨浦区XX局数据中台建设项目"],
    ["编制单位：XX局信息中心", null, null, null, "编制日期：2025年3月"],
    [],
    ["表一：硬件设备购置（单位：元）"],
    ["序号", "名称", null, "数量", "单价", "金额"],
    [1, "服务器", null, 2, 50000, 100000],
    [2, "交换机", null, 2, 10000, 20000],
    [null, "小计", null, null, null, 120000],
    [],
    ["表二：软件开发（单位：万元）"],
    ["序号", "名称", null, "工作量\n（人月）", "人月单价", "金额\n（万元）"],
    [1, "数据治理模块开发", null, 20, 2.2, 44],
    [2, "接口开发", null, 5, 1.8, 9],
    [null, "小计", null, null, null, 53],
    [],
  ];

  it.each<[string, CellValue[], number, boolean]>([
    ["a 合计（元） that totals both tables", [null, "合计（元）", null, null, null, 650000], 4, false],
    ["a 合计（万元） that totals both tables", [null, "合计（万元）", null, null, null, 65], 4, false],
    ["a 合计 that totals neither", [null, "合计（元）", null, null, null, 640000], 2, true],
  ])("%s", (_label, total, covered, mismatch) => {
    const r = audit(workbook("x", grid("明细", [...rows, total])), yangpu());
    expect(r.totals.grand).toBe("650000");
    const grand = r.model.subtotals[r.model.subtotals.length - 1];
    expect(grand.covers).toHaveLength(covered);
    expect(r.findings.some((f) => f.rule === "sheet.subtotal-mismatch")).toBe(mismatch);
  });
});

describe("an O&M sheet that prices its devices (数量 | 单价 | 金额) before the rate and the fee", () => {
  it("金额 is the purchase amount the fee is a rate of; the budget is the fees", () => {
    const r = audit(
      workbook(
        "x",
        grid("运维", [
          ["2025年XX系统运维费预算"],
          ["单位：元"],
          ["序号", "设备名称", "数量", "单价", "金额", "维护费率", "年维护费"],
          [1, "PC服务器", 4, 50000, 200000, 0.1, 20000],
          [2, "UPS", 1, 30000, 30000, 0.06, 1800],
          [null, "合计", null, null, null, null, 21800],
        ]),
      ),
      yangpu(),
    );
    expect(r.totals.grand).toBe("21800");
    expect(r.model.lines.map((l) => [l.purchase?.value.toFixed(), l.fee?.value.toFixed()])).toEqual([
      ["200000", "20000"],
      ["30000", "1800"],
    ]);
    expect(r.findings.map((f) => `${f.rule}@${f.cell}`)).toContain("om.hardware-rate@G4");
    expect(r.findings.filter((f) => f.rule.startsWith("sheet."))).toEqual([]);
  });
});

describe("an O&M sheet whose 原值 is per unit", () => {
  const sheetWith = (header: string, rows: CellValue[][]) =>
    audit(
      workbook(
        "x",
        grid("运维", [
          ["2025年XX系统运维费预算"],
          ["单位：元"],
          ["序号", "设备名称", "数量", header, "维护费率", "年维护费"],
          ...rows,
        ]),
      ),
      yangpu(),
    );

  it.each<[string, string, CellValue[][], string[]]>([
    [
      "fees that are 数量 × 原值 × 费率",
      "设备原值",
      [
        [1, "PC服务器", 4, 50000, 0.08, 16000],
        [2, "UPS", 2, 30000, 0.06, 3600],
      ],
      [],
    ],
    [
      "a header that says 单价, with one fee over its cap",
      "原值单价",
      [
        [1, "PC服务器", 4, 50000, 0.1, 20000],
        [2, "UPS", 2, 30000, 0.06, 3600],
      ],
      ["om.hardware-rate@F4"],
    ],
    [
      "原值 already the total (fee = 原值 × 费率)",
      "设备原值",
      [
        [1, "PC服务器", 4, 200000, 0.08, 16000],
        [2, "UPS", 2, 60000, 0.06, 3600],
      ],
      [],
    ],
  ])("%s", (_label, header, rows, expected) => {
    const r = sheetWith(header, rows);
    expect(
      r.findings
        .filter((f) => f.rule.startsWith("om.") || f.rule.startsWith("sheet."))
        .map((f) => `${f.rule}@${f.cell}`),
    ).toEqual(expected);
  });
});
