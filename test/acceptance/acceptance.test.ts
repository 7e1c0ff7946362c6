import { audit } from "../../src/core/engine";
import type { Finding } from "../../src/core/model/finding";
import { yangpu } from "../support/pack";
import { oaUpgrade, omBudget, websiteMedium } from "./workbooks";

/** End to end through the pure core: real-shaped workbooks in, the findings a reviewer would write out. */
const pack = yangpu();
const brief = (f: Finding) => `${f.severity} ${f.rule} ${f.sheet ?? "-"}!${f.row ?? "-"}`;
const ofRule = (fs: Finding[], rule: string) => fs.filter((f) => f.rule === rule);

describe("A: OA upgrade estimate in 万元", () => {
  const result = audit(oaUpgrade(), pack);
  const { findings } = result;

  it("infers the profile from the title and the unit from the 单位 line", () => {
    expect(result.model.profile).toMatchObject({ kind: "upgrade", system: "oa", tier: null, unit: "万元" });
  });

  it("reads every line once and no subtotal as a line", () => {
    expect(result.model.lines).toHaveLength(13);
    expect(result.totals).toEqual({ construction: "1086800", other: "125000", grand: "1211800" });
  });

  it("flags the 2.6万元 person-month price at its unit-price cell", () => {
    const [f] = ofRule(findings, "dev.person-month-price");
    expect(f).toMatchObject({
      severity: "error",
      sheet: "投资估算表",
      row: 13,
      cell: "F13",
      actual: "26000",
      limit: "20000",
    });
    expect(f.message).toContain("2.6 万元");
    expect(f.citation).toContain("三(一)2");
  });

  it("flags the four fees over 10% of 项目建设费 and integration over 8%", () => {
    expect(ofRule(findings, "fees.four-fees-cap")).toEqual([
      expect.objectContaining({ severity: "error", actual: "125000", limit: "108680" }),
    ]);
    expect(ofRule(findings, "fees.integration-rate")).toEqual([
      expect.objectContaining({ severity: "error", row: 16, actual: "0.09", limit: "0.08" }),
    ]);
  });

  it("warns that 密码测评 is missing and gives the review route", () => {
    expect(ofRule(findings, "fees.crypto-test-missing")).toHaveLength(1);
    expect(ofRule(findings, "process.review-route")).toEqual([expect.objectContaining({ severity: "info" })]);
  });

  it("stays silent where the sheet is right", () => {
    const silent = [
      "sheet.line-arithmetic",
      "sheet.subtotal-mismatch",
      "sheet.unreadable-amount",
      "sheet.unclassified-line",
      "fees.security-test-rate",
      "tier.oa",
      "process.supervision-required",
      "process.public-tender",
      "dev.effort-basis-missing",
      "cost.excluded-dengbao",
    ];
    expect(findings.filter((f) => silent.includes(f.rule)).map(brief)).toEqual([]);
  });
});

describe("B: website with a 汇总表 over three detail sheets, 元", () => {
  const result = audit(websiteMedium(), pack);
  const { findings } = result;

  it("counts the detail sheets once and the summary not at all", () => {
    expect(result.totals.grand).toBe("587600");
    expect(result.model.lines.every((l) => l.sheet !== "汇总表")).toBe(true);
    expect(result.model.profile).toMatchObject({ kind: "construction", system: "website", tier: "medium", unit: "元" });
  });

  it("flags the medium website tier on servers and person-months, not on the total", () => {
    const tier = ofRule(findings, "tier.website");
    expect(tier.map((f) => [f.actual, f.limit])).toEqual(
      expect.arrayContaining([
        ["3", "2"],
        ["16", "15"],
      ]),
    );
    expect(tier).toHaveLength(2);
  });

  it("accepts exactly 20000 元/人月 from a 人月单价 column and a 6% integration fee", () => {
    const silent = [
      "dev.person-month-price",
      "dev.effort-basis-missing",
      "fees.integration-rate",
      "fees.four-fees-cap",
      "fees.crypto-test-missing",
      "sheet.line-arithmetic",
      "sheet.subtotal-mismatch",
      "sheet.unclassified-line",
      "process.supervision-required",
    ];
    expect(findings.filter((f) => silent.includes(f.rule)).map(brief)).toEqual([]);
  });
});

describe("C: O&M budget with hardware and application maintenance tables, 元", () => {
  const result = audit(omBudget(), pack);
  const { findings } = result;

  it("is an O&M project", () => {
    expect(result.model.profile).toMatchObject({ kind: "om", unit: "元" });
    expect(result.totals.grand).toBe("258400");
  });

  it("flags the PC server at 10% against class C's 8%", () => {
    expect(ofRule(findings, "om.hardware-rate").map(brief)).toEqual(["error om.hardware-rate 运维预算表!6"]);
  });

  it("asks for the complexity of the 15% application maintenance, accepts 12% 较复杂", () => {
    expect(ofRule(findings, "om.app-software-rate").map(brief)).toEqual(["warning om.app-software-rate 运维预算表!13"]);
  });

  it("rejects bandwidth rental in an O&M budget", () => {
    expect(ofRule(findings, "om.excluded-item").map(brief)).toEqual(["error om.excluded-item 运维预算表!14"]);
  });

  it("stays silent on the lines exactly at their caps", () => {
    const silent = [
      "om.security-device-rate",
      "om.hardware-class-defaulted",
      "sheet.line-arithmetic",
      "sheet.subtotal-mismatch",
      "sheet.unreadable-amount",
      "sheet.unclassified-line",
    ];
    expect(findings.filter((f) => silent.includes(f.rule)).map(brief)).toEqual([]);
  });
});
