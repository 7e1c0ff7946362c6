import * as path from "path";
import type { Finding } from "../../../src/core/model/finding";
import { audit, auditModel, type AuditResult } from "../../../src/core/engine";
import { findingsSheet, reviewSheet, errorsFirst } from "../../../src/core/report/review-sheet";
import { measuredCell, measuredText, MONEY_FORMAT, PERCENT_FORMAT, type ReportCell, type ReportSheet } from "../../../src/core/report/cells";
import { projectName, reportTotals, reviewRoute, totalsLines } from "../../../src/core/report/totals";
import { KIND_LABELS, label, SEVERITY_LABELS, SYSTEM_LABELS } from "../../../src/core/labels/profile";
import { readWorkbook } from "../../../src/cli/read-xlsx";
import { line, model } from "../../support/model";
import { yangpu } from "../../support/pack";

const pack = yangpu();
const root = path.join(__dirname, "../../..");

async function sample(name: string): Promise<AuditResult> {
  const file = path.join(root, "assets", name);
  return audit(readWorkbook(file).snapshot, pack);
}

const num = (c: ReportCell) => (c && typeof c === "object" && "number" in c ? c.number : undefined);
const fmt = (c: ReportCell) => (c && typeof c === "object" && "number" in c ? c.format : undefined);
const byLabel = (s: ReportSheet, text: string) => s.rows.find((r) => r.cells.includes(text))!;

describe("审核意见表 builder", () => {
  it("lists each reduced line of the upgrade sample in 万元, with a link, real numbers and formats, then the totals and 审减率", async () => {
    const result = await sample("sample-budget.xlsx");
    const sheet = reviewSheet(result.review, { locale: "zh-CN", unit: "万元" });
    expect(sheet.name).toBe("审核意见表");
    expect(sheet.rows[0]).toEqual({
      style: "header",
      cells: ["序号", "工作表", "单元格", "名称", "送审（万元）", "审定（万元）", "审减（万元）", "理由", "依据"],
    });
    expect(sheet.widths).toHaveLength(9);
    for (const r of sheet.rows) expect(r.cells).toHaveLength(9);
    const lines = sheet.rows.filter((r) => r.style === "line");
    expect(lines).toHaveLength(6);
    const [first] = lines;
    expect(first.cells.slice(0, 4)).toEqual([{ number: 1, format: "0" }, "投资估算表", { link: { sheet: "投资估算表", address: "G13" }, text: "G13" }, "流程审批模块定制开发"]);
    expect(first.cells.slice(4, 7).map(num)).toEqual([26, 20, 6]);
    expect(first.cells.slice(4, 7).map(fmt)).toEqual([MONEY_FORMAT["万元"], MONEY_FORMAT["万元"], MONEY_FORMAT["万元"]]);
    expect(first.cells[7]).toBe("人月单价 2.6 万元按上限 2 万元核定（10 人月）");
    expect(first.cells[8]).toBe("杨浦区区本级电子政务项目通用类配置标准 三(一)2");
    // 监理 3.5 → 2.86048 万元 (domain.md §6): the 万元 number is the exact decimal, to the cent.
    const supervision = lines.find((r) => r.cells[3] === "信息系统工程监理费")!;
    expect(supervision.cells.slice(4, 7).map(num)).toEqual([3.5, 2.86048, 0.63952]);
    // Each line: 送审 − 审定 = 审减, exactly (in the verdict's decimals).
    for (const l of result.review.lines) expect(l.submitted.minus(l.approved).equals(l.reduction)).toBe(true);
    const total = byLabel(sheet, "项目合计");
    expect(total.style).toBe("total");
    expect(total.cells.slice(4, 7).map(num)).toEqual([121.18, 112.376, 8.804]);
    const rate = byLabel(sheet, "审减率");
    expect(rate.cells[6]).toEqual({ number: 0.0727, format: PERCENT_FORMAT });
    expect(sheet.rows.some((r) => r.style === "section")).toBe(false);
  });

  it("the same rows from a verdict whose amounts are decimal strings (as when results cross threads)", async () => {
    const v = (await sample("sample-budget.xlsx")).review;
    const plain = {
      ...v,
      submitted: v.submitted.toFixed(), approved: v.approved.toFixed(), reduction: v.reduction.toFixed(), reductionRate: v.reductionRate.toFixed(),
      lines: v.lines.map((l) => ({ ...l, submitted: l.submitted.toFixed(), approved: l.approved.toFixed(), reduction: l.reduction.toFixed() })),
    };
    expect(reviewSheet(plain, { locale: "zh-CN", unit: "万元" })).toEqual(reviewSheet(v, { locale: "zh-CN", unit: "万元" }));
  });

  it("has English headers and reasons for en-US", async () => {
    const result = await sample("sample-budget.xlsx");
    const sheet = reviewSheet(result.review, { locale: "en-US", unit: "万元" });
    expect(sheet.name).toBe("Review opinion");
    expect(sheet.rows[0].cells).toEqual(["No.", "Sheet", "Cell", "Item", "Submitted (万元)", "Approved (万元)", "Reduction (万元)", "Reason", "Clause"]);
    expect(sheet.rows[1].cells[7]).toMatch(/per person-month approved at the cap of 2 万元/);
    expect(byLabel(sheet, "Project total").cells.slice(4, 7).map(num)).toEqual([121.18, 112.376, 8.804]);
  });

  it("an O&M budget in 元: amounts to the cent in 元", async () => {
    const result = await sample("sample-om-budget.xlsx");
    const sheet = reviewSheet(result.review, { locale: "zh-CN", unit: "元" });
    expect(sheet.rows[0].cells[4]).toBe("送审（元）");
    const lines = sheet.rows.filter((r) => r.style === "line");
    expect(lines.map((r) => [r.cells[2], ...r.cells.slice(4, 7).map(num)])).toEqual([
      [{ link: { sheet: "运维预算表", address: "G6" }, text: "G6" }, 10000, 8000, 2000],
      [{ link: { sheet: "运维预算表", address: "E14" }, text: "E14" }, 36000, 0, 36000],
    ]);
    expect(fmt(lines[0].cells[4])).toBe("#,##0.00");
    expect(byLabel(sheet, "项目合计").cells.slice(4, 7).map(num)).toEqual([258400, 220400, 38000]);
    expect(byLabel(sheet, "审减率").cells[6]).toEqual({ number: 0.1471, format: "0.00%" });
  });

  it("a compliant budget: no line, a note saying so, 审减 0 and 审减率 0", () => {
    const result = auditModel(model([line({ name: "服务器", category: "hardware", amount: 100000 })]), pack);
    const sheet = reviewSheet(result.review, { locale: "zh-CN", unit: "元" });
    expect(sheet.rows.filter((r) => r.style === "line")).toEqual([]);
    expect(sheet.rows[1]).toMatchObject({ style: "note" });
    expect(sheet.rows[1].cells[3]).toMatch(/无审减/);
    expect(byLabel(sheet, "项目合计").cells.slice(4, 7).map(num)).toEqual([100000, 100000, 0]);
    expect(num(byLabel(sheet, "审减率").cells[6])).toBe(0);
  });

  it("findings the standard does not allocate come after the totals, under their own heading", () => {
    const lines = [
      line({ name: "应用服务器", category: "hardware", amount: 300000, quantity: 1, unitLabel: "台" }),
      line({ name: "定制开发", category: "development", unitLabel: "人月", quantity: 10, unitPrice: 26000, amount: 260000 }),
    ];
    const result = auditModel(model(lines, { system: "oa", tier: "small" }), pack);
    expect(result.review.unadjusted.length).toBeGreaterThan(0);
    const sheet = reviewSheet(result.review, { locale: "zh-CN", unit: "元" });
    const totalAt = sheet.rows.findIndex((r) => r.cells.includes("项目合计"));
    const sectionAt = sheet.rows.findIndex((r) => r.style === "section");
    expect(sectionAt).toBeGreaterThan(totalAt);
    expect(String(sheet.rows[sectionAt].cells[0])).toMatch(/未核减事项.*需人工审定/);
    const after = sheet.rows.slice(sectionAt + 1);
    expect(after.map((r) => r.cells[3])).toEqual(result.review.unadjusted.map((u) => u.rule));
    expect(after.map((r) => r.cells[3])).toContain("tier.oa");
    for (const r of after) expect(r.cells.slice(4, 7)).toEqual([null, null, null]);
    // The 人月 line is still reduced above the totals.
    expect(sheet.rows.slice(1, totalAt).filter((r) => r.style === "line").map((r) => num(r.cells[5]))).toEqual([200000]);
  });
});

describe("审核结果 builder (the findings list)", () => {
  it("errors first, actual / limit as numbers in the sheet's unit or as percentages, with what they measure", async () => {
    const result = await sample("sample-budget.xlsx");
    const sheet = findingsSheet(result.findings, { locale: "zh-CN", unit: "万元" });
    expect(sheet.rows[0].cells).toEqual(["序号", "严重程度", "规则", "工作表", "单元格", "说明", "实际值", "限值", "计量", "依据"]);
    const body = sheet.rows.slice(1);
    expect(body.map((r) => r.cells[1])).toEqual(errorsFirst(result.findings).map((f) => label(SEVERITY_LABELS, f.severity, "zh-CN")));
    expect(body.map((r) => r.cells[1])).toEqual(["错误", "错误", "错误", "警告", "提示"]);
    const dev = body.find((r) => r.cells[2] === "dev.person-month-price")!;
    expect(dev.cells[4]).toEqual({ link: { sheet: "投资估算表", address: "F13" }, text: "F13" });
    expect(dev.cells.slice(6, 9)).toEqual([{ number: 2.6, format: MONEY_FORMAT["万元"] }, { number: 2, format: MONEY_FORMAT["万元"] }, "万元"]);
    const integration = body.find((r) => r.cells[2] === "fees.integration-rate")!;
    expect(integration.cells.slice(6, 9)).toEqual([{ number: 0.09, format: "0.00%" }, { number: 0.08, format: "0.00%" }, "比例（%）"]);
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
    const f: Finding = { rule: "x", severity: "warning", sheet: "明细", row: 2, cell: "B2", message: "=注意", messageEn: "note", actual: "35000", limit: "25000", citation: "§1" };
    const sheet = findingsSheet([f], { locale: "zh-CN", unit: "元" });
    expect(sheet.rows[1].cells[5]).toBe("=注意");
    expect(sheet.rows[1].cells[6]).toEqual({ number: 35000, format: "#,##0" });
  });
});

describe("totals that fit the kind", () => {
  it("a construction budget: 项目建设费, 其他费用 and 建设金额, and one line on how 建设金额 differs", async () => {
    const result = await sample("sample-budget.xlsx");
    const t = reportTotals(result.model, pack);
    expect(t).toMatchObject({ shape: "build", construction: "1086800", other: "125000", grand: "1211800", projectAmount: "1211800", excluded: [] });
    const [head, how] = totalsLines(t, "万元", "zh-CN");
    expect(head).toBe("合计：项目建设费 108.68 万元，其他费用 12.5 万元，总计 121.18 万元；建设金额 121.18 万元");
    expect(how).toMatch(/建设金额.*即项目总计/);
    expect(totalsLines(t, "万元", "en-US")[0]).toMatch(/^Totals: construction cost \(项目建设费\) 108\.68 万元, other fees 12\.5 万元, total 121\.18 万元; project amount \(建设金额\) 121\.18 万元$/);
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
    expect(t).toMatchObject({ construction: "1000000", other: "80000", grand: "1080000", projectAmount: "1030000", excluded: [{ category: "dengbao", amount: "50000" }] });
    const [head, how] = totalsLines(t, "元", "zh-CN");
    expect(head).toContain("建设金额 1,030,000 元");
    expect(how).toBe("建设金额（用于审核途径、监理和招标的判断）= 总计 1,080,000 元 扣除等保测评 50,000 元（另行申请）");
    expect(totalsLines(t, "元", "en-US")[1]).toMatch(/= the total 1,080,000 元 less MLPS \(等保\) assessment 50,000 元/);
  });

  it("an O&M budget reports its O&M total, not 项目建设费 0", async () => {
    const result = await sample("sample-om-budget.xlsx");
    const t = reportTotals(result.model, pack);
    expect(t.shape).toBe("om");
    expect(totalsLines(t, "元", "zh-CN")).toEqual(["合计：运维费用 258,400 元"]);
    expect(totalsLines(t, "元", "en-US")).toEqual(["Total: O&M 258,400 元"]);
  });

  it("labels come from one table", () => {
    expect(label(KIND_LABELS, "om", "en-US")).toBe("O&M");
    expect(label(KIND_LABELS, "upgrade", "zh-CN")).toBe("升级改造");
    expect(label(SYSTEM_LABELS, "other", "en-US")).toBe("other");
  });
});
