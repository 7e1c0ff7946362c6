import { book, F, mul, type CorpusEntry, SheetB, sum } from "./kit";
import { COLS, estimate, type EstimateSpec } from "./layout";

/**
 * Workbooks of several sheets: a 汇总表 pointing at detail sheets by formula (or by "见附表"), carrying its own
 * second-category fees; a main estimate with one line standing for a detail sheet; a hidden draft sheet; formulas
 * saved without a cached value. Worked arithmetic in the comments; bases as in construction.ts.
 */

function archiveSummary(): CorpusEntry {
  const name = "s01-summary-details-own-fees.xlsx";
  const build = () => {
    const hw = new SheetB("硬件设备清单");
    hw.add(["附表1 硬件设备清单"]);
    hw.mergeLast("G");
    hw.add(["序号", "设备名称", "规格型号", "单位", "数量", "单价（万元）", "金额（万元）"]);
    hw.add([1, "应用服务器", "鲲鹏920 2路", "台", 2, 6, mul("E", "F")]);
    hw.add([2, "存储", "全闪存 100TB", "台", 1, 15, mul("E", "F")]);
    hw.add([3, "高拍仪", "A3幅面", "台", 6, 0.3, mul("E", "F")]);
    hw.add([4, "档案扫描仪", "A3 高速双面", "台", 4, 1.5, mul("E", "F")]);
    hw.add([null, "合计", null, null, null, null, sum("G", 3, 6)]);
    const sw = new SheetB("软件购置清单");
    sw.add(["附表2 软件购置清单"]);
    sw.mergeLast("G");
    sw.add(["序号", "软件名称", "规格型号", "单位", "数量", "单价（万元）", "金额（万元）"]);
    sw.add([1, "数据库", "达梦DM8 国产", "套", 1, 6, mul("E", "F")]);
    sw.add([2, "中间件", "东方通 TongWeb 国产", "套", 1, 3, mul("E", "F")]);
    sw.add([null, "合计", null, null, null, null, sum("G", 3, 4)]);
    const dev = new SheetB("开发工作量");
    dev.add(["附表3 应用软件开发工作量测算表"]);
    dev.mergeLast("E");
    dev.add(["序号", "功能模块", "工作量（人月）", "人月单价（万元）", "金额（万元）"]);
    dev.add([1, "档案接收模块开发", 10, 2, F("=C{r}*D{r}")]);
    dev.add([2, "档案利用模块开发", 8, 2, F("=C{r}*D{r}")]);
    dev.add([null, "合计", sum("C", 3, 4), null, sum("E", 3, 4)]);
    const s = new SheetB("汇总表");
    s.add(["杨浦区某局数字档案馆建设项目投资估算汇总表"]);
    s.mergeLast("D");
    s.add([null, null, null, "单位：万元"]);
    s.add(["序号", "费用名称", "金额", "备注"]);
    s.add(["一", "工程费用", sum("C", 5, 8)]);
    s.add([1, "硬件购置费", F("='硬件设备清单'!G7"), "详见附表1"]);
    s.add([2, "软件购置费", F("='软件购置清单'!G5"), "详见附表2"]);
    s.add([3, "应用软件开发费", F("='开发工作量'!E5"), "详见附表3"]);
    s.add([4, "系统集成费", 2.63, "按软硬件购置费6%计"]);
    s.add(["二", "工程建设其他费用", sum("C", 10, 14)]);
    s.add([1, "咨询设计费", 2.0]);
    s.add([2, "监理费", 2.5]);
    s.add([3, "软件测评费", 1.5]);
    s.add([4, "安全测评费", 1.0]);
    s.add([5, "密码应用安全性评估费", 2.5]);
    s.add(["三", "基本预备费", 1.5]);
    s.add([null, "合计", F("=C4+C9+C15")]);
    return book(name, s, hw, sw, dev);
  };
  // Details: hardware 34.8 (高拍仪, 档案扫描仪 included), software 9, development 36 (18 人月 at 2万 exactly).
  // P = 43.8; 集成 2.63 / 43.8 = 6.00%; C = 43.8 + 36 + 2.63 = 82.43; four (summary's own lines) 7.0 ≤ 8.243;
  // 安全 1 / 82.43 = 1.21%; 密评 on the summary; total 93.43 < 100. Summary lines 1–3 stand for the details.
  return {
    name,
    shape: "汇总表 with formulas into 3 detail sheets + its own 二类费用 and 预备费, 万元",
    build,
    expect: [],
  };
}

function yiwangSummary(): CorpusEntry {
  const name = "s02-summary-four-fees-over.xlsx";
  const build = () => {
    const hw = new SheetB("硬件");
    hw.add(["硬件设备清单"]);
    hw.add(["序号", "设备名称", "规格型号", "数量", "单价（元）", "金额（元）"]);
    hw.add([1, "应用服务器", "2路/256G", 4, 50000, mul("D", "E")]);
    hw.add([2, "防火墙", "万兆", 1, 60000, mul("D", "E")]);
    hw.add([null, "小计", null, null, null, sum("F", 3, 4)]);
    const dev = new SheetB("软件开发");
    dev.add(["应用软件开发费用明细"]);
    dev.add(["序号", "开发内容", "单位", "数量", "单价（元）", "金额（元）", "备注"]);
    dev.add([1, "事项办理模块开发", "人月", 20, 20000, mul("D", "E")]);
    dev.add([2, "接口改造开发", "人月", 10, 18000, mul("D", "E")]);
    dev.add([null, "合计", null, null, null, sum("F", 3, 4)]);
    const s = new SheetB("汇总表");
    s.add(["杨浦区某委政务服务一网通办平台升级改造项目估算汇总表"]);
    s.mergeLast("D");
    s.add(["单位：元"]);
    s.add(["序号", "费用名称", "金额（元）", "备注"]);
    s.add([1, "硬件购置费", F("='硬件'!F5")]);
    s.add([2, "软件开发费", F("='软件开发'!F5")]);
    s.add([3, "系统集成费", 15600, "硬件购置费×6%"]);
    s.add([4, "可研编制费", 30000]);
    s.add([5, "监理费", 30000]);
    s.add([6, "第三方软件测评费", 25000]);
    s.add([7, "安全测评费", 12000]);
    s.add([8, "密码测评费", 30000]);
    s.add([null, "合计", sum("C", 4, 11)]);
    return book(name, s, hw, dev);
  };
  // P = 260000; 集成 15600 = 6%; C = 260000 + 580000 + 15600 = 855600; four 30000 + 30000 + 25000 + 12000 = 97000
  // > 85560 → fees.four-fees-cap (its lines are on 汇总表); 安全 1.40%; 密评; total 982600 < 100万.
  return {
    name,
    shape: "汇总表 over 2 details, own fees (可研/监理/测评) over the 10% cap, 元",
    build,
    expect: [{ rule: "fees.four-fees-cap", severity: "error", sheet: "汇总表" }],
  };
}

function hallSummary(): CorpusEntry {
  const name = "s03-summary-own-subtotals-no-crypto.xlsx";
  const build = () => {
    const eq = new SheetB("设备清单");
    eq.add(["设备及软件清单"]);
    eq.add(["序号", "名称", "型号", "单位", "数量", "单价", "金额"]);
    eq.add([1, "应用服务器", "2路/128G", "台", 2, 6, mul("E", "F")]);
    eq.add([2, "接入交换机", "24口千兆", "台", 2, 1, mul("E", "F")]);
    eq.add([3, "身份证阅读器", "神思 SS628", "台", 10, 0.05, mul("E", "F")]);
    eq.add([4, "排队叫号机", "落地式 触摸屏", "台", 2, 1.5, mul("E", "F")]);
    eq.add([5, "数据库软件", "国产", "套", 1, 4, mul("E", "F")]);
    eq.add([null, "合计", null, null, null, null, sum("G", 3, 7)]);
    const dev = new SheetB("应用开发");
    dev.add(["应用开发费测算"]);
    dev.add(["序号", "功能模块", "单位", "工作量", "人月单价", "金额"]);
    dev.add([1, "网上申报功能开发", "人月", 12, 2, mul("D", "E")]);
    dev.add([2, "办件查询功能开发", "人月", 8, 2, mul("D", "E")]);
    dev.add([null, "合计", null, sum("D", 3, 4), null, sum("F", 3, 4)]);
    const s = new SheetB("汇总");
    s.add(["杨浦区某局网上办事大厅建设项目投资估算"]);
    s.mergeLast("D");
    s.add(["单位：万元"]);
    s.add(["序号", "项目", "金额", "说明"]);
    s.add(["一、", "建设费用"]);
    s.add([1, "硬件及软件购置", F("='设备清单'!G8")]);
    s.add([2, "应用开发", F("='应用开发'!F5")]);
    s.add([null, "小计", sum("C", 5, 6)]);
    s.add(["二、", "其他费用"]);
    s.add([1, "系统集成费", 1.29]);
    s.add([2, "监理费", 2]);
    s.add([3, "软件测评费", 1.8]);
    s.add([null, "小计", sum("C", 9, 11)]);
    s.add([null, "总计", F("=C7+C12")]);
    return book(name, s, eq, dev);
  };
  // P = 12 + 2 + 0.5 + 3 + 4 = 21.5 (身份证阅读器, 排队叫号机 are goods); 集成 1.29 = 6%; C = 62.79; four 3.8 ≤ 6.279;
  // no 安全测评 (no range finding, §3.11); total 66.59; no 密码测评 anywhere → fees.crypto-test-missing.
  return {
    name,
    shape: "汇总 with its own 小计 formulas over details, 万元, no 密码测评",
    build,
    expect: [{ rule: "fees.crypto-test-missing", severity: "warning" }],
  };
}

function keyanSummary(): CorpusEntry {
  const name = "s04-keyan-see-annex.xlsx";
  const build = () => {
    const s = new SheetB("总投资估算表");
    s.add(["杨浦区某街道基层治理数字化平台建设项目总投资估算表"]);
    s.mergeLast("D");
    s.add([null, null, null, "单位：万元"]);
    s.add(["序号", "工程或费用名称", "估算金额", "备注"]);
    s.add(["一", "工程费用", sum("C", 5, 7)]);
    s.add([1, "设备购置费", 30.5, "见附表1"]);
    s.add([2, "软件开发费", 48, "见附表2"]);
    s.add([3, "系统集成费", 1.98, "设备购置费×6.5%"]);
    s.add(["二", "工程建设其他费用", sum("C", 9, 14)]);
    s.add([1, "咨询费", 2]);
    s.add([2, "监理费", 2.5]);
    s.add([3, "软件测评费", 1.5]);
    s.add([4, "安全测评费", 1]);
    s.add([5, "密码测评费", 2.5]);
    s.add([6, "建设单位管理费", 0.8]);
    s.add(["三", "预备费", 3]);
    s.add([null, "项目总投资", F("=C4+C8+C15")]);
    const a1 = new SheetB("附表1 设备购置");
    a1.add(["附表1 设备购置费估算表"]);
    a1.mergeLast("G");
    a1.add(["序号", "设备名称", "技术参数", "数量", "单位", "单价（万元）", "合价（万元）"]);
    a1.add([1, "应用服务器", "2路/256G", 2, "台", 5, mul("D", "F")]);
    a1.add([2, "存储", "50TB", 1, "台", 12, mul("D", "F")]);
    a1.add([3, "图形工作站", null, 2, "台", 1.5, mul("D", "F")]);
    a1.add([4, "防火墙", null, 1, "台", 5.5, mul("D", "F")]);
    a1.add([null, "合计", null, null, null, null, sum("G", 3, 6)]);
    const a2 = new SheetB("附表2 软件开发");
    a2.add(["附表2 软件开发费估算表"]);
    a2.mergeLast("E");
    a2.add(["序号", "功能名称", "工作量（人月）", "单价（万元/人月）", "金额（万元）"]);
    a2.add([1, "事件上报功能开发", 12, 2, F("=C{r}*D{r}")]);
    a2.add([2, "综合研判功能开发", 12, 2, F("=C{r}*D{r}")]);
    a2.add([null, "合计", sum("C", 3, 4), null, sum("E", 3, 4)]);
    return book(name, s, a1, a2);
  };
  // Summary lines 1–2 typed, equal to the annex totals and marked 见附表 → they stand for the annexes.
  // P = 30.5; 集成 1.98 / 30.5 = 6.49%; C = 30.5 + 48 + 1.98 = 80.48; four 7.0 ≤ 8.048; 安全 1.24%; 密评;
  // 管理费 0.8 and 预备费 3 outside; 项目总投资 93.78 < 100.
  return {
    name,
    shape: "可研 总投资估算表 with 见附表 lines (no formulas), 工程费用/工程建设其他费用/预备费",
    build,
    expect: [],
  };
}

function approvalSummary(): CorpusEntry {
  const name = "s05-summary-detail-price-dengbao.xlsx";
  const build = () => {
    const eq = new SheetB("设备及软件");
    eq.add(["设备及软件购置清单（单位：元）"]);
    eq.add(["序号", "名称", "规格", "单位", "数量", "单价", "金额"]);
    eq.add([1, "应用服务器", null, "台", 2, 50000, mul("E", "F")]);
    eq.add([2, "数据库软件", "国产", "套", 1, 50000, mul("E", "F")]);
    eq.add([null, "合计", null, null, null, null, sum("G", 3, 4)]);
    const dev = new SheetB("开发费用");
    dev.add(["应用开发费用测算（单位：元）"]);
    dev.add(["序号", "开发内容", "单位", "数量", "单价", "金额"]);
    dev.add([1, "智能预审模块开发", "人月", 10, 23000, mul("D", "E")]);
    dev.add([2, "审批流程开发", "人月", 10, 20000, mul("D", "E")]);
    dev.add([null, "合计", null, null, null, sum("F", 3, 4)]);
    const s = new SheetB("汇总表");
    s.add(["杨浦区某局智能审批系统建设项目预算汇总表"]);
    s.add(["单位：元"]);
    s.add(["序号", "费用名称", "金额", "备注"]);
    s.add([1, "设备及软件购置费", F("='设备及软件'!G5")]);
    s.add([2, "应用开发费", F("='开发费用'!F5")]);
    s.add([3, "系统集成费", 9000]);
    s.add([4, "监理费", 18000]);
    s.add([5, "软件测评费", 15000]);
    s.add([6, "安全测评费", 8000]);
    s.add([7, "密码测评费", 20000]);
    s.add([8, "三级等保测评费", 40000]);
    s.add([null, "合计", sum("C", 4, 11)]);
    return book(name, s, eq, dev);
  };
  // 开发费用!E3: 23000 元/人月 > 20000 → dev.person-month-price. 汇总表 row 11: 三级等保 inside 合计 → cost.excluded-dengbao.
  // P = 150000; 集成 9000 = 6%; C = 150000 + 430000 + 9000 = 589000; four 41000 ≤ 58900; 安全 1.36%; 密评;
  // 建设金额 690000 − 40000 = 650000 < 100万.
  return {
    name,
    shape: "汇总表 over details, 2.3万/人月 in a detail, 三级等保 inside the summary total, 元",
    build,
    expect: [
      { rule: "dev.person-month-price", severity: "error", sheet: "开发费用", cell: "E3" },
      { rule: "cost.excluded-dengbao", severity: "error", sheet: "汇总表", row: 11 },
    ],
  };
}

function oaTwoSheets(): CorpusEntry {
  const name = "c21-oa-dev-sheet-45pm.xlsx";
  const build = () => {
    const s = new SheetB("投资估算表");
    s.add(["杨浦区某局协同办公平台建设项目投资估算表"]);
    s.mergeLast("H");
    s.add(["编制单位：某局办公室", null, null, null, null, null, null, "单位：元"]);
    s.add(["序号", "费用名称", "规格", "单位", "数量", "单价", "金额", "备注"]);
    s.add([1, "应用服务器", "2路/128G", "台", 2, 50000, mul("E", "F")]);
    s.add([2, "数据库软件", "国产 达梦", "套", 1, 50000, mul("E", "F")]);
    s.add([3, "中间件", "国产 东方通", "套", 1, 30000, mul("E", "F")]);
    s.add([4, "应用软件开发费", "详见开发工作量表", "项", 1, null, F("='开发工作量'!E6")]);
    s.add([5, "系统集成费", null, "项", 1, 10800, mul("E", "F")]);
    s.add([6, "监理费", null, "项", 1, 30000, mul("E", "F")]);
    s.add([7, "软件测评费", null, "项", 1, 30000, mul("E", "F")]);
    s.add([8, "安全测评费", null, "项", 1, 15000, mul("E", "F")]);
    s.add([9, "密码测评费", null, "项", 1, 30000, mul("E", "F")]);
    s.add([null, "合计", null, null, null, null, sum("G", 4, 12)]);
    const d = new SheetB("开发工作量");
    d.add(["应用软件开发工作量测算表"]);
    d.add(["序号", "功能模块", "工作量（人月）", "人月单价（元）", "金额（元）"]);
    d.add([1, "流程引擎开发", 15, 20000, F("=C{r}*D{r}")]);
    d.add([2, "公文模块开发", 15, 20000, F("=C{r}*D{r}")]);
    d.add([3, "移动办公开发", 15, 18000, F("=C{r}*D{r}")]);
    d.add([null, "合计", sum("C", 3, 5), null, sum("E", 3, 5)]);
    return book(name, s, d);
  };
  // Line 4 stands for the detail sheet (formula into it). 45 人月 > 40 (OA, no declared tier → large) → tier.oa.
  // P = 180000; 集成 10800 = 6%; C = 180000 + 870000 + 10800 = 1060800; four 75000 ≤ 106080; 安全 1.41%; 密评;
  // total 1165800 ≥ 100万 with 监理; ≤ 160万; 2 servers.
  return {
    name,
    shape: "estimate with one line pointing at a 开发工作量 sheet (人月 column), 元, 45 人月",
    build,
    expect: [{ rule: "tier.oa", severity: "error" }],
  };
}

function hiddenDraft(): CorpusEntry {
  const name = "c32-hidden-draft.xlsx";
  const spec = (sheet: string, price: number, integration: number): EstimateSpec => ({
    sheet,
    title: "杨浦区某局信访信息系统升级改造项目投资估算表",
    unit: "万元",
    unitIn: "row",
    cols: COLS.classic,
    seq: "cn",
    sections: [
      {
        title: "购置费",
        subtotal: "head",
        lines: [
          { name: "应用服务器", unit: "台", qty: 2, price: 5 },
          { name: "数据库", unit: "套", qty: 1, price: 5 },
        ],
      },
      { title: "开发费", subtotal: "head", lines: [{ name: "信访件流转功能开发", unit: "人月", qty: 15, price }] },
      {
        title: "其他费用",
        subtotal: "head",
        lines: [
          { name: "系统集成费", unit: "项", qty: 1, price: integration },
          { name: "监理费", unit: "项", qty: 1, price: 1.5 },
          { name: "软件测评费", unit: "项", qty: 1, price: 1.2 },
          { name: "安全测评费", unit: "项", qty: 1, price: 0.6 },
          { name: "密码测评费", unit: "项", qty: 1, price: 1.5 },
        ],
      },
    ],
    totalLabel: "合计",
  });
  const build = () => {
    const draft = estimate(spec("初稿（作废）", 2.8, 1.8)).sheet.hide();
    return book(name, estimate(spec("投资估算表", 2, 0.9)).sheet, draft);
  };
  // Visible: P = 15; 集成 0.9 = 6%; C = 45.9; four 3.3 ≤ 4.59; 安全 1.31%; 2万/人月; 密评; total 50.7.
  // The hidden draft (2.8万/人月, 集成 12%) is not audited (§3.9: info only).
  return { name, shape: "visible compliant estimate + hidden draft sheet with violations, 万元", build, expect: [] };
}

function noCache(): CorpusEntry {
  const name = "c33-formula-without-cache.xlsx";
  const build = () => {
    const s = new SheetB("投资估算表");
    s.add(["杨浦区某局人事管理系统建设项目投资估算表"]);
    s.mergeLast("H");
    s.add([null, null, null, null, null, null, null, "单位：元"]);
    s.add(["序号", "费用名称", "规格", "单位", "数量", "单价", "金额", "备注"]);
    s.add([1, "应用服务器", null, "台", 1, 50000, mul("E", "F")]);
    s.add([2, "操作系统", null, "套", 1, 5000, F("=E{r}*F{r}", { noCache: true })]);
    s.add([3, "数据库", null, "套", 1, 40000, mul("E", "F")]);
    s.add([4, "人事管理功能开发", null, "人月", 10, 20000, mul("E", "F")]);
    s.add([5, "系统集成费", null, "项", 1, 5700, mul("E", "F")]);
    s.add([6, "软件测评费", null, "项", 1, 10000, mul("E", "F")]);
    s.add([7, "安全测评费", null, "项", 1, 4000, mul("E", "F")]);
    s.add([8, "密码测评费", null, "项", 1, 20000, mul("E", "F")]);
    s.add([null, "合计", null, null, null, null, F("=SUM(G4:G11)", { noCache: true })]);
    return book(name, s);
  };
  // G5 and G12 are formulas saved without a cached value → sheet.unreadable-amount on each.
  // Every verdict holds with or without the 5000: 集成 5700 / 90000 = 6.33% (/95000 = 6%); C ≈ 300000;
  // four 14000 ≤ 29570; 安全 1.35%; 密评.
  return {
    name,
    shape: "two formula cells without cached values, 元",
    build,
    expect: [
      { rule: "sheet.unreadable-amount", severity: "warning", sheet: "投资估算表", cell: "G5" },
      { rule: "sheet.unreadable-amount", severity: "warning", sheet: "投资估算表", cell: "G12" },
    ],
  };
}

export const multi: CorpusEntry[] = [
  archiveSummary(),
  yiwangSummary(),
  hallSummary(),
  keyanSummary(),
  approvalSummary(),
  oaTwoSheets(),
  hiddenDraft(),
  noCache(),
];
