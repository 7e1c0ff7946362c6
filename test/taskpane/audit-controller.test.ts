import { AuditController, availableActions, type PaneState } from "../../src/taskpane/audit-controller";
import { formatPaneError } from "../../src/taskpane/pane-error";
import { t } from "../../src/taskpane/i18n";
import { BridgeError } from "../../src/excel/errors";
import { oaUpgrade, omBudget } from "../acceptance/workbooks";
import { FakeBridge } from "./fake-bridge";

function statusText(s: PaneState): string | undefined {
  return s.status?.parts.map((p) => t(s.locale, p.key, p.params)).join("");
}

async function ready(bridge: FakeBridge, locale: "zh-CN" | "en-US" = "zh-CN"): Promise<AuditController> {
  const c = new AuditController(bridge, locale);
  await c.init();
  bridge.calls.length = 0;
  return c;
}

describe("AuditController", () => {
  it("a workbook with no budget table is an error that says what a budget table needs, not an empty clean result", async () => {
    const bridge = new FakeBridge({ name: "x", sheets: [{ name: "会议纪要", origin: { row: 0, col: 0 }, values: [["会议纪要"], ["讨论了项目进度。"]], merges: [] }] });
    const c = await ready(bridge);
    await c.check();
    const s = c.getState();
    expect(s.error?.message).toMatch(/没有.*找到预算表/);
    expect(s.error?.messageEn).toMatch(/No budget table/);
    expect(bridge.calls).not.toContain("flagFindings");
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
      expect(s.choices).toEqual({ kind: "om", system: "auto", tier: "small", lastYearOm: "230000" });
      expect(s.hasFlags).toBe(true);
      expect(s.canRevert).toBe(false);
      expect(availableActions(s)).toEqual({ check: true, clear: true, recalc: false, revert: false, results: false, choices: true });
      expect(bridge.calls).toEqual(expect.arrayContaining(["loadChoices", "canRevert", "hasFlags"]));
    });

    it("falls back to the first bundled standard for an unknown saved one", async () => {
      const bridge = new FakeBridge(oaUpgrade());
      bridge.choices = { standardId: "gone-2019" };
      const c = await ready(bridge);
      expect(c.getState().standardId).toBe("yangpu-2023");
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
      expect(availableActions(s)).toMatchObject({ check: true, clear: true, results: true, recalc: false });
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
      expect(availableActions(c.getState())).toMatchObject({ check: false, clear: false, recalc: false, revert: false, results: false, choices: false });
      await c.check();
      await first;
      expect(bridge.calls.filter((m) => m === "readWorkbook")).toHaveLength(1);
    });

    it("passes the profile choices to the engine and saves them", async () => {
      const bridge = new FakeBridge(oaUpgrade());
      const c = await ready(bridge);
      await c.setChoice("kind", "construction");
      expect(bridge.saved.at(-1)).toEqual({ standardId: "yangpu-2023", overrides: { kind: "construction" } });
      c.setLastYearOm("100,000");
      await c.check();
      const p = c.getState().result!.model.profile;
      expect(p.kind).toBe("construction");
      expect(p.sources.kind).toBe("override");
      expect(bridge.saved.at(-1)).toEqual({ standardId: "yangpu-2023", overrides: { kind: "construction", lastYearOm: "100000" } });
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
      bridge.failNext("readWorkbook", new BridgeError("无法读取工作表 投资估算表", "Cannot read sheet", "投资估算表", "A1:H40"));
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

  describe("O&M recalculation", () => {
    it("plans changes after a check of an O&M budget and enables the button", async () => {
      const bridge = new FakeBridge(omBudget());
      const c = await ready(bridge);
      await c.check();
      const s = c.getState();
      expect(s.plan.map((ch) => ch.address)).toContain("G6");
      expect(availableActions(s).recalc).toBe(true);
      c.openRecalc();
      expect(c.getState().recalcOpen).toBe(true);
      c.cancelRecalc();
      expect(c.getState().recalcOpen).toBe(false);
      expect(bridge.calls).not.toContain("applyChanges");
    });

    it("applies the plan, then re-checks so the findings reflect the new values, and can revert", async () => {
      const bridge = new FakeBridge(omBudget());
      const c = await ready(bridge);
      await c.check();
      const planned = c.getState().plan;
      expect(c.getState().result!.findings.map((f) => f.rule)).toContain("om.hardware-rate");
      c.openRecalc();
      bridge.calls.length = 0;
      await c.applyRecalc();
      let s = c.getState();
      expect(bridge.calls).toEqual(["applyChanges", "readWorkbook", "clearFlags", "flagFindings"]);
      expect(s.recalcOpen).toBe(false);
      expect(s.error).toBeNull();
      expect(statusText(s)).toBe(`已重算 ${planned.length} 处运维费`);
      expect(s.result!.findings.map((f) => f.rule)).not.toContain("om.hardware-rate");
      expect(s.plan).toEqual([]);
      expect(s.canRevert).toBe(true);
      expect(availableActions(s)).toMatchObject({ recalc: false, revert: true });

      bridge.calls.length = 0;
      await c.revert();
      s = c.getState();
      expect(bridge.calls).toEqual(["revertChanges", "canRevert", "readWorkbook", "clearFlags", "flagFindings"]);
      expect(statusText(s)).toBe(`已恢复 ${planned.length} 个单元格`);
      expect(s.canRevert).toBe(false);
      expect(s.result!.findings.map((f) => f.rule)).toContain("om.hardware-rate");
      expect(s.plan.length).toBe(planned.length);
    });

    it("names the cells revert left alone because they were edited, with what they held before, in either language", async () => {
      const bridge = new FakeBridge(omBudget());
      const c = await ready(bridge);
      await c.check();
      await c.applyRecalc();
      bridge.revertSkipped = [
        { sheet: "运维预算表", address: "F6", before: "0.1" },
        { sheet: "运维预算表", address: "G6", before: "10000" },
      ];
      await c.revert();
      const s = c.getState();
      expect(statusText(s)).toBe("已恢复 5 个单元格；F6、G6 在重算后被修改过，未恢复（保留了现在的内容；重算前为 F6=0.1、G6=10000）");
      expect(s.status?.intent).toBe("info");
      expect(s.canRevert).toBe(false);
      c.setLocale("en-US");
      expect(statusText(c.getState())).toBe(
        "Restored 5 cells; F6, G6 changed after the recalculation and were not restored (kept as they are now; before the recalculation: F6=0.1, G6=10000)",
      );
    });

    it("names at most ten skipped cells, with their sheets when there are several, and counts the rest", async () => {
      const bridge = new FakeBridge(omBudget());
      const c = await ready(bridge);
      await c.check();
      await c.applyRecalc();
      bridge.revertSkipped = [
        ...Array.from({ length: 11 }, (_, i) => ({ sheet: "运维预算表", address: `H${i + 1}`, before: "" })),
        { sheet: "其他 表", address: "A1", before: "=E5*0.1" },
      ];
      await c.revert();
      const text = statusText(c.getState())!;
      expect(text).toMatch(/'运维预算表'!H1、.*'运维预算表'!H10等 2 个单元格 在重算后被修改过/);
      expect(text).toContain("'运维预算表'!H1=（空）");
      expect(text).not.toContain("H11");
    });

    it("says so when an O&M budget needs no recalculation", async () => {
      const bridge = new FakeBridge(omBudget());
      const c = await ready(bridge);
      await c.check();
      await c.applyRecalc();
      await c.check();
      expect(c.getState().plan).toEqual([]);
      expect(statusText(c.getState())).toBe("运维费均符合标准费率，无需重算");
    });

    it("shows a failing applyChanges as an error and does not re-check", async () => {
      const bridge = new FakeBridge(omBudget());
      const c = await ready(bridge);
      await c.check();
      bridge.failNext("applyChanges", new BridgeError("单元格被保护", "Cell is protected", "运维预算表", "G6"));
      bridge.calls.length = 0;
      await c.applyRecalc();
      expect(bridge.calls).toEqual(["applyChanges"]);
      expect(formatPaneError(c.getState().error!, "en-US")).toBe("Cell is protected (sheet 运维预算表, cell G6)");
      expect(c.getState().canRevert).toBe(false);
    });
  });

  describe("results sheet and cells", () => {
    it("writes the findings in the current locale", async () => {
      const bridge = new FakeBridge(oaUpgrade());
      const c = await ready(bridge);
      await c.check();
      c.setLocale("en-US");
      await c.writeResultsSheet();
      expect(bridge.resultsSheets).toEqual([{ findings: c.getState().result!.findings, locale: "en-US" }]);
      expect(statusText(c.getState())).toMatch(/^Results sheet written/);
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
});
