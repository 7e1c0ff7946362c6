import { audit } from "../../../src/core/engine";
import type { CellValue } from "../../../src/core/snapshot/types";
import { yangpu } from "../../support/pack";
import { grid, workbook } from "../../support/grid";

const pack = yangpu();
const HEADER: CellValue[] = ["序号", "名称", "规格型号", "单位", "数量", "单价", "金额"];
const run = (rows: CellValue[][]) =>
  audit(workbook("t.xlsx", grid("预算表", [["XX区服务热线系统建设项目预算表"], ["单位：元"], HEADER, ...rows])), pack);
const serious = (r: ReturnType<typeof run>) =>
  r.findings.filter((f) => f.severity !== "info").map((f) => `${f.rule}:${f.severity}`);

describe("lines no keyword matches are classified from evidence (domain.md §3.10)", () => {
  it.each<[CellValue[], string]>([
    [[1, "呼叫中心平台软件", "", "套", 1, 300000, 300000], "product-software"],
    [[1, "坐席耳麦", "", "副", 50, 400, 20000], "hardware"],
    [[1, "高拍仪", "", "台", 10, 3000, 30000], "hardware"],
    [[1, "LED拼接屏", "", "块", 12, 15000, 180000], "hardware"],
    [[1, "智能排队机", "QM-3000", null, null, null, 50000], "other"],
    [[1, "智能排队机", "QM-3000", "台", null, null, 50000], "hardware"],
    [[1, "客服外包服务费", "", "年", 1, 200000, 200000], "other"],
    [[1, "话务系统定制开发", "", "项", 1, 100000, 100000], "development"],
  ])("%j → %s", (row, category) => {
    const r = run([row]);
    expect(r.model.lines[0].category).toBe(category);
  });

  it("the evidence is said in the info finding, so the user can correct it", () => {
    const r = run([[1, "坐席耳麦", "", "副", 50, 400, 20000]]);
    const f = r.findings.find((x) => x.rule === "sheet.unclassified-line")!;
    expect(f.message).toContain("单位“副”");
    expect(f.message).toContain("硬件设备");
  });

  it("goods and software found by evidence are in the purchase base: 6.16% integration is compliant", () => {
    const r = run([
      [1, "呼叫中心平台软件", "", "套", 1, 300000, 300000],
      [2, "坐席耳麦", "", "副", 50, 400, 20000],
      [3, "高拍仪", "", "台", 10, 3000, 30000],
      [4, "LED拼接屏", "", "块", 12, 15000, 180000],
      [5, "PC服务器", "", "台", 2, 45000, 90000],
      [6, "系统集成费", "", "项", 1, 38192, 38192],
      [7, "密码测评费", "", "项", 1, 20000, 20000],
    ]);
    expect(serious(r)).toEqual([]);
  });
});

describe("a fee base that holds money nothing could classify", () => {
  it("a verdict that depends on it is a warning, with the ratio both ways", () => {
    const r = run([
      [1, "PC服务器", "", "台", 2, 50000, 100000],
      [2, "宣传推广", "", "", null, null, 200000],
      [3, "系统集成费", "", "项", 1, 10000, 10000],
      [4, "密码测评费", "", "项", 1, 20000, 20000],
    ]);
    const f = r.findings.find((x) => x.rule === "fees.integration-rate")!;
    expect(f.severity).toBe("warning");
    expect(f.message).toContain("的 10%");
    expect(f.message).toContain("3.33%");
    expect(f.message).toContain("未分类");
  });

  it("a verdict that holds either way stays an error and says so", () => {
    const r = run([
      [1, "PC服务器", "", "台", 2, 50000, 100000],
      [2, "宣传推广", "", "", null, null, 10000],
      [3, "系统集成费", "", "项", 1, 20000, 20000],
      [4, "密码测评费", "", "项", 1, 20000, 20000],
    ]);
    const f = r.findings.find((x) => x.rule === "fees.integration-rate")!;
    expect(f.severity).toBe("error");
    expect(f.message).toContain("仍超上限");
  });
});
