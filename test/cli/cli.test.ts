import * as fs from "fs";
import * as path from "path";
import { execFileSync } from "child_process";
import ExcelJS from "exceljs";
import { tempDir, writeXlsx } from "../support/xlsx";
import { runCli } from "../support/cli";

const root = path.join(__dirname, "../..");

const run = (...argv: string[]) => runCli(argv);

const dir = tempDir();
const f = (name: string) => path.join(dir, name);

/** OA upgrade in 万元, merged title, two-row merged 金额 header, text amounts, formulas with cached results. */
async function oaWorkbook(): Promise<string> {
  return writeXlsx(f("oa.xlsx"), [
    {
      name: "投资估算表",
      merges: ["A1:G1", "E3:F3", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "G3:G4"],
      rows: [
        ["杨浦区某局协同办公系统升级改造项目投资估算表"],
        ["编制单位：某局", null, null, null, null, null, "单位：万元"],
        ["序号", "费用名称", "单位", "数量", "金额", null, "备注"],
        [null, null, null, null, "单价", "合价", null],
        [1, "应用服务器", "台", 2, "6", { formula: "D5*E5", result: 12 }, null],
        [2, "流程审批模块定制开发", "人月", 10, "2.6万", { formula: "D6*E6", result: 26 }, null],
        [3, "数据库软件", "套", "１", "￥6.00", { formula: "D7*E7", result: 6 }, null],
        [4, "信息系统工程监理费", "项", 1, 2, { formula: "D8*E8", result: 2 }, null],
        [5, "系统集成费", "项", 1, "待定", null, null],
        [null, "合计", null, null, null, { formula: "SUM(F5:F8)", result: 46 }, null],
      ],
    },
  ]);
}

describe("budget-ruler check", () => {
  it("prints exactly the JSON report contract and exits 1 on error findings", async () => {
    const file = await oaWorkbook();
    const { code, out } = await run("check", file, "--format", "json");
    expect(code).toBe(1);
    const doc = JSON.parse(out);
    expect(Object.keys(doc)).toEqual(["tool", "version", "standard", "files"]);
    expect(doc.tool).toBe("budget-ruler");
    expect(doc.version).toBe("0.1.0");
    expect(doc.standard).toEqual({ id: "yangpu-2023", title: "杨浦区区本级电子政务项目通用类配置标准（2023）" });
    const [fileReport] = doc.files;
    expect(Object.keys(fileReport)).toEqual(["file", "error", "project", "findings", "totals", "review", "standard"]);
    // --standard auto (the default): the title names 杨浦, and the report says so.
    expect(fileReport.standard).toMatchObject({ id: "yangpu-2023", reason: "标题含“杨浦”" });
    expect(fileReport).toMatchObject({
      file,
      error: null,
      project: { kind: "upgrade", system: "oa", tier: null, unit: "万元" },
    });
    for (const finding of fileReport.findings)
      expect(Object.keys(finding)).toEqual([
        "rule",
        "severity",
        "sheet",
        "row",
        "cell",
        "message",
        "actual",
        "limit",
        "citation",
        "measure",
        "cells",
      ]);
    // "2.6万" in a 万元 sheet is still 2.6万元; the merged 金额 header gave 单价 and 合价 their columns.
    expect(fileReport.findings).toContainEqual(
      expect.objectContaining({
        rule: "dev.person-month-price",
        severity: "error",
        sheet: "投资估算表",
        row: 6,
        cell: "E6",
        actual: "26000",
        limit: "20000",
      }),
    );
    expect(fileReport.findings).toContainEqual(
      expect.objectContaining({ rule: "sheet.unreadable-amount", cell: "E9", severity: "warning" }),
    );
    // full-width "１" and "￥6.00" read as numbers: no arithmetic finding on row 7
    expect(fileReport.findings.filter((x: { row: number }) => x.row === 7)).toEqual([]);
    expect(fileReport.totals).toEqual({ construction: "440000", other: "20000", grand: "460000" });
  });

  it("checks a multi-sheet workbook with a summary sheet without counting it twice, exit 0 when clean", async () => {
    const file = await writeXlsx(f("multi.xlsx"), [
      {
        name: "汇总表",
        rows: [
          ["某区视频会议系统建设项目预算汇总表"],
          ["序号", "费用名称", "金额（元）"],
          [1, "硬件", { formula: "'硬件清单'!E4", result: 60000 }],
          [2, "其他", { formula: "'其他费用'!C4", result: 4200 }],
          [null, "合计", { formula: "SUM(C3:C4)", result: 64200 }],
        ],
      },
      {
        name: "硬件清单",
        rows: [
          ["序号", "设备名称", "数量", "单价（元）", "金额（元）"],
          [1, "视频会议终端", 4, 10000, 40000],
          [2, "多点控制器MCU", 1, 20000, 20000],
          [null, "小计", null, null, 60000],
        ],
      },
      {
        name: "其他费用",
        rows: [
          ["序号", "费用名称", "金额（元）"],
          [1, "系统集成费", 4200],
          [2, "密码应用安全性评估", 0],
          [null, "合计", 4200],
        ],
      },
    ]);
    const { code, out } = await run("check", file, "--format", "json");
    const report = JSON.parse(out).files[0];
    expect(report.totals.grand).toBe("64200");
    expect(report.project.system).toBe("video-conference");
    expect(report.findings.filter((x: { severity: string }) => x.severity === "error")).toEqual([]);
    expect(report.review).toEqual({
      submitted: "64200",
      approved: "64200",
      reduction: "0",
      reductionRate: "0",
      lines: [],
      unadjusted: [],
    });
    expect(code).toBe(0);
  });

  it("merged heading and note rows written by exceljs are read as Excel shows them: a section and notes, no lines", async () => {
    const file = await writeXlsx(f("merged-notes.xlsx"), [
      {
        name: "预算",
        merges: ["A4:F4", "A8:F8", "A9:F9"],
        rows: [
          ["XX区XX局门户网站升级改造项目预算表"],
          ["（单位：人民币万元）"],
          ["序号", "费用名称", "单位", "数量", "单价", "金额"],
          ["一、软件开发"],
          [1, "网站前端开发", "人月", 15, 1.8, 27],
          [null, "合计", null, null, null, 27],
          [],
          ["1. 软件开发费按人月测算，人月单价参照配置标准。"],
          ["2. 服务器含三年原厂维保。"],
        ],
      },
    ]);
    const report = JSON.parse((await run("check", file, "--format", "json")).out).files[0];
    expect(report.findings.filter((x: { rule: string }) => x.rule.startsWith("sheet."))).toEqual([]);
    expect(report.totals.grand).toBe("270000");
    expect(report.project.unit).toBe("万元");
  });

  it("a workbook without any budget table is reported as such (exit 2), not as a clean budget", async () => {
    const file = await writeXlsx(f("minutes.xlsx"), [{ name: "会议纪要", rows: [["会议纪要"], ["讨论了项目进度。"]] }]);
    const { code, out } = await run("check", file, "--format", "json");
    const report = JSON.parse(out).files[0];
    expect(report.error.code).toBe("no-budget-table");
    expect(report.error.message).toMatch(/没有找到预算表/);
    expect(report.findings).toEqual([]);
    expect(code).toBe(2);
  });

  it("reports missing, non-xlsx and corrupt files per file, still checks the others, and exits 2", async () => {
    const good = await oaWorkbook();
    fs.writeFileSync(f("notes.xlsx"), "这不是工作簿");
    const corrupt = fs.readFileSync(good).subarray(0, 400);
    fs.writeFileSync(f("broken.xlsx"), corrupt);
    const { code, out, err } = await run(
      "check",
      f("missing.xlsx"),
      f("notes.xlsx"),
      f("broken.xlsx"),
      good,
      "--format",
      "json",
    );
    expect(code).toBe(2);
    const files = JSON.parse(out).files;
    expect(files.map((x: { error: { code: string } | null }) => x.error?.code ?? null)).toEqual([
      "file-not-found",
      "not-xlsx",
      "corrupt-file",
      null,
    ]);
    for (const bad of files.slice(0, 3))
      expect(bad).toMatchObject({ project: null, findings: [], totals: null, review: null });
    expect(files[0].error.message).toContain("missing.xlsx");
    expect(files[3].findings.length).toBeGreaterThan(0);
    expect(err).toContain("broken.xlsx");
  });

  it.each([
    [["check"], /至少给出一个/],
    [["check", "a.xlsx", "--format", "xml"], /--format/],
    [["check", "a.xlsx", "--kind", "big"], /--kind/],
    [["check", "a.xlsx", "--last-year-om", "很多"], /--last-year-om/],
    [["check", "a.xlsx", "--standard", "nowhere-2099"], /未知的标准：nowhere-2099（可用：.*yangpu-2023/],
    [["audit", "a.xlsx"], /未知命令/],
    [["check", "a.xlsx", "--bogus"], /未知选项/],
  ])("bad usage %j exits 2 with a message", async (argv, message) => {
    const { code, err } = await run(...(argv as string[]));
    expect(code).toBe(2);
    expect(err).toMatch(message);
  });

  it("applies --kind/--system/--tier overrides", async () => {
    const file = await oaWorkbook();
    const { out } = await run(
      "check",
      file,
      "--format",
      "json",
      "--kind",
      "construction",
      "--system",
      "website",
      "--tier",
      "small",
    );
    expect(JSON.parse(out).files[0].project).toEqual({
      kind: "construction",
      system: "website",
      tier: "small",
      unit: "万元",
    });
  });

  it("prints a readable Chinese report by default and English with --lang en-US", async () => {
    const file = await oaWorkbook();
    const zh = await run("check", file);
    expect(zh.out).toContain("升级改造类");
    expect(zh.out).toMatch(/错误 投资估算表!E6 “流程审批模块定制开发”人月单价 2\.6 万元超过标准上限 2 万元/);
    const en = await run("check", file, "--lang", "en-US");
    expect(en.out).toMatch(/ERROR 投资估算表!E6 .*per person-month exceeds/);
  });

  it("--annotate writes a flagged copy with notes and a 审核结果 sheet and leaves the original untouched", async () => {
    const file = await oaWorkbook();
    const before = fs.readFileSync(file);
    const out = path.join(dir, "annotated");
    await run("check", file, "--annotate", out);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(path.join(out, "oa.审核.xlsx"));
    const cell = copy.getWorksheet("投资估算表")!.getCell("E6");
    expect((cell.fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFFFC7CE");
    expect(JSON.stringify(cell.note)).toContain("人月单价");
    expect(copy.getWorksheet("投资估算表")!.getCell("B5").fill).toBeUndefined();
    const results = copy.getWorksheet("审核结果")!;
    expect(results.getRow(1).getCell(2).value).toBe("严重程度");
    expect(results.rowCount).toBeGreaterThan(2);
  });

  it("gives the verdict of domain.md §6 on the bundled upgrade sample, to the cent, and says what each finding measures", async () => {
    const { out } = await run("check", path.join(root, "assets/sample-budget.xlsx"), "--format", "json");
    const report = JSON.parse(out).files[0];
    expect(Object.keys(report.review)).toEqual([
      "submitted",
      "approved",
      "reduction",
      "reductionRate",
      "lines",
      "unadjusted",
    ]);
    expect(report.review).toMatchObject({
      submitted: "1211800",
      approved: "1123760",
      reduction: "88040",
      reductionRate: "0.0727",
      unadjusted: [],
    });
    expect(report.review.lines[0]).toEqual({
      sheet: "投资估算表",
      row: 13,
      cell: "G13",
      name: "流程审批模块定制开发",
      submitted: "260000",
      approved: "200000",
      reduction: "60000",
      rules: ["dev.person-month-price"],
      reason: "人月单价 2.6 万元按上限 2 万元核定（10 人月）",
    });
    expect(
      report.review.lines.map((l: { cell: string; approved: string; rules: string[] }) => [
        l.cell,
        l.approved,
        l.rules[0],
      ]),
    ).toEqual([
      ["G13", "200000", "dev.person-month-price"],
      ["G16", "41600", "fees.integration-rate"],
      ["G17", "40864", "fees.four-fees-cap"],
      ["G18", "28604.8", "fees.four-fees-cap"],
      ["G19", "20432", "fees.four-fees-cap"],
      ["G20", "12259.2", "fees.four-fees-cap"],
    ]);
    const byRule = (rule: string) => report.findings.find((x: { rule: string }) => x.rule === rule);
    expect(byRule("fees.four-fees-cap")).toMatchObject({
      measure: "money",
      cell: "G17",
      cells: ["G17", "G18", "G19", "G20"],
    });
    expect(byRule("fees.integration-rate")).toMatchObject({ measure: "ratio", cells: ["G16"] });
    expect(byRule("dev.person-month-price")).toMatchObject({ measure: "money", cell: "F13", cells: ["F13", "G13"] });
    expect(byRule("fees.crypto-test-missing")).toMatchObject({ measure: null, cells: [] });
  });

  it("gives the O&M sample's verdict: the class-C fee to 8% of its purchase, the bandwidth rental to 0, the 15% warning untouched", async () => {
    const { out } = await run("check", path.join(root, "assets/sample-om-budget.xlsx"), "--format", "json");
    const { review } = JSON.parse(out).files[0];
    // 送审 27,400 + 231,000 = 258,400; PC服务器 10,000 → 100,000 × 8% = 8,000; 互联网带宽租用 36,000 → 0.
    expect(review).toMatchObject({
      submitted: "258400",
      approved: "220400",
      reduction: "38000",
      reductionRate: "0.1471",
      unadjusted: [],
    });
    expect(
      review.lines.map((l: { cell: string; submitted: string; approved: string; rules: string[] }) => [
        l.cell,
        l.submitted,
        l.approved,
        l.rules,
      ]),
    ).toEqual([
      ["G6", "10000", "8000", ["om.hardware-rate"]],
      ["E14", "36000", "0", ["om.excluded-item"]],
    ]);
    const text = (await run("check", path.join(root, "assets/sample-om-budget.xlsx"))).out;
    expect(text).toContain("合计：运维费用 258,400 元");
    expect(text).not.toContain("项目建设费 0 元");
    expect(text).toContain("审定：送审 258,400 元，审定 220,400 元，审减 38,000 元，审减率 14.71%");
    expect(text).toContain(
      "运维预算表!G6 PC服务器维保：10,000 元 → 8,000 元（审减 2,000 元）C类设备维护费按购置金额 100,000 元 × 上限 8% 核定",
    );
  });

  it("an error the standard gives no way to allocate (an OA total over its tier) is listed as unadjusted", async () => {
    const file = await oaWorkbook();
    const { out } = await run("check", file, "--format", "json", "--tier", "small");
    const { review } = JSON.parse(out).files[0];
    const tier = review.unadjusted.filter((u: { rule: string }) => u.rule === "tier.oa");
    expect(tier.length).toBeGreaterThan(0);
    for (const u of review.unadjusted) expect(Object.keys(u)).toEqual(["rule", "sheet", "row", "reason"]);
    expect(tier.map((u: { reason: string }) => u.reason).join()).toMatch(/超过标准上限 25 万元.*需人工审定/);
    // The 人月 cap is still applied: 10 × 2万 instead of 10 × 2.6万.
    expect(review.lines.map((l: { cell: string; approved: string }) => [l.cell, l.approved])).toContainEqual([
      "F6",
      "200000",
    ]);
  });

  it("the text report lists errors, then warnings, then info, and ends with the verdict in the sheet's unit", async () => {
    const zh = (await run("check", path.join(root, "assets/sample-budget.xlsx"))).out;
    const lines = zh.split("\n");
    const first = (label: string) => lines.findIndex((l) => l.startsWith(`  ${label} `));
    const last = (label: string) => lines.map((l) => l.startsWith(`  ${label} `)).lastIndexOf(true);
    expect(last("错误")).toBeLessThan(first("警告"));
    expect(last("警告")).toBeLessThan(first("提示"));
    const verdict = lines.findIndex((l) => l.startsWith("  审定："));
    expect(verdict).toBeGreaterThan(last("提示"));
    expect(lines[verdict]).toBe("  审定：送审 121.18 万元，审定 112.376 万元，审减 8.804 万元，审减率 7.27%");
    expect(lines[verdict + 1]).toContain(
      "投资估算表!G13 流程审批模块定制开发：26 万元 → 20 万元（审减 6 万元）人月单价 2.6 万元按上限 2 万元核定（10 人月）",
    );
    expect(zh).toContain("信息系统工程监理费：3.5 万元 → 2.86048 万元");
    const en = (await run("check", path.join(root, "assets/sample-budget.xlsx"), "--lang", "en-US")).out;
    // English: one money convention, the sheet's 万元 figures as "CNY … (10k)".
    expect(en).toContain(
      "Verdict: submitted CNY 121.18 (10k), approved CNY 112.376 (10k), reduction CNY 8.804 (10k) (7.27%)",
    );
    expect(en).toContain(
      "G13 流程审批模块定制开发: CNY 26 (10k) → CNY 20 (10k) (−CNY 6 (10k)) CNY 2.6 (10k) per person-month approved at the cap of CNY 2 (10k) (10 person-months)",
    );
    expect(en).not.toMatch(/\d 万元|\d 元/);
    expect(en).toMatch(/3 errors, 1 warning, 1 note/);
  });

  it("the installed bin runs the compiled CLI on the bundled sample", () => {
    execFileSync("npx", ["tsc", "-p", "tsconfig.cli.json"], { cwd: root });
    let status = 0;
    let stdout = "";
    try {
      stdout = execFileSync("node", ["bin/budget-ruler.js", "check", "assets/sample-budget.xlsx", "--format", "json"], {
        cwd: root,
        encoding: "utf8",
      });
    } catch (e) {
      const err = e as { status: number; stdout: string };
      status = err.status;
      stdout = err.stdout;
    }
    expect(status).toBe(1);
    const rules = JSON.parse(stdout).files[0].findings.map((x: { rule: string }) => x.rule);
    expect(rules).toEqual(
      expect.arrayContaining([
        "dev.person-month-price",
        "fees.four-fees-cap",
        "fees.integration-rate",
        "fees.crypto-test-missing",
      ]),
    );
  }, 60000);
});
