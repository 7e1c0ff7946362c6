import type { BudgetLine, ReadField } from "../../../src/core/model/types";
import type { CellValue } from "../../../src/core/snapshot/types";
import { readWorkbook } from "../../../src/core/parse/read-workbook";
import { sheet, workbook } from "../../support/snapshot";
import type { StandardPack } from "../../../src/core/standards/types";
import { yangpuRaw } from "../../support/pack";

// The parser only reads the pack's subtotal words and tolerance; the raw JSON avoids depending on which
// rule implementations are registered while they are being written.
const pack = yangpuRaw() as unknown as StandardPack;
const HEADER = ["序号", "名称", "规格", "单位", "数量", "单价", "金额", "备注"];
const v = (f: ReadField | undefined) => f?.value.toFixed();
const byName = (lines: BudgetLine[], name: string) => lines.find((l) => l.name === name);

describe("header placement and title", () => {
  const body: CellValue[][] = [
    [1, "服务器", "2U", "台", 2, 45000, 90000, null],
    [2, "交换机", "24口", "台", 3, 8000, 24000, "含安装"],
  ];
  it.each<[string, CellValue[][], number]>([
    ["header in row 1", [HEADER, ...body], 0],
    [
      "header in row 6 under title and 编制单位",
      [
        ["XX局协同办公系统建设项目投资估算表"],
        [],
        ["编制单位：XX局", null, null, null, null, null, "单位：元"],
        [],
        [],
        HEADER,
        ...body,
      ],
      5,
    ],
  ])("%s", (_label, rows, headerRow) => {
    const parsed = readWorkbook(workbook(sheet("预算表", rows)), pack);
    expect(parsed.tables).toHaveLength(1);
    expect(parsed.tables[0]).toMatchObject({
      headerRow,
      firstRow: headerRow + 1,
      lastRow: headerRow + 2,
      role: "detail",
    });
    expect(
      parsed.lines.map((l) => [l.id, l.name, l.spec, l.unitLabel, v(l.quantity), v(l.unitPrice), v(l.amount)]),
    ).toEqual([
      [`预算表!${headerRow + 2}`, "服务器", "2U", "台", "2", "45000", "90000"],
      [`预算表!${headerRow + 3}`, "交换机", "24口", "台", "3", "8000", "24000"],
    ]);
    expect(parsed.lines[1]).toMatchObject({
      remark: "含安装",
      seq: "2",
      category: "other",
      categorySource: "none",
      section: null,
    });
    expect(parsed.lines[0].amount?.cell).toEqual({ sheet: "预算表", row: headerRow + 1, col: 6 });
  });

  it("takes the nearest title row (not the 编制单位 line) as title and puts titles in titleText", () => {
    const parsed = readWorkbook(
      workbook(
        sheet("估算", [["XX运维项目预算表"], ["编制单位：XX局"], HEADER, [1, "服务器", "", "台", 1, 1, 1, null]]),
      ),
      pack,
    );
    expect(parsed.tables[0].title).toBe("XX运维项目预算表");
    expect(parsed.titleText.split("\n")).toEqual(["估算", "XX运维项目预算表", "编制单位：XX局"]);
  });

  it("honours the sheet origin", () => {
    const parsed = readWorkbook(
      workbook(sheet("S", [HEADER, [1, "服务器", "", "台", 1, 100, 100, null]], { origin: { row: 3, col: 2 } })),
      pack,
    );
    expect(parsed.tables[0]).toMatchObject({ headerRow: 3, columns: { seq: 2, name: 3, amount: 8 } });
    expect(parsed.lines[0]).toMatchObject({ id: "S!5", row: 4, nameCell: { sheet: "S", row: 4, col: 3 } });
    expect(parsed.lines[0].amount?.cell).toEqual({ sheet: "S", row: 4, col: 8 });
  });

  it.each<[string, CellValue[], number]>([
    ["1..8 under the header", [1, 2, 3, 4, 5, 6, 7, 8], 1],
    ["a real line with consecutive numbers is kept", [1, "服务器", "", "台", 2, 3, 6, null], 2],
    ["numbers that are not consecutive are a line", [1, 2, 5, 4, 5, 6, 7, 8], 2],
  ])("column-number row: %s", (_l, row, lines) => {
    const parsed = readWorkbook(workbook(sheet("S", [HEADER, row, [1, "服务器", "", "台", 1, 5, 5, null]])), pack);
    expect(parsed.lines).toHaveLength(lines);
  });

  it("finds no table in a sheet without a header", () => {
    const parsed = readWorkbook(workbook(sheet("说明", [["本项目说明"], ["服务器", 2, 100]])), pack);
    expect(parsed.tables).toEqual([]);
    expect(parsed.lines).toEqual([]);
  });
});

describe("column synonyms in any order", () => {
  it.each<[string, string[], CellValue[]]>([
    ["shuffled", ["金额", "备注", "数量", "费用名称", "单价", "序号"], [300, "x", 3, "打印机", 100, 1]],
    ["other words", ["预算金额", "说明", "数 量", "项目名称", "单价(元)", "编号"], [300, "x", 3, "打印机", 100, 1]],
  ])("%s", (_l, header, row) => {
    const [line] = readWorkbook(workbook(sheet("S", [header, row])), pack).lines;
    expect([line.name, v(line.quantity), v(line.unitPrice), v(line.amount), line.seq]).toEqual([
      "打印机",
      "3",
      "100",
      "300",
      "1",
    ]);
  });

  it("reads O&M columns", () => {
    const parsed = readWorkbook(
      workbook(
        sheet("运维", [
          ["序号", "设备名称", "设备原值", "维护费率(%)", "年维护费", "原开发费", "工作量（人月）"],
          [1, "核心交换机", 200000, 4, 8000, null, null],
          [2, "OA系统运维", null, "10%", 30000, 300000, 2],
        ]),
      ),
      pack,
    );
    const [a, b] = parsed.lines;
    expect([v(a.purchase), v(a.rate), v(a.fee)]).toEqual(["200000", "0.04", "8000"]);
    expect([v(b.rate), v(b.fee), v(b.devCost), v(b.personMonths)]).toEqual(["0.1", "30000", "300000", "2"]);
    expect(a.purchase?.unit).toBe("元");
    expect(a.rate?.unit).toBeUndefined();
  });
});

describe("merged two-row header", () => {
  it("propagates 金额 over 单价|合价 and vertical merges", () => {
    const rows: CellValue[][] = [
      ["序号", "名称", "数量", "金额（万元）", null],
      [null, null, null, "单价", "合价"],
      [1, "服务器", 2, 4.5, 9],
    ];
    const merges = [
      { top: 0, left: 0, bottom: 1, right: 0 },
      { top: 0, left: 1, bottom: 1, right: 1 },
      { top: 0, left: 2, bottom: 1, right: 2 },
      { top: 0, left: 3, bottom: 0, right: 4 },
    ];
    const parsed = readWorkbook(workbook(sheet("S", rows, { merges })), pack);
    expect(parsed.tables[0]).toMatchObject({
      headerRow: 1,
      firstRow: 2,
      columns: { seq: 0, name: 1, quantity: 2, unitPrice: 3, amount: 4 },
      columnUnits: { unitPrice: "万元", amount: "万元" },
      unit: "万元",
    });
    expect([v(parsed.lines[0].unitPrice), v(parsed.lines[0].amount)]).toEqual(["45000", "90000"]);
  });

  it("does not copy a merged number into every row it spans", () => {
    const parsed = readWorkbook(
      workbook(
        sheet("S", [HEADER, [1, "服务器", "", "台", 1, 100, 300, null], [2, "存储", "", "台", 1, 200, null, null]], {
          merges: [{ top: 1, left: 6, bottom: 2, right: 6 }],
        }),
      ),
      pack,
    );
    expect(parsed.lines.map((l) => v(l.amount))).toEqual(["300", undefined]);
  });
});

describe("units", () => {
  it.each<[string, CellValue[][], string, string, string]>([
    [
      "万元 in the title",
      [["XX项目（单位：万元）"], HEADER, [1, "服务器", "", "台", 2, 1.5, 3, null]],
      "万元",
      "15000",
      "30000",
    ],
    [
      "单位 line",
      [["XX项目"], ["单位：万元"], HEADER, [1, "服务器", "", "台", 2, 1.5, 3, null]],
      "万元",
      "15000",
      "30000",
    ],
    [
      "元 column header under a 万元 title",
      [["单位：万元"], ["序号", "名称", "数量", "单价(元)", "金额"], [1, "服务器", 2, 15000, 3]],
      "万元",
      "15000",
      "30000",
    ],
    ["no unit anywhere", [HEADER, [1, "服务器", "", "台", 2, 15000, 30000, null]], "元", "15000", "30000"],
    [
      "cell's own unit wins",
      [["单位：元"], HEADER, [1, "服务器", "", "台", 2, "1.5万", "3万元", null]],
      "元",
      "15000",
      "30000",
    ],
  ])("%s", (_l, rows, tableUnit, price, amount) => {
    const parsed = readWorkbook(workbook(sheet("S", rows)), pack);
    expect(parsed.tables[0].unit).toBe(tableUnit);
    expect([v(parsed.lines[0].unitPrice), v(parsed.lines[0].amount)]).toEqual([price, amount]);
  });

  it("keeps the written unit and raw text", () => {
    const parsed = readWorkbook(
      workbook(
        sheet("S", [
          ["单位：万元"],
          ["序号", "名称", "数量", "单价(元)", "金额"],
          [1, "服务器", "２", "¥15,000.00", 3],
        ]),
      ),
      pack,
    );
    const l = parsed.lines[0];
    expect([l.unitPrice?.unit, l.unitPrice?.raw, l.amount?.unit, l.amount?.raw, v(l.quantity)]).toEqual([
      "元",
      "¥15,000.00",
      "万元",
      3,
      "2",
    ]);
  });
});

describe("sections and totals", () => {
  const rows: CellValue[][] = [
    HEADER,
    ["一", "硬件设备", null, null, null, null, 130, null],
    [1, "服务器", "", "台", 2, 50, 100, null],
    [2, "交换机", "", "台", 1, 30, 30, null],
    [null, "小计", null, null, null, null, 130, null],
    ["二、软件", null, null, null, null, null, null, null],
    ["(一)", "基础软件", null, null, null, null, null, null],
    [3, "操作系统", "", "套", 2, 10, 20, null],
    [],
    [4, "数据库", "", "套", 1, 40, 40, null],
    ["（二）", "定制开发", null, null, null, null, 60, null],
    [5, "OA开发", "", "人月", 3, 20, 60, null],
    [null, "小计", null, null, null, null, 60, null],
    ["三、", "系统集成费", null, null, null, null, 10, null],
    [null, "合 计", null, null, null, null, 260, null],
    ["注：以上价格含税。"],
    ["说明：数据来源询价。"],
  ];
  const parsed = readWorkbook(workbook(sheet("S", rows)), pack);

  it("reads the lines with their sections, skipping the empty row", () => {
    expect(parsed.lines.map((l) => [l.id, l.name, l.section])).toEqual([
      ["S!3", "服务器", "一、硬件设备"],
      ["S!4", "交换机", "一、硬件设备"],
      ["S!8", "操作系统", "(一)基础软件"],
      ["S!10", "数据库", "(一)基础软件"],
      ["S!12", "OA开发", "（二）定制开发"],
      ["S!14", "系统集成费", null],
    ]);
    expect(byName(parsed.lines, "系统集成费")).toMatchObject({ seq: "三、" });
    expect(v(byName(parsed.lines, "系统集成费")?.amount)).toBe("10");
  });

  it("builds subtotals with what they cover", () => {
    expect(parsed.subtotals.map((s) => [s.row + 1, s.kind, s.label, v(s.amount), s.covers])).toEqual([
      [2, "小计", "一、硬件设备", "130", ["S!3", "S!4"]],
      [5, "小计", "小计", "130", ["S!3", "S!4"]],
      [11, "小计", "（二）定制开发", "60", ["S!12"]],
      [13, "小计", "小计", "60", ["S!12"]],
      [15, "合计", "合 计", "260", ["S!3", "S!4", "S!8", "S!10", "S!12", "S!14"]],
    ]);
  });

  it("ends the table at the notes and keeps the notes in titleText", () => {
    expect(parsed.tables[0]).toMatchObject({ firstRow: 1, lastRow: 14 });
    expect(parsed.titleText).toContain("注：以上价格含税。");
    expect(parsed.titleText).toContain("说明：数据来源询价。");
  });

  it.each<[string, string, string]>([
    ["总计", "总计", "总计"],
    ["共计", "合计", "共计"],
    ["总投资", "合计", "总投资"],
    ["硬件小计", "小计", "硬件小计"],
  ])("%s row → %s", (label, kind) => {
    const p = readWorkbook(
      workbook(
        sheet("S", [HEADER, [1, "服务器", "", "台", 1, 5, 5, null], [null, label, null, null, null, null, 5, null]]),
      ),
      pack,
    );
    expect(p.subtotals.map((s) => [s.kind, s.covers])).toEqual([[kind, ["S!2"]]]);
    expect(p.lines).toHaveLength(1);
  });

  it("does not take a name that merely contains a total word for a total", () => {
    const p = readWorkbook(workbook(sheet("S", [HEADER, [1, "综合计费系统", "", "套", 1, 5, 5, null]])), pack);
    expect([p.lines.length, p.subtotals.length]).toEqual([1, 0]);
  });

  it("skips 其中 breakdown rows after a total", () => {
    const p = readWorkbook(
      workbook(
        sheet("S", [
          HEADER,
          [1, "服务器", "", "台", 1, 5, 5, null],
          [null, "合计", null, null, null, null, 5, null],
          [null, "其中：硬件", null, null, null, null, 5, null],
        ]),
      ),
      pack,
    );
    expect(p.lines.map((l) => l.name)).toEqual(["服务器"]);
  });
});

describe("several tables", () => {
  it("starts a new table at a second header, with its own title and unit", () => {
    const p = readWorkbook(
      workbook(
        sheet("S", [
          ["表一 硬件清单"],
          ["单位：元"],
          HEADER,
          [1, "服务器", "", "台", 1, 100, 100, null],
          [null, "合计", null, null, null, null, 100, null],
          [],
          ["表二 软件清单（万元）"],
          HEADER,
          [1, "数据库", "", "套", 1, 2, 2, null],
        ]),
      ),
      pack,
    );
    expect(p.tables.map((t) => [t.index, t.headerRow, t.firstRow, t.lastRow, t.title, t.unit])).toEqual([
      [0, 2, 3, 4, "表一 硬件清单", "元"],
      [1, 7, 8, 8, "表二 软件清单（万元）", "万元"],
    ]);
    expect(p.lines.map((l) => [l.id, l.tableIndex, v(l.amount)])).toEqual([
      ["S!4", 0, "100"],
      ["S!9", 1, "20000"],
    ]);
    expect(p.subtotals[0].covers).toEqual(["S!4"]);
  });

  it("reads several sheets in order", () => {
    const p = readWorkbook(
      workbook(
        sheet("硬件", [HEADER, [1, "服务器", "", "台", 1, 100, 100, null]]),
        sheet("软件", [HEADER, [1, "数据库", "", "套", 1, 50, 50, null]]),
      ),
      pack,
    );
    expect(p.lines.map((l) => [l.id, l.tableIndex])).toEqual([
      ["硬件!2", 0],
      ["软件!2", 1],
    ]);
    expect(p.sheetNames).toEqual(["硬件", "软件"]);
    expect(p.tables.every((t) => t.role === "detail")).toBe(true);
  });
});

describe("unreadable cells and formulas", () => {
  it("reports unreadable cells with their position and keeps the rest of the line", () => {
    const p = readWorkbook(
      workbook(
        sheet("S", [
          ["标题"],
          HEADER,
          [1, "服务器", "", "台", "若干", 45000, "待定", null],
          [2, "机柜", "", "台", 1, "见附件", "约5万?", null],
          [null, "合计", null, null, null, null, "待定", null],
        ]),
      ),
      pack,
    );
    expect(p.issues).toEqual([
      { sheet: "S", row: 2, col: 4, field: "quantity", raw: "若干", lineId: "S!3" },
      { sheet: "S", row: 2, col: 6, field: "amount", raw: "待定", lineId: "S!3" },
      { sheet: "S", row: 3, col: 5, field: "unitPrice", raw: "见附件", lineId: "S!4" },
      { sheet: "S", row: 3, col: 6, field: "amount", raw: "约5万?", lineId: "S!4" },
      { sheet: "S", row: 4, col: 6, field: "amount", raw: "待定", lineId: null },
    ]);
    expect(p.lines[0].amount).toBeUndefined();
    expect(v(p.lines[0].unitPrice)).toBe("45000");
    expect(p.subtotals[0].amount).toBeUndefined();
  });

  it("keeps formulas beside their cached values", () => {
    const p = readWorkbook(
      workbook(
        sheet(
          "S",
          [HEADER, [1, "服务器", "", "台", 2, 100, 200, null], [null, "合计", null, null, null, null, 200, null]],
          { formulas: { "1,6": "=E2*F2", "2,6": "=SUM(G2:G2)" } },
        ),
      ),
      pack,
    );
    expect(p.lines[0].amount).toMatchObject({ formula: "=E2*F2", raw: 200 });
    expect(p.lines[0].quantity?.formula).toBeUndefined();
    expect(p.subtotals[0].amount?.formula).toBe("=SUM(G2:G2)");
  });

  it("reads a 0% number format rate as the ratio", () => {
    const p = readWorkbook(
      workbook(
        sheet(
          "S",
          [
            ["序号", "名称", "原值", "费率", "年维护费"],
            [1, "服务器", 100000, 0.06, 6000],
          ],
          { numberFormats: { "1,3": "0%" } },
        ),
      ),
      pack,
    );
    expect(v(p.lines[0].rate)).toBe("0.06");
  });
});

describe("summary sheets", () => {
  const hw = sheet("硬件清单", [
    HEADER,
    [1, "服务器", "", "台", 2, 100, 200, null],
    [null, "合计", null, null, null, null, 200, null],
  ]);
  const sw = sheet("软件", [
    HEADER,
    [1, "数据库", "", "套", 1, 50, 50, null],
    [2, "中间件", "", "套", 1, 30, 30, null],
  ]);
  const summaryRows: CellValue[][] = [
    ["序号", "项目", "金额", "备注"],
    [1, "硬件购置", 200, null],
    [2, "软件购置", 80, null],
    [null, "合计", 280, null],
  ];

  it.each<[string, ReturnType<typeof sheet>]>([
    [
      "cross-sheet formulas",
      sheet("Sheet1", summaryRows, {
        formulas: { "1,2": "='硬件清单'!G3", "2,2": "=SUM('软件'!G:G)", "3,2": "=C2+C3" },
      }),
    ],
    ["a 汇总 sheet whose total equals the details", sheet("投资汇总表", summaryRows)],
    [
      "a 总表 sheet naming the other sheets",
      sheet("总表", [
        ["序号", "项目", "金额"],
        [1, "硬件清单", 1],
        [2, "软件", 1],
      ]),
    ],
    ["a 总预算表 with typed figures", sheet("总预算表", summaryRows)],
    ["a sheet named like any other whose typed total is the details' total", sheet("预算表", summaryRows)],
  ])("%s → summary, not counted", (_l, summarySheet) => {
    const p = readWorkbook(workbook(summarySheet, hw, sw), pack);
    expect(p.tables.map((t) => [t.sheet, t.role])).toEqual([
      [summarySheet.name, "summary"],
      ["硬件清单", "detail"],
      ["软件", "detail"],
    ]);
    expect(p.lines.map((l) => l.name)).toEqual(["服务器", "数据库", "中间件"]);
    expect(p.subtotals.map((s) => s.sheet)).toEqual(["硬件清单"]);
  });

  it.each<[string, ReturnType<typeof sheet>[]]>([
    ["a single-sheet 汇总 workbook", [sheet("投资汇总表", summaryRows)]],
    [
      "a 汇总 sheet whose total differs and names nothing",
      [
        sheet("汇总", [
          ["序号", "项目", "金额"],
          [1, "监理费", 999],
        ]),
        hw,
        sw,
      ],
    ],
    ["same-sheet formulas only", [sheet("Sheet1", summaryRows, { formulas: { "3,2": "=C2+C3" } }), hw]],
    [
      "unit prices taken from a price-list sheet",
      [
        sheet("预算", [HEADER, [1, "服务器", "", "台", 2, 100, 200, null]], {
          formulas: { "1,5": "=单价表!B2", "1,6": "=E2*F2" },
        }),
        sheet("单价表", [
          ["名称", "单价"],
          ["服务器", 100],
        ]),
      ],
    ],
    [
      "two priced sheets that happen to total the same",
      [
        sheet("一期", [HEADER, [1, "服务器", "", "台", 2, 100, 200, null]]),
        sheet("二期", [HEADER, [1, "交换机", "", "台", 4, 50, 200, null]]),
      ],
    ],
    [
      "quantity × price lines whose amounts come from another sheet",
      [
        sheet("预算", [HEADER, [1, "服务器", "", "台", 2, 100, 200, null]], { formulas: { "1,6": "='硬件清单'!G2" } }),
        hw,
      ],
    ],
  ])("%s → detail", (_l, sheets) => {
    const p = readWorkbook(workbook(...sheets), pack);
    expect(p.tables.every((t) => t.role === "detail")).toBe(true);
  });

  it("still reports unreadable cells of a summary without a line id", () => {
    const p = readWorkbook(
      workbook(
        sheet(
          "汇总",
          [
            ["序号", "项目", "金额"],
            [1, "硬件清单", "待定"],
          ],
          { formulas: {} },
        ),
        hw,
      ),
      pack,
    );
    expect(p.tables[0].role).toBe("summary");
    expect(p.issues).toEqual([{ sheet: "汇总", row: 1, col: 2, field: "amount", raw: "待定", lineId: null }]);
  });
});

describe("odd snapshots do not crash", () => {
  it.each<[string, ReturnType<typeof sheet>]>([
    ["empty sheet", sheet("E", [])],
    [
      "ragged rows and merges outside the values",
      sheet("R", [HEADER, [1, "服务器"], [], [2, "交换机", "", "台", 1, 2, 2, null, "extra"]], {
        merges: [
          { top: 50, left: 0, bottom: 60, right: 3 },
          { top: 0, left: 20, bottom: 1, right: 25 },
        ],
      }),
    ],
    ["header only", sheet("H", [HEADER])],
    ["booleans and NaN in money cells", sheet("B", [HEADER, [1, "服务器", "", "台", true, Number.NaN, false, null]])],
  ])("%s", (_l, s) => {
    expect(() => readWorkbook(workbook(s), pack)).not.toThrow();
  });

  it("reports booleans in money cells", () => {
    const p = readWorkbook(workbook(sheet("B", [HEADER, [1, "服务器", "", "台", true, 5, 5, null]])), pack);
    expect(p.issues.map((i) => [i.field, i.raw])).toEqual([["quantity", true]]);
  });
});
