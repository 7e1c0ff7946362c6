import * as path from "path";
import type { Finding } from "../../../src/core/model/finding";
import { audit, auditModel, type AuditResult } from "../../../src/core/engine";
import { findingsSheet, reviewDocument, reviewSheet, errorsFirst } from "../../../src/core/report/review-sheet";
import {
  AMOUNT_FORMAT,
  fitHeights,
  LINE_HEIGHT,
  measuredCell,
  measuredText,
  MONEY_FORMAT,
  PERCENT_FORMAT,
  textWidth,
  type ReportCell,
  type ReportSheet,
} from "../../../src/core/report/cells";
import { projectName, reportTotals, reviewRoute, routeLabel, totalsLines } from "../../../src/core/report/totals";
import { KIND_LABELS, label, SEVERITY_LABELS, SYSTEM_LABELS } from "../../../src/core/labels/profile";
import { readWorkbook } from "../../../src/cli/read-xlsx";
import { line, model } from "../../support/model";
import { yangpu } from "../../support/pack";
import { withReasons } from "../../../src/core/report/verdict-text";

const pack = yangpu();
const root = path.join(__dirname, "../../..");

async function sample(name: string): Promise<AuditResult> {
  const file = path.join(root, "assets", name);
  return audit(readWorkbook(file).snapshot, pack);
}

const num = (c: ReportCell) => (c && typeof c === "object" && "number" in c ? c.number : undefined);
const fmt = (c: ReportCell) => (c && typeof c === "object" && "number" in c ? c.format : undefined);
const byLabel = (s: ReportSheet, text: string) => s.rows.find((r) => r.cells.includes(text))!;

const doc = (result: AuditResult) => reviewDocument(result.model, pack, withReasons(result.review, pack));
const lineRows = (s: ReportSheet) => s.rows.filter((r) => r.style === "line");
const at = (s: ReportSheet, style: ReportSheet["rows"][number]["style"]) => s.rows.filter((r) => r.style === style);

describe("审核意见表 builder: a document to print and sign", () => {
  it("the title and the project's facts, then every line of the upgrade sample by section with subtotals, in 万元 to two decimals", async () => {
    const result = await sample("sample-budget.xlsx");
    const sheet = reviewSheet(doc(result), { locale: "zh-CN", unit: "万元" });
    expect(sheet.name).toBe("审核意见表");
    expect(sheet.rows[0]).toMatchObject({
      style: "title",
      cells: ["杨浦区某局协同办公系统升级改造项目审核意见表", null, null, null, null, null, null, null],
      merge: [[0, 7]],
    });
    const notes = sheet.rows.slice(1, 6).map((r) => r.cells[0]);
    expect(notes).toEqual([
      "项目名称：杨浦区某局协同办公系统升级改造项目",
      "建设单位：（工作簿未注明）",
      "项目类型：升级改造　　系统类型：办公自动化（OA）　　建设规模：未申报　　金额单位：万元",
      "审核标准：杨浦区区本级电子政务项目通用类配置标准（2023）",
      "依据文件：《杨浦区区本级电子政务项目通用类配置标准》、《杨浦区电子政务管理办法》、《杨浦区电子政务联席会议制度议事规则》",
    ]);
    const header = sheet.rows.findIndex((r) => r.style === "header");
    expect(sheet.rows[header].cells).toEqual([
      "序号",
      "名称",
      "单元格",
      "送审（万元）",
      "审定（万元）",
      "审减（万元）",
      "审核意见（理由）",
      "依据",
    ]);
    // Printed: the header row repeated on every page, page numbers in the footer; every row one cell per column.
    expect(sheet.page).toEqual({ repeatRows: [header + 1, header + 1], footer: "&C第 &P 页，共 &N 页" });
    expect(sheet.widths).toHaveLength(8);
    for (const r of sheet.rows) expect(r.cells).toHaveLength(8);
    // Every budget line is listed, in sheet order, under its section.
    expect(lineRows(sheet).map((r) => r.cells[1])).toEqual(result.model.lines.map((l) => l.name));
    expect(at(sheet, "section").map((r) => r.cells[0])).toEqual([
      "一、硬件设备购置费",
      "二、软件购置费",
      "三、应用软件开发费",
      "四、其他费用",
    ]);
    const subtotals = at(sheet, "subtotal").map((r) => r.cells.slice(3, 6).map(num));
    expect(subtotals).toEqual([
      [42, 42, 0],
      [10, 10, 0],
      [52, 46, 6],
      [17.18, 14.376, 2.804],
    ]);
    // A section's subtotal comes after its last line.
    const s3 = sheet.rows.findIndex((r) => r.cells[0] === "三、应用软件开发费");
    expect(sheet.rows.slice(s3 + 1, s3 + 4).map((r) => r.style)).toEqual(["line", "line", "subtotal"]);
    // Reduced lines carry 理由 and 依据; the others neither; amounts exact, two decimals shown.
    const dev = lineRows(sheet).find((r) => r.cells[1] === "流程审批模块定制开发")!;
    expect(dev.cells[0]).toEqual({ number: 7, format: "0" });
    expect(dev.cells[2]).toEqual({ link: { sheet: "投资估算表", address: "G13" }, text: "G13" });
    expect(dev.cells.slice(3, 6).map(num)).toEqual([26, 20, 6]);
    expect(dev.cells.slice(3, 6).map(fmt)).toEqual([AMOUNT_FORMAT, AMOUNT_FORMAT, AMOUNT_FORMAT]);
    expect(AMOUNT_FORMAT).toBe("#,##0.00");
    expect(dev.cells[6]).toBe("人月单价 2.6 万元按上限 2 万元核定（10 人月）");
    expect(dev.cells[7]).toBe("杨浦区区本级电子政务项目通用类配置标准 三(一)2");
    const server = lineRows(sheet).find((r) => r.cells[1] === "应用服务器")!;
    expect(server.cells.slice(3, 8)).toEqual([
      { number: 12, format: AMOUNT_FORMAT },
      { number: 12, format: AMOUNT_FORMAT },
      { number: 0, format: AMOUNT_FORMAT },
      null,
      null,
    ]);
    const supervision = lineRows(sheet).find((r) => r.cells[1] === "信息系统工程监理费")!;
    expect(supervision.cells.slice(3, 6).map(num)).toEqual([3.5, 2.86048, 0.63952]);
    const total = byLabel(sheet, "项目合计");
    expect(total.style).toBe("total");
    expect(total.cells.slice(3, 6).map(num)).toEqual([121.18, 112.376, 8.804]);
    // The subtotals add up to the total.
    expect(subtotals.reduce((a, r) => a + r[0]!, 0)).toBeCloseTo(121.18, 9);
    expect(byLabel(sheet, "审减率").cells[5]).toEqual({ number: 0.0727, format: PERCENT_FORMAT });
  });

  it("a reduction computed on an 审定 base says so: 按审定后项目建设费 (the base is not a 送审 figure)", async () => {
    const sheet = reviewSheet(doc(await sample("sample-budget.xlsx")), { locale: "zh-CN", unit: "万元" });
    const consulting = lineRows(sheet).find((r) => r.cells[1] === "项目咨询（或设计）费")!;
    expect(consulting.cells[6]).toBe(
      "咨询、监理、软件测评、安全测评费用合计 12.5 万元 按审定后项目建设费 102.16 万元 × 上限 10% = 10.216 万元核定，按比例分摊",
    );
    // Integration is on the 软硬件购置费 as submitted (nothing before it reduced that base): no 审定后.
    const integration = lineRows(sheet).find((r) => r.cells[1] === "系统集成费")!;
    expect(integration.cells[6]).toBe("系统集成费按软硬件购置费 52 万元 × 上限 8% = 4.16 万元核定");
    const en = reviewSheet(doc(await sample("sample-budget.xlsx")), { locale: "en-US", unit: "万元" });
    expect(lineRows(en).find((r) => r.cells[1] === "项目咨询（或设计）费")!.cells[6]).toMatch(
      /× the approved construction cost CNY 102\.16 \(10k\) = CNY 10\.216 \(10k\)/,
    );
    expect(lineRows(en).find((r) => r.cells[1] === "系统集成费")!.cells[6]).toMatch(
      /× the hardware and software purchase CNY 52 \(10k\)/,
    );
  });

  it("ends with the signature block: 审核单位, 审核人, 复核人, 日期, each with room to sign", async () => {
    const sheet = reviewSheet(doc(await sample("sample-budget.xlsx")), { locale: "zh-CN", unit: "万元" });
    const sign = sheet.rows[sheet.rows.length - 1];
    expect(sign.style).toBe("sign");
    expect(sign.cells.filter((c) => c !== null)).toEqual([
      "审核单位：",
      "审核人：",
      "复核人：",
      "日期：　　　年　　月　　日",
    ]);
    expect(sign.height).toBeGreaterThanOrEqual(30);
    expect(sign.merge).toEqual([
      [0, 1],
      [2, 4],
      [5, 6],
      [7, 7],
    ]);
  });

  it("rows whose wrapped text takes several lines are as high as it needs; one-line rows keep the default", async () => {
    const sheet = reviewSheet(doc(await sample("sample-budget.xlsx")), { locale: "zh-CN", unit: "万元" });
    const consulting = lineRows(sheet).find((r) => r.cells[1] === "项目咨询（或设计）费")!;
    // ~90 characters of CJK text in a 46-wide column: at least three lines of 15 points.
    expect(consulting.height).toBeGreaterThanOrEqual(3 * LINE_HEIGHT);
    expect(lineRows(sheet).find((r) => r.cells[1] === "应用服务器")!.height).toBeUndefined();
    expect(textWidth("审定")).toBe(4);
    const fitted = fitHeights({ name: "x", widths: [10], rows: [{ style: "line", cells: ["一二三四五六七八九十"] }] });
    expect(fitted.rows[0].height).toBe(3 * LINE_HEIGHT + 3);
  });

  it("the same rows from a verdict whose amounts are decimal strings (as when results cross threads)", async () => {
    const result = await sample("sample-budget.xlsx");
    const v = withReasons(result.review, pack);
    const plain = {
      ...v,
      submitted: v.submitted.toFixed(),
      approved: v.approved.toFixed(),
      reduction: v.reduction.toFixed(),
      reductionRate: v.reductionRate.toFixed(),
      lines: v.lines.map((l) => ({
        ...l,
        submitted: l.submitted.toFixed(),
        approved: l.approved.toFixed(),
        reduction: l.reduction.toFixed(),
      })),
    };
    const structured = JSON.parse(JSON.stringify(reviewDocument(result.model, pack, plain)));
    expect(reviewSheet(structured, { locale: "zh-CN", unit: "万元" })).toEqual(
      reviewSheet(doc(result), { locale: "zh-CN", unit: "万元" }),
    );
  });

  it("has English labels, facts and reasons for en-US", async () => {
    const result = await sample("sample-budget.xlsx");
    const sheet = reviewSheet(doc(result), { locale: "en-US", unit: "万元" });
    expect(sheet.name).toBe("Review opinion");
    expect(sheet.rows[0].cells[0]).toBe("杨浦区某局协同办公系统升级改造项目 — Review opinion");
    expect(sheet.rows[3].cells[0]).toBe(
      "Kind: upgrade    System: office automation (OA)    Tier: not stated    Amounts in: 万元",
    );
    expect(sheet.rows.find((r) => r.style === "header")!.cells).toEqual([
      "No.",
      "Item",
      "Cell",
      "Submitted (万元)",
      "Approved (万元)",
      "Reduction (万元)",
      "Reason",
      "Clause",
    ]);
    expect(lineRows(sheet).find((r) => r.cells[1] === "流程审批模块定制开发")!.cells[6]).toMatch(
      /per person-month approved at the cap of CNY 2 \(10k\)/,
    );
    expect(byLabel(sheet, "Project total").cells.slice(3, 6).map(num)).toEqual([121.18, 112.376, 8.804]);
    expect(sheet.rows[sheet.rows.length - 1].cells.filter((c) => c !== null)).toEqual([
      "Reviewed by (organisation):",
      "Reviewer:",
      "Checked by:",
      "Date:",
    ]);
    expect(sheet.page!.footer).toBe("&CPage &P of &N");
  });

  it("an O&M budget in 元: every line, two tables as two sections, the reduced ones with their reasons", async () => {
    const result = await sample("sample-om-budget.xlsx");
    const sheet = reviewSheet(doc(result), { locale: "zh-CN", unit: "元" });
    expect(sheet.rows.find((r) => r.style === "header")!.cells[3]).toBe("送审（元）");
    expect(lineRows(sheet)).toHaveLength(result.model.lines.length);
    const reduced = lineRows(sheet).filter((r) => r.cells[6] !== null);
    expect(reduced.map((r) => [r.cells[2], ...r.cells.slice(3, 6).map(num)])).toEqual([
      [{ link: { sheet: "运维预算表", address: "G6" }, text: "G6" }, 10000, 8000, 2000],
      [{ link: { sheet: "运维预算表", address: "E14" }, text: "E14" }, 36000, 0, 36000],
    ]);
    expect(fmt(reduced[0].cells[3])).toBe("#,##0.00");
    expect(at(sheet, "section")[0].cells[0]).toBe("(一)硬件设备维护");
    expect(byLabel(sheet, "项目合计").cells.slice(3, 6).map(num)).toEqual([258400, 220400, 38000]);
    expect(byLabel(sheet, "审减率").cells[5]).toEqual({ number: 0.1471, format: "0.00%" });
  });

  it("a compliant budget: every line approved as submitted, a note saying so, 审减 0 and 审减率 0", () => {
    const result = auditModel(model([line({ name: "服务器", category: "hardware", amount: 100000 })]), pack);
    const sheet = reviewSheet(doc(result), { locale: "zh-CN", unit: "元" });
    expect(lineRows(sheet).map((r) => [r.cells[1], ...r.cells.slice(3, 6).map(num)])).toEqual([
      ["服务器", 100000, 100000, 0],
    ]);
    expect(byLabel(sheet, "项目合计").cells[6]).toMatch(/无审减/);
    expect(byLabel(sheet, "项目合计").cells.slice(3, 6).map(num)).toEqual([100000, 100000, 0]);
    expect(num(byLabel(sheet, "审减率").cells[5])).toBe(0);
  });

  it("what is left to a person: the line named by its line name (never a rule id), a project-wide finding as the project, each with its clause", () => {
    const lines = [
      line({ name: "应用服务器", category: "hardware", amount: 300000, quantity: 1, unitLabel: "台" }),
      line({
        name: "定制开发",
        category: "development",
        unitLabel: "人月",
        quantity: 10,
        unitPrice: 26000,
        amount: 260000,
      }),
    ];
    const result = auditModel(model(lines, { system: "oa", tier: "small" }), pack);
    expect(result.review.unadjusted.length).toBeGreaterThan(0);
    const sheet = reviewSheet(doc(result), { locale: "zh-CN", unit: "元" });
    const totalAt = sheet.rows.findIndex((r) => r.cells.includes("项目合计"));
    const sectionAt = sheet.rows.findIndex((r, i) => i > totalAt && r.style === "section");
    expect(String(sheet.rows[sectionAt].cells[0])).toMatch(/^需人工审定事项/);
    const after = sheet.rows.slice(sectionAt + 1).filter((r) => r.style === "line");
    expect(after).toHaveLength(result.review.unadjusted.length);
    const ruleIds = Object.keys(pack.rules);
    for (const r of after) {
      expect(ruleIds).not.toContain(r.cells[1]);
      expect(r.cells.slice(3, 6)).toEqual([null, null, null]);
      expect(r.cells[7]).toBe(result.review.unadjusted[after.indexOf(r)].citation);
    }
    expect(after.map((r) => r.cells[1])).toContain("项目整体");
    // The 人月 line is still reduced above the totals.
    expect(
      lineRows(sheet)
        .slice(0, 2)
        .map((r) => num(r.cells[4])),
    ).toEqual([300000, 200000]);
  });

  it("a line cap the sheet gives too little to compute: the line is marked 需人工审定 and named by its name at the end", () => {
    // An app-maintenance line with no development cost to take the rate of.
    const lines = [line({ name: "协同办公系统运维", category: "om-app-software", amount: 90000, rate: 0.3 })];
    const result = auditModel(model(lines, { kind: "om" }), pack);
    const u = result.review.unadjusted.find((x) => x.row !== null)!;
    expect(u.rule).toBe("om.app-software-rate");
    const sheet = reviewSheet(doc(result), { locale: "zh-CN", unit: "元" });
    const mine = lineRows(sheet).find((r) => r.cells[1] === "协同办公系统运维" && r.cells[3] !== null)!;
    expect(mine.cells[6]).toMatch(/^需人工审定（见表末第 \d 项）$/);
    const listed = sheet.rows.slice(sheet.rows.findIndex((r) => String(r.cells[0]).startsWith("需人工审定事项")));
    expect(listed.some((r) => r.cells[1] === "协同办公系统运维")).toBe(true);
    expect(listed.some((r) => r.cells[1] === u.rule)).toBe(false);
  });
});

describe("the project's name and the review route for a table", () => {
  it("a title that is a stated fact is not a name: the cover's 项目名称 is taken instead", () => {
    const m = model([line({ name: "服务器", category: "hardware", amount: 100000 })]);
    m.tables = [
      {
        index: 0,
        sheet: "预算表",
        headerRow: 0,
        firstRow: 1,
        lastRow: 2,
        columns: {},
        unit: "万元",
        columnUnits: {},
        title: "机房使用面积：150㎡ 单位：万元",
        columnInfo: [],
        role: "detail",
      },
    ];
    expect(projectName(m)).toBeNull();
    m.statedFacts = [{ key: "name", value: "某区政务云扩容项目", sheet: "封面", row: 2, col: 1 }];
    expect(projectName(m)).toBe("某区政务云扩容项目");
    m.tables[0].title = "某区视频会议系统建设项目预算表（单位：万元）";
    expect(projectName(m)).toBe("某区视频会议系统建设项目");
  });

  it("routes as short labels in both languages", async () => {
    const result = await sample("sample-budget.xlsx");
    expect(routeLabel(result.findings, pack, "zh-CN")).toBe("联席会议审核");
    expect(routeLabel(result.findings, pack, "en-US")).toBe("joint meeting review");
    const om = await sample("sample-om-budget.xlsx");
    expect(["专家评审", ""]).toContain(routeLabel(om.findings, pack, "zh-CN"));
  });
});

describe("审核结果 builder (the findings list)", () => {
  it("errors first, actual / limit as numbers in the sheet's unit or as percentages, with what they measure", async () => {
    const result = await sample("sample-budget.xlsx");
    const sheet = findingsSheet(result.findings, { locale: "zh-CN", unit: "万元" });
    expect(sheet.rows[0].cells).toEqual([
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
    const body = sheet.rows.slice(1);
    expect(body.map((r) => r.cells[1])).toEqual(
      errorsFirst(result.findings).map((f) => label(SEVERITY_LABELS, f.severity, "zh-CN")),
    );
    expect(body.map((r) => r.cells[1])).toEqual(["错误", "错误", "错误", "警告", "提示"]);
    const dev = body.find((r) => r.cells[2] === "dev.person-month-price")!;
    expect(dev.cells[4]).toEqual({ link: { sheet: "投资估算表", address: "F13" }, text: "F13" });
    expect(dev.cells.slice(6, 9)).toEqual([
      { number: 2.6, format: MONEY_FORMAT["万元"] },
      { number: 2, format: MONEY_FORMAT["万元"] },
      "万元",
    ]);
    const integration = body.find((r) => r.cells[2] === "fees.integration-rate")!;
    expect(integration.cells.slice(6, 9)).toEqual([
      { number: 0.09, format: "0.00%" },
      { number: 0.08, format: "0.00%" },
      "比例（%）",
    ]);
    const crypto = body.find((r) => r.cells[2] === "fees.crypto-test-missing")!;
    expect(crypto.cells.slice(3, 9)).toEqual(["", "", crypto.cells[5], null, null, ""]);
    const en = findingsSheet(result.findings, { locale: "en-US", unit: "万元" });
    expect(en.name).toBe("Audit results");
    expect(en.rows[1].cells[1]).toBe("Error");
    expect(en.rows[1].cells[5]).toMatch(/per person-month exceeds/);
  });

  it("measures: counts, areas and person-months are numbers; text that is not a number stays text", () => {
    expect(measuredCell("3", "count", "万元")).toEqual({ number: 3, format: "#,##0" });
    expect(measuredCell("12.5", "area", "元")).toEqual({ number: 12.5, format: "#,##0.0###" });
    expect(measuredCell("28604.8", "money", "万元")).toEqual({ number: 2.86048, format: MONEY_FORMAT["万元"] });
    expect(measuredCell("待定", "money", "元")).toBe("待定");
    expect(measuredCell(null, "money", "元")).toBeNull();
    expect(measuredText("28604.8", "money", "万元", "zh-CN")).toBe("2.86048 万元");
    expect(measuredText("0.115", "ratio", "元", "en-US")).toBe("11.5%");
    expect(measuredText("15", "person-months", "元", "en-US")).toBe("15 person-months");
  });

  it("findings without measure from older callers still list", () => {
    const f: Finding = {
      rule: "x",
      severity: "warning",
      sheet: "明细",
      row: 2,
      cell: "B2",
      message: "=注意",
      messageEn: "note",
      actual: "35000",
      limit: "25000",
      citation: "§1",
    };
    const sheet = findingsSheet([f], { locale: "zh-CN", unit: "元" });
    expect(sheet.rows[1].cells[5]).toBe("=注意");
    expect(sheet.rows[1].cells[6]).toEqual({ number: 35000, format: "#,##0" });
  });
});

describe("totals that fit the kind", () => {
  it("a construction budget: 项目建设费, 其他费用 and 建设金额, and one line on how 建设金额 differs", async () => {
    const result = await sample("sample-budget.xlsx");
    const t = reportTotals(result.model, pack);
    expect(t).toMatchObject({
      shape: "build",
      construction: "1086800",
      other: "125000",
      grand: "1211800",
      projectAmount: "1211800",
      excluded: [],
    });
    const [head, how] = totalsLines(t, "万元", "zh-CN");
    expect(head).toBe("合计：项目建设费 108.68 万元，其他费用 12.5 万元，总计 121.18 万元；建设金额 121.18 万元");
    expect(how).toMatch(/建设金额.*即项目总计/);
    expect(totalsLines(t, "万元", "en-US")[0]).toMatch(
      /^Totals: construction cost \(项目建设费\) CNY 108\.68 \(10k\), other fees CNY 12\.5 \(10k\), total CNY 121\.18 \(10k\); project amount \(建设金额\) CNY 121\.18 \(10k\)$/,
    );
    expect(projectName(result.model)).toBe("杨浦区某局协同办公系统升级改造项目");
    expect(reviewRoute(result.findings, pack, "zh-CN")).toMatch(/联席会议审核/);
  });

  it("建设金额 leaves out 等保 lines, and says so with the amount", () => {
    const lines = [
      line({ name: "服务器", category: "hardware", amount: 1000000 }),
      line({ name: "监理费", category: "supervision", amount: 30000 }),
      line({ name: "三级等保测评", category: "dengbao", amount: 50000, dengbaoLevel: 3 }),
    ];
    const result = auditModel(model(lines), pack);
    const t = reportTotals(result.model, pack);
    expect(t).toMatchObject({
      construction: "1000000",
      other: "80000",
      grand: "1080000",
      projectAmount: "1030000",
      excluded: [{ category: "dengbao", amount: "50000" }],
    });
    const [head, how] = totalsLines(t, "元", "zh-CN");
    expect(head).toContain("建设金额 1,030,000 元");
    expect(how).toBe(
      "建设金额（用于审核途径、监理和招标的判断）= 总计 1,080,000 元 扣除等保测评 50,000 元（另行申请）",
    );
    expect(totalsLines(t, "元", "en-US")[1]).toMatch(
      /= the total CNY 1,080,000 less MLPS \(等保\) assessment CNY 50,000/,
    );
  });

  it("an O&M budget reports its O&M total, not 项目建设费 0", async () => {
    const result = await sample("sample-om-budget.xlsx");
    const t = reportTotals(result.model, pack);
    expect(t.shape).toBe("om");
    expect(totalsLines(t, "元", "zh-CN")).toEqual(["合计：运维费用 258,400 元"]);
    expect(totalsLines(t, "元", "en-US")).toEqual(["Total: O&M CNY 258,400"]);
  });

  it("labels come from one table", () => {
    expect(label(KIND_LABELS, "om", "en-US")).toBe("O&M");
    expect(label(KIND_LABELS, "upgrade", "zh-CN")).toBe("升级改造");
    expect(label(SYSTEM_LABELS, "other", "en-US")).toBe("other");
  });
});
