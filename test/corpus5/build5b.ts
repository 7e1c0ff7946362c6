import { e5, F, S, SheetB, X, type Entry5 } from "./kit5";

/* Corpus 5, more construction estimates. Hand arithmetic above each entry (see build5a.ts for the bases). */

// ───────────── c13 ─────────────
// Table deep in the sheet (header at B12) under a 项目概况 key–value block: 建设性质 新建, 系统类型 门户网站, 规模 小型.
// 元. Small website: ≤ 1 server, ≤ 7.5人月, ≤ 30万. 1 server, 7人月 fine; total 318,180 > 300,000 → tier.website.
// 购置 48,000+35,000+20,000 = 103,000; 集成 6,180 = 6%; 数据迁移 40,000 (data service); dev 133,000;
// 建设费 282,180; 安全测评 3,000 = 1.06%; four 3,000+8,000 ≤ 28,218; 密评 present. 送审 = 审定 = 318,180.00.
const c13 = e5(
  "c13-deep-table-under-facts-block-website-small.xlsx",
  "项目概况 key–value block (系统类型/规模) above a table starting at B12; website small tier total exceeded",
  () => {
    const s = new SheetB("附表3", { row: 1, col: 1 });
    s.add(["附表3：项目概况及预算"]);
    s.add([]);
    s.add(["项目名称：", "某街道门户网站建设项目"]);
    s.add(["建设性质：", "新建"]);
    s.add(["系统类型：", "门户网站"]);
    s.add(["建设规模：", "小型"]);
    s.add(["服务器数量：", "1台"]);
    s.add(["金额单位：", "元"]);
    s.add([]);
    s.add([]);
    s.add(["序号", "名称", "单位", "数量", "单价", "金额", "备注"]);
    s.add([1, "Web服务器", "台", 1, 48000, X("E", "F")]);
    s.add([2, "Web应用防火墙（WAF）", "台", 1, 35000, X("E", "F")]);
    s.add([3, "国产中间件", "套", 1, 20000, X("E", "F")]);
    s.add([4, "网站内容管理系统定制开发", "人月", 7, 19000, X("E", "F")]);
    s.add([5, "网站栏目数据迁移", "项", 1, 40000, X("E", "F")]);
    s.add([6, "系统集成费", "项", 1, 6180, X("E", "F"), "（1～3项）×6%"]);
    s.add([7, "安全测评费", "项", 1, 3000, X("E", "F")]);
    s.add([8, "软件测评费", "项", 1, 8000, X("E", "F")]);
    s.add([9, "密码测评费", "项", 1, 25000, X("E", "F")]);
    s.add(["合计", null, null, null, null, S("G", 13, 21)]);
    return {
      sheets: [s],
      expect: [{ rule: "tier.website", severity: "error" }],
      truth: { submitted: "318180.00", approved: "318180.00" },
      grand: { sheet: "附表3", cell: "G22", unit: 1 },
    };
  },
);

// ───────────── c16 ─────────────
// 序号 A/A1…D5, a line typed "4.5万" in a 元 sheet, section and total rows typed as constants (re-keyed). 元.
// 购置 156,000+68,000+75,000 = 299,000; 综合布线 45,000 (facility); 数据治理 120,000; dev 15 × 18,000 = 270,000;
// 集成 14,950 = 5%; 建设费 748,950; 安全测评 3,000 = 0.40% < 0.5% → warning; 等保三级测评及整改 60,000 → error, 审定 0;
// four 3,000+15,000 ≤ 74,895; 密评 present; 建设金额 796,950 < 100万.
// 送审 856,950.00; 审定 796,950.00.
const c16 = e5(
  "c16-letter-numbering-wan-text-dengbao.xlsx",
  '序号 A/A1, one amount typed "4.5万" in a 元 sheet, typed subtotals, 等保三级 inside, 安全测评 low',
  () => {
    const s = new SheetB("预算表");
    s.add(["某区数据资源整合建设项目预算表"]);
    s.mergeLast("G");
    s.add(["单位：元"]);
    s.add(["序号", "名称", "单位", "数量", "单价", "金额", "备注"]);
    s.add(["A", "硬件及安全设备", null, null, null, 269000]);
    s.add(["A1", "PC服务器", "台", 3, 52000, 156000]);
    s.add(["A2", "下一代防火墙", "台", 1, 68000, 68000]);
    s.add(["A3", "综合布线", "项", 1, "4.5万", "4.5万"]);
    s.add(["B", "软件", null, null, null, 75000]);
    s.add(["B1", "国产数据库", "套", 1, 75000, 75000]);
    s.add(["C", "开发与数据服务", null, null, null, 390000]);
    s.add(["C1", "数据治理服务", "项", 1, 120000, 120000]);
    s.add(["C2", "数据分析应用开发", "人月", 15, 18000, 270000]);
    s.add(["D", "其他费用", null, null, null, 122950]);
    s.add(["D1", "系统集成费", "项", 1, 14950, 14950, "（A1+A2+B1）×5%"]);
    const sec = s.add(["D2", "安全测评费", "项", 1, 3000, 3000]);
    s.add(["D3", "软件测评费", "项", 1, 15000, 15000]);
    s.add(["D4", "密码测评费", "项", 1, 30000, 30000]);
    const db = s.add(["D5", "等保三级测评及整改", "项", 1, 60000, 60000]);
    s.add(["合计", null, null, null, null, 856950]);
    return {
      sheets: [s],
      expect: [
        { rule: "fees.security-test-rate", severity: "warning", sheet: "预算表", row: sec },
        { rule: "cost.excluded-dengbao", severity: "error", sheet: "预算表", row: db },
      ],
      truth: { submitted: "856950.00", approved: "796950.00" },
      grand: { sheet: "预算表", cell: "F19", unit: 1 },
    };
  },
);

// ───────────── c17 ─────────────
// 信息发布 (微信公众号) new build, 4 columns (序号/建设内容/金额/说明), 人月 only in 说明. 元.
// total 120,000 > 100,000 → tier.info-release (unadjusted); no 密码测评 → fees.crypto-test-missing. dev 6 × 1.5万 fine.
// 送审 = 审定 = 120,000.00.
const c17 = e5(
  "c17-wechat-four-columns-no-crypto.xlsx",
  "信息发布 公众号, 4-column 金额/说明 table, 人月 only in 说明, no 密评",
  () => {
    const s = new SheetB("预算");
    s.add(["“某区文旅”微信公众号建设项目费用预算"]);
    s.mergeLast("D");
    s.add(["序号", "建设内容", "金额（元）", "说明"]);
    s.add([1, "公众号菜单及服务功能开发", 90000, "6人月×1.5万元/人月"]);
    s.add([2, "图文模板设计", 10000, "首页及栏目模板"]);
    s.add([3, "云服务器租用（一年）", 12000, "2核4G×1台"]);
    s.add([4, "软件测评", 8000]);
    s.add(["合计", null, S("C", 3, 6)]);
    return {
      sheets: [s],
      expect: [
        { rule: "tier.info-release", severity: "error" },
        { rule: "fees.crypto-test-missing", severity: "warning" },
      ],
      truth: { submitted: "120000.00", approved: "120000.00" },
      grand: { sheet: "预算", cell: "C7", unit: 1 },
    };
  },
);

// ───────────── c18 ─────────────
// 开标一览表 (会场数量 "12个", 报价 = formula into the detail) + 分项报价表 with 数量 before 单位 and 品牌型号, 大写. 元.
// Video conference: 12 terminals → medium (≤ 30 terminals, 1 MCU, ≤ 165万): 1 MCU, total 949,540 fine.
// 购置 280,000+384,000+150,000+45,000 = 859,000; 集成 51,540 = 6%; 建设费 910,540; 安全测评 9,000 = 0.99%; 密评 present;
// < 100万. Compliant: 949,540.00 both.
const c18 = e5(
  "c18-video-medium-bid-overview-compliant.xlsx",
  "开标一览表 (formula into detail) + 分项报价表, 视频会议 12 终端 1 MCU",
  () => {
    const d = new SheetB("分项报价表");
    d.add(["视频会议系统分项报价表"]);
    d.mergeLast("H");
    d.add(["序号", "设备名称", "品牌型号", "数量", "单位", "单价（元）", "合价（元）", "备注"]);
    d.add([1, "多点控制器（MCU）", "某品牌 MCU-8000", 1, "台", 280000, X("D", "F")]);
    d.add([2, "高清视频会议终端", "1080P60", 12, "台", 32000, X("D", "F")]);
    d.add([3, "主会场音视频设备", "含显示、扩声、矩阵", 1, "套", 150000, X("D", "F")]);
    d.add([4, "PC服务器（含系统软件）", "会管服务器", 1, "台", 45000, X("D", "F")]);
    d.add([5, "系统集成及安装调试", null, 1, "项", 51540, X("D", "F")]);
    d.add([6, "安全测评费", null, 1, "项", 9000, X("D", "F")]);
    d.add([7, "密码应用安全性评估", null, 1, "项", 30000, X("D", "F")]);
    d.add(["合计", null, null, null, null, null, S("G", 3, 9)]);
    d.add(["合计人民币（大写）：玖拾肆万玖仟伍佰肆拾元整"]);
    const ov = new SheetB("开标一览表");
    ov.add(["开标一览表"]);
    ov.mergeLast("E");
    ov.add(["项目名称", "会场数量", "投标报价（元）", "工期", "备注"]);
    ov.add(["某区视频会议系统建设项目", "12个", F("=分项报价表!G10"), "90天"]);
    ov.add(["投标人：某某通信技术有限公司（盖章）"]);
    return {
      sheets: [ov, d],
      expect: [],
      truth: { submitted: "949540.00", approved: "949540.00" },
      grand: { sheet: "分项报价表", cell: "G10", unit: 1 },
    };
  },
);

// ───────────── c19 ─────────────
// 分年度投资估算: 总金额 then 2025年 / 2026年 columns that split it (§17: parts, not more money). 万元.
// dev 30人月 × 2.5 = 75 → error (E6), 审定 60. 购置 24+16 = 40; 集成 2.8 = 7%; 建设费 117.8 (审定 102.8); 安全测评 1 =
// 0.85% (0.97%); four 3+2+1 = 6 ≤ 10.28; 密评, 监理 present; total 127.8 ≥ 100.
// 送审 1,278,000.00; 审定 1,278,000 − 150,000 = 1,128,000.00.
const c19 = e5(
  "c19-multi-year-split-columns-pm-over.xlsx",
  "总金额 + 2025年/2026年 split columns adding up to it, 人月 2.5万",
  () => {
    const s = new SheetB("分年度投资估算");
    s.add(["某区智慧养老服务平台建设项目分年度投资估算表"]);
    s.mergeLast("I");
    s.add([null, null, null, null, null, null, null, null, "单位：万元"]);
    s.add(["序号", "项目", "单位", "数量", "单价", "总金额", "2025年", "2026年", "备注"]);
    s.add([1, "服务器", "台", 4, 6, X("D", "E"), 24, 0]);
    s.add([2, "国产数据库", "套", 2, 8, X("D", "E"), 16, 0]);
    const dev = s.add([3, "平台开发", "人月", 30, 2.5, X("D", "E"), 45, 30, "分两期实施"]);
    s.add([4, "系统集成费", "项", 1, null, F("=ROUND((F4+F5)*0.07,4)"), 2.8, 0, "（1+2）×7%"]);
    s.add([5, "监理费", "项", 1, 3, X("D", "E"), 1.5, 1.5]);
    s.add([6, "软件测评费", "项", 1, 2, X("D", "E"), 0, 2]);
    s.add([7, "安全测评费", "项", 1, 1, X("D", "E"), 0, 1]);
    s.add([8, "密码测评费", "项", 1, 4, X("D", "E"), 0, 4]);
    s.add(["合计", null, null, null, null, S("F", 4, 11), S("G", 4, 11), S("H", 4, 11)]);
    return {
      sheets: [s],
      expect: [
        { rule: "dev.person-month-price", severity: "error", sheet: "分年度投资估算", row: dev, cell: `E${dev}` },
      ],
      truth: { submitted: "1278000.00", approved: "1128000.00" },
      grand: { sheet: "分年度投资估算", cell: "F12", unit: 10000 },
    };
  },
);

// ───────────── c21 ─────────────
// 工程概算表 with 取费基数 / 费率 columns: 其他费用 = 工程费用 × 费率 (=ROUND(F*G,4)), 预备费 = (一+二) × 3%. 万元.
// 购置 hw 36+30+20 = 86, security 12+5 = 17, sw 3+20+10 = 33 → 136; 集成 11.56 = 8.5% > 8% → error, 审定 136 × 8% = 10.88.
// dev 80 × 1.9 = 152. 工程费用 299.56 (审定 298.88). 其他: 管理费 4.4934, 咨询 11.9824, 监理 14.978, 软件测评 5.9912,
// 安全测评 2.9956 (1.00%), 密评 10 → 50.4406. four 35.9472 > 29.956 → error; step 4 cap 10% × 298.88 = 29.888 spread
// 4 : 5 : 2 : 1 → 99,626.67 / 124,533.33 / 49,813.33 / 24,906.67. 预备费 350.0006 × 3% = 10.5000. Total 360.5006万.
// 送审 3,605,006.00; 审定 3,605,006 − 6,800 − (359,472 − 298,880 = 60,592) = 3,537,614.00.
const c21 = e5(
  "c21-gaisuan-rate-base-columns-int-and-four-fees.xlsx",
  "概算 with 取费基数 × 费率 columns, 第一/二/三部分, integration 8.5% then four fees over cap",
  () => {
    const s = new SheetB("工程概算表");
    s.add(["某区城市运行数字体征系统建设项目工程概算表"]);
    s.mergeLast("I");
    s.add([null, null, null, null, null, null, null, null, "单位：万元"]);
    s.add(["序号", "工程或费用名称", "单位", "数量", "单价", "取费基数", "费率", "金额", "备注"]);
    s.add(["第一部分", "工程费用", null, null, null, null, null, F("=H5+H11+H15+H17")]);
    s.add(["（一）", "硬件设备购置费", null, null, null, null, null, S("H", 6, 10)]);
    s.add([1, "服务器", "台", 6, 6, null, null, X("D", "E")]);
    s.add([2, "磁盘阵列", "台", 1, 30, null, null, X("D", "E")]);
    s.add([3, "核心交换机", "台", 2, 10, null, null, X("D", "E")]);
    s.add([4, "防火墙", "台", 2, 6, null, null, X("D", "E")]);
    s.add([5, "堡垒机", "台", 1, 5, null, null, X("D", "E")]);
    s.add(["（二）", "软件购置费", null, null, null, null, null, S("H", 12, 14)]);
    s.add([1, "国产操作系统", "套", 6, 0.5, null, null, X("D", "E")]);
    s.add([2, "国产数据库", "套", 2, 10, null, null, X("D", "E")]);
    s.add([3, "中间件", "套", 4, 2.5, null, null, X("D", "E")]);
    s.add(["（三）", "应用软件开发费", null, null, null, null, null, F("=H16")]);
    s.add([1, "应用系统开发", "人月", 80, 1.9, null, null, X("D", "E")]);
    const int = s.add([
      "（四）",
      "系统集成费",
      null,
      null,
      null,
      F("=H5+H11"),
      0.085,
      F("=ROUND(F{r}*G{r},4)"),
      "（一+二）×8.5%",
    ]);
    s.add(["第二部分", "工程建设其他费用", null, null, null, null, null, S("H", 19, 24)]);
    s.add([1, "建设单位管理费", null, null, null, F("=H4"), 0.015, F("=ROUND(F{r}*G{r},4)")]);
    s.add([2, "咨询设计费", null, null, null, F("=H4"), 0.04, F("=ROUND(F{r}*G{r},4)")]);
    s.add([3, "工程监理费", null, null, null, F("=H4"), 0.05, F("=ROUND(F{r}*G{r},4)")]);
    s.add([4, "软件测评费", null, null, null, F("=H4"), 0.02, F("=ROUND(F{r}*G{r},4)")]);
    s.add([5, "安全测评费", null, null, null, F("=H4"), 0.01, F("=ROUND(F{r}*G{r},4)")]);
    s.add([6, "密码测评费", "项", 1, 10, null, null, X("D", "E")]);
    s.add([
      "第三部分",
      "预备费",
      null,
      null,
      null,
      F("=H4+H18"),
      0.03,
      F("=ROUND(F{r}*G{r},4)"),
      "（第一部分+第二部分）×3%",
    ]);
    s.add([null, "项目总投资", null, null, null, null, null, F("=H4+H18+H25")]);
    return {
      sheets: [s],
      expect: [
        { rule: "fees.integration-rate", severity: "error", sheet: "工程概算表", row: int },
        { rule: "fees.four-fees-cap", severity: "error", sheet: "工程概算表" },
      ],
      truth: { submitted: "3605006.00", approved: "3537614.00" },
      grand: { sheet: "工程概算表", cell: "H26", unit: 10000 },
    };
  },
);

// ───────────── c23 ─────────────
// Every quantity/price/amount typed as text with its unit ("20台", "3,800元", "8人月"); the 合计 typed wrong
// ("431,320元" for 413,320: transposed digits) → sheet.subtotal-mismatch at F11; the lines are the money (§3.19). 元.
// 购置 76,000+90,000+6,000+50,000 = 222,000; 集成 13,320 = 6%; dev 8人月 × 18,000 = 144,000; 建设费 379,320;
// 软件测评 9,000; 密评 present. 送审 = 审定 = 413,320.00.
const c23 = e5(
  "c23-text-with-units-wrong-total.xlsx",
  "all figures as text with 台/套/人月/元 suffixes, 合计 typed with transposed digits",
  () => {
    const s = new SheetB("采购预算");
    s.add(["某区智慧食堂管理系统建设项目采购预算表"]);
    s.mergeLast("G");
    s.add(["序号", "名称", "规格参数", "数量", "单价", "金额", "备注"]);
    s.add([1, "智能终端", "人脸识别消费机", "20台", "3,800元", "76,000元"]);
    s.add([2, "服务器", "2路/64G", "2台", "45,000元", "90,000元"]);
    s.add([3, "国产操作系统", "服务器版", "2套", "3,000元", "6,000元"]);
    s.add([4, "管理平台软件（授权）", "含100终端授权", "1套", "50,000元", "50,000元"]);
    s.add([5, "系统集成及部署实施", null, "1项", "13,320元", "13,320元", "按软硬件费用6%"]);
    s.add([6, "接口定制开发", "与财务、门禁系统对接", "8人月", "18,000元", "144,000元"]);
    s.add([7, "密码测评", null, "1项", "25,000元", "25,000元"]);
    s.add([8, "软件测评", null, "1项", "9,000元", "9,000元"]);
    const tot = s.add(["合计", null, null, null, null, "431,320元"]);
    s.add(["备注：以上价格含税、含运输及安装。"]);
    return {
      sheets: [s],
      expect: [{ rule: "sheet.subtotal-mismatch", severity: "error", sheet: "采购预算", row: tot, cell: `F${tot}` }],
      truth: { submitted: "413320.00", approved: "413320.00" },
    };
  },
);

// ───────────── c24 ─────────────
// 分项报价明细 with 单价（原价）/ 折扣率 / 折后单价 / 金额: 数量 × 折后单价 = 金额 (§3.17). 元.
// dev 20人月 × 21,000 (折后) = 420,000 → error at the 折后单价 cell G6, 审定 400,000. 购置 162,000+80,000 = 242,000;
// 集成 14,520 = 6%; 建设费 676,520 (审定 656,520); 安全测评 8,000 = 1.18% (1.22%); four 8,000+12,000 fine; 密评 present.
// 送审 726,520.00; 审定 706,520.00.
const c24 = e5(
  "c24-list-price-discount-net-price.xlsx",
  "单价（原价）+ 折扣率 + 折后单价 + 金额 competing price columns, 人月 2.1万 after discount",
  () => {
    const s = new SheetB("分项报价明细");
    s.add(["某区市场监管移动执法系统建设项目分项报价明细表"]);
    s.mergeLast("I");
    s.add(["单位：元"]);
    s.add(["序号", "名称", "数量", "单位", "单价（原价）", "折扣率", "折后单价", "金额", "备注"]);
    s.add([1, "服务器", 3, "台", 60000, 0.9, F("=ROUND(E{r}*F{r},2)"), X("C", "G")]);
    s.add([2, "国产数据库", 1, "套", 100000, 0.8, F("=ROUND(E{r}*F{r},2)"), X("C", "G")]);
    const dev = s.add([3, "移动执法应用定制开发", 20, "人月", 25000, 0.84, F("=ROUND(E{r}*F{r},2)"), X("C", "G")]);
    s.add([4, "系统集成费", 1, "项", 14520, 1, F("=ROUND(E{r}*F{r},2)"), X("C", "G")]);
    s.add([5, "安全测评费", 1, "项", 8000, 1, F("=ROUND(E{r}*F{r},2)"), X("C", "G")]);
    s.add([6, "软件测评费", 1, "项", 12000, 1, F("=ROUND(E{r}*F{r},2)"), X("C", "G")]);
    s.add([7, "密码测评费", 1, "项", 30000, 1, F("=ROUND(E{r}*F{r},2)"), X("C", "G")]);
    s.add(["合计", null, null, null, null, null, null, S("H", 4, 10)]);
    return {
      sheets: [s],
      expect: [{ rule: "dev.person-month-price", severity: "error", sheet: "分项报价明细", row: dev, cell: `G${dev}` }],
      truth: { submitted: "726520.00", approved: "706520.00" },
      grand: { sheet: "分项报价明细", cell: "H11", unit: 1 },
    };
  },
);

// ───────────── c26 ─────────────
// Three tables stacked in one sheet (表1 硬件 / 表2 软件 / 表3 服务), each with its own header and 小计, 序号 A1/B1/C1, then
// an 汇总 block whose rows are formulas into the 小计s. 万元. 购置 58 + 29.5 = 87.5; 集成 5.25 = 6%; dev 30 × 1.95 = 58.5;
// 建设费 151.25; 安全测评 3.6 = 2.38% > 2% → error, 审定 2% × 151.25 = 3.025; four 3+3.6 ≤ 15.125; 密评 present;
// total 162.85 ≥ 100 and no 监理 → process.supervision-required.
// 送审 1,628,500.00; 审定 1,628,500 − 5,750 = 1,622,750.00.
const c26 = e5(
  "c26-three-stacked-tables-plus-summary-block.xlsx",
  "three stacked tables with own headers and 小计, 汇总 block of formulas below, 序号 A1/B1/C1",
  () => {
    const s = new SheetB("预算清单");
    s.add(["某区智慧社区综合服务系统建设项目预算清单"]);
    s.mergeLast("G");
    s.add(["单位：万元"]);
    const head = ["序号", "名称", "单位", "数量", "单价", "金额", "备注"];
    s.add(["表1 硬件设备清单"]);
    s.add(head);
    s.add(["A1", "应用服务器", "台", 5, 6, X("D", "E")]);
    s.add(["A2", "数据库服务器", "台", 2, 10, X("D", "E")]);
    s.add(["A3", "汇聚交换机", "台", 2, 4, X("D", "E")]);
    s.add([null, "小计", null, null, null, S("F", 5, 7)]);
    s.add([]);
    s.add(["表2 软件清单"]);
    s.add(head);
    s.add(["B1", "国产操作系统", "套", 7, 0.5, X("D", "E")]);
    s.add(["B2", "国产数据库", "套", 2, 9, X("D", "E")]);
    s.add(["B3", "国产中间件", "套", 4, 2, X("D", "E")]);
    s.add([null, "小计", null, null, null, S("F", 12, 14)]);
    s.add([]);
    s.add(["表3 服务清单"]);
    s.add(head);
    s.add(["C1", "应用系统定制开发", "人月", 30, 1.95, X("D", "E")]);
    s.add(["C2", "系统集成费", "项", 1, null, F("=ROUND((F8+F15)*0.06,4)"), "（表1+表2）×6%"]);
    s.add(["C3", "软件测评费", "项", 1, 3, X("D", "E")]);
    const sec = s.add(["C4", "安全测评费", "项", 1, 3.6, X("D", "E")]);
    s.add(["C5", "密码测评费", "项", 1, 5, X("D", "E")]);
    s.add([null, "小计", null, null, null, S("F", 19, 23)]);
    s.add([]);
    s.add(["汇总"]);
    s.add(["一", "硬件设备", null, null, null, F("=F8")]);
    s.add(["二", "软件", null, null, null, F("=F15")]);
    s.add(["三", "服务", null, null, null, F("=F24")]);
    s.add([null, "合计", null, null, null, S("F", 27, 29)]);
    return {
      sheets: [s],
      expect: [
        { rule: "fees.security-test-rate", severity: "error", sheet: "预算清单", row: sec },
        { rule: "process.supervision-required", severity: "error" },
      ],
      truth: { submitted: "1628500.00", approved: "1622750.00" },
      grand: { sheet: "预算清单", cell: "F30", unit: 10000 },
    };
  },
);

// ───────────── c27 ─────────────
// 服务热线 new build with 40 坐席 stated in a line above the header; 序号 （一）/ "1."; section rows with SUMs. 元.
// 40 ≥ 30: no hotline warning. 购置 390,000 + 280,000 = 670,000; 集成 33,500 = 5%; dev 15 × 18,000 = 270,000;
// 建设费 973,500; four 30,000+20,000+10,000 = 60,000 ≤ 97,350; 安全测评 1.03%; 密评, 监理 present; total 1,073,500.
// Compliant: 1,073,500.00 both.
const c27 = e5(
  "c27-hotline-40-seats-compliant.xlsx",
  "服务热线 40 坐席 (规模 line above the header), 序号 （一）/1., section rows with SUMs",
  () => {
    const s = new SheetB("热线预算");
    s.add(["某区企业服务热线系统建设项目预算表"]);
    s.mergeLast("H");
    s.add(["坐席规模：40席", null, null, null, null, null, "金额单位：元"]);
    s.add(["序号", "名称", "规格", "单位", "数量", "单价", "金额", "备注"]);
    s.add(["（一）", "硬件设备", null, null, null, null, S("G", 5, 7)]);
    s.add(["1.", "呼叫中心服务器", "2路/128G", "台", 2, 60000, X("E", "F")]);
    s.add(["2.", "语音网关", "E1×4", "台", 2, 35000, X("E", "F")]);
    s.add(["3.", "坐席终端", "含耳麦", "台", 40, 5000, X("E", "F")]);
    s.add(["（二）", "软件", null, null, null, null, S("G", 9, 10)]);
    s.add(["1.", "呼叫中心平台软件", null, "套", 1, 180000, X("E", "F")]);
    s.add(["2.", "坐席授权", null, "个", 40, 2500, X("E", "F")]);
    s.add(["（三）", "开发与集成", null, null, null, null, S("G", 12, 13)]);
    s.add(["1.", "工单系统定制开发", null, "人月", 15, 18000, X("E", "F")]);
    s.add(["2.", "系统集成费", null, "项", 1, 33500, X("E", "F"), "软硬件购置费×5%"]);
    s.add(["（四）", "其他费用", null, null, null, null, S("G", 15, 18)]);
    s.add(["1.", "工程监理费", null, "项", 1, 30000, X("E", "F")]);
    s.add(["2.", "软件测评费", null, "项", 1, 20000, X("E", "F")]);
    s.add(["3.", "安全测评费", null, "项", 1, 10000, X("E", "F")]);
    s.add(["4.", "密码测评费", null, "项", 1, 40000, X("E", "F")]);
    s.add(["合计", null, null, null, null, null, F("=G4+G8+G11+G14")]);
    return {
      sheets: [s],
      expect: [],
      truth: { submitted: "1073500.00", approved: "1073500.00" },
      grand: { sheet: "热线预算", cell: "G19", unit: 1 },
    };
  },
);

// ───────────── c28 ─────────────
// 财政 项目支出预算明细表: a 经济分类科目 column of numeric codes (31002 / 31007 / 30227 — not money), 是否政府采购 是/否,
// the 人月 basis only in 备注 ("10人月×1.7万元"). 升级改造, 元. 购置 55,000 + 48,000 = 103,000; 集成 6,180 = 6%;
// dev 170,000 (1.7万/人月); 建设费 279,180; 软件测评 6,000; 密评 present; < 100万. Compliant: 305,180.00 both.
const c28 = e5(
  "c28-dept-budget-econ-codes-compliant.xlsx",
  "部门预算 项目支出预算明细表 with numeric 经济分类 codes column, 是否政府采购, 人月 only in 备注",
  () => {
    const s = new SheetB("项目支出预算明细表");
    s.add(["2025年项目支出预算明细表"]);
    s.mergeLast("H");
    s.add(["项目名称：某区档案管理系统建设项目（升级改造）", null, null, null, null, null, null, "单位：元"]);
    s.add(["序号", "支出内容", "经济分类科目", "数量", "单价", "预算金额", "是否政府采购", "备注"]);
    s.add([1, "应用服务器", 31002, 1, 55000, X("D", "E"), "是"]);
    s.add([2, "国产数据库授权", 31007, 1, 48000, X("D", "E"), "是"]);
    s.add([3, "系统功能升级开发", 31007, 10, 17000, X("D", "E"), "是", "10人月×1.7万元"]);
    s.add([4, "系统集成费", 30227, 1, 6180, X("D", "E"), "是", "（1+2）×6%"]);
    s.add([5, "软件测评费", 30227, 1, 6000, X("D", "E"), "否"]);
    s.add([6, "密码应用安全性评估", 30227, 1, 20000, X("D", "E"), "否"]);
    s.add(["合计", null, null, null, null, S("F", 4, 9)]);
    return {
      sheets: [s],
      expect: [],
      truth: { submitted: "305180.00", approved: "305180.00" },
      grand: { sheet: "项目支出预算明细表", cell: "F10", unit: 1 },
    };
  },
);

export const construction5b: Entry5[] = [c13, c16, c17, c18, c19, c21, c23, c24, c26, c27, c28];
