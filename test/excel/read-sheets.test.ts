import { FakeWorkbook } from "../support/fake-excel";
import { fakeFromSnapshot } from "../support/fake-from-snapshot";
import { omBudget, websiteMedium } from "../acceptance/workbooks";
import { audit } from "../../src/core/engine";
import { yangpu } from "../support/pack";
import { bridgeFor } from "../support/office-bridge";

/** A budget sheet of n lines: header, lines with a formula amount each, a total. */
function bigSheet(book: FakeWorkbook, n: number, longText = ""): void {
  const rows: (string | number | null)[][] = [
    ["XX系统建设项目预算表"],
    ["序号", "名称", "规格", "单位", "数量", "单价", "金额", "备注"],
  ];
  for (let i = 0; i < n; i++)
    rows.push([i + 1, `服务器${i}`, `2路${longText}`, "台", 1, 1000, `=E${i + 3}*F${i + 3}`, longText || null]);
  rows.push([null, "合计", null, null, null, null, `=SUM(G3:G${n + 2})`, null]);
  book.addSheet("预算表").setRows(rows);
  book.recalculate();
}

describe("reading the workbook", () => {
  test("a 10,000-line sheet takes 2 syncs: the sheet list, then the sheet", async () => {
    const book = new FakeWorkbook("1.18");
    bigSheet(book, 10000);
    const snap = await bridgeFor(book).readWorkbook();
    expect(book.stats.syncs).toBe(2);
    const sheet = snap.sheets[0];
    expect(sheet.values).toHaveLength(10003);
    expect(sheet.values[2]).toEqual([1, "服务器0", "2路", "台", 1, 1000, 1000, null]);
    expect(sheet.formulas?.[2][6]).toBe("=E3*F3");
    expect(sheet.formulas?.[2][5]).toBeNull();
    expect(Math.max(...book.stats.requestBytes)).toBeLessThan(4_000_000);
  });

  test("syncs grow with sheets, not with lines", async () => {
    const small = new FakeWorkbook("1.18");
    bigSheet(small, 10);
    await bridgeFor(small).readWorkbook();
    const large = new FakeWorkbook("1.18");
    bigSheet(large, 5000);
    await bridgeFor(large).readWorkbook();
    expect(large.stats.syncs).toBe(small.stats.syncs);
  });

  test("a sheet too big for one 5 MB response is read again in row blocks, every row intact", async () => {
    const book = new FakeWorkbook("1.18");
    bigSheet(book, 12000, "某某品牌高性能机架式服务器，含三年原厂质保".repeat(2));
    const snap = await bridgeFor(book).readWorkbook();
    expect(snap.sheets[0].values).toHaveLength(12003);
    expect(snap.sheets[0].values[12001][1]).toBe("服务器11999");
    expect(Math.max(...book.stats.responseBytes.slice(2))).toBeLessThan(5 * 1024 * 1024);
  });

  test("values, formulas, number formats and merged areas reach the snapshot as the engine wants them", async () => {
    const book = fakeFromSnapshot(omBudget(), "1.18");
    book.sheet("运维预算表")!.merges.push({ top: 0, left: 0, bottom: 0, right: 7 });
    const snap = await bridgeFor(book).readWorkbook();
    const s = snap.sheets[0];
    expect(s.origin).toEqual({ row: 0, col: 0 });
    expect(s.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 7 }]);
    expect(s.numberFormats?.[5][5]).toBe("0%");
    expect(s.formulas?.[8][6]).toBe("=SUM(G5:G8)");
    expect(s.values[8][6]).toBe(27400);
    // The same findings as the engine gives on the original snapshot.
    const direct = audit(omBudget(), yangpu()).findings.map((f) => `${f.rule}@${f.cell}`);
    expect(audit(snap, yangpu()).findings.map((f) => `${f.rule}@${f.cell}`)).toEqual(direct);
  });

  test("on ExcelApi 1.6 there are no merged areas to ask for, and reading still works", async () => {
    const book = fakeFromSnapshot(omBudget(), "1.6");
    book.sheet("运维预算表")!.merges.push({ top: 0, left: 0, bottom: 0, right: 7 });
    const snap = await bridgeFor(book).readWorkbook();
    expect(snap.sheets[0].merges).toEqual([]);
    expect(snap.sheets[0].values[4][1]).toBe("核心交换机维保");
  });

  test("hidden sheets are listed as hidden but not read, empty sheets and our own results sheet not at all; progress names each sheet", async () => {
    const book = fakeFromSnapshot(websiteMedium(), "1.18");
    book.addSheet("隐藏").setRows([["x"]]).visibility = "Hidden";
    book.addSheet("空白");
    // Our own results sheet: written by the add-in, so recorded as ours in the workbook's settings.
    await bridgeFor(book).writeResultsSheet([], "zh-CN");
    expect(book.sheet("审核结果")).toBeDefined();
    const progress: string[] = [];
    const snap = await bridgeFor(book).readWorkbook((p) =>
      progress.push(`${p.sheetIndex + 1}/${p.sheetCount} ${p.sheet}`),
    );
    const names = websiteMedium().sheets.map((s) => s.name);
    expect(snap.sheets.map((s) => [s.name, s.hidden ?? false, s.values.length > 0])).toEqual([
      ...names.map((n) => [n, false, true]),
      ["隐藏", true, false],
    ]);
    expect(progress).toEqual([...names, "空白"].map((n, i) => `${i + 1}/${names.length + 1} ${n}`));
  });

  test("hidden sheets are read when the user includes them, still marked hidden", async () => {
    const book = fakeFromSnapshot(websiteMedium(), "1.18");
    book.addSheet("隐藏").setRows([["x"]]).visibility = "Hidden";
    const snap = await bridgeFor(book).readWorkbook(undefined, { includeHidden: true });
    expect(snap.sheets.find((s) => s.name === "隐藏")).toMatchObject({ hidden: true, values: [["x"]] });
  });
});

describe("the fake host is strict (so the tests above can fail)", () => {
  test("reading a property before sync throws", async () => {
    const book = new FakeWorkbook();
    book.addSheet("S").setRows([[1]]);
    await expect(
      book.run(async (context) => {
        const r = context.workbook.worksheets.getItem("S").getRange("A1");
        r.load("values");
        return r.values;
      }),
    ).rejects.toThrow(/PropertyNotLoaded/);
  });

  test("a property never loaded throws after sync too", async () => {
    const book = new FakeWorkbook();
    book.addSheet("S").setRows([[1]]);
    await expect(
      book.run(async (context) => {
        const r = context.workbook.worksheets.getItem("S").getRange("A1");
        r.load("values");
        await context.sync();
        return r.formulas;
      }),
    ).rejects.toThrow(/PropertyNotLoaded/);
  });

  test("getRanges refuses address lists of 8,000 characters", async () => {
    const book = new FakeWorkbook();
    book.addSheet("S");
    const list = Array.from({ length: 1500 }, (_, i) => `A${i + 1000}`).join(",");
    await expect(book.run(async (context) => context.workbook.worksheets.getItem("S").getRanges(list))).rejects.toThrow(
      /8000|characters/,
    );
  });
});
