import { F, hold, plusOf, SheetB, sumOf, title, X, type HoldoutEntry, type In } from "./h";

/**
 * O&M (运维) and purchased-service (购买服务) workbooks. Hardware maintenance caps A 4% / B 6% / C 8% of 原值;
 * security device daily maintenance ≤ 10%; product software 工具类 ≤ 5%, 国产 ≤ 10% (工具类 and 国产: 5%), other types
 * unknown → warning; application maintenance ≤ 7% / 12% / 20% (简单 / 较复杂 / 非常复杂), unknown > 20% → error;
 * 专线 / 数据采集(购买) / IDC 租用 in an O&M budget → 0 (om.excluded-item). 审定 = base × the cap rate.
 */

const m = (a: string, b: string): In => F(`=${a}{r}*${b}{r}`);

// c10 — 元, "2025年度" title with a 2024年实际 column beside the 2025年预算 column (the 2025 one is the amount).
// 2025: 24,000 + 12,000 + 15,000 (防火墙 10%) + 6,400 (UPS 8% > B 6% → error, 审定 4,800) + 24,000 + 4,800 = 86,200;
// 2024 column 84,600 (not money requested). 审定 84,600.
const c10 = hold(
  "c10-om-2024actual-2025budget-yuan.xlsx",
  "O&M with 2024年实际 and 2025年预算 columns, UPS at 8%",
  () => {
    const s = new SheetB("运维预算");
    title(s, "2025年度某局网络及安全设备运维费用预算表", "H");
    s.add([null, null, null, null, null, null, "单位：元"]);
    const h = s.add([
      "序号",
      "设备名称",
      "数量",
      "购置原值（元）",
      "维保费率",
      "2024年实际（元）",
      "2025年预算（元）",
      "备注",
    ]);
    s.add([1, "核心交换机", 2, 600000, 0.04, 24000, m("D", "E")]);
    s.add([2, "接入层交换机", 20, 200000, 0.06, 12000, m("D", "E")]);
    s.add([3, "防火墙", 2, 150000, 0.1, 15000, m("D", "E"), "日常运行维护"]);
    const ups = s.add([4, "UPS", 2, 80000, 0.08, 4800, m("D", "E")]);
    s.add([5, "PC服务器", 6, 300000, 0.08, 24000, m("D", "E")]);
    const last = s.add([6, "机房空调", 2, 120000, 0.04, 4800, m("D", "E")]);
    s.add(["合计", null, null, null, null, sumOf("F", h + 1, last), sumOf("G", h + 1, last)]);
    for (let r = h + 1; r <= last; r++) s.format(`E${r}`, "0%");
    return { sheets: [s], expect: [X("om.hardware-rate", "error", "运维预算", ups)] };
  },
  "86200.00",
  "84600.00",
);

// c11 — 元, one sheet in three blocks with their own headers: 驻场运维 by 人月 × 单价 (21,000 元/人月: not development,
// the 2万 cap does not apply), software maintenance with a 类型 column, hardware 原值 × 费率.
// Block 1: 504,000 + 108,000 = 612,000. Block 2: 216,000 (12% of 180万, 较复杂 ✓) + 20,000 (国产 10% ✓) + 20,000 (工具类 8% →
// error, 审定 12,500) = 256,000. Block 3: 16,000 + 7,200 + 24,000 + 20,000 (磁盘阵列 8% > B 6% → error, 审定 15,000) = 67,200.
// Total 935,200; 审定 935,200 − 7,500 − 5,000 = 922,700.
const c11 = hold(
  "c11-om-three-blocks-zhuchang-yuan.xlsx",
  "O&M by 服务类别: 驻场 人月 block, software block with 类型 column, hardware 原值×费率 block",
  () => {
    const s = new SheetB("运维预算");
    title(s, "杨浦区某局政务服务综合管理系统2025年运维项目预算表", "H");
    s.add([null, null, null, null, null, null, "单位：元"]);
    s.add(["一、运维服务人员费用"]);
    const h1 = s.add(["序号", "服务类别", "服务内容", "单位", "数量", "单价（元）", "金额（元）", "备注"]);
    s.add([1, "驻场运维工程师", "系统日常巡检、故障处理、值守", "人月", 24, 21000, m("E", "F"), "2人×12个月"]);
    const l1 = s.add([2, "驻场数据库管理员", "数据库巡检、备份恢复", "人月", 6, 18000, m("E", "F"), "1人×6个月"]);
    const t1 = s.add(["小计", null, null, null, null, null, sumOf("G", h1 + 1, l1)]);
    s.blank();
    s.add(["二、软件维护费用"]);
    const h2 = s.add(["序号", "软件名称", "类型", "数量", "原购置/开发费（元）", "维护费率", "年维护费（元）", "备注"]);
    s.add([1, "综合管理系统应用软件维护", "应用软件（较复杂功能）", 1, 1800000, 0.12, m("E", "F")]);
    s.add([2, "达梦数据库原厂服务", "国产", 2, 200000, 0.1, m("E", "F")]);
    const tool = s.add([3, "运维监控软件维保", "工具类", 1, 250000, 0.08, m("E", "F")]);
    const t2 = s.add(["小计", null, null, null, null, null, sumOf("G", h2 + 1, tool)]);
    s.blank();
    s.add(["三、硬件设备维保费用"]);
    const h3 = s.add(["序号", "设备名称", "品牌型号", "数量", "购置原值（元）", "维保费率", "年维保费（元）", "备注"]);
    s.add([1, "核心交换机", "S12700", 1, 400000, 0.04, m("E", "F")]);
    s.add([2, "接入层交换机", "S5735", 10, 120000, 0.06, m("E", "F")]);
    s.add([3, "PC服务器", "2288H V5", 6, 300000, 0.08, m("E", "F")]);
    const disk = s.add([4, "磁盘阵列", "OceanStor 5300", 1, 250000, 0.08, m("E", "F")]);
    const t3 = s.add(["小计", null, null, null, null, null, sumOf("G", h3 + 1, disk)]);
    s.blank();
    const t = s.add(["运维费用总计", null, null, null, null, null, plusOf("G", [t1, t2, t3])]);
    s.merge(`A${t}:B${t}`);
    return {
      sheets: [s],
      expect: [
        X("om.product-software-rate", "error", "运维预算", tool),
        X("om.hardware-rate", "error", "运维预算", disk),
      ],
    };
  },
  "935200.00",
  "922700.00",
);

// c12 — 元, 购买服务 with 服务期 (text) and 服务月数 columns. 102,000 + 72,000 + 90,000 + 108,000 + 36,000 = 408,000.
// Compliant: a purchased-service project (服务类: 云平台服务、运营服务、信息安全及网络通信) may buy a 专线 service; the O&M
// exclusion list applies to O&M budgets.
const c12 = hold(
  "c12-service-fuwuqi-zhuanxian-yuan.xlsx",
  "购买服务 with 服务期 and 月数 columns, a 专线 service in a service project",
  () => {
    const s = new SheetB("购买服务预算");
    title(s, "杨浦区某局2025年政务云及安全服务购买服务项目预算表", "H");
    s.add([null, null, null, null, null, null, "单位：元"]);
    const h = s.add(["序号", "服务名称", "服务内容", "服务期", "服务月数", "月服务费（元）", "金额（元）", "备注"]);
    s.add([1, "政务云资源服务", "云主机16核64G×4", "2025.01-2025.12", 12, 8500, m("E", "F")]);
    s.add([2, "安全托管服务", "7×24安全监测与处置", "2025.01-2025.12", 12, 6000, m("E", "F")]);
    s.add([3, "数据标注服务", "业务数据标注", "2025.03-2025.08", 6, 15000, m("E", "F")]);
    s.add([4, "运维值守服务", "5×8现场值守", "2025.01-2025.12", 12, 9000, m("E", "F")]);
    const last = s.add([5, "政务外网专线服务", "100M", "2025.01-2025.12", 12, 3000, m("E", "F")]);
    s.add(["合计", null, null, null, null, null, sumOf("G", h + 1, last)]);
    return { sheets: [s], expect: [] };
  },
  "408000.00",
  "408000.00",
);

// c13 — 万元 O&M with excluded items (专线租用, 数据采集（购买）, IDC机柜租用 → 0 each). 10.5 (7% 简单 ✓) + 3.2 (8% C ✓) + 6 +
// 8 + 4.8 + 3 = 35.5万 = 355,000; 审定 35.5 − 18.8 = 16.7万 = 167,000.
const c13 = hold(
  "c13-om-excluded-wangge-wan.xlsx",
  "O&M 万元 with 专线 / 数据采集（购买） / IDC机柜租用, 金额-only rows",
  () => {
    const s = new SheetB("运维费用");
    title(s, "某街道网格化管理系统2025年度运维费用预算表", "F");
    s.add([null, null, null, null, "单位：万元"]);
    const h = s.add(["序号", "项目", "原值/原开发费（万元）", "费率", "金额（万元）", "备注"]);
    s.add([1, "网格化管理系统应用软件维护", 150, 0.07, m("C", "D"), "简单功能"]);
    s.add([2, "PC服务器维保", 40, 0.08, m("C", "D")]);
    const a = s.add([3, "政务外网专线租用", null, null, 6, "2条×3万元/年"]);
    const b = s.add([4, "物联感知数据采集（购买）", null, null, 8]);
    const c = s.add([5, "IDC机柜租用", null, null, 4.8, "2个机柜"]);
    const last = s.add([6, "网络安全服务（渗透测试、漏洞扫描）", null, null, 3]);
    s.add(["合计", null, null, null, sumOf("E", h + 1, last)]);
    return {
      sheets: [s],
      expect: [
        X("om.excluded-item", "error", "运维费用", a),
        X("om.excluded-item", "error", "运维费用", b),
        X("om.excluded-item", "error", "运维费用", c),
      ],
    };
  },
  "355000.00",
  "167000.00",
);

// c14 — 元, product software maintenance with the type only in 备注. 达梦 30,000 (国产 10% ✓); 东方通 16,000 (国产 ✓);
// 运维监控软件 16,000 (工具类 8% → error, 审定 10,000); Oracle 48,000 (12%, type not stated → warning, no change);
// 杀毒软件（国产） 5,000 (工具类 + 国产 → 5% cap → error, 审定 2,500). Total 115,000; 审定 106,500.
const c14 = hold(
  "c14-om-software-type-in-remarks-yuan.xlsx",
  "product software maintenance, type (国产 / 工具类) only in 备注",
  () => {
    const s = new SheetB("产品软件维保");
    title(s, "某局业务系统2025年运维项目产品软件维保费用预算表", "G");
    const h = s.add(["序号", "软件名称", "数量", "购置金额（元）", "维护费率", "维护费（元）", "备注"]);
    s.add([1, "达梦数据库V8", 2, 300000, 0.1, m("D", "E"), "国产"]);
    s.add([2, "东方通中间件", 4, 160000, 0.1, m("D", "E"), "国产"]);
    const a = s.add([3, "运维监控软件", 1, 200000, 0.08, m("D", "E"), "工具类"]);
    const b = s.add([4, "Oracle数据库", 1, 400000, 0.12, m("D", "E")]);
    const c = s.add([5, "杀毒软件（国产）", 100, 50000, 0.1, m("D", "E"), "工具类软件"]);
    s.add(["合计", null, null, null, null, sumOf("F", h + 1, c)]);
    return {
      sheets: [s],
      expect: [
        X("om.product-software-rate", "error", "产品软件维保", a),
        X("om.product-software-rate", "warning", "产品软件维保", b),
        X("om.product-software-rate", "error", "产品软件维保", c),
      ],
    };
  },
  "115000.00",
  "106500.00",
);

// c15 — 万元, A/B/C devices with rates typed as text "4%" and amounts =原值×费率. 2.4 + 1.8 + 0.3 + 0.48 + 0.32 + 0.8 + 1.05
// + 1.5 + 1.5 (堡垒机 daily maintenance 10%) = 10.15万 = 101,500. Compliant.
const c15 = hold(
  "c15-om-abc-text-rates-wan.xlsx",
  'O&M 万元, rates as text "4%", A/B/C devices all within class, 堡垒机 10%',
  () => {
    const s = new SheetB("设备运维");
    title(s, "某局机房及网络设备2025年运维项目预算表", "H");
    s.add([null, null, null, null, null, null, "单位：万元"]);
    const h = s.add([
      "序号",
      "设备名称",
      "品牌型号",
      "数量",
      "购置原值（万元）",
      "维保费率",
      "维保费用（万元）",
      "备注",
    ]);
    const rows: [string, string, number, number, string, string?][] = [
      ["核心层交换机", "S12708", 2, 60, "4%"],
      ["接入层交换机", "S5735", 20, 30, "6%"],
      ["平板电脑", "", 10, 5, "6%"],
      ["门禁系统", "", 1, 12, "4%"],
      ["打印机", "", 8, 4, "8%"],
      ["光纤交换机", "", 2, 20, "4%"],
      ["精密空调", "", 2, 35, "3%"],
      ["安全网闸", "", 1, 25, "6%"],
      ["堡垒机", "", 1, 15, "10%", "日常运行维护"],
    ];
    let last = h;
    rows.forEach(([n, spec, qty, base, rate, note], i) => {
      last = s.add([i + 1, n, spec, qty, base, rate, m("E", "F"), note ?? null]);
    });
    s.add(["合计", null, null, null, null, null, sumOf("G", h + 1, last)]);
    return { sheets: [s], expect: [] };
  },
  "101500.00",
  "101500.00",
);

// c16 — 万元 construction workbook with an O&M estimate sheet "不计入建设投资" (§3 default 15). 投资估算表: 购置 12+1+7 = 20;
// 集成 1.2 = 6%; dev 20 × 1.9 = 38; 建设费 59.2; 安全 0.6 = 1.01%; four fees 2.1; 密评 2.5 → 63.8, compliant.
// 运维费用估算: 应用软件维护 38 × 25% = 9.5 (complexity not stated, > 20% → error, 审定 38 × 20% = 7.6), PC服务器 0.96 (8%),
// 国产软件 0.8 (10%) → 11.26. 送审 63.8 + 11.26 = 75.06万 = 750,600 (both sheets are money the workbook asks for);
// 审定 75.06 − 1.9 = 73.16万 = 731,600.
const c16 = hold(
  "c16-construction-with-om-sheet-wan.xlsx",
  "新建 workbook + O&M estimate sheet (不计入建设投资), app maintenance 25%",
  () => {
    const s = new SheetB("投资估算表");
    title(s, "某局业务协同系统建设项目投资估算表", "G");
    s.add([null, null, null, null, null, "单位：万元"]);
    const h = s.add(["序号", "费用名称", "单位", "数量", "单价", "金额", "备注"]);
    s.add([1, "PC服务器", "台", 2, 6, m("D", "E")]);
    s.add([2, "国产操作系统", "套", 2, 0.5, m("D", "E")]);
    s.add([3, "国产数据库", "套", 1, 7, m("D", "E")]);
    s.add([4, "业务系统定制开发", "人月", 20, 1.9, m("D", "E")]);
    s.add([5, "系统集成费", "项", 1, 1.2, m("D", "E"), "购置费×6%"]);
    s.add([6, "软件测评费", "项", 1, 1.5, m("D", "E")]);
    s.add([7, "安全测评费", "项", 1, 0.6, m("D", "E")]);
    const last = s.add([8, "密码测评费", "项", 1, 2.5, m("D", "E")]);
    s.add(["合计", null, null, null, null, sumOf("F", h + 1, last)]);
    const o = new SheetB("运维费用估算");
    title(o, "系统建成后年度运维费用估算（不计入建设投资）", "F");
    o.add([null, null, null, null, "单位：万元"]);
    const oh = o.add(["序号", "运维内容", "计算基数（万元）", "费率", "年运维费（万元）", "备注"]);
    const app = o.add([1, "应用软件维护", 38, 0.25, m("C", "D"), "按原开发费25%"]);
    o.add([2, "硬件设备维保（PC服务器）", 12, 0.08, m("C", "D")]);
    const ol = o.add([3, "产品软件维保（国产操作系统、国产数据库）", 8, 0.1, m("C", "D"), "国产"]);
    o.add(["合计", null, null, null, sumOf("E", oh + 1, ol)]);
    return { sheets: [s, o], expect: [X("om.app-software-rate", "error", "运维费用估算", app)] };
  },
  "750600.00",
  "731600.00",
);

// c22 — 元 O&M vendor quotation with English headers (No. / Item / Original Value (CNY) / Rate / Amount (CNY) / Remarks).
// 192,000 (驻场, 金额 only) + 40,000 (PC服务器 8% ✓) + 80,000 (刀片服务器 10% > C 8% → error, 审定 64,000) + 12,000 (核心交换机
// 4% ✓) + 10,000 (防火墙特征库升级 10%) + 180,000 (15%, 非常复杂 ≤ 20% ✓) = 514,000; 审定 498,000.
const c22 = hold(
  "c22-om-english-quote-yuan.xlsx",
  "O&M vendor quote with English headers, 刀片服务器 at 10%",
  () => {
    const s = new SheetB("Quotation");
    title(s, "某局信息系统2025年度运维服务报价单 Maintenance Quotation", "F");
    const h = s.add(["No.", "Item", "Original Value (CNY)", "Rate", "Amount (CNY)", "Remarks"]);
    s.add([1, "驻场运维服务", null, null, 192000, "1人×12个月×16000元"]);
    s.add([2, "PC服务器维保", 500000, 0.08, m("C", "D")]);
    const blade = s.add([3, "刀片服务器维保", 800000, 0.1, m("C", "D")]);
    s.add([4, "核心交换机维保", 300000, 0.04, m("C", "D")]);
    s.add([5, "防火墙特征库升级", 100000, 0.1, m("C", "D")]);
    const last = s.add([6, "应用软件维护", 1200000, 0.15, m("C", "D"), "非常复杂功能（实时处理及分析）"]);
    s.add(["Total 合计", null, null, null, sumOf("E", h + 1, last)]);
    return { sheets: [s], expect: [X("om.hardware-rate", "error", "Quotation", blade)] };
  },
  "514000.00",
  "498000.00",
);

// c23 — 元 O&M, the total row first, then "其中：" section rows with sums. 48,000 + 6,000 + 12,000 (负载均衡器 is A: 6% →
// error, 审定 8,000) + 300,000 (10%, 较复杂 ✓) + 5,000 (国产 ✓) + 48,000 (安全设备日常运行维护 12% → error, 审定 40,000)
// = 419,000; 审定 407,000.
const c23 = hold(
  "c23-om-total-first-chengyun-yuan.xlsx",
  "O&M total row first, 其中 sections, 负载均衡器 (A) at 6%, security devices 12%",
  () => {
    const s = new SheetB("运维预算");
    title(s, "某区城运中心2025年运维项目费用预算表", "F");
    s.add([null, null, null, null, "单位：元"]);
    s.add(["序号", "项目", "原值（元）", "费率", "金额（元）", "备注"]);
    const tot = s.add(["", "运维费用合计", null, null, null]);
    const a = s.add(["一", "其中：硬件设备维护费", null, null, F(`=SUM(E${s.next + 1}:E${s.next + 3})`)]);
    s.add([1, "PC服务器维保", 600000, 0.08, m("C", "D")]);
    s.add([2, "UPS维保", 100000, 0.06, m("C", "D")]);
    const lb = s.add([3, "负载均衡器维保", 200000, 0.06, m("C", "D")]);
    const b = s.add(["二", "其中：软件维护费", null, null, F(`=SUM(E${s.next + 1}:E${s.next + 2})`)]);
    s.add([4, "城运平台应用软件维护", 3000000, 0.1, m("C", "D"), "较复杂功能"]);
    s.add([5, "国产操作系统维保", 50000, 0.1, m("C", "D"), "国产"]);
    const c = s.add(["三", "其中：安全服务", null, null, F(`=E${s.next + 1}`)]);
    const sec = s.add([6, "安全设备日常运行维护（防火墙、入侵防御）", 400000, 0.12, m("C", "D")]);
    s.rows[tot - 1][4] = plusOf("E", [a, b, c]);
    return {
      sheets: [s],
      expect: [X("om.hardware-rate", "error", "运维预算", lb), X("om.security-device-rate", "error", "运维预算", sec)],
    };
  },
  "419000.00",
  "407000.00",
);

// c24 — 万元 O&M with 2024年实际 and 2025年预算 columns, 驻场 amount-only with its basis in 说明. 2025: 36 + 12 (6%, 简单 ✓)
// + 6.4 + 2 + 3 = 59.4万 = 594,000 (2024: 58.2). Compliant.
const c24 = hold(
  "c24-om-year-columns-compliant-wan.xlsx",
  "O&M 万元 with 2024年实际 / 2025年预算 columns, compliant",
  () => {
    const s = new SheetB("运维预算");
    title(s, "某局2025年信息系统运维项目预算表", "G");
    s.add([null, null, null, null, null, "单位：万元"]);
    const h = s.add(["序号", "项目", "计算基数（万元）", "费率", "2024年实际", "2025年预算", "说明"]);
    s.add([1, "驻场运维服务", null, null, 34.8, 36, "2人×12个月×1.5万元"]);
    s.add([2, "应用软件维护", 200, 0.06, 12, m("C", "D"), "简单功能"]);
    s.add([3, "硬件维保（PC服务器）", 80, 0.08, 6.4, m("C", "D")]);
    s.add([4, "硬件维保（核心交换机）", 50, 0.04, 2, m("C", "D")]);
    const last = s.add([5, "国产数据库维保", 30, 0.1, 3, m("C", "D"), "国产"]);
    s.add(["合计", null, null, null, sumOf("E", h + 1, last), sumOf("F", h + 1, last)]);
    return { sheets: [s], expect: [] };
  },
  "594000.00",
  "594000.00",
);

export const om6: HoldoutEntry[] = [c10, c11, c12, c13, c14, c15, c16, c22, c23, c24];
