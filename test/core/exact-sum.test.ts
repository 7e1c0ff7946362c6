import Decimal from "decimal.js";
import { ExactSum, integerValue } from "../../src/core/money";

describe("integerValue: the JS-number fast lane only where it is exact", () => {
  test.each([
    ["an integer in 元", { raw: 35000, unit: "元" as const }, 35000],
    ["an integer in 万元 becomes 元", { raw: 12, unit: "万元" as const }, 120000],
    ["a plain count", { raw: 3 }, 3],
    ["a fraction has no fast lane", { raw: 1.5, unit: "万元" as const }, null],
    ["text has no fast lane", { raw: "35000", unit: "元" as const }, null],
    ["beyond 2^53 has no fast lane", { raw: 2 ** 53, unit: "元" as const }, null],
    ["a safe integer that overflows once in 元", { raw: 2 ** 50, unit: "万元" as const }, null],
  ])("%s", (_, field, expected) => {
    expect(integerValue(field)).toBe(expected);
  });
});

describe("ExactSum", () => {
  const f = (raw: number | string, unit: "元" | "万元" = "元") => ({
    raw,
    unit,
    value: new Decimal(raw).times(unit === "万元" ? 10000 : 1),
  });

  test("integers, fractions and text add up exactly", () => {
    const s = new ExactSum();
    for (const x of [f(1), f(0.1), f(0.2), f("7.35"), f(3, "万元"), f(1.25, "万元")]) s.addField(x);
    expect(s.value().toFixed()).toBe("42508.65");
  });

  test("a sum that would leave the safe range moves to Decimal without losing a unit", () => {
    const s = new ExactSum();
    s.addField(f(Number.MAX_SAFE_INTEGER));
    s.addField(f(2));
    expect(s.value().toFixed()).toBe("9007199254740993");
  });

  test("nothing added is zero", () => {
    expect(new ExactSum().value().toFixed()).toBe("0");
  });
});
