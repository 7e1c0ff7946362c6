import { computeFacts } from "../../src/core/rules/facts";
import { reportTotals, totalsLines } from "../../src/core/report/totals";
import { loadStandardById } from "../../src/cli/standards";
import { line, model } from "../support/model";

describe("report totals by kind", () => {
  const pack = loadStandardById("yangpu-2023", "zh-CN");
  const lines = [
    line({ name: "服务器维保", category: "om-hardware", unit: "元", fee: "8000" }),
    line({ name: "备用服务器", category: "hardware", unit: "元", amount: "30000" }),
  ];
  it("an O&M budget that buys a device is still told in O&M words", () => {
    const m = model(lines, { kind: "om", unit: "元" });
    const t = reportTotals(m, pack, computeFacts(m, pack));
    expect(t.shape).toBe("om");
    expect(totalsLines(t, "元", "zh-CN").join("\n")).not.toMatch(/项目建设费|建设金额/);
  });
  it("a service budget with construction money keeps the construction totals", () => {
    const m = model(lines, { kind: "service", unit: "元" });
    expect(reportTotals(m, pack, computeFacts(m, pack)).shape).toBe("build");
  });
});
