import { AuditController, availableActions, type PaneState } from "../../src/taskpane/audit-controller";
import { formatPaneError } from "../../src/taskpane/pane-error";
import { t } from "../../src/taskpane/i18n";
import { BridgeError } from "../../src/excel/errors";
import { oaUpgrade, omBudget } from "../acceptance/workbooks";
import { FakeBridge } from "./fake-bridge";
import { fetchStandard, setPackLoader } from "../../src/taskpane/standards";
import { reviewDocument } from "../../src/core/report/review-sheet";
import { workbook } from "../support/grid";
import * as fs from "fs";
import * as path from "path";
import Decimal from "decimal.js";
import { withReasons } from "../../src/core/report/verdict-text";

/** The served packs, read from standards/ as the pane would fetch them from dist/web/standards/. */
const loads: string[] = [];
const fromDisk = async (id: string) => {
  loads.push(id);
  return JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "standards", `${id}.json`), "utf8"));
};
beforeEach(() => {
  loads.length = 0;
  setPackLoader(fromDisk);
});
afterAll(() => setPackLoader(null));

function statusText(s: PaneState): string | undefined {
  return s.status?.parts
    .map((p) => t(s.locale, p.key, s.locale === "en-US" && p.paramsEn ? p.paramsEn : p.params))
    .join("");
}

async function ready(bridge: FakeBridge, locale: "zh-CN" | "en-US" = "zh-CN"): Promise<AuditController> {
  const c = new AuditController(bridge, locale);
  await c.init();
  bridge.calls.length = 0;
  return c;
}

describe("AuditController", () => {
  it("a workbook with no budget table gets guidance (what a budget table needs), not an error nor an empty clean result", async () => {
    const bridge = new FakeBridge({
      name: "x",
      sheets: [
        { name: "会议纪要", origin: { row: 0, col: 0 }, values: [["会议纪要"], ["讨论了项目进度。"]], merges: [] },
      ],
    });
    const c = await ready(bridge);
    await c.check();
    const s = c.getState();
    expect(s.error).toBeNull();
    expect(s.result).toBeNull();
    expect(s.noTable?.zh).toMatch(/没有找到预算表/);
    expect(s.noTable?.en).toMatch(/No budget table/);
    expect(bridge.calls).not.toContain("flagFindings");
    // A table typed in afterwards is found by the next check, and the guidance goes.
    bridge.snapshot = oaUpgrade();
    await c.check();
    expect(c.getState().noTable).toBeNull();
    expect(c.getState().result).not.toBeNull();
  });

  describe("on mount", () => {
    it("loads the saved choices and what the workbook remembers", async () => {
      const bridge = new FakeBridge(oaUpgrade());
      bridge.choices = { standardId: "yangpu-2023", overrides: { kind: "om", tier: "small", lastYearOm: "230000" } };
      bridge.flags = 3;
      const c = new AuditController(bridge);
      const init = c.init();
      expect(availableActions(c.getState()).check).toBe(false);
      await init;
      const s = c.getState();
      expect(s.standardId).toBe("yangpu-2023");
      expect(s.choices).toEqual({
        kind: "om",
        system: "auto",
        tier: "small",
        lastYearOm: "230000",
        includeHidden: false,
        values: {},
      });
      expect(s.hasFlags).toBe(true);
      expect(s.canRevert).toBe(false);
      expect(availableActions(s)).toEqual({
        check: true,
        clear: true,
        approve: false,
        revert: false,
        results: false,
        choices: true,
        correct: false,
      });
      expect(bridge.calls).toEqual(expect.arrayContaining(["loadChoices", "loadCorrections", "canRevert", "hasFlags"]));
    });

    it("falls back to the default (自动, as the CLI) for an unknown saved one", async () => {
      const bridge = new FakeBridge(oaUpgrade());
      bridge.choices = { standardId: "gone-2019" };
      const c = await ready(bridge);
      expect(c.getState().standardId).toBe("auto");
    });

    it("shows a failing loadChoices as an error and stays usable", async () => {
      const bridge = new FakeBridge(oaUpgrade());
      bridge.failNext("loadChoices", new Error("设置读取失败"));
      const c = await ready(bridge);
      expect(c.getState().error?.message).toBe("设置读取失败");
      expect(availableActions(c.getState()).check).toBe(true);
    });
  });

  describe("check", () => {
    it("reads with progress, audits and flags the findings in the pane's locale", async () => {
      const bridge = new FakeBridge(oaUpgrade());
      const c = await ready(bridge, "en-US");
      const progress: string[] = [];
      c.subscribe(() => {
        const p = c.getState().progress;
        if (p) progress.push(t("zh-CN", "progress.reading", { sheet: p.sheet, i: p.sheetIndex + 1, n: p.sheetCount }));
      });
      await c.check();
      const s = c.getState();
      expect(s.error).toBeNull();
      expect(progress).toEqual(["正在读取 投资估算表（1/1）"]);
      expect(bridge.calls).toEqual(["readWorkbook", "flagFindings"]);
      expect(bridge.flagged).toHaveLength(1);
      expect(bridge.flagged[0].findings).toBe(s.result!.findings);
      expect(bridge.flagged[0].locale).toBe("en-US");
      expect(s.result!.findings.map((f) => f.rule)).toContain("fees.integration-rate");
      expect(s.result!.totals.grand).toBe("1211800");
      expect(s.hasFlags).toBe(true);
      expect(s.busy).toBeNull();
      expect(s.progress).toBeNull();
      expect(availableActions(s)).toMatchObject({ check: true, clear: true, results: true, approve: true });
    });

    it("clears the previous check's flags before flagging again", async () => {
      const bridge = new FakeBridge(oaUpgrade());
      const c = await ready(bridge);
      await c.check();
      await c.check();
      expect(bridge.calls).toEqual(["readWorkbook", "flagFindings", "readWorkbook", "clearFlags", "flagFindings"]);
    });

    it("clears flags a previous session left before flagging", async () => {
      const bridge = new FakeBridge(oaUpgrade());
      bridge.flags = 2;
      const c = await ready(bridge);
      await c.check();
      expect(bridge.calls).toEqual(["readWorkbook", "clearFlags", "flagFindings"]);
    });

    it("is disabled while busy: a second click during a check does nothing", async () => {
      const bridge = new FakeBridge(oaUpgrade());
      const c = await ready(bridge);
      const first = c.check();
      expect(c.getState().busy).toBe("check");
      expect(availableActions(c.getState())).toMatchObject({
        check: false,
        clear: false,
        approve: false,
        revert: false,
        results: false,
        choices: false,
      });
      await c.check();
      await first;
      expect(bridge.calls.filter((m) => m === "readWorkbook")).toHaveLength(1);
    });

    it("passes the profile choices to the engine and saves them", async () => {
      const bridge = new FakeBridge(oaUpgrade());
      const c = await ready(bridge);
      await c.setChoice("kind", "construction");
      expect(bridge.saved.at(-1)).toEqual({ standardId: "auto", overrides: { kind: "construction" } });
      c.setLastYearOm("100,000");
      await c.check();
      const p = c.getState().result!.model.profile;
      expect(p.kind).toBe("construction");
      expect(p.sources.kind).toBe("override");
      expect(bridge.saved.at(-1)).toEqual({
        standardId: "auto",
        overrides: { kind: "construction", lastYearOm: "100000" },
      });
    });

    it("marks the result stale when a choice changes after it", async () => {
      const bridge = new FakeBridge(oaUpgrade());
      const c = await ready(bridge);
      await c.check();
      await c.setChoice("tier", "large");
      expect(c.getState().stale).toBe(true);
      await c.check();
      expect(c.getState().stale).toBe(false);
    });

    it("turns an error from readWorkbook into an error state with its message", async () => {
      const bridge = new FakeBridge(oaUpgrade());
      const c = await ready(bridge);
      bridge.failNext(
        "readWorkbook",
        new BridgeError("无法读取工作表 投资估算表", "Cannot read sheet", "投资估算表", "A1:H40"),
      );
      await expect(c.check()).resolves.toBeUndefined();
      const s = c.getState();
      expect(s.busy).toBeNull();
      expect(s.result).toBeNull();
      expect(s.error?.message).toBe("无法读取工作表 投资估算表");
      expect(formatPaneError(s.error!, "zh-CN")).toBe("无法读取工作表 投资估算表（工作表 投资估算表，单元格 A1:H40）");
      expect(bridge.calls).not.toContain("flagFindings");
    });

    it("reports an unreadable last-year amount without reading the workbook", async () => {
      const bridge = new FakeBridge(oaUpgrade());
      const c = await ready(bridge);
      c.setLastYearOm("about 20万");
      await c.check();
      expect(c.getState().error?.message).toContain("about 20万");
      expect(bridge.calls).not.toContain("readWorkbook");
    });

    it("keeps the findings when flagging fails", async () => {
      const bridge = new FakeBridge(oaUpgrade());
      const c = await ready(bridge);
      bridge.failNext("flagFindings", new Error("格式写入失败"));
      await c.check();
      expect(c.getState().result?.findings.length).toBeGreaterThan(0);
      expect(c.getState().error?.message).toBe("格式写入失败");
    });

    it("clears the previous error and status when the next action starts", async () => {
      const bridge = new FakeBridge(oaUpgrade());
      const c = await ready(bridge);
      bridge.failNext("readWorkbook", new Error("x"));
      await c.check();
      await c.check();
      expect(c.getState().error).toBeNull();
    });
  });

  describe("clear flags", () => {
    it("reports how many flags it removed", async () => {
      const bridge = new FakeBridge(oaUpgrade());
      const c = await ready(bridge);
      await c.check();
      const flags = bridge.flags;
      await c.clearFlags();
      expect(statusText(c.getState())).toBe(`已清除 ${flags} 处标记`);
      expect(c.getState().hasFlags).toBe(false);
      expect(availableActions(c.getState()).clear).toBe(false);
    });

    it("mentions cells edited since and kept", async () => {
      const bridge = new FakeBridge(oaUpgrade());
      bridge.clearFlags = async () => ({ restored: 3, skipped: 2 });
      const c = await ready(bridge);
      await c.clearFlags();
      expect(statusText(c.getState())).toBe("已清除 3 处标记，2 处已被修改，保留");
      expect(c.getState().status?.intent).toBe("success");
    });
  });

  describe("按标准核定", () => {
    it("plans the verdict's changes after a check of an O&M budget and enables the button", async () => {
      const bridge = new FakeBridge(omBudget());
      const c = await ready(bridge);
      await c.check();
      const s = c.getState();
      expect(s.plan.map((ch) => ch.address)).toEqual(["G6", "F6", "E14"]);
      expect(availableActions(s).approve).toBe(true);
      c.openApprove();
      expect(c.getState().approveOpen).toBe(true);
      c.cancelApprove();
      expect(c.getState().approveOpen).toBe(false);
      expect(bridge.calls).not.toContain("applyChanges");
    });

    it("covers a construction budget too: 人月, integration and the four fees", async () => {
      const bridge = new FakeBridge(oaUpgrade());
      const c = await ready(bridge);
      await c.check();
      const s = c.getState();
      expect(s.plan.filter((ch) => ch.role === "amount").map((ch) => [ch.lineName, ch.address])).toEqual([
        ["流程审批模块定制开发", "G13"],
        ["系统集成费", "G16"],
        ["项目咨询（或设计）费", "G17"],
        ["信息系统工程监理费", "G18"],
        ["第三方软件测评费", "G19"],
        ["安全测评费", "G20"],
      ]);
      expect(availableActions(s).approve).toBe(true);
      await c.applyApprove();
      const after = c.getState();
      expect(statusText(after)).toBe("已按标准核定 6 行，写入 12 个单元格，审减 8.804 万元（7.27%）");
      expect(after.result!.findings.filter((f) => f.severity === "error").map((f) => f.rule)).not.toEqual(
        expect.arrayContaining(["dev.person-month-price", "fees.integration-rate", "fees.four-fees-cap"]),
      );
      expect(after.result!.review.reduction.toFixed()).toBe("0");
      expect(after.result!.totals.grand).toBe("1123760");
      c.setLocale("en-US");
      expect(statusText(c.getState())).toBe(
        "Approved 6 lines to the standard, 12 cells written; reduced by CNY 8.804 (10k) (7.27%)",
      );
    });

    it("applies the plan, then re-checks so the findings reflect the new values, and can revert", async () => {
      const bridge = new FakeBridge(omBudget());
      const c = await ready(bridge);
      await c.check();
      const planned = c.getState().plan;
      expect(c.getState().result!.findings.map((f) => f.rule)).toContain("om.hardware-rate");
      c.openApprove();
      bridge.calls.length = 0;
      await c.applyApprove();
      let s = c.getState();
      expect(bridge.calls).toEqual(["applyChanges", "readWorkbook", "clearFlags", "flagFindings"]);
      expect(s.approveOpen).toBe(false);
      expect(s.error).toBeNull();
      expect(statusText(s)).toBe("已按标准核定 2 行，写入 3 个单元格，审减 38,000.00 元（14.71%）");
      expect(s.result!.findings.map((f) => f.rule)).not.toContain("om.hardware-rate");
      expect(s.result!.findings.map((f) => f.rule)).not.toContain("om.excluded-item");
      expect(s.plan).toEqual([]);
      expect(s.canRevert).toBe(true);
      expect(availableActions(s)).toMatchObject({ approve: false, revert: true });

      bridge.calls.length = 0;
      await c.revert();
      s = c.getState();
      expect(bridge.calls).toEqual(["revertChanges", "canRevert", "readWorkbook", "clearFlags", "flagFindings"]);
      expect(statusText(s)).toBe(`已恢复 ${planned.length} 个单元格`);
      expect(s.canRevert).toBe(false);
      expect(s.result!.findings.map((f) => f.rule)).toContain("om.hardware-rate");
      expect(s.plan).toEqual(planned);
    });

    it("names the cells revert left alone because they were edited, with what they held before, in either language", async () => {
      const bridge = new FakeBridge(omBudget());
      const c = await ready(bridge);
      await c.check();
      await c.applyApprove();
      bridge.revertSkipped = [
        { sheet: "运维预算表", address: "F6", before: "0.1" },
        { sheet: "运维预算表", address: "G6", before: "10000" },
      ];
      await c.revert();
      const s = c.getState();
      expect(statusText(s)).toBe(
        "已恢复 1 个单元格；F6、G6 在核定后被修改过，未恢复（保留了现在的内容；核定前为 F6：0.1、G6：10000）",
      );
      expect(s.status?.intent).toBe("info");
      expect(s.canRevert).toBe(false);
      c.setLocale("en-US");
      expect(statusText(c.getState())).toBe(
        "Restored 1 cells; F6, G6 changed after the approval and were not restored (kept as they are now; before the approval: F6: 0.1, G6: 10000)",
      );
    });

    it("names at most ten skipped cells, with their sheets when there are several, and counts the rest", async () => {
      const bridge = new FakeBridge(omBudget());
      const c = await ready(bridge);
      await c.check();
      await c.applyApprove();
      bridge.revertSkipped = [
        ...Array.from({ length: 11 }, (_, i) => ({ sheet: "运维预算表", address: `H${i + 1}`, before: "" })),
        { sheet: "其他 表", address: "A1", before: "=E5*0.1" },
      ];
      await c.revert();
      const text = statusText(c.getState())!;
      // Sheet names as on their tabs, unquoted.
      expect(text).toMatch(/运维预算表!H1、.*运维预算表!H10等 2 个单元格 在核定后被修改过/);
      expect(text).toContain("运维预算表!H1：（空）");
      expect(text).not.toContain("'");
      expect(text).not.toContain("H11");
    });

    it("says so when a budget needs no approval, and when only a person can allocate what is over", async () => {
      const bridge = new FakeBridge(omBudget());
      const c = await ready(bridge);
      await c.check();
      await c.applyApprove();
      await c.check();
      expect(c.getState().plan).toEqual([]);
      expect(statusText(c.getState())).toBe("各项金额均在标准之内，无需核定");
      expect(availableActions(c.getState()).approve).toBe(false);

      // An OA total over its tier: an error the standard does not allocate to lines.
      const oa = new FakeBridge({
        name: "oa.xlsx",
        sheets: [
          {
            name: "预算",
            origin: { row: 0, col: 0 },
            merges: [],
            values: [
              ["某局办公自动化(OA)系统建设项目预算表（小型）"],
              ["单位：元"],
              ["序号", "名称", "单位", "数量", "单价", "金额"],
              [1, "应用服务器", "台", 1, 300000, 300000],
            ],
          },
        ],
      });
      const d = await ready(oa);
      await d.check();
      expect(d.getState().result!.review.unadjusted.length).toBeGreaterThan(0);
      expect(d.getState().plan).toEqual([]);
      expect(statusText(d.getState())).toMatch(
        /^没有可按标准核定的金额；\d+ 项超限标准未规定如何核减到各行，需人工审定$/,
      );
    });

    it("shows a failing applyChanges as an error and does not re-check", async () => {
      const bridge = new FakeBridge(omBudget());
      const c = await ready(bridge);
      await c.check();
      bridge.failNext("applyChanges", new BridgeError("单元格被保护", "Cell is protected", "运维预算表", "G6"));
      bridge.calls.length = 0;
      await c.applyApprove();
      expect(bridge.calls).toEqual(["applyChanges"]);
      expect(formatPaneError(c.getState().error!, "en-US")).toBe("Cell is protected (sheet 运维预算表, cell G6)");
      expect(c.getState().canRevert).toBe(false);
    });
  });

  describe("results sheet and cells", () => {
    it("writes the findings in the current locale, and the 审核意见表 from the verdict in the budget's unit", async () => {
      const bridge = new FakeBridge(oaUpgrade());
      const c = await ready(bridge);
      await c.check();
      c.setLocale("en-US");
      await c.writeResultsSheet();
      const result = c.getState().result!;
      const pack = await fetchStandard(c.getState().used!.id);
      expect(bridge.resultsSheets).toEqual([
        {
          findings: result.findings,
          locale: "en-US",
          extras: { document: reviewDocument(result.model, pack, withReasons(result.review, pack)), unit: "万元" },
        },
      ]);
      expect(bridge.resultsSheets[0].extras!.document!.review).toEqual(withReasons(result.review, pack));
      expect(statusText(c.getState())).toMatch(/^Results sheet written/);
      expect(c.getState().status!.intent).toBe("success");
    });

    it("says so when our earlier sheets had been edited and were kept, naming the new sheets", async () => {
      const bridge = new FakeBridge(oaUpgrade());
      const c = await ready(bridge);
      await c.check();
      bridge.resultsOutcome = { sheets: ["审核意见表 (2)", "审核结果"], kept: ["审核意见表"] };
      await c.writeResultsSheet();
      expect(c.getState().status!.intent).toBe("info");
      expect(statusText(c.getState())).toMatch(
        /工作表 审核意见表 在上次写入后被修改过，已原样保留；本次结果写入新的工作表 审核意见表 \(2\)、审核结果/,
      );
      c.setLocale("en-US");
      // As the status bar shows it: English parameters where the part has them.
      const en = c
        .getState()
        .status!.parts.map((p) => t("en-US", p.key, p.paramsEn ?? p.params))
        .join(" ");
      expect(en).toMatch(
        /审核意见表 changed since the last write and were kept as they are; these results went to new sheets: 审核意见表 \(2\), 审核结果/,
      );
    });

    it("selects a finding's cell, and shows a failure to", async () => {
      const bridge = new FakeBridge(oaUpgrade());
      const c = await ready(bridge);
      await c.selectCell("投资估算表", "G16");
      expect(bridge.selected).toEqual(["投资估算表!G16"]);
      bridge.failNext("selectCell", new Error("工作表 投资估算表 已被删除"));
      await c.selectCell("投资估算表", "G16");
      expect(c.getState().error?.message).toBe("工作表 投资估算表 已被删除");
    });
  });

  it("notifies subscribers and stops after unsubscribing", async () => {
    const bridge = new FakeBridge(oaUpgrade());
    const c = await ready(bridge);
    const seen: string[] = [];
    const off = c.subscribe(() => seen.push(c.getState().locale));
    c.setLocale("en-US");
    off();
    c.setLocale("zh-CN");
    expect(seen).toEqual(["en-US"]);
  });

  it("reports a failed save without losing the choice", async () => {
    const bridge = new FakeBridge(oaUpgrade());
    const c = await ready(bridge);
    bridge.failNext("saveChoices", new Error("设置保存失败"));
    await c.setChoice("system", "website");
    expect(c.getState().choices.system).toBe("website");
    expect(c.getState().error?.message).toBe("设置保存失败");
  });

  describe("corrections", () => {
    const lineOf = (c: AuditController, name: string) => c.getState().result!.model.lines.find((l) => l.name === name)!;

    it("a category corrected from a finding is saved by sheet + name and the audit re-runs with it", async () => {
      const bridge = new FakeBridge(omBudget());
      const c = await ready(bridge);
      await c.check();
      const excluded = c.getState().result!.findings.find((f) => f.rule === "om.excluded-item")!;
      expect(excluded.lineId).toBe("运维预算表!14");
      bridge.calls.length = 0;
      await c.correctLine(excluded.lineId!, { category: "other" });
      const s = c.getState();
      expect(bridge.savedCorrections).toEqual([
        { lines: [{ sheet: "运维预算表", name: "互联网带宽租用", category: "other" }] },
      ]);
      expect(bridge.calls).toEqual(["saveCorrections", "readWorkbook", "clearFlags", "flagFindings"]);
      expect(s.result!.findings.map((f) => f.rule)).not.toContain("om.excluded-item");
      expect(s.result!.findings.find((f) => f.lineId === "运维预算表!14")?.rule).toBe("sheet.unclassified-line");
      expect(lineOf(c, "互联网带宽租用").categorySource).toBe("override");
      expect(s.corrections.lines).toHaveLength(1);
      expect(statusText(s)).toBe("已应用 1 项更正并重新检查");
      expect(s.busy).toBeNull();
    });

    it("a device class corrected re-rates the line; the saved corrections come back on the next opening", async () => {
      const bridge = new FakeBridge(omBudget());
      const c = await ready(bridge);
      await c.check();
      await c.correctLine("运维预算表!6", { hardwareClass: "B" });
      const rate = c
        .getState()
        .result!.findings.find((f) => f.rule === "om.hardware-rate" && f.lineId === "运维预算表!6")!;
      expect(rate.message).toMatch(/B类设备上限 6%/);
      expect(lineOf(c, "PC服务器维保").hardwareClass).toMatchObject({ cls: "B", corrected: true });

      const again = await ready(bridge);
      expect(again.getState().corrections).toEqual({
        lines: [{ sheet: "运维预算表", name: "PC服务器维保", hardwareClass: "B" }],
      });
      await again.check();
      expect(again.getState().result!.findings.find((f) => f.rule === "om.hardware-rate")!.message).toMatch(/B类/);
    });

    it("from an om.hardware-class-defaulted finding: class B for a device in no list clears the default and the over-rate error", async () => {
      const wb = omBudget();
      const sheet = wb.sheets[0];
      const row = sheet.values.findIndex((r) => r.includes("UPS维保"));
      sheet.values[row] = sheet.values[row].map((v) => (v === "UPS维保" ? "LED拼接屏维保" : v));
      const bridge = new FakeBridge(wb);
      const c = await ready(bridge);
      await c.check();
      const before = c
        .getState()
        .result!.findings.filter((f) => f.lineId === "运维预算表!8")
        .map((f) => f.rule);
      expect(before).toEqual(expect.arrayContaining(["om.hardware-rate", "om.hardware-class-defaulted"]));
      const defaulted = c.getState().result!.findings.find((f) => f.rule === "om.hardware-class-defaulted")!;
      await c.correctLine(defaulted.lineId!, { hardwareClass: "B" });
      // 6% is within class B's cap, and the class is no longer a default.
      expect(c.getState().result!.findings.filter((f) => f.lineId === "运维预算表!8")).toEqual([]);
      expect(bridge.savedCorrections.at(-1)).toEqual({
        lines: [{ sheet: "运维预算表", name: "LED拼接屏维保", hardwareClass: "B" }],
      });
    });

    it("a correction stays with its line when a row is inserted above it", async () => {
      const bridge = new FakeBridge(omBudget());
      const c = await ready(bridge);
      await c.check();
      await c.correctLine("运维预算表!6", { hardwareClass: "B" });
      const sheet = bridge.snapshot.sheets[0];
      const at = sheet.values.findIndex((r) => r.includes("核心交换机维保"));
      sheet.values.splice(
        at,
        0,
        sheet.values[at].map(() => null),
      );
      sheet.formulas = undefined;
      sheet.numberFormats = undefined;
      await c.check();
      const moved = c.getState().result!.model.lines.find((l) => l.name === "PC服务器维保")!;
      expect(moved.id).toBe("运维预算表!7");
      expect(moved.hardwareClass).toMatchObject({ cls: "B", corrected: true });
      expect(
        c.getState().result!.model.lines.find((l) => l.name === "核心交换机维保")!.hardwareClass?.corrected,
      ).toBeUndefined();
    });

    it("a category that has no classes drops the corrected class; correcting the same line again replaces its entry", async () => {
      const bridge = new FakeBridge(omBudget());
      const c = await ready(bridge);
      await c.check();
      await c.correctLine("运维预算表!6", { hardwareClass: "A" });
      await c.correctLine("运维预算表!6", { category: "om-hardware" });
      expect(c.getState().corrections.lines).toEqual([
        { sheet: "运维预算表", name: "PC服务器维保", category: "om-hardware", hardwareClass: "A" },
      ]);
      await c.correctLine("运维预算表!6", { category: "om-product-software" });
      expect(c.getState().corrections.lines).toEqual([
        { sheet: "运维预算表", name: "PC服务器维保", category: "om-product-software" },
      ]);
    });

    it("a column's role is corrected by sheet + header, and set to no role", async () => {
      const bridge = new FakeBridge(omBudget());
      const c = await ready(bridge);
      await c.check();
      const table = c.getState().result!.model.tables[0];
      await c.correctColumn(table.index, 7, null);
      expect(bridge.savedCorrections.at(-1)).toEqual({
        columns: [{ sheet: "运维预算表", header: "备注", role: null }],
      });
      const info = c.getState().result!.model.tables[0].columnInfo.find((i) => i.col === 7)!;
      expect(info).toMatchObject({ role: null, evidence: [{ kind: "override" }] });
      // The same role again changes nothing and re-runs nothing.
      bridge.calls.length = 0;
      await c.correctColumn(table.index, 7, null);
      expect(bridge.calls).toEqual([]);
    });

    it("removing a correction saves the rest (none: the setting is removed) and re-runs without it", async () => {
      const bridge = new FakeBridge(omBudget());
      const c = await ready(bridge);
      await c.check();
      await c.correctLine("运维预算表!14", { category: "other" });
      await c.correctLine("运维预算表!6", { hardwareClass: "B" });
      await c.removeCorrection("lines", 0);
      expect(c.getState().corrections).toEqual({
        lines: [{ sheet: "运维预算表", name: "PC服务器维保", hardwareClass: "B" }],
      });
      expect(c.getState().result!.findings.map((f) => f.rule)).toContain("om.excluded-item");
      await c.removeCorrection("lines", 0);
      expect(bridge.savedCorrections.at(-1)).toBeNull();
      expect(bridge.corrections).toBeNull();
      expect(c.getState().result!.findings.find((f) => f.rule === "om.hardware-rate")!.message).toMatch(/C类/);
    });

    it("a corrupt or crafted saved record is ignored as a whole, with a message in both languages, and the pane stays usable", async () => {
      for (const raw of [
        "{not json",
        JSON.stringify({
          lines: [{ sheet: "运维预算表", name: "PC服务器维保", category: "<img src=x onerror=alert(1)>" }],
        }),
        JSON.stringify({ lines: [{ sheet: "运维预算表", name: "PC服务器维保", hardwareClass: "B", __proto__x: 1 }] }),
        { columns: [{ sheet: "运维预算表", header: "备注", role: "constructor" }] },
        42,
        "x".repeat(3_000_000),
      ]) {
        const bridge = new FakeBridge(omBudget());
        bridge.corrections = raw;
        const c = await ready(bridge);
        const s = c.getState();
        expect(s.corrections).toEqual({});
        expect(s.status?.intent).toBe("warning");
        expect(statusText(s)).toMatch(/^工作簿中保存的更正记录无效，已忽略：/);
        c.setLocale("en-US");
        expect(
          c
            .getState()
            .status!.parts.map((p) => t("en-US", p.key, p.paramsEn ?? p.params))
            .join(""),
        ).toMatch(/^The corrections saved in this workbook are not valid/);
        await c.check();
        expect(c.getState().error).toBeNull();
        expect(c.getState().result!.findings.find((f) => f.rule === "om.hardware-rate")!.message).toMatch(/C类/);
      }
    });

    it("a valid saved record read back as an object (as some hosts hand it) is used", async () => {
      const bridge = new FakeBridge(omBudget());
      bridge.corrections = {
        lines: [{ sheet: "运维预算表", name: "互联网带宽租用", category: "other" }],
        $comment: "审核人 张三",
      };
      const c = await ready(bridge);
      expect(c.getState().status).toBeNull();
      await c.check();
      expect(c.getState().result!.findings.map((f) => f.rule)).not.toContain("om.excluded-item");
    });

    it("the second of two same-named lines is corrected as the second, not the first", async () => {
      const wb = omBudget();
      const sheet = wb.sheets[0];
      const row = sheet.values.findIndex((r) => r.includes("UPS维保"));
      sheet.values[row] = sheet.values[row].map((v) => (v === "UPS维保" ? "PC服务器维保" : v));
      const bridge = new FakeBridge(wb);
      const c = await ready(bridge);
      await c.check();
      const second = c.getState().result!.model.lines.filter((l) => l.name === "PC服务器维保")[1];
      await c.correctLine(second.id, { hardwareClass: "A" });
      expect(c.getState().corrections.lines).toEqual([
        { sheet: "运维预算表", name: "PC服务器维保", occurrence: 1, hardwareClass: "A" },
      ]);
      const [a, b] = c.getState().result!.model.lines.filter((l) => l.name === "PC服务器维保");
      expect([a.hardwareClass?.cls, b.hardwareClass?.cls]).toEqual(["C", "A"]);
    });

    it("包含隐藏工作表 reads hidden sheets and audits them, as the CLI's --include-hidden", async () => {
      const wb = omBudget();
      wb.sheets.push({ ...structuredClone(wb.sheets[0]), name: "隐藏明细", hidden: true });
      const bridge = new FakeBridge(wb);
      const c = await ready(bridge);
      await c.check();
      expect(bridge.readOpts).toEqual({ includeHidden: false });
      expect(c.getState().result!.findings.map((f) => f.rule)).toContain("sheet.hidden-skipped");
      await c.setChoice("includeHidden", true);
      expect(bridge.saved.at(-1)).toEqual({ standardId: "auto", overrides: { includeHiddenSheets: true } });
      await c.check();
      expect(bridge.readOpts).toEqual({ includeHidden: true });
      const r = c.getState().result!;
      expect(r.findings.map((f) => f.rule)).not.toContain("sheet.hidden-skipped");
      expect(r.model.lines.some((l) => l.sheet === "隐藏明细")).toBe(true);
    });
  });
});

/** oaUpgrade with its title and 编制单位 naming another district. */
function retitled(place: string): ReturnType<typeof oaUpgrade> {
  const wb = oaUpgrade();
  return {
    ...wb,
    sheets: wb.sheets.map((sh) => ({
      ...sh,
      values: sh.values.map((row) => row.map((v) => (typeof v === "string" ? v.replace(/杨浦/g, place) : v))),
    })),
  };
}

describe("every pack, 自动 and the packs' profile values", () => {
  it("starts on 自动 and, with the injected loader, checks a workbook titled 青浦… with qingpu-2024, saying why", async () => {
    const bridge = new FakeBridge(retitled("青浦"));
    const c = await ready(bridge);
    expect(c.getState().standardId).toBe("auto");
    await c.check();
    const s = c.getState();
    expect(s.error).toBeNull();
    expect(s.used).toEqual({
      id: "qingpu-2024",
      auto: true,
      reason: { zh: "标题含“青浦”", en: "the title names Qingpu (青浦)" },
    });
    expect(loads.sort()).toEqual(["gongshu-draft", "luohu-2024", "qingpu-2024", "qingyang-2024"]);
    const rules = s.result!.findings.map((f) => f.rule);
    expect(rules.some((r) => r.startsWith("qingpu."))).toBe(true);
    expect(rules.some((r) => r.startsWith("yangpu.") || /^(cost|om|labor)\./.test(r))).toBe(false);
    // After the check, the fields of the pack 自动 chose are shown.
    expect(s.profileFields.map((f) => f.name)).toContain("change_amount");
  });

  it("under 自动 a workbook naming no district falls back to yangpu-2023 and says so", async () => {
    const bridge = new FakeBridge(workbook("x", ...retitled("某").sheets));
    const c = await ready(bridge);
    await c.check();
    expect(c.getState().used).toMatchObject({ id: "yangpu-2023", auto: true });
    expect(c.getState().used?.reason?.zh).toMatch(/默认使用杨浦区区本级电子政务项目通用类配置标准（2023）/);
    expect(c.getState().used?.reason?.en).not.toMatch(/yangpu-2023/);
    expect(c.getState().profileFields).toEqual([]);
  });

  it("a chosen pack's profile fields appear, are saved with the other choices, and reach the audit (money as Decimal)", async () => {
    const engine = await import("../../src/core/engine");
    const spy = jest.spyOn(engine, "audit");
    try {
      const bridge = new FakeBridge(oaUpgrade());
      const c = await ready(bridge);
      await c.setStandard("qingpu-2024");
      const names = c.getState().profileFields.map((f) => f.name);
      expect(names).toEqual([
        "declared_total",
        "approved_total",
        "change_amount",
        "major_project",
        "review_route",
        "last_year_it_funds",
        "filed_total",
        "system_level",
        "subsystems_this_year",
        "classified",
      ]);
      await c.setProfileValue("approved_total", "1,000,000");
      await c.setProfileValue("review_route", "fast-iteration", true);
      await c.setProfileValue("major_project", "true", true);
      await c.setProfileValue("subsystems_this_year", "3");
      await c.saveChoices();
      expect(bridge.saved.at(-1)).toEqual({
        standardId: "qingpu-2024",
        overrides: {},
        profileValues: {
          approved_total: "1,000,000",
          review_route: "fast-iteration",
          major_project: "true",
          subsystems_this_year: "3",
        },
      });
      await c.check();
      expect(c.getState().error).toBeNull();
      expect(c.getState().used).toEqual({ id: "qingpu-2024", auto: false, reason: null });
      const [, pack, overrides] = spy.mock.calls.at(-1)!;
      expect(pack.id).toBe("qingpu-2024");
      expect(Decimal.isDecimal(overrides?.approvedTotal)).toBe(true);
      expect(overrides?.approvedTotal?.toFixed()).toBe("1000000");
      expect(overrides).toMatchObject({ reviewRoute: "fast-iteration", majorProject: true, subsystemsThisYear: 3 });

      // Yangpu declares none: no fields, and the values saved for Qingpu do not reach its audit.
      await c.setStandard("yangpu-2023");
      expect(c.getState().profileFields).toEqual([]);
      await c.check();
      expect(spy.mock.calls.at(-1)![2]?.approvedTotal).toBeUndefined();

      // Read back on the next opening.
      const again = new FakeBridge(oaUpgrade());
      again.choices = bridge.saved.at(-1)!;
      const c2 = await ready(again);
      expect(c2.getState().choices.values).toMatchObject({ approved_total: "1,000,000" });
    } finally {
      spy.mockRestore();
    }
  });

  it("a profile value that is not one stops the check with a message naming the field, in both languages", async () => {
    const bridge = new FakeBridge(oaUpgrade());
    const c = await ready(bridge);
    await c.setStandard("luohu-2024");
    await c.setProfileValue("acceptance_date", "2024-02-30");
    await c.check();
    expect(c.getState().error?.message).toBe(
      "“竣工验收日期”的值“2024-02-30”无效：应为确实存在的日期 YYYY-MM-DD，如 2024-06-30",
    );
    expect(c.getState().error?.messageEn).toBe(
      '"Acceptance date": "2024-02-30" is not valid; expected a real calendar date YYYY-MM-DD such as 2024-06-30',
    );
    expect(bridge.calls).not.toContain("flagFindings");
  });

  it("a pack that cannot be fetched is an error naming it, never a silent fall back to another pack", async () => {
    setPackLoader(async () => {
      throw new Error("HTTP 404");
    });
    const bridge = new FakeBridge(retitled("青浦"));
    const c = await ready(bridge);
    await c.setStandard("qingpu-2024");
    expect(c.getState().error?.message).toBe(
      "无法载入配置标准“青浦区数字化项目管理办法（青数〔2024〕49号）”：HTTP 404。请检查网络后重试，或选择其他标准。",
    );
    expect(c.getState().error?.messageEn).toMatch(
      /^Could not load the standard "Qingpu District digital project management measures \(2024\)": HTTP 404/,
    );
    // No pack id in what the user reads.
    expect(c.getState().error?.message).not.toMatch(/qingpu-2024/);
    await c.check();
    expect(c.getState().error?.message).toMatch(/青浦区数字化项目管理办法/);
    expect(c.getState().result).toBeNull();
    expect(bridge.calls).not.toContain("readWorkbook");

    // Under 自动 too: the workbook is read, but no check is made with a pack other than the one it would have chosen.
    await c.setStandard("auto");
    await c.check();
    expect(c.getState().error?.message).toMatch(/无法载入配置标准/);
    expect(c.getState().result).toBeNull();
    expect(c.getState().used).toBeNull();

    // A pack that arrives but is not the file it should be is refused the same way.
    setPackLoader(async () => ({ id: "someone-else", rules: {} }));
    await c.setStandard("luohu-2024");
    expect(c.getState().error?.message).toMatch(
      /罗湖区政务信息化项目管理办法（罗府办规〔2024〕3号）”：bundled pack luohu-2024 does not match/,
    );

    // Back to a loader that works: the next check goes through.
    setPackLoader(fromDisk);
    await c.setStandard("auto");
    await c.check();
    expect(c.getState().error).toBeNull();
    expect(c.getState().used?.id).toBe("qingpu-2024");
  });
});
