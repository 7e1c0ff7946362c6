import { choiceReason, citationText, packTitle, shortPackName } from "../../src/taskpane/pack-text";
import { listStandards } from "../../src/taskpane/standards";

describe("packs as the pane names them", () => {
  it("short names: district and year, in either language; a draft says so", () => {
    const names = listStandards().map((s) => [shortPackName(s, "zh-CN"), shortPackName(s, "en-US")]);
    expect(names).toEqual([
      ["杨浦 2023", "Yangpu 2023"],
      ["青浦 2024", "Qingpu 2024"],
      ["罗湖 2024", "Luohu 2024"],
      ["拱墅 征求意见稿", "Gongshu draft"],
      ["青阳 2024", "Qingyang 2024"],
    ]);
  });

  it("titles and citations in simplified characters in zh-CN; citations glossed in English", () => {
    const qingyang = listStandards().find((s) => s.id === "qingyang-2024")!;
    expect(qingyang.title).toMatch(/青陽縣/);
    expect(packTitle(qingyang, "zh-CN")).toBe("青阳县政务信息化项目管理实施方案（青政办秘〔2024〕38号）");
    expect(citationText("青陽縣政務信息化項目管理實施方案 第五條", qingyang, "zh-CN")).toBe(
      "青阳县政务信息化项目管理实施方案 第五条",
    );
    expect(citationText("青陽縣政務信息化項目管理實施方案 第五條", qingyang, "en-US")).toBe(
      "青陽縣政務信息化項目管理實施方案 第五條 (Qingyang County government IT project management implementation plan (2024))",
    );
  });

  it("why 自动 chose a pack: the place glossed in English, the fallback by title, never an id", () => {
    const [yangpu, qingpu] = listStandards();
    const r = choiceReason({ messageId: "setup.pack.title", params: { place: { text: "青浦" } } }, qingpu);
    expect(r).toEqual({ zh: "标题含“青浦”", en: "the title names Qingpu (青浦)" });
    const f = choiceReason({ messageId: "setup.pack.fallback", params: { id: { text: "yangpu-2023" } } }, yangpu);
    expect(f.zh).not.toContain("yangpu-2023");
    expect(f.en).not.toContain("yangpu-2023");
    expect(f.zh).toContain("杨浦区区本级电子政务项目通用类配置标准（2023）");
  });
});
