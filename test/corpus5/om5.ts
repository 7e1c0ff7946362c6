import { e5, F, S, SheetB, X, type Entry5 } from "./kit5";

/*
 * Corpus 5, O&M (运维) and purchased-service budgets, plus one construction workbook with an O&M estimate sheet.
 * Caps (Yangpu 三(三)): hardware A ≤ 4%, B 6%, C 8% of 购置金额; security device daily maintenance ≤ 10%; product software
 * 工具类 ≤ 5%, 国产 ≤ 10%, other → warning; application 7% / 12% / 20% of 原开发费 (unknown complexity: > 20% error,
 * 7–20% warning); 专线 / 带宽租用 / IDC租用 … not e-gov cost (审定 0).
 */

// ───────────── o04 ─────────────
// 财政 部门预算 项目支出预算表: two-row header (其中 财政拨款 / 单位自筹 merged over two columns), 上年预算数 beside 本年申请数
// (§17: 本年 is the amount; the 其中 columns split it), bases only in 测算依据 text. 万元 in row 2 only.
// 应用运维 120 × 8% (较复杂 ≤ 12%) = 9.6; 硬件维保 85 × 4% (A类) = 3.4; 驻场 1 × 12 × 1.2 = 14.4; 云资源 6; 安全巡检 4.
// 本年 37.4万 → 送审 = 审定 = 374,000.00. Compliant.
const o04 = e5(
  "o04-dept-budget-two-row-header-last-year.xlsx",
  "部门预算 项目支出预算表: 上年预算数 + 本年申请数 + 其中 财政拨款/单位自筹 (two-row header), bases in 测算依据",
  () => {
    const s = new SheetB("项目支出预算表");
    s.add(["2025年部门预算项目支出预算表"]);
    s.mergeLast("G");
    s.add(["预算单位：某区市场监督管理局", null, null, null, null, null, "单位：万元"]);
    s.add(["项目名称：市场监管综合业务系统运维项目（2025年运维）"]);
    s.add(["序号", "支出内容", "上年预算数", "本年申请数", "其中", null, "测算依据"]);
    s.add([null, null, null, null, "财政拨款", "单位自筹", null]);
    for (const m of ["A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:F4", "G4:G5"]) s.merge(m);
    s.add([1, "应用系统运维服务", 9.6, 9.6, 9.6, 0, "原开发费120万元×8%（较复杂功能）"]);
    s.add([2, "硬件设备维保", 3.4, 3.4, 3.4, 0, "设备原值85万元×4%（核心交换机、机柜等A类设备）"]);
    s.add([3, "驻场运维服务", 13.2, 14.4, 14.4, 0, "1人×12月×1.2万元/人月"]);
    s.add([4, "政务云资源租用", 6, 6, 6, 0, "云主机8台、存储10TB"]);
    s.add([5, "安全巡检服务", 4, 4, 3, 1, "季度巡检4次×1万元"]);
    s.add(["合计", null, S("C", 6, 10), S("D", 6, 10), S("E", 6, 10), S("F", 6, 10)]);
    return {
      sheets: [s],
      expect: [],
      truth: { submitted: "374000.00", approved: "374000.00" },
      grand: { sheet: "项目支出预算表", cell: "D11", unit: 10000 },
    };
  },
);

// ───────────── o05 ─────────────
// 运维费用预算 starting at B3 with 编制依据 text, then four stacked tables (表1 硬件 / 表2 产品软件 / 表3 应用 / 表4 驻场) whose
// column layouts differ (表3 has 功能复杂度 where 表1 has 数量), each with a 小计, a 总计 row and a 大写 row. 元.
// PC服务器 480,000 × 10% = 48,000 > 8% (C) → error, 审定 38,400; 防火墙（日常运行维护）200,000 × 12% = 24,000 > 10% →
// error, 审定 20,000. Others within: 核心 4%, 接入 6%, 磁盘阵列 6%, UPS 5% (B ≤ 6%), 国产数据库 10%, 国产中间件 8%,
// 应用 较复杂 10% ≤ 12%, 驻场 24 × 13,000. 总计 120,000 + 24,800 + 150,000 + 312,000 = 606,800.
// 送审 606,800.00; 审定 606,800 − 9,600 − 4,000 = 593,200.00.
const o05 = e5(
  "o05-om-four-stacked-tables-from-b3.xlsx",
  "运维预算 from B3 with 编制依据 text, four stacked tables with different column layouts, 总计 + 大写",
  () => {
    const s = new SheetB("运维费用预算", { row: 2, col: 1 });
    s.add(["某区政务服务中心信息系统2025年度运维费用预算"]);
    s.merge("B3:H3");
    s.add(["一、编制依据：《杨浦区区本级电子政务项目通用类配置标准》（2023）"]);
    s.add(["二、运维范围：机房设备、安全设备、产品软件、应用系统及驻场服务"]);
    s.add(["三、费用测算（金额单位：元）"]);
    s.add([]);
    s.add(["表1  硬件设备维护费"]);
    s.add(["序号", "设备名称", "数量", "购置金额（元）", "维护费率", "年维护费（元）", "备注"]);
    s.add([1, "核心交换机", 2, 360000, 0.04, X("E", "F")]);
    s.add([2, "接入层交换机", 20, 160000, 0.06, X("E", "F")]);
    const pc = s.add([3, "PC服务器", 8, 480000, 0.1, X("E", "F")]);
    s.add([4, "磁盘阵列", 1, 300000, 0.06, X("E", "F")]);
    s.add([5, "UPS", 2, 120000, 0.05, X("E", "F")]);
    const fw = s.add([6, "下一代防火墙（日常运行维护）", 2, 200000, 0.12, X("E", "F")]);
    s.add([null, "小计", null, null, null, S("G", 10, 15)]);
    s.add([]);
    s.add(["表2  产品软件维护费"]);
    s.add(["序号", "软件名称", "数量", "购置金额（元）", "维护费率", "年维护费（元）", "备注"]);
    s.add([1, "国产数据库（达梦）原厂服务", 2, 200000, 0.1, X("E", "F")]);
    s.add([2, "国产中间件原厂升级服务", 4, 60000, 0.08, X("E", "F")]);
    s.add([null, "小计", null, null, null, S("G", 20, 21)]);
    s.add([]);
    s.add(["表3  应用软件维护费"]);
    s.add(["序号", "系统名称", "功能复杂度", "原开发费（元）", "维护系数", "年维护费（元）", "备注"]);
    s.add([1, "综合业务系统应用软件运维", "较复杂", 1500000, 0.1, X("E", "F")]);
    s.add([null, "小计", null, null, null, S("G", 26, 26)]);
    s.add([]);
    s.add(["表4  驻场运维服务费"]);
    s.add(["序号", "岗位", "人数", "工作量（人月）", "人月单价（元）", "金额（元）", "备注"]);
    s.add([1, "系统运维工程师", 2, 24, 13000, X("E", "F")]);
    s.add([null, "小计", null, null, null, S("G", 31, 31)]);
    s.add([]);
    s.add(["运维费用总计", null, null, null, null, F("=G16+G22+G27+G32")]);
    s.add(["（大写）陆拾万陆仟捌佰元整"]);
    return {
      sheets: [s],
      expect: [
        { rule: "om.hardware-rate", severity: "error", sheet: "运维费用预算", row: pc },
        { rule: "om.security-device-rate", severity: "error", sheet: "运维费用预算", row: fw },
      ],
      truth: { submitted: "606800.00", approved: "593200.00" },
      grand: { sheet: "运维费用预算", cell: "G34", unit: 1 },
    };
  },
);

// ───────────── o12 ─────────────
// Columns in an unusual order: 金额 before 数量 / 单位 / 单价; base of the application line only in 备注. 元.
// 专线租用 36,000 and 带宽租用 48,000 → om.excluded-item ×2, 审定 0. 应用 6% of 80万 (简单 ≤ 7%) fine; 驻场 12 × 15,600.
// 送审 343,200.00; 审定 343,200 − 84,000 = 259,200.00.
const o12 = e5(
  "o12-om-amount-before-qty-excluded-lines.xlsx",
  "金额 column before 数量/单位/单价, 专线 and 带宽租用 lines, application base only in 备注",
  () => {
    const s = new SheetB("运维预算");
    s.add(["某区公共信用信息平台2025年运维项目预算表"]);
    s.mergeLast("G");
    s.add(["序号", "服务内容", "金额（元）", "数量", "单位", "单价（元）", "备注"]);
    s.add([1, "驻场运维服务", X("D", "F"), 12, "人月", 15600, "1人驻场"]);
    const zx = s.add([2, "政务外网专线租用", X("D", "F"), 12, "月", 3000]);
    const dk = s.add([3, "互联网带宽租用（100M）", X("D", "F"), 12, "月", 4000]);
    s.add([4, "应用系统运维（简单功能）", X("D", "F"), 1, "年", 48000, "原开发费80万元×6%"]);
    s.add([5, "数据备份服务", X("D", "F"), 1, "年", 24000]);
    s.add(["合计", null, S("C", 3, 7)]);
    return {
      sheets: [s],
      expect: [
        { rule: "om.excluded-item", severity: "error", sheet: "运维预算", row: zx },
        { rule: "om.excluded-item", severity: "error", sheet: "运维预算", row: dk },
      ],
      truth: { submitted: "343200.00", approved: "259200.00" },
      grand: { sheet: "运维预算", cell: "C8", unit: 1 },
    };
  },
);

// ───────────── o14 ─────────────
// Maintenance by A/B/C class sections (序号 A1, B2 …), 费率 typed as text "4%", one 原值/原开发费 column for devices, software and
// the application. 万元 in the headers only. 磁盘阵列 60 × 8% = 4.8 > 6% (B) → error, 审定 3.6. Oracle数据库原厂服务 (neither
// 工具类 nor 国产) 50 × 12% → om.product-software-rate warning; application 200 × 15%, complexity not stated → warning.
// Others: 核心层交换机 4%, 机柜 3%, 精密空调 4% (A); 接入层交换机 6%; PC服务器 8%, 打印机 8%.
// Total 1.6+0.18+1.0+4.8+1.44+7.2+0.24+6.0+30 = 52.46万. 送审 524,600.00; 审定 524,600 − 12,000 = 512,600.00.
const o14 = e5(
  "o14-om-abc-sections-text-rates.xlsx",
  'A/B/C class section rows, rates as text "8%", unit only in headers (原值（万元）), Oracle and unstated complexity',
  () => {
    const s = new SheetB("年度运维预算");
    s.add(["某区行政审批系统2025年运维项目费用明细"]);
    s.mergeLast("H");
    s.add(["序号", "设备/软件名称", "品牌型号", "数量", "原值/原开发费（万元）", "费率", "年维护费（万元）", "备注"]);
    s.add(["A", "A类设备（费率≤4%）"]);
    s.add(["A1", "核心层交换机", "某品牌 S12700", 2, 40, "4%", F("=ROUND(E{r}*F{r},4)")]);
    s.add(["A2", "机柜", "42U", 6, 6, "3%", F("=ROUND(E{r}*F{r},4)")]);
    s.add(["A3", "精密空调", "25kW", 2, 25, "4%", F("=ROUND(E{r}*F{r},4)")]);
    s.add(["B", "B类设备（费率≤6%）"]);
    const ds = s.add(["B1", "磁盘阵列", "某品牌 OceanStor", 1, 60, "8%", F("=ROUND(E{r}*F{r},4)"), "使用第6年"]);
    s.add(["B2", "接入层交换机", "48口", 12, 24, "6%", F("=ROUND(E{r}*F{r},4)")]);
    s.add(["C", "C类设备（费率≤8%）"]);
    s.add(["C1", "PC服务器", "2路", 10, 90, "8%", F("=ROUND(E{r}*F{r},4)")]);
    s.add(["C2", "打印机", "A3激光", 6, 3, "8%", F("=ROUND(E{r}*F{r},4)")]);
    s.add(["D", "产品软件维护"]);
    const ora = s.add(["D1", "Oracle数据库原厂服务", "11g 企业版", 2, 50, "12%", F("=ROUND(E{r}*F{r},4)")]);
    s.add(["E", "应用软件维护"]);
    const app = s.add([
      "E1",
      "行政审批系统应用软件维护",
      null,
      1,
      200,
      "15%",
      F("=ROUND(E{r}*F{r},4)"),
      "原开发费200万元",
    ]);
    s.add(["合计", null, null, null, null, null, S("G", 3, 16)]);
    return {
      sheets: [s],
      expect: [
        { rule: "om.hardware-rate", severity: "error", sheet: "年度运维预算", row: ds },
        { rule: "om.product-software-rate", severity: "warning", sheet: "年度运维预算", row: ora },
        { rule: "om.app-software-rate", severity: "warning", sheet: "年度运维预算", row: app },
      ],
      truth: { submitted: "524600.00", approved: "512600.00" },
      grand: { sheet: "年度运维预算", cell: "G17", unit: 10000 },
    };
  },
);

// ───────────── o15 ─────────────
// 服务类 政务云资源租用 by 台·月 / TB·月 quantities, a negative 框架协议折让 line. 元. Nothing over a limit.
// 72,000 + 12,000 + 18,000 + 3,600 + 6,000 − 5,600 = 106,000.00 both. Compliant.
const o15 = e5(
  "o15-cloud-rental-service-negative-rebate.xlsx",
  "服务类 云资源租用, 计费单位 台·月/TB·月, negative 框架协议折让 line",
  () => {
    const s = new SheetB("云资源租用");
    s.add(["某区疫苗接种管理系统2025年政务云资源租用服务预算"]);
    s.mergeLast("H");
    s.add(["单位：元"]);
    s.add(["序号", "资源名称", "规格配置", "计费单位", "数量", "单价", "金额", "备注"]);
    s.add([1, "云主机", "8核16G", "台·月", 120, 600, X("E", "F"), "10台×12个月"]);
    s.add([2, "块存储", "SSD", "TB·月", 60, 200, X("E", "F"), "5TB×12个月"]);
    s.add([3, "云数据库服务", "国产数据库 主备", "月", 12, 1500, X("E", "F")]);
    s.add([4, "负载均衡服务", "共享型", "月", 12, 300, X("E", "F")]);
    s.add([5, "云主机安全防护服务", "10台", "月", 12, 500, X("E", "F")]);
    s.add([6, "框架协议折让", null, null, null, null, -5600, "按区政务云框架协议优惠"]);
    s.add(["合计", null, null, null, null, null, S("G", 4, 9)]);
    return {
      sheets: [s],
      expect: [],
      truth: { submitted: "106000.00", approved: "106000.00" },
      grand: { sheet: "云资源租用", cell: "G10", unit: 1 },
    };
  },
);

// ───────────── o20 ─────────────
// 上年预算 / 本年预算 / 增减率 columns side by side (§17: 本年 is the amount). 元.
// 国产中间件原厂升级服务 80,000 × 12% = 9,600 > 10% (国产) → error, 审定 8,000; 应用 600,000 × 25% = 150,000 > 20%
// (complexity not stated) → error, 审定 120,000. Others: 接入层 6%, PC服务器 8%, 驻场 168,000 (no base).
// 本年 357,360 (上年 325,760, +9.7%: no om-review error). 送审 357,360.00; 审定 357,360 − 1,600 − 30,000 = 325,760.00.
const o20 = e5(
  "o20-om-last-year-this-year-change.xlsx",
  "上年预算 + 本年预算 + 增减率 columns, rate column with 原值/原开发费 base column",
  () => {
    const s = new SheetB("运维预算对比表");
    s.add(["某区一网通办接入系统2025年运维项目预算（与上年对比）"]);
    s.mergeLast("H");
    s.add(["序号", "运维对象", "原值/原开发费（元）", "费率", "上年预算（元）", "本年预算（元）", "增减率", "备注"]);
    s.add([1, "接入层交换机（12台）", 96000, 0.06, 5760, F("=ROUND(C{r}*D{r},2)"), F("=ROUND(F{r}/E{r}-1,4)")]);
    s.add([2, "PC服务器（6台）", 300000, 0.08, 24000, F("=ROUND(C{r}*D{r},2)"), F("=ROUND(F{r}/E{r}-1,4)")]);
    const mw = s.add([
      3,
      "国产中间件原厂升级服务",
      80000,
      0.12,
      8000,
      F("=ROUND(C{r}*D{r},2)"),
      F("=ROUND(F{r}/E{r}-1,4)"),
    ]);
    const app = s.add([
      4,
      "一网通办接入系统应用软件运维",
      600000,
      0.25,
      120000,
      F("=ROUND(C{r}*D{r},2)"),
      F("=ROUND(F{r}/E{r}-1,4)"),
    ]);
    s.add([5, "驻场运维服务", null, null, 168000, 168000, F("=ROUND(F{r}/E{r}-1,4)"), "1人×12月×1.4万元"]);
    s.add(["合计", null, null, null, S("E", 3, 7), S("F", 3, 7), F("=ROUND(F{r}/E{r}-1,4)")]);
    return {
      sheets: [s],
      expect: [
        { rule: "om.product-software-rate", severity: "error", sheet: "运维预算对比表", row: mw },
        { rule: "om.app-software-rate", severity: "error", sheet: "运维预算对比表", row: app },
      ],
      truth: { submitted: "357360.00", approved: "325760.00" },
      grand: { sheet: "运维预算对比表", cell: "F8", unit: 1 },
    };
  },
);

// ───────────── o22 ─────────────
// 服务类别 column merged down over several lines (硬件维保 ×4, 安全设备维护 ×2), a 驻场 line whose arithmetic is in 备注,
// 大写 row. 元. All within caps: 核心 4%, 分布层 6%, 刀片 8%, 光纤交换机 4%, 防火墙/入侵防御 日常运行维护 10% / 8%,
// 国产数据库 10%, 应用 较复杂 12%. Total 527,600.00 both. Compliant.
const o22 = e5(
  "o22-om-merged-category-column-compliant.xlsx",
  "服务类别 merged down over several lines, 驻场 arithmetic in 备注, 大写",
  () => {
    const s = new SheetB("运维服务预算");
    s.add(["某区政务服务系统2025年度运维服务预算表"]);
    s.mergeLast("G");
    s.add(["序号", "服务类别", "服务内容", "设备原值/原开发费（元）", "费率", "金额（元）", "备注"]);
    s.add([1, "硬件维保", "核心交换机维保", 400000, 0.04, F("=ROUND(D{r}*E{r},2)")]);
    s.add([2, null, "分布层交换机维保", 150000, 0.06, F("=ROUND(D{r}*E{r},2)")]);
    s.add([3, null, "刀片服务器维保", 600000, 0.08, F("=ROUND(D{r}*E{r},2)")]);
    s.add([4, null, "光纤交换机维保", 100000, 0.04, F("=ROUND(D{r}*E{r},2)")]);
    s.merge("B3:B6");
    s.add([5, "安全设备维护", "防火墙日常运行维护", 180000, 0.1, F("=ROUND(D{r}*E{r},2)")]);
    s.add([6, null, "入侵防御系统日常运行维护", 120000, 0.08, F("=ROUND(D{r}*E{r},2)")]);
    s.merge("B7:B8");
    s.add([7, "软件维保", "国产数据库原厂服务", 150000, 0.1, F("=ROUND(D{r}*E{r},2)")]);
    s.add([8, "应用运维", "政务服务系统应用软件运维（较复杂功能）", 900000, 0.12, F("=ROUND(D{r}*E{r},2)")]);
    s.add([9, "驻场服务", "运维工程师驻场", null, null, 300000, "2人×12月×12,500元/人月"]);
    s.add(["合计", null, null, null, null, S("F", 3, 11)]);
    s.add(["合计（大写）：伍拾贰万柒仟陆佰元整"]);
    return {
      sheets: [s],
      expect: [],
      truth: { submitted: "527600.00", approved: "527600.00" },
      grand: { sheet: "运维服务预算", cell: "F12", unit: 1 },
    };
  },
);

// ───────────── o25 ─────────────
// 升级改造 estimate + a 运维费用估算 sheet "不计入建设投资" (§15: audited with the O&M rules, outside the construction bases).
// 万元. Construction: 购置 18; 集成 1.08 = 6%; dev 20 × 1.8; 建设费 55.08; four 1.5+0.5 ≤ 5.508; 安全测评 0.91%; 密评 present;
// total 59.58. O&M sheet: 核心交换机 30 × 5% = 1.5 > 4% (A) → error, 审定 1.2; PC服务器 8%; 应用 简单 7%. O&M 5.14.
// Judgement: the O&M sheet's lines are lines of the workbook (送审 includes them). 送审 64.72万 = 647,200.00;
// 审定 647,200 − 3,000 = 644,200.00.
const o25 = e5(
  "o25-upgrade-with-om-estimate-sheet.xlsx",
  "升级改造 estimate + 运维费用估算 sheet (不计入建设投资) with a hardware rate over A",
  () => {
    const c = new SheetB("建设投资估算");
    c.add(["某区教育资源公共服务系统建设项目（升级改造）投资估算表"]);
    c.mergeLast("G");
    c.add(["单位：万元"]);
    c.add(["序号", "名称", "单位", "数量", "单价", "金额", "备注"]);
    c.add([1, "服务器", "台", 2, 7, X("D", "E")]);
    c.add([2, "国产中间件", "套", 2, 2, X("D", "E")]);
    c.add([3, "功能升级开发", "人月", 20, 1.8, X("D", "E")]);
    c.add([4, "系统集成费", "项", 1, null, F("=ROUND((F4+F5)*0.06,4)"), "（1+2）×6%"]);
    c.add([5, "软件测评费", "项", 1, 1.5, X("D", "E")]);
    c.add([6, "安全测评费", "项", 1, 0.5, X("D", "E")]);
    c.add([7, "密码测评费", "项", 1, 2.5, X("D", "E")]);
    c.add(["合计", null, null, null, null, S("F", 4, 10)]);
    const o = new SheetB("运维费用估算");
    o.add(["运维费用估算表（系统建成后首年，不计入建设投资）"]);
    o.mergeLast("F");
    o.add(["单位：万元"]);
    o.add(["序号", "运维内容", "原值/原开发费", "费率", "年运维费", "备注"]);
    const core = o.add([1, "核心交换机维保", 30, 0.05, F("=ROUND(C{r}*D{r},4)")]);
    o.add([2, "PC服务器维保", 14, 0.08, F("=ROUND(C{r}*D{r},4)")]);
    o.add([3, "应用系统运维（简单功能）", 36, 0.07, F("=ROUND(C{r}*D{r},4)")]);
    o.add(["合计", null, null, null, S("E", 4, 6)]);
    return {
      sheets: [c, o],
      expect: [{ rule: "om.hardware-rate", severity: "error", sheet: "运维费用估算", row: core }],
      truth: { submitted: "647200.00", approved: "644200.00" },
    };
  },
);

export const om5: Entry5[] = [o04, o05, o12, o14, o15, o20, o22, o25];
