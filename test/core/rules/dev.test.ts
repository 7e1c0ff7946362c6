import { findingsOf } from "./findings-of";
import { line } from "../../support/model";

describe("dev.person-month-price (cap 2万元 per 人月)", () => {
  const cases: [string, Parameters<typeof line>[0], [string, string, string] | null][] = [
    [
      "exactly 2万元 in a 元 sheet",
      {
        name: "定制开发",
        category: "development",
        row: 9,
        unitLabel: "人月",
        quantity: 10,
        unitPrice: 20000,
        amount: 200000,
      },
      null,
    ],
    [
      "20000.01 元",
      {
        name: "定制开发",
        category: "development",
        row: 9,
        unitLabel: "人月",
        quantity: 10,
        unitPrice: "20000.01",
        amount: "200000.1",
      },
      ["F9", "20000.01", "20000"],
    ],
    [
      "2.6万元 in a 万元 sheet",
      {
        name: "定制开发",
        category: "development",
        row: 9,
        unit: "万元",
        unitLabel: "人月",
        quantity: 10,
        unitPrice: "2.6",
        amount: 26,
      },
      ["F9", "26000", "20000"],
    ],
    [
      "exactly 2万元 in a 万元 sheet",
      {
        name: "定制开发",
        category: "development",
        row: 9,
        unit: "万元",
        unitLabel: "人月",
        quantity: 10,
        unitPrice: 2,
        amount: 20,
      },
      null,
    ],
    [
      "amount ÷ 人月 column",
      { name: "平台开发", category: "development", row: 9, personMonths: 8, amount: 200000 },
      ["G9", "25000", "20000"],
    ],
    [
      "人月 column at exactly the cap",
      { name: "平台开发", category: "development", row: 9, personMonths: 8, amount: 160000 },
      null,
    ],
    [
      "no 人月 basis: nothing to compare",
      {
        name: "平台开发",
        category: "development",
        row: 9,
        unitLabel: "项",
        quantity: 1,
        unitPrice: 900000,
        amount: 900000,
      },
      null,
    ],
    [
      "not a development line",
      { name: "服务器", category: "hardware", row: 9, unitLabel: "人月", quantity: 1, unitPrice: 90000, amount: 90000 },
      null,
    ],
  ];
  it.each(cases)("%s", (_label, spec, expected) => {
    const fs = findingsOf("dev.person-month-price", [line(spec)], { unit: spec.unit ?? "元" });
    expect(fs.map((f) => [f.cell, f.actual, f.limit])).toEqual(expected ? [expected] : []);
    for (const f of fs) {
      expect(f.severity).toBe("error");
      expect(f.citation).toContain("三(一)2");
    }
  });

  it("speaks the sheet's unit in the message", () => {
    const [f] = findingsOf(
      "dev.person-month-price",
      [
        line({
          name: "定制开发",
          category: "development",
          unit: "万元",
          unitLabel: "人月",
          quantity: 10,
          unitPrice: "2.6",
          amount: 26,
        }),
      ],
      { unit: "万元" },
    );
    expect(f.message).toContain("人月单价 2.6 万元超过标准上限 2 万元");
  });
});

describe("dev.effort-basis-missing", () => {
  it.each<[string, Parameters<typeof line>[0], number]>([
    ["billed per 项", { name: "系统开发", category: "development", unitLabel: "项", amount: 300000 }, 1],
    ["no unit at all", { name: "系统开发", category: "development", amount: 300000 }, 1],
    [
      "billed per 人月",
      { name: "系统开发", category: "development", unitLabel: "人月", quantity: 10, unitPrice: 20000, amount: 200000 },
      0,
    ],
    ["with a 人月 column", { name: "系统开发", category: "development", personMonths: 10, amount: 200000 }, 0],
    ["a hardware line", { name: "服务器", category: "hardware", unitLabel: "台", amount: 300000 }, 0],
  ])("%s", (_label, spec, count) => {
    const fs = findingsOf("dev.effort-basis-missing", [line(spec)]);
    expect(fs).toHaveLength(count);
    for (const f of fs) expect(f.severity).toBe("warning");
  });
});
