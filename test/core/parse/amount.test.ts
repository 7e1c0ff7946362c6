import type { MoneyUnit } from "../../../src/core/model/types";
import type { CellValue } from "../../../src/core/snapshot/types";
import { readAmount, readNumber, readRate, type Reading } from "../../../src/core/parse/amount";

function shown(r: Reading): string {
  if (r.status !== "ok") return r.status;
  return r.unit ? `${r.value.toFixed()} ${r.unit}` : r.value.toFixed();
}

describe("readAmount", () => {
  it.each<[CellValue, MoneyUnit, string]>([
    [80000, "元", "80000 元"],
    [2.5, "万元", "25000 万元"],
    ["¥80,000.00", "元", "80000 元"],
    ["￥1,200", "元", "1200 元"],
    ["1.2万", "元", "12000 万元"],
    ["1.2万元", "元", "12000 万元"],
    ["20,000元", "万元", "20000 元"],
    [" 35000 ", "元", "35000 元"],
    ["３", "元", "3 元"],
    ["１２.５", "万元", "125000 万元"],
    ["１，２００．５", "元", "1200.5 元"],
    ["1 200", "元", "1200 元"],
    [0.1 + 0.2, "元", "0.3 元"],
    ["-5", "元", "-5 元"],
    ["2.5万/人月", "元", "25000 万元"],
    ["8,000元/台", "万元", "8000 元"],
    ["1.8万/人·月", "万元", "18000 万元"],
    [0, "元", "0 元"],
    ["-", "元", "empty"],
    ["", "元", "empty"],
    ["   ", "元", "empty"],
    [null, "元", "empty"],
    ["待定", "元", "invalid"],
    ["见附件", "元", "invalid"],
    ["约5万?", "元", "invalid"],
    ["5%", "元", "invalid"],
    ["1,20", "元", "invalid"],
    ["1.2.3", "元", "invalid"],
    [true, "元", "invalid"],
    [Number.NaN, "元", "invalid"],
  ])("%j in %s → %s", (raw, unit, expected) => {
    expect(shown(readAmount(raw, unit))).toBe(expected);
  });
});

describe("readNumber", () => {
  it.each<[CellValue, string]>([
    [3, "3"],
    ["３", "3"],
    ["12.5", "12.5"],
    [" 4 ", "4"],
    ["-", "empty"],
    // A counting word after the number is what the 单位 column would say: "3台" is 3 (台), "18人月" 18 (人月).
    ["3台", "3"],
    ["18人月", "18"],
    ["2 套", "2"],
    ["3台半", "invalid"],
    ["台3", "invalid"],
    ["1.2万", "invalid"],
    ["50%", "invalid"],
    ["若干", "invalid"],
  ])("%j → %s", (raw, expected) => {
    expect(shown(readNumber(raw))).toBe(expected);
  });
});

describe("readRate", () => {
  it.each<[CellValue, string, string | null, string]>([
    [0.04, "费率", null, "0.04"],
    [0.04, "费率", "0%", "0.04"],
    [0.04, "费率", "0.00%", "0.04"],
    ["4%", "费率", null, "0.04"],
    ["４％", "费率", null, "0.04"],
    [4, "费率(%)", null, "0.04"],
    [4, "维护费率（％）", null, "0.04"],
    ["4", "费率(%)", null, "0.04"],
    [1, "费率", null, "1"],
    [8, "费率", null, "0.08"],
    ["", "费率", null, "empty"],
    ["按合同", "费率", null, "invalid"],
    ["4万", "费率", null, "invalid"],
  ])("%j under %s with format %s → %s", (raw, header, fmt, expected) => {
    expect(shown(readRate(raw, header, fmt))).toBe(expected);
  });
});
