import { audit } from "../../../src/core/engine";
import type { CellValue } from "../../../src/core/snapshot/types";
import { yangpu } from "../../support/pack";
import { grid, workbook } from "../../support/grid";

/**
 * Rows that are not lines, tables that do not end early, columns that compete, evidence around a line
 * (domain.md §3 defaults 16–19): each case a 2-D sheet as a unit types it, and what a reviewer reads from it.
 */
const pack = yangpu();
const HEADER: CellValue[] = ["序号", "名称", "单位", "数量", "单价", "金额"];
const run = (rows: CellValue[][], header = HEADER, title = "XX系统建设项目预算表") =>
  audit(workbook("t.xlsx", grid("预算表", [[title], ["单位：元"], header, ...rows])), pack);
const lines = (r: ReturnType<typeof run>) => r.model.lines.map((l) => [l.name, l.amount?.value.toFixed() ?? null]);
/** The error and warning findings about how the sheet was read (sheet.*) and about development lines (dev.*). */
const problems = (r: ReturnType<typeof run>) =>
  r.findings
    .filter((f) => f.severity !== "info" && /^(sheet|dev)\./.test(f.rule))
    .map((f) => `${f.rule}@${f.cell ?? f.row ?? "-"}`);

describe("a numbered parent row that carries the sum of its children is a subtotal, even without a word", () => {
  it("1 → 1.1, 1.2 with 单位 项 and 数量 1 on the parent: the children are the lines", () => {
    const r = run([
      ["1", "硬件设备购置", "项", 1, 100000, 100000],
      ["1.1", "PC服务器", "台", 2, 30000, 60000],
      ["1.2", "接入交换机", "台", 2, 20000, 40000],
      ["2", "系统集成费", "项", 1, 7000, 7000],
      [null, "合计", null, null, null, 107000],
    ]);
    expect(lines(r)).toEqual([
      ["PC服务器", "60000"],
      ["接入交换机", "40000"],
      ["系统集成费", "7000"],
    ]);
    expect(r.review.submitted.toFixed()).toBe("107000");
    expect(problems(r)).toEqual([]);
  });

  it("1.1 → 1.1.1, 1.1.2 nested under 1: each parent covers its own children", () => {
    const r = run([
      ["1", "硬件", null, null, null, 100000],
      ["1.1", "服务器", null, null, null, 60000],
      ["1.1.1", "PC服务器", "台", 1, 30000, 30000],
      ["1.1.2", "刀片服务器", "台", 1, 30000, 30000],
      ["1.2", "接入交换机", "台", 2, 20000, 40000],
      [null, "合计", null, null, null, 100000],
    ]);
    expect(lines(r)).toEqual([
      ["PC服务器", "30000"],
      ["刀片服务器", "30000"],
      ["接入交换机", "40000"],
    ]);
    expect(problems(r)).toEqual([]);
  });
});

describe("a totals row with no name is a total, not a line", () => {
  it("an amount under the lines, equal to their sum, with nothing else on the row", () => {
    const r = run([
      [1, "PC服务器", "台", 2, 30000, 60000],
      [2, "接入交换机", "台", 2, 20000, 40000],
      [null, null, null, null, null, 100000],
    ]);
    expect(lines(r)).toEqual([
      ["PC服务器", "60000"],
      ["接入交换机", "40000"],
    ]);
    expect(r.review.submitted.toFixed()).toBe("100000");
  });
});

describe("a text-only row directly under a line belongs to that line", () => {
  it("the second row of a wrapped name is part of the name, not a line", () => {
    const r = run([
      [1, "应用支撑平台定制开发（含流程引擎、", "人月", 10, 20000, 200000],
      [null, "表单引擎、报表引擎）"],
      [2, "PC服务器", "台", 2, 30000, 60000],
    ]);
    expect(lines(r)).toEqual([
      ["应用支撑平台定制开发（含流程引擎、表单引擎、报表引擎）", "200000"],
      ["PC服务器", "60000"],
    ]);
    expect(problems(r)).toEqual([]);
  });

  it("a merged 说明 row under a line does not end the table: the lines after it are read", () => {
    const r = run([
      [1, "PC服务器", "台", 2, 30000, 60000],
      [null, "说明：含三年原厂质保及上门服务"],
      [2, "接入交换机", "台", 2, 20000, 40000],
      [3, "系统集成费", "项", 1, 7000, 7000],
    ]);
    expect(lines(r).map((l) => l[0])).toEqual(["PC服务器", "接入交换机", "系统集成费"]);
    expect(r.review.submitted.toFixed()).toBe("107000");
  });
});

describe("rows after the table are not lines", () => {
  it("signatures, dates, the quoting company and page numbers", () => {
    const r = run([
      [1, "PC服务器", "台", 2, 30000, 60000],
      [2, "接入交换机", "台", 2, 20000, 40000],
      [null, "合计", null, null, null, 100000],
      [],
      ["编制人：张三", null, "审核人：李四", null, "日期：", 45444],
      ["报价单位（盖章）：上海某某信息技术有限公司"],
      ["第1页 共1页"],
    ]);
    expect(lines(r)).toEqual([
      ["PC服务器", "60000"],
      ["接入交换机", "40000"],
    ]);
    expect(problems(r)).toEqual([]);
  });
});

describe("competing columns: the one the arithmetic confirms wins", () => {
  it("a list 单价 beside a 折后单价: 数量 × 折后单价 = 金额, so no arithmetic error", () => {
    const header = ["序号", "名称", "单位", "数量", "单价", "折扣", "折后单价", "金额"];
    const r = run(
      [
        [1, "PC服务器", "台", 2, 40000, 0.75, 30000, 60000],
        [2, "接入交换机", "台", 2, 25000, 0.8, 20000, 40000],
        [3, "核心交换机", "台", 1, 100000, 0.9, 90000, 90000],
      ],
      header,
    );
    expect(problems(r)).toEqual([]);
    expect(r.model.lines.map((l) => l.unitPrice?.value.toFixed())).toEqual(["30000", "20000", "90000"]);
  });

  it("last year's 预算数 beside this year's 申请数: the amount is what is requested now", () => {
    const header = ["序号", "名称", "上年预算数", "本年申请数"];
    const r = run(
      [
        [1, "PC服务器维保", 50000, 60000],
        [2, "应用系统运维", 80000, 90000],
      ],
      header,
      "2025年XX系统运维项目预算表",
    );
    expect(lines(r)).toEqual([
      ["PC服务器维保", "60000"],
      ["应用系统运维", "90000"],
    ]);
  });
});

describe("evidence around a line", () => {
  it.each<[string, number, string[]]>([
    ["流程引擎定制开发（12人月）", 240000, []],
    ["流程引擎定制开发（12人月）", 360000, ["dev.person-month-price"]],
  ])("a 人月 count written in the name is the line's effort basis: %s at %d", (name, amount, rules) => {
    const r = run([[1, name, "项", 1, amount, amount]]);
    expect(
      problems(r)
        .map((p) => p.split("@")[0])
        .filter((x) => x.startsWith("dev.")),
    ).toEqual(rules);
  });
});

describe("the verdict on a 人月 count read from the name", () => {
  it("is 人月数 × the cap, written as a value (the count has no cell to multiply by)", () => {
    const r = run([[1, "流程引擎定制开发（12人月）", "项", 1, 360000, 360000]]);
    const line = r.review.lines.find((l) => l.rules.includes("dev.person-month-price"));
    expect(line?.approved.toFixed()).toBe("240000");
  });
});

describe("facts from the whole workbook (domain.md §3 defaults 14, 15)", () => {
  const budget = grid("预算表", [
    ["XX系统项目预算表"],
    ["单位：元"],
    HEADER,
    [1, "PC服务器", "台", 2, 30000, 60000],
    [2, "呼叫中心软件", "套", 1, 100000, 100000],
  ]);

  it("a cover sheet's 建设性质, 系统类型 and 规模 set the project's kind, system and tier", () => {
    const cover = grid("封面", [
      ["项目申报表"],
      ["项目名称：", "XX区政务服务热线系统"],
      ["建设性质", "升级改造"],
      ["系统类型：服务热线"],
      ["建设规模", "中型"],
      ["坐席数", "20"],
    ]);
    const r = audit(workbook("t.xlsx", cover, budget), pack);
    expect([r.model.profile.kind, r.model.profile.system, r.model.profile.tier]).toEqual([
      "upgrade",
      "hotline",
      "medium",
    ]);
    expect(r.model.profile.sources).toEqual({ kind: "cover", system: "cover", tier: "cover" });
    expect(r.model.statedFacts?.map((f) => [f.key, f.value])).toEqual([
      ["name", "XX区政务服务热线系统"],
      ["kind", "升级改造"],
      ["system", "服务热线"],
      ["tier", "中型"],
      ["seats", "20"],
    ]);
  });

  it.each([
    ["20", 1],
    ["40", 0],
  ])("坐席数 %s on the cover of a new hotline: %i policy.hotline warning (under 30 seats, join 12345)", (seats, n) => {
    const cover = grid("封面", [
      ["建设性质", "新建"],
      ["系统类型", "服务热线"],
      ["坐席数", seats],
    ]);
    const r = audit(workbook("t.xlsx", cover, budget), pack);
    expect(r.findings.filter((f) => f.rule === "policy.hotline")).toHaveLength(n as number);
  });

  it("what the user chooses overrides the cover", () => {
    const cover = grid("封面", [["建设性质", "升级改造"]]);
    const r = audit(workbook("t.xlsx", cover, budget), pack, { kind: "construction" });
    expect(r.model.profile.kind).toBe("construction");
  });
});

describe("an O&M estimate sheet inside a construction workbook (domain.md §3 default 15)", () => {
  it("is read and shown, but its lines stay outside the construction money", () => {
    const build = grid("建设预算", [
      ["XX系统建设项目预算表"],
      ["单位：元"],
      HEADER,
      [1, "PC服务器", "台", 2, 30000, 60000],
      [2, "系统集成费", "项", 1, 4000, 4000],
    ]);
    const om = grid("运维费用估算", [
      ["运维费用估算表（不计入建设投资）"],
      ["单位：元"],
      ["序号", "运维对象", "设备原值", "维护费率", "年维护费"],
      [1, "PC服务器", 60000, 0.08, 4800],
    ]);
    const r = audit(workbook("t.xlsx", build, om), pack);
    expect(r.model.lines.map((l) => l.name)).toEqual(["PC服务器", "系统集成费"]);
    expect(r.review.submitted.toFixed()).toBe("64000");
    expect(r.model.outsideLines.map((l) => [l.sheet, l.name])).toEqual([["运维费用估算", "PC服务器"]]);
    expect(r.model.tables[1].rows?.find((x) => x.kind === "outside")?.why).toBe("om-sheet");
  });
});

describe("summary-to-detail binding is one-to-one and explained", () => {
  it("two detail sheets whose totals happen to be equal are both counted: neither is a summary of the other", () => {
    const hw = grid("附表1", [
      ["硬件设备清单"],
      ["单位：元"],
      HEADER,
      [1, "PC服务器", "台", 10, 30000, 300000],
      [2, "接入交换机", "台", 15, 20000, 300000],
      [null, "合计", null, null, null, 600000],
    ]);
    const dev = grid("附表2", [
      ["软件开发费用"],
      ["单位：元"],
      ["序号", "名称", "金额"],
      [1, "统一门户开发", 200000],
      [2, "数据中台开发", 400000],
      [null, "合计", 600000],
    ]);
    const r = audit(workbook("t.xlsx", hw, dev), pack);
    expect(r.model.tables.map((t) => t.role)).toEqual(["detail", "detail"]);
    expect(r.review.submitted.toFixed()).toBe("1200000");
  });

  it("a summary whose lines each equal one detail's total stands for them; its own fee is counted once", () => {
    const summary = grid("汇总表", [
      ["XX项目预算汇总表"],
      ["单位：元"],
      ["序号", "名称", "金额"],
      [1, "硬件设备购置", 600000],
      [2, "软件开发", 600000],
      [3, "监理费", 30000],
      [null, "合计", 1230000],
    ]);
    const hw = grid("附表1", [
      ["硬件设备清单"],
      ["单位：元"],
      HEADER,
      [1, "PC服务器", "台", 10, 30000, 300000],
      [2, "接入交换机", "台", 15, 20000, 300000],
      [null, "合计", null, null, null, 600000],
    ]);
    const dev = grid("附表2", [
      ["软件开发费用"],
      ["单位：元"],
      ["序号", "名称", "金额"],
      [1, "统一门户开发", 200000],
      [2, "数据中台开发", 400000],
      [null, "合计", 600000],
    ]);
    const r = audit(workbook("t.xlsx", summary, hw, dev), pack);
    expect(r.model.tables.map((t) => t.role)).toEqual(["summary", "detail", "detail"]);
    expect(r.review.submitted.toFixed()).toBe("1230000");
  });
});

describe("columns that split the amount are parts of it (domain.md §3 default 17)", () => {
  it.each<[string, CellValue[]]>([
    ["one column per year", ["2025年", "2026年"]],
    ["by source of funds", ["财政资金", "单位自筹"]],
  ])("%s: no finding, not more money", (_label, heads) => {
    const header = ["序号", "名称", "单位", "数量", "单价", "金额", ...heads];
    const r = run(
      [
        [1, "PC服务器", "台", 2, 30000, 60000, 40000, 20000],
        [2, "接入交换机", "台", 2, 20000, 40000, 40000, null],
        [3, "系统集成费", "项", 1, 7000, 7000, 3500, 3500],
      ],
      header,
    );
    expect(problems(r)).toEqual([]);
    expect(r.review.submitted.toFixed()).toBe("107000");
    expect(r.model.tables[0].columnInfo.filter((c) => c.partOf === "amount").map((c) => c.header)).toEqual(heads);
  });
});

describe("a bare 合计 closing a section (the reading that ties out)", () => {
  it("is that section's total when its figure is the section's sum and not the table's", () => {
    const r = run([
      ["1", "设备购置费"],
      ["1.1", "应用服务器", "台", 1, 46500, 46500],
      [null, "小计", null, null, null, 46500],
      ["2", "软件开发费"],
      ["2.1", "流程审批模块开发", "人月", 2, 16000, 32000],
      [null, "合计", null, null, null, 32000],
      [null, "总计", null, null, null, 78500],
    ]);
    expect(problems(r)).toEqual([]);
    expect(r.review.submitted.toFixed()).toBe("78500");
  });
});

describe("the base of an application's maintenance rate, one decision", () => {
  it("an application listed under 原值 is approved at 原值 × its cap, as the rule measured it", () => {
    const header = ["序号", "运维对象", "原值", "费率", "年运维费", "备注"];
    const r = run(
      [[1, "网格化管理平台应用系统运维", 1000000, 0.15, 150000, "简单功能"]],
      header,
      "2025年XX系统运维项目预算表",
    );
    const f = r.findings.find((x) => x.rule === "om.app-software-rate");
    expect(f?.severity).toBe("error");
    expect(r.review.lines.find((l) => l.rules.includes("om.app-software-rate"))?.approved.toFixed()).toBe("70000");
  });
});

describe("an O&M workbook's own estimate sheets are its budget, not set apart", () => {
  it("an O&M budget whose sheets are titled 运维费测算表 keeps every line", () => {
    const hw = grid("附表1", [
      ["附表1：设备运维费测算表"],
      ["单位：元"],
      ["序号", "运维对象", "原值", "费率", "年运维费"],
      [1, "PC服务器维保", 100000, 0.08, 8000],
    ]);
    const app = grid("附表2", [
      ["附表2：应用软件运维费测算表"],
      ["单位：元"],
      ["序号", "运维对象", "原开发费", "费率", "年运维费"],
      [1, "OA系统应用运维", 1000000, 0.07, 70000],
    ]);
    const r = audit(workbook("t.xlsx", hw, app), pack);
    expect(r.model.profile.kind).toBe("om");
    expect(r.review.submitted.toFixed()).toBe("78000");
    expect(r.model.outsideLines).toEqual([]);
  });

  it("a construction workbook whose only title is neutral stays construction beside its O&M estimate sheet", () => {
    const build = grid("项目预算", [["费用预算表"], ["单位：元"], HEADER, [1, "PC服务器", "台", 2, 30000, 60000]]);
    const om = grid("运维费用估算表", [
      ["项目运维费用估算表（不计入建设投资）"],
      ["单位：元"],
      ["序号", "运维对象", "原值", "费率", "年运维费"],
      [1, "PC服务器", 60000, 0.08, 4800],
    ]);
    const r = audit(workbook("t.xlsx", build, om), pack);
    expect(r.model.profile.kind).toBe("construction");
    expect(r.review.submitted.toFixed()).toBe("60000");
  });
});

describe("见…表 binds a summary line to a detail the workbook holds", () => {
  it("“详见功能清单” with no such sheet is the line's own remark: the line is counted", () => {
    const dev = grid("附表3", [
      ["附表3：应用系统开发清单（单位：元）"],
      [...HEADER, "备注"],
      [1, "档案归档功能开发", "项", 1, 15000, 15000, "详见功能清单"],
      [2, "协同办公系统定制开发", "人月", 4, 18500, 74000],
      [null, "合计", null, null, null, 89000],
    ]);
    const hw = grid("附表1", [["附表1：硬件清单（单位：元）"], HEADER, [1, "PC服务器", "台", 2, 30000, 60000]]);
    const r = audit(workbook("t.xlsx", hw, dev), pack);
    expect(r.review.submitted.toFixed()).toBe("149000");
  });
});

describe("a heading whose amount is a formula over the rows below it", () => {
  it.each([
    ["=F5", "one row"],
    ["=F5+F6", "a sum of references"],
  ])("%s (%s) is their subtotal", (formula) => {
    const two = formula.includes("+");
    const rows: CellValue[][] = [
      [null, "基础软件维保", null, null, null, two ? 20000 : 13620],
      [null, "数据库升级服务", "项", 1, 13620, 13620],
      ...(two ? [[null, "中间件升级服务", "项", 1, 6380, 6380] as CellValue[]] : []),
      [null, "系统集成费", "项", 1, 1000, 1000],
    ];
    const r = audit(
      workbook(
        "t.xlsx",
        grid("预算表", [["XX系统建设项目预算表"], ["单位：元"], HEADER, ...rows], { formulas: { F4: formula } }),
      ),
      pack,
    );
    expect(r.review.submitted.toFixed()).toBe(two ? "21000" : "14620");
  });
});

describe("a bare 合计 after the first section", () => {
  const rows = (after: CellValue[][]): CellValue[][] => [
    ["一", "软件产品购置"],
    [1, "杀毒软件", "套", 2, 100, 200],
    [null, "合计", null, null, null, 200],
    ...after,
  ];
  it("is that section's total when lines follow", () => {
    const r = run(
      rows([
        ["二", "软件开发费"],
        [1, "接口开发", "人月", 2, 15000, 30000],
        [null, "总计", null, null, null, 30200],
      ]),
    );
    expect(problems(r)).toEqual([]);
    expect(r.review.submitted.toFixed()).toBe("30200");
  });
  it("is the grand total when what follows is marked outside the project", () => {
    const r = run(rows([[2, "三级等保测评（另行申报）", "项", 1, 80000, 80000]]));
    expect(r.review.submitted.toFixed()).toBe("200");
    expect(r.model.outsideLines.map((l) => l.category)).toEqual(["dengbao"]);
  });
});

describe("a 说明 row before the next section's heading", () => {
  it("does not end the table: the sections after it are read", () => {
    const r = run([
      ["2", "软件购置"],
      ["2.1", "版式阅读软件", "套", 46, 860, 39560],
      [null, "说明：须为政府统一采购软件目录内产品。"],
      ["3", "应用软件开发费"],
      ["3.1", "协同办公系统定制开发", "人月", 30, 17500, 525000],
    ]);
    expect(r.review.submitted.toFixed()).toBe("564560");
  });
});

describe("figures that mix 万 text and plain numbers in one column add up in 元", () => {
  it("a heading of “8.02万” over 1.21万 + 1.01万 + 4000 + 1.4万 + 4万 is their subtotal", () => {
    const r = audit(
      workbook(
        "t.xlsx",
        grid("附表1", [
          ["XX项目投资估算表"],
          [null, null, "单位：元"],
          ["序号", "费用名称", "预算金额"],
          [null, "系统部署实施费", "1.8964万"],
          [null, "其他费用", "8.02万"],
          [null, "方案设计费", "1.21万"],
          [null, "信息系统工程监理费", "1.01万"],
          [null, "第三方软件测评费", 4000],
          [null, "安全风险评估费", "1.4万"],
          [null, "密码测评费", "4万"],
        ]),
      ),
      pack,
    );
    expect(r.review.submitted.toFixed()).toBe("99164");
  });
});

describe("a source-of-funds column", () => {
  it("is a part of the money, never the total of the others, even when the other source is mostly empty", () => {
    const header = ["序号", "名称", "单位", "数量", "单价", "小计", "区级财政资金", "其他资金"];
    const r = run(
      [
        [1, "多点控制器", "台", 1, 120000, 120000, 120000, null],
        [2, "视频会议终端", "台", 17, 29500, 501500, 501500, null],
        [3, "会议摄像机", "台", 17, 9700, 164900, 164900, null],
        [4, "主会场音视频设备", "套", 1, 113000, 113000, 113000, null],
        [5, "接入交换机", "台", 4, 5400, 21600, 15120, 6480],
      ],
      header,
    );
    expect(r.model.lines.map((l) => l.amount?.value.toFixed())).toEqual([
      "120000",
      "501500",
      "164900",
      "113000",
      "21600",
    ]);
    expect(problems(r)).toEqual([]);
  });
});

describe("shapes first met in the corpus 4 holdout (layouts nobody had described)", () => {
  it("工作量（人月） | 人月单价 | 开发费用: with no fee or rate beside it, 开发费用 is the amount", () => {
    const r = run(
      [
        [1, "评价采集与用户中心", 6, 19000, 114000],
        [2, "差评整改事项管理", 10, 19000, 190000],
        [null, "合计", 16, null, 304000],
      ],
      ["序号", "功能模块", "工作量（人月）", "人月单价（元）", "开发费用（元）"],
      "应用开发工作量测算表",
    );
    expect(lines(r)).toEqual([
      ["评价采集与用户中心", "114000"],
      ["差评整改事项管理", "190000"],
    ]);
    expect(r.review.submitted.toFixed()).toBe("304000");
  });

  it("工作量 | 人月单价 beside 数量 | 单价: each row is priced in the pair it fills, a 人月 line by its 人月单价 cell", () => {
    const r = run(
      [
        [1, "应用服务器", null, null, 2, 60000, 120000],
        [2, "执法办案系统开发", 20, 21000, null, null, 420000],
        [3, "移动执法APP开发", 8, 19000, null, null, 152000],
      ],
      ["序号", "名称", "工作量（人月）", "人月单价", "数量", "单价", "金额"],
    );
    expect(r.model.lines.map((l) => [l.name, l.unitPrice?.value.toFixed() ?? null])).toEqual([
      ["应用服务器", "60000"],
      ["执法办案系统开发", "21000"],
      ["移动执法APP开发", "19000"],
    ]);
    expect(r.findings.filter((f) => f.severity === "error").map((f) => `${f.rule}@${f.cell}`)).toEqual([
      "dev.person-month-price@D5",
    ]);
    expect(problems(r)).toEqual(["dev.person-month-price@D5"]);
  });

  it("原购置金额 | 服务费率 | 服务报价: a column that is base × rate in every row is the maintenance fee", () => {
    const r = run(
      [
        [1, "华为核心层交换机 维保服务", 360000, 0.04, 14400],
        [2, "达梦数据库DM8 升级服务（国产软件）", 200000, 0.1, 20000],
      ],
      ["序号", "服务名称", "原购置金额（元）", "服务费率", "服务报价（元）"],
      "某区2025年度运维项目软硬件维保报价",
    );
    expect(r.model.lines.map((l) => [l.name, l.fee?.value.toFixed() ?? null])).toEqual([
      ["华为核心层交换机 维保服务", "14400"],
      ["达梦数据库DM8 升级服务（国产软件）", "20000"],
    ]);
    expect(r.findings.filter((f) => f.rule === "sheet.unrecognised-column")).toEqual([]);
    expect(r.review.submitted.toFixed()).toBe("34400");
  });

  it("a text row under line 6 with line 7 next carries on line 6 (its complexity), it heads nothing", () => {
    const r = run(
      [
        [5, "不动产登记系统", null, 1500000, 0.15, 225000],
        [null, "应用软件维护（非常复杂）"],
        [6, "信息公开应用软件维护（简单）", null, 300000, 0.07, 21000],
        [null, "合计", null, null, null, 246000],
      ],
      ["序号", "运维对象", "数量", "原开发费（元）", "费率", "年运维费（元）"],
      "某区业务系统2025年度运维项目预算表",
    );
    expect(r.model.lines.map((l) => [l.name, l.complexity ?? null])).toEqual([
      ["不动产登记系统", "very-complex"],
      ["信息公开应用软件维护（简单）", "simple"],
    ]);
    expect(r.findings.filter((f) => f.severity !== "info" && f.rule.startsWith("om."))).toEqual([]);
  });
});

describe("facts of a line and of a sheet the corpus 4 holdout showed", () => {
  it("a development line billed in 人天 states its effort: no effort-basis warning (nor a 人月 price check)", () => {
    const r = run([
      [1, "数据接口开发", "人天", 220, 800, 176000],
      [2, "可视化大屏应用开发", "人月", 10, 19000, 190000],
    ]);
    expect(problems(r)).toEqual([]);
  });

  it("an O&M estimate sheet in a construction workbook is audited with the O&M rules, its money outside 送审 and 审定", () => {
    const book = workbook(
      "w.xlsx",
      grid("概算表", [
        ["某区协同办公系统建设项目概算表"],
        ["单位：元"],
        HEADER,
        [1, "应用服务器", "台", 2, 50000, 100000],
        [2, "协同办公系统开发", "人月", 10, 20000, 200000],
      ]),
      grid("运维估算", [
        ["运维费用估算（不计入建设投资）"],
        ["序号", "运维对象", "原开发费（元）", "费率", "年运维费（元）"],
        [1, "协同办公系统（简单）", 200000, 0.15, 30000],
      ]),
    );
    const r = audit(book, pack);
    expect(r.review.submitted.toFixed()).toBe("300000");
    expect(r.review.approved.toFixed()).toBe("300000");
    expect(r.findings.filter((f) => f.severity === "error").map((f) => `${f.rule}@${f.sheet}!${f.cell}`)).toEqual([
      "om.app-software-rate@运维估算!E3",
    ]);
  });
});

describe("readings chosen by what ties out (corpus 3 failures)", () => {
  it("an unmarked heading over unmarked headings over lines: each heading sums what it heads, the lines counted once", () => {
    const r = run([
      [null, "建设工程费用", null, null, null, 300000],
      [null, "设备购置费", null, null, null, 200000],
      [null, "话务坐席终端", "套", 10, 6000, 60000],
      [null, "呼叫中心服务器", "台", 1, 140000, 140000],
      [null, "定制开发费用", null, null, null, 100000],
      [null, "工单流转系统开发", "人月", 3, 20000, 60000],
      [null, "知识库功能开发", "人月", 2, 20000, 40000],
      [null, "总价", null, null, null, 300000],
    ]);
    expect(lines(r)).toEqual([
      ["话务坐席终端", "60000"],
      ["呼叫中心服务器", "140000"],
      ["工单流转系统开发", "60000"],
      ["知识库功能开发", "40000"],
    ]);
    expect(r.review.submitted.toFixed()).toBe("300000");
    expect(problems(r)).toEqual([]);
  });

  it("a last year's 2023年预算数 beside the 年运维费 that is 购置金额 × 费率: the fee is the line's money", () => {
    const r = run(
      [
        [1, "磁盘阵列维保", 574000, 0.06, 32000, 34440],
        [2, "PC服务器维护", 727000, 0.08, 56400, 58160],
        [null, "合计", null, null, 88400, 92600],
      ],
      ["序号", "服务内容", "购置金额", "费率", "2023年预算数", "年运维费"],
      "信息系统2024年度运维项目经费预算",
    );
    expect(r.model.lines.map((l) => [l.name, (l.amount ?? l.fee)?.value.toFixed()])).toEqual([
      ["磁盘阵列维保", "34440"],
      ["PC服务器维护", "58160"],
    ]);
    expect(r.review.submitted.toFixed()).toBe("92600");
    expect(
      r.findings.filter((f) => f.rule === "sheet.unrecognised-column" || f.rule === "sheet.subtotal-mismatch"),
    ).toEqual([]);
  });
});

describe("a two-row header whose lower row only names the parts of a group", () => {
  it("分年度投资 merged over 2025年 | 2026年, every other header cell merged down: one table, the years are parts", () => {
    const rows: CellValue[][] = [
      ["附表1：硬件设备购置费测算表"],
      ["项次", "费用名称", "单位", "单价（元）", "数量", "申请金额（元）", "分年度投资", null, "备注"],
      [null, null, null, null, null, null, "2025年（元）", "2026年（元）", null],
      [1, "应用服务器", "台", 45500, 1, 45500, 45500, null, null],
      [2, "防病毒网关", "台", 56000, 1, 56000, 28000, 28000, null],
      [null, "合计", null, null, null, 101500, 73500, 28000, null],
    ];
    const sheet = grid("附表1", rows);
    sheet.merges.push(...[0, 1, 2, 3, 4, 5, 8].map((c) => ({ top: 1, left: c, bottom: 2, right: c })), {
      top: 1,
      left: 6,
      bottom: 1,
      right: 7,
    });
    const r = audit(workbook("g.xlsx", sheet), pack);
    expect(r.model.tables).toHaveLength(1);
    expect(lines(r)).toEqual([
      ["应用服务器", "45500"],
      ["防病毒网关", "56000"],
    ]);
    expect(r.review.submitted.toFixed()).toBe("101500");
    expect(problems(r)).toEqual([]);
  });
});

describe("headings and summaries that an outline number or a 说明 row used to hide", () => {
  it("a heading's sum holds across a 说明 row between its lines", () => {
    const r = run([
      [null, "软件开发费", null, null, null, 280000],
      [null, "原有功能升级改造开发", "人月", 3, 17000, 51000],
      ["说明：包括需求调研、系统设计、编码、测试"],
      [null, "业务流程优化开发", "人月", 6, 19500, 117000],
      [null, "信创适配改造开发", "人月", 7, 16000, 112000],
      [null, "合计", null, null, null, 280000],
    ]);
    expect(lines(r)).toEqual([
      ["原有功能升级改造开发", "51000"],
      ["业务流程优化开发", "117000"],
      ["信创适配改造开发", "112000"],
    ]);
    expect(r.review.submitted.toFixed()).toBe("280000");
  });

  it("a summary line numbered inside its name (1.1 硬件设备购置费) stands for the detail sheet its name and total match", () => {
    const book = workbook(
      "s.xlsx",
      grid("报价单", [
        ["XX中型OA系统升级改造投资估算"],
        ["单位：万元"],
        ["品名", "投资估算"],
        ["1.1 硬件设备购置费", 17.45],
        ["1.2 项目咨询费", 1.2],
        ["共计", 18.65],
      ]),
      grid("附表1", [
        ["附表1：硬件设备购置费测算表"],
        ["单位：元"],
        HEADER,
        [1, "应用服务器", "台", 1, 70500, 70500],
        [2, "磁盘阵列", "台", 1, 104000, 104000],
        [null, "合计", null, null, null, 174500],
      ]),
    );
    const r = audit(book, pack);
    expect(r.model.lines.map((l) => l.name)).toEqual(["1.2 项目咨询费", "应用服务器", "磁盘阵列"]);
    expect(r.review.submitted.toFixed()).toBe("186500");
  });
});

describe("shapes first met in the corpus 5 holdout", () => {
  it("金额单位：万元 said once on a cover sheet is the unit of tables that state none; a field's own （万元） is not", () => {
    const detail = () =>
      grid("明细表", [
        ["投资估算明细表"],
        HEADER,
        [1, "应用服务器", "台", 2, 7.5, 15],
        [2, "审批流程改造开发", "人月", 12, 2.4, 28.8],
        [null, "合计", null, null, null, 43.8],
      ]);
    const stated = audit(
      workbook(
        "c.xlsx",
        grid("封面", [["某区社会保障业务系统升级改造项目"], ["投资估算书"], ["金额单位：万元"]]),
        detail(),
      ),
      pack,
    );
    expect(stated.review.submitted.toFixed()).toBe("438000");
    expect(problems(stated)).toEqual(["dev.person-month-price@E4"]);
    const field = audit(
      workbook("f.xlsx", grid("项目基本信息", [["项目基本情况表"], ["申报金额（万元）", 43.8]]), detail()),
      pack,
    );
    expect(field.review.submitted.toFixed()).toBe("43.8");
  });

  it("letter outlines: A over A1, A2 with their sum typed on A is a subtotal, not a line", () => {
    const r = run([
      ["A", "硬件设备", null, null, null, 200000],
      ["A1", "PC服务器", "台", 2, 60000, 120000],
      ["A2", "下一代防火墙", "台", 1, 80000, 80000],
      ["B", "软件", null, null, null, 75000],
      ["B1", "国产数据库", "套", 1, 75000, 75000],
      ["合计", null, null, null, null, 275000],
    ]);
    expect(lines(r)).toEqual([
      ["PC服务器", "120000"],
      ["下一代防火墙", "80000"],
      ["国产数据库", "75000"],
    ]);
    expect(problems(r)).toEqual([]);
  });

  it("a 经济分类科目 column of codes is neither the name nor money", () => {
    const r = run(
      [
        [1, "应用服务器", 31002, 1, 55000, 55000],
        [2, "密码应用安全性评估", 30227, 1, 20000, 20000],
        ["合计", null, null, null, null, 75000],
      ],
      ["序号", "支出内容", "经济分类科目", "数量", "单价", "预算金额"],
      "2025年项目支出预算明细表",
    );
    expect(r.model.lines.map((l) => [l.name, l.category])).toEqual([
      ["应用服务器", "hardware"],
      ["密码应用安全性评估", "crypto-test"],
    ]);
    expect(r.findings.filter((f) => f.rule === "sheet.unrecognised-column")).toEqual([]);
  });

  it("a 汇总 block under stacked tables whose amounts are =F8, =F13: it restates the 小计s and the 合计 under it ties out", () => {
    const rows: CellValue[][] = [
      ["某区智慧社区综合服务系统建设项目预算"],
      ["单位：元"],
      ["表1 硬件设备清单"],
      HEADER,
      ["A1", "应用服务器", "台", 5, 60000, 300000],
      ["A2", "汇聚交换机", "台", 2, 40000, 80000],
      [null, "小计", null, null, null, 380000],
      [],
      ["表2 服务清单"],
      HEADER,
      ["B1", "应用系统定制开发", "人月", 10, 19500, 195000],
      ["B2", "系统集成费", "项", 1, 22800, 22800],
      [null, "小计", null, null, null, 217800],
      [],
      ["汇总"],
      ["一", "硬件设备", null, null, null, 380000],
      ["二", "服务", null, null, null, 217800],
      [null, "合计", null, null, null, 597800],
    ];
    const r = audit(
      workbook("s.xlsx", grid("预算清单", rows, { formulas: { F16: "=F7", F17: "=F13", F18: "=SUM(F16:F17)" } })),
      pack,
    );
    expect(r.model.lines.map((l) => l.name)).toEqual(["应用服务器", "汇聚交换机", "应用系统定制开发", "系统集成费"]);
    expect(r.review.submitted.toFixed()).toBe("597800");
    expect(problems(r)).toEqual([]);
  });
});

describe("shapes first met in the corpus 6 holdout", () => {
  it("a 工日 | 日单价 table of modules is development; its count column says the unit", () => {
    const r = run(
      [
        [1, "信访登记模块", 110, 850, 93500],
        [2, "办理流转模块", 154, 850, 130900],
      ],
      ["序号", "功能模块", "工日", "日单价（元）", "金额（元）"],
      "软件开发工作量测算",
    );
    expect(r.model.lines.map((l) => [l.name, l.category, l.unitLabel])).toEqual([
      ["信访登记模块", "development", "工日"],
      ["办理流转模块", "development", "工日"],
    ]);
    expect(problems(r)).toEqual([]);
  });

  it("a 人·月 column beside 数量: lines counted in it are development, priced per 人月 by the 单价", () => {
    const r = run(
      [
        [1, "PC服务器", "台", 2, null, 50000, 100000],
        [2, "登记业务流程改造", null, null, 18, 23000, 414000],
      ],
      ["序号", "费用名称", "单位", "数量", "人·月", "单价", "金额"],
    );
    expect(r.model.lines.map((l) => [l.name, l.category])).toEqual([
      ["PC服务器", "hardware"],
      ["登记业务流程改造", "development"],
    ]);
    expect(problems(r)).toEqual(["dev.person-month-price@F5"]);
  });

  it("利旧 in a 单价 cell costs nothing and is no unreadable amount", () => {
    const r = run([
      [1, "视频会议终端", "台", 2, 30000, 60000],
      [2, "原有MCU", "台", 1, "利旧", 0],
    ]);
    expect(r.findings.filter((f) => f.rule === "sheet.unreadable-amount")).toEqual([]);
    expect(r.review.submitted.toFixed()).toBe("60000");
  });

  it("O&M software whose 类型 column says 工具类 is product software at the tool cap", () => {
    const r = run(
      [
        [1, "综合管理系统应用软件维护", "应用软件（较复杂功能）", 1, 1800000, 0.12, 216000],
        [2, "运维监控软件维保", "工具类", 1, 250000, 0.08, 20000],
      ],
      ["序号", "软件名称", "类型", "数量", "原购置/开发费（元）", "维护费率", "年维护费（元）"],
      "某局政务服务系统2025年度运维项目预算",
    );
    expect(r.model.lines.map((l) => [l.name, l.category])).toEqual([
      ["综合管理系统应用软件维护", "om-app-software"],
      ["运维监控软件维保", "om-product-software"],
    ]);
    expect(r.review.lines.map((l) => [l.name, l.approved.toFixed()])).toEqual([["运维监控软件维保", "12500"]]);
  });

  it("2024年实际 beside 2025年预算 in an O&M table: the 2025 column is the money, the 2024 one no finding", () => {
    const r = run(
      [
        [1, "核心交换机", 2, 600000, 0.04, 24000, 24000],
        [2, "UPS", 2, 80000, 0.06, 4800, 4800],
      ],
      ["序号", "设备名称", "数量", "购置原值（元）", "维保费率", "2024年实际（元）", "2025年预算（元）"],
      "2025年度某局网络设备运维预算",
    );
    expect(r.review.submitted.toFixed()).toBe("28800");
    expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });
});
