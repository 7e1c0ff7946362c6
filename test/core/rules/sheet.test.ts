import Decimal from "decimal.js";
import type { BudgetLine, MoneyUnit, ReadIssue, SubtotalRow } from "../../../src/core/model/types";
import { line } from "../../support/model";
import { findingsOf } from "./findings-of";

describe("sheet.line-arithmetic", () => {
  it.each<[string, MoneyUnit, string, string, string, string | null]>([
    ["exact, 万元", "万元", "1.5", "2", "3", null],
    ["0.01万 off (absolute tolerance), 万元", "万元", "1", "1", "1.01", null],
    ["0.0101万 off, 万元", "万元", "1", "1", "1.0101", "10101"],
    ["0.01元 off (absolute tolerance), 元", "元", "1", "1", "1.01", null],
    ["0.02元 off, 元", "元", "1", "1", "1.02", "1.02"],
    ["50元 off 10,050元 (relative tolerance)", "元", "10000", "1", "10050", null],
    ["51元 off 10,051元", "元", "10000", "1", "10051", "10051"],
  ])("%s", (_label, unit, unitPrice, quantity, amount, actual) => {
    const l = line({ name: "交换机", category: "hardware", unit, row: 7, quantity, unitPrice, amount });
    const fs = findingsOf("sheet.line-arithmetic", [l], { unit });
    expect(fs.map((f) => [f.severity, f.cell, f.actual])).toEqual(actual === null ? [] : [["error", "G7", actual]]);
  });

  // Whole numbers (raw JS integers) take the no-Decimal lane; it must judge exactly as the Decimal one.
  it.each<[string, MoneyUnit, number, number, number, string | null]>([
    ["integers that agree, 元", "元", 45000, 3, 135000, null],
    ["integers 1元 off a small amount, 元", "元", 45, 3, 136, "136"],
    ["integers within the relative tolerance, 元", "元", 10000, 1, 10050, null],
    ["integers that agree, 万元", "万元", 12, 3, 36, null],
    ["integers 1万 off, 万元", "万元", 12, 3, 37, "370000"],
  ])("%s", (_label, unit, unitPrice, quantity, amount, actual) => {
    const l = line({ name: "服务器", category: "hardware", unit, row: 7, quantity, unitPrice, amount });
    expect(typeof l.amount!.raw).toBe("number");
    const fs = findingsOf("sheet.line-arithmetic", [l], { unit });
    expect(fs.map((f) => f.actual)).toEqual(actual === null ? [] : [actual]);
  });

  it("reports the product as the limit", () => {
    const l = line({
      name: "交换机",
      category: "hardware",
      unit: "万元",
      quantity: 2,
      unitPrice: "1.5",
      amount: "3.2",
    });
    expect(findingsOf("sheet.line-arithmetic", [l], { unit: "万元" }).map((f) => f.limit)).toEqual(["30000"]);
  });

  it.each<[string, string, string | null]>([
    ["0.4", "0.4", null],
    ["0.4", "0.45", "4500"],
  ])("O&M: 10万 × 4%% = %s万 against a fee of %s万", (_expected, fee, actual) => {
    const l = line({
      name: "核心交换机维保",
      category: "om-hardware",
      unit: "万元",
      row: 9,
      purchase: "10",
      rate: "0.04",
      fee,
    });
    const fs = findingsOf("sheet.line-arithmetic", [l], { kind: "om", unit: "万元" });
    expect(fs.map((f) => [f.cell, f.actual, f.limit])).toEqual(actual === null ? [] : [["J9", actual, "4000"]]);
  });

  it("skips lines missing one of the three figures", () => {
    const lines = [
      line({ name: "交换机", category: "hardware", quantity: 2, amount: "999" }),
      line({ name: "维保", category: "om-hardware", purchase: "1000", fee: "999" }),
    ];
    expect(findingsOf("sheet.line-arithmetic", lines, {})).toEqual([]);
  });
});

describe("sheet.subtotal-mismatch", () => {
  const lines: BudgetLine[] = [
    line({ name: "服务器", category: "hardware", unit: "万元", row: 5, amount: "10" }),
    line({ name: "维保", category: "om-hardware", unit: "万元", row: 6, fee: "5" }),
  ];
  const subtotal = (amount: string, covers = ["预算表!5", "预算表!6"]): SubtotalRow => ({
    sheet: "预算表",
    row: 7,
    tableIndex: 0,
    label: "小计",
    kind: "小计",
    covers,
    amount: {
      value: new Decimal(amount).times(10000),
      cell: { sheet: "预算表", row: 7, col: 6 },
      raw: amount,
      unit: "万元",
    },
  });

  it.each<[string, string, string[], string | null]>([
    ["equal", "15", ["预算表!5", "预算表!6"], null],
    ["0.01万 off, within tolerance", "15.01", ["预算表!5", "预算表!6"], null],
    ["0.1万 off", "15.1", ["预算表!5", "预算表!6"], "151000"],
    ["covering a line that is not in the model", "15", ["预算表!5", "预算表!6", "汇总表!9"], null],
    ["covering only missing lines", "99", ["汇总表!9"], null],
  ])("%s", (_label, amount, covers, actual) => {
    const fs = findingsOf(
      "sheet.subtotal-mismatch",
      lines,
      { unit: "万元" },
      { subtotals: [subtotal(amount, covers)] },
    );
    expect(fs.map((f) => [f.severity, f.cell, f.actual, f.limit])).toEqual(
      actual === null ? [] : [["error", "G8", actual, "150000"]],
    );
  });

  it.each<[string, number, string | null]>([
    ["whole 元 lines that add up", 150000, null],
    ["whole 元 lines 1元 off (within the 0.5% tolerance)", 150001, null],
    ["whole 元 lines 1,000元 off", 151000, "151000"],
    ["whole 元 lines 0.5元 off (fraction: the Decimal lane)", 150000.5, null],
  ])("%s", (_label, total, actual) => {
    const whole = [
      line({ name: "服务器", category: "hardware", row: 5, amount: 100000 }),
      line({ name: "交换机", category: "hardware", row: 6, amount: 50000 }),
    ];
    const st: SubtotalRow = {
      ...subtotal("0"),
      amount: { value: new Decimal(total), cell: { sheet: "预算表", row: 7, col: 6 }, raw: total, unit: "元" },
    };
    const fs = findingsOf("sheet.subtotal-mismatch", whole, { unit: "元" }, { subtotals: [st] });
    expect(fs.map((f) => f.actual)).toEqual(actual === null ? [] : [actual]);
  });

  it.each<[string, string[], string, string | null]>([
    ["non-adjacent lines, right", ["预算表!5", "预算表!9"], "11", null],
    ["non-adjacent lines, wrong", ["预算表!5", "预算表!9"], "15", "110000"],
    ["one line in the middle", ["预算表!6"], "5", null],
  ])("covers %s", (_label, covers, amount, limit) => {
    const three = [...lines, line({ name: "交换机", category: "hardware", unit: "万元", row: 9, amount: "1" })];
    const fs = findingsOf(
      "sheet.subtotal-mismatch",
      three,
      { unit: "万元" },
      { subtotals: [subtotal(amount, covers)] },
    );
    expect(fs.map((f) => f.limit)).toEqual(limit === null ? [] : [limit]);
  });

  it("skips a subtotal row without an amount", () => {
    const st = { ...subtotal("1"), amount: undefined };
    expect(findingsOf("sheet.subtotal-mismatch", lines, { unit: "万元" }, { subtotals: [st] })).toEqual([]);
  });
});

describe("sheet.unreadable-amount", () => {
  const issue = (raw: string, col: number, field: ReadIssue["field"]): ReadIssue => ({
    sheet: "预算表",
    row: 6,
    col,
    field,
    raw,
    lineId: "预算表!7",
  });

  it.each<[ReadIssue[], [string, string, string][]]>([
    [[], []],
    [[issue("待定", 6, "amount")], [["warning", "G7", "金额单元格内容“待定”无法识别为数字"]]],
    [
      [issue("见附件", 4, "quantity"), issue("待定", 6, "amount")],
      [
        ["warning", "E7", "数量单元格内容“见附件”无法识别为数字"],
        ["warning", "G7", "金额单元格内容“待定”无法识别为数字"],
      ],
    ],
  ])("%j", (issues, expected) => {
    const lines = [line({ name: "服务器", category: "hardware", row: 7 })];
    const fs = findingsOf("sheet.unreadable-amount", lines, {}, { issues });
    expect(fs.map((f) => [f.severity, f.cell, f.message]).sort()).toEqual(expected.sort());
    for (const f of fs) expect(f.lineId).toBe("预算表!7");
  });
});

describe("sheet.unclassified-line", () => {
  it("reports each unclassified line at its name cell, and no classified one", () => {
    const lines = [
      line({ name: "其他杂项", category: "other", row: 5, amount: "1" }),
      line({ name: "服务器", category: "hardware", row: 6, amount: "1" }),
      line({ name: "差旅", category: "other", row: 8, amount: "1" }),
    ];
    const fs = findingsOf("sheet.unclassified-line", lines, {});
    expect(fs.map((f) => [f.severity, f.cell])).toEqual([
      ["info", "B5"],
      ["info", "B8"],
    ]);
    expect(fs[0].message).toContain("其他杂项");
  });
});
