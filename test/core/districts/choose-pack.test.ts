import { choosePack } from "../../../src/core/standards/choose-pack";
import { renderBoth } from "../../../src/core/setup";
import { toSimplified } from "../../../src/core/text/t2s";
import { sheet, workbook } from "../../support/snapshot";
import { pack } from "./packs";

const ALL = ["yangpu-2023", "qingpu-2024", "luohu-2024", "gongshu-draft", "qingyang-2024"].map(pack);

const table = (title: string | null, unitRow: [string, string] | null = null, name = "预算表") =>
  sheet(name, [
    ...(title ? [[title]] : []),
    ...(unitRow ? [unitRow] : []),
    ["序号", "名称", "金额（万元）"],
    [1, "应用软件开发", 10],
  ]);

describe("choosePack (--standard auto)", () => {
  it.each<[string, string, string]>([
    ["杨浦区某某系统建设项目预算表", "yangpu-2023", "标题含“杨浦”"],
    ["青浦区某某平台建设项目投资估算表", "qingpu-2024", "标题含“青浦”"],
    ["深圳市罗湖区政务服务平台建设项目预算", "luohu-2024", "标题含“罗湖”"],
    ["拱墅区城市大脑应用项目经费预算", "gongshu-draft", "标题含“拱墅”"],
    ["青阳县智慧城管平台建设项目概算", "qingyang-2024", "标题含“青阳”"],
    ["青陽縣智慧城管平台建設項目概算", "qingyang-2024", "标题含“青阳”"],
    ["深圳市羅湖區政務服務平台預算", "luohu-2024", "标题含“罗湖”"],
  ])("%s → %s", (title, id, reason) => {
    const c = choosePack(workbook(table(title)), ALL);
    expect([c.pack.id, c.source, renderBoth(c.reason).zh]).toEqual([id, "title", reason]);
  });
  it("the 编制单位 when the title names no district", () => {
    const c = choosePack(
      workbook(
        table("智慧社区平台建设项目预算表"),
        sheet("说明", [
          ["说明"],
          ["注：金额单位万元"],
          [null],
          [null],
          [null],
          [null],
          [null],
          [null],
          [null],
          ["编制单位：", "青浦区数据局"],
        ]),
      ),
      ALL,
    );
    expect([c.pack.id, c.source]).toEqual(["qingpu-2024", "unit"]);
  });
  it("a sheet name when nothing else says", () => {
    const c = choosePack(workbook(table(null, null, "罗湖区预算")), ALL);
    expect([c.pack.id, c.source]).toEqual(["luohu-2024", "sheet-name"]);
  });
  it("falls back to yangpu-2023 and says so", () => {
    const c = choosePack(workbook(table("某区视频会议系统建设项目预算表")), ALL);
    expect([c.pack.id, c.source]).toEqual(["yangpu-2023", "fallback"]);
    expect(renderBoth(c.reason).zh).toContain("默认使用 yangpu-2023");
    expect(renderBoth(c.reason).en).toContain("yangpu-2023 by default");
  });
  it("the first place named wins; a line deep in the table does not count", () => {
    expect(choosePack(workbook(table("青浦区与杨浦区共建平台项目")), ALL).pack.id).toBe("qingpu-2024");
    const deep = sheet("预算表", [
      ["某某平台建设项目"],
      ["序号", "名称", "金额"],
      ...Array.from({ length: 10 }, (_, i) => [i + 1, "服务器", 1]),
      [11, "青浦区政务云迁移", 1],
    ]);
    expect(choosePack(workbook(deep), ALL).pack.id).toBe("yangpu-2023");
  });
});

describe("traditional → simplified", () => {
  it("folds the Qingyang seed's words", () => {
    expect(toSimplified("青陽縣政務信息化項目管理實施方案：運維、監理、測評、預備費、鄉鎮、續建")).toBe(
      "青阳县政务信息化项目管理实施方案：运维、监理、测评、预备费、乡镇、续建",
    );
  });
  it("leaves simplified text as it is", () => {
    const s = "青浦区数字化项目管理办法";
    expect(toSimplified(s)).toBe(s);
  });
});
