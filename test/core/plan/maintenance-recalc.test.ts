import { planMaintenanceRecalc } from "../../../src/core/plan/maintenance-recalc";
import type { BudgetLine } from "../../../src/core/model/types";
import { line, model } from "../../support/model";
import { yangpu } from "../../support/pack";

const pack = yangpu();
const om = (lines: BudgetLine[]) => planMaintenanceRecalc(model(lines, { kind: "om" }), pack);
// Columns of test/support/model.ts: H 购置金额, I 费率, J 年维护费, K 原开发费.

describe("planMaintenanceRecalc", () => {
  const cases: [string, BudgetLine, { address: string; formula: string | null; value: number }[]][] = [
    ["C-class server at 10% with a rate column → rate cell 8%, fee =H×I",
      line({ row: 6, name: "PC服务器维保", category: "om-hardware", hardwareClass: { cls: "C", defaulted: false }, purchase: 100000, rate: "0.1", fee: 10000 }),
      [{ address: "I6", formula: null, value: 0.08 }, { address: "J6", formula: "=H6*I6", value: 8000 }]],
    ["B-class without a rate column → fee =H×0.06",
      line({ row: 7, name: "UPS维保", category: "om-hardware", hardwareClass: { cls: "B", defaulted: false }, purchase: 50000, fee: 2000 }),
      [{ address: "J7", formula: "=H7*0.06", value: 3000 }]],
    ["security device 10%",
      line({ row: 8, name: "防火墙特征库升级", category: "om-security-device", purchase: 80000, fee: 6400 }),
      [{ address: "J8", formula: "=H8*0.1", value: 8000 }]],
    ["domestic software 10%, tool 5%",
      line({ row: 9, name: "国产数据库原厂服务", category: "om-product-software", softwareType: "domestic", purchase: 60000, fee: 9000 }),
      [{ address: "J9", formula: "=H9*0.1", value: 6000 }]],
    ["application maintenance by complexity, based on 原开发费",
      line({ row: 10, name: "OA应用运维", category: "om-app-software", complexity: "complex", devCost: 1000000, fee: 150000 }),
      [{ address: "J10", formula: "=K10*0.12", value: 120000 }]],
    ["万元 sheet: the fee is written in 万元",
      line({ row: 11, unit: "万元", name: "核心交换机维保", category: "om-hardware", hardwareClass: { cls: "A", defaulted: false }, purchase: 20, fee: 1 }),
      [{ address: "J11", formula: "=H11*0.04", value: 0.8 }]],
  ];
  it.each(cases)("%s", (_label, l, expected) => {
    const changes = om([l]);
    expect(changes.map((c) => ({ address: c.address, formula: c.after.formula, value: c.after.value }))).toEqual(expected);
    for (const c of changes) {
      expect(c.lineId).toBe(l.id);
      expect(c.reason).toMatch(/费率/);
    }
  });

  it("keeps what the user wrote in `before` so the change can be previewed and reverted", () => {
    const l = line({ row: 12, name: "PC服务器维保", category: "om-hardware", hardwareClass: { cls: "C", defaulted: false }, purchase: 100000, fee: 10000 });
    l.fee = { ...l.fee!, formula: "=H12*0.1" };
    const [c] = om([l]);
    expect(c.before).toEqual({ value: 10000, formula: "=H12*0.1" });
  });

  const untouched: [string, BudgetLine][] = [
    ["software of unknown type", line({ name: "某软件维护", category: "om-product-software", softwareType: "unknown", purchase: 1000, fee: 100 })],
    ["an application without complexity", line({ name: "门户运维", category: "om-app-software", complexity: null, devCost: 1000, fee: 100 })],
    ["a hardware line without a purchase amount", line({ name: "服务器维保", category: "om-hardware", fee: 100 })],
    ["a construction line", line({ name: "服务器", category: "hardware", amount: 100 })],
  ];
  it.each(untouched)("leaves %s alone", (_label, l) => {
    expect(om([l])).toEqual([]);
  });

  it("leaves a fee that already is the live formula with the right value", () => {
    const l = line({ row: 13, name: "UPS维保", category: "om-hardware", hardwareClass: { cls: "B", defaulted: false }, purchase: 50000, fee: 3000 });
    l.fee = { ...l.fee!, formula: "=H13*0.06" };
    expect(om([l])).toEqual([]);
  });
});
