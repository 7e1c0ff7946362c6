import { audit } from "../../../src/core/engine";
import { profileFieldsFor } from "../../../src/core/profile/profile-values";
import { sheet, workbook } from "../../support/snapshot";
import { pack } from "./packs";

describe("a budget in traditional characters", () => {
  const wb = workbook(
    sheet("概算表", [
      ["青陽縣智慧城管平臺建設項目概算"],
      ["序號", "費用名稱", "單位", "數量", "金額（萬元）"],
      [1, "應用軟件開發", "人月", 20, 60],
      [2, "防火牆", "臺", 1, 8],
      [3, "等級保護測評", "項", 1, 5],
      [4, "年度運維費", "項", 1, 6],
      [null, "合計", null, null, 79],
    ]),
  );
  it("classifies its lines and runs the keyword rules as on a simplified one", () => {
    const r = audit(wb, pack("qingyang-2024"));
    const cats = Object.fromEntries(r.model.lines.map((l) => [l.name, l.category]));
    // Lines are read folded to simplified; their cells stay where they are.
    expect(cats).toMatchObject({ 应用软件开发: "development", 防火墙: "security-product", 等级保护测评: "dengbao" });
    expect(r.model.profile.unit).toBe("万元");
    const rules = r.findings.map((f) => f.rule);
    expect(rules).toContain("qingyang.om-in-construction");
    expect(rules).not.toContain("qingyang.security-missing");
    expect(r.findings.find((f) => f.rule === "qingyang.om-in-construction")?.severity).toBe("error");
  });
});

describe("the pane's hook: the profile values each pack uses", () => {
  it("lists only the pack's own, with flags and labels", () => {
    const fields = profileFieldsFor(pack("luohu-2024"));
    expect(fields.map((f) => f.name)).toEqual([
      "declared_total",
      "approved_total",
      "funding_type",
      "comprehensive",
      "acceptance_date",
    ]);
    expect(fields.find((f) => f.name === "funding_type")).toMatchObject({
      flag: "--funding-type",
      type: "choice",
      choices: ["government-investment", "department-budget"],
    });
    expect(profileFieldsFor(pack("yangpu-2023"))).toEqual([]);
  });
});
