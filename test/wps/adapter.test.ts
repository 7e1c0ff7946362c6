import { audit } from "../../src/core/engine";
import { planApproval } from "../../src/core/plan/approval-plan";
import { isAdjustable } from "../../src/core/plan/verdict";
import { reviewDocument } from "../../src/core/report/review-sheet";
import { withReasons } from "../../src/core/report/verdict-text";
import { SEVERITY_FILL } from "../../src/core/plan/flags";
import { createWpsBridge } from "../../src/wps/wps-bridge";
import { STORE_SHEET } from "../../src/wps/store";
import { fakeFromSnapshot } from "../support/fake-from-snapshot";
import { wpsFromFake, WpsEmulator, type WpsEmulatorSheet } from "../support/wps-emulator";
import { oaUpgrade, omBudget } from "../acceptance/workbooks";
import { yangpu } from "../support/pack";

const pack = yangpu();

/** Everything a person could see or WPS would save of a workbook: sheets in order, visibility, cells, merges. */
function state(app: WpsEmulator) {
  return app.book.sheets.map((s: WpsEmulatorSheet) => ({
    name: s.name,
    visible: s.visible,
    cells: [...s.cells]
      .filter(([, c]) => Object.keys(c).length > 0)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, c]) => [k, JSON.parse(JSON.stringify(c))]),
    merges: s.merges,
  }));
}

function omApp(): WpsEmulator {
  const app = wpsFromFake(fakeFromSnapshot(omBudget()));
  const s = app.book.sheet("运维预算表")!;
  // What the user had: a yellow fill on G6 (flagged), a white fill on G7 (flagged? no: compliant), a patterned
  // fill and a comment of their own on E13 (flagged), a comment on an unflagged cell.
  s.ensure(5, 6).fill = { color: "#FFFF00", pattern: 1 };
  s.ensure(12, 4).fill = { color: "#FFFFFF", pattern: 1 };
  s.ensure(12, 4).comment = "经办人：张三";
  s.ensure(13, 4).fill = { color: "#C0C0C0", pattern: 17, patternColor: "#000000" };
  s.ensure(2, 1).comment = "表头说明";
  return app;
}

async function checked(app: WpsEmulator) {
  const bridge = createWpsBridge(app as never);
  const result = audit(await bridge.readWorkbook(), pack);
  return { bridge, result };
}

describe("flags on WPS", () => {
  test("check fills and comments the findings' cells; 清除标记 leaves the workbook exactly as it was", async () => {
    const app = omApp();
    const before = state(app);
    const { bridge, result } = await checked(app);
    const { flagged } = await bridge.flagFindings(result.findings);
    expect(flagged).toBeGreaterThanOrEqual(3);
    const s = app.book.sheet("运维预算表")!;
    expect(s.cell(5, 6)?.fill).toEqual({ color: SEVERITY_FILL.error.toUpperCase(), pattern: 1 });
    expect(s.cell(12, 4)?.comment).toMatch(/^经办人：张三\n—+\n预算标尺 Budget Ruler/);
    expect(s.cell(13, 4)?.comment).toMatch(/^预算标尺 Budget Ruler/);
    // The record lives in a very hidden sheet of ours, not among the user's.
    expect(app.book.sheet(STORE_SHEET)?.visible).toBe(2);
    expect(await bridge.hasFlags()).toBe(true);
    const cleared = await bridge.clearFlags();
    expect(cleared.restored).toBe(flagged);
    expect(state(app)).toEqual(before);
    expect(await bridge.hasFlags()).toBe(false);
  });

  test("a second check replaces the first one's flags; a colour the user set since stays theirs", async () => {
    const app = omApp();
    const before = state(app);
    const { bridge, result } = await checked(app);
    await bridge.flagFindings(result.findings);
    await bridge.flagFindings(result.findings);
    expect(
      app.book
        .sheet("运维预算表")!
        .cell(12, 4)
        ?.comment?.match(/预算标尺/g),
    ).toHaveLength(1);
    app.book.sheet("运维预算表")!.ensure(5, 6).fill = { color: "#00B050", pattern: 1 };
    const { skipped } = await bridge.clearFlags();
    expect(skipped).toBe(1);
    const after = state(app);
    const g6 = (x: typeof before) => x[0].cells.find(([k]) => k === "5,6")![1];
    expect(g6(after).fill).toEqual({ color: "#00B050", pattern: 1 });
    expect(after[0].cells.filter(([k]) => k !== "5,6")).toEqual(before[0].cells.filter(([k]) => k !== "5,6"));
  });

  test("a protected sheet is named and nothing is written", async () => {
    const app = omApp();
    const { bridge, result } = await checked(app);
    const before = state(app);
    app.book.sheet("运维预算表")!.protectContents = true;
    await expect(bridge.flagFindings(result.findings)).rejects.toMatchObject({
      message: expect.stringMatching(/工作表“运维预算表”受保护，未写入任何内容。.*撤销工作表保护/),
      sheet: "运维预算表",
    });
    expect(state(app)).toEqual(before);
  });

  test("a crafted flag record is refused and removed, no cell changed", async () => {
    const app = omApp();
    const { bridge, result } = await checked(app);
    await bridge.flagFindings(result.findings);
    const store = app.book.sheet(STORE_SHEET)!;
    const key = [...store.cells].find(([, c]) => c.value === "budgetRuler.flags")![0];
    const row = Number(key.split(",")[0]);
    store.ensure(row, 1).value = JSON.stringify({
      v: 1,
      sheets: { 运维预算表: [["G6", "#FFC7CE", "javascript:", null]] },
    });
    for (let c = 2; store.cell(row, c); c++) store.cells.delete(`${row},${c}`);
    const before = state(app).filter((s) => s.name !== STORE_SHEET);
    await expect(bridge.clearFlags()).rejects.toThrow(/标记记录无效.*原填充格式无效/);
    expect(state(app).filter((s) => s.name !== STORE_SHEET)).toEqual(before);
    expect(await bridge.hasFlags()).toBe(false);
  });
});

describe("按标准核定 and 撤销核定 on WPS", () => {
  test.each([
    ["O&M", omBudget],
    ["construction in 万元", oaUpgrade],
  ])("%s: live formulas written, the re-check clean; revert puts every cell back exactly", async (_n, build) => {
    const app = wpsFromFake(fakeFromSnapshot(build()));
    const before = state(app);
    const { bridge, result } = await checked(app);
    const changes = planApproval(result.model, result.review);
    expect(changes.length).toBeGreaterThan(0);
    expect(await bridge.applyChanges(changes)).toEqual({ written: changes.length });
    const again = audit(await bridge.readWorkbook(), pack);
    expect(again.findings.filter((f) => isAdjustable(pack, f))).toEqual([]);
    expect(again.review.reduction.toFixed()).toBe("0");
    expect(await bridge.canRevert()).toBe(true);
    expect(await bridge.revertChanges()).toEqual({ restored: changes.length, skipped: [] });
    expect(state(app)).toEqual(before);
    expect(await bridge.canRevert()).toBe(false);
  });

  test("O&M: G6 becomes =E6*F6 with F6 at the cap, as in the Excel add-in", async () => {
    const app = wpsFromFake(fakeFromSnapshot(omBudget()));
    const { bridge, result } = await checked(app);
    const changes = planApproval(result.model, result.review);
    expect(changes.map((c) => c.address)).toEqual(["G6", "F6", "E14"]);
    await bridge.applyChanges(changes);
    const s = app.book.sheet("运维预算表")!;
    expect(s.content(5, 6)).toEqual({ formula: "=E6*F6", value: 8000 });
    expect(s.content(5, 5)).toEqual({ value: 0.08 });
    expect(s.content(13, 4)).toEqual({ value: 0 });
    expect(s.cell(8, 6)?.value).toBe(25400); // the 小计 follows
  });

  test("a user's edit after 按标准核定 survives 撤销核定 and is named with what the cell held before", async () => {
    const app = wpsFromFake(fakeFromSnapshot(omBudget()));
    const { bridge, result } = await checked(app);
    await bridge.applyChanges(planApproval(result.model, result.review));
    const s = app.book.sheet("运维预算表")!;
    s.ensure(13, 4).value = 12000; // the user types 12,000 into E14 after the approval
    const outcome = await bridge.revertChanges();
    expect(outcome).toEqual({ restored: 2, skipped: [{ sheet: "运维预算表", address: "E14", before: "36000" }] });
    expect(s.content(13, 4)).toEqual({ value: 12000 });
    expect(s.content(5, 6)).toEqual({ value: 10000 });
    expect(s.content(5, 5)).toEqual({ value: 0.1 });
  });

  test("a cell changed since the check, or a protected sheet, stops 按标准核定 before anything is written", async () => {
    const app = wpsFromFake(fakeFromSnapshot(omBudget()));
    const { bridge, result } = await checked(app);
    const changes = planApproval(result.model, result.review);
    const s = app.book.sheet("运维预算表")!;
    s.ensure(13, 4).value = 30000;
    const before = state(app);
    await expect(bridge.applyChanges(changes)).rejects.toThrow(/单元格 '运维预算表'!E14 在检查后被修改过/);
    expect(state(app)).toEqual(before);
    s.ensure(13, 4).value = 36000;
    s.protectContents = true;
    await expect(bridge.applyChanges(changes)).rejects.toThrow(/受保护，未写入任何内容/);
    expect(await bridge.canRevert()).toBe(false);
  });
});

describe("calls to the object model", () => {
  /** An O&M sheet of `lines` maintenance lines, three of them over the cap; a merged title; section rows. */
  function maintenance(lines: number): WpsEmulator {
    const app = new WpsEmulator();
    const s = app.book.addSheet("运维");
    const rows: (string | number | null)[][] = [
      ["2025年度运维项目预算表"],
      ["单位：元"],
      ["序号", "设备名称", "购置金额", "维护费率", "年维护费"],
    ];
    for (let i = 0; i < lines; i++)
      rows.push([i + 1, `PC服务器${i}维保`, 100000, i < 3 ? 0.1 : 0.08, i < 3 ? 10000 : 8000]);
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null) return;
        const cell = s.ensure(r, c);
        cell.value = v;
        if (r > 2 && c === 3) cell.numberFormat = "0%";
        if (r > 2 && (c === 2 || c === 4)) cell.numberFormat = "#,##0.00";
      }),
    );
    s.merges.push({ top: 0, left: 0, bottom: 0, right: 4 });
    return app;
  }

  async function callsOfCheck(lines: number) {
    const app = maintenance(lines);
    const bridge = createWpsBridge(app as never);
    app.resetCalls();
    const snapshot = await bridge.readWorkbook();
    const reading = app.calls;
    const result = audit(snapshot, pack);
    await bridge.flagFindings(result.findings);
    return { reading, check: app.calls, findings: result.findings.filter((f) => f.cell).length };
  }

  test("a 10,000-line sheet costs no more calls than a 100-line one, plus a constant", async () => {
    const small = await callsOfCheck(100);
    const large = await callsOfCheck(10_000);
    expect(large.findings).toBe(small.findings);
    // Reading: the used range whole (Value2, Formula), one NumberFormat per numeric column, MergeCells halving
    // down to the merged title: 7 more halving levels at 10,000 rows than at 100, 4 calls each (both halves'
    // Range and MergeCells). Flagging costs the same: it goes by findings, not lines.
    expect(small.reading).toBeLessThan(80);
    expect(large.reading - small.reading).toBeLessThanOrEqual(28);
    expect(large.check - small.check).toBe(large.reading - small.reading);
  });
});

describe("results sheets and saved state on WPS", () => {
  test("审核意见表 and 审核结果 are written, not read back as budget, rewritten in place, kept when edited", async () => {
    const app = wpsFromFake(fakeFromSnapshot(oaUpgrade()));
    const { bridge, result } = await checked(app);
    const extras = {
      document: reviewDocument(result.model, pack, withReasons(result.review, pack)),
      unit: result.model.profile.unit,
    };
    const first = await bridge.writeResultsSheet(result.findings, "zh-CN", extras);
    expect(first).toEqual({ sheets: ["审核意见表", "审核结果"], kept: [] });
    const findingsSheet = app.book.sheet("审核结果")!;
    expect(findingsSheet.cell(0, 0)?.bold).toBe(true);
    expect([...findingsSheet.cells.values()].some((c) => /^=HYPERLINK\("#'投资估算表'!/.test(c.formula ?? ""))).toBe(
      true,
    );
    // The sheets of ours are not audited.
    const again = audit(await bridge.readWorkbook(), pack);
    expect(again.findings.map((f) => f.sheet).filter((s) => s === "审核结果" || s === "审核意见表")).toEqual([]);
    // Unedited: rewritten in place (and in English renamed), no new sheet.
    const english = await bridge.writeResultsSheet(result.findings, "en-US", extras);
    expect(english).toEqual({ sheets: ["Review opinion", "Audit results"], kept: [] });
    expect(app.book.sheets.map((s) => s.name)).toEqual(["投资估算表", "Review opinion", "Audit results", STORE_SHEET]);
    // Edited: kept as it is, new sheets written beside it.
    app.book.sheet("Audit results")!.ensure(40, 0).value = "复核意见：同意";
    const third = await bridge.writeResultsSheet(result.findings, "en-US", extras);
    expect(third.kept).toEqual(["Audit results"]);
    expect(third.sheets).toEqual(["Review opinion", "Audit results (2)"]);
    expect(app.book.sheet("Audit results")!.cell(40, 0)?.value).toBe("复核意见：同意");
  });

  test("choices and corrections round-trip through the store, long records in many cells", async () => {
    const app = wpsFromFake(fakeFromSnapshot(omBudget()));
    const bridge = createWpsBridge(app as never);
    expect(await bridge.loadChoices()).toEqual({});
    const long = "很长的更正".repeat(20_000); // 100,000 characters: four cells of the store
    await bridge.saveChoices({ standardId: "qingpu-2024", profileValues: { unit_name: long } });
    expect(await bridge.loadChoices()).toEqual({ standardId: "qingpu-2024", profileValues: { unit_name: long } });
    const corrections = { lines: [{ sheet: "运维预算表", name: "UPS维保", hardwareClass: "B" as const }], columns: [] };
    await bridge.saveCorrections(corrections);
    expect(JSON.parse((await bridge.loadCorrections()) as string)).toEqual(corrections);
    await bridge.saveCorrections(null);
    expect(await bridge.loadCorrections()).toBeNull();
    expect(await bridge.loadChoices()).toMatchObject({ standardId: "qingpu-2024" });
  });

  test("no workbook open: a message, not an exception's text", async () => {
    const app = new WpsEmulator();
    app.closed = true;
    await expect(createWpsBridge(app as never).readWorkbook()).rejects.toThrow(/没有打开的工作簿/);
  });

  test("a one-cell sheet (Value2 a scalar) and an empty sheet read as the other hosts read them", async () => {
    const app = new WpsEmulator();
    app.book.addSheet("说明").ensure(2, 3).value = "仅一格";
    app.book.addSheet("空白");
    const snap = await createWpsBridge(app as never).readWorkbook();
    expect(snap.sheets.map((s) => [s.name, s.origin, s.values])).toEqual([["说明", { row: 2, col: 3 }, [["仅一格"]]]]);
  });
});
