import { STRINGS, t } from "../../src/taskpane/i18n";

describe("task pane strings", () => {
  const zh = STRINGS["zh-CN"];
  const en = STRINGS["en-US"];

  it("have the same keys in both locales", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });

  it("have no empty strings", () => {
    for (const table of [zh, en]) {
      for (const [key, text] of Object.entries(table)) expect([key, text.trim().length > 0]).toEqual([key, true]);
    }
  });

  it("use the same placeholders in both locales", () => {
    const names = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(zh) as (keyof typeof zh)[])
      expect([key, names(en[key])]).toEqual([key, names(zh[key])]);
  });

  it("substitute {name} parameters", () => {
    expect(t("zh-CN", "progress.reading", { sheet: "运维预算表", i: 2, n: 3 })).toBe("正在读取 运维预算表（2/3）");
    expect(t("en-US", "progress.reading", { sheet: "Sheet1", i: 1, n: 1 })).toBe("Reading Sheet1 (1/1)");
    expect(t("zh-CN", "status.cleared", { n: 0 })).toBe("已清除 0 处标记");
  });

  it("leave a placeholder without a parameter visible", () => {
    expect(t("zh-CN", "status.cleared")).toBe("已清除 {n} 处标记");
    expect(t("zh-CN", "status.cleared", {})).toBe("已清除 {n} 处标记");
  });

  it("carry the labels the pane promises", () => {
    expect(t("zh-CN", "profile.auto")).toBe("自动（推断）");
    expect(t("en-US", "profile.auto")).toBe("Auto (inferred)");
    expect(t("zh-CN", "kind.construction")).toBe("新建");
    expect(t("zh-CN", "system.oa")).toBe("办公自动化（OA）"); // the one label table of src/core/labels, as the CLI says it
    expect(t("zh-CN", "source.sheet-name")).toBe("工作表名");
    expect(t("zh-CN", "summary.noFindings")).toBe("未发现超标项");
  });
});
