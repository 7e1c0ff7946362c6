import { findingsOf } from "./findings-of";
import { line } from "../../support/model";
import type { BudgetLine, ProjectKind } from "../../../src/core/model/types";

// A construction base of 1,000,000 元: 600,000 hardware + 400,000 development.
const base = (): BudgetLine[] => [
  line({ name: "服务器", category: "hardware", amount: 600000 }),
  line({ name: "定制开发", category: "development", amount: 400000 }),
];

describe("fees.four-fees-cap (咨询+监理+软件测评+安全测评 ≤ 10% of 项目建设费)", () => {
  it.each<[string, number, number, boolean]>([
    ["exactly 10%", 60000, 40000, false],
    ["one 元 over", 60000, 40001, true],
    ["well below", 30000, 10000, false],
  ])("%s", (_label, consulting, supervision, over) => {
    const lines = [
      ...base(),
      line({ name: "咨询费", category: "consulting", amount: consulting }),
      line({ name: "监理费", category: "supervision", amount: supervision }),
    ];
    const fs = findingsOf("fees.four-fees-cap", lines);
    expect(fs.map((f) => [f.severity, f.actual, f.limit])).toEqual(
      over ? [["error", String(consulting + supervision), "100000"]] : [],
    );
  });

  it("points at the largest of the four fee lines", () => {
    const lines = [
      ...base(),
      line({ name: "咨询费", category: "consulting", row: 20, amount: 30000 }),
      line({ name: "软件测评", category: "software-test", row: 21, amount: 80000 }),
    ];
    expect(findingsOf("fees.four-fees-cap", lines).map((f) => f.row)).toEqual([21]);
  });

  it("says nothing without a construction base", () => {
    expect(findingsOf("fees.four-fees-cap", [line({ name: "咨询费", category: "consulting", amount: 5000 })])).toEqual(
      [],
    );
  });
});

describe("fees.integration-rate (5%–8% of 软硬件购置费)", () => {
  // Purchase base: 1,000,000 (hardware 800,000 + product software 200,000); development does not count.
  const purchase = (): BudgetLine[] => [
    line({ name: "服务器", category: "hardware", amount: 800000 }),
    line({ name: "数据库", category: "product-software", amount: 200000 }),
    line({ name: "定制开发", category: "development", amount: 5000000 }),
  ];
  it.each<[string, number, [string, string, string] | null]>([
    ["exactly 8%", 80000, null],
    ["exactly 5%", 50000, null],
    ["8.01%", 80100, ["error", "0.0801", "0.08"]],
    ["4.99%", 49900, ["warning", "0.0499", "0.05"]],
  ])("%s", (_label, amount, expected) => {
    const fs = findingsOf("fees.integration-rate", [
      ...purchase(),
      line({ name: "系统集成费", category: "integration", amount }),
    ]);
    expect(fs.map((f) => [f.severity, f.actual, f.limit])).toEqual(expected ? [expected] : []);
  });
  it("says nothing when there is no integration line", () => {
    expect(findingsOf("fees.integration-rate", purchase())).toEqual([]);
  });
});

describe("fees.security-test-rate (0.5%–2% of 项目建设费)", () => {
  it.each<[string, number, [string, string, string] | null]>([
    ["exactly 2%", 20000, null],
    ["exactly 0.5%", 5000, null],
    ["2.1%", 21000, ["error", "0.021", "0.02"]],
    ["0.4%", 4000, ["warning", "0.004", "0.005"]],
  ])("%s", (_label, amount, expected) => {
    const fs = findingsOf("fees.security-test-rate", [
      ...base(),
      line({ name: "安全测评", category: "security-test", amount }),
    ]);
    expect(fs.map((f) => [f.severity, f.actual, f.limit])).toEqual(expected ? [expected] : []);
  });
  it("says nothing when there is no security test line", () => {
    expect(findingsOf("fees.security-test-rate", base())).toEqual([]);
  });
});

describe("fees.crypto-test-missing", () => {
  it.each<[ProjectKind, boolean, number]>([
    ["construction", false, 1],
    ["upgrade", false, 1],
    ["om", false, 0],
    ["service", false, 0],
    ["construction", true, 0],
  ])("%s project, 密码测评 line present: %s", (kind, present, count) => {
    const lines = [...base(), ...(present ? [line({ name: "密码测评", category: "crypto-test", amount: 30000 })] : [])];
    const fs = findingsOf("fees.crypto-test-missing", lines, { kind });
    expect(fs).toHaveLength(count);
    for (const f of fs) expect(f).toMatchObject({ severity: "warning", row: null, cell: null });
  });
});
