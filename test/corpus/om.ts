import { book, F, type CorpusEntry, type In, SheetB, sum } from "./kit";

/**
 * O&M (运维) and purchased-service (服务) budgets. Caps from the Yangpu standard 三(三): hardware A 4% / B 6% / C 8%
 * of 原值 (devices in no list → A), security devices' daily maintenance ≤ 10%, product software 工具类 ≤ 5% /
 * 国产 ≤ 10% (type unknown → warning), application maintenance 简单 7% / 较复杂 12% / 非常复杂 20% of 原开发费
 * (complexity unknown: 7–20% warning), excluded items (带宽, 专线, IDC, 数据采集 …) → error.
 * Every fee below is ≤ 原值 × rate on the total 原值, so reading 原值 per unit would not change a verdict.
 */

const pct = (s: SheetB, cells: string[]) => cells.forEach((c) => s.format(c, "0%"));
const feeF = (base: string, rate: string): In => F(`=${base}{r}*${rate}{r}`);

function o01(): CorpusEntry {
  const name = "o01-om-two-tables-yuan.xlsx";
  const build = () => {
    const s = new SheetB("运维预算表");
    s.add(["2025年度杨浦区某局信息系统运维项目预算表"]);
    s.mergeLast("H");
    s.add(["编制单位：某局信息中心", null, null, null, null, null, null, "单位：元"]);
    s.add(["序号", "运维对象", "品牌型号", "数量", "设备原值", "维护费率", "年运维费", "备注"]);
    s.add(["（一）", "硬件设备运维"]);
    s.add([1, "核心交换机", "华为 S12708", 1, 300000, 0.04, feeF("E", "F")]);
    s.add([2, "接入交换机", "H3C S5130", 10, 80000, 0.06, feeF("E", "F")]);
    s.add([3, "PC服务器", "浪潮 NF5280M6", 4, 200000, 0.08, feeF("E", "F")]);
    s.add([4, "磁盘阵列", "华为 OceanStor 5310", 1, 150000, 0.06, feeF("E", "F")]);
    s.add([5, "UPS", "山特 60kVA", 1, 60000, 0.05, feeF("E", "F")]);
    s.add([6, "精密空调", "艾默生", 2, 160000, 0.04, feeF("E", "F")]);
    s.add(["（二）", "安全设备运维"]);
    s.add([1, "防火墙特征库升级及日常运行维护", "深信服 AF-1000", 1, 100000, 0.04, feeF("E", "F")]);
    s.add([null, "小计", null, null, null, null, sum("G", 5, 12)]);
    s.blank();
    s.add(["序号", "系统名称", "原开发费", "运维费率", "年运维费", "备注"]);
    s.add([1, "协同办公系统应用软件运维", 800000, 0.06, feeF("C", "D"), null]);
    s.add([2, "行政审批系统应用软件运维", 1000000, 0.1, feeF("C", "D"), "较复杂"]);
    s.add([null, "小计", null, null, sum("E", 16, 17)]);
    pct(s, ["F5", "F6", "F7", "F8", "F9", "F10", "F12", "D16", "D17"]);
    return book(name, s);
  };
  // 核心交换机 4% (A) · 接入交换机 6% (B) · PC服务器 8% (C) · 磁盘阵列 6% (B) · UPS 5% ≤ 6% (B) · 精密空调 4% (A);
  // 防火墙 daily maintenance 4% ≤ 10%; 协同办公 6% ≤ 7% (any complexity); 行政审批 10% ≤ 12% (较复杂). All fine.
  return {
    name,
    shape: "O&M, 元, 运维对象/设备原值/维护费率/年运维费 table + 原开发费 table on one sheet",
    build,
    expect: [],
  };
}

function o02(): CorpusEntry {
  const name = "o02-om-weihu-duixiang-over.xlsx";
  const build = () => {
    const s = new SheetB("运维费预算");
    s.add(["杨浦区某街道2025年电子政务运维费预算表"]);
    s.mergeLast("H");
    s.add([null, null, null, null, null, null, null, "单位：万元"]);
    s.add(["序号", "维护对象", "规格型号", "数量", "购置金额", "费率", "年维护费", "备注"]);
    s.add([1, "刀片服务器", "华为 E9000", 8, 40, 0.1, feeF("E", "F")]);
    s.add([2, "汇聚交换机", null, 4, 12, 0.06, feeF("E", "F")]);
    s.add([3, "门禁系统", null, 1, 8, 0.04, feeF("E", "F")]);
    s.add([4, "笔记本", null, 10, 6, 0.08, feeF("E", "F")]);
    s.add([5, "打印机", null, 5, 2, 0.08, feeF("E", "F")]);
    s.add([6, "机柜", null, 6, 3, 0.04, feeF("E", "F")]);
    s.add([null, "合计", null, null, null, null, sum("G", 4, 9)]);
    pct(s, ["F4", "F5", "F6", "F7", "F8", "F9"]);
    return book(name, s);
  };
  // 刀片服务器 (C 8%): 4.0 > 40 × 8% = 3.2 → om.hardware-rate. 汇聚交换机 6% (B), 门禁 4% (A), 笔记本/打印机 8% (C),
  // 机柜 4% (A) fine.
  return {
    name,
    shape: "O&M, 万元, 维护对象/购置金额/费率/年维护费, blade servers at 10%",
    build,
    expect: [{ rule: "om.hardware-rate", severity: "error", sheet: "运维费预算", row: 4 }],
  };
}

function o03(): CorpusEntry {
  const name = "o03-om-software-names.xlsx";
  const build = () => {
    const s = new SheetB("运维费用明细");
    s.add(["杨浦区某局2025年度信息系统运行维护经费预算"]);
    s.mergeLast("F");
    s.add(["单位：元"]);
    s.add(["序号", "软件名称", "原值", "维护费率", "运维费用", "备注"]);
    s.add(["一", "应用软件维护"]);
    s.add([1, "综合业务系统应用软件维护", 600000, 0.15, feeF("C", "D"), null]);
    s.add([2, "门户网站应用软件维护", 300000, 0.07, feeF("C", "D"), "简单"]);
    s.add(["二", "产品软件维护"]);
    s.add([1, "国产数据库软件（达梦）原厂服务", 200000, 0.1, feeF("C", "D"), null]);
    s.add([2, "杀毒软件升级服务", 50000, 0.06, feeF("C", "D"), "工具类"]);
    s.add([3, "WPS办公软件升级服务", 40000, 0.05, feeF("C", "D"), null]);
    s.add([null, "合计", null, null, sum("E", 5, 10)]);
    pct(s, ["D5", "D6", "D8", "D9", "D10"]);
    return book(name, s);
  };
  // Row 5: 15% with no complexity stated (7%–20%) → om.app-software-rate warning. Row 6: 简单 7% fine.
  // Row 8: 国产 10% fine. Row 9: 杀毒 (tool) 6% > 5% → om.product-software-rate error. Row 10: WPS (tool + 国产) 5% fine.
  return {
    name,
    shape: "O&M software maintenance, 软件名称/原值/运维费用 headers, 元",
    build,
    expect: [
      { rule: "om.app-software-rate", severity: "warning", sheet: "运维费用明细", row: 5 },
      { rule: "om.product-software-rate", severity: "error", sheet: "运维费用明细", row: 9 },
    ],
  };
}

function o04(): CorpusEntry {
  const name = "o04-om-complex-app-and-lines.xlsx";
  const build = () => {
    const s = new SheetB("Sheet1");
    s.add(["2025年杨浦区某委信息化运维项目预算表"]);
    s.mergeLast("H");
    s.add([null, null, null, null, null, null, null, "单位：万元"]);
    s.add(["序号", "运维对象", "运维内容", "数量", "原值", "费率", "年运维费", "备注"]);
    s.add(["（一）", "应用系统运维"]);
    s.add([1, "网格化管理系统", "应用软件运维", 1, 120, 0.15, feeF("E", "F"), "系统较复杂"]);
    s.add([2, "数据共享平台", "应用软件运维", 1, 80, 0.12, feeF("E", "F"), "较复杂"]);
    s.add(["（二）", "网络通信"]);
    s.add([1, "政务外网专线租用", "20M 专线", 12, null, null, 3.6, "按月计"]);
    s.add([2, "互联网带宽租用", "200M", 1, null, null, 2.4, null]);
    s.add([null, "合计", null, null, null, null, sum("G", 5, 9)]);
    pct(s, ["F5", "F6"]);
    return book(name, s);
  };
  // Row 5: 较复杂 cap 12%, 18 > 120 × 12% = 14.4 → om.app-software-rate error. Row 6: 12% exactly, fine.
  // Rows 8, 9: 专线 and 带宽租用 are not e-gov O&M costs → om.excluded-item each.
  return {
    name,
    shape: "O&M, 万元, 运维对象 + 运维内容 columns, 较复杂 app at 15%, 专线 + 带宽",
    build,
    expect: [
      { rule: "om.app-software-rate", severity: "error", sheet: "Sheet1", row: 5 },
      { rule: "om.excluded-item", severity: "error", sheet: "Sheet1", row: 8 },
      { rule: "om.excluded-item", severity: "error", sheet: "Sheet1", row: 9 },
    ],
  };
}

function o05(): CorpusEntry {
  const name = "o05-om-security-idc.xlsx";
  const build = () => {
    const s = new SheetB("安全设备运维");
    s.add(["杨浦区某局网络安全设备运维项目预算表（2025年度）"]);
    s.mergeLast("H");
    s.add(["单位：元"]);
    s.add(["序号", "设备名称", "品牌", "数量", "购置金额（元）", "维保费率", "年维保费（元）", "备注"]);
    s.add([1, "下一代防火墙特征库升级及日常运行维护", "华为 USG6650", 2, 240000, 0.12, feeF("E", "F")]);
    s.add([2, "入侵防御系统规则库升级", "绿盟", 1, 150000, 0.1, feeF("E", "F")]);
    s.add([3, "防病毒网关病毒库升级", "天融信", 1, 80000, 0.08, feeF("E", "F")]);
    s.add([4, "堡垒机日常运行维护", "齐治", 1, 60000, 0.1, feeF("E", "F")]);
    s.add([5, "IDC机柜租用", null, 2, null, null, 36000, "2个机柜全年"]);
    s.add([null, "合计", null, null, null, null, sum("G", 4, 8)]);
    pct(s, ["F4", "F5", "F6", "F7"]);
    return book(name, s);
  };
  // Row 4: 12% > 10% → om.security-device-rate. Rows 5–7 at 10% / 8% / 10% fine. Row 8: IDC租用 → om.excluded-item.
  return {
    name,
    shape: "O&M security devices, 元, 购置金额（元）/维保费率/年维保费（元）",
    build,
    expect: [
      { rule: "om.security-device-rate", severity: "error", sheet: "安全设备运维", row: 4 },
      { rule: "om.excluded-item", severity: "error", sheet: "安全设备运维", row: 8 },
    ],
  };
}

function o06(): CorpusEntry {
  const name = "o06-om-summary-details.xlsx";
  const build = () => {
    const hw = new SheetB("硬件维护");
    hw.add(["硬件设备维护费测算"]);
    hw.add(["序号", "设备/费用名称", "规格型号", "数量", "原值（万元）", "费率", "年维护费（万元）"]);
    hw.add([1, "应用服务器", "华为 2288H V6", 6, 36, 0.08, feeF("E", "F")]);
    hw.add([2, "存储", "华为 OceanStor", 1, 20, 0.06, feeF("E", "F")]);
    hw.add([3, "接入交换机", "华为 S5735", 12, 9.6, 0.06, feeF("E", "F")]);
    hw.add([4, "光纤交换机", "博科 G620", 2, 6, 0.04, feeF("E", "F")]);
    hw.add([null, "合计", null, null, null, null, sum("G", 3, 6)]);
    pct(hw, ["F3", "F4", "F5", "F6"]);
    const sw = new SheetB("软件维护");
    sw.add(["软件维护费测算"]);
    sw.add(["序号", "软件名称", "原开发费（万元）", "维护费率", "年维护费（万元）", "备注"]);
    sw.add([1, "社区服务应用系统运维", 50, 0.07, feeF("C", "D"), "简单"]);
    sw.add([2, "统信操作系统升级服务", 10, 0.1, feeF("C", "D"), "国产"]);
    sw.add([null, "合计", null, null, sum("E", 3, 4)]);
    pct(sw, ["D3", "D4"]);
    const s = new SheetB("汇总");
    s.add(["杨浦区某街道2025年度电子政务运维项目预算汇总表"]);
    s.add(["单位：万元"]);
    s.add(["序号", "费用名称", "金额", "备注"]);
    s.add([1, "硬件维护费", F("='硬件维护'!G7"), "见硬件维护表"]);
    s.add([2, "软件维护费", F("='软件维护'!E5"), "见软件维护表"]);
    s.add([3, "驻场运维服务", 9.6, "1人×12月×0.8万元"]);
    s.add([null, "合计", sum("C", 4, 6)]);
    return book(name, s, hw, sw);
  };
  // 应用服务器 8% (C) · 存储 6% (B) · 接入交换机 6% (B) · 光纤交换机 4% (A) · 简单 app 7% · 统信 (国产) 10%: all at cap.
  // 驻场运维服务 is a service line (info at most). Total 4.896 + 4.5 + 9.6 = 18.996.
  return { name, shape: "O&M 汇总 over 硬件维护/软件维护 sheets, 万元, 设备/费用名称 header", build, expect: [] };
}

function o07(): CorpusEntry {
  const name = "o07-om-tbd-base-subtotal.xlsx";
  const build = () => {
    const s = new SheetB("运维费预算表");
    s.add(["杨浦区某局2025年度系统运维费预算表"]);
    s.mergeLast("G");
    s.add(["单位：元"]);
    s.add(["序号", "运维对象", "数量", "原值", "维护费率", "年运维费", "备注"]);
    s.add([1, "台式计算机维保", 80, 400000, 0.08, feeF("D", "E")]);
    s.add([2, "打印机维保", 20, 60000, 0.08, feeF("D", "E")]);
    s.add([3, "核心交换机维保", 1, 250000, 0.04, 10000]);
    s.add([4, "视频会议终端维保", 5, 100000, 0.04, feeF("D", "E")]);
    s.add([5, "门户网站应用软件运维（简单）", 1, "见附件", 0.07, 14000]);
    s.add([null, "小计", null, null, null, 68400]);
    pct(s, ["E4", "E5", "E6", "E7", "E8"]);
    return book(name, s);
  };
  // D8 "见附件" is not a number → sheet.unreadable-amount. 小计 68400 typed; lines 32000 + 4800 + 10000 + 4000 + 14000
  // = 64800 → sheet.subtotal-mismatch at F9. Rates: 台式计算机/打印机 8% (C), 核心交换机 4% (A), 视频会议终端 4% (A by
  // default, info only).
  return {
    name,
    shape: "O&M, 元, 原值 '见附件', typed 小计 wrong",
    build,
    expect: [
      { rule: "sheet.unreadable-amount", severity: "warning", sheet: "运维费预算表", cell: "D8" },
      { rule: "sheet.subtotal-mismatch", severity: "error", sheet: "运维费预算表", cell: "F9" },
    ],
  };
}

function o08(): CorpusEntry {
  const name = "o08-om-text-rates-wan.xlsx";
  const build = () => {
    const s = new SheetB("运维经费");
    s.add(["杨浦区某委2025年运维经费预算明细表"]);
    s.mergeLast("H");
    s.add(["单位：万元"]);
    s.add(["序号", "设备名称", "型号", "数量", "设备原值（万元）", "维护费率", "运维费用（万元）", "备注"]);
    s.add([1, "X86服务器", "曙光 I620-G30", 10, 50, "8%", 4.0]);
    s.add([2, "工作站", "联想 P520", 4, 8, "6%", 0.48]);
    s.add([3, "平板电脑", "华为 MatePad", 20, 6, "6%", 0.36]);
    s.add([4, "负载均衡器", "深信服 AD", 2, 16, "4%", 0.64]);
    s.add([5, "环境监控系统", null, 1, 10, "3%", 0.3]);
    s.add([6, "扫描仪", "富士通 fi-7160", 5, 2.5, "8%", 0.2]);
    s.add([null, "合计", null, null, null, null, sum("G", 4, 9)]);
    return book(name, s);
  };
  // Rates typed as text "8%": X86服务器 8% (C), 工作站 6% (B), 平板电脑 6% (B), 负载均衡器 4% (A), 环境监控 3% (A),
  // 扫描仪 8% (C): all within. Total 5.98.
  return { name, shape: "O&M, 万元, rates typed as text '8%', 设备原值/运维费用 headers", build, expect: [] };
}

function o09(): CorpusEntry {
  const name = "o09-om-unknown-software-data.xlsx";
  const build = () => {
    const s = new SheetB("运维预算");
    s.add(["杨浦区某局2025年度信息系统运维项目预算表"]);
    s.mergeLast("G");
    s.add(["单位：万元"]);
    s.add(["序号", "运维对象", "数量", "原值", "费率", "年运维费", "备注"]);
    s.add([1, "Oracle数据库原厂服务", 2, 30, 0.08, feeF("D", "E")]);
    s.add([2, "备份软件升级服务", 1, 20, 0.04, feeF("D", "E")]);
    s.add([3, "服务器维保", 4, 16, 0.08, feeF("D", "E")]);
    s.add([4, "数据采集服务（购买第三方企业数据）", 1, null, null, 5]);
    s.add([null, "合计", null, null, null, sum("F", 4, 7)]);
    pct(s, ["E4", "E5", "E6"]);
    return book(name, s);
  };
  // Row 4: product software of unknown type (neither tool nor 国产) at 8% > 5% → om.product-software-rate warning.
  // Row 5: 备份软件 (tool) 4% ≤ 5%, fine. Row 6: 服务器 (C) 8% fine. Row 7: 数据采集服务 → om.excluded-item.
  return {
    name,
    shape: "O&M, 万元, Oracle 原厂服务 (type unknown), 数据采集服务",
    build,
    expect: [
      { rule: "om.product-software-rate", severity: "warning", sheet: "运维预算", row: 4 },
      { rule: "om.excluded-item", severity: "error", sheet: "运维预算", row: 7 },
    ],
  };
}

function o10(): CorpusEntry {
  const name = "o10-om-two-row-header.xlsx";
  const build = () => {
    const s = new SheetB("运维预算表");
    s.add(["杨浦区某街道2025年度视频会议及网络设备运维预算表"]);
    s.mergeLast("G");
    s.add([null, null, null, null, null, null, "单位：元"]);
    s.add(["序号", "设备名称", "数量", "设备原值", "年维护费", null, "备注"]);
    s.add([null, null, null, null, "费率", "金额", null]);
    for (const m of ["A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:F3", "G3:G4"]) s.merge(m);
    s.add([1, "视频会议终端", 12, 180000, 0.04, feeF("D", "E")]);
    s.add([2, "多点控制器（MCU）", 1, 200000, 0.04, feeF("D", "E")]);
    s.add([3, "无线AP", 20, 40000, 0.04, feeF("D", "E")]);
    s.add([4, "接入交换机", 6, 36000, 0.06, feeF("D", "E")]);
    s.add([null, "合计", null, null, null, sum("F", 5, 8)]);
    pct(s, ["E5", "E6", "E7", "E8"]);
    return book(name, s);
  };
  // Two-row header (年维护费 over 费率/金额). 4% for devices in no list (A) and for 无线AP (A or C, fine either way),
  // 接入交换机 6% (B). Total 18960.
  return { name, shape: "O&M, 元, two-row merged header 年维护费 → 费率 | 金额", build, expect: [] };
}

function v01(): CorpusEntry {
  const name = "v01-service-security-yuan.xlsx";
  const build = () => {
    const s = new SheetB("服务预算");
    s.add(["杨浦区某局2025年度网络安全服务购买服务项目预算表"]);
    s.mergeLast("G");
    s.add(["单位：元"]);
    s.add(["序号", "服务内容", "单位", "数量", "单价", "金额", "备注"]);
    s.add([1, "安全巡检服务", "月", 12, 5000, F("=D{r}*E{r}")]);
    s.add([2, "应急响应服务", "项", 1, 30000, F("=D{r}*E{r}")]);
    s.add([3, "安全运营值守服务", "月", 12, 8000, F("=D{r}*E{r}")]);
    s.add([null, "合计", null, null, null, sum("F", 4, 6)]);
    return book(name, s);
  };
  // A purchased service: no construction fee rule applies; arithmetic holds; total 186000.
  return { name, shape: "购买服务 (security services by 月/项), 元", build, expect: [] };
}

function v02(): CorpusEntry {
  const name = "v02-service-cloud-wan.xlsx";
  const build = () => {
    const s = new SheetB("云服务");
    s.add(["杨浦区某局2025年度政务云服务购买预算表"]);
    s.mergeLast("G");
    s.add(["序号", "资源名称", "规格", "单位", "数量", "单价（万元）", "金额（万元）"]);
    s.add([1, "云主机", "8核16G 100G系统盘", "台·年", 10, 0.6, F("=E{r}*F{r}")]);
    s.add([2, "云存储", "块存储", "TB·年", 20, 0.15, F("=E{r}*F{r}")]);
    s.add([3, "云数据库服务", "高可用版", "套·年", 1, 2, F("=E{r}*F{r}")]);
    s.add([null, "合计", null, null, null, null, sum("G", 3, 5)]);
    return book(name, s);
  };
  // Cloud resources bought as a service: 6 + 3 + 2 = 11; nothing to flag.
  return { name, shape: "云服务 purchase, 万元 in headers", build, expect: [] };
}

export const om: CorpusEntry[] = [o01(), o02(), o03(), o04(), o05(), o06(), o07(), o08(), o09(), o10(), v01(), v02()];
