import * as path from "path";
import ExcelJS from "exceljs";
import { runCli } from "../support/cli";
import { tempDir, writeXlsx } from "../support/xlsx";

/** `check --explain`: every row with what it was read as and why, in the report, the JSON and the copy. */
const dir = tempDir();
const rows = [
  ["XX系统建设项目预算表"],
  ["单位：元"],
  ["序号", "名称", "单位", "数量", "单价", "金额"],
  ["1", "硬件设备购置", "项", 1, 100000, 100000],
  ["1.1", "PC服务器", "台", 2, 30000, 60000],
  ["1.2", "接入交换机（含", "台", 2, 20000, 40000],
  [null, "光模块）"],
  ["2", "系统集成费", "项", 1, 7000, 7000],
  [null, "合计", null, null, null, 107000],
  [],
  ["编制人：张三", null, "日期：2025-06-01"],
];

describe("check --explain", () => {
  let file: string;
  beforeAll(async () => {
    file = await writeXlsx(path.join(dir, "budget.xlsx"), [{ name: "预算表", rows }]);
  });

  it("the JSON gives each row's kind, why, amount and what each total covers", async () => {
    const { out } = await runCli(["check", file, "--format", "json", "--explain"]);
    const [table] = JSON.parse(out).files[0].reading;
    expect(table.rows.map((r: { row: number; kind: string; why: string }) => [r.row, r.kind, r.why])).toEqual([
      [4, "subtotal", "numbered-parent-sums"],
      [5, "line", "named-with-figures"],
      [6, "line", "named-with-figures"],
      [7, "continuation", "unfinished-name"],
      [8, "line", "named-with-figures"],
      [9, "total", "total-word"],
      [11, "note", "signature"],
    ]);
    expect(table.rows[2]).toMatchObject({
      label: "接入交换机（含光模块）",
      category: "hardware",
      amount: "40000",
      cell: "F6",
    });
    expect(table.rows[5]).toMatchObject({ amount: "107000", covers: { sum: "107000", lines: 3 } });
    expect(table.counted).toEqual({ lines: 3, sum: "107000" });
  });

  it("without --explain the JSON has no reading (the contract is unchanged)", async () => {
    const { out } = await runCli(["check", file, "--format", "json"]);
    expect(JSON.parse(out).files[0].reading).toBeUndefined();
  });

  it("the text report shows the rows in Chinese, and in English with --lang en-US", async () => {
    const zh = (await runCli(["check", file, "--explain"])).out;
    expect(zh).toMatch(
      /4 {2}小计 +100,000 元 +1 硬件设备购置 · 所含 2 行之和 100,000 元，相符 · 其下编号子项（如 1\.1、1\.2）之和等于本行金额/,
    );
    expect(zh).toContain("计入：3 行明细，共 107,000 元");
    const en = (await runCli(["check", file, "--explain", "--lang", "en-US"])).out;
    expect(en).toMatch(/7 {2}continued +光模块） · the name above is unfinished/);
  });

  it("with --annotate the copy gets a 读取明细 sheet with every row", async () => {
    const out = path.join(dir, "copies");
    await runCli(["check", file, "--explain", "--annotate", out]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(out, "budget.审核.xlsx"));
    const ws = wb.getWorksheet("读取明细")!;
    expect(ws).toBeDefined();
    const kinds: string[] = [];
    ws.eachRow((row, r) => {
      if (r > 1) kinds.push(String(row.getCell(3).value));
    });
    expect(kinds).toEqual(["小计", "明细", "明细", "续行", "明细", "合计", "表外", "计入"]);
  });
});
