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
import { getStandard } from "../../src/taskpane/standards";
import { oaUpgrade } from "../acceptance/workbooks";
import { grid, workbook } from "../support/grid";
import { FakeBridge } from "./fake-bridge";

// No DOM here (jest runs in node): the server renderer still shows which element each data-testid lands on.
const html = (el: ReactElement) => renderToStaticMarkup(<FluentProvider theme={webLightTheme}>{el}</FluentProvider>);
const noop = () => undefined;

describe("task pane markup", () => {
  const result = audit(oaUpgrade(), getStandard("yangpu-2023"));

  it("renders the whole pane's first frame with its controls", () => {
    const out = renderToStaticMarkup(<App bridge={new FakeBridge(oaUpgrade())} theme="dark" />);
    for (const id of ["standard-picker", "profile-kind", "profile-system", "profile-tier", "profile-last-year-om", "check-button",
      "clear-button", "approve-button", "revert-button", "results-sheet-button", "locale-toggle"]) {
      expect([id, out.includes(`data-testid="${id}"`)]).toEqual([id, true]);
    }
    expect(out).toMatch(/<select[^>]*data-testid="standard-picker"/);
    expect(out).toMatch(/<input[^>]*data-testid="profile-last-year-om"/);
    expect(out).toMatch(/<button[^>]*data-testid="check-button"/);
    expect(out).toContain("检查");
    expect(out).toContain("自动（推断）");
  });

  it("renders the English pane when asked", () => {
    const out = renderToStaticMarkup(<App bridge={new FakeBridge(oaUpgrade())} theme="light" initialLocale="en-US" />);
    expect(out).toContain("Auto (inferred)");
    expect(out).not.toContain("自动（推断）");
  });

  it("shows counts, totals and the inferred profile in the summary", () => {
    const out = html(<Summary locale="zh-CN" result={result} />);
    const errors = result.findings.filter((f) => f.severity === "error").length;
    expect(out).toMatch(new RegExp(`data-testid="count-error"[^>]*>${errors}<`));
    expect(out).toContain("1,211,800.00 元");
    expect(out).toContain("1,086,800.00 元");
    expect(out).toContain("升级改造 · 办公自动化(OA) · 未定");
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
    expect(out).toMatch(/<button[^>]*data-testid="finding-item"[^>]*data-rule="fees.integration-rate"[^>]*data-cell="投资估算表!G16"/);
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
    const out = html(<ProfilePanel locale="zh-CN" choices={AUTO_CHOICES} inferred={result.model.profile} disabled={false}
      onChoice={noop} onLastYearOm={noop} onCommit={noop} />);
    expect(out).toContain("检查结果：升级改造（来源：标题）");
    expect(out).toContain("检查结果：未定（来源：默认）");
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
});
