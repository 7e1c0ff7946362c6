import { loadStandard, StandardPackError } from "../../../src/core/standards/load-standard";
import { yangpu, yangpuRaw } from "../../support/pack";

type Raw = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe("loadStandard", () => {
  it("accepts the shipped Yangpu pack", () => {
    const pack = yangpu();
    expect(pack.id).toBe("yangpu-2023");
    expect(Object.keys(pack.rules).length).toBeGreaterThanOrEqual(28);
  });

  const broken: [string, (raw: Raw) => void, RegExp][] = [
    ["a missing required field", (r) => delete r.tolerance, /字段 \/ 缺少必填字段 "tolerance"/],
    ["a rate written as a number", (r) => (r.hardwareClasses.classes.A.rate = 0.04), /\/hardwareClasses\/classes\/A\/rate/],
    ["an unknown category", (r) => (r.categories["gadgets"] = ["x"]), /\/categories\/gadgets/],
    ["an unknown severity", (r) => (r.rules["dev.person-month-price"].severity = "fatal"), /\/rules\/dev.person-month-price\/severity/],
    ["a rule without citation", (r) => delete r.rules["fees.four-fees-cap"].citation, /\/rules\/fees.four-fees-cap 缺少必填字段 "citation"/],
    ["an unknown implementation", (r) => (r.rules["x.nothing"] = { severity: "info", citation: "c" }), /\/rules\/x.nothing 引用了不存在的规则实现/],
  ];
  it.each(broken)("rejects %s, naming the field", (_label, breakIt, message) => {
    const raw = yangpuRaw();
    breakIt(raw);
    expect(() => loadStandard(raw)).toThrow(StandardPackError);
    expect(() => loadStandard(raw)).toThrow(message);
  });
});
