import { createOfficeBridge } from "../../src/excel/office-bridge";
import { FakeWorkbook, type FakeCell } from "../support/fake-excel";
import { fakeFromSnapshot } from "../support/fake-from-snapshot";
import { oaUpgrade, omBudget } from "../acceptance/workbooks";
import { audit } from "../../src/core/engine";
import { planApproval } from "../../src/core/plan/approval-plan";
import { isAdjustable } from "../../src/core/plan/verdict";
import { yangpu } from "../support/pack";
import { bridgeFor } from "../support/office-bridge";
import { approvalAtScale } from "../support/approval-at-scale";

const contents = (book: FakeWorkbook) =>
  book.sheets.map((s) => [
    s.name,
    [...s.cells].map(([k, c]: [string, FakeCell]) => [k, c.value ?? null, c.formula ?? null, c.numberFormat ?? null]),
  ]);

async function planned(version = "1.18", snapshot = omBudget()) {
  const book = fakeFromSnapshot(snapshot, version);
  const bridge = bridgeFor(book);
  const snap = await bridge.readWorkbook();
  const pack = yangpu();
  const result = audit(snap, pack);
  return { book, bridge, pack, result, changes: planApproval(result.model, result.review) };
}

describe.each(["1.18", "1.6"])("按标准核定 then 撤销核定 on ExcelApi %s", (version) => {
  test("O&M: the over-rate fee becomes base × the rate cell at the cap, the excluded item 0; compliant fees untouched", async () => {
    const { book, bridge, pack, changes } = await planned(version);
    expect(changes.map((c) => c.address)).toEqual(["G6", "F6", "E14"]);
    const { written } = await bridge.applyChanges(changes);
    expect(written).toBe(changes.length);
    const s = book.sheet("运维预算表")!;
    expect(s.cell(5, 6)).toMatchObject({ formula: "=E6*F6", value: 8000 }); // PC服务器 C class 8% of 100,000
    expect(s.cell(5, 5)?.value).toBe(0.08);
    expect(s.cell(13, 4)?.value).toBe(0); // 带宽租用
    // Compliant fees are neither raised nor rewritten: 核心交换机 "4%" stays a constant 8,000, 防火墙 at 8% stays 6,400.
    expect(s.cell(4, 6)).toEqual({ value: 8000 });
    expect(s.cell(6, 6)).toEqual({ value: 6400 });
    expect(s.cell(8, 6)?.value).toBe(25400); // the 小计 formula follows: 8,000 + 8,000 + 6,400 + 3,000
    expect(s.cell(14, 4)?.value).toBe(195000); // the 合计: 120,000 + 75,000 + 0
    const again = audit(await bridge.readWorkbook(), pack);
    expect(again.findings.filter((f) => isAdjustable(pack, f))).toEqual([]);
    expect(again.review.reduction.toFixed()).toBe("0");
    expect(await bridge.canRevert()).toBe(true);
  });

  test("construction (万元): 人月 × the capped price, the fee caps as figures with their 单价; the re-check has no error", async () => {
    const { book, bridge, pack, changes, result } = await planned(version, oaUpgrade());
    await bridge.applyChanges(changes);
    const s = book.sheet("投资估算表")!;
    expect(s.cell(12, 6)).toMatchObject({ formula: "=E13*F13", value: 20 });
    expect(s.cell(12, 5)?.value).toBe(2);
    expect(s.cell(15, 6)).toMatchObject({ formula: "=E16*F16", value: 4.16 });
    expect(s.cell(16, 5)?.value).toBe(4.0864);
    expect(s.cell(20, 6)?.value).toBeCloseTo(112.376, 9); // 合计 =G4+G9+G12+G15
    const again = audit(await bridge.readWorkbook(), pack);
    expect(again.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(again.review.reduction.toFixed()).toBe("0");
    expect(again.totals.grand).toBe(result.review.approved.toFixed());
  });

  test.each([
    ["O&M", omBudget],
    ["construction", oaUpgrade],
  ])("%s: revert restores every value and formula exactly", async (_, make) => {
    const { book, bridge, changes } = await planned(version, make());
    const before = contents(book);
    await bridge.applyChanges(changes);
    expect(contents(book)).not.toEqual(before);
    const { restored, skipped } = await bridge.revertChanges();
    expect([restored, skipped]).toEqual([changes.length, []]);
    expect(contents(book)).toEqual(before);
    expect(await bridge.canRevert()).toBe(false);
  });
});

describe("approval guards", () => {
  test("a cell edited after the check is named and nothing is written", async () => {
    const { book, bridge, changes } = await planned();
    const before = contents(book);
    const edited = changes[changes.length - 1];
    book.sheet(edited.sheet)!.ensure(edited.row, edited.col).value = 12345;
    const after = contents(book);
    await expect(bridge.applyChanges(changes)).rejects.toMatchObject({ sheet: edited.sheet, address: edited.address });
    await expect(bridge.applyChanges(changes)).rejects.toThrow(new RegExp(`${edited.address}.*重新检查`));
    expect(contents(book)).toEqual(after);
    expect(after).not.toEqual(before);
    expect(await bridge.canRevert()).toBe(false);
  });

  test("syncs do not grow with the number of changed cells", async () => {
    const { book, bridge, changes } = await approvalAtScale(3000);
    expect(changes.length).toBe(6000);
    book.resetStats();
    await bridge.applyChanges(changes);
    expect(book.stats.syncs).toBeLessThanOrEqual(3);
    expect(Math.max(...book.stats.requestBytes)).toBeLessThan(4_000_000);
  });
});

describe("results sheet, selection, saved choices", () => {
  test("the 审核结果 sheet lists every finding with a link to its cell, and is rewritten in place", async () => {
    const { book, bridge, pack } = await planned();
    const { findings } = audit(await bridge.readWorkbook(), pack);
    await bridge.writeResultsSheet(findings, "zh-CN");
    await bridge.writeResultsSheet(findings.slice(0, 1), "zh-CN");
    expect(book.sheets.filter((s) => s.name === "审核结果")).toHaveLength(1);
    const r = book.sheet("审核结果")!;
    expect(r.cell(0, 0)?.value).toBe("序号");
    expect(r.cell(1, 4)?.formula).toBe(`=HYPERLINK("#'运维预算表'!${findings[0].cell}","${findings[0].cell}")`);
    expect(r.cell(2, 0)).toBeUndefined();
    expect(book.activeSheet).toBe("审核结果");
    // Reading the workbook again does not audit our own results.
    expect((await bridge.readWorkbook()).sheets.map((s) => s.name)).toEqual(["运维预算表"]);
  });

  test("selecting a finding's cell activates its sheet; a missing sheet is named", async () => {
    const { book, bridge } = await planned();
    await bridge.selectCell("运维预算表", "G6");
    expect(book.selection).toEqual({ sheet: "运维预算表", address: "G6" });
    expect(book.activeSheet).toBe("运维预算表");
    await expect(bridge.selectCell("旧表", "A1")).rejects.toThrow(/旧表/);
  });

  test("choices are saved in the workbook and read back", async () => {
    const { book, bridge } = await planned();
    expect(await bridge.loadChoices()).toEqual({});
    await bridge.saveChoices({
      standardId: "yangpu-2023",
      overrides: { kind: "om", tier: null, lastYearOm: "200000" },
    });
    expect(
      await createOfficeBridge({ run: book.run as never, isSetSupported: book.isSetSupported }).loadChoices(),
    ).toEqual({
      standardId: "yangpu-2023",
      overrides: { kind: "om", tier: null, lastYearOm: "200000" },
    });
  });

  test("capabilities follow the host's ExcelApi version", async () => {
    expect(await bridgeFor(new FakeWorkbook("1.6")).capabilities()).toEqual({
      notes: false,
      rangeAreas: false,
      mergedAreas: false,
    });
    expect(await bridgeFor(new FakeWorkbook("1.13")).capabilities()).toEqual({
      notes: false,
      rangeAreas: true,
      mergedAreas: true,
    });
    expect(await bridgeFor(new FakeWorkbook("1.18")).capabilities()).toEqual({
      notes: true,
      rangeAreas: true,
      mergedAreas: true,
    });
  });
});
