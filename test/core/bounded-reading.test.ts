import type { BudgetLine } from "../../src/core/model/types";
import type { CellValue } from "../../src/core/snapshot/types";
import { audit } from "../../src/core/engine";
import { readAmount, readNumber, readRate, type Reading } from "../../src/core/parse/amount";
import { MAX_QUOTED_LENGTH, quoteText } from "../../src/core/quote";
import { maxOf, numbersBefore } from "../../src/core/rules/text-counts";
import { sheet, workbook } from "../support/snapshot";
import { yangpu } from "../support/pack";
import { line } from "../support/model";
import { findingsOf } from "./rules/findings-of";
import { growthOfTenfold, LINEAR_TENFOLD } from "../support/linear";

const pack = yangpu();
const HEADER = ["序号", "名称", "规格", "单位", "数量", "单价", "金额", "备注"];

function shown(r: Reading): string {
  if (r.status === "invalid") return `invalid:${r.reason}`;
  if (r.status !== "ok") return r.status;
  return r.value.toFixed();
}

describe("bounds of a readable figure (|x| ≤ 1e15 in 元, non-zero |x| ≥ 1e-10, ≤ 20 significant digits, ≤ 64 characters)", () => {
  it.each<[CellValue, string]>([
    ["1e9999999999", "invalid:out-of-range"],
    ["1e100000", "invalid:out-of-range"],
    ["1e-100000", "invalid:out-of-range"],
    ["-1e9999999999", "invalid:out-of-range"],
    ["1e99999999999999999999", "invalid:out-of-range"],
    ["0e99999999999", "0"],
    ["-0", "0"],
    ["1e15", "1000000000000000"],
    ["1000000000000001", "invalid:out-of-range"],
    ["１e１６", "invalid:out-of-range"],
    ["0.0000000001", "0.0000000001"],
    ["0.00000000009", "invalid:out-of-range"],
    ["123456789012345.678901", "invalid:out-of-range"], // 21 significant digits; 20 are fine
    ["1234567890123.4567891", "1234567890123.4567891"],
    ["110101199001011234", "invalid:out-of-range"], // an ID number typed in an amount cell
    [1e300, "invalid:out-of-range"],
    [-1e300, "invalid:out-of-range"],
    [5e-324, "invalid:out-of-range"],
    [Number.MAX_VALUE, "invalid:out-of-range"],
    [Number.MIN_VALUE, "invalid:out-of-range"],
    [Number.POSITIVE_INFINITY, "invalid:out-of-range"],
    [Number.NEGATIVE_INFINITY, "invalid:out-of-range"],
    [Number.NaN, "invalid:not-a-number"],
    [-0, "0"],
    [1e15, "1000000000000000"],
    [1e15 + 2, "invalid:out-of-range"],
  ])("%j → %s", (raw, expected) => {
    expect(shown(readAmount(raw, "元"))).toBe(expected);
  });

  it.each<[string, CellValue, string]>([
    ["65 digits", "1".repeat(65), "invalid:too-long"],
    ["120,000 characters of text", "见附件".repeat(40_000), "invalid:too-long"],
    ["100,000 spaces", " ".repeat(100_000), "empty"],
    ["64 digits", "1".repeat(64), "invalid:out-of-range"],
  ])("%s → %s", (_label, raw, expected) => {
    expect(shown(readAmount(raw, "元"))).toBe(expected);
  });

  it("bounds money in 元, after the unit: 1e11 万元 is the most an amount can be", () => {
    expect(shown(readAmount(1e11, "万元"))).toBe("1000000000000000");
    expect(shown(readAmount(1.5e11, "万元"))).toBe("invalid:out-of-range");
    expect(shown(readAmount("2e11万", "元"))).toBe("invalid:out-of-range");
    expect(shown(readAmount("1e11万元", "元"))).toBe("1000000000000000");
  });

  it("bounds counts and rates too", () => {
    expect(shown(readNumber("1e9999999999"))).toBe("invalid:out-of-range");
    expect(shown(readNumber(1e300))).toBe("invalid:out-of-range");
    expect(shown(readRate("1e9999999999%", "费率"))).toBe("invalid:out-of-range");
    expect(shown(readRate("1e-9%", "费率"))).toBe("invalid:out-of-range"); // 1e-11 as a ratio
    expect(shown(readRate(5e-324, "费率", "0%"))).toBe("invalid:out-of-range");
    expect(shown(readRate("4%", "费率"))).toBe("0.04");
  });
});

describe("an absurd number in a cell is an unreadable amount naming the cell, never expanded", () => {
  const rows = (q: CellValue, p: CellValue, a: CellValue): CellValue[][] => [
    ["XX局协同办公系统建设项目投资估算表"],
    HEADER,
    [1, "服务器", "2U", "台", q, p, a, null],
    [2, "交换机", "24口", "台", 3, 8000, 24000, null],
    [null, "合计", null, null, null, null, 114000, null],
  ];

  it.each<[string, CellValue[][], string]>([
    ["数量 1e9999999999", rows("1e9999999999", 45000, 90000), "E3"],
    ["单价 1e9999999999", rows(2, "1e9999999999", 90000), "F3"],
    ["金额 1e9999999999", rows(2, 45000, "1e9999999999"), "G3"],
    ["金额 1e100000", rows(2, 45000, "1e100000"), "G3"],
    ["金额 -1e100000", rows(2, 45000, "-1e100000"), "G3"],
    ["金额 1e-100000", rows(2, 45000, "1e-100000"), "G3"],
    ["金额 1e300 as a number", rows(2, 45000, 1e300), "G3"],
    ["单价 5e-324 as a number", rows(2, 5e-324, 90000), "F3"],
    ["数量 Infinity", rows(Number.POSITIVE_INFINITY, 45000, 90000), "E3"],
  ])("%s", (_label, values, cell) => {
    const result = audit(workbook(sheet("预算表", values)), pack);
    const unreadable = result.findings.filter((f) => f.rule === "sheet.unreadable-amount");
    expect(unreadable.map((f) => [f.sheet, f.cell, f.row])).toEqual([["预算表", cell, 3]]);
    expect(unreadable[0].message).toContain("数值超出可读范围");
    expect(unreadable[0].message).toContain(cell === "E3" ? "1e-10 至 1e15 之间" : "1e-10 至 1e15 元之间");
    expect(unreadable[0].messageEn).toContain("outside the readable range");
    for (const f of result.findings) {
      expect(f.message.length).toBeLessThan(300);
      expect(f.messageEn.length).toBeLessThan(400);
      for (const v of [f.actual, f.limit]) if (v !== null) expect(v.length).toBeLessThan(50);
    }
    for (const total of Object.values(result.totals)) expect(total.length).toBeLessThan(30);
  });

  it("says a 100,000-character cell is too long, quoting only its beginning", () => {
    const result = audit(workbook(sheet("预算表", rows(2, 45000, "待".repeat(100_000)))), pack);
    const [f] = result.findings.filter((x) => x.rule === "sheet.unreadable-amount");
    expect(f.cell).toBe("G3");
    expect(f.message).toBe(`金额单元格内容“${"待".repeat(MAX_QUOTED_LENGTH)}…”过长（100000 个字符），无法识别为数字`);
    expect(f.messageEn).toContain("100000 characters long");
  });

  it("reads -0 as 0 in totals", () => {
    const result = audit(workbook(sheet("预算表", [HEADER, [1, "服务器", "", "台", 1, -0, -0, null]])), pack);
    expect(result.totals.grand).toBe("0");
    expect(result.findings.filter((f) => f.rule === "sheet.unreadable-amount")).toEqual([]);
  });

  it("bounds 数量 × 单价: two bounded figures multiply without blowing up", () => {
    const result = audit(workbook(sheet("预算表", [HEADER, [1, "服务器", "", "台", 1e15, 1e15, 1, null]])), pack);
    const [f] = result.findings.filter((x) => x.rule === "sheet.line-arithmetic");
    expect(f.limit).toBe("1" + "0".repeat(30));
    expect(f.message.length).toBeLessThan(200);
  });
});

describe("numbers written in texts (areas, seat counts)", () => {
  it("skips numbers outside the bounds and scans huge texts in linear time", () => {
    expect(numbersBefore("机房面积约80平方米", ["平方米"]).map((d) => d.toFixed())).toEqual(["80"]);
    expect(numbersBefore(`${"9".repeat(100_000)}平方米`, ["平方米"])).toEqual([]);
    expect(numbersBefore("30 个坐席", ["坐席"], "个").map((d) => d.toFixed())).toEqual(["30"]);
    expect(numbersBefore(`1${" ".repeat(100_000)}x`, ["坐席"], "个")).toEqual([]);
    expect(numbersBefore("1".repeat(100_000), ["坐席"], "个")).toEqual([]);
    // Ten times the text takes about ten times as long (a quadratic scan would take a hundred).
    expect(growthOfTenfold((n) => numbersBefore(`${"9".repeat(n)}平方米`, ["平方米"]), 100_000)).toBeLessThan(
      LINEAR_TENFOLD,
    );
    expect(growthOfTenfold((n) => numbersBefore(`1${" ".repeat(n)}x`, ["坐席"], "个"), 100_000)).toBeLessThan(
      LINEAR_TENFOLD,
    );
    expect(growthOfTenfold((n) => numbersBefore("1".repeat(n), ["坐席"], "个"), 100_000)).toBeLessThan(LINEAR_TENFOLD);
  });

  it("takes the largest of more numbers than a call can take arguments", () => {
    const text = "1平方米 ".repeat(200_000) + "2平方米";
    expect(maxOf(numbersBefore(text, ["平方米"]))?.toFixed()).toBe("2");
  });
});

describe("long or hostile texts do not make the parser quadratic", () => {
  it.each<[string, (n: number) => string]>([
    ["a 100,000-bracket title", (n) => "(".repeat(n)],
    ["a 100,000-bracket total label", (n) => `合计${"(".repeat(n)})a`],
    ["a 100,000-[ header cell", (n) => "[".repeat(n)],
    ["人 + 100,000 spaces in the unit column", (n) => `人${" ".repeat(n)}x`],
  ])("%s", (_label, text) => {
    const run = (n: number) => {
      const t = text(n);
      const values: CellValue[][] = [
        [t],
        HEADER,
        [1, "服务器", "2U", t, 2, 45000, 90000, null],
        [null, t, null, null, null, null, 90000, null],
      ];
      const merges = [{ top: 2, left: 2, bottom: 2, right: 4 }];
      return audit(workbook(sheet("预算表", values, { merges })), pack);
    };
    expect(run(100_000).model.lines.map((l) => l.name)).toContain("服务器");
    // Ten times the text takes about ten times as long (a quadratic reading would take a hundred).
    expect(growthOfTenfold(run, 100_000)).toBeLessThan(LINEAR_TENFOLD);
  });

  it("reads sheet references of a 100,000-character formula in linear time", () => {
    const run = (n: number) => {
      const detail = sheet("硬件清单", [HEADER, [1, "服务器", "", "台", 1, 5, 5, null]]);
      const formulas: Record<string, string> = { "1,2": `=${"'".repeat(n)}`, "2,2": `=${"a".repeat(n)}!G2` };
      const summary = sheet(
        "汇总",
        [
          ["序号", "项目", "金额"],
          [1, "硬件", 5],
          [2, "软件", 5],
        ],
        { formulas },
      );
      return audit(workbook(summary, detail), pack);
    };
    expect(run(100_000).model.lines.map((l) => l.name)).toEqual(["服务器"]);
    expect(growthOfTenfold(run, 100_000)).toBeLessThan(LINEAR_TENFOLD);
  });

  it("keeps notes and lines of sheets with more rows than a call can take arguments", () => {
    const rows: CellValue[][] = [HEADER, [1, "服务器", "", "台", 1, 5, 5, null], ["注：以下为说明"]];
    for (let i = 0; i < 200_000; i++) rows.push([`说明${i}`]);
    const result = audit(workbook(sheet("预算表", rows)), pack);
    expect(result.model.lines).toHaveLength(1);
    expect(result.model.titleText.split("\n").length).toBeGreaterThan(200_000);
  });
});

describe("quoteText: cell text as messages quote it", () => {
  it.each<[unknown, string]>([
    ["服务器", "服务器"],
    ["  a\n\tb\r\n c  ", "a b c"],
    ["a\u202eb\u200bc\u0000d", "a b c d"],
    ["x".repeat(40), "x".repeat(40)],
    ["x".repeat(41), `${"x".repeat(40)}…`],
    ["😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀", `${"😀".repeat(40)}…`],
    ["a\ud800b", "a\ufffdb"],
    ["\udc00", "\ufffd"],
    [12.5, "12.5"],
    [null, ""],
    [true, "true"],
  ])("%j → %j", (text, expected) => {
    expect(quoteText(text)).toBe(expected);
  });

  it("is fast on a 10 MB text", () => {
    expect(quoteText("字".repeat(10_000_000))).toHaveLength(MAX_QUOTED_LENGTH + 1);
  });
});

describe("every rule quotes a line's name or a row's label through quoteText", () => {
  const long = (keyword: string) => `${keyword}${"很长的名称".repeat(20_000)}`;
  const cases: [string, BudgetLine[], Parameters<typeof findingsOf>[2]][] = [
    [
      "sheet.line-arithmetic",
      [line({ name: long("服务器"), category: "hardware", quantity: 2, unitPrice: 10, amount: 30 })],
      {},
    ],
    [
      "sheet.line-arithmetic",
      [line({ name: long("维保"), category: "om-hardware", purchase: 100, rate: "0.1", fee: 30 })],
      {},
    ],
    ["sheet.unclassified-line", [line({ name: long("某物"), category: "other", amount: 1 })], {}],
    [
      "dev.person-month-price",
      [
        line({
          name: long("开发"),
          category: "development",
          unitLabel: "人月",
          quantity: 1,
          unitPrice: 30000,
          amount: 30000,
        }),
      ],
      {},
    ],
    ["dev.effort-basis-missing", [line({ name: long("开发"), category: "development", amount: 30000 })], {}],
    [
      "cost.excluded-dengbao",
      [line({ name: long("三级等保测评"), category: "dengbao", dengbaoLevel: 3, amount: 1 })],
      {},
    ],
    [
      "om.hardware-rate",
      [
        line({
          name: long("维保"),
          category: "om-hardware",
          hardwareClass: { cls: "A", defaulted: false },
          purchase: 100,
          fee: 50,
        }),
      ],
      { kind: "om" },
    ],
    [
      "om.hardware-class-defaulted",
      [
        line({
          name: long("维保"),
          category: "om-hardware",
          hardwareClass: { cls: "A", defaulted: true },
          purchase: 100,
          fee: 1,
        }),
      ],
      { kind: "om" },
    ],
    [
      "om.security-device-rate",
      [line({ name: long("防火墙维护"), category: "om-security-device", purchase: 100, fee: 50 })],
      { kind: "om" },
    ],
    [
      "om.product-software-rate",
      [
        line({
          name: long("数据库维护"),
          category: "om-product-software",
          softwareType: "unknown",
          purchase: 100,
          fee: 50,
        }),
      ],
      { kind: "om" },
    ],
    [
      "om.product-software-rate",
      [
        line({
          name: long("数据库维护"),
          category: "om-product-software",
          softwareType: "domestic",
          purchase: 100,
          fee: 50,
        }),
      ],
      { kind: "om" },
    ],
    [
      "om.app-software-rate",
      [line({ name: long("应用运维"), category: "om-app-software", complexity: "simple", devCost: 100, fee: 50 })],
      { kind: "om" },
    ],
    [
      "om.app-software-rate",
      [line({ name: long("应用运维"), category: "om-app-software", complexity: null, devCost: 100, fee: 10 })],
      { kind: "om" },
    ],
    [
      "om.excluded-item",
      [{ ...line({ name: long("带宽租用"), category: "om-excluded", amount: 1 }), matchedKeyword: long("带宽") }],
      { kind: "om" },
    ],
  ];
  it.each(cases)("%s", (rule, lines, profile) => {
    const fs = findingsOf(rule, lines, profile);
    expect(fs.length).toBeGreaterThan(0);
    for (const f of fs) {
      expect(f.message.length).toBeLessThan(250);
      expect(f.messageEn.length).toBeLessThan(350);
    }
  });

  it("sheet.subtotal-mismatch quotes the total row's label", () => {
    const l = line({ name: "服务器", category: "hardware", row: 3, amount: 10 });
    const label = long("小计");
    const subtotal = {
      sheet: "预算表",
      row: 3,
      tableIndex: 0,
      label,
      kind: "小计" as const,
      covers: [l.id],
      amount: { ...l.amount!, cell: { sheet: "预算表", row: 3, col: 6 }, value: l.amount!.value.plus(5), raw: 15 },
    };
    const [f] = findingsOf("sheet.subtotal-mismatch", [l], {}, { subtotals: [subtotal] });
    expect(f.message.length).toBeLessThan(200);
    expect(f.messageEn.length).toBeLessThan(250);
  });
});
