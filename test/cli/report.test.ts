import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { langFromEnv, resolveLang } from "../../src/cli/lang";
import { tempDir } from "../support/xlsx";
import { runCli } from "../support/cli";

const root = path.join(__dirname, "../..");
const SAMPLE = path.join(root, "assets/sample-budget.xlsx");
const OM_SAMPLE = path.join(root, "assets/sample-om-budget.xlsx");

const run = (env: Record<string, string>, ...argv: string[]) => runCli(argv, env);

const dir = tempDir();
/** The two bundled samples copied into a folder of submissions, as a reviewer would have them. */
function submissions(name: string): { upgrade: string; om: string; folder: string } {
  const folder = path.join(dir, name);
  fs.mkdirSync(folder, { recursive: true });
  const upgrade = path.join(folder, "oa.xlsx");
  const om = path.join(folder, "om.xlsx");
  fs.copyFileSync(SAMPLE, upgrade);
  fs.copyFileSync(OM_SAMPLE, om);
  return { upgrade, om, folder };
}

async function readBook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** A row's values from column 1, hyperlinks and formulas left as exceljs gives them. */
function values(ws: ExcelJS.Worksheet, r: number): unknown[] {
  const row = ws.getRow(r);
  return Array.from({ length: ws.columnCount }, (_, i) => row.getCell(i + 1).value ?? null);
}

function findRow(ws: ExcelJS.Worksheet, text: string): number {
  for (let r = 1; r <= ws.rowCount; r++) if (values(ws, r).includes(text)) return r;
  return -1;
}

/** The column numbers (1-based) of the 审核意见表: 序号 名称 单元格 送审 审定 审减 理由 依据. */
const COL = { seq: 1, name: 2, cell: 3, submitted: 4, approved: 5, reduction: 6, reason: 7, clause: 8 };

describe("the annotated copy's 审核意见表: a document to print and sign", () => {
  it("title, facts, every line by section with subtotals, totals, 审减率, signatures; two decimals shown; A4 landscape one page wide with the header on every page", async () => {
    const { upgrade, folder } = submissions("annotate");
    const before = fs.readFileSync(upgrade);
    const out = path.join(folder, "annotated");
    const { code } = await run({}, "check", upgrade, "--annotate", out);
    expect(code).toBe(1);
    expect(fs.readFileSync(upgrade).equals(before)).toBe(true);
    const copy = await readBook(path.join(out, "oa.审核.xlsx"));
    expect(copy.worksheets.map((w) => w.name)).toEqual(["投资估算表", "审核意见表", "审核结果"]);
    const ws = copy.getWorksheet("审核意见表")!;
    expect(ws.getCell("A1").value).toBe("杨浦区某局协同办公系统升级改造项目审核意见表");
    expect(ws.getCell("A1").isMerged && ws.getCell("H1").isMerged).toBe(true);
    expect(ws.getCell("A1").font.size).toBe(16);
    expect(String(ws.getCell("A5").value)).toBe("审核标准：杨浦区区本级电子政务项目通用类配置标准（2023）");
    const header = findRow(ws, "序号");
    expect(values(ws, header)).toEqual([
      "序号",
      "名称",
      "单元格",
      "送审（万元）",
      "审定（万元）",
      "审减（万元）",
      "审核意见（理由）",
      "依据",
    ]);
    // Every budget line is listed.
    const names = [
      "应用服务器",
      "数据库服务器",
      "接入交换机",
      "下一代防火墙",
      "国产数据库软件",
      "服务器操作系统",
      "流程审批模块定制开发",
      "移动办公功能开发",
      "系统集成费",
      "项目咨询（或设计）费",
      "信息系统工程监理费",
      "第三方软件测评费",
      "安全测评费",
    ];
    const rows = names.map((n) => findRow(ws, n));
    expect(rows.every((r, i) => r > header && (i === 0 || r > rows[i - 1]))).toBe(true);
    const dev = findRow(ws, "流程审批模块定制开发");
    expect(values(ws, dev)).toEqual([
      7,
      "流程审批模块定制开发",
      { text: "G13", hyperlink: "#'投资估算表'!G13" },
      26,
      20,
      6,
      "人月单价 2.6 万元按上限 2 万元核定（10 人月）",
      "杨浦区区本级电子政务项目通用类配置标准 三(一)2",
    ]);
    // Two decimals shown in every amount cell, values exact.
    for (const c of [COL.submitted, COL.approved, COL.reduction]) expect(ws.getCell(dev, c).numFmt).toBe("#,##0.00");
    const supervision = findRow(ws, "信息系统工程监理费");
    expect(values(ws, supervision).slice(3, 6)).toEqual([3.5, 2.86048, 0.63952]);
    expect(ws.getCell(supervision, COL.approved).numFmt).toBe("#,##0.00");
    expect(String(ws.getCell(supervision, COL.reason).value)).toContain("按审定后项目建设费 102.16 万元");
    // Rows of wrapped reasons are as high as their text; the reason column wraps.
    expect(ws.getRow(supervision).height).toBeGreaterThanOrEqual(45);
    expect(ws.getCell(supervision, COL.reason).alignment?.wrapText).toBe(true);
    expect(ws.columns.map((c) => c.width)).toEqual([6, 30, 9, 14, 14, 14, 46, 30]);
    // Section subtotals.
    const section = findRow(ws, "三、应用软件开发费");
    expect(values(ws, section + 3).slice(1, 6)).toEqual(["小计", null, 52, 46, 6]);
    expect(ws.getCell(section + 3, COL.submitted).numFmt).toBe("#,##0.00");
    const total = findRow(ws, "项目合计");
    expect(values(ws, total).slice(3, 6)).toEqual([121.18, 112.376, 8.804]);
    expect(ws.getRow(total).font?.bold).toBe(true);
    const rate = findRow(ws, "审减率");
    expect(ws.getCell(rate, COL.reduction).value).toBe(0.0727);
    expect(ws.getCell(rate, COL.reduction).numFmt).toBe("0.00%");
    // The signature block, last.
    // (exceljs reads a merged area's value in each of its cells: one each.)
    expect([...new Set(values(ws, ws.rowCount).filter((v) => v !== null))]).toEqual([
      "审核单位：",
      "审核人：",
      "复核人：",
      "日期：　　　年　　月　　日",
    ]);
    // Printing: A4 landscape, one page wide, the header row repeated, page numbers in the footer.
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${header}:${header}`,
    });
    expect(ws.headerFooter.oddFooter).toBe("&C第 &P 页，共 &N 页");
    // The findings list: actual / limit as numbers in 万元 (not "26000" as text in 元), with what they measure.
    const results = copy.getWorksheet("审核结果")!;
    expect(values(results, 1)).toEqual([
      "序号",
      "严重程度",
      "规则",
      "工作表",
      "单元格",
      "说明",
      "实际值",
      "限值",
      "计量",
      "依据",
    ]);
    const finding = findRow(results, "dev.person-month-price");
    expect(values(results, finding).slice(6, 9)).toEqual([2.6, 2, "万元"]);
    expect(results.getCell(finding, 5).value).toEqual({ text: "F13", hyperlink: "#'投资估算表'!F13" });
    expect(values(results, 2)[1]).toBe("错误");
    expect(results.pageSetup).toMatchObject({ orientation: "landscape", fitToWidth: 1, printTitlesRow: "1:1" });
  });

  it("an O&M copy in 元, in English with --lang en-US", async () => {
    const { om, folder } = submissions("annotate-en");
    const out = path.join(folder, "annotated");
    await run({}, "check", om, "--annotate", out, "--lang", "en-US");
    const copy = await readBook(path.join(out, "om.审核.xlsx"));
    const ws = copy.getWorksheet("Review opinion")!;
    const header = findRow(ws, "No.");
    expect(values(ws, header)[3]).toBe("Submitted (元)");
    const hw = findRow(ws, "PC服务器维保");
    expect(values(ws, hw).slice(3, 6)).toEqual([10000, 8000, 2000]);
    expect(ws.getCell(hw, COL.submitted).numFmt).toBe("#,##0.00");
    expect(values(ws, findRow(ws, "Project total")).slice(3, 6)).toEqual([258400, 220400, 38000]);
    expect(ws.headerFooter.oddFooter).toBe("&CPage &P of &N");
    expect(copy.getWorksheet("Audit results")).toBeDefined();
  });
});

describe("check FILE... --summary OUT.xlsx", () => {
  it("one row per file in 万元 (exact), a totals row, unreadable files with their reason, then every finding and every reduction", async () => {
    const { upgrade, om, folder } = submissions("summary");
    fs.writeFileSync(path.join(folder, "notes.xlsx"), "这不是工作簿");
    const out = path.join(folder, "out", "汇总.xlsx");
    const { code, err } = await run(
      {},
      "check",
      upgrade,
      om,
      path.join(folder, "notes.xlsx"),
      path.join(folder, "missing.xlsx"),
      "--summary",
      out,
    );
    expect(code).toBe(2);
    expect(err).toContain(`已写出汇总工作簿：${out}`);
    const wb = await readBook(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["汇总", "问题明细", "审减明细"]);
    expect(wb.definedNames.model).toEqual([{ name: "_BudgetRuler_Summary", ranges: ["'汇总'!$A$1"] }]);
    const ws = wb.getWorksheet("汇总")!;
    expect(ws.getCell("A1").value).toBe("电子政务项目预算审核汇总表");
    const header = findRow(ws, "序号");
    expect(values(ws, header)).toEqual([
      "序号",
      "项目名称",
      "文件",
      "审核副本",
      "项目类型",
      "系统类型",
      "送审（万元）",
      "审定（万元）",
      "审减（万元）",
      "审减率",
      "错误",
      "警告",
      "审核途径",
      "无法读取（原因）",
    ]);
    const [a, b, c, d] = [1, 2, 3, 4].map((i) => values(ws, header + i));
    expect(a.slice(0, 13)).toEqual([
      1,
      "杨浦区某局协同办公系统升级改造项目",
      upgrade,
      null,
      "升级改造",
      "办公自动化（OA）",
      121.18,
      112.376,
      8.804,
      0.0727,
      3,
      1,
      "联席会议审核",
    ]);
    expect(a[13]).toBeNull();
    // The O&M sample is in 元: 258,400 元 → 25.84 万元.
    expect(b.slice(0, 12)).toEqual([
      2,
      "2025年度杨浦区某委电子政务系统运维项目",
      om,
      null,
      "运维",
      "其他",
      25.84,
      22.04,
      3.8,
      0.1471,
      2,
      1,
    ]);
    for (const v of a.slice(6, 12)) expect(typeof v).toBe("number");
    // 万元 with two decimals shown, the values exact.
    for (const col of [7, 8, 9]) expect(ws.getCell(header + 1, col).numFmt).toBe("#,##0.00");
    expect(ws.getCell(header + 1, 10).numFmt).toBe("0.00%");
    expect(c.slice(0, 3)).toEqual([3, null, path.join(folder, "notes.xlsx")]);
    expect(c.slice(3, 13).every((v) => v === null)).toBe(true);
    expect(String(c[13])).toMatch(/不是 \.xlsx 工作簿/);
    expect(String(d[13])).toMatch(/找不到文件/);
    const total = values(ws, header + 5);
    expect(total[1]).toBe("合计（4 个文件，其中 2 个无法读取）");
    // 121.18 + 25.84 = 147.02; 112.376 + 22.04 = 134.416; 审减 12.604; 12.604 ÷ 147.02 = 8.57%.
    expect(total.slice(6, 14)).toEqual([147.02, 134.416, 12.604, 0.0857, 5, 2, null, 2]);
    expect(ws.getCell(header + 5, 7).numFmt).toBe("#,##0.00");
    expect(ws.getRow(header + 5).font?.bold).toBe(true);
    expect(String(ws.getCell(3, 1).value)).toMatch(/金额单位：万元/);
    // Print-ready like the 审核意见表.
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${header}:${header}`,
    });
    expect(ws.headerFooter.oddFooter).toBe("&C第 &P 页，共 &N 页");
    // (exceljs reads a merged area's value in each of its cells: one each.)
    expect([...new Set(values(ws, ws.rowCount).filter((v) => v !== null))]).toEqual([
      "审核单位：",
      "审核人：",
      "复核人：",
      "日期：　　　年　　月　　日",
    ]);

    const findings = wb.getWorksheet("问题明细")!;
    expect(values(findings, 1)).toEqual([
      "序号",
      "文件",
      "工作表",
      "单元格",
      "规则",
      "严重程度",
      "说明",
      "依据",
      "实际值",
      "限值",
      "计量",
    ]);
    expect(findings.rowCount).toBe(1 + 5 + 3);
    // Ready to hand on: a filter on the list, A4 landscape one page wide, the header on every printed page.
    expect(findings.autoFilter).toBe("A1:K1");
    expect(findings.pageSetup).toMatchObject({ orientation: "landscape", fitToWidth: 1, printTitlesRow: "1:1" });
    const dev = values(findings, findRow(findings, "dev.person-month-price"));
    expect(dev.slice(1, 6)).toEqual([upgrade, "投资估算表", "F13", "dev.person-month-price", "错误"]);
    expect(dev.slice(8, 11)).toEqual([2.6, 2, "万元"]);
    // The O&M hardware fee 10,000 元 over its 8,000 元 cap, in 万元 like every file.
    const hw = values(findings, findRow(findings, "om.hardware-rate"));
    expect(hw.slice(8, 11)).toEqual([1, 0.8, "万元"]);
    const ratio = values(findings, findRow(findings, "fees.integration-rate"));
    expect(ratio.slice(8, 11)).toEqual([0.09, 0.08, "比例（%）"]);

    const reductions = wb.getWorksheet("审减明细")!;
    expect(reductions.rowCount).toBe(1 + 6 + 2);
    expect(values(reductions, findRow(reductions, "信息系统工程监理费")).slice(5, 8)).toEqual([3.5, 2.86048, 0.63952]);
    expect(values(reductions, findRow(reductions, "PC服务器维保")).slice(1, 8)).toEqual([
      om,
      "运维预算表",
      "G6",
      "PC服务器维保",
      1,
      0.8,
      0.2,
    ]);
  });

  it("is in English with --lang en-US", async () => {
    const { om, folder } = submissions("summary-en");
    const out = path.join(folder, "summary.xlsx");
    expect((await run({}, "check", om, "--summary", out, "--lang", "en-US")).code).toBe(1);
    const wb = await readBook(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Summary", "Findings", "Reductions"]);
    const ws = wb.getWorksheet("Summary")!;
    const header = findRow(ws, "No.");
    expect(values(ws, header).slice(6, 10)).toEqual([
      "Submitted (万元)",
      "Approved (万元)",
      "Reduction (万元)",
      "Reduction rate",
    ]);
    expect(values(ws, header + 1).slice(4, 6)).toEqual(["O&M", "other"]);
    expect(values(ws, header + 2)[1]).toBe("Total (1 file)");
    expect(ws.getCell("A1").value).toBe("Summary of budget reviews");
  });

  it("with --annotate each file links to its annotated copy, relative to the summary; without, the file alone", async () => {
    const { upgrade, om, folder } = submissions("summary-links");
    const out = path.join(folder, "review", "汇总.xlsx");
    await run({}, "check", upgrade, om, "--annotate", path.join(folder, "review", "copies"), "--summary", out);
    const ws = (await readBook(out)).getWorksheet("汇总")!;
    const header = findRow(ws, "序号");
    expect(values(ws, header + 1).slice(2, 4)).toEqual([upgrade, { text: "打开", hyperlink: "copies/oa.审核.xlsx" }]);
    expect(values(ws, header + 2).slice(2, 4)).toEqual([om, { text: "打开", hyperlink: "copies/om.审核.xlsx" }]);
    expect(fs.existsSync(path.join(folder, "review", "copies", "oa.审核.xlsx"))).toBe(true);
    // Without --annotate: the file as text.
    const plain = path.join(folder, "plain.xlsx");
    await run({}, "check", upgrade, "--summary", plain);
    const p = (await readBook(plain)).getWorksheet("汇总")!;
    expect(values(p, findRow(p, "序号") + 1).slice(2, 4)).toEqual([upgrade, null]);
  });

  it("never writes over an input: the same path, another spelling of it, a symlink or a hard link to it", async () => {
    const { upgrade, om, folder } = submissions("safety");
    const before = fs.readFileSync(upgrade);
    const link = path.join(folder, "link.xlsx");
    fs.symlinkSync(upgrade, link);
    const hard = path.join(folder, "hard.xlsx");
    fs.linkSync(upgrade, hard);
    const spelled = path.join(folder, ".", "sub", "..", "oa.xlsx");
    for (const target of [upgrade, spelled, link, hard]) {
      const { code, err, out } = await run({}, "check", upgrade, om, "--summary", target);
      expect(code).toBe(2);
      expect(err).toMatch(/不会覆盖输入文件/);
      expect(out).toBe("");
      expect(fs.readFileSync(upgrade).equals(before)).toBe(true);
    }
    const en = await run({}, "check", upgrade, "--summary", upgrade, "--lang", "en-US");
    expect(en.err).toMatch(/^Error: the summary workbook .* is the input file .*: an input is never overwritten/);
    // Nor over one of this run's annotated copies; a directory is refused too; an existing summary that is not an input is replaced.
    const clash = await run({}, "check", om, "--annotate", folder, "--summary", path.join(folder, "om.审核.xlsx"));
    expect(clash.code).toBe(2);
    expect(clash.err).toMatch(/与 .*om\.xlsx 的标注副本同名/);
    expect((await run({}, "check", om, "--summary", folder)).err).toMatch(/是一个目录/);
    const old = path.join(folder, "old-summary.xlsx");
    fs.writeFileSync(old, "old");
    expect((await run({}, "check", om, "--summary", old)).code).toBe(1);
    expect((await readBook(old)).worksheets[0].name).toBe("汇总");
    expect(fs.readdirSync(folder).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});

describe("reports that read right", () => {
  it("a construction budget shows 项目建设费, 其他费用 and 建设金额 with one line on how it differs; actual / limit by measure", async () => {
    const { out } = await run({}, "check", SAMPLE);
    expect(out).toContain(
      "  合计：项目建设费 108.68 万元，其他费用 12.5 万元，总计 121.18 万元；建设金额 121.18 万元\n  建设金额（用于审核途径、监理和招标的判断）即项目总计",
    );
    expect(out).toMatch(/错误 投资估算表!F13 .*超过标准上限 2 万元［实际 2\.6 万元，限值 2 万元］（依据：/);
    expect(out).toMatch(/错误 投资估算表!G16 .*［实际 9%，限值 8%］/);
    expect(out).toMatch(/项目：升级改造类，系统类型 办公自动化（OA），规模 未申报，金额单位 万元/);
  });

  it("an English LANG gives the English report with the amounts the Chinese one gives; --lang and LC_ALL win", async () => {
    const en = await run({ LANG: "en_US.UTF-8" }, "check", OM_SAMPLE);
    expect(en.out).toContain("Project: O&M, system: other, tier: not stated, amounts in CNY (元)");
    expect(en.out).toContain("2 errors, 1 warning, 0 notes");
    expect(en.out).toMatch(/ERROR 运维预算表!G6 .*class C cap of 8% \[actual CNY 10,000, limit CNY 8,000\]/);
    expect(en.out).toContain("Total: O&M CNY 258,400");
    expect(en.out).toContain("Verdict: submitted CNY 258,400, approved CNY 220,400, reduction CNY 38,000 (14.71%)");
    expect(en.out).not.toMatch(/\b1 warnings\b|\bom\b,/);
    expect((await run({ LANG: "en_US.UTF-8" }, "check", OM_SAMPLE, "--lang", "zh-CN")).out).toContain("项目：运维类");
    expect((await run({ LANG: "en_US.UTF-8", LC_ALL: "zh_CN.UTF-8" }, "check", OM_SAMPLE)).out).toContain(
      "项目：运维类",
    );
    expect((await run({ LANG: "C.UTF-8" }, "check", OM_SAMPLE)).out).toContain("项目：运维类");
    const json = await run({ LANG: "en_US.UTF-8" }, "check", OM_SAMPLE, "--format", "json");
    expect(JSON.parse(json.out).files[0].findings[0].message).toMatch(/[\u4e00-\u9fff]/);
  });

  it("help in English with --lang en-US or an English environment, in Chinese otherwise; both name --summary", async () => {
    for (const { code, out } of [
      await run({}, "--help", "--lang", "en-US"),
      await run({ LC_ALL: "en_GB.UTF-8" }, "check", "--help"),
      await run({ LANG: "en" }, "help"),
    ]) {
      expect(code).toBe(0);
      expect(out).toMatch(/^Usage: budget-ruler check FILE\.xlsx\.\.\. \[options\]/);
      expect(out).toContain("--summary OUT.xlsx");
      expect(out).toMatch(/Exit codes: 0 no error finding/);
    }
    const zh = await run({}, "--help");
    expect(zh.out).toMatch(/^用法：budget-ruler check/);
    expect(zh.out).toContain("--summary 汇总.xlsx");
    const bad = await run({ LANG: "en_US.UTF-8" }, "check");
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^Error: .*\n\nUsage: budget-ruler/);
    const pack = await run({ LANG: "en_US.UTF-8" }, "check", OM_SAMPLE, "--standard", "nowhere-2099");
    expect(pack.err).toMatch(/^Error: unknown standard: nowhere-2099 \(available: .*yangpu-2023/);
  });

  it("the language is resolved from --lang, then LC_ALL, LC_MESSAGES, LANG", () => {
    expect(resolveLang(["check", "a.xlsx", "--lang=en-US"], {})).toBe("en-US");
    expect(resolveLang(["check", "--lang", "zh-CN"], { LANG: "en_US" })).toBe("zh-CN");
    expect(resolveLang(["check", "--lang", "fr"], { LANG: "en_US" })).toBe("en-US");
    expect(langFromEnv({ LC_MESSAGES: "en_US.UTF-8", LANG: "zh_CN.UTF-8" })).toBe("en-US");
    expect(langFromEnv({ LC_ALL: "", LANG: "en" })).toBe("en-US");
    expect(langFromEnv({ LANG: "english" })).toBe("zh-CN");
    expect(langFromEnv({})).toBe("zh-CN");
  });
});
