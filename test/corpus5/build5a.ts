import { e5, F, S, SheetB, X, type Entry5 } from "./kit5";

/*
 * Corpus 5, construction estimates (新建 / 升级改造). Every figure below was worked by hand from
 * /work/shared/domain.md (§2 categories, §3 defaults, §4 catalogue, §6 审定) and the Yangpu 2023 standard:
 * 项目建设费 = 硬件 + 安全产品 + 产品软件 + 开发 + 数据服务 + 配套工程 + 集成; 软硬件购置费 = 硬件 + 安全产品 + 产品软件;
 * 集成 5–8% of 购置费; 安全测评 0.5–2% of 建设费; 咨询+监理+软件测评+安全测评 ≤ 10% of 建设费; 人月 ≤ 2万元;
 * 密码测评 line required; 建设金额 (without 等保) ≥ 100万 needs a 监理 line. 审定 per line rounded half-up to 0.01 元.
 */

// ───────────── c01 ─────────────
// 可研 投资估算表 (发改委 form): 第一部分 工程费用 / 第二部分 工程建设其他费用 / 第三部分 预备费, （一）…（四） sub-sections
// whose rows carry SUM formulas (no 小计 word), a section row that is itself the line (（四）系统集成费), 大写 + 编制 rows.
// hw 32+24+18+12 = 86, security 11+4 = 15, software 3+16+8 = 27 → 购置 128; 集成 7.68 = 6%; dev 60人月 × 1.8;
// 建设费 128 + 108 + 7.68 = 243.68; four fees 6+7+5+3 = 21 ≤ 24.368; 安全测评 3/243.68 = 1.23%; 密评, 监理 present.
// Total 243.68 + 31.5 + 5 = 280.18万 → 送审 = 审定 = 2,801,800.00. Compliant.
const c01 = e5(
  "c01-keyan-three-parts-wan-compliant.xlsx",
  "可研 投资估算表, 第一部分/（一）/1 numbering, section rows carry SUMs, 预备费 as 第三部分, 大写",
  () => {
    const s = new SheetB("投资估算表");
    s.add(["某区城市运行综合管理平台建设项目投资估算表"]);
    s.mergeLast("G");
    s.add([null, null, null, null, null, null, "单位：万元"]);
    s.add(["序号", "工程或费用名称", "单位", "数量", "单价", "合计", "备注"]);
    s.add(["第一部分", "工程费用", null, null, null, F("=F5+F12+F16+F18")]);
    s.add(["（一）", "硬件及安全设备购置费", null, null, null, S("F", 6, 11)]);
    s.add([1, "应用服务器", "台", 4, 8, X("D", "E")]);
    s.add([2, "数据库服务器", "台", 2, 12, X("D", "E")]);
    s.add([3, "磁盘阵列", "台", 1, 18, X("D", "E")]);
    s.add([4, "核心交换机", "台", 2, 6, X("D", "E")]);
    s.add([5, "下一代防火墙", "台", 2, 5.5, X("D", "E")]);
    s.add([6, "堡垒机", "台", 1, 4, X("D", "E")]);
    s.add(["（二）", "软件购置费", null, null, null, S("F", 13, 15)]);
    s.add([1, "国产操作系统", "套", 6, 0.5, X("D", "E")]);
    s.add([2, "国产数据库", "套", 2, 8, X("D", "E")]);
    s.add([3, "中间件", "套", 4, 2, X("D", "E")]);
    s.add(["（三）", "应用软件开发费", null, null, null, F("=F17")]);
    s.add([1, "业务应用系统定制开发", "人月", 60, 1.8, X("D", "E"), "60人月×1.8万元/人月"]);
    s.add(["（四）", "系统集成费", null, null, null, F("=ROUND((F5+F12)*0.06,4)"), "按软硬件购置费的6%计取"]);
    s.add(["第二部分", "工程建设其他费用", null, null, null, S("F", 20, 25)]);
    s.add([1, "建设单位管理费", "项", 1, 2.5, X("D", "E")]);
    s.add([2, "咨询设计费", "项", 1, 6, X("D", "E")]);
    s.add([3, "工程监理费", "项", 1, 7, X("D", "E")]);
    s.add([4, "第三方软件测评费", "项", 1, 5, X("D", "E")]);
    s.add([5, "安全测评费", "项", 1, 3, X("D", "E")]);
    s.add([6, "密码应用安全性评估费", "项", 1, 8, X("D", "E")]);
    s.add(["第三部分", "预备费", "项", 1, 5, X("D", "E"), "基本预备费"]);
    s.add([null, "项目总投资", null, null, null, F("=F4+F19+F26")]);
    s.add(["总投资（大写）：人民币贰佰捌拾万壹仟捌佰元整"]);
    s.add(["编制单位：某工程咨询有限公司", null, null, "编制日期：2025年5月"]);
    return {
      sheets: [s],
      expect: [],
      truth: { submitted: "2801800.00", approved: "2801800.00" },
      grand: { sheet: "投资估算表", cell: "F27", unit: 10000 },
    };
  },
);

// ───────────── c02 ─────────────
// 初步设计概算: 概算汇总表 (formulas into three 分项概算表, a 占比 column, 系统集成费 and 预备费 only in the summary) +
// 软硬件购置概算表 + 应用软件开发概算表 (工作量（人月）/人月单价 columns, 23,000 元 each) + 其他费用概算表. 元.
// 购置 135,000+34,000+14,400+68,000 = 251,400; 集成 15,084 = 6%; dev 28人月 × 23,000 = 644,000 → four
// dev.person-month-price errors (E3..E6); 审定 dev = 28 × 20,000 = 560,000 (160,000/200,000/120,000/80,000).
// 建设费 送审 910,484, 审定 826,484; four fees 15,000+30,000+20,000+10,000 = 75,000 ≤ 82,648.4 (also on 审定); 安全测评
// 10,000/910,484 = 1.10% (1.21% on 审定). Total 251,400+644,000+15,084+135,000+20,000 = 1,065,484 ≥ 100万, 监理 present.
// 送审 1,065,484.00; 审定 1,065,484 − 84,000 = 981,484.00.
const c02 = e5(
  "c02-chubu-gaisuan-summary-plus-3-details-yuan.xlsx",
  "初步设计概算: 汇总表 with formulas into 3 分项表 + 占比 column, 人月 columns at 2.3万",
  () => {
    const hw = new SheetB("软硬件购置概算表");
    hw.add(["表二  软硬件购置概算表"]);
    hw.mergeLast("H");
    hw.add(["序号", "名称", "规格型号", "单位", "数量", "单价（元）", "合价（元）", "备注"]);
    hw.add([1, "PC服务器", "2路32核/256G内存", "台", 3, 45000, X("E", "F")]);
    hw.add([2, "接入交换机", "48口千兆", "台", 4, 8500, X("E", "F")]);
    hw.add([3, "国产操作系统", "服务器版", "套", 3, 4800, X("E", "F")]);
    hw.add([4, "国产数据库", "企业版", "套", 1, 68000, X("E", "F")]);
    hw.add(["合计", null, null, null, null, null, S("G", 3, 6)]);
    const dev = new SheetB("软件开发概算表");
    dev.add(["表三  应用软件开发概算表"]);
    dev.mergeLast("G");
    dev.add(["序号", "功能模块", "功能描述", "工作量（人月）", "人月单价（元）", "金额（元）", "备注"]);
    const d1 = dev.add([1, "案件受理模块", "案件登记、立案审批、受理回执", 8, 23000, X("D", "E")]);
    const d2 = dev.add([2, "流转审批模块", "案件流转、审批、督办", 10, 23000, X("D", "E")]);
    const d3 = dev.add([3, "统计分析模块", "多维统计、报表导出", 6, 23000, X("D", "E")]);
    const d4 = dev.add([4, "接口对接模块", "与市级平台数据对接", 4, 23000, X("D", "E")]);
    dev.add(["合计", null, null, S("D", 3, 6), null, S("F", 3, 6)]);
    const ot = new SheetB("其他费用概算表");
    ot.add(["表四  工程建设其他费用概算表"]);
    ot.mergeLast("E");
    ot.add(["序号", "费用名称", "计算依据", "金额（元）", "备注"]);
    ot.add([1, "咨询费", "参照市场价", 15000]);
    ot.add([2, "工程监理费", "参照市场价", 30000]);
    ot.add([3, "软件测评费", "参照市场价", 20000]);
    ot.add([4, "安全测评费", "参照市场价", 10000]);
    ot.add([5, "密码应用安全性评估费", "参照市级经费阶梯", 60000]);
    ot.add(["合计", null, null, S("D", 3, 7)]);
    const sm = new SheetB("概算汇总表");
    sm.add(["某区城管执法案件办理系统建设项目初步设计概算汇总表"]);
    sm.mergeLast("E");
    sm.add([null, null, null, null, "金额单位：元"]);
    sm.add(["序号", "费用名称", "概算金额（元）", "占总投资比例", "备注"]);
    sm.add(["一", "软硬件购置费", F("='软硬件购置概算表'!G7"), F("=ROUND(C4/C9,4)"), "见表二"]);
    sm.add(["二", "应用软件开发费", F("='软件开发概算表'!F7"), F("=ROUND(C5/C9,4)"), "见表三"]);
    sm.add(["三", "系统集成费", F("=ROUND(C4*0.06,2)"), F("=ROUND(C6/C9,4)"), "软硬件购置费×6%"]);
    sm.add(["四", "工程建设其他费用", F("='其他费用概算表'!D8"), F("=ROUND(C7/C9,4)"), "见表四"]);
    sm.add(["五", "预备费", 20000, F("=ROUND(C8/C9,4)")]);
    sm.add(["合计", null, S("C", 4, 8), F("=ROUND(C9/C9,4)")]);
    const E = (row: number) => ({
      rule: "dev.person-month-price",
      severity: "error" as const,
      sheet: "软件开发概算表",
      row,
      cell: `E${row}`,
    });
    return {
      sheets: [sm, hw, dev, ot],
      expect: [E(d1), E(d2), E(d3), E(d4)],
      truth: { submitted: "1065484.00", approved: "981484.00" },
      grand: { sheet: "概算汇总表", cell: "C9", unit: 1 },
    };
  },
);

// ───────────── c03 ─────────────
// 政府采购 报价一览表 ("¥1,099,500.00元" text) + 分项报价明细表 with 单价 BEFORE 数量, 数量 "1项" text on service lines,
// a negative 商务优惠 line. 元. 购置 248,000+150,000+14,000+80,000+58,000 = 550,000; 集成 49,500 = 9% > 8% → error,
// 审定 44,000. dev 25人月 × 18,000 fine. 建设费 1,049,500; 软件测评 30,000 fine; 密评 present; 建设金额 1,099,500
// (1,119,500 without the 优惠) ≥ 100万 and no 监理 → process.supervision-required. 一览表 total stands for the detail.
// 送审 = lines 1,099,500.00 (优惠 included); 审定 1,099,500 − 5,500 = 1,094,000.00.
const c03 = e5(
  "c03-zfcg-quote-overview-plus-detail-discount.xlsx",
  '报价一览表 (¥…元 text) + 分项报价明细表, 单价 before 数量, 数量 "1项", negative 商务优惠 line',
  () => {
    const ov = new SheetB("报价一览表");
    ov.add(["报价一览表"]);
    ov.mergeLast("E");
    ov.add(["项目名称：某区政务数据共享交换系统建设项目        项目编号：YPCG-2025-0137"]);
    ov.add(["项目名称", "投标总价（元）", "大写金额", "交付期", "备注"]);
    ov.add(["政务数据共享交换系统建设项目", "¥1,099,500.00元", "壹佰零玖万玖仟伍佰元整", "合同签订后180日历天"]);
    ov.add(["投标人（盖章）：某某信息技术有限公司"]);
    ov.add(["日期：2025年6月18日"]);
    const d = new SheetB("分项报价明细表");
    d.add(["分项报价明细表"]);
    d.mergeLast("H");
    d.add(["序号", "产品名称", "品牌/型号", "单价（元）", "数量", "单位", "合价（元）", "备注"]);
    d.add([1, "国产化服务器", "某品牌 R5300 G5", 62000, 4, "台", X("D", "E")]);
    d.add([2, "分布式存储", "120TB可用容量", 150000, 1, "套", X("D", "E")]);
    d.add([3, "国产操作系统", "麒麟V10 服务器版", 3500, 4, "套", X("D", "E")]);
    d.add([4, "国产数据库", "达梦DM8 企业版", 80000, 1, "套", X("D", "E")]);
    d.add([5, "安全隔离网闸", "千兆双机", 58000, 1, "台", X("D", "E")]);
    d.add([6, "业务系统开发", "数据目录、交换任务、运行监控", 18000, 25, "人月", X("D", "E")]);
    const int = d.add([7, "系统集成实施服务", "部署、联调、迁移", 49500, "1项", null, 49500]);
    d.add([8, "密码应用安全性评估", null, 40000, "1项", null, 40000]);
    d.add([9, "第三方软件测评", null, 30000, "1项", null, 30000]);
    d.add([10, "商务优惠", null, null, null, null, -20000, "整单优惠"]);
    d.add(["合计", null, null, null, null, null, S("G", 3, 12)]);
    d.add(["合计金额（大写）：壹佰零玖万玖仟伍佰元整"]);
    return {
      sheets: [ov, d],
      expect: [
        { rule: "fees.integration-rate", severity: "error", sheet: "分项报价明细表", row: int },
        { rule: "process.supervision-required", severity: "error" },
      ],
      truth: { submitted: "1099500.00", approved: "1094000.00" },
      grand: { sheet: "分项报价明细表", cell: "G13", unit: 1 },
    };
  },
);

// ───────────── c06 ─────────────
// WPS re-keyed PDF scan: every figure is text ("56,000.00", a full-width "１"), a wrapped name on its own row,
// 本页小计 rows, "第 1 页 共 2 页", 续表 title and a repeated header, "696,140.00元" 合计. 元, no formulas.
// 购置 112,000+88,000+9,000+60,000 = 269,000; 集成 16,140 = 6%; dev 16 × 19,000 = 304,000; 建设费 589,140.
// 安全测评 15,000 = 2.55% > 2% → error, 审定 2% × 589,140 = 11,782.80. 三级等保测评 45,000 → cost.excluded-dengbao, 审定 0.
// four fees 15,000+12,000 = 27,000 ≤ 58,914 (after step 3: 23,782.80). 建设金额 651,140 < 100万.
// 送审 696,140.00; 审定 696,140 − 45,000 − 3,217.20 = 647,922.80.
const c06 = e5(
  "c06-wps-rekeyed-scan-text-figures.xlsx",
  "re-keyed PDF: text figures, full-width digit, wrapped name row, 本页小计, 续表 + repeated header, 元 suffix",
  () => {
    const s = new SheetB("Sheet1");
    s.add(["某区网格化管理系统建设项目预算表"]);
    s.mergeLast("H");
    s.add(["单位：元"]);
    const head = ["序号", "名　称", "规格型号", "单位", "数量", "单　价", "金　额", "备　注"];
    s.add(head);
    s.add(["1", "应用服务器", "2路/64G", "台", "2", "56,000.00", "112,000.00"]);
    s.add(["2", "数据库服务器", "4路/256G", "台", "１", "88,000.00", "88,000.00"]);
    s.add(["3", "国产操作系统", null, "套", "3", "3,000.00", "9,000.00"]);
    s.add(["4", "国产数据库", null, "套", "1", "60,000.00", "60,000.00"]);
    s.add(["5", "业务系统功能开发", null, "人月", "16", "19,000.00", "304,000.00"]);
    s.add([null, "（含移动端适配及数据对接）"]);
    s.add([null, "本页小计", null, null, null, null, "573,000.00"]);
    s.add([null, null, null, "第 1 页 共 2 页"]);
    s.add(["续表"]);
    s.add(head);
    s.add(["6", "系统集成费", null, "项", "1", "16,140.00", "16,140.00", "软硬件购置费269,000元×6%"]);
    const sec = s.add(["7", "安全测评（渗透测试）", null, "项", "1", "15,000.00", "15,000.00"]);
    s.add(["8", "软件测评", null, "项", "1", "12,000.00", "12,000.00"]);
    const db = s.add(["9", "三级等保测评", null, "项", "1", "45,000.00", "45,000.00"]);
    s.add(["10", "密码应用安全性评估", null, "项", "1", "35,000.00", "35,000.00"]);
    s.add([null, "本页小计", null, null, null, null, "123,140.00"]);
    s.add([null, "合　计", null, null, null, null, "696,140.00元"]);
    s.add([null, null, null, "第 2 页 共 2 页"]);
    return {
      sheets: [s],
      expect: [
        { rule: "fees.security-test-rate", severity: "error", sheet: "Sheet1", row: sec },
        { rule: "cost.excluded-dengbao", severity: "error", sheet: "Sheet1", row: db },
      ],
      truth: { submitted: "696140.00", approved: "647922.80" },
    };
  },
);

// ───────────── c07 ─────────────
// 单位 stated once, on a 封面 sheet ("金额单位：万元"); 汇总表 and 明细表 carry no unit. 升级改造 (封面 建设性质).
// 明细表: 购置 15+12+4 = 31; dev 12人月 × 2.4 = 28.8 → error (E8), 审定 24; 6 × 1.8 = 10.8; 集成 1.24 = 4% < 5% → warning;
// 建设费 31 + 39.6 + 1.24 = 71.84 (审定 67.04); 安全测评 0.6 = 0.84% (0.89%); four 2+1.5+0.6 = 4.1 ≤ 6.704. Total 78.94万.
// 汇总表 rows are formulas into 明细表 (not lines). 送审 789,400.00; 审定 789,400 − 48,000 = 741,400.00.
const c07 = e5(
  "c07-unit-once-on-cover-three-sheets.xlsx",
  "封面 with 金额单位：万元 once; 汇总表 (formulas) + 明细表 without unit; 升级改造",
  () => {
    const cv = new SheetB("封面");
    cv.add(["某区人力资源社会保障业务系统建设项目（升级改造）"]);
    cv.add(["投资估算书"]);
    cv.add([]);
    cv.add(["项目名称：", "社会保障业务系统建设项目（升级改造）"]);
    cv.add(["建设性质：", "升级改造"]);
    cv.add(["建设单位：", "某区人力资源和社会保障局"]);
    cv.add(["金额单位：万元"]);
    cv.add(["编制日期：", "2025年4月"]);
    const d = new SheetB("明细表");
    d.add(["投资估算明细表"]);
    d.mergeLast("G");
    d.add(["序号", "名称", "单位", "数量", "单价", "金额", "备注"]);
    d.add(["（一）", "软硬件购置费", null, null, null, S("F", 4, 6)]);
    d.add([1, "应用服务器", "台", 2, 7.5, X("D", "E")]);
    d.add([2, "存储扩容（磁盘阵列扩展柜）", "套", 1, 12, X("D", "E")]);
    d.add([3, "国产中间件", "套", 2, 2, X("D", "E")]);
    d.add(["（二）", "应用软件开发费", null, null, null, S("F", 8, 9)]);
    const dev = d.add([1, "审批流程改造开发", "人月", 12, 2.4, X("D", "E")]);
    d.add([2, "数据接口改造开发", "人月", 6, 1.8, X("D", "E")]);
    const int = d.add(["（三）", "系统集成费", null, null, null, F("=ROUND(F3*0.04,4)"), "软硬件购置费×4%"]);
    d.add(["（四）", "其他费用", null, null, null, S("F", 12, 15)]);
    d.add([1, "监理费", "项", 1, 2, X("D", "E")]);
    d.add([2, "软件测评费", "项", 1, 1.5, X("D", "E")]);
    d.add([3, "安全测评费", "项", 1, 0.6, X("D", "E")]);
    d.add([4, "密码测评费", "项", 1, 3, X("D", "E")]);
    d.add(["合计", null, null, null, null, F("=F3+F7+F10+F11")]);
    const sm = new SheetB("汇总表");
    sm.add(["投资估算汇总表"]);
    sm.mergeLast("D");
    sm.add(["序号", "费用名称", "金额", "备注"]);
    sm.add(["一", "软硬件购置费", F("=明细表!F3")]);
    sm.add(["二", "应用软件开发费", F("=明细表!F7")]);
    sm.add(["三", "系统集成费", F("=明细表!F10")]);
    sm.add(["四", "其他费用", F("=明细表!F11")]);
    sm.add(["合计", null, S("C", 3, 6)]);
    return {
      sheets: [cv, sm, d],
      expect: [
        { rule: "dev.person-month-price", severity: "error", sheet: "明细表", row: dev, cell: `E${dev}` },
        { rule: "fees.integration-rate", severity: "warning", sheet: "明细表", row: int },
      ],
      truth: { submitted: "789400.00", approved: "741400.00" },
      grand: { sheet: "明细表", cell: "F16", unit: 10000 },
    };
  },
);

// ───────────── c08 ─────────────
// Two tables side by side: 工程费用 (A–F) and 其他费用 (H–K, with a 计算依据 column), each with its 小计, 总投资 below.
// 万元. 购置 18+6+9+1.2 = 34.2; 集成 2.052 = 6%; dev 25 × 1.9 = 47.5; 建设费 83.752. four fees 4+3.5+2.5+1.2 = 11.2 >
// 8.3752 → fees.four-fees-cap. 安全测评 1.2/83.752 = 1.43%. Total 99.452 < 100.
// 审定: cap 8.3752万 spread 4 : 3.5 : 2.5 : 1.2 of 11.2 → 29,911.428571 → 29,911.43; 26,172.50; 18,694.642857 → 18,694.64;
// 8,973.428571 → 8,973.43 (sum 83,752.00). 送审 994,520.00; 审定 994,520 − 112,000 + 83,752 = 966,272.00.
const c08 = e5(
  "c08-side-by-side-engineering-and-other-fees.xlsx",
  "two tables side by side (工程费用 left, 其他费用 right with 计算依据), 总投资 row under both",
  () => {
    const s = new SheetB("投资估算");
    s.add(["某区应急指挥调度系统建设项目投资估算表（单位：万元）"]);
    s.mergeLast("K");
    s.add(["序号", "名称", "单位", "数量", "单价", "金额", null, "序号", "费用名称", "计算依据", "金额"]);
    s.add([1, "服务器", "台", 3, 6, X("D", "E"), null, 1, "咨询设计费", "按工程费用估列", 4]);
    s.add([2, "交换机", "台", 2, 3, X("D", "E"), null, 2, "监理费", "按工程费用估列", 3.5]);
    s.add([3, "国产数据库", "套", 1, 9, X("D", "E"), null, 3, "软件测评费", "按工程费用估列", 2.5]);
    s.add([4, "操作系统", "套", 3, 0.4, X("D", "E"), null, 4, "安全测评费", "按工程费用估列", 1.2]);
    s.add([5, "应用系统开发", "人月", 25, 1.9, X("D", "E"), null, 5, "密码测评费", "参照市级阶梯", 3]);
    s.add([6, "系统集成费", "项", null, null, F("=ROUND(SUM(F3:F6)*0.06,4)"), null, 6, "预备费", null, 1.5]);
    s.add([null, "小计", null, null, null, S("F", 3, 8), null, null, "小计", null, S("K", 3, 8)]);
    s.add([null, "总投资", null, null, null, F("=F9+K9")]);
    s.add(["注：其他费用按工程费用比例估列。"]);
    return {
      sheets: [s],
      expect: [{ rule: "fees.four-fees-cap", severity: "error", sheet: "投资估算" }],
      truth: { submitted: "994520.00", approved: "966272.00" },
      grand: { sheet: "投资估算", cell: "F10", unit: 10000 },
    };
  },
);

// ───────────── c09 ─────────────
// 序号 "1-1", "3-2"; the name column merged over two 服务器 lines and over three 应用软件开发 lines (the module is in
// 规格/内容); section rows 一…四 carry SUMs. 元. hw 260,000+196,000+90,000+220,000 = 766,000; sw 24,000+180,000+100,000 =
// 304,000 → 购置 1,070,000; dev 10×20,000 (exactly the cap) + 30×19,500 + 12×18,000 = 1,001,000; 集成 74,900 = 7%;
// 建设费 2,145,900; four 60,000+70,000+50,000+25,000 = 205,000 ≤ 214,590; 安全测评 1.17%; 密评, 监理 present.
// Total 2,430,900.00 both. Compliant.
const c09 = e5(
  "c09-merged-name-column-dash-numbering-compliant.xlsx",
  "name merged down over several lines (spec holds the item), 序号 1-1/3-2, 人月 price exactly 2万",
  () => {
    const s = new SheetB("预算明细");
    s.add(["某区社区治理综合平台建设项目预算明细表"]);
    s.mergeLast("H");
    s.add([null, null, null, null, null, null, "金额单位：元"]);
    s.add(["序号", "名称", "规格/内容", "单位", "数量", "单价（元）", "金额（元）", "备注"]);
    s.add(["一", "硬件设备", null, null, null, null, S("G", 5, 8)]);
    s.add(["1-1", "服务器", "应用服务器 2路/128G", "台", 4, 65000, X("E", "F")]);
    s.add(["1-2", null, "数据库服务器 4路/512G", "台", 2, 98000, X("E", "F")]);
    s.merge("B5:B6");
    s.add(["1-3", "光纤交换机", "32口 16G", "台", 2, 45000, X("E", "F")]);
    s.add(["1-4", "磁盘阵列", "100TB", "台", 1, 220000, X("E", "F")]);
    s.add(["二", "软件产品", null, null, null, null, S("G", 10, 12)]);
    s.add(["2-1", "国产操作系统", "服务器版", "套", 6, 4000, X("E", "F")]);
    s.add(["2-2", "国产数据库", "企业版", "套", 2, 90000, X("E", "F")]);
    s.add(["2-3", "国产中间件", "应用服务器中间件", "套", 4, 25000, X("E", "F")]);
    s.add(["三", "应用软件开发", null, null, null, null, S("G", 14, 16)]);
    s.add(["3-1", "应用软件开发", "统一身份认证模块", "人月", 10, 20000, X("E", "F")]);
    s.add(["3-2", null, "业务办理模块", "人月", 30, 19500, X("E", "F")]);
    s.add(["3-3", null, "数据交换模块", "人月", 12, 18000, X("E", "F")]);
    s.merge("B14:B16");
    s.add(["四", "其他费用", null, null, null, null, S("G", 18, 23)]);
    s.add(["4-1", "系统集成费", null, "项", 1, 74900, X("E", "F"), "软硬件购置费1,070,000元×7%"]);
    s.add(["4-2", "项目咨询费", null, "项", 1, 60000, X("E", "F")]);
    s.add(["4-3", "工程监理费", null, "项", 1, 70000, X("E", "F")]);
    s.add(["4-4", "软件测评费", null, "项", 1, 50000, X("E", "F")]);
    s.add(["4-5", "安全测评费", null, "项", 1, 25000, X("E", "F")]);
    s.add(["4-6", "密码测评费", null, "项", 1, 80000, X("E", "F")]);
    s.add(["总计", null, null, null, null, null, F("=G4+G9+G13+G17")]);
    return {
      sheets: [s],
      expect: [],
      truth: { submitted: "2430900.00", approved: "2430900.00" },
      grand: { sheet: "预算明细", cell: "G24", unit: 1 },
    };
  },
);

// ───────────── c10 ─────────────
// 协同办公（OA） declared 中型 in the title; 备注 explain the arithmetic; 预备费 = ROUND(SUM(1～10)×3%); 大写 row; 备注 rows.
// 万元. 2 servers ≤ 2; dev 20人月 > 15 (中型) → tier.oa (unadjusted); total 64.787 ≤ 75. 购置 20; 集成 1.2 = 6%;
// 建设费 57.2; four 1.5+1.2+0.5 = 3.2 ≤ 5.72; 安全测评 0.87%; 密评 present; < 100万. 预备费 62.9 × 3% = 1.887.
// 送审 = 审定 = 647,870.00.
const c10 = e5(
  "c10-oa-medium-declared-dev-over-tier.xlsx",
  "OA 中型 declared in title, 备注 with arithmetic, 预备费 formula over the lines, 大写 and 备注 rows",
  () => {
    const s = new SheetB("预算表");
    s.add(["某委中型协同办公（OA）系统建设项目预算表"]);
    s.mergeLast("G");
    s.add(["单位：万元"]);
    s.add(["序号", "名称", "单位", "数量", "单价", "金额", "备注"]);
    s.add([1, "PC服务器", "台", 2, 5, X("D", "E"), "应用、数据库各1台"]);
    s.add([2, "国产操作系统", "套", 2, 0.5, X("D", "E")]);
    s.add([3, "国产数据库", "套", 1, 6, X("D", "E")]);
    s.add([4, "中间件", "套", 1, 3, X("D", "E")]);
    s.add([5, "协同办公系统开发", "人月", 20, 1.8, X("D", "E"), "公文流转、会议管理、车辆管理等，20人月×1.8万元"]);
    s.add([6, "系统集成费", "项", 1, null, F("=ROUND(SUM(F4:F7)*0.06,4)"), "（1～4项）×6%"]);
    s.add([7, "咨询费", "项", 1, 1.5, X("D", "E")]);
    s.add([8, "软件测评费", "项", 1, 1.2, X("D", "E")]);
    s.add([9, "安全测评费", "项", 1, 0.5, X("D", "E")]);
    s.add([10, "密码测评费", "项", 1, 2.5, X("D", "E")]);
    s.add([11, "预备费", null, null, null, F("=ROUND(SUM(F4:F13)*0.03,4)"), "（1～10项）×3%"]);
    s.add(["合计", null, null, null, null, S("F", 4, 14)]);
    s.add(["合计（大写）：人民币陆拾肆万柒仟捌佰柒拾元整"]);
    s.add(["备注：1. 服务器按2台配置；2. 开发工作量按20人月估算。"]);
    return {
      sheets: [s],
      expect: [{ rule: "tier.oa", severity: "error" }],
      truth: { submitted: "647870.00", approved: "647870.00" },
      grand: { sheet: "预算表", cell: "F15", unit: 10000 },
    };
  },
);

// ───────────── c11 ─────────────
// 初步设计概算 with 其中 rows under the development line (其中：移动端改造 16人月 32万, 其中：统计分析改造 24人月 48万 —
// parts of the 80万, not more money). 升级改造, 万元. 购置 45.8 + 16 = 61.8; 集成 3.708 = 6%; dev 40 × 2.0 (at the cap);
// 建设费 145.508; four 3+4+3+1.5 = 11.5 ≤ 14.5508; 安全测评 1.03%; 密评, 监理 present (total ≥ 100万).
// Total 45.8+16+80+3.708+16.5 = 162.008万 → 1,620,080.00 both. Compliant.
const c11 = e5(
  "c11-chubu-qizhong-rows-upgrade-compliant.xlsx",
  "初步设计概算 with 其中 rows (人月 + amount) under a 开发 line, section rows with SUMs, 升级改造",
  () => {
    const s = new SheetB("概算表");
    s.add(["某区社会救助管理系统建设项目（升级改造）初步设计概算表"]);
    s.mergeLast("G");
    s.add([null, null, null, null, null, null, "单位：万元"]);
    s.add(["序号", "工程或费用名称", "单位", "数量", "单价", "合价", "备注"]);
    s.add(["一", "硬件购置费", null, null, null, S("F", 5, 7)]);
    s.add([1, "服务器", "台", 4, 6.5, X("D", "E")]);
    s.add([2, "存储设备", "台", 1, 15, X("D", "E")]);
    s.add([3, "接入交换机", "台", 6, 0.8, X("D", "E")]);
    s.add(["二", "软件购置费", null, null, null, S("F", 9, 10)]);
    s.add([1, "国产操作系统", "套", 4, 0.5, X("D", "E")]);
    s.add([2, "国产数据库", "套", 2, 7, X("D", "E")]);
    s.add(["三", "应用软件开发费", null, null, null, F("=F12")]);
    s.add([1, "业务系统升级改造开发", "人月", 40, 2, X("D", "E")]);
    s.add([null, "其中：移动端改造", "人月", 16, null, 32]);
    s.add([null, "其中：统计分析改造", "人月", 24, null, 48]);
    s.add(["四", "系统集成费", "项", 1, null, F("=ROUND((F4+F8)*0.06,4)"), "（一+二）×6%"]);
    s.add(["五", "工程建设其他费用", null, null, null, S("F", 17, 21)]);
    s.add([1, "咨询费", "项", 1, 3, X("D", "E")]);
    s.add([2, "工程监理费", "项", 1, 4, X("D", "E")]);
    s.add([3, "软件测评费", "项", 1, 3, X("D", "E")]);
    s.add([4, "安全测评费", "项", 1, 1.5, X("D", "E")]);
    s.add([5, "密码测评费", "项", 1, 5, X("D", "E")]);
    s.add(["合计", null, null, null, null, F("=F4+F8+F11+F15+F16")]);
    return {
      sheets: [s],
      expect: [],
      truth: { submitted: "1620080.00", approved: "1620080.00" },
      grand: { sheet: "概算表", cell: "F22", unit: 10000 },
    };
  },
);

export const construction5a: Entry5[] = [c01, c02, c03, c06, c07, c08, c09, c10, c11];
