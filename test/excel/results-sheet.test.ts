import * as path from "path";
import { writeResults } from "../../src/excel/results-sheet";
import { REQUEST_BUDGET } from "../../src/excel/batch";
import { FakeWorkbook } from "../support/fake-excel";
import { fakeFromSnapshot } from "../support/fake-from-snapshot";
import { audit } from "../../src/core/engine";
import { reviewSheet } from "../../src/core/report/review-sheet";
import { readWorkbook } from "../../src/cli/read-xlsx";
import { yangpu } from "../support/pack";
import { bridgeFor } from "../support/office-bridge";

const pack = yangpu();
const SAMPLE = path.join(__dirname, "../../assets/sample-budget.xlsx");

async function sampleBook() {
  const book = fakeFromSnapshot(readWorkbook(SAMPLE).snapshot);
  const result = audit(await bridgeFor(book).readWorkbook(), pack);
  return { book, result };
}

describe("the pane's results sheets: the 审核意见表 layout the CLI writes", () => {
  test("审核意见表 then 审核结果: numbers with formats, links, totals; shown, rewritten in place, never read back", async () => {
    const { book, result } = await sampleBook();
    const extras = { review: result.review, unit: result.model.profile.unit };
    await writeResults(book.run as never, result.findings, "zh-CN", extras);
    await writeResults(book.run as never, result.findings, "zh-CN", extras);
    expect(book.sheets.map((s) => s.name)).toEqual(["投资估算表", "审核意见表", "审核结果"]);
    expect(book.activeSheet).toBe("审核意见表");
    const r = book.sheet("审核意见表")!;
    const layout = reviewSheet(result.review, { locale: "zh-CN", unit: "万元" });
    layout.rows[0].cells.forEach((h, c) => expect(r.cell(0, c)?.value).toBe(h));
    expect(r.cell(1, 2)?.formula).toBe(`=HYPERLINK("#'投资估算表'!G13","G13")`);
    expect(r.cell(1, 4)).toMatchObject({ value: 26, numberFormat: "#,##0.0000##" });
    expect(r.cell(1, 5)?.value).toBe(20);
    const totalRow = layout.rows.findIndex((x) => x.cells.includes("项目合计"));
    expect([4, 5, 6].map((c) => r.cell(totalRow, c)?.value)).toEqual([121.18, 112.376, 8.804]);
    expect(r.cell(totalRow + 1, 6)).toMatchObject({ value: 0.0727, numberFormat: "0.00%" });
    expect(r.cell(layout.rows.length, 0)).toBeUndefined();
    const f = book.sheet("审核结果")!;
    expect(f.cell(0, 8)?.value).toBe("计量");
    const dev = [...Array(10).keys()].map((i) => i + 1).find((i) => f.cell(i, 2)?.value === "dev.person-month-price")!;
    expect([6, 7, 8].map((c) => f.cell(dev, c)?.value)).toEqual([2.6, 2, "万元"]);
    expect((await bridgeFor(book).readWorkbook()).sheets.map((s) => s.name)).toEqual(["投资估算表"]);
  });

  test("English names and headers for en-US", async () => {
    const { book, result } = await sampleBook();
    await writeResults(book.run as never, result.findings, "en-US", { review: result.review, unit: "万元" });
    expect(book.sheets.map((s) => s.name)).toEqual(["投资估算表", "Review opinion", "Audit results"]);
    expect(book.sheet("Review opinion")!.cell(0, 4)?.value).toBe("Submitted (万元)");
    expect((await bridgeFor(book).readWorkbook()).sheets.map((s) => s.name)).toEqual(["投资估算表"]);
  });

  test("a protected 审核意见表 is named before anything is written", async () => {
    const { book, result } = await sampleBook();
    await writeResults(book.run as never, result.findings, "zh-CN", { review: result.review, unit: "万元" });
    const before = book.sheet("审核结果")!.cell(2, 0)?.value;
    expect(before).toBe(2); // 序号 of the second finding
    book.sheet("审核意见表")!.protected = true;
    await expect(writeResults(book.run as never, result.findings.slice(0, 1), "zh-CN", { review: result.review, unit: "万元" })).rejects.toThrow(/工作表“审核意见表”受保护/);
    // Nothing was written: the findings sheet still holds the first run's rows.
    expect(book.sheet("审核结果")!.cell(2, 0)?.value).toBe(before);
  });

  test("a verdict of 3,000 reduced lines: every request under 4 MB", async () => {
    const book = new FakeWorkbook("1.18");
    const rows: (string | number)[][] = [["序号", "设备名称", "购置金额", "维护费率", "年维护费"]];
    for (let i = 0; i < 3000; i++) rows.push([i + 1, `PC服务器${i}维保`, 100000, 0.1, 10000]);
    book.addSheet("运维").setRows([["2025年度运维项目预算表"], ["单位：元"], ...rows]);
    const result = audit(await bridgeFor(book).readWorkbook(), pack);
    expect(result.review.lines).toHaveLength(3000);
    book.resetStats();
    await writeResults(book.run as never, result.findings, "zh-CN", { review: result.review, unit: "元" });
    expect(Math.max(...book.stats.requestBytes)).toBeLessThan(REQUEST_BUDGET);
    expect(book.sheet("审核意见表")!.cell(3000, 6)).toMatchObject({ value: 2000, numberFormat: "#,##0.00" });
    expect(book.sheet("审核意见表")!.cell(3001, 4)?.value).toBe(30000000);
  });

  test("the bridge's writeResultsSheet passes the verdict through: 审核意见表 and 审核结果 on the fake host", async () => {
    const { book, result } = await sampleBook();
    await bridgeFor(book).writeResultsSheet(result.findings, "zh-CN", { review: result.review, unit: result.model.profile.unit });
    expect(book.sheets.map((s) => s.name)).toEqual(["投资估算表", "审核意见表", "审核结果"]);
    expect(book.activeSheet).toBe("审核意见表");
    expect(book.sheet("审核意见表")!.cell(1, 4)).toMatchObject({ value: 26 });
    // Without a verdict only the findings, as before.
    const plain = (await sampleBook()).book;
    await bridgeFor(plain).writeResultsSheet(result.findings, "zh-CN");
    expect(plain.sheets.map((s) => s.name)).toEqual(["投资估算表", "审核结果"]);
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
