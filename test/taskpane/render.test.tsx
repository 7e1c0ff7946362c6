import { renderToStaticMarkup } from "react-dom/server";
import type { ReactElement } from "react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import { FindingsList } from "../../src/taskpane/FindingsList";
import { ProfilePanel } from "../../src/taskpane/ProfilePanel";
import { Summary } from "../../src/taskpane/Summary";
import { ErrorBar } from "../../src/taskpane/ErrorBar";
import { ErrorBoundary } from "../../src/taskpane/ErrorBoundary";
import { AUTO_CHOICES } from "../../src/taskpane/profile-choices";
import { audit } from "../../src/core/engine";
import { getStandard, listStandards } from "../../src/taskpane/standards";
import { StandardPicker } from "../../src/taskpane/StandardPicker";
import { settingsSummary } from "../../src/taskpane/SettingsBar";
import { toSimplified } from "../../src/core/text/t2s";
import { profileFieldsFor } from "../../src/core/profile/profile-values";
import * as fs from "fs";
import * as path from "path";
import { oaUpgrade } from "../acceptance/workbooks";
import { grid, workbook } from "../support/grid";
import { FakeBridge } from "./fake-bridge";
import { ColumnsView, CorrectionsList, LineCorrector, LinesView } from "../../src/taskpane/CorrectionViews";
import { omBudget } from "../acceptance/workbooks";
import { CATEGORY_LABELS } from "../../src/core/labels/categories";

// No DOM here (jest runs in node): the server renderer still shows which element each data-testid lands on.
const html = (el: ReactElement) => renderToStaticMarkup(<FluentProvider theme={webLightTheme}>{el}</FluentProvider>);
const noop = () => undefined;

describe("task pane markup", () => {
  const result = audit(oaUpgrade(), getStandard("yangpu-2023"));

  it("renders the whole pane's first frame with its controls, the settings folded into their summary line", () => {
    const out = renderToStaticMarkup(<App bridge={new FakeBridge(oaUpgrade())} theme="dark" />);
    for (const id of [
      "settings-toggle",
      "settings-summary",
      "check-button",
      "clear-button",
      "approve-button",
      "revert-button",
      "results-sheet-button",
      "locale-toggle",
    ]) {
      expect([id, out.includes(`data-testid="${id}"`)]).toEqual([id, true]);
    }
    // Folded: the form is not a wall above 检查 and the results.
    for (const id of ["standard-picker", "profile-kind", "profile-last-year-om", "profile-include-hidden"])
      expect([id, out.includes(`data-testid="${id}"`)]).toEqual([id, false]);
    expect(/<button[^>]*data-testid="settings-toggle"[^>]*>/.exec(out)?.[0]).toContain('aria-expanded="false"');
    expect(out).toMatch(/data-testid="settings-summary"[^>]*>自动选择标准</);
    expect(out).toMatch(/<button[^>]*data-testid="check-button"/);
    expect(out).toContain("检查");
  });

  it("renders the English pane when asked", () => {
    const out = renderToStaticMarkup(<App bridge={new FakeBridge(oaUpgrade())} theme="light" initialLocale="en-US" />);
    expect(out).toContain("Standard chosen automatically");
    expect(out).not.toContain("自动选择标准");
  });

  it("sums the settings up in one line: the pack (what 自动 chose), then kind, system and tier as checked", () => {
    const used = { id: "qingyang-2024", auto: true, reason: null };
    const choices = { ...AUTO_CHOICES, system: "website" as const };
    expect(settingsSummary("zh-CN", "auto", null, AUTO_CHOICES, null)).toBe("自动选择标准");
    // The Qingyang pack's title is written in traditional characters: the simplified pane shows it simplified.
    expect(settingsSummary("zh-CN", "auto", used, choices, result.model.profile)).toBe(
      "青阳 2024（自动） · 升级改造 · 门户网站 · 未申报",
    );
    expect(settingsSummary("zh-CN", "yangpu-2023", null, AUTO_CHOICES, result.model.profile)).toBe(
      "杨浦 2023 · 升级改造 · 办公自动化（OA） · 未申报",
    );
    expect(settingsSummary("en-US", "yangpu-2023", null, AUTO_CHOICES, result.model.profile)).toMatch(
      /^[^\u4e00-\u9fff]+$/,
    );
  });

  it("shows counts, totals (in the sheet's unit) and the inferred profile in the summary", () => {
    const out = html(<Summary locale="zh-CN" result={result} />);
    const errors = result.findings.filter((f) => f.severity === "error").length;
    expect(out).toMatch(new RegExp(`data-testid="count-error"[^>]*>${errors}<`));
    // The upgrade sample is written in 万元: its totals are too.
    expect(out).toMatch(/data-testid="total-grand"[^>]*>121.18 万元</);
    expect(out).toContain("108.68 万元");
    expect(out).toMatch(/data-testid="total-approved"[^>]*>112.376 万元</);
    expect(out).toContain("升级改造 · 办公自动化（OA） · 未申报");
    expect(out).not.toContain("no-findings");
  });

  it("says so when nothing is over the limits", () => {
    const empty = audit(workbook("empty.xlsx", grid("Sheet1", [["说明"]])), getStandard("yangpu-2023"));
    const out = html(<Summary locale="zh-CN" result={{ ...empty, findings: [] }} />);
    expect(out).toContain('data-testid="no-findings"');
    expect(out).toContain("未发现超标项");
  });

  it("groups findings by severity with clickable cells", () => {
    const out = html(<FindingsList locale="zh-CN" findings={result.findings} onSelect={noop} />);
    expect(out).toMatch(
      /<button[^>]*data-testid="finding-item"[^>]*data-rule="fees.integration-rate"[^>]*data-cell="投资估算表!G16"/,
    );
    // A finding about the whole project has no cell to go to.
    expect(out).toMatch(/<div[^>]*data-testid="finding-item"[^>]*data-rule="process.review-route"/);
    expect(out.indexOf("错误（")).toBeLessThan(out.indexOf("警告（"));
    expect(out.indexOf("警告（")).toBeLessThan(out.indexOf("提示（"));
    expect(out.match(/data-testid="finding-item"/g)).toHaveLength(result.findings.length);
  });

  it("shows English messages in English", () => {
    const out = html(<FindingsList locale="en-US" findings={result.findings} onSelect={noop} />);
    expect(out).toContain(result.findings[0].messageEn.replace(/&/g, "&amp;").slice(0, 20));
  });

  it("shows what was inferred and from where next to each choice", () => {
    const out = html(
      <ProfilePanel
        locale="zh-CN"
        choices={AUTO_CHOICES}
        inferred={result.model.profile}
        disabled={false}
        onChoice={noop}
        onLastYearOm={noop}
        onCommit={noop}
      />,
    );
    expect(out).toContain("检查结果：升级改造（来源：标题）");
    expect(out).toContain("检查结果：未申报（来源：默认）");
  });

  it("shows an error's message and place", () => {
    const out = html(<ErrorBar locale="zh-CN" error={{ message: "写入失败", sheet: "表1", address: "B2" }} />);
    expect(out).toContain('data-testid="error-bar"');
    expect(out).toContain("写入失败（工作表 表1，单元格 B2）");
  });

  it("falls back to an error bar with a retry when a component throws", () => {
    // The server renderer does not run error boundaries: render the fallback from the state React would derive.
    const boundary = new ErrorBoundary({ locale: "zh-CN", children: null });
    boundary.state = ErrorBoundary.getDerivedStateFromError(new Error("渲染失败"));
    const out = html(boundary.render() as ReactElement);
    expect(out).toContain('data-testid="error-bar"');
    expect(out).toContain("任务窗格出现异常，已停止显示。 渲染失败");
    expect(out).toContain('data-testid="error-retry"');
  });

  it("offers 包含隐藏工作表 with the other choices", () => {
    const out = html(
      <ProfilePanel
        locale="en-US"
        choices={{ ...AUTO_CHOICES, includeHidden: true }}
        inferred={null}
        disabled={false}
        onChoice={noop}
        onLastYearOm={noop}
        onCommit={noop}
      />,
    );
    expect(out).toMatch(
      /<input[^>]*type="checkbox"[^>]*checked=""[^>]*data-testid="profile-include-hidden"|<input[^>]*data-testid="profile-include-hidden"[^>]*checked/,
    );
    expect(out).toContain("Include hidden sheets");
    expect(out).not.toMatch(/CLI|命令行/);
  });
});

describe("every pack in the picker, and a pack's profile values", () => {
  const qingpuFields = profileFieldsFor(
    JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "standards", "qingpu-2024.json"), "utf8")),
  );

  it.each([
    ["zh-CN", "自动（按工作簿所写区县）", "title"],
    ["en-US", "Auto (the district the workbook names)", "titleEn"],
  ] as const)(
    "lists 自动 first, then every pack by its title (%s), and says which pack the last check used and why",
    (locale, auto, key) => {
      const out = html(
        <StandardPicker
          locale={locale}
          value="auto"
          disabled={false}
          onChange={noop}
          used={{ id: "qingpu-2024", auto: true, reason: { zh: "标题含“青浦”", en: "the title names 青浦" } }}
        />,
      );
      const options = [...out.matchAll(/<option value="([^"]*)"[^>]*>([^<]*)<\/option>/g)].map((m) => [m[1], m[2]]);
      expect(options[0]).toEqual(["auto", auto]);
      // In zh-CN in simplified characters (the Qingyang pack writes its title in traditional ones).
      const simplified = (text: string) => (key === "title" ? toSimplified(text) : text);
      expect(options.slice(1)).toEqual(listStandards().map((s) => [s.id, simplified(s[key])]));
      if (key === "title") expect(out).toContain("青阳县政务信息化项目管理实施方案");
      expect(out).not.toContain("青陽縣");
      expect(options.map((o) => o[0])).toEqual([
        "auto",
        "yangpu-2023",
        "qingpu-2024",
        "luohu-2024",
        "gongshu-draft",
        "qingyang-2024",
      ]);
      expect(out).toContain(
        locale === "zh-CN"
          ? "本次检查使用：青浦区数字化项目管理办法（青数〔2024〕49号）（标题含“青浦”）"
          : "Checked with: Qingpu District digital project management measures (2024) (the title names 青浦)",
      );
    },
  );

  it("shows the chosen pack's profile fields only: selects for yes/no and choices, inputs for amounts and counts, in both languages", () => {
    const props = {
      choices: { ...AUTO_CHOICES, values: { approved_total: "abc", review_route: "normal" } },
      inferred: null,
      disabled: false,
      onChoice: noop,
      onLastYearOm: noop,
      onCommit: noop,
      fields: qingpuFields,
    };
    const zh = html(<ProfilePanel locale="zh-CN" {...props} />);
    for (const f of qingpuFields)
      expect([f.name, zh.includes(`data-testid="profile-value-${f.name}"`)]).toEqual([f.name, true]);
    expect(zh).toMatch(/<select[^>]*data-testid="profile-value-review_route"/);
    expect(zh).toMatch(/<select[^>]*data-testid="profile-value-major_project"/);
    expect(zh).toMatch(/<input[^>]*data-testid="profile-value-approved_total"/);
    expect(zh).toContain("批复金额/核定概算（元）");
    expect(zh).toContain("快速迭代");
    expect(zh).toContain("“批复金额/核定概算（元）”的值“abc”无效");
    expect(zh).not.toContain("profile-value-acceptance_date");
    const en = html(<ProfilePanel locale="en-US" {...props} />);
    // Sentence case, and no Chinese in the English pane.
    expect(en).toContain("Approved total (CNY)");
    expect(en).not.toContain("(元)");
    expect(en).toContain("Fast iteration");
    expect(en).toContain("Project facts this standard uses (optional)");
    // Yangpu declares none: no section; under 自动 before a check, a hint that they come with the chosen pack.
    const none = html(<ProfilePanel locale="zh-CN" {...props} fields={[]} />);
    expect(none).not.toContain("profile-pack-fields");
    expect(html(<ProfilePanel locale="zh-CN" {...props} fields={[]} auto />)).toContain(
      "选择“自动”时，检查后显示所用标准需要的项目信息",
    );
  });
});

describe("corrections markup", () => {
  const pack = getStandard("yangpu-2023");
  // A hotline budget: 坐席耳麦 matches no keyword and is taken as hardware from its unit; 自筹 is money no header places.
  const hotline = () =>
    workbook(
      "t.xlsx",
      grid("建设预算", [
        ["某区热线系统建设项目预算表"],
        ["单位：元"],
        ["序号", "名称", "规格型号", "单位", "数量", "单价", "金额", "自筹"],
        [1, "应用服务器", "2路", "台", 2, 50000, 100000, 30000],
        [2, "坐席耳麦", "缤特力 EncorePro", "副", 20, 800, 16000, 1200],
        [3, "系统集成费", "", "项", 1, 5000, 5000, 700],
        ["", "合计", "", "", "", "", 121000, 31900],
      ]),
    );
  const correct = (model: ReturnType<typeof audit>["model"]) => ({
    model,
    disabled: false,
    onLine: noop,
    onColumn: noop,
  });

  it("a finding about a line offers to correct it; a finding about the project does not", () => {
    const r = audit(omBudget(), pack);
    const out = html(<FindingsList locale="zh-CN" findings={r.findings} onSelect={noop} correct={correct(r.model)} />);
    expect(out.match(/data-testid="correct-toggle"/g)).toHaveLength(r.findings.filter((f) => f.lineId).length);
    expect(out).toMatch(/<button[^>]*aria-expanded="false"[^>]*aria-label="更正“互联网带宽租用”的类别"/);
    // The finding itself is still the button that goes to its cell.
    expect(out).toMatch(
      /<button[^>]*data-testid="finding-item"[^>]*data-rule="om.excluded-item"[^>]*data-cell="运维预算表!E14"/,
    );
    expect(out.match(/data-testid="finding-item"/g)).toHaveLength(r.findings.length);
  });

  it("a line's editor lists every category by its label, its class A/B/C, and says what decided each", () => {
    const r = audit(omBudget(), pack);
    const line = r.model.lines.find((l) => l.name === "PC服务器维保")!;
    const out = html(<LineCorrector locale="zh-CN" line={line} disabled={false} onCorrect={noop} />);
    for (const label of Object.values(CATEGORY_LABELS)) expect(out).toContain(`>${label.zh}</option>`);
    expect(out).toMatch(/<select[^>]*aria-label="“PC服务器维保”的费用类别"/);
    expect(out).toMatch(/<select[^>]*aria-label="“PC服务器维保”的设备分类"/);
    expect(out).toContain("判定依据：名称含关键词");
    expect(out).toContain("设备分类 C 类：名称含“PC服务器”");
    const en = html(<LineCorrector locale="en-US" line={line} disabled={false} onCorrect={noop} />);
    expect(en).toContain(">hardware maintenance</option>");
    expect(en).toContain(">class B</option>");
    // A device in no list: the "及其它" default is said, so the user knows to look.
    const firewall = r.model.lines.find((l) => l.name.startsWith("防火墙"))!;
    expect(html(<LineCorrector locale="zh-CN" line={firewall} disabled={false} onCorrect={noop} />)).toContain(
      "不在标准清单中，按“及其它”归类",
    );
    // No class for a line whose category has none.
    const app = r.model.lines.find((l) => l.category === "om-app-software")!;
    expect(html(<LineCorrector locale="zh-CN" line={app} disabled={false} onCorrect={noop} />)).not.toContain(
      'data-testid="correct-class"',
    );
  });

  it("an evidence-classified line shows the evidence that decided it", () => {
    const r = audit(hotline(), pack);
    const line = r.model.lines.find((l) => l.name === "坐席耳麦")!;
    expect(line.categorySource).toBe("evidence");
    const out = html(<LineCorrector locale="zh-CN" line={line} disabled={false} onCorrect={noop} />);
    expect(out).toContain(`判定依据：${line.categoryEvidence!.zh.replace(/"/g, "&quot;")}`);
    const en = html(<LineCorrector locale="en-US" line={line} disabled={false} onCorrect={noop} />);
    expect(en).toContain(`Decided because it is ${line.categoryEvidence!.en.replace(/"/g, "&quot;")}`);
  });

  it("an unrecognised column's finding offers its role, and 列用途 shows every column's role, confidence and evidence", () => {
    const r = audit(hotline(), pack);
    const f = r.findings.find((x) => x.rule === "sheet.unrecognised-column")!;
    expect(f).toBeDefined();
    const out = html(<FindingsList locale="zh-CN" findings={[f]} onSelect={noop} correct={correct(r.model)} />);
    expect(out).toMatch(/aria-label="指定 H 列的用途"/);
    const view = html(<ColumnsView locale="zh-CN" tables={r.model.tables} disabled={false} onRole={noop} />);
    expect(view).toContain("建设预算 · 第 3 行表头");
    expect(view).toContain("G 列“金额”");
    expect(view).toMatch(/<select[^>]*aria-label="G 列的用途"/);
    expect(view).toContain("把握大；表头“金额”");
    expect(view).toContain("把握小；无法确定用途");
    expect(view).toMatch(
      /<option value="" selected="">无用途（不参与检查）<\/option>[\s\S]*data-column="建设预算!H"|data-column="建设预算!H"[\s\S]*<option value="" selected="">无用途/,
    );
    const en = html(<ColumnsView locale="en-US" tables={r.model.tables} disabled={false} onRole={noop} />);
    expect(en).toContain("Column G &quot;金额&quot;");
    expect(en).toContain("high confidence; header");
  });

  it("lists the saved corrections, each with a labelled remove button, in both languages", () => {
    const corrections = {
      lines: [
        { sheet: "运维预算表", name: "PC服务器维保", occurrence: 1, hardwareClass: "B" as const },
        { sheet: "运维预算表", name: "互联网带宽租用", category: "other" as const },
      ],
      columns: [
        { sheet: "运维预算表", header: "备注", role: null },
        { sheet: "运维预算表", column: "I", role: "amount" as const },
      ],
    };
    const out = html(<CorrectionsList locale="zh-CN" corrections={corrections} disabled={false} onRemove={noop} />);
    expect(out).toContain("已保存的更正（4）");
    expect(out.match(/data-testid="correction-item"/g)).toHaveLength(4);
    expect(out).toContain("运维预算表 · PC服务器维保（第 2 个同名行）");
    expect(out).toContain("设备分类 → B 类");
    expect(out).toContain("类别 → 其他（未分类）");
    expect(out).toContain("运维预算表 · 列“备注”");
    expect(out).toContain("用途 → 无用途（不参与检查）");
    expect(out).toContain("运维预算表 · I 列");
    expect(out).toMatch(/<button[^>]*aria-label="删除更正：运维预算表 · 互联网带宽租用 类别 → 其他（未分类）"/);
    const en = html(<CorrectionsList locale="en-US" corrections={corrections} disabled={false} onRemove={noop} />);
    expect(en).toContain("Saved corrections (4)");
    expect(en).toContain("role → amount");
    expect(html(<CorrectionsList locale="zh-CN" corrections={{}} disabled={false} onRemove={noop} />)).not.toContain(
      "correction-item",
    );
  });

  it("明细分类 lists every line with its cell, category and class, each correctable", () => {
    const r = audit(omBudget(), pack);
    const out = html(<LinesView locale="zh-CN" model={r.model} disabled={false} onLine={noop} />);
    expect(out.match(/data-testid="line-entry"/g)).toHaveLength(r.model.lines.length + r.model.outsideLines.length);
    expect(out).toContain("运维预算表!B6 · 硬件维护 · C 类");
    expect(out).toMatch(/<button[^>]*aria-expanded="false"[^>]*aria-label="更正“UPS维保”的类别"/);
    expect(html(<LinesView locale="en-US" model={r.model} disabled={false} onLine={noop} />)).toContain(
      "Filter by name or category",
    );
  });

  it("明细分类 also lists the rows not counted as lines, with what each was read as and why", () => {
    const r = audit(omBudget(), pack);
    const out = html(<LinesView locale="zh-CN" model={r.model} disabled={false} onLine={noop} />);
    const others = r.model.tables.flatMap((t) => t.rows ?? []).filter((x) => x.kind !== "line");
    expect(others.length).toBeGreaterThan(0);
    expect(out.match(/data-testid="other-row"/g)).toHaveLength(others.length);
    expect(out).toContain(`未计为明细的行（${others.length}）`);
    expect(out).toMatch(/运维预算表 第 \d+ 行 · 合计 · 标有小计、合计、总计等字样/);
    expect(html(<LinesView locale="en-US" model={r.model} disabled={false} onLine={noop} />)).toMatch(
      /row \d+ · total · labelled 小计/,
    );
  });
});
