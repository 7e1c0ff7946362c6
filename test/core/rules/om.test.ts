import { findingsOf } from "./findings-of";
import { line } from "../../support/model";
import type { BudgetLine, Complexity, HardwareClass, ProjectKind, SoftwareType } from "../../../src/core/model/types";

const hw = (cls: HardwareClass, fee: number | string, extra: Partial<Parameters<typeof line>[0]> = {}): BudgetLine =>
  line({
    name: "设备维保",
    category: "om-hardware",
    row: 6,
    hardwareClass: { cls, defaulted: false },
    purchase: 100000,
    fee,
    ...extra,
  });

describe("om.hardware-rate (A 4% / B 6% / C 8% of the purchase amount)", () => {
  it.each<[string, BudgetLine, [string, string, string] | null]>([
    ["A exactly 4%", hw("A", 4000), null],
    ["A 4.01%", hw("A", 4010), ["J6", "4010", "4000"]],
    ["B exactly 6%", hw("B", 6000), null],
    ["B 6.5%", hw("B", 6500), ["J6", "6500", "6000"]],
    ["C exactly 8%", hw("C", 8000), null],
    ["C 10%", hw("C", 10000), ["J6", "10000", "8000"]],
    ["a stated rate above the cap behind a compliant fee", hw("A", 4000, { rate: "0.05" }), ["I6", "0.05", "0.04"]],
    ["a rounded rate at the cap", hw("C", 8000, { rate: "0.08" }), null],
    [
      "no purchase amount: nothing to compare",
      line({ name: "维保", category: "om-hardware", hardwareClass: { cls: "A", defaulted: false }, fee: 9999 }),
      null,
    ],
    ["万元 sheet: 0.01万 of rounding allowed", hw("A", "0.4001", { unit: "万元", purchase: 10 }), null],
  ])("%s", (_label, l, expected) => {
    const fs = findingsOf("om.hardware-rate", [l], { kind: "om", unit: l.fee?.unit ?? "元" });
    expect(fs.map((f) => [f.cell, f.actual, f.limit])).toEqual(expected ? [expected] : []);
    for (const f of fs) expect(f.severity).toBe("error");
  });

  it("uses class A for a defaulted device and reports the default once", () => {
    const l = line({
      name: "某设备维保",
      category: "om-hardware",
      hardwareClass: { cls: "A", defaulted: true },
      purchase: 100000,
      fee: 5000,
    });
    expect(findingsOf("om.hardware-rate", [l], { kind: "om" }).map((f) => f.limit)).toEqual(["4000"]);
    expect(findingsOf("om.hardware-class-defaulted", [l], { kind: "om" }).map((f) => f.severity)).toEqual(["info"]);
    expect(findingsOf("om.hardware-class-defaulted", [hw("B", 1)], { kind: "om" })).toEqual([]);
    const construction = line({
      name: "某设备",
      category: "hardware",
      hardwareClass: { cls: "A", defaulted: true },
      amount: 1,
    });
    expect(findingsOf("om.hardware-class-defaulted", [construction])).toEqual([]);
  });
});

describe("om.security-device-rate (≤ 10%)", () => {
  it.each<[number, number]>([
    [10000, 0],
    [10001, 1],
    [5000, 0],
  ])("fee %d on 100000", (fee, count) => {
    const l = line({ name: "防火墙特征库升级", category: "om-security-device", purchase: 100000, fee });
    expect(findingsOf("om.security-device-rate", [l], { kind: "om" })).toHaveLength(count);
  });
});

describe("om.product-software-rate (tool 5%, domestic 10%, tool + domestic 5%)", () => {
  it.each<[SoftwareType, number, [string, string | null] | null]>([
    ["tool", 5000, null],
    ["tool", 5100, ["error", "0.05"]],
    ["domestic", 10000, null],
    ["domestic", 10100, ["error", "0.1"]],
    ["tool-domestic", 6000, ["error", "0.05"]],
    ["unknown", 3000, ["warning", null]],
  ])("%s at %d of 100000", (type, fee, expected) => {
    const l = line({
      name: "软件原厂服务",
      category: "om-product-software",
      softwareType: type,
      purchase: 100000,
      fee,
    });
    const fs = findingsOf("om.product-software-rate", [l], { kind: "om" });
    expect(fs.map((f) => [f.severity, f.limit])).toEqual(expected ? [expected] : []);
  });
});

describe("om.app-software-rate (7% / 12% / 20% of 原开发费 by complexity)", () => {
  it.each<[Complexity | null, number, [string, string] | null]>([
    ["simple", 70000, null],
    ["simple", 71000, ["error", "0.07"]],
    ["complex", 120000, null],
    ["complex", 121000, ["error", "0.12"]],
    ["very-complex", 200000, null],
    ["very-complex", 201000, ["error", "0.2"]],
    [null, 70000, null],
    [null, 150000, ["warning", "0.07"]],
    [null, 200000, ["warning", "0.07"]],
    [null, 210000, ["error", "0.2"]],
  ])("%s at %d of 1,000,000", (complexity, fee, expected) => {
    const l = line({ name: "应用系统运维", category: "om-app-software", complexity, devCost: 1000000, fee });
    const fs = findingsOf("om.app-software-rate", [l], { kind: "om" });
    expect(fs.map((f) => [f.severity, f.limit])).toEqual(expected ? [expected] : []);
  });
});

describe("om.excluded-item", () => {
  it.each<[ProjectKind, string, number]>([
    ["om", "om-excluded", 1],
    ["construction", "om-excluded", 0],
    ["om", "om-hardware", 0],
  ])("%s project, %s line", (kind, category, count) => {
    const l = line({ name: "互联网带宽租用", category: category as BudgetLine["category"], fee: 36000 });
    const fs = findingsOf("om.excluded-item", [l], { kind });
    expect(fs).toHaveLength(count);
    for (const f of fs) expect(f.message).toContain("2018");
  });

  it("a line budgeted at 0 (as 审定 leaves it) is no finding", () => {
    expect(
      findingsOf("om.excluded-item", [line({ name: "互联网带宽租用", category: "om-excluded", fee: 0 })], {
        kind: "om",
      }),
    ).toEqual([]);
  });
});
