import * as path from "path";
import { parseResultsRecord, SETTING_RESULTS, writeResults } from "../../src/excel/results-sheet";
import { REQUEST_BUDGET } from "../../src/excel/batch";
import { FakeWorkbook, type FakeSheet } from "../support/fake-excel";
import { fakeFromSnapshot } from "../support/fake-from-snapshot";
import { audit } from "../../src/core/engine";
import { reviewDocument, reviewSheet } from "../../src/core/report/review-sheet";
import { readWorkbook } from "../../src/cli/read-xlsx";
import { yangpu } from "../support/pack";
import { bridgeFor } from "../support/office-bridge";
import { withReasons } from "../../src/core/report/verdict-text";

const pack = yangpu();
const SAMPLE = path.join(__dirname, "../../assets/sample-budget.xlsx");

async function sampleBook() {
  const book = fakeFromSnapshot(readWorkbook(SAMPLE).snapshot);
  const result = audit(await bridgeFor(book).readWorkbook(), pack);
  return { book, result };
}

const docOf = (result: Awaited<ReturnType<typeof sampleBook>>["result"]) =>
  reviewDocument(result.model, pack, withReasons(result.review, pack));
const extrasOf = (result: Awaited<ReturnType<typeof sampleBook>>["result"]) => ({
  document: docOf(result),
  unit: result.model.profile.unit,
});
const rowOf = (sheet: FakeSheet, col: number, text: string) => {
  for (let r = 0; r < 4000; r++) if (sheet.cell(r, col)?.value === text) return r;
  return -1;
};

describe("the pane's results sheets: the 审核意见表 document the CLI writes", () => {
  test("审核意见表 then 审核结果: the document's rows, numbers with formats, links, merges, heights, page setup; shown, rewritten in place, never read back", async () => {
    const { book, result } = await sampleBook();
    await writeResults(book.run as never, result.findings, "zh-CN", extrasOf(result));
    await writeResults(book.run as never, result.findings, "zh-CN", extrasOf(result));
    expect(book.sheets.map((s) => s.name)).toEqual(["投资估算表", "审核意见表", "审核结果"]);
    expect(book.activeSheet).toBe("审核意见表");
    const r = book.sheet("审核意见表")!;
    const layout = reviewSheet(docOf(result), { locale: "zh-CN", unit: "万元" });
    layout.rows.forEach((row, i) =>
      row.cells.forEach((c, j) => {
        if (typeof c === "string") expect(r.cell(i, j)?.value).toBe(c);
      }),
    );
    expect(r.cell(0, 0)?.value).toBe("杨浦区某局协同办公系统升级改造项目审核意见表");
    const dev = rowOf(r, 1, "流程审批模块定制开发");
    expect(r.cell(dev, 2)?.formula).toBe(`=HYPERLINK("#'投资估算表'!G13","G13")`);
    expect(r.cell(dev, 3)).toMatchObject({ value: 26, numberFormat: "#,##0.00" });
    expect(r.cell(dev, 4)?.value).toBe(20);
    const totalRow = rowOf(r, 1, "项目合计");
    expect([3, 4, 5].map((c) => r.cell(totalRow, c)?.value)).toEqual([121.18, 112.376, 8.804]);
    expect(r.cell(totalRow + 1, 5)).toMatchObject({ value: 0.0727, numberFormat: "0.00%" });
    expect(r.cell(layout.rows.length, 0)).toBeUndefined();
    // Laid out to print: the title merged across, row heights for wrapped reasons, column widths, A4 landscape.
    expect(r.merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: 7 });
    const consulting = rowOf(r, 1, "项目咨询（或设计）费");
    expect(r.rowHeights.get(consulting)).toBe(layout.rows[consulting].height);
    expect(r.rowHeights.get(dev - 1)).toBeUndefined();
    expect(r.columnWidths.size).toBe(8);
    const header = layout.rows.findIndex((x) => x.style === "header") + 1;
    expect(r.pageLayout).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: `$${header}:$${header}`,
      centerFooter: "第 &P 页，共 &N 页",
    });
    const f = book.sheet("审核结果")!;
    expect(f.cell(0, 8)?.value).toBe("计量");
    const finding = [...Array(10).keys()]
      .map((i) => i + 1)
      .find((i) => f.cell(i, 2)?.value === "dev.person-month-price")!;
    expect([6, 7, 8].map((c) => f.cell(finding, c)?.value)).toEqual([2.6, 2, "万元"]);
    expect((await bridgeFor(book).readWorkbook()).sheets.map((s) => s.name)).toEqual(["投资估算表"]);
  });

  test("English names and labels for en-US", async () => {
    const { book, result } = await sampleBook();
    await writeResults(book.run as never, result.findings, "en-US", extrasOf(result));
    expect(book.sheets.map((s) => s.name)).toEqual(["投资估算表", "Review opinion", "Audit results"]);
    const r = book.sheet("Review opinion")!;
    expect(r.cell(rowOf(r, 0, "No."), 3)?.value).toBe("Submitted (万元)");
    expect((await bridgeFor(book).readWorkbook()).sheets.map((s) => s.name)).toEqual(["投资估算表"]);
  });

  test("a protected 审核意见表 of ours is named before anything is written", async () => {
    const { book, result } = await sampleBook();
    await writeResults(book.run as never, result.findings, "zh-CN", extrasOf(result));
    const before = book.sheet("审核结果")!.cell(2, 0)?.value;
    expect(before).toBe(2); // 序号 of the second finding
    book.sheet("审核意见表")!.protected = true;
    await expect(
      writeResults(book.run as never, result.findings.slice(0, 1), "zh-CN", extrasOf(result)),
    ).rejects.toThrow(/工作表“审核意见表”受保护/);
    // Nothing was written: the findings sheet still holds the first run's rows.
    expect(book.sheet("审核结果")!.cell(2, 0)?.value).toBe(before);
  });

  test("a verdict of 3,000 reduced lines: every request under 4 MB, syncs a handful whatever the rows", async () => {
    const syncsFor = async (n: number) => {
      const book = new FakeWorkbook("1.18");
      const rows: (string | number)[][] = [["序号", "设备名称", "购置金额", "维护费率", "年维护费"]];
      for (let i = 0; i < n; i++) rows.push([i + 1, `PC服务器${i}维保`, 100000, 0.1, 10000]);
      book.addSheet("运维").setRows([["2025年度运维项目预算表"], ["单位：元"], ...rows]);
      const result = audit(await bridgeFor(book).readWorkbook(), pack);
      expect(result.review.lines).toHaveLength(n);
      book.resetStats();
      await writeResults(book.run as never, result.findings, "zh-CN", {
        document: reviewDocument(result.model, pack, withReasons(result.review, pack)),
        unit: "元",
      });
      await writeResults(book.run as never, result.findings, "zh-CN", {
        document: reviewDocument(result.model, pack, withReasons(result.review, pack)),
        unit: "元",
      });
      expect(Math.max(...book.stats.requestBytes)).toBeLessThan(REQUEST_BUDGET);
      const r = book.sheet("审核意见表")!;
      const last = rowOf(r, 1, `PC服务器${n - 1}维保`);
      expect(r.cell(last, 5)).toMatchObject({ value: 2000, numberFormat: "#,##0.00" });
      expect(r.cell(rowOf(r, 1, "项目合计"), 3)?.value).toBe(10000 * n);
      expect(book.sheets.map((s) => s.name)).toEqual(["运维", "审核意见表", "审核结果"]);
      return book.stats.syncs;
    };
    const few = await syncsFor(30);
    expect(await syncsFor(3000)).toBe(few);
    expect(few).toBeLessThanOrEqual(2 * 9);
  });

  test("the bridge's writeResultsSheet passes the document through: 审核意见表 and 审核结果 on the fake host", async () => {
    const { book, result } = await sampleBook();
    const written = await bridgeFor(book).writeResultsSheet(result.findings, "zh-CN", extrasOf(result));
    expect(written).toEqual({ sheets: ["审核意见表", "审核结果"], kept: [] });
    expect(book.sheets.map((s) => s.name)).toEqual(["投资估算表", "审核意见表", "审核结果"]);
    expect(book.activeSheet).toBe("审核意见表");
    const r = book.sheet("审核意见表")!;
    expect(r.cell(rowOf(r, 1, "流程审批模块定制开发"), 3)).toMatchObject({ value: 26 });
    // Without a verdict only the findings, as before.
    const plain = (await sampleBook()).book;
    await bridgeFor(plain).writeResultsSheet(result.findings, "zh-CN");
    expect(plain.sheets.map((s) => s.name)).toEqual(["投资估算表", "审核结果"]);
  });
});

describe("写入审核结果表 never writes over a person's work", () => {
  test("a second write with nobody's edit in between updates our sheets in place", async () => {
    const { book, result } = await sampleBook();
    await writeResults(book.run as never, result.findings, "zh-CN", extrasOf(result));
    const second = await writeResults(book.run as never, result.findings.slice(0, 2), "zh-CN", extrasOf(result));
    expect(second).toEqual({ sheets: ["审核意见表", "审核结果"], kept: [] });
    expect(book.sheets.map((s) => s.name)).toEqual(["投资估算表", "审核意见表", "审核结果"]);
    // The findings list is the second write's: two findings, nothing of the first write's left under them.
    expect(book.sheet("审核结果")!.cell(2, 0)?.value).toBe(2);
    expect(book.sheet("审核结果")!.cell(3, 0)).toBeUndefined();
  });

  test("a remark typed into our 审核意见表 survives a second write: the sheet is kept, new ones are written beside it, and the result says so", async () => {
    const { book, result } = await sampleBook();
    await writeResults(book.run as never, result.findings, "zh-CN", extrasOf(result));
    const r = book.sheet("审核意见表")!;
    const dev = rowOf(r, 1, "流程审批模块定制开发");
    r.ensure(dev, 7).value = "已与建设单位确认";
    const second = await writeResults(book.run as never, result.findings, "zh-CN", extrasOf(result));
    expect(second).toEqual({ sheets: ["审核意见表 (2)", "审核结果"], kept: ["审核意见表"] });
    expect(book.sheets.map((s) => s.name)).toEqual(["投资估算表", "审核意见表", "审核结果", "审核意见表 (2)"]);
    expect(book.sheet("审核意见表")!.cell(dev, 7)?.value).toBe("已与建设单位确认");
    expect(book.sheet("审核意见表 (2)")!.cell(dev, 7)?.value).not.toBe("已与建设单位确认");
    expect(book.activeSheet).toBe("审核意见表 (2)");
    // The edited sheet is no longer ours: a third write updates the new pair and leaves the edited one alone.
    const third = await writeResults(book.run as never, result.findings, "zh-CN", extrasOf(result));
    expect(third).toEqual({ sheets: ["审核意见表 (2)", "审核结果"], kept: [] });
    expect(book.sheet("审核意见表")!.cell(dev, 7)?.value).toBe("已与建设单位确认");
    // It is the person's now: audited like any sheet (its table is read, it is no longer left out).
    expect((await bridgeFor(book).readWorkbook()).sheets.map((s) => s.name)).toEqual(["投资估算表", "审核意见表"]);
  });

  test("a user's own sheet named 审核意见表 is audited like any sheet and never touched; ours gets another name", async () => {
    const { book, result } = await sampleBook();
    const mine = book.addSheet("审核意见表").setRows([["我的审核意见"], ["第一条", "请补充设备清单"]]);
    const before = JSON.stringify([...mine.cells]);
    expect((await bridgeFor(book).readWorkbook()).sheets.map((s) => s.name)).toEqual(["投资估算表", "审核意见表"]);
    const written = await writeResults(book.run as never, result.findings, "zh-CN", extrasOf(result));
    expect(written.sheets).toEqual(["审核意见表 (2)", "审核结果"]);
    expect(JSON.stringify([...book.sheet("审核意见表")!.cells])).toBe(before);
    await writeResults(book.run as never, result.findings, "zh-CN", extrasOf(result));
    expect(JSON.stringify([...book.sheet("审核意见表")!.cells])).toBe(before);
    expect(book.sheets.map((s) => s.name)).toEqual(["投资估算表", "审核意见表", "审核意见表 (2)", "审核结果"]);
    expect((await bridgeFor(book).readWorkbook()).sheets.map((s) => s.name)).toEqual(["投资估算表", "审核意见表"]);
  });

  test("switching 中文 → English → 中文 replaces our sheets rather than adding a pair per language", async () => {
    const { book, result } = await sampleBook();
    await writeResults(book.run as never, result.findings, "zh-CN", extrasOf(result));
    await writeResults(book.run as never, result.findings, "en-US", extrasOf(result));
    expect(book.sheets.map((s) => s.name)).toEqual(["投资估算表", "Review opinion", "Audit results"]);
    expect(book.sheet("Review opinion")!.cell(0, 0)?.value).toBe("杨浦区某局协同办公系统升级改造项目 — Review opinion");
    expect(book.activeSheet).toBe("Review opinion");
    await writeResults(book.run as never, result.findings, "zh-CN", extrasOf(result));
    expect(book.sheets.map((s) => s.name)).toEqual(["投资估算表", "审核意见表", "审核结果"]);
    expect((await bridgeFor(book).readWorkbook()).sheets.map((s) => s.name)).toEqual(["投资估算表"]);
  });

  test("results sheets an earlier version wrote (no record) are left out of the audit by their header", async () => {
    const { book, result } = await sampleBook();
    book.addSheet("审核结果").setRows([
      ["序号", "严重程度", "规则", "工作表", "单元格", "说明"],
      [1, "错误", "dev.person-month-price", "投资估算表", "F13", "…"],
    ]);
    expect((await bridgeFor(book).readWorkbook()).sheets.map((s) => s.name)).toEqual(["投资估算表"]);
    // Not ours by record, so not written over either.
    await writeResults(book.run as never, result.findings, "zh-CN", extrasOf(result));
    expect(book.sheet("审核结果")!.cell(1, 5)?.value).toBe("…");
  });

  test("a crafted record naming the budget's own sheet as ours: the sheet is fingerprinted, found not to match, and kept", async () => {
    const { book, result } = await sampleBook();
    book.settings.set(SETTING_RESULTS, { sheets: [{ role: "review", name: "投资估算表", fingerprint: "x" }] });
    const before = JSON.stringify([...book.sheet("投资估算表")!.cells]);
    await writeResults(book.run as never, result.findings, "zh-CN", extrasOf(result));
    expect(JSON.stringify([...book.sheet("投资估算表")!.cells])).toBe(before);
    expect(parseResultsRecord("{not json")).toBeNull();
    expect(parseResultsRecord({ sheets: [{ role: "x", name: "a", fingerprint: "1" }] })).toEqual({ sheets: [] });
  });
});

describe("the corrections setting", () => {
  test("saved as one setting, handed back raw for the pane to validate, removed when there are none", async () => {
    const { book } = await sampleBook();
    const bridge = bridgeFor(book);
    expect(await bridge.loadCorrections()).toBeNull();
    const corrections = { lines: [{ sheet: "投资估算表", name: "下一代防火墙", hardwareClass: "B" as const }] };
    await bridge.saveCorrections(corrections);
    expect([...book.settings.keys()]).toContain("budgetRuler.corrections");
    const raw = await bridge.loadCorrections();
    expect(typeof raw === "string" ? JSON.parse(raw) : raw).toEqual(corrections);
    await bridge.saveCorrections(null);
    expect(await bridge.loadCorrections()).toBeNull();
    // A crafted value comes back as it is: never parsed into the engine here.
    book.settings.set("budgetRuler.corrections", "{not json");
    expect(await bridge.loadCorrections()).toBe("{not json");
  });
});
