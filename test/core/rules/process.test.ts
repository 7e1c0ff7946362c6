import Decimal from "decimal.js";
import type { BudgetLine, MoneyUnit, ProjectKind } from "../../../src/core/model/types";
import { line } from "../../support/model";
import { findingsOf } from "./findings-of";

const yuan = (wan: Decimal.Value) => new Decimal(wan).times(10000).toFixed();

/** A budget of `total` 万元, of which `hardware` 万元 are devices. */
function budget(total: Decimal.Value, hardware: Decimal.Value = 0, unit: MoneyUnit = "万元"): BudgetLine[] {
  const software = new Decimal(total).minus(hardware);
  const lines = [line({ name: "应用软件开发", category: "development", unit, amount: software.toFixed() })];
  if (!new Decimal(hardware).isZero())
    lines.push(line({ name: "服务器", category: "hardware", unit, amount: String(hardware) }));
  return lines;
}

describe("process.supervision-required", () => {
  const supervision = line({ name: "工程监理费", category: "supervision", unit: "万元", amount: "2" });
  it.each<[string, BudgetLine[], ProjectKind, MoneyUnit, number]>([
    ["99.99万 without 监理", budget("99.99"), "construction", "万元", 0],
    ["exactly 100万 without 监理", budget("100"), "construction", "万元", 1],
    ["exactly 100万 with 监理", [...budget("98"), supervision], "construction", "万元", 0],
    ["an upgrade of 150万 without 监理", budget("150"), "upgrade", "万元", 1],
    ["an O&M budget of 150万", budget("150"), "om", "万元", 0],
    ["1,000,000 元 without 监理", budget("1000000", 0, "元"), "construction", "元", 1],
    ["999,999.99 元 without 监理", budget("999999.99", 0, "元"), "construction", "元", 0],
  ])("%s", (_label, lines, kind, unit, count) => {
    const fs = findingsOf("process.supervision-required", lines, { kind, unit });
    expect(fs).toHaveLength(count);
    for (const f of fs) {
      expect(f.severity).toBe("error");
      expect(f.limit).toBe("1000000");
      expect(f.message).toContain("监理");
    }
  });

  it("does not count 等保 towards the 100万", () => {
    const lines = [...budget("95"), line({ name: "三级等保测评", category: "dengbao", unit: "万元", amount: "10" })];
    expect(findingsOf("process.supervision-required", lines, { unit: "万元" })).toEqual([]);
  });
});

describe("process.review-route", () => {
  it.each<[string, string, string, string, string]>([
    ["99.99万", "99.99", "0", "备案制", yuan(100)],
    ["exactly 100万", "100", "0", "联席会议审核", yuan(500)],
    ["exactly 500万, all hardware", "500", "500", "联席会议审核", yuan(500)],
    ["600万 with exactly 30% hardware", "600", "180", "联席会议审核", yuan(500)],
    ["600万 with 30.0017% hardware", "600", "180.01", "政府投资项目管理办法", yuan(500)],
    ["500.01万 pure software", "500.01", "0", "联席会议审核", yuan(500)],
  ])("%s → %s", (_label, total, hardware, route, limit) => {
    const fs = findingsOf("process.review-route", budget(total, hardware), { unit: "万元" });
    expect(fs.map((f) => [f.severity, f.actual, f.limit])).toEqual([["info", yuan(total), limit]]);
    expect(fs[0].message).toContain(route);
    const others = ["备案制", "联席会议审核", "政府投资项目管理办法"].filter((r) => r !== route);
    for (const other of others) expect(fs[0].message).not.toContain(other);
  });

  it.each<[ProjectKind, number]>([
    ["service", 1],
    ["upgrade", 1],
    ["om", 0],
  ])("%s projects → %i route", (kind, n) => {
    expect(findingsOf("process.review-route", budget("50"), { kind, unit: "万元" })).toHaveLength(n);
  });

  it("says nothing for an empty budget", () => {
    expect(findingsOf("process.review-route", [], { unit: "万元" })).toEqual([]);
  });
});

describe("process.public-tender", () => {
  it.each([
    ["400", 0],
    ["400.01", 1],
  ])("%s万 → %i", (total, n) => {
    const fs = findingsOf("process.public-tender", budget(total), { unit: "万元" });
    expect(fs).toHaveLength(n);
    for (const f of fs) expect([f.severity, f.actual, f.limit]).toEqual(["info", yuan(total), yuan(400)]);
  });
  it("an O&M budget over 400万 has no 建设金额 and gets no 公开招标 finding", () => {
    expect(findingsOf("process.public-tender", budget("500"), { kind: "om", unit: "万元" })).toEqual([]);
  });
});

describe("process.om-review", () => {
  const om = (wan: string) => [line({ name: "应用软件运维", category: "om-app-software", unit: "万元", fee: wan })];
  it.each<[string, ProjectKind, string, string | undefined, [string, string] | null]>([
    ["first application at 100万", "om", "100", undefined, null],
    ["first application over 100万", "om", "100.01", undefined, [yuan("100.01"), yuan(100)]],
    ["exactly +10% on last year", "om", "110", "1000000", null],
    ["+10.01% on last year", "om", "110.01", "1000000", ["0.1001", "0.1"]],
    ["exactly −10% on last year", "om", "90", "1000000", null],
    ["−10.01% on last year", "om", "89.99", "1000000", ["0.1001", "0.1"]],
    ["a construction budget over 100万", "construction", "200", undefined, null],
  ])("%s", (_label, kind, wan, last, expected) => {
    const overrides = last === undefined ? {} : { lastYearOm: new Decimal(last) };
    const fs = findingsOf("process.om-review", om(wan), { kind, unit: "万元" }, {}, overrides);
    expect(fs.map((f) => [f.actual, f.limit])).toEqual(expected ? [expected] : []);
    for (const f of fs) expect(f.severity).toBe("info");
  });
});
