import { entry, err, F, mulF, plusF, setRow, SheetB, sumF, title, warn, type Entry4 } from "./kit4";

/** Workbooks w15–w28 (see build-a.ts for the standard's numbers used in the comments). */

// ───────────────────────── w15 ─────────────────────────
// 汇总 (元) whose first two lines are cross-sheet formulas into 软硬件清单 and 开发工作量测算 (§3.12); the development
// detail has 工作量（人月） and 人月单价 columns; a HIDDEN sheet "旧版测算（作废）" holds a superseded 28,000/人月 price
// that must not be reported (§3.9: not audited; info only).
// 购置 144,000 + 36,000 + 90,000 = 270,000; 集成 16,200 = 6%; dev 20人月 × 19,000 = 380,000; 项目建设费 666,200;
// four fees 15,000 + 18,000 + 8,000 = 41,000 ≤ 66,620; 安全测评 1.20%; 密评 present; total 737,200 < 100万.
// Compliant. 送审 = 审定 = 737,200.00.
const w15 = entry(
  "w15-summary-formulas-hidden-old.xlsx",
  "汇总 with cross-sheet formulas + 软硬件清单 + 工作量/人月单价 detail + hidden superseded sheet",
  () => {
    const sum = new SheetB("项目预算汇总");
    title(sum, "某区政务服务“好差评”系统建设项目预算汇总表", "D");
    sum.add(["序号", "费用名称", "金额（元）", "备注"]);
    sum.add([1, "软硬件购置费", F("='软硬件清单'!F6"), "详见软硬件清单"]);
    sum.add([2, "应用开发费", F("='开发工作量测算'!E6"), "详见开发工作量测算"]);
    sum.add([3, "系统集成费", 16200, "购置费×6%"]);
    sum.add([4, "工程监理费", 15000]);
    sum.add([5, "软件测评费", 18000]);
    sum.add([6, "安全测评费", 8000]);
    sum.add([7, "密码测评费", 30000]);
    sum.add([null, "合计", sumF("C", 3, 9)]);
    const hw = new SheetB("软硬件清单");
    title(hw, "软硬件购置清单", "F");
    hw.add(["序号", "名称", "单位", "数量", "单价（元）", "金额（元）"]);
    hw.addAll([
      [1, "应用服务器", "台", 3, 48000, mulF("D", "E")],
      [2, "汇聚交换机", "台", 2, 18000, mulF("D", "E")],
      [3, "国产数据库", "套", 1, 90000, mulF("D", "E")],
    ]);
    hw.add([null, "合计", null, null, null, sumF("F", 3, 5)]);
    const dev = new SheetB("开发工作量测算");
    title(dev, "应用开发工作量测算表", "E");
    dev.add(["序号", "功能模块", "工作量（人月）", "人月单价（元）", "开发费用（元）"]);
    dev.addAll([
      [1, "评价采集与用户中心", 6, 19000, F("=C{r}*D{r}")],
      [2, "差评整改事项管理", 10, 19000, F("=C{r}*D{r}")],
      [3, "统计分析报表", 4, 19000, F("=C{r}*D{r}")],
    ]);
    dev.add([null, "合计", sumF("C", 3, 5), null, sumF("E", 3, 5)]);
    const old = new SheetB("旧版测算（作废）");
    title(old, "应用开发工作量测算表（2024年10月版，已作废）", "E");
    old.add(["序号", "功能模块", "工作量（人月）", "人月单价（元）", "开发费用（元）"]);
    old.addAll([
      [1, "评价采集与用户中心", 8, 28000, F("=C{r}*D{r}")],
      [2, "差评整改事项管理", 12, 28000, F("=C{r}*D{r}")],
    ]);
    old.add([null, "合计", sumF("C", 3, 4), null, sumF("E", 3, 4)]);
    old.hide();
    return { sheets: [sum, hw, dev, old], expect: [], truth: { submitted: "737200.00", approved: "737200.00" } };
  },
);

// ───────────────────────── w16 ─────────────────────────
// Units mixed per column: 单价（元） but 金额（万元） (= 数量 × 单价 ÷ 10,000). 开发 on one 项 line whose 人月 basis sits in
// the 备注 ("按12人月×2.3万元/人月", §3.18) → error; 交换机 6 × 8,500 = 5.1万 typed 5.4 → line-arithmetic.
// 购置 (typed) 12.8 + 6 + 8 + 5.4 = 32.2; 集成 1.9 = 5.90% (5.96% of 31.9); 项目建设费 61.7; 监理 1.5; 密评 present.
// Total 12.8 + 6 + 8 + 27.6 + 5.4 + 1.9 + 1.5 + 2.5 = 65.7. 审定: dev 12 × 2 = 24 (−3.6).
// 送审 657,000.00; 审定 621,000.00.
const w16 = entry(
  "w16-mixed-units-per-column.xlsx",
  "单价（元） beside 金额（万元）; 人月 basis only in 备注; 数量×单价≠金额",
  () => {
    const s = new SheetB("预算表");
    title(s, "某区公共区域视频监控智能化改造项目预算表", "G");
    s.add(["序号", "名称", "单位", "数量", "单价（元）", "金额（万元）", "备注"]);
    const w = (no: number, n: string, u: string, q: number, p: number, note?: string) =>
      s.add([no, n, u, q, p, F("=D{r}*E{r}/10000"), note]);
    w(1, "高清网络摄像机", "台", 40, 3200);
    w(2, "硬盘录像机", "台", 4, 15000);
    w(3, "监控管理平台软件", "套", 1, 80000);
    const dev = w(4, "视频智能分析功能开发", "项", 1, 276000, "按12人月×2.3万元/人月");
    const sw = s.add([5, "接入交换机", "台", 6, 8500, 5.4]);
    s.add([6, "系统集成费", "项", 1, 19000, F("=D{r}*E{r}/10000"), "购置费×6%"]);
    s.add([7, "工程监理费", "项", 1, 15000, F("=D{r}*E{r}/10000")]);
    s.add([8, "密码测评费", "项", 1, 25000, F("=D{r}*E{r}/10000")]);
    s.add([null, "合计", null, null, null, sumF("F", 3, 10)]);
    s.add(["编制单位：某区城市运行管理中心            2025年3月"]);
    return {
      sheets: [s],
      expect: [err("dev.person-month-price", "预算表", dev), err("sheet.line-arithmetic", "预算表", sw, `F${sw}`)],
      truth: { submitted: "657000.00", approved: "621000.00" },
    };
  },
);

// ───────────────────────── w17 ─────────────────────────
// 元 estimate with a 折合（万元） column repeating 金额 ÷ 10,000 on every row (§3.13, no finding).
// 购置 360,000 + 420,000 + 150,000 = 930,000; 集成 37,200 = 4% < 5% → warning. 项目建设费 930,000 + 877,500 + 37,200 =
// 1,844,700; 安全测评 8,000 = 0.43% < 0.5% → warning. four fees 45,000 + 8,000 + 40,000 = 93,000 ≤ 184,470;
// dev 45 × 19,500; total 1,987,700 ≥ 100万 with 监理; 密评 present. Warnings change no amount.
// 送审 = 审定 = 1,987,700.00.
const w17 = entry(
  "w17-repeat-wan-column-low-fees.xlsx",
  "元 + 折合（万元） repeat column; integration below 5% and 安全测评 below 0.5% (warnings)",
  () => {
    const s = new SheetB("投资估算");
    title(s, "某区智慧教育资源平台建设项目投资估算表", "H");
    s.add(["序号", "项目名称", "单位", "数量", "单价（元）", "金额（元）", "折合（万元）", "备注"]);
    const L = (no: number, n: string, u: string, q: number, p: number, note?: string) =>
      s.add([no, n, u, q, p, F("=D{r}*E{r}"), F("=F{r}/10000"), note]);
    L(1, "GPU服务器", "台", 2, 180000);
    L(2, "分布式存储", "套", 1, 420000);
    L(3, "国产数据库", "套", 2, 75000);
    L(4, "教育资源平台定制开发", "人月", 45, 19500);
    const integ = L(5, "系统集成费", "项", 1, 37200, "按购置费4%");
    L(6, "工程监理费", "项", 1, 45000);
    const sec = L(7, "安全测评费", "项", 1, 8000);
    L(8, "软件测评费", "项", 1, 40000);
    L(9, "密码应用安全性评估", "项", 1, 50000);
    s.add([null, "合计", null, null, null, sumF("F", 3, 11), sumF("G", 3, 11)]);
    return {
      sheets: [s],
      expect: [warn("fees.integration-rate", "投资估算", integ), warn("fees.security-test-rate", "投资估算", sec)],
      truth: { submitted: "1987700.00", approved: "1987700.00" },
    };
  },
);

// ───────────────────────── w18 ─────────────────────────
// Two-row header: 金额（万元） merged over 合计 / 财政资金 / 单位自筹 (split columns, §3.17); ① ② numbering under
// （一）（二）（三） rows without figures; a wrapped name ("（含移动端、指挥端）" on its own row).
// 购置 25 + 20 + 1 = 46; 集成 2.76 = 6%; dev 18 × 1.9; 项目建设费 82.96; 软件测评 2; 密评 present; total 87.46.
// Compliant. 送审 = 审定 = 874,600.00.
const w18 = entry(
  "w18-two-row-header-funding-wan.xlsx",
  "two-row header with merged 金额 over 合计/财政资金/单位自筹; ①② numbering; wrapped name",
  () => {
    const s = new SheetB("资金预算");
    title(s, "某区城市管理执法装备信息化项目资金预算表", "I");
    s.add(["序号", "建设内容", "单位", "数量", "单价（万元）", "金额（万元）", null, null, "备注"]);
    s.add([null, null, null, null, null, "合计", "财政资金", "单位自筹"]);
    s.merge("F2:H2").merge("A2:A3").merge("B2:B3").merge("C2:C3").merge("D2:D3").merge("E2:E3").merge("I2:I3");
    s.add(["（一）", "终端设备"]);
    const first = s.add(["①", "执法记录仪", "台", 100, 0.25, F("=D{r}*E{r}"), 25, 0]);
    s.add(["②", "执法终端（平板电脑）", "台", 50, 0.4, F("=D{r}*E{r}"), 20, 0]);
    s.add(["（二）", "平台软件"]);
    s.add(["①", "国产操作系统", "套", 2, 0.5, F("=D{r}*E{r}"), 1, 0]);
    s.add(["②", "执法管理平台开发", "人月", 18, 1.9, F("=D{r}*E{r}"), 24.2, 10]);
    s.add([null, "（含移动端、指挥端）"]);
    s.add(["（三）", "其他费用"]);
    s.add(["①", "系统集成费", "项", 1, null, 2.76, 2.76, 0, "购置费×6%"]);
    s.add(["②", "密码测评费", "项", 1, null, 2.5, 2.5, 0]);
    const last = s.add(["③", "软件测评费", "项", 1, null, 2, 2, 0]);
    s.add([null, "总计", null, null, null, sumF("F", first, last), sumF("G", first, last), sumF("H", first, last)]);
    return { sheets: [s], expect: [], truth: { submitted: "874600.00", approved: "874600.00" } };
  },
);

// ───────────────────────── w19 ─────────────────────────
// 项目概况 sheet (建设性质：新建) + 概算表 (万元) + 运维估算 sheet "（不计入本次建设投资）" (§3.15) whose 应用运维 line is
// at 25% of 原开发费 (较复杂 12%) → om.app-software-rate error on that sheet.
// 概算: 购置 24 + 30 + 20 + 6 = 80; 集成 4.8 = 6%; dev 35 × 2 (= cap); 项目建设费 154.8; four fees 4 + 2 = 6;
// 安全测评 1.29%; 密评 present; 建设金额 164.8 ≥ 100 with NO 监理 line → process.supervision-required (unadjusted).
// Call: the O&M estimate is outside this budget's money (so its cap changes nothing here).
// 送审 = 审定 = 1,648,000.00.
const w19 = entry(
  "w19-overview-om-estimate-violation.xlsx",
  "项目概况 sheet + 概算 万元 without 监理 + O&M estimate sheet with an over-rate line",
  () => {
    const ov = new SheetB("项目概况");
    ov.add(["项目概况"]);
    ov.add(["项目名称", "某区住房保障业务协同系统建设项目"]);
    ov.add(["建设性质", "新建"]);
    ov.add(["建设周期", "12个月"]);
    ov.add(["估算总投资", "164.8万元"]);
    const s = new SheetB("概算表");
    title(s, "某区住房保障业务协同系统建设项目概算表", "F");
    s.add(["序号", "名称", "单位", "数量", "单价（万元）", "合价（万元）"]);
    s.addAll([
      [1, "应用服务器", "台", 4, 6, mulF("D", "E")],
      [2, "磁盘阵列", "台", 1, 30, mulF("D", "E")],
      [3, "国产数据库", "套", 2, 10, mulF("D", "E")],
      [4, "国产中间件", "套", 2, 3, mulF("D", "E")],
      [5, "住房保障业务系统开发", "人月", 35, 2, mulF("D", "E")],
      [6, "系统集成费", "项", 1, 4.8, mulF("D", "E")],
      [7, "软件测评费", "项", 1, 4, mulF("D", "E")],
      [8, "安全测评费", "项", 1, 2, mulF("D", "E")],
      [9, "密码测评费", "项", 1, 4, mulF("D", "E")],
    ]);
    s.add([null, "合计", null, null, null, sumF("F", 3, 11)]);
    const om = new SheetB("运维估算");
    title(om, "项目建成后年度运维费用估算（不计入本次建设投资）", "F");
    om.add(["序号", "运维内容", "原值（万元）", "费率", "年运维费（万元）", "备注"]);
    om.add([1, "磁盘阵列维保", 30, 0.06, F("=C{r}*D{r}")]);
    const app = om.add([2, "住房保障业务系统应用软件运维（较复杂）", 70, 0.25, F("=C{r}*D{r}"), "原开发费"]);
    om.add([3, "国产数据库原厂服务", 20, 0.1, F("=C{r}*D{r}")]);
    om.add([null, "合计", null, null, sumF("E", 3, 5)]);
    return {
      sheets: [ov, s, om],
      expect: [err("process.supervision-required"), err("om.app-software-rate", "运维估算", app)],
      truth: { submitted: "1648000.00", approved: "1648000.00" },
    };
  },
);

// ───────────────────────── w20 ─────────────────────────
// O&M 报价单 (元) with the 合计 row ABOVE the lines; product names followed by "升级服务" / "维保服务" / "日常运行维护".
// Oracle 升级服务 8%: neither 工具类 nor 国产 → warning (rate must be justified); 瑞星杀毒 (工具类) 8% > 5% → error,
// 审定 100,000 × 5% = 5,000; 核心层交换机 A 4%; 达梦 国产 10%; 防火墙 日常运行维护 10%.
// Total 32,000 + 8,000 + 14,400 + 20,000 + 15,200 = 89,600. 送审 89,600.00; 审定 86,600.00.
const w20 = entry(
  "w20-om-quote-total-above.xlsx",
  "O&M 报价单 元; 合计 above the lines; 升级服务 after product names; tool vs 国产 vs unknown software",
  () => {
    const s = new SheetB("维保报价");
    title(s, "某区2025年度运维项目软硬件原厂维保服务报价单", "F");
    s.add(["序号", "服务名称", "原购置金额（元）", "服务费率", "服务报价（元）", "备注"]);
    const top = s.add([]);
    const ora = s.add([1, "Oracle数据库19c 升级服务", 400000, 0.08, F("=C{r}*D{r}"), "原厂"]);
    const av = s.add([2, "瑞星杀毒软件网络版 升级服务", 100000, 0.08, F("=C{r}*D{r}"), "工具类软件"]);
    s.add([3, "华为核心层交换机 维保服务", 360000, 0.04, F("=C{r}*D{r}")]);
    s.add([4, "达梦数据库DM8 升级服务", 200000, 0.1, F("=C{r}*D{r}"), "国产软件"]);
    const last = s.add([5, "天融信防火墙 日常运行维护", 152000, 0.1, F("=C{r}*D{r}")]);
    setRow(s, top, [null, "合计", null, null, sumF("E", ora, last)]);
    s.add(["报价有效期：90天        报价单位（盖章）：某系统集成有限公司"]);
    return {
      sheets: [s],
      expect: [warn("om.product-software-rate", "维保报价", ora), err("om.product-software-rate", "维保报价", av)],
      truth: { submitted: "89600.00", approved: "86600.00" },
    };
  },
);

// ───────────────────────── w21 ─────────────────────────
// A 项目概况 key–value block ABOVE the table on the same sheet (门户网站, 升级改造, 规模：小型, §3.14), 元.
// Small website: 1 server ≤ 1; dev 7 人月 ≤ 7.5; total 240,200 ≤ 30万. 购置 70,000; 集成 4,200 = 6%; 项目建设费 200,200;
// 安全测评 1.50%; four fees 3,000 + 12,000 = 15,000 ≤ 20,020; 密评 present. Compliant. 送审 = 审定 = 240,200.00.
const w21 = entry(
  "w21-overview-block-small-website.xlsx",
  "key–value 概况 block above the table (门户网站 小型 升级改造); within the small tier",
  () => {
    const s = new SheetB("预算");
    s.add(["项目名称：某街道门户网站改版升级项目"]);
    s.add(["建设性质：升级改造"]);
    s.add(["系统类型：门户网站"]);
    s.add(["规模：小型"]);
    s.blank();
    s.add(["序号", "名称", "单位", "数量", "单价（元）", "金额（元）", "备注"]);
    const [a, b] = s.addAll([
      [1, "网站服务器", "台", 1, 50000, mulF("D", "E")],
      [2, "网页防篡改软件", "套", 1, 20000, mulF("D", "E")],
      [3, "网站改版开发", "人月", 7, 18000, mulF("D", "E"), "栏目重构、无障碍改造"],
      [4, "系统集成费", "项", 1, 4200, mulF("D", "E")],
      [5, "安全测评费", "项", 1, 3000, mulF("D", "E")],
      [6, "密码应用安全性评估", "项", 1, 25000, mulF("D", "E")],
      [7, "软件测评费", "项", 1, 12000, mulF("D", "E")],
    ]);
    s.add([null, "合计", null, null, null, sumF("F", a, b)]);
    return { sheets: [s], expect: [], truth: { submitted: "240200.00", approved: "240200.00" } };
  },
);

// ───────────────────────── w22 ─────────────────────────
// Amount-only 概算 (编号 | 费用名称 | 金额(万元) | 计算说明) numbered 1 / 1.1 / 1.1.1; parents carry sums; 人月 in the name
// for one development line, none for the other → dev.effort-basis-missing (warning, no change).
// 购置 16 + 12 = 28; 集成 1.68 = 6%; 数据治理 8; dev 19 + 15; 项目建设费 28 + 34 + 8 + 1.68 = 71.68; 安全测评 1.5 =
// 2.09% > 2% → error, 审定 2% × 71.68 = 1.4336; four fees 1.4336 + 2 ≤ 7.168; 密评 present; total 78.18.
// 送审 781,800.00; 审定 781,800 − 664 = 781,136.00.
const w22 = entry(
  "w22-amount-only-gaisuan-numbered.xlsx",
  "amount-only 概算 万元 with 1/1.1/1.1.1; one dev line without 人月; 安全测评 over 2%",
  () => {
    const s = new SheetB("概算");
    title(s, "某区数据资源目录系统升级改造项目概算", "D");
    s.add(["编号", "费用名称", "金额(万元)", "计算说明"]);
    const p1 = s.add([]);
    const p11 = s.add([]);
    const h1 = s.add(["1.1.1", "数据库服务器", 16, "2台×8万元"]);
    const h2 = s.add(["1.1.2", "国产数据库软件", 12, "1套"]);
    const p12 = s.add([]);
    const d1 = s.add(["1.2.1", "目录编制功能开发（10人月）", 19, "10人月×1.9万元"]);
    const d2 = s.add(["1.2.2", "数据可视化功能开发", 15, "含图表组件"]);
    const p13 = s.add(["1.3", "数据治理服务", 8, "按数据量估算"]);
    const p14 = s.add(["1.4", "系统集成费", 1.68, "软硬件购置费28万×6%"]);
    setRow(s, p11, ["1.1", "软硬件购置", sumF("C", h1, h2)]);
    setRow(s, p12, ["1.2", "应用开发", sumF("C", d1, d2)]);
    setRow(s, p1, ["1", "建设费", plusF("C", [p11, p12, p13, p14])]);
    const p2 = s.add([]);
    const sec = s.add(["2.1", "安全测评费", 1.5]);
    s.add(["2.2", "软件测评费", 2]);
    const c3 = s.add(["2.3", "密码测评费", 3]);
    setRow(s, p2, ["2", "其他费用", sumF("C", sec, c3)]);
    s.add([null, "合计", plusF("C", [p1, p2])]);
    return {
      sheets: [s],
      expect: [warn("dev.effort-basis-missing", "概算", d2), err("fees.security-test-rate", "概算", sec)],
      truth: { submitted: "781800.00", approved: "781136.00" },
    };
  },
);

// ───────────────────────── w23 ─────────────────────────
// OA 中型 declared in the title; 汇总 (元) with cross-sheet formulas saved WITHOUT cached values (the total too); two
// details whose totals are equal (240,000). Servers: PC服务器 3 > 2 (medium) → tier.oa. dev 10 ≤ 15; total 533,000 ≤
// 75万. 购置 240,000 + 60,000 = 300,000; 集成 18,000 = 6%; 软件测评 10,000; 密评 present.
// 送审 = 审定 = 533,000.00 (tier unadjusted).
const w23 = entry(
  "w23-oa-medium-uncached-equal-details.xlsx",
  "OA 中型 in title; summary formulas with no cached values; two details with equal totals; 3 servers",
  () => {
    const sum = new SheetB("汇总");
    title(sum, "某局协同办公系统（中型）升级改造项目预算汇总表", "D");
    sum.add(["序号", "费用名称", "金额（元）", "备注"]);
    sum.add([1, "硬件设备购置费", F("='硬件设备'!F6", { noCache: true })]);
    sum.add([2, "软件购置及开发费", F("='软件及开发'!F6", { noCache: true })]);
    sum.add([3, "系统集成费", 18000]);
    sum.add([4, "软件测评费", 10000]);
    sum.add([5, "密码测评费", 25000]);
    sum.add([null, "合计", F("=SUM(C3:C7)", { noCache: true })]);
    const hw = new SheetB("硬件设备");
    title(hw, "硬件设备明细", "F");
    hw.add(["序号", "名称", "单位", "数量", "单价（元）", "金额（元）"]);
    hw.addAll([
      [1, "PC服务器", "台", 3, 50000, mulF("D", "E")],
      [2, "磁盘阵列", "台", 1, 60000, mulF("D", "E")],
      [3, "接入层交换机", "台", 2, 15000, mulF("D", "E")],
    ]);
    hw.add([null, "合计", null, null, null, sumF("F", 3, 5)]);
    const sw = new SheetB("软件及开发");
    title(sw, "软件购置及开发明细", "F");
    sw.add(["序号", "名称", "单位", "数量", "单价（元）", "金额（元）"]);
    sw.addAll([
      [1, "国产操作系统", "套", 3, 5000, mulF("D", "E")],
      [2, "国产数据库", "套", 1, 45000, mulF("D", "E")],
      [3, "公文流转功能开发", "人月", 10, 18000, mulF("D", "E")],
    ]);
    sw.add([null, "合计", null, null, null, sumF("F", 3, 5)]);
    return {
      sheets: [sum, hw, sw],
      expect: [err("tier.oa")],
      truth: { submitted: "533000.00", approved: "533000.00" },
    };
  },
);

// ───────────────────────── w24 ─────────────────────────
// O&M (元) with 2024年预算数 / 2025年申请数 columns (the amount is 2025, §3.17), rates typed as text "6%", and a
// hidden 测算底稿 sheet with a 10% core-switch rate that is not audited.
// 接入层交换机 B 6%; 笔记本 C 8%; 光纤交换机 A 4%; 安全网闸 6% (B, and ≤ 10% as a security device);
// 应用运维 较复杂 10% ≤ 12%; WPS 国产工具类 5%. 2025 total 12,000 + 12,000 + 4,000 + 7,200 + 80,000 + 5,000 = 120,200.
// Compliant. 送审 = 审定 = 120,200.00.
const w24 = entry(
  "w24-om-two-years-text-rates-hidden.xlsx",
  'O&M 元; 2024预算数 vs 2025申请数; rates as "6%" text; hidden 测算底稿',
  () => {
    const s = new SheetB("运维经费");
    title(s, "某区城运中心2025年度运维经费预算表（与上年对比）", "G");
    s.add(["序号", "项目", "原值（元）", "维护费率", "2024年预算数（元）", "2025年申请数（元）", "备注"]);
    const [a, b] = s.addAll([
      [1, "接入层交换机维护", 200000, "6%", 12000, 12000],
      [2, "笔记本维护", 150000, "8%", 10000, 12000, "2024年新增30台"],
      [3, "光纤交换机维护", 100000, "4%", 4000, 4000],
      [4, "安全网闸维护", 120000, "6%", 7200, 7200],
      [5, "城运平台应用软件运维（较复杂）", 800000, "10%", 85000, 80000, "原开发费"],
      [6, "WPS办公软件升级服务（国产工具类）", 100000, "5%", 5000, 5000],
    ]);
    s.add([null, "合计", null, null, sumF("E", a, b), sumF("F", a, b)]);
    const h = new SheetB("测算底稿");
    h.add(["核心交换机", 300000, 0.1, F("=B1*C1")]);
    h.add(["备注：初稿，已按标准调整"]);
    h.hide();
    return { sheets: [s, h], expect: [], truth: { submitted: "120200.00", approved: "120200.00" } };
  },
);

// ───────────────────────── w25 ─────────────────────────
// 元 table with BOTH 工作量（人月）/人月单价 columns (development rows) and 数量/单价 columns (goods rows); the grand total
// sits on a row with no name. 执法办案系统开发 20 × 21,000 → error at the 人月单价 cell (审定 400,000); 集成 18,000 =
// 9% of 200,000 → error (审定 16,000); "三级等保测评及整改" → cost.excluded-dengbao (审定 0).
// 项目建设费 审定 200,000 + 400,000 + 152,000 + 16,000 = 768,000; 监理 30,000 ≤ 76,800; 密评 present;
// 建设金额 940,000 − 80,000 = 860,000 < 100万. 送审 940,000.00; 审定 940,000 − 20,000 − 2,000 − 80,000 = 838,000.00.
const w25 = entry(
  "w25-effort-and-goods-columns-nameless-total.xlsx",
  "工作量/人月单价 columns beside 数量/单价; nameless total; dev over cap, integration 9%, 三级等保",
  () => {
    const s = new SheetB("费用明细");
    title(s, "某区综合执法平台建设项目费用明细（单位：元）", "H");
    s.add(["序号", "名称", "工作量（人月）", "人月单价", "数量", "单价", "金额", "备注"]);
    const first = s.add([1, "应用服务器", null, null, 2, 60000, F("=E{r}*F{r}")]);
    s.add([2, "国产数据库", null, null, 1, 80000, F("=E{r}*F{r}")]);
    const dev = s.add([3, "执法办案系统开发", 20, 21000, null, null, F("=C{r}*D{r}")]);
    s.add([4, "移动执法APP开发", 8, 19000, null, null, F("=C{r}*D{r}")]);
    const integ = s.add([5, "系统集成费", null, null, 1, 18000, F("=E{r}*F{r}"), "按软硬件购置费9%计"]);
    s.add([6, "工程监理费", null, null, 1, 30000, F("=E{r}*F{r}")]);
    const db = s.add([7, "三级等保测评及整改", null, null, 1, 80000, F("=E{r}*F{r}")]);
    const last = s.add([8, "密码测评费", null, null, 1, 40000, F("=E{r}*F{r}")]);
    s.add([null, null, null, null, null, null, sumF("G", first, last)]);
    return {
      sheets: [s],
      expect: [
        err("dev.person-month-price", "费用明细", dev, `D${dev}`),
        err("fees.integration-rate", "费用明细", integ),
        err("cost.excluded-dengbao", "费用明细", db),
      ],
      truth: { submitted: "940000.00", approved: "838000.00" },
    };
  },
);

// ───────────────────────── w26 ─────────────────────────
// 项目申报表 states 坐席数：20 (§3.14) for a new hotline → policy.hotline warning. 购置 150,000 + 60,000 + 100,000 +
// 40,000 + 50,000 = 400,000; 集成 24,000 = 6%; 密评 present; total 449,000 < 100万. 送审 = 审定 = 449,000.00.
const w26 = entry(
  "w26-hotline-seats-in-declaration.xlsx",
  "项目申报表 with 坐席数 (20) + budget sheet; small hotline",
  () => {
    const d = new SheetB("项目申报表");
    d.add(["项目名称", "某区劳动保障咨询服务热线建设项目"]);
    d.add(["建设性质", "新建"]);
    d.add(["坐席数", "20席"]);
    d.add(["申报单位", "某区人力资源和社会保障局"]);
    const s = new SheetB("预算表");
    title(s, "某区劳动保障咨询服务热线建设项目预算表", "F");
    s.add(["序号", "名称", "单位", "数量", "单价（元）", "金额（元）"]);
    const [a, b] = s.addAll([
      [1, "呼叫中心平台软件", "套", 1, 150000, mulF("D", "E")],
      [2, "坐席软件授权", "个", 20, 3000, mulF("D", "E")],
      [3, "坐席电脑", "台", 20, 5000, mulF("D", "E")],
      [4, "语音网关", "台", 1, 40000, mulF("D", "E")],
      [5, "录音服务器", "台", 1, 50000, mulF("D", "E")],
      [6, "系统集成费", "项", 1, 24000, mulF("D", "E")],
      [7, "密码测评费", "项", 1, 25000, mulF("D", "E")],
    ]);
    s.add([null, "合计", null, null, null, sumF("F", a, b)]);
    return {
      sheets: [d, s],
      expect: [warn("policy.hotline")],
      truth: { submitted: "449000.00", approved: "449000.00" },
    };
  },
);

// ───────────────────────── w27 ─────────────────────────
// 网络机房改造 in 万元, the area in a 概况 block above the table ("机房面积：18㎡"), no area in the title.
// Tier ≤ 20㎡ → ≤ 30万: total 14 + 5.4 + 2 + 3 + 0.9 + 2.5 = 27.8. 购置 6.5 + 4 + 1 + 2.5 = 14; 集成 0.9 = 6.43%;
// 密评 present. Compliant. 送审 = 审定 = 278,000.00.
const w27 = entry(
  "w27-server-room-area-in-block.xlsx",
  "机房 改造 万元 with 机房面积 in a key–value block above the table",
  () => {
    const s = new SheetB("机房预算");
    title(s, "某街道网络机房改造项目预算表", "G");
    s.add(["建设地点：街道办公楼3楼", null, null, "机房面积：18㎡"]);
    s.add(["建设性质：升级改造", null, null, "金额单位：万元"]);
    s.add(["序号", "名称", "单位", "数量", "单价", "金额", "备注"]);
    const [a, b] = s.addAll([
      [1, "精密空调", "台", 1, 6.5, mulF("D", "E")],
      [2, "UPS不间断电源", "台", 1, 4, mulF("D", "E")],
      [3, "标准机柜", "个", 2, 0.5, mulF("D", "E")],
      [4, "动力环境监控设备", "套", 1, 2.5, mulF("D", "E")],
      [5, "机房装修", "㎡", 18, 0.3, mulF("D", "E"), "防静电地板、吊顶、墙面"],
      [6, "综合布线", "项", 1, 2, mulF("D", "E")],
      [7, "消防系统", "项", 1, 3, mulF("D", "E"), "气体灭火"],
      [8, "系统集成费", "项", 1, 0.9, mulF("D", "E")],
      [9, "密码测评费", "项", 1, 2.5, mulF("D", "E")],
    ]);
    s.add([null, "合计", null, null, null, sumF("F", a, b)]);
    return { sheets: [s], expect: [], truth: { submitted: "278000.00", approved: "278000.00" } };
  },
);

// ───────────────────────── w28 ─────────────────────────
// Re-keyed form whose table starts at B3 (column A and rows 1–2 empty), "合\u3000\u3000计" with full-width spaces, a name with a
// stray space ("国产 数据库"), 管理费 and 预备费 outside the four fees. 购置 150,000; 集成 9,000 = 6%; dev 12 × 20,000
// (= cap); 项目建设费 399,000; four fees 20,000 + 15,000 + 10,000 = 45,000 > 39,900 → error, spread 17,733.33 /
// 13,300.00 / 8,866.67. Total 484,000. 送审 484,000.00; 审定 484,000 − 45,000 + 39,900 = 478,900.00.
const w28 = entry(
  "w28-offset-table-fullwidth-space-four-fees.xlsx",
  "table at B3; 合　　计 with full-width spaces; 管理费/预备费; four fees over 10%",
  () => {
    const s = new SheetB("预算表", { row: 2, col: 1 });
    s.add(["某区政务服务中台建设项目预算表"]);
    s.merge("B3:H3");
    s.add([null, null, null, null, null, "单位：元"]);
    s.add(["序号", "名称", "单位", "数量", "单价", "金额", "备注"]);
    const q = () => F("=E{r}*F{r}");
    const first = s.add([1, "服务器", "台", 2, 45000, q()]);
    s.add([2, "国产 数据库", "套", 1, 60000, q()]);
    s.add([3, "微服务平台开发", "人月", 12, 20000, q()]);
    s.add([4, "系统集成费", "项", 1, 9000, q()]);
    s.add([5, "咨询费", "项", 1, 20000, q()]);
    s.add([6, "监理费", "项", 1, 15000, q()]);
    s.add([7, "软件测评费", "项", 1, 10000, q()]);
    s.add([8, "密码测评费", "项", 1, 25000, q()]);
    s.add([9, "建设单位管理费", "项", 1, 5000, q()]);
    const last = s.add([10, "基本预备费", "项", 1, 10000, q()]);
    s.add([null, "合\u3000\u3000计", null, null, null, sumF("G", first, last)]);
    return {
      sheets: [s],
      expect: [err("fees.four-fees-cap", "预算表")],
      truth: { submitted: "484000.00", approved: "478900.00" },
    };
  },
);

export const partB: Entry4[] = [w15, w16, w17, w18, w19, w20, w21, w22, w23, w24, w25, w26, w27, w28];
