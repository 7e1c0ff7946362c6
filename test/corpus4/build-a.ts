import { entry, err, F, mulF, plusF, setRow, SheetB, sumF, title, warn, type Entry4 } from "./kit4";

/**
 * Workbooks w01–w14. Every figure in the comments is worked by hand from domain.md (§3 defaults, §4 catalogue,
 * §6 审定) and the Yangpu 2023 text: 人月 ≤ 2万; 咨询+监理+软件测评+安全测评 ≤ 10% × 项目建设费; 集成 5–8% ×
 * 软硬件购置费; 安全测评 0.5–2% × 项目建设费; maintenance A 4% / B 6% / C 8%, security device 10%, product software
 * 工具 5% / 国产 10%, application 7/12/20%; 密码测评 line required in a build; 监理 required from 100万 (建设金额).
 */

const SIGN = "编制人：王某某            审核人：陈某某            编制日期：2025年3月";

// ───────────────────────── w01 ─────────────────────────
// 可研 投资估算表 in 万元; 一 / （一） / 1 numbering; parent rows carry the SUM of their children with no 小计 word;
// the 项目总投资 row sits ABOVE the lines (right under the header); a section row that is itself a line ((四) 集成).
// 购置 = 11 + 8 + 3.2 + 1.5 + 9 + 6 = 38.7; 集成 2.322 = 6%; dev 15 × 1.8, 10 × 1.9 (≤ 2); 项目建设费 = 38.7 + 46 +
// 2.322 = 87.022; four fees 2 + 3 + 2 + 1.2 = 8.2 ≤ 8.7022; 安全测评 1.2 / 87.022 = 1.38%; 密评 present;
// total 87.022 + 13.2 + 2 = 102.222 ≥ 100 with a 监理 line. Compliant. 送审 = 审定 = 1,022,220.00.
const w01 = entry(
  "w01-keyan-total-above-wan.xlsx",
  "可研 估算表 万元; 一/（一）/1 hierarchy, parents = SUM of children without 小计; 总投资 row above the lines; section row that is a line",
  () => {
    const s = new SheetB("投资估算表");
    title(s, "某区市场监管综合业务管理系统建设项目投资估算表", "G");
    s.add([null, null, null, null, null, null, "单位：万元"]);
    s.add(["序号", "工程或费用名称", "单位", "数量", "单价", "合价", "备注"]);
    const top = s.add([]); // filled below
    const r1 = s.add(["一", "工程费用"]);
    const ra = s.add(["（一）", "硬件设备购置费"]);
    const [a1, a3] = s.addAll([
      ["1", "应用服务器", "台", 2, 5.5, mulF("D", "E"), "2路16核/256G"],
      ["2", "数据库服务器", "台", 1, 8, mulF("D", "E")],
      ["3", "千兆接入交换机", "台", 4, 0.8, mulF("D", "E")],
    ]);
    const rb = s.add(["（二）", "软件购置费"]);
    const [b1, b3] = s.addAll([
      ["1", "国产操作系统", "套", 3, 0.5, mulF("D", "E")],
      ["2", "国产数据库管理系统", "套", 1, 9, mulF("D", "E")],
      ["3", "应用中间件", "套", 2, 3, mulF("D", "E")],
    ]);
    const rc = s.add(["（三）", "应用软件开发费"]);
    const [c1, c2] = s.addAll([
      ["1", "业务受理子系统开发", "人月", 15, 1.8, mulF("D", "E")],
      ["2", "统计分析子系统开发", "人月", 10, 1.9, mulF("D", "E")],
    ]);
    const rd = s.add(["（四）", "系统集成费", "项", 1, null, 2.322, "按软硬件购置费的6%计取"]);
    setRow(s, ra, ["（一）", "硬件设备购置费", null, null, null, sumF("F", a1, a3)]);
    setRow(s, rb, ["（二）", "软件购置费", null, null, null, sumF("F", b1, b3)]);
    setRow(s, rc, ["（三）", "应用软件开发费", null, null, null, sumF("F", c1, c2)]);
    setRow(s, r1, ["一", "工程费用", null, null, null, plusF("F", [ra, rb, rc, rd])]);
    const r2 = s.add(["二", "工程建设其他费用"]);
    const [o1, o6] = s.addAll([
      ["1", "咨询费", "项", 1, null, 2],
      ["2", "工程监理费", "项", 1, null, 3],
      ["3", "第三方软件测评费", "项", 1, null, 2],
      ["4", "安全测评费", "项", 1, null, 1.2],
      ["5", "密码应用安全性评估费", "项", 1, null, 4],
      ["6", "建设单位管理费", "项", 1, null, 1],
    ]);
    setRow(s, r2, ["二", "工程建设其他费用", null, null, null, sumF("F", o1, o6)]);
    const r3 = s.add(["三", "基本预备费", "项", 1, null, 2, "约2%"]);
    setRow(s, top, [null, "项目总投资", null, null, null, plusF("F", [r1, r2, r3])]);
    s.blank();
    s.add(["注：1.本估算不含三级等保测评及整改费用；2.运维费用另行申报。"]);
    s.add([SIGN]);
    return { sheets: [s], expect: [], truth: { submitted: "1022220.00", approved: "1022220.00" } };
  },
);

// ───────────────────────── w02 ─────────────────────────
// 初步设计概算 in 元; 1 / 1.1 / 1.1.1 numbering, every parent carries the SUM of its children (no word); 人月 in the
// name ("流程引擎开发（12人月）" 288,000 → 2.4万/人月 > 2万) and in the 备注 ("按8人月×1.9万元", fine).
// 购置 = 124,000 + 170,000 + 68,000 + 18,000 + 120,000 + 60,000 = 560,000; 集成 33,600 = 6%.
// 项目建设费 = 560,000 + 440,000 + 33,600 = 1,033,600; four fees 20,000 + 30,000 + 25,000 + 12,000 = 87,000 ≤ 103,360;
// 安全测评 1.16%; total 1,033,600 + 127,000 = 1,160,600 ≥ 100万 with 监理; 密评 present.
// 审定: 流程引擎 12 × 20,000 = 240,000 (−48,000); 建设费 审定 985,600 → four fees 87,000 ≤ 98,560, 安全测评 1.22%.
// 送审 1,160,600.00; 审定 1,112,600.00.
const w02 = entry(
  "w02-gaisuan-decimal-numbering-yuan.xlsx",
  "初步设计概算 元; 1/1.1/1.1.1 parents carrying sums; 人月 in the name and in 备注; dev over cap",
  () => {
    const s = new SheetB("概算表");
    title(s, "某区城市运行综合管理平台（二期）建设项目初步设计概算表", "G");
    s.add(["金额单位：元"]);
    s.add(["编号", "费用名称", "单位", "数量", "单价", "金额", "备注"]);
    const p1 = s.add([]);
    const p11 = s.add([]);
    const [h1, h2] = s.addAll([
      ["1.1.1", "应用服务器", "台", 2, 62000, mulF("D", "E")],
      ["1.1.2", "数据库服务器", "台", 2, 85000, mulF("D", "E")],
    ]);
    const p12 = s.add([]);
    const [n1, n2] = s.addAll([
      ["1.2.1", "下一代防火墙", "台", 1, 68000, mulF("D", "E")],
      ["1.2.2", "接入层交换机", "台", 2, 9000, mulF("D", "E")],
    ]);
    setRow(s, p11, ["1.1", "服务器", null, null, null, sumF("F", h1, h2)]);
    setRow(s, p12, ["1.2", "网络及安全设备", null, null, null, sumF("F", n1, n2)]);
    setRow(s, p1, ["1", "硬件购置费", null, null, null, plusF("F", [p11, p12])]);
    const p2 = s.add([]);
    const p21 = s.add([]);
    const [sw1, sw2] = s.addAll([
      ["2.1.1", "国产数据库管理系统", "套", 2, 60000, mulF("D", "E")],
      ["2.1.2", "国产中间件", "套", 2, 30000, mulF("D", "E")],
    ]);
    const p22 = s.add([]);
    const flow = s.add(["2.2.1", "流程引擎开发（12人月）", "项", 1, 288000, mulF("D", "E"), "含表单、流程、待办"]);
    const cert = s.add(["2.2.2", "电子证照对接开发", "项", 1, 152000, mulF("D", "E"), "按8人月×1.9万元"]);
    setRow(s, p21, ["2.1", "产品软件", null, null, null, sumF("F", sw1, sw2)]);
    setRow(s, p22, ["2.2", "应用软件开发", null, null, null, sumF("F", flow, cert)]);
    setRow(s, p2, ["2", "软件费", null, null, null, plusF("F", [p21, p22])]);
    const p3 = s.add(["3", "系统集成费", "项", 1, 33600, mulF("D", "E"), "软硬件购置费×6%"]);
    const p4 = s.add([]);
    const [f1, f5] = s.addAll([
      ["4.1", "项目咨询费", "项", 1, 20000, mulF("D", "E")],
      ["4.2", "工程监理费", "项", 1, 30000, mulF("D", "E")],
      ["4.3", "第三方软件测评费", "项", 1, 25000, mulF("D", "E")],
      ["4.4", "安全测评费", "项", 1, 12000, mulF("D", "E")],
      ["4.5", "密码应用安全性评估费", "项", 1, 40000, mulF("D", "E")],
    ]);
    setRow(s, p4, ["4", "其他费用", null, null, null, sumF("F", f1, f5)]);
    s.add([null, "合计", null, null, null, plusF("F", [p1, p2, p3, p4])]);
    s.add([SIGN]);
    return {
      sheets: [s],
      expect: [err("dev.person-month-price", "概算表", flow)],
      truth: { submitted: "1160600.00", approved: "1112600.00" },
    };
  },
);

// ───────────────────────── w03 ─────────────────────────
// O&M 运维服务费预算 in 万元 with 上年预算数 / 本年申请数 side by side (the amount is 本年申请数, §3.17); section rows
// carry no figure; 原值/原开发费 column and a 费率 column.
// 核心交换机 80 × 4% = 3.2 (A); 接入层交换机 30 × 6% = 1.8 (B); PC服务器 60 × 10% = 6 > 60 × 8% = 4.8 (C) → error;
// UPS 20 × 6% = 1.2 (B); 应用运维（较复杂） 150 × 10% = 15 ≤ 12%. 本年 total 3.2 + 1.8 + 6 + 1.2 + 15 = 27.2.
// 送审 272,000.00; 审定 272,000 − 12,000 = 260,000.00.
const w03 = entry(
  "w03-om-lastyear-thisyear-wan.xlsx",
  "O&M 万元; 上年预算数 beside 本年申请数; section rows without figures; 原值/原开发费 column",
  () => {
    const s = new SheetB("运维预算");
    title(s, "某区城市网格化管理中心2025年度信息系统运维服务费预算表", "H");
    s.add(["单位：万元"]);
    s.add(["序号", "运维内容", "原值/原开发费", "费率", "上年预算数", "本年申请数", "增减", "备注"]);
    s.add(["一", "硬件设备维护"]);
    s.add(["1", "核心交换机", 80, 0.04, 3.2, F("=C{r}*D{r}"), F("=F{r}-E{r}")]);
    s.add(["2", "接入层交换机", 30, 0.06, 1.5, F("=C{r}*D{r}"), F("=F{r}-E{r}"), "新增5台"]);
    const pc = s.add(["3", "PC服务器", 60, 0.1, 4.8, F("=C{r}*D{r}"), F("=F{r}-E{r}"), "使用年限超5年"]);
    s.add(["4", "UPS", 20, 0.06, 1.2, F("=C{r}*D{r}"), F("=F{r}-E{r}")]);
    s.add(["二", "应用软件维护"]);
    s.add(["5", "网格化管理系统应用软件运维（较复杂）", 150, 0.1, 15, F("=C{r}*D{r}"), F("=F{r}-E{r}")]);
    const last = s.next - 1;
    s.add([null, "合计", null, null, sumF("E", 5, last), sumF("F", 5, last), sumF("G", 5, last)]);
    s.add(["填报单位：某区城市网格化管理中心（盖章）", null, null, null, null, "2024年9月"]);
    return {
      sheets: [s],
      expect: [err("om.hardware-rate", "运维预算", pc)],
      truth: { submitted: "272000.00", approved: "260000.00" },
    };
  },
);

// ───────────────────────── w04 ─────────────────────────
// Vendor 报价单 in 元: 市场单价 (typed as "¥68,000.00" text) / 折扣率 / 折后单价 / 小计 = 数量 × 折后单价 (§3.17).
// 购置 173,400 + 120,000 + 21,600 + 80,000 = 395,000; 集成 23,700 = 6%; 密评 present; no development;
// total 448,700 < 100万. Compliant. 送审 = 审定 = 448,700.00.
const w04 = entry(
  "w04-quote-list-discount-yuan.xlsx",
  "报价单 元; 市场单价 as ¥ text + 折扣率 + 折后单价; 报价单位/日期/盖章 rows",
  () => {
    const s = new SheetB("报价单");
    title(s, "某区数据共享交换平台建设项目软硬件报价单", "I");
    s.add(["致：某区大数据中心", null, null, null, null, null, null, null, "币种：人民币（元）"]);
    s.add(["序号", "产品名称", "品牌型号", "单位", "数量", "市场单价(元)", "折扣率", "折后单价(元)", "小计(元)"]);
    const [a, b] = s.addAll([
      [1, "应用服务器", "华为 2288H V6", "台", 3, "¥68,000.00", 0.85, 57800, F("=E{r}*H{r}")],
      [2, "磁盘阵列", "华为 OceanStor 5310", "台", 1, "¥150,000.00", 0.8, 120000, F("=E{r}*H{r}")],
      [3, "国产操作系统", "麒麟 V10 服务器版", "套", 3, "¥8,000.00", 0.9, 7200, F("=E{r}*H{r}")],
      [4, "国产数据库", "达梦 DM8 企业版", "套", 1, "¥100,000.00", 0.8, 80000, F("=E{r}*H{r}")],
      [5, "系统集成费", "安装、部署、联调", "项", 1, null, null, 23700, F("=E{r}*H{r}")],
      [6, "商用密码应用安全性评估", "第三方机构", "项", 1, "¥30,000.00", 1, 30000, F("=E{r}*H{r}")],
    ]);
    s.add([null, "合计", null, null, null, null, null, null, sumF("I", a, b)]);
    s.add(["说明：以上报价含13%增值税，含三年原厂质保。"]);
    s.add(["报价单位（盖章）：某信息技术有限公司"]);
    s.add(["联系人：赵某    电话：021-6xxxxxxx    日期：2025年4月18日"]);
    return { sheets: [s], expect: [], truth: { submitted: "448700.00", approved: "448700.00" } };
  },
);

// ───────────────────────── w05 ─────────────────────────
// 汇总表 in 万元 + 附表1 (硬件) and 附表2 (软件) in 元 whose totals are EQUAL (360,000 each); the summary rows are typed
// (no cross-sheet formulas) with "见附表1" / "见附表2" (§3.12). 开发 inline with 人月 in the name (25人月×1.8万).
// 购置 36 + 36 = 72万; 集成 6.48 = 9% > 8% → error, 审定 72 × 8% = 5.76. 项目建设费 审定 72 + 45 + 5.76 = 122.76;
// four fees 3 + 2.5 + 2 = 7.5 ≤ 12.276; no 安全测评 line (no range rule, §3.11). 建设金额 134.48 ≥ 100 with 监理.
// 送审 134.48万 = 1,344,800.00; 审定 1,344,800 − 7,200 = 1,337,600.00.
const w05 = entry(
  "w05-summary-two-equal-details.xlsx",
  "汇总表 万元 + two 元 detail sheets with equal totals, 见附表 without formulas; integration 9%",
  () => {
    const sum = new SheetB("汇总表");
    title(sum, "某区生态环境监测数据平台建设项目投资汇总表", "D");
    sum.add(["序号", "费用名称", "金额（万元）", "备注"]);
    sum.add([1, "硬件设备购置费", 36, "见附表1"]);
    sum.add([2, "软件购置费", 36, "见附表2"]);
    sum.add([3, "应用软件开发费（25人月×1.8万元）", 45]);
    const integ = sum.add([4, "系统集成费", 6.48, "按软硬件购置费9%"]);
    sum.add([5, "工程监理费", 3]);
    sum.add([6, "咨询费", 2.5]);
    sum.add([7, "软件测评费", 2]);
    sum.add([8, "密码测评费", 3.5]);
    sum.add([null, "合计", sumF("C", 3, 10)]);
    const hw = new SheetB("附表1 硬件设备清单");
    title(hw, "附表1  硬件设备清单", "F");
    hw.add(["序号", "设备名称", "单位", "数量", "单价（元）", "金额（元）"]);
    hw.addAll([
      [1, "应用服务器", "台", 4, 60000, mulF("D", "E")],
      [2, "汇聚交换机", "台", 2, 30000, mulF("D", "E")],
      [3, "存储设备", "台", 1, 60000, mulF("D", "E")],
    ]);
    hw.add([null, "合计", null, null, null, sumF("F", 3, 5)]);
    const sw = new SheetB("附表2 软件清单");
    title(sw, "附表2  软件清单", "F");
    sw.add(["序号", "软件名称", "单位", "数量", "单价（元）", "金额（元）"]);
    sw.addAll([
      [1, "国产操作系统", "套", 4, 6000, mulF("D", "E")],
      [2, "国产数据库", "套", 2, 120000, mulF("D", "E")],
      [3, "应用中间件", "套", 4, 24000, mulF("D", "E")],
    ]);
    sw.add([null, "合计", null, null, null, sumF("F", 3, 5)]);
    return {
      sheets: [sum, hw, sw],
      expect: [err("fees.integration-rate", "汇总表", integ)],
      truth: { submitted: "1344800.00", approved: "1337600.00" },
    };
  },
);

// ───────────────────────── w06 ─────────────────────────
// 部门预算 项目支出明细表 (O&M) in 元; 金额合计 split into 其中：财政资金 / 其中：单位自筹 (parts, §3.17); 原值 + 费率.
// PC服务器 (C) 8%; 磁盘阵列 (B) 6%; 国产数据库 10%; 审批系统 较复杂 12%; 防火墙 日常运行维护 10%. All at caps.
// total 32,000 + 18,000 + 20,000 + 72,000 + 15,000 = 157,000. Compliant. 送审 = 审定 = 157,000.00.
const w06 = entry(
  "w06-dept-budget-funding-split.xlsx",
  "部门预算 项目支出 form (O&M) 元; 财政资金/单位自筹 split columns; 项目名称 row; 单位负责人 signature row",
  () => {
    const s = new SheetB("项目支出明细");
    title(s, "2025年部门预算项目支出明细表（运维类项目）", "H");
    s.add(["项目名称：政务服务系统2025年度运行维护", null, null, null, null, null, "金额单位：元"]);
    s.add(["序号", "项目内容", "原值", "费率", "金额合计", "其中：财政资金", "其中：单位自筹", "备注"]);
    const [a, b] = s.addAll([
      [1, "服务器维保（PC服务器8台）", 400000, 0.08, F("=C{r}*D{r}"), 25600, 6400],
      [2, "磁盘阵列维保", 300000, 0.06, F("=C{r}*D{r}"), 18000, 0],
      [3, "国产数据库原厂服务", 200000, 0.1, F("=C{r}*D{r}"), 20000, 0, "达梦DM8"],
      [4, "行政审批系统应用软件运维（较复杂）", 600000, 0.12, F("=C{r}*D{r}"), 72000, 0],
      [5, "防火墙日常运行维护", 150000, 0.1, F("=C{r}*D{r}"), 15000, 0],
    ]);
    s.add([null, "合计", null, null, sumF("E", a, b), sumF("F", a, b), sumF("G", a, b)]);
    s.add(["单位负责人：            财务负责人：            填表人：            联系电话："]);
    return { sheets: [s], expect: [], truth: { submitted: "157000.00", approved: "157000.00" } };
  },
);

// ───────────────────────── w07 ─────────────────────────
// Long 元 table printed over two pages: 本页小计, then a 续表 title and the header repeated, 本页小计 again, 合计.
// UPS 2 × 45,000 typed 95,000 → line-arithmetic (diff 5,000 > 0.5%). The 等保 line's level is on the text-only row
// under it ("（按三级等保要求）", §3.18) → cost.excluded-dengbao, 审定 0.
// Page 1 = 240,000 + 140,000 + 120,000 + 160,000 + 90,000 + 45,000 + 60,000 + 50,000 = 905,000.
// 购置 (typed) = 905,000 + 330,000 + 32,000 + 95,000 = 1,362,000; 集成 81,720 = 6% (6.02% of 1,357,000 either way).
// Page 2 = 330,000 + 32,000 + 95,000 + 81,720 + 50,000 + 60,000 + 45,000 = 693,720; 合计 1,598,720.
// 监理 50,000 / 1,443,720 = 3.5%; 建设金额 1,538,720 ≥ 100万 with 监理; 密评 present.
// 送审 1,598,720.00; 审定 1,598,720 − 60,000 = 1,538,720.00 (arithmetic errors change no amount, §6).
const w07 = entry(
  "w07-long-table-page-subtotals.xlsx",
  "元 table over two pages: 本页小计, 续表 + repeated header; 等保 level on a continuation row; 数量×单价≠金额",
  () => {
    const s = new SheetB("设备及费用清单");
    title(s, "某区网络安全能力提升建设项目设备及费用清单", "G");
    s.add([null, null, null, null, null, null, "单位：元"]);
    const head = ["序号", "名称", "规格型号", "单位", "数量", "单价", "金额"];
    s.add(head);
    const [p1a, p1b] = s.addAll([
      [1, "核心交换机", "华为 S12708", "台", 2, 120000, mulF("E", "F")],
      [2, "汇聚交换机", "华为 S6730", "台", 4, 35000, mulF("E", "F")],
      [3, "接入交换机", "华为 S5735", "台", 20, 6000, mulF("E", "F")],
      [4, "下一代防火墙", "天融信 NGFW4000", "台", 2, 80000, mulF("E", "F")],
      [5, "入侵防御系统", "绿盟 NIPS", "台", 1, 90000, mulF("E", "F")],
      [6, "上网行为管理", "深信服 AC", "台", 1, 45000, mulF("E", "F")],
      [7, "运维堡垒机", "齐治", "台", 1, 60000, mulF("E", "F")],
      [8, "日志审计系统", "启明星辰", "台", 1, 50000, mulF("E", "F")],
    ]);
    const pg1 = s.add([null, "本页小计", null, null, null, null, sumF("G", p1a, p1b)]);
    s.add(["第 1 页 共 2 页"]);
    title(s, "某区网络安全能力提升建设项目设备及费用清单（续表）", "G");
    s.add(head);
    const p2a = s.add([9, "服务器", "2路/512G", "台", 6, 55000, mulF("E", "F")]);
    s.add([10, "标准机柜", "42U", "个", 4, 8000, mulF("E", "F")]);
    const ups = s.add([11, "UPS", "20kVA", "台", 2, 45000, 95000]);
    s.add([12, "系统集成费", "按软硬件购置费6%", "项", 1, 81720, mulF("E", "F")]);
    s.add([13, "工程监理费", null, "项", 1, 50000, mulF("E", "F")]);
    const db = s.add([14, "网络安全等级保护测评费", null, "项", 1, 60000, mulF("E", "F")]);
    s.add([null, "（按三级等保要求）"]);
    const p2b = s.add([15, "商用密码应用安全性评估", null, "项", 1, 45000, mulF("E", "F")]);
    const pg2 = s.add([null, "本页小计", null, null, null, null, sumF("G", p2a, p2b)]);
    s.add([null, "合计", null, null, null, null, plusF("G", [pg1, pg2])]);
    s.add(["第 2 页 共 2 页"]);
    return {
      sheets: [s],
      expect: [
        err("sheet.line-arithmetic", "设备及费用清单", ups, `G${ups}`),
        err("cost.excluded-dengbao", "设备及费用清单", db),
      ],
      truth: { submitted: "1598720.00", approved: "1538720.00" },
    };
  },
);

// ───────────────────────── w08 ─────────────────────────
// 万元 budget with A. / A.1 numbering, a merged 说明 row between lines, fees typed as "2.5万" text, 注 rows after.
// 购置 12 + 8 + 4 = 24; 集成 1.44 = 6%; dev 12 × 1.9, 8 × 2.0 (= cap, fine); 项目建设费 = 24 + 38.8 + 1.44 = 64.24.
// 安全测评 1.6 / 64.24 = 2.49% > 2% → error, 审定 2% × 64.24 = 1.2848. Four fees 2.5 + 1.8 + 1.5 + 1.6 = 7.4 > 6.424
// → error; step 4 on (2.5, 1.8, 1.5, 1.2848) = 7.0848 → cap 6.424 spread: 22,668.25 / 16,321.14 / 13,600.95 /
// 11,649.67 元 (sum 64,240.01 after rounding each line). Total 64.24 + 7.4 + 3 = 74.64.
// 送审 746,400.00; 审定 746,400 − 74,000 + 64,240.01 = 736,640.01.
const w08 = entry(
  "w08-fees-text-wan-merged-note.xlsx",
  '万元; A./A.1 numbering; merged 说明 row between lines; fees as "2.5万" text; 注 rows; four fees and 安全测评 over',
  () => {
    const s = new SheetB("预算表");
    title(s, "某区企业服务移动应用建设项目预算表", "G");
    s.add([null, null, null, null, null, "金额单位：万元"]);
    s.add(["序号", "建设内容", "单位", "数量", "单价", "金额", "备注"]);
    s.add(["A.", "软硬件购置"]);
    s.addAll([
      ["A.1", "应用服务器", "台", 2, 6, mulF("D", "E")],
      ["A.2", "国产数据库", "套", 1, 8, mulF("D", "E")],
      ["A.3", "国产中间件", "套", 1, 4, mulF("D", "E")],
    ]);
    s.add(["说明：以上设备及软件均列入政府采购目录，单价参考近一年成交价。"]);
    s.mergeLast("G");
    s.add(["B.", "应用开发"]);
    s.addAll([
      ["B.1", "移动端应用开发", "人月", 12, 1.9, mulF("D", "E")],
      ["B.2", "后台管理功能开发", "人月", 8, 2, mulF("D", "E")],
    ]);
    s.add(["C.", "系统集成费", "项", 1, null, 1.44, "购置费×6%"]);
    s.add(["D.", "其他费用"]);
    s.add(["D.1", "咨询设计费", "项", 1, null, "2.5万"]);
    s.add(["D.2", "监理费", "项", 1, null, "1.8万"]);
    s.add(["D.3", "软件测评费", "项", 1, null, "1.5万"]);
    const sec = s.add(["D.4", "安全测评费", "项", 1, null, "1.6万"]);
    s.add(["D.5", "密码测评费", "项", 1, null, 3]);
    s.add([null, "合计", null, null, null, 74.64]);
    s.add(["注：1.人月单价参照杨浦区配置标准；2.安全测评含渗透测试；3.本表不含运维费用。"]);
    return {
      sheets: [s],
      expect: [err("fees.security-test-rate", "预算表", sec), err("fees.four-fees-cap", "预算表")],
      truth: { submitted: "746400.00", approved: "736640.01" },
    };
  },
);

// ───────────────────────── w09 ─────────────────────────
// 封面 sheet (项目名称 / 建设性质：新建) + 投资估算表 (元) + an O&M estimate sheet "运维费用估算（不计入建设投资）" (§3.15).
// 购置 100,000 + 10,000 + 80,000 = 190,000; 集成 11,400 = 6%; dev 30 × 19,000; 项目建设费 771,400; four fees
// 30,000 + 25,000 + 10,000 = 65,000 ≤ 77,140; 安全测评 1.30%; 密评 present; total 871,400 < 100万.
// O&M estimate: 服务器 (PC) 8%, 应用运维 较复杂 12%, 国产数据库 10% — all at caps. Compliant.
// Call: the O&M estimate is not this budget's money → 送审 = 审定 = 871,400.00.
const w09 = entry(
  "w09-cover-om-estimate-inside.xlsx",
  "封面 key–value sheet + 估算表 元 + O&M estimate sheet not counted in the investment",
  () => {
    const cover = new SheetB("封面");
    cover.add(["项目名称：", "某区智慧养老服务平台建设项目"]);
    cover.add(["建设单位：", "某区民政局"]);
    cover.add(["建设性质：", "新建"]);
    cover.add(["编制单位：", "某咨询有限公司"]);
    cover.add(["编制日期：", "2025年2月"]);
    const s = new SheetB("投资估算表");
    title(s, "投资估算表", "G");
    s.add(["序号", "名称", "单位", "数量", "单价（元）", "金额（元）", "备注"]);
    const [a, b] = s.addAll([
      [1, "应用服务器", "台", 2, 50000, mulF("D", "E")],
      [2, "国产操作系统", "套", 2, 5000, mulF("D", "E")],
      [3, "国产数据库", "套", 1, 80000, mulF("D", "E")],
      [4, "养老服务平台应用开发", "人月", 30, 19000, mulF("D", "E")],
      [5, "系统集成费", "项", 1, 11400, mulF("D", "E"), "购置费6%"],
      [6, "工程监理费", "项", 1, 30000, mulF("D", "E")],
      [7, "软件测评费", "项", 1, 25000, mulF("D", "E")],
      [8, "安全测评费", "项", 1, 10000, mulF("D", "E")],
      [9, "密码应用安全性评估", "项", 1, 35000, mulF("D", "E")],
    ]);
    s.add([null, "合计", null, null, null, sumF("F", a, b)]);
    const om = new SheetB("运维费用估算");
    title(om, "项目建成后年度运维费用估算表（不计入建设投资）", "F");
    om.add(["序号", "运维内容", "原值（元）", "费率", "年运维费（元）", "备注"]);
    const [c, d] = om.addAll([
      [1, "PC服务器维保", 100000, 0.08, F("=C{r}*D{r}")],
      [2, "养老服务平台应用软件运维（较复杂）", 570000, 0.12, F("=C{r}*D{r}")],
      [3, "国产数据库原厂服务", 80000, 0.1, F("=C{r}*D{r}")],
    ]);
    om.add([null, "合计", null, null, sumF("E", c, d), "自2026年起每年申报"]);
    return { sheets: [cover, s, om], expect: [], truth: { submitted: "871400.00", approved: "871400.00" } };
  },
);

// ───────────────────────── w10 ─────────────────────────
// Vendor 报价单 元 with 含税单价 / 含税合价 and a 不含税合价 + 税率 beside (call: the budget asks for the 含税 figure);
// every money cell typed as "¥300,000.00" text; 接口开发 priced by 人天 (800元/人天 → 1.74–1.76万/人月 for a 21.75–22
// day month); 大屏开发 10人月 × 26,500 > 20,000 → error.
// 购置 = 300,000 (数据中台软件, bought by 套); 集成 18,000 = 6%; 密评 present; total 799,000.
// 审定: 大屏 10 × 20,000 = 200,000 (−65,000). 送审 799,000.00; 审定 734,000.00.
const w10 = entry(
  "w10-quote-tax-columns-yen-text.xlsx",
  "报价单 元; ¥ text with separators; 含税 vs 不含税 columns + 税率; 人天 priced line; dev over cap",
  () => {
    const s = new SheetB("分项报价表");
    title(s, "某区数据中台建设项目分项报价表", "H");
    s.add(["序号", "服务/产品名称", "单位", "数量", "含税单价（元）", "含税合价（元）", "不含税合价（元）", "税率"]);
    s.add([1, "数据中台软件", "套", 1, "¥300,000.00", "¥300,000.00", "¥265,486.73", "13%"]);
    s.add([2, "数据接口开发", "人天", 220, "¥800.00", "¥176,000.00", "¥166,037.74", "6%"]);
    const big = s.add([3, "可视化大屏应用开发", "人月", 10, "¥26,500.00", "¥265,000.00", "¥250,000.00", "6%"]);
    s.add([4, "系统集成服务", "项", 1, "¥18,000.00", "¥18,000.00", "¥16,981.13", "6%"]);
    s.add([5, "商用密码应用安全性评估", "项", 1, "¥40,000.00", "¥40,000.00", "¥37,735.85", "6%"]);
    s.add([null, "合计", null, null, null, "¥799,000.00", "¥736,241.45"]);
    s.add(["合计金额（大写）：人民币柒拾玖万玖仟元整"]);
    s.add(["投标人（盖章）：某数智科技有限公司        法定代表人或授权代表（签字）：        日期：2025年6月"]);
    return {
      sheets: [s],
      expect: [err("dev.person-month-price", "分项报价表", big, `E${big}`)],
      truth: { submitted: "799000.00", approved: "734000.00" },
    };
  },
);

// ───────────────────────── w11 ─────────────────────────
// O&M 元 with names wrapped over two rows (the second row holds only text: "原厂升级服务（国产）", "应用软件维护（非常复杂）"),
// product software with 升级服务, application software by complexity, and an excluded 专线.
// 核心层交换机 A 4%; 刀片服务器 C 8%; 磁盘阵列 8% > B 6% → error (400,000 × 6% = 24,000); 杀毒 升级服务 5% (工具);
// 达梦 10% (国产); 不动产登记 15% (非常复杂, ≤ 20%); 信息公开 简单 10% > 7% → error (300,000 × 7% = 21,000);
// 专线 → om.excluded-item, 审定 0. Total 12,000 + 64,000 + 32,000 + 3,000 + 20,000 + 225,000 + 30,000 + 36,000 = 422,000.
// 送审 422,000.00; 审定 422,000 − 8,000 − 9,000 − 36,000 = 369,000.00.
const w11 = entry(
  "w11-om-wrapped-names-yuan.xlsx",
  "O&M 元; names wrapped over two rows (complexity / 国产 on the second row); 升级服务; 专线",
  () => {
    const s = new SheetB("运维预算表");
    title(s, "某区政务外网及业务系统2025年度运维项目预算表", "G");
    s.add(["单位：元"]);
    s.add(["序号", "运维对象", "数量", "原值（元）", "费率", "年运维费（元）", "备注"]);
    s.add(["（一）", "硬件设备"]);
    s.add([1, "核心层交换机", 2, 300000, 0.04, F("=D{r}*E{r}")]);
    s.add([2, "刀片服务器", 10, 800000, 0.08, F("=D{r}*E{r}")]);
    const arr = s.add([3, "磁盘阵列", 1, 400000, 0.08, F("=D{r}*E{r}")]);
    s.add(["（二）", "产品软件"]);
    s.add([4, "杀毒软件升级服务", 1, 60000, 0.05, F("=D{r}*E{r}"), "工具类软件"]);
    s.add([5, "达梦数据库DM8", 1, 200000, 0.1, F("=D{r}*E{r}")]);
    s.add([null, "原厂升级服务（国产）"]);
    s.add(["（三）", "应用软件"]);
    s.add([6, "不动产登记系统", null, 1500000, 0.15, F("=D{r}*E{r}"), "原开发费"]);
    s.add([null, "应用软件维护（非常复杂）"]);
    const simple = s.add([7, "信息公开应用软件维护（简单）", null, 300000, 0.1, F("=D{r}*E{r}"), "原开发费"]);
    s.add(["（四）", "其他"]);
    const line = s.add([8, "政务外网专线租用", 2, null, null, 36000, "2条×1.5万/年+安装费"]);
    s.add([null, "合计", null, null, null, F("=SUM(F5:F" + line + ")")]);
    s.add(["编制：信息科        审核：办公室        2024年10月"]);
    return {
      sheets: [s],
      expect: [
        err("om.hardware-rate", "运维预算表", arr),
        err("om.app-software-rate", "运维预算表", simple),
        err("om.excluded-item", "运维预算表", line),
      ],
      truth: { submitted: "422000.00", approved: "369000.00" },
    };
  },
);

// ───────────────────────── w12 ─────────────────────────
// 分年度投资计划 in 万元: 总投资 column + 2025年 / 2026年 columns that split it (§3.17); section rows without figures.
// 购置 18 + 20 + 10 + 1.8 + 12 = 61.8; 集成 3.708 = 6%; dev 40 × 1.8; 项目建设费 137.508; four fees 2 + 3.5 + 2.5 + 1.5
// = 9.5 ≤ 13.7508; 安全测评 1.09%; total 150.508 ≥ 100 with 监理; 密评 present. Year columns 105.008 + 45.5.
// Compliant. 送审 = 审定 = 1,505,080.00.
const w12 = entry(
  "w12-by-year-columns-wan.xlsx",
  "分年度 2025/2026 columns beside 总投资, 万元; section rows without figures",
  () => {
    const s = new SheetB("分年度投资计划");
    title(s, "某区应急指挥调度系统建设项目分年度投资计划表", "I");
    s.add(["单位：万元"]);
    s.add(["序号", "费用名称", "单位", "数量", "单价", "总投资", "2025年", "2026年", "备注"]);
    const L = (no: number, n: string, u: string, q: number, p: number | null, y1: number, y2: number, amt?: number) =>
      s.add([no, n, u, q, p, amt ?? F("=D{r}*E{r}"), y1, y2]);
    s.add(["一", "设备购置"]);
    const first = L(1, "服务器", "台", 3, 6, 18, 0);
    L(2, "存储设备", "台", 1, 20, 20, 0);
    L(3, "安全网关", "台", 2, 5, 10, 0);
    s.add(["二", "软件"]);
    L(4, "国产操作系统", "套", 3, 0.6, 1.8, 0);
    L(5, "国产数据库", "套", 1, 12, 12, 0);
    L(6, "指挥调度应用系统开发", "人月", 40, 1.8, 36, 36);
    s.add(["三", "其他费用"]);
    L(7, "系统集成费", "项", 1, null, 3.708, 0, 3.708);
    L(8, "项目咨询费", "项", 1, null, 2, 0, 2);
    L(9, "工程监理费", "项", 1, null, 1.5, 2, 3.5);
    L(10, "软件测评费", "项", 1, null, 0, 2.5, 2.5);
    L(11, "安全测评费", "项", 1, null, 0, 1.5, 1.5);
    const last = L(12, "密码测评费", "项", 1, null, 0, 3.5, 3.5);
    s.add([null, "合计", null, null, null, sumF("F", first, last), sumF("G", first, last), sumF("H", first, last)]);
    return { sheets: [s], expect: [], truth: { submitted: "1505080.00", approved: "1505080.00" } };
  },
);

// ───────────────────────── w13 ─────────────────────────
// 项目申报表 sheet (key–value: 系统类型 协同办公（OA）, 建设性质 升级改造, 规模 小型, §3.14); the budget's title names
// neither OA nor the tier. 开发 8人月 > small OA 5 → tier.oa (servers 1 ≤ 1, total 203,450 ≤ 25万). No 密码测评
// line → fees.crypto-test-missing. 集成 2,450 = 5% of 49,000; four fees 8,000 ≤ 19,545.
// 送审 = 审定 = 203,450.00 (tier findings are unadjusted).
const w13 = entry(
  "w13-declaration-sheet-small-oa.xlsx",
  "项目申报表 sheet states OA / 小型 / 升级改造; budget title silent; 8人月 over the small tier; no 密评",
  () => {
    const d = new SheetB("项目申报表");
    title(d, "区级电子政务项目申报表", "D");
    d.add(["项目名称", "公文流转模块升级", "申报单位", "某区档案局"]);
    d.add(["系统类型", "协同办公（OA）", "建设性质", "升级改造"]);
    d.add(["规模", "小型", "申报金额（元）", 203450]);
    d.add(["项目负责人", "刘某", "联系电话", "6xxxxxxx"]);
    const s = new SheetB("预算明细");
    title(s, "公文流转模块升级项目预算明细", "F");
    s.add(["序号", "名称", "单位", "数量", "单价（元）", "金额（元）"]);
    const [a, b] = s.addAll([
      [1, "PC服务器", "台", 1, 45000, mulF("D", "E")],
      [2, "国产操作系统", "套", 1, 4000, mulF("D", "E")],
      [3, "公文流转模块升级开发", "人月", 8, 18000, mulF("D", "E")],
      [4, "系统集成费", "项", 1, 2450, mulF("D", "E")],
      [5, "软件测评费", "项", 1, 8000, mulF("D", "E")],
    ]);
    s.add([null, "合计", null, null, null, sumF("F", a, b)]);
    return {
      sheets: [d, s],
      expect: [err("tier.oa"), warn("fees.crypto-test-missing")],
      truth: { submitted: "203450.00", approved: "203450.00" },
    };
  },
);

// ───────────────────────── w14 ─────────────────────────
// Printed form re-keyed from a PDF, 元: full-width digits as text ("２", "５６０００"), a 小计 typed wrong (190,000 for
// 112,000 + 70,000 + 12,000 = 194,000 → sheet.subtotal-mismatch at its cell), the grand total on a row with NO name
// (433,360 = the sum of the lines), then 编制单位（盖章） and a date.
// 购置 = 194,000 + 12,000 = 206,000; 集成 12,360 = 6%; dev 10 × 18,500; 密评 present; < 100万.
// Lines = 194,000 + 197,000 + 42,360 = 433,360 (the detail wins). 送审 = 审定 = 433,360.00.
const w14 = entry(
  "w14-pdf-rekeyed-fullwidth-nameless-total.xlsx",
  "re-keyed PDF 元; full-width digit text; wrong 小计; nameless total row; 盖章/日期 rows",
  () => {
    const s = new SheetB("Sheet1");
    title(s, "某街道社区综合治理信息系统建设预算表", "G");
    s.add(["序号", "名称", "规格", "单位", "数量", "单价（元）", "金额（元）"]);
    s.add(["一", "硬件设备"]);
    s.add(["1", "应用服务器", "2路/128G", "台", "２", "５６０００", "１１２０００"]);
    s.add(["2", "平板电脑", "10.1英寸", "台", 20, 3500, 70000]);
    s.add(["3", "打印机", "A4黑白激光", "台", 5, 2400, 12000]);
    const bad = s.add([null, "小计", null, null, null, null, 190000]);
    s.add(["二", "软件"]);
    s.add(["4", "国产办公软件", "WPS", "套", 20, 600, 12000]);
    s.add(["5", "社区治理应用开发", null, "人月", 10, 18500, 185000]);
    s.add([null, "小计", null, null, null, null, 197000]);
    s.add(["三", "其他"]);
    s.add(["6", "系统集成费", null, "项", 1, 12360, 12360]);
    s.add(["7", "密码测评费", null, "项", 1, 30000, 30000]);
    s.add([null, "小计", null, null, null, null, 42360]);
    s.add([null, null, null, null, null, null, 433360]);
    s.blank();
    s.add(["编制单位（盖章）：某街道办事处"]);
    s.add(["日期：2025年5月10日"]);
    return {
      sheets: [s],
      expect: [err("sheet.subtotal-mismatch", "Sheet1", bad, `G${bad}`)],
      truth: { submitted: "433360.00", approved: "433360.00" },
    };
  },
);

export const partA: Entry4[] = [w01, w02, w03, w04, w05, w06, w07, w08, w09, w10, w11, w12, w13, w14];
