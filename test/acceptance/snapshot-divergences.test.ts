import * as path from "path";
import ExcelJS from "exceljs";
import { audit } from "../../src/core/engine";
import { readWorkbook } from "../../src/cli/read-xlsx";
import { fakeFromXlsx } from "../support/fake-from-xlsx";
import { snapshotToXlsx } from "../support/snapshot-xlsx";
import { yangpu } from "../support/pack";
import { tempDir } from "../support/xlsx";
import { corpus } from "../corpus/index";
import { API_LEVELS, findingKeys, paneFor, totals } from "../support/parity";

/** The divergences of issue 15, each from a real .xlsx, read by the CLI and by the pane at every ExcelApi level. */
const pack = yangpu();
const dir = tempDir();

/** A purchase budget in 元 whose third line has a date typed in its 金额 cell (2024-06-01, serial 45444). */
async function dateInAmount(file: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("预算表");
  const rows = [
    ["某区某局办公设备购置项目预算表"],
    ["序号", "名称", "规格", "单位", "数量", "单价", "金额"],
    [1, "台式计算机", "i5/16G/512G", "台", 10, 5000, 50000],
    [2, "激光打印机", "A4黑白", "台", 5, 8000, 40000],
    [3, "扫描仪", "A4高速", "台", 1, null, new Date(Date.UTC(2024, 5, 1))],
  ];
  rows.forEach((row, r) => row.forEach((v, c) => v !== null && (ws.getCell(r + 1, c + 1).value = v)));
  ws.getCell("G5").numFmt = "yyyy-mm-dd";
  await wb.xlsx.writeFile(file);
  return file;
}

describe("a date typed in an amount column is a date, never money, in every host", () => {
  let file = "";
  beforeAll(async () => {
    file = await dateInAmount(path.join(dir, "date-in-amount.xlsx"));
  });
  it("the CLI reads the date as its date and leaves it out of 送审", async () => {
    const cli = (await readWorkbook(file)).snapshot;
    expect(cli.sheets[0].values[4][6]).toBe("2024-06-01");
    expect(totals(audit(cli, pack)).送审).toBe("90000");
  });
  it.each(API_LEVELS)(
    "the pane, handed the serial 45444 under yyyy-mm-dd at ExcelApi %s, reads the same",
    async (level) => {
      const book = await fakeFromXlsx(file, level);
      expect(book.sheet("预算表")!.cell(4, 6)).toEqual({ value: 45444, numberFormat: "yyyy-mm-dd" });
      const pane = await paneFor(book).readWorkbook();
      expect(pane.sheets[0].values[4][6]).toBe("2024-06-01");
      const cliAudit = audit((await readWorkbook(file)).snapshot, pack);
      const paneAudit = audit(pane, pack);
      expect(totals(paneAudit)).toEqual({ 送审: "90000", 审定: totals(cliAudit).审定 });
      expect(findingKeys(paneAudit)).toEqual(findingKeys(cliAudit));
    },
  );
});

describe("a merged two-row header reads the same below ExcelApi 1.13 (merged areas from the workbook's file)", () => {
  // 金额（元） merged over 单价 | 合价, 序号 / 名称 … merged down two rows: without the merges, 合价 has no 金额 above it.
  const cases = ["c02-oa-upgrade-yuan-tworow.xlsx", "o10-om-two-row-header.xlsx"];
  it.each(cases.flatMap((name) => ["1.6", "1.9"].map((level) => [name, level])))(
    "%s at ExcelApi %s",
    async (name, level) => {
      const entry = corpus.find((e) => e.name === name)!;
      const file = await snapshotToXlsx(entry.build(), path.join(dir, name));
      const cli = (await readWorkbook(file)).snapshot;
      const book = await fakeFromXlsx(file, level);
      const pane = await paneFor(book).readWorkbook();
      // The file is one transfer outside the batches: still the sheet list and one sync per sheet, whatever the lines.
      expect(book.fileReads).toBe(1);
      expect(book.stats.syncs).toBe(1 + pane.sheets.filter((s) => !s.hidden).length);
      expect(pane.sheets.map((s) => s.merges)).toEqual(cli.sheets.map((s) => s.merges));
      expect(pane.sheets[0].merges.length).toBeGreaterThan(0);
      expect(findingKeys(audit(pane, pack))).toEqual(findingKeys(audit(cli, pack)));
      expect(totals(audit(pane, pack))).toEqual(totals(audit(cli, pack)));
    },
  );
  it("at ExcelApi 1.13 and later Office.js tells the merged areas itself: the file is not asked for", async () => {
    const entry = corpus.find((e) => e.name === cases[0])!;
    const file = await snapshotToXlsx(entry.build(), path.join(dir, "at-1.13.xlsx"));
    const book = await fakeFromXlsx(file, "1.13");
    await paneFor(book).readWorkbook();
    expect(book.fileReads).toBe(0);
  });
});
