import { F, hold, plusOf, SheetB, sumOf, title, X, type HoldoutEntry, type In } from "./h";

/**
 * Construction (新建 / 升级改造) workbooks. Arithmetic by hand from domain.md §2–§6 and the Yangpu 2023 standard:
 * 软硬件购置费 = hardware + security + product software; 项目建设费 = 购置费 + development + data + facility + integration;
 * integration 5–8% of 购置费; 安全测评 0.5–2% of 建设费; 咨询+监理+软件测评+安全测评 ≤ 10% of 建设费; 人月 ≤ 2万元;
 * a 密码测评 line is required; 建设金额 ≥ 100万 needs 监理. 审定 follows §6 (line caps, then integration, security
 * test, four fees spread in proportion, each line rounded half-up to 0.01 元).
 */

const q = (qty: string, price: string): In => F(`=${qty}{r}*${price}{r}`);

// c01 — 万元, dev priced in a unit column written "人·月", 预备费 section. Lines: hw 16.5+16+20 = 52.5; sw 10+6 = 16;
// 购置 68.5; dev 30×2.2 = 66 (over: 2.2万 > 2万) + 12×1.8 = 21.6; 集成 4.11 = 6%; 建设费 160.21; four fees 3+2.5+2+1.5 = 9
// ≤ 16.021; 安全 1.5/160.21 = 0.94%; 密评 3; 预备费 3. Total 52.5+16+87.6+16.11+3 = 175.21万 = 1,752,100.
// 审定: 开发 66 → 30×2 = 60 (−6); 建设费 154.21, security 0.97%, four fees 9 ≤ 15.421 unchanged → 169.21万 = 1,692,100.
const c01 = hold(
  "c01-zhifa-renyue-dot-wan.xlsx",
  "新建 万元 概算, 人·月 in the 单位 column, 一…五 sections with sums on the section row, 预备费",
  () => {
    const s = new SheetB("概算表");
    title(s, "某区城市管理综合执法平台建设项目概算表", "G");
    s.add([null, null, null, null, null, "单位：万元"]);
    s.add(["序号", "工程或费用名称", "单位", "数量", "单价（万元）", "合价（万元）", "备注"]);
    const r1 = s.add(["一", "硬件设备购置费", null, null, null, F(`=SUM(F${s.next + 1}:F${s.next + 3})`)]);
    s.add([1, "应用服务器", "台", 3, 5.5, q("D", "E"), "国产化服务器"]);
    s.add([2, "数据库服务器", "台", 2, 8, q("D", "E")]);
    s.add([3, "磁盘阵列", "台", 1, 20, q("D", "E"), "容量100TB"]);
    const r2 = s.add(["二", "软件购置费", null, null, null, F(`=SUM(F${s.next + 1}:F${s.next + 2})`)]);
    s.add([1, "国产数据库", "套", 2, 5, q("D", "E")]);
    s.add([2, "中间件", "套", 3, 2, q("D", "E")]);
    const r3 = s.add(["三", "应用软件开发费", null, null, null, F(`=SUM(F${s.next + 1}:F${s.next + 2})`)]);
    const dev = s.add([1, "执法办案子系统开发", "人·月", 30, 2.2, q("D", "E"), "案件登记、审批、文书"]);
    s.add([2, "移动执法APP开发", "人·月", 12, 1.8, q("D", "E")]);
    const r4 = s.add(["四", "工程建设其他费用", null, null, null, F(`=SUM(F${s.next + 1}:F${s.next + 6})`)]);
    s.add([1, "系统集成费", "项", 1, null, F(`=(F${r1}+F${r2})*0.06`), "软硬件购置费×6%"]);
    s.add([2, "工程监理费", "项", 1, 3, q("D", "E")]);
    s.add([3, "咨询设计费", "项", 1, 2.5, q("D", "E")]);
    s.add([4, "软件测评费", "项", 1, 2, q("D", "E")]);
    s.add([5, "安全测评费", "项", 1, 1.5, q("D", "E")]);
    s.add([6, "密码测评费", "项", 1, 3, q("D", "E")]);
    const r5 = s.add(["五", "基本预备费", "项", 1, 3, q("D", "E")]);
    s.add(["", "总计", null, null, null, plusOf("F", [r1, r2, r3, r4, r5])]);
    return { sheets: [s], expect: [X("dev.person-month-price", "error", "概算表", dev, `E${dev}`)] };
  },
  "1752100.00",
  "1692100.00",
);

// c02 — 元, 升级改造, development priced per 人天 (220×800 = 176,000 and 66×850 = 56,100: 17,600–18,700 元 per 人月 at
// 20.8–22 days, under 2万 whatever the conversion), old servers 利旧 at 0. 购置 45,000+6,000 = 51,000; 集成 3,060 = 6%;
// 建设费 51,000+232,100+3,060 = 286,160; 安全 3,000 = 1.05%; four fees 11,000 ≤ 28,616; 密评 20,000; < 100万.
// Total 0+45,000+6,000+176,000+56,100+3,060+8,000+3,000+20,000 = 317,160. Compliant.
const c02 = hold(
  "c02-shequ-rentian-liujiu-yuan.xlsx",
  "升级改造 元, development in 人天 (unit column), 利旧 hardware at 0",
  () => {
    const s = new SheetB("预算表");
    title(s, "某街道社区事务受理系统升级改造项目预算表", "G");
    s.add([null, null, null, null, null, "金额单位：元"]);
    const h = s.add(["序号", "建设内容", "单位", "数量", "单价(元)", "金额(元)", "说明"]);
    s.add([1, "原有应用服务器", "台", 2, 0, q("D", "E"), "利旧"]);
    s.add([2, "PC服务器", "台", 1, 45000, q("D", "E"), "新增"]);
    s.add([3, "国产操作系统", "套", 2, 3000, q("D", "E")]);
    s.add([4, "受理系统功能升级开发", "人天", 220, 800, q("D", "E"), "按人天计"]);
    s.add([5, "接口改造开发", "人天", 66, 850, q("D", "E")]);
    s.add([6, "系统集成费", "项", 1, 3060, q("D", "E"), "设备及软件购置费的6%"]);
    s.add([7, "软件测评费", "项", 1, 8000, q("D", "E")]);
    s.add([8, "安全测评费", "项", 1, 3000, q("D", "E")]);
    const last = s.add([9, "密码应用安全性评估", "项", 1, 20000, q("D", "E")]);
    s.add(["合计", null, null, null, null, sumOf("F", h + 1, last)]);
    return { sheets: [s], expect: [] };
  },
  "317160.00",
  "317160.00",
);

// c03 — 万元, total row first ("项目总投资"), then "其中：" section rows with their sums, then lines.
// 购置 18+25+12+6 = 61; dev 50 (25 人月 × 2, at the cap); 数据治理 15; 集成 5.49 = 9% of 61 (> 8% → error);
// 建设费 61+65+5.49 = 131.49; four fees 4+3+3+1 = 11 ≤ 13.149; 安全 1/131.49 = 0.76%; 监理 ✓ 密评 ✓.
// Total 61+65+(5.49+4+3+3+1+3.5 = 19.99) = 145.99万 = 1,459,900. 审定: 集成 → 61×8% = 4.88 (−0.61); 建设费 130.88 →
// four fees 11 ≤ 13.088, 安全 0.76% unchanged → 145.38万 = 1,453,800.
const c03 = hold(
  "c03-jiaohuan-total-first-wan.xlsx",
  "新建 万元, total row first then 其中 section rows, integration 9%",
  () => {
    const s = new SheetB("估算表");
    title(s, "某局数据共享交换平台建设项目投资估算表", "G");
    s.add([null, null, null, null, null, "单位：万元"]);
    s.add(["序号", "费用名称", "单位", "数量", "单价", "金额", "备注"]);
    const tot = s.add(["", "项目总投资", null, null, null, null]);
    const a = s.add(["一", "其中：软硬件购置费", null, null, null, F(`=SUM(F${s.next + 1}:F${s.next + 4})`)]);
    s.add([1, "PC服务器", "台", 4, 4.5, q("D", "E")]);
    s.add([2, "分布式存储", "套", 1, 25, q("D", "E")]);
    s.add([3, "国产数据库", "套", 2, 6, q("D", "E")]);
    s.add([4, "交换机", "台", 2, 3, q("D", "E")]);
    const b = s.add(["二", "其中：应用开发及数据服务", null, null, null, F(`=SUM(F${s.next + 1}:F${s.next + 2})`)]);
    s.add([5, "数据交换平台开发", "人月", 25, 2, q("D", "E")]);
    s.add([6, "数据治理服务", "项", 1, 15, q("D", "E")]);
    const c = s.add(["三", "其中：其他费用", null, null, null, F(`=SUM(F${s.next + 1}:F${s.next + 6})`)]);
    const int = s.add([7, "系统集成费", "项", 1, 5.49, q("D", "E"), "按软硬件购置费9%计"]);
    s.add([8, "监理费", "项", 1, 4, q("D", "E")]);
    s.add([9, "咨询费", "项", 1, 3, q("D", "E")]);
    s.add([10, "软件测评费", "项", 1, 3, q("D", "E")]);
    s.add([11, "安全测评费", "项", 1, 1, q("D", "E")]);
    s.add([12, "密码测评费", "项", 1, 3.5, q("D", "E")]);
    s.rows[tot - 1][5] = plusOf("F", [a, b, c]);
    return { sheets: [s], expect: [X("fees.integration-rate", "error", "估算表", int)] };
  },
  "1459900.00",
  "1453800.00",
);

// c04 — 元, vendor template with English headers (No. / Item / Description / Qty / Unit / Unit Price / Amount / Remarks).
// 购置 156,000+85,000+60,000 (防火墙, security = hardware) +7,500 = 308,500; 集成 21,595 = 7%; dev 8×19,500 = 156,000;
// 建设费 486,095; 安全测评 12,000 = 2.47% > 2% → error, 审定 486,095×2% = 9,721.90; four fees 15,000+9,721.90 ≤ 48,609.50;
// 密评 ✓; < 100万. Total 538,095; 审定 538,095 − 2,278.10 = 535,816.90.
const c04 = hold(
  "c04-yingji-english-vendor-yuan.xlsx",
  "vendor quotation with English headers, 合计 Total row, security test 2.47%",
  () => {
    const s = new SheetB("Quotation");
    title(s, "某区应急管理综合平台扩容建设项目报价单 Quotation", "H");
    s.add(["Currency: CNY（元）"]);
    const h = s.add(["No.", "Item", "Description", "Qty", "Unit", "Unit Price", "Amount", "Remarks"]);
    s.add([1, "PC服务器", "2路/256G/4×1.92T SSD", 3, "台", 52000, q("D", "F")]);
    s.add([2, "核心交换机", "48口万兆", 1, "台", 85000, q("D", "F")]);
    s.add([3, "下一代防火墙", "万兆吞吐", 1, "台", 60000, q("D", "F")]);
    s.add([4, "国产操作系统", "服务器版", 3, "套", 2500, q("D", "F")]);
    s.add([5, "应急资源管理模块开发", "资源台账、调度", 8, "人月", 19500, q("D", "F")]);
    s.add([6, "系统集成及部署实施", "", 1, "项", 21595, q("D", "F"), "7% of hardware & software"]);
    s.add([7, "软件测评", "第三方", 1, "项", 15000, q("D", "F")]);
    const sec = s.add([8, "安全测评", "第三方", 1, "项", 12000, q("D", "F")]);
    const last = s.add([9, "密码应用安全性评估", "", 1, "项", 25000, q("D", "F")]);
    s.add(["合计 Total", null, null, null, null, null, sumOf("G", h + 1, last)]);
    s.add(["报价单位：某某信息技术有限公司（盖章）    Date: 2025-03-18"]);
    return { sheets: [s], expect: [X("fees.security-test-rate", "error", "Quotation", sec)] };
  },
  "538095.00",
  "535816.90",
);

// c05 — 单价 in 万元, 金额 in 元 (=数量×单价×10000). 76,000+30,000 = 购置 106,000; 集成 5,300 = 5%; dev 15×1.9万 = 285,000;
// 建设费 396,300; 安全 6,000 = 1.51%; four fees 18,000 ≤ 39,630; 密评 20,000. Total 434,300. Compliant.
const c05 = hold(
  "c05-dangan-price-wan-amount-yuan.xlsx",
  "单价（万元） with 金额（元）, all lines full",
  () => {
    const s = new SheetB("预算");
    title(s, "某局档案管理系统建设项目预算表", "G");
    const h = s.add(["序号", "名称", "单位", "数量", "单价（万元）", "金额（元）", "备注"]);
    const w = (): In => F("=D{r}*E{r}*10000");
    s.add([1, "应用服务器", "台", 2, 3.8, w()]);
    s.add([2, "国产中间件", "套", 2, 1.5, w()]);
    s.add([3, "档案管理系统定制开发", "人月", 15, 1.9, w()]);
    s.add([4, "系统集成费", "项", 1, 0.53, w(), "购置费5%"]);
    s.add([5, "软件测评费", "项", 1, 1.2, w()]);
    s.add([6, "安全测评费", "项", 1, 0.6, w()]);
    const last = s.add([7, "密码测评费", "项", 1, 2, w()]);
    s.add(["合计", null, null, null, null, sumOf("F", h + 1, last)]);
    return { sheets: [s], expect: [] };
  },
  "434300.00",
  "434300.00",
);

// c06 — 元, 合计 merged across 序号 and 名称, fee and development lines with 金额 only (数量/单价 empty), 12人月 in 备注.
// 购置 120,000+136,000+90,000 = 346,000; 集成 27,680 = 8% (at the cap); dev 240,000 (12人月 → 2万, at the cap);
// 数据治理 80,000; 建设费 693,680; 安全 6,000 = 0.86%; four fees 20,000+15,000+6,000+40,000 = 81,000 > 69,368 → error.
// Total 804,680. 审定: four fees → 69,368 spread by 81,000: 监理 17,127.90, 软测 12,845.93, 安全 5,138.37, 咨询 34,255.80
// (sum 69,368.00) → 804,680 − 81,000 + 69,368 = 793,048.00.
const c06 = hold(
  "c06-wulian-merged-total-mixed-rows-yuan.xlsx",
  "合计 merged A:B, rows with 金额 only mixed with full rows, four fees over",
  () => {
    const s = new SheetB("预算明细");
    title(s, "某区城运中心物联感知平台建设项目预算表", "H");
    s.add([null, null, null, null, null, null, "单位：元"]);
    const h = s.add(["序号", "名称", "规格", "单位", "数量", "单价", "金额", "备注"]);
    s.add([1, "边缘计算网关", "4口千兆", "台", 10, 12000, q("E", "F")]);
    s.add([2, "视频分析服务器", "GPU 2×A30", "台", 2, 68000, q("E", "F")]);
    s.add([3, "感知设备接入模块开发", null, null, null, null, 240000, "12人月"]);
    s.add([4, "数据治理服务", null, null, null, null, 80000]);
    s.add([5, "可视化大屏", "55寸拼接屏", "台", 1, 90000, q("E", "F")]);
    s.add([6, "系统集成费", null, null, null, null, 27680, "软硬件购置费×8%"]);
    s.add([7, "工程监理费", null, null, null, null, 20000]);
    s.add([8, "第三方软件测评", null, null, null, null, 15000]);
    s.add([9, "安全测评", null, null, null, null, 6000]);
    s.add([10, "咨询费", null, null, null, null, 40000]);
    const last = s.add([11, "密码测评", null, null, null, null, 30000]);
    const t = s.add(["合计", null, null, null, null, null, sumOf("G", h + 1, last)]);
    s.merge(`A${t}:B${t}`);
    return { sheets: [s], expect: [X("fees.four-fees-cap", "error", "预算明细")] };
  },
  "804680.00",
  "793048.00",
);

// c07 — 万元, 汇总表 + two detail sheets; the summary's 购置 line is a formula into 明细表-设备, its 开发 line is typed
// (49.2, equal to 明细表-开发's total). 购置 10+8+4+6 (安全网关) = 28; dev 20+16+13.2 (6 人月 × 2.2 → error) = 49.2;
// 集成 1.96 = 7%; 建设费 79.16; four fees 2.1; 安全 0.6 = 0.76%; 密评 2.5; 项目管理费 1. Total 84.76万 = 847,600.
// 审定: 积分考核 13.2 → 12 (−1.2); 建设费 77.96, 安全 0.77% → 83.56万 = 835,600.
const c07 = hold(
  "c07-dangjian-two-details-wan.xlsx",
  "汇总表 + 明细表-设备 (referenced) + 明细表-开发 (typed amount), 人月 2.2万 in the detail",
  () => {
    const d1 = new SheetB("明细表-设备");
    title(d1, "软硬件设备明细表（单位：万元）", "G");
    const h1 = d1.add(["序号", "名称", "规格型号", "单位", "数量", "单价（万元）", "金额（万元）"]);
    d1.add([1, "PC服务器", "2路", "台", 2, 5, q("E", "F")]);
    d1.add([2, "国产数据库", "企业版", "套", 1, 8, q("E", "F")]);
    d1.add([3, "交换机", "24口千兆", "台", 2, 2, q("E", "F")]);
    const l1 = d1.add([4, "安全网关", "", "台", 1, 6, q("E", "F")]);
    const t1 = d1.add(["小计", null, null, null, null, null, sumOf("G", h1 + 1, l1)]);
    const d2 = new SheetB("明细表-开发");
    title(d2, "应用软件开发明细表（单位：万元）", "F");
    const h2 = d2.add(["序号", "功能模块", "功能描述", "工作量（人月）", "人月单价（万元）", "金额（万元）"]);
    d2.add([1, "党员管理模块", "党员信息、组织关系转接", 10, 2, q("D", "E")]);
    d2.add([2, "组织生活模块", "三会一课、主题党日", 8, 2, q("D", "E")]);
    const dev = d2.add([3, "积分考核模块", "积分规则、考核排名", 6, 2.2, q("D", "E")]);
    d2.add(["合计", null, null, null, null, sumOf("F", h2 + 1, dev)]);
    const s = new SheetB("汇总表");
    title(s, "某局智慧党建平台建设项目投资汇总表", "E");
    s.add([null, null, "单位：万元"]);
    const h = s.add(["序号", "费用名称", "金额（万元）", "计算说明", "备注"]);
    s.add([1, "软硬件购置费", F(`='明细表-设备'!G${t1}`), "见明细表-设备"]);
    s.add([2, "应用软件开发费", 49.2, "见明细表-开发"]);
    s.add([3, "系统集成费", 1.96, "软硬件购置费×7%"]);
    s.add([4, "软件测评费", 1.5]);
    s.add([5, "安全测评费", 0.6]);
    s.add([6, "密码测评费", 2.5]);
    const last = s.add([7, "项目管理费", 1]);
    s.add(["合计", null, sumOf("C", h + 1, last)]);
    return { sheets: [s, d1, d2], expect: [X("dev.person-month-price", "error", "明细表-开发", dev, `E${dev}`)] };
  },
  "847600.00",
  "835600.00",
);

// c08 — 元, money typed as text with 元 / 万元 suffixes ("3,500元", "10.8万元", "298,240元"). 购置 70,000+84,000 = 154,000;
// 集成 9,240 = 6%; dev 6 人月 × 1.8万 = 108,000; 建设费 271,240; four fees 12,000 ≤ 27,124; no 安全测评 (no range rule);
// 密评 15,000. Total 298,240. Compliant.
const c08 = hold(
  "c08-zhifa-text-amounts-yuan.xlsx",
  "amounts typed as text with 元 and 万元 suffixes, 执法记录仪 by 台",
  () => {
    const s = new SheetB("Sheet1");
    title(s, "某所移动执法终端配置及执法系统建设项目预算表", "H");
    s.add([null, null, null, null, null, null, "单位：元"]);
    s.add(["序号", "名称", "规格", "单位", "数量", "单价", "金额", "备注"]);
    s.add([1, "执法记录仪", "4G 高清", "台", 20, "3,500元", "70,000元"]);
    s.add([2, "平板电脑", "10.1寸三防", "台", 20, 4200, q("E", "F")]);
    s.add([3, "移动执法系统开发", "", "人月", 6, "1.8万元", "10.8万元"]);
    s.add([4, "系统集成费", "", "项", 1, null, "9,240元", "按设备购置费6%"]);
    s.add([5, "软件测评费", "", "项", 1, null, "1.2万元"]);
    s.add([6, "密码测评费", "", "项", 1, null, "1.5万元"]);
    s.add(["合计", null, null, null, null, null, "298,240元"]);
    return { sheets: [s], expect: [] };
  },
  "298240.00",
  "298240.00",
);

// c09 — 万元 budget whose 人月单价 column is in 元 (金额 = 人月 × 单价 ÷ 10000). dev 19 + 20 (8 × 25,000 元 → error) + 10.8;
// 中间件 4 (金额 only); 集成 0.3 = 7.5% of 4; 建设费 54.1; 安全 0.5 = 0.92%; four fees 2.5; 密评 2; 预备费 1.
// Total 59.6万 = 596,000. 审定: 电子证照 20 → 8×2 = 16 (−4); 建设费 50.1, 安全 1.0% → 55.6万 = 556,000.
const c09 = hold(
  "c09-shenpi-wan-pmprice-yuan.xlsx",
  "万元 budget with 人月单价（元） column, upgrade, 金额-only product/fee rows",
  () => {
    const s = new SheetB("升级改造预算");
    title(s, "某委行政审批系统升级改造项目预算表", "F");
    s.add(["金额单位：万元"]);
    const h = s.add(["序号", "建设内容", "工作量（人月）", "人月单价（元）", "金额（万元）", "备注"]);
    const w = (): In => F("=C{r}*D{r}/10000");
    s.add([1, "审批流程改造", 10, 19000, w()]);
    const dev = s.add([2, "电子证照对接开发", 8, 25000, w()]);
    s.add([3, "统计分析模块开发", 6, 18000, w()]);
    s.add([4, "国产中间件", null, null, 4, "2套"]);
    s.add([5, "系统集成费", null, null, 0.3, "中间件购置费×7.5%"]);
    s.add([6, "软件测评费", null, null, 2]);
    s.add([7, "安全测评费", null, null, 0.5]);
    s.add([8, "密码测评费", null, null, 2]);
    const last = s.add([9, "预备费", null, null, 1]);
    s.add(["合计", null, null, null, sumOf("E", h + 1, last)]);
    return { sheets: [s], expect: [X("dev.person-month-price", "error", "升级改造预算", dev, `D${dev}`)] };
  },
  "596000.00",
  "556000.00",
);

// c17 — 元, table starting at B3; 门户网站 (no tier declared → large: ≤3 servers, ≤25 人月, ≤140万). 3 servers; 人月 16+12 = 28
// > 25 → tier.website (unadjusted). 购置 300,000; 集成 15,000 = 5%; dev 288,000 + 228,000; 建设费 831,000; 安全 10,000 = 1.2%;
// four fees 55,000 ≤ 83,100; 密评 ✓. Total 916,000 (< 100万, < 140万).
const c17 = hold(
  "c17-portal-b3-renyue-over-tier-yuan.xlsx",
  "门户网站 upgrade, table at B3, 28 人月 over the large tier",
  () => {
    const s = new SheetB("预算表", { row: 2, col: 1 });
    const t = s.add(["某区政府门户网站群升级改造项目预算表"]);
    s.merge(`B${t}:H${t}`);
    s.add([null, null, null, null, null, "单位：元"]);
    const h = s.add(["序号", "名称", "单位", "数量", "单价", "金额", "备注"]);
    s.add([1, "Web服务器", "台", 2, 50000, q("E", "F")]);
    s.add([2, "数据库服务器", "台", 1, 80000, q("E", "F")]);
    s.add([3, "网站群内容管理软件", "套", 1, 120000, q("E", "F")]);
    s.add([4, "栏目改版及功能开发", "人月", 16, 18000, q("E", "F")]);
    s.add([5, "智能问答模块开发", "人月", 12, 19000, q("E", "F")]);
    s.add([6, "系统集成费", "项", 1, 15000, q("E", "F")]);
    s.add([7, "工程监理费", "项", 1, 25000, q("E", "F")]);
    s.add([8, "软件测评费", "项", 1, 20000, q("E", "F")]);
    s.add([9, "安全测评费", "项", 1, 10000, q("E", "F")]);
    const last = s.add([10, "密码测评费", "项", 1, 30000, q("E", "F")]);
    s.add(["合计", null, null, null, null, sumOf("G", h + 1, last)]);
    return { sheets: [s], expect: [X("tier.website", "error")] };
  },
  "916000.00",
  "916000.00",
);

// c18 — 万元, OA 中型 declared in the title (≤2 servers, ≤15 人月, ≤75万), 1 / 1.1 numbering with the amount on the "1" row
// (no 小计 word), 建设单位管理费 + 基本预备费. 购置 10+0.8+6+4 = 20.8; 集成 1.248 = 6%; dev 15 × 2 = 30 (at the cap);
// 建设费 52.048; 安全 0.5 = 0.96%; four fees 1.5+1.2+0.5 = 3.2 ≤ 5.2048; 密评 2.5. Total 60.048万 = 600,480. Compliant.
const c18 = hold(
  "c18-oa-medium-numbered-wan.xlsx",
  "OA 中型, 1/1.1 numbering with unlabeled section sums, 管理费 + 预备费",
  () => {
    const s = new SheetB("概算");
    title(s, "某局协同办公（OA）系统建设项目概算表（中型）", "G");
    s.add([null, null, null, null, null, "单位：万元"]);
    s.add(["序号", "费用名称", "单位", "数量", "单价", "金额", "备注"]);
    const a = s.add(["1", "设备及软件购置费", null, null, null, F(`=SUM(F${s.next + 1}:F${s.next + 4})`)]);
    s.add(["1.1", "PC服务器", "台", 2, 5, q("D", "E")]);
    s.add(["1.2", "国产操作系统", "套", 2, 0.4, q("D", "E")]);
    s.add(["1.3", "国产数据库", "套", 1, 6, q("D", "E")]);
    s.add(["1.4", "中间件", "套", 2, 2, q("D", "E")]);
    const b = s.add(["2", "应用软件开发费", null, null, null, F(`=F${s.next + 1}`)]);
    s.add(["2.1", "OA系统定制开发", "人月", 15, 2, q("D", "E"), "公文流转、流程审批、会议管理"]);
    const c = s.add(["3", "其他费用", null, null, null, F(`=SUM(F${s.next + 1}:F${s.next + 7})`)]);
    s.add(["3.1", "系统集成费", null, null, null, 1.248, "购置费×6%"]);
    s.add(["3.2", "咨询设计费", null, null, null, 1.5]);
    s.add(["3.3", "软件测评费", null, null, null, 1.2]);
    s.add(["3.4", "安全测评费", null, null, null, 0.5]);
    s.add(["3.5", "密码测评费", null, null, null, 2.5]);
    s.add(["3.6", "建设单位管理费", null, null, null, 0.8]);
    s.add(["3.7", "基本预备费", null, null, null, 1.5]);
    s.add(["", "总投资", null, null, null, plusOf("F", [a, b, c])]);
    return { sheets: [s], expect: [] };
  },
  "600480.00",
  "600480.00",
);

// c19 — 元, 视频会议 upgrade, 8 terminals (small tier: ≤10 终端, 1 MCU, ≤50万), old display and cameras 利旧 (0; one with
// "利旧" typed in the 单价 cell). 购置 120,000+144,000+26,000 = 290,000; 集成 14,500 = 5%; 密评 15,000. Total 319,500.
// Compliant.
const c19 = hold(
  "c19-video-small-liujiu-yuan.xlsx",
  "视频会议 small, 利旧 rows (0 and the word 利旧 in 单价)",
  () => {
    const s = new SheetB("报价");
    title(s, "某街道视频会议系统升级改造项目预算表（8个会场）", "G");
    const h = s.add(["序号", "设备名称", "单位", "数量", "单价（元）", "金额（元）", "备注"]);
    s.add([1, "多点控制器（MCU）", "台", 1, 120000, q("D", "E")]);
    s.add([2, "高清视频会议终端", "台", 8, 18000, q("D", "E")]);
    s.add([3, "会议室显示屏", "块", 4, 0, q("D", "E"), "利旧"]);
    s.add([4, "高清摄像机", "台", 4, "利旧", 0, "原有设备利旧"]);
    s.add([5, "数字音频处理器", "台", 1, 26000, q("D", "E")]);
    s.add([6, "系统集成及安装调试", "项", 1, 14500, q("D", "E")]);
    const last = s.add([7, "密码应用安全性评估", "项", 1, 15000, q("D", "E")]);
    s.add(["合计", null, null, null, null, sumOf("F", h + 1, last)]);
    return { sheets: [s], expect: [] };
  },
  "319500.00",
  "319500.00",
);

// c20 — 万元, 机房 upgrade with a 项目概况 sheet stating 机房面积 45㎡ (tier 20–100㎡: ≤100万). 设备 30+20+6.4+12 = 68.4;
// 配套 13.5+12+5+8 = 38.5; 集成 4.104 (6% of 68.4; 5.37% if 气体灭火 counts as equipment); 密评 1.5. Total 112.504万
// = 1,125,040 > 100万 → tier.server-room; 建设金额 ≥ 100万 without 监理 → process.supervision-required. Nothing allocated.
const c20 = hold(
  "c20-jifang-45sqm-profile-wan.xlsx",
  "机房 upgrade, 项目概况 key–value sheet with the area, 合计 merged A:B, tier and 监理",
  () => {
    const p = new SheetB("项目概况");
    p.add(["项目概况"]);
    p.add(["项目名称：", "某局网络机房改造项目"]);
    p.add(["建设性质：", "升级改造"]);
    p.add(["系统类型：", "机房"]);
    p.add(["机房面积：", "45㎡"]);
    p.add(["建设周期：", "6个月"]);
    const s = new SheetB("预算表");
    title(s, "某局网络机房改造项目预算表", "G");
    s.add([null, null, null, null, null, "单位：万元"]);
    s.add(["序号", "名称", "单位", "数量", "单价", "金额", "备注"]);
    const a = s.add(["一", "设备购置", null, null, null, F(`=SUM(F${s.next + 1}:F${s.next + 4})`)]);
    s.add([1, "精密空调", "台", 2, 15, q("D", "E")]);
    s.add([2, "UPS不间断电源", "台", 2, 10, q("D", "E")]);
    s.add([3, "标准机柜", "个", 8, 0.8, q("D", "E")]);
    s.add([4, "动环监控系统", "套", 1, 12, q("D", "E")]);
    const b = s.add(["二", "配套工程", null, null, null, F(`=SUM(F${s.next + 1}:F${s.next + 4})`)]);
    s.add([5, "机房装修", "㎡", 45, 0.3, q("D", "E"), "防静电地板、吊顶、墙面"]);
    s.add([6, "综合布线", "项", 1, 12, q("D", "E")]);
    s.add([7, "防雷接地", "项", 1, 5, q("D", "E")]);
    s.add([8, "气体灭火系统", "套", 1, 8, q("D", "E")]);
    const c = s.add(["三", "其他费用", null, null, null, F(`=SUM(F${s.next + 1}:F${s.next + 2})`)]);
    s.add([9, "系统集成费", "项", null, null, F(`=F${a}*0.06`), "设备购置费×6%"]);
    s.add([10, "密码测评费", "项", 1, 1.5, q("D", "E")]);
    const t = s.add(["合计", null, null, null, null, plusOf("F", [a, b, c])]);
    s.merge(`A${t}:B${t}`);
    return { sheets: [p, s], expect: [X("tier.server-room", "error"), X("process.supervision-required", "error")] };
  },
  "1125040.00",
  "1125040.00",
);

// c21 — 元, two-row header (金额 over 单价 / 合价), 三级等保测评及整改 inside the cost (→ error, 0), 安全测评 below 0.5%.
// 购置 180,000+220,000+120,000 = 520,000; 集成 31,200 = 6%; dev 40 × 20,000 = 800,000 (at the cap); 建设费 1,351,200;
// 安全 5,000 = 0.37% < 0.5% → warning; four fees 40,000+30,000+30,000+5,000 = 105,000 ≤ 135,120; 监理 ✓ 密评 ✓.
// Total 1,586,200; 审定 − 80,000 (等保) = 1,506,200.
const c21 = hold(
  "c21-jiankang-dengbao-two-row-header-yuan.xlsx",
  "two-row header, 三级等保 in the construction cost, security test 0.37%",
  () => {
    const s = new SheetB("预算表");
    title(s, "某区卫健委健康档案管理系统建设项目预算表", "G");
    const h = s.add(["序号", "名称", "单位", "数量", "金额（元）", null, "备注"]);
    s.add([null, null, null, null, "单价", "合价", null]);
    s.merge(`E${h}:F${h}`)
      .merge(`A${h}:A${h + 1}`)
      .merge(`B${h}:B${h + 1}`)
      .merge(`C${h}:C${h + 1}`)
      .merge(`D${h}:D${h + 1}`)
      .merge(`G${h}:G${h + 1}`);
    s.add([1, "PC服务器", "台", 4, 45000, q("D", "E")]);
    s.add([2, "磁盘阵列", "台", 1, 220000, q("D", "E")]);
    s.add([3, "国产数据库", "套", 2, 60000, q("D", "E")]);
    s.add([4, "健康档案系统开发", "人月", 40, 20000, q("D", "E")]);
    s.add([5, "系统集成费", "项", 1, 31200, q("D", "E")]);
    s.add([6, "工程监理费", "项", 1, 40000, q("D", "E")]);
    s.add([7, "咨询费", "项", 1, 30000, q("D", "E")]);
    s.add([8, "软件测评费", "项", 1, 30000, q("D", "E")]);
    const sec = s.add([9, "安全测评费", "项", 1, 5000, q("D", "E")]);
    const db = s.add([10, "三级等保测评及整改", "项", 1, 80000, q("D", "E")]);
    const last = s.add([11, "密码应用安全性评估", "项", 1, 50000, q("D", "E")]);
    s.add(["合计", null, null, null, null, sumOf("F", h + 2, last)]);
    return {
      sheets: [s],
      expect: [
        X("cost.excluded-dengbao", "error", "预算表", db),
        X("fees.security-test-rate", "warning", "预算表", sec),
      ],
    };
  },
  "1586200.00",
  "1506200.00",
);

// c25 — 元, the 开发 line points (formula) to a second table under the first, priced in 工日 × 日单价 (850 元/工日 ≈ 18,700
// 元/人月 at 22 days: under 2万). No 密码测评 → warning. 购置 110,000; 集成 6,600 = 6%; dev 93,500+130,900+56,100 = 280,500;
// 建设费 397,100; 安全 4,000 = 1.01%; four fees 25,000+20,000+15,000+4,000 = 64,000 > 39,710 → error.
// Total 461,100. 审定: 39,710 spread by 64,000: 咨询 15,511.72, 监理 12,409.38, 软测 9,307.03, 安全 2,481.88 (rounding
// half-up each: sum 39,710.01) → 461,100 − 64,000 + 39,710.01 = 436,810.01.
const c25 = hold(
  "c25-xinfang-gongri-subtable-yuan.xlsx",
  "开发 line = second table on the sheet in 工日 × 日单价, four fees over, no 密评",
  () => {
    const s = new SheetB("预算表");
    title(s, "某局信访事项办理系统建设项目预算表", "G");
    s.add([null, null, null, null, null, "单位：元"]);
    const h = s.add(["序号", "费用名称", "单位", "数量", "单价", "金额", "备注"]);
    s.add([1, "应用服务器", "台", 2, 40000, q("D", "E")]);
    s.add([2, "国产中间件", "套", 2, 15000, q("D", "E")]);
    const devRow = s.add([3, "应用软件开发费", null, null, null, null, "见下表《软件开发工作量测算》"]);
    s.add([4, "系统集成费", "项", 1, 6600, q("D", "E"), "设备及软件购置费×6%"]);
    s.add([5, "咨询费", "项", 1, 25000, q("D", "E")]);
    s.add([6, "监理费", "项", 1, 20000, q("D", "E")]);
    s.add([7, "软件测评费", "项", 1, 15000, q("D", "E")]);
    const last = s.add([8, "安全测评费", "项", 1, 4000, q("D", "E")]);
    s.add(["合计", null, null, null, null, sumOf("F", h + 1, last)]);
    s.blank();
    title(s, "软件开发工作量测算", "F");
    const h2 = s.add(["序号", "功能模块", "功能说明", "工日", "日单价（元）", "金额（元）"]);
    s.add([1, "信访登记模块", "登记、受理、分类", 110, 850, q("D", "E")]);
    s.add([2, "办理流转模块", "交办、转办、督办", 154, 850, q("D", "E")]);
    const l2 = s.add([3, "统计分析模块", "报表、分析", 66, 850, q("D", "E")]);
    const sub = s.add(["小计", null, null, F(`=SUM(D${h2 + 1}:D${l2})`), null, sumOf("F", h2 + 1, l2)]);
    s.rows[devRow - 1][5] = F(`=F${sub}`);
    return {
      sheets: [s],
      expect: [X("fees.four-fees-cap", "error", "预算表"), X("fees.crypto-test-missing", "warning")],
    };
  },
  "461100.00",
  "436810.01",
);

// c26 — 万元, separate 数量 and 人·月 columns sharing one 单价 column. 购置 10+8 = 18; dev 18 × 2.3 = 41.4 (→ error) + 6×2 = 12;
// 集成 1.6 = 8.89% of 18 (→ error); 建设费 73; 安全 0.8; four fees 3+2+0.8 = 5.8; 密评 2.5; 管理费 1; 预备费 2.
// Total 84.3万 = 843,000. 审定: 开发 41.4 → 36; 集成 1.6 → 1.44; 建设费 67.44, 安全 1.19%, four fees 5.8 ≤ 6.744 →
// 84.3 − 5.4 − 0.16 = 78.74万 = 787,400.
const c26 = hold(
  "c26-budongchan-renyue-column-wan.xlsx",
  "万元 upgrade with 数量 and 人·月 columns, 人月 2.3万, integration 8.9%",
  () => {
    const s = new SheetB("投资估算");
    title(s, "某局不动产登记系统升级改造项目投资估算表", "H");
    s.add([null, null, null, null, null, null, "单位：万元"]);
    const h = s.add(["序号", "费用名称", "单位", "数量", "人·月", "单价（万元）", "金额（万元）", "备注"]);
    s.add([1, "PC服务器", "台", 2, null, 5, q("D", "F")]);
    s.add([2, "国产数据库", "套", 1, null, 8, q("D", "F")]);
    const dev = s.add([3, "登记业务流程改造", null, null, 18, 2.3, q("E", "F")]);
    s.add([4, "电子证照对接", null, null, 6, 2, q("E", "F")]);
    const int = s.add([5, "系统集成费", "项", 1, null, 1.6, q("D", "F")]);
    s.add([6, "工程监理费", "项", 1, null, 3, q("D", "F")]);
    s.add([7, "软件测评费", "项", 1, null, 2, q("D", "F")]);
    s.add([8, "安全测评费", "项", 1, null, 0.8, q("D", "F")]);
    s.add([9, "密码测评费", "项", 1, null, 2.5, q("D", "F")]);
    s.add([10, "建设单位管理费", "项", 1, null, 1, q("D", "F")]);
    const last = s.add([11, "基本预备费", "项", 1, null, 2, q("D", "F")]);
    s.add(["合计", null, null, null, null, null, sumOf("G", h + 1, last)]);
    return {
      sheets: [s],
      expect: [
        X("dev.person-month-price", "error", "投资估算", dev, `F${dev}`),
        X("fees.integration-rate", "error", "投资估算", int),
      ],
    };
  },
  "843000.00",
  "787400.00",
);

export const construction6: HoldoutEntry[] = [
  c01,
  c02,
  c03,
  c04,
  c05,
  c06,
  c07,
  c08,
  c09,
  c17,
  c18,
  c19,
  c20,
  c21,
  c25,
  c26,
];
