import Decimal from "decimal.js";
import { lineAllowance } from "../../../src/core/draft/line-allowance";
import { audit } from "../../../src/core/engine";
import { oaUpgrade, omBudget } from "../../acceptance/workbooks";
import { yangpu } from "../../support/pack";
import { loadStandardById } from "../../../src/cli/standards";

const plain = (x: unknown): unknown =>
  x instanceof Decimal
    ? x.toFixed()
    : x && typeof x === "object"
      ? Object.fromEntries(Object.entries(x).map(([k, v]) => [k, plain(v)]))
      : x;

describe("each line's cap, and why", () => {
  const up = audit(oaUpgrade(), yangpu());
  const line = (name: string, r = up) => r.model.lines.find((l) => l.name.includes(name))!.id;

  it("a 人月 line: the price cap and the amount it allows at this count", () => {
    expect(plain(lineAllowance(up.model, yangpu(), line("流程审批模块定制开发")))).toEqual({
      kind: "person-month",
      cap: "20000",
      count: "10",
      allowed: "200000",
      actual: "26000",
      citation: "杨浦区区本级电子政务项目通用类配置标准 三(一)2",
    });
  });

  it("the integration fee: its range on the current 软硬件购置费, and a four-fee line: the group's headroom", () => {
    const integration = plain(lineAllowance(up.model, yangpu(), line("系统集成"))) as Record<string, unknown>;
    expect(integration).toMatchObject({
      kind: "fee-range",
      fee: "integration",
      base: "520000",
      low: "26000",
      high: "41600",
      actual: "46800",
    });
    const consulting = plain(lineAllowance(up.model, yangpu(), line("咨询"))) as { group: Record<string, string> };
    // 项目建设费 is the audit's own; the four fees total 12.5 万 against a cap of 10% of it.
    expect(consulting.group.cap).toBe(new Decimal(up.totals.construction).times("0.1").toFixed());
    expect(consulting.group).toMatchObject({ used: "125000", maxRatio: "0.1" });
    expect(new Decimal(consulting.group.headroom).isNegative()).toBe(true);
  });

  it("a maintenance line: its class, rate and the maintenance it allows", () => {
    const om = audit(omBudget(), yangpu());
    expect(plain(lineAllowance(om.model, yangpu(), line("PC服务器维保", om)))).toMatchObject({
      kind: "maintenance",
      what: "hardware",
      cls: "C",
      rate: "0.08",
      base: "100000",
      allowed: "8000",
      actual: "10000",
    });
    expect(plain(lineAllowance(om.model, yangpu(), line("协同办公系统", om)))).toMatchObject({
      what: "app-software",
      rate: "0.12",
      allowed: "120000",
    });
  });

  it("follows the pack: a district that sets no 人月 price gives none; a line no rule limits has none", () => {
    const qingpu = loadStandardById("qingpu-2024");
    const r = audit(oaUpgrade(), qingpu);
    expect(lineAllowance(r.model, qingpu, line("流程审批模块定制开发", r))).toBeNull();
    expect(lineAllowance(up.model, yangpu(), "nowhere!1")).toBeNull();
  });
});
