import { book, F, mul, type CorpusEntry, SheetB, sum } from "./kit";
import { COLS, single, type LineSpec } from "./layout";

/**
 * More shapes: the 国家电子政务 可研 附表 layout ((一) 建筑工程费 … (七) 预备费), the 可研 matrix with 建筑工程费 /
 * 设备购置费 / 安装工程费 / 其他费用 / 合计 / 占总投资比例 columns, a table that starts at B2, two sheets with no
 * summary, dev units 人·月 and 人/月, a > 400万 build, more O&M caps. Bases as in construction.ts.
 */

const fee = (name: string, amount: number, extra: Partial<LineSpec> = {}): LineSpec => ({
  name,
  unit: "项",
  qty: 1,
  price: amount,
  ...extra,
});

function k02(): CorpusEntry {
  const name = "k02-keyan-matrix.xlsx";
  const build = () => {
    const s = new SheetB("投资估算表");
    s.add(["杨浦区某街道城市数字化转型综合平台建设项目投资估算表"]);
    s.mergeLast("H");
    s.add([null, null, null, null, null, null, null, "单位：万元"]);
    s.add([
      "序号",
      "工程或费用名称",
      "建筑工程费",
      "设备购置费",
      "安装工程费",
      "其他费用",
      "合计",
      "占总投资比例（%）",
    ]);
    const share = F("=ROUND(G{r}/G$19*100,2)");
    const rowSum = F("=SUM(C{r}:F{r})");
    s.add([
      "1",
      "工程费用",
      sum("C", 5, 10),
      sum("D", 5, 10),
      sum("E", 5, 10),
      sum("F", 5, 10),
      sum("G", 5, 10),
      share,
    ]);
    s.add(["1.1", "机房配套工程", 6, null, null, null, rowSum]);
    s.add(["1.2", "服务器及存储设备", null, 30, null, null, rowSum]);
    s.add(["1.3", "网络安全设备", null, 12, null, null, rowSum]);
    s.add(["1.4", "基础软件（操作系统、数据库、中间件）", null, 10, null, null, rowSum]);
    s.add(["1.5", "应用系统开发", null, null, null, 120, rowSum]);
    s.add(["1.6", "系统集成及安装调试", null, null, 3.6, null, rowSum]);
    s.add(["2", "工程建设其他费用", null, null, null, sum("F", 12, 16), sum("G", 12, 16), share]);
    s.add(["2.1", "咨询设计费", null, null, null, 4, rowSum]);
    s.add(["2.2", "监理费", null, null, null, 4.5, rowSum]);
    s.add(["2.3", "软件测评费", null, null, null, 3, rowSum]);
    s.add(["2.4", "安全测评费", null, null, null, 2, rowSum]);
    s.add(["2.5", "密码测评费", null, null, null, 3, rowSum]);
    s.add([null, "1~2小计", F("=C4+C11"), F("=D4+D11"), F("=E4+E11"), F("=F4+F11"), F("=G4+G11")]);
    s.add(["3", "预备费", null, null, null, 5, rowSum, share]);
    s.add([
      null,
      "总计",
      F("=C17+C18"),
      F("=D17+D18"),
      F("=E17+E18"),
      F("=F17+F18"),
      F("=G17+G18"),
      F("=ROUND(G{r}/G$19*100,2)"),
    ]);
    return book(name, s);
  };
  // Money by type in C–F, the line amount in 合计 (G); H is a share, not money.
  // P = 30 + 12 + 10 = 52; 集成 3.6 / 52 = 6.92%; C = 6 + 52 + 120 + 3.6 = 181.6; four 13.5 ≤ 18.16; 安全 1.10%;
  // 密评; 总计 203.1 ≥ 100 with 监理. Row 9 应用系统开发 has no 人月 basis anywhere → dev.effort-basis-missing.
  return {
    name,
    shape: "可研 matrix: 建筑工程费/设备购置费/安装工程费/其他费用/合计/占总投资比例 columns, 1.1 numbering, 1~2小计",
    build,
    expect: [{ rule: "dev.effort-basis-missing", severity: "warning", sheet: "投资估算表", row: 9 }],
  };
}

function c45(): CorpusEntry {
  const name = "c45-table-at-b2.xlsx";
  const build = () => {
    const s = new SheetB("预算表", { row: 1, col: 1 });
    s.add(["杨浦区某局OA系统升级改造项目预算表"]);
    s.merge("B2:I2");
    s.add([null, null, null, null, null, null, null, "单位：万元"]);
    s.add(["序号", "名称", "规格", "单位", "数量", "单价", "金额", "备注"]);
    s.add([1, "应用服务器", "2路/64G", "台", 1, 5.5, mul("F", "G")]);
    s.add([2, "国产中间件", "金蝶 Apusic", "套", 1, 2.5, mul("F", "G")]);
    s.add([3, "流程优化开发", null, "人月", 8, 2, mul("F", "G")]);
    s.add([4, "系统集成费", null, "项", 1, 0.48, mul("F", "G")]);
    s.add([5, "软件测评费", null, "项", 1, 0.6, mul("F", "G")]);
    s.add([6, "安全测评费", null, "项", 1, 0.3, mul("F", "G")]);
    s.add([7, "密码测评费", null, "项", 1, 1.2, mul("F", "G")]);
    s.add([null, "合计", null, null, null, null, sum("H", 5, 11)]);
    return book(name, s);
  };
  // Used range starts at B2 (column A and row 1 empty). P = 8; 集成 0.48 = 6%; C = 24.48; four 0.9; 安全 1.23%;
  // 密评; total 26.58; OA large tier fine.
  return { name, shape: "table starting at B2 (blank row 1 and column A), 万元, OA upgrade", build, expect: [] };
}

function c46(): CorpusEntry {
  const name = "c46-two-sheets-no-summary.xlsx";
  const build = () => {
    const a = new SheetB("建设费用");
    a.add(["杨浦区某局河长制管理信息系统建设项目投资估算表（建设费用）"]);
    a.mergeLast("G");
    a.add(["序号", "名称", "规格型号", "单位", "数量", "单价（元）", "金额（元）"]);
    a.add([1, "应用服务器", null, "台", 2, 40000, mul("E", "F")]);
    a.add([2, "巡河终端", "三防手持", "台", 20, 3000, mul("E", "F")]);
    a.add([3, "数据库", "国产", "套", 1, 50000, mul("E", "F")]);
    a.add([4, "巡河管理功能开发", null, "人月", 20, 19000, mul("E", "F")]);
    a.add([null, "合计", null, null, null, null, sum("G", 3, 6)]);
    const b = new SheetB("其他费用");
    b.add(["其他费用测算表"]);
    b.add(["序号", "费用名称", "计费依据", "金额（元）"]);
    b.add([1, "系统集成费", "软硬件购置费×6%", 11400]);
    b.add([2, "监理费", null, 15000]);
    b.add([3, "软件测评费", null, 15000]);
    b.add([4, "安全测评费", null, 8000]);
    b.add([5, "密码测评费", null, 20000]);
    b.add([null, "合计", null, sum("D", 3, 7)]);
    return book(name, a, b);
  };
  // Two tables, no summary: both count. P = 80000 + 60000 + 50000 = 190000; 集成 11400 = 6%; C = 581400;
  // four 38000 ≤ 58140; 安全 1.38%; 密评; total 639400.
  return { name, shape: "建设费用 + 其他费用 sheets, no summary, 元", build, expect: [] };
}

function o11(): CorpusEntry {
  const name = "o11-om-complexity-column.xlsx";
  const build = () => {
    const s = new SheetB("应用运维");
    s.add(["杨浦区某局2025年度应用系统运维经费预算表"]);
    s.mergeLast("G");
    s.add(["序号", "系统名称", "原开发费（万元）", "运维费率", "年运维费（万元）", "复杂程度", "备注"]);
    s.add([1, "城市运行管理平台应用软件运维", 300, 0.18, F("=C{r}*D{r}"), "非常复杂"]);
    s.add([2, "档案管理系统应用软件运维", 60, 0.25, 15, null]);
    s.add([3, "内部办公系统应用软件运维", 40, 0.05, 2, "简单"]);
    s.add([4, "政务外网通信费", null, null, 6, null, "线路费"]);
    s.add([null, "合计", null, null, sum("E", 3, 6)]);
    for (const c of ["D3", "D4", "D5"]) s.format(c, "0%");
    return book(name, s);
  };
  // Row 3: 非常复杂 18% ≤ 20%. Row 4: 25% with no complexity > 20% → om.app-software-rate error. Row 5: 简单 5%.
  // Row 6: 通信费 → om.excluded-item. Units in the headers only (原开发费（万元）).
  return {
    name,
    shape: "O&M apps, 万元 in headers, 复杂程度 column, 通信费",
    build,
    expect: [
      { rule: "om.app-software-rate", severity: "error", sheet: "应用运维", row: 4 },
      { rule: "om.excluded-item", severity: "error", sheet: "应用运维", row: 6 },
    ],
  };
}

function o12(): CorpusEntry {
  const name = "o12-om-domestic-software-over.xlsx";
  const build = () => {
    const s = new SheetB("基础软件运维");
    s.add(["杨浦区某局2025年度基础软件运维预算表"]);
    s.mergeLast("G");
    s.add(["单位：元"]);
    s.add(["序号", "软件名称", "数量", "购置金额", "维保费率", "维保费", "备注"]);
    s.add([1, "东方通中间件原厂服务", 4, 160000, 0.12, F("=D{r}*E{r}"), "国产"]);
    s.add([2, "金仓数据库原厂服务", 2, 200000, 0.1, F("=D{r}*E{r}")]);
    s.add([3, "版式软件升级服务", 100, 50000, 0.05, F("=D{r}*E{r}")]);
    s.add([4, "PC服务器维保", 6, 300000, 0.08, F("=D{r}*E{r}")]);
    s.add([null, "合计", null, null, null, sum("F", 4, 7)]);
    for (const c of ["E4", "E5", "E6", "E7"]) s.format(c, "0%");
    return book(name, s);
  };
  // Row 4: 国产 cap 10%, 19200 > 16000 → om.product-software-rate error. Row 5: 金仓 (国产) 10% fine.
  // Row 6: 版式 (tool) 5% fine. Row 7: PC服务器 (C) 8% fine.
  return {
    name,
    shape: "O&M product software, 元, 国产中间件 at 12%",
    build,
    expect: [{ rule: "om.product-software-rate", severity: "error", sheet: "基础软件运维", row: 4 }],
  };
}

function c49(): CorpusEntry {
  const name = "c49-yen-strings-round-formulas.xlsx";
  const build = () => {
    const s = new SheetB("投资估算表");
    s.add(["杨浦区某局智慧食安监管平台建设项目投资估算表"]);
    s.mergeLast("H");
    s.add([null, null, null, null, null, null, null, "单位：元"]);
    s.add(["序号", "费用名称", "规格及说明", "单位", "数量", "单价", "金额", "备注"]);
    s.add(["一", "硬件设备购置费", null, null, null, null, sum("G", 5, 6)]);
    s.add([1, "应用服务器", "2路/128G", "台", 2, "¥48,000.00", 96000]);
    s.add([2, "存储", "统一存储 60TB", "台", 1, "¥100,000.00", 100000]);
    s.add(["二", "软件购置费", null, null, null, null, sum("G", 8, 8)]);
    s.add([1, "数据库", "国产", "套", 1, "50,000", 50000]);
    s.add(["三", "应用软件开发费", null, null, null, null, sum("G", 10, 10)]);
    s.add([1, "监管业务功能开发", null, "人月", 20, 20000, mul("E", "F")]);
    s.add(["四", "其他费用", null, null, null, null, sum("G", 12, 16)]);
    s.add([1, "系统集成费", "软硬件购置费×6%", "项", 1, null, F("=ROUND((G4+G7)*6%,2)")]);
    s.add([2, "监理费", null, "项", 1, 15000, mul("E", "F")]);
    s.add([3, "软件测评费", null, "项", 1, 15000, mul("E", "F")]);
    s.add([4, "安全测评费", null, "项", 1, 8000, mul("E", "F")]);
    s.add([5, "密码测评费", null, "项", 1, 20000, mul("E", "F")]);
    s.add(["五", "预备费", null, null, null, null, sum("G", 18, 18)]);
    s.add([1, "基本预备费", "（一至四）×3%", "项", 1, null, F("=ROUND((G4+G7+G9+G11)*3%,0)")]);
    s.add([null, "合计", null, null, null, null, F("=G4+G7+G9+G11+G17")]);
    return book(name, s);
  };
  // Unit prices typed as "¥48,000.00" / "50,000" text; 集成 and 预备费 computed by ROUND formulas.
  // P = 96000 + 100000 + 50000 = 246000; 集成 14760 = 6%; C = 246000 + 400000 + 14760 = 660760; four 38000 ≤ 66076;
  // 安全 1.21%; 密评; 预备费 ROUND(718760 × 3%) = 21563; total 740323.
  return {
    name,
    shape: "元, ¥/thousand-separator price strings, 集成费 and 预备费 as ROUND(…×6%) formulas",
    build,
    expect: [],
  };
}

export const more: CorpusEntry[] = [
  // 国家电子政务 可研 附表 layout. Facility 8 (机房装修改造); P = 58 + 20 = 78; 集成 5.46 = 7%; C = 8 + 78 + 70 + 5.46
  // = 161.46; four (前期咨询 3 + 监理 4 + 软件测评 3 + 安全测评 2) 12 ≤ 16.146; 安全 1.24%; 密评; 管理费/招标代理/培训/
  // 预备费 outside the four; total 185.16 ≥ 100 with 监理.
  single(
    "k01-keyan-gov-annex.xlsx",
    "国家电子政务 可研 附表: （一）建筑工程费 … （七）预备费, amounts on section rows, 万元",
    {
      sheet: "附表4 项目总投资估算表",
      title: "杨浦区某局社会治理综合信息平台建设项目总投资估算表",
      unit: "万元",
      unitIn: "row",
      cols: [
        ["seq", "序号"],
        ["name", "工程或费用名称"],
        ["unit", "单位"],
        ["qty", "数量"],
        ["price", "单价"],
        ["amount", "金额"],
        ["note", "备注"],
      ],
      seq: "paren",
      sections: [
        { title: "建筑工程费", subtotal: "head", lines: [fee("机房装修改造", 8)] },
        {
          title: "硬件设备购置费",
          subtotal: "head",
          lines: [
            { name: "应用服务器", unit: "台", qty: 4, price: 5 },
            { name: "存储", unit: "台", qty: 1, price: 18 },
            { name: "核心交换机", unit: "台", qty: 2, price: 6 },
            { name: "防火墙", unit: "台", qty: 2, price: 4 },
          ],
        },
        {
          title: "系统软件购置费",
          subtotal: "head",
          lines: [
            { name: "操作系统", unit: "套", qty: 4, price: 0.5 },
            { name: "数据库", unit: "套", qty: 2, price: 6 },
            { name: "中间件", unit: "套", qty: 2, price: 3 },
          ],
        },
        {
          title: "应用系统开发费",
          subtotal: "head",
          lines: [{ name: "综合指挥模块开发", unit: "人月", qty: 30, price: 2 }, fee("数据治理服务", 10)],
        },
        { title: "系统集成费", subtotal: "head", lines: [fee("系统集成费", 5.46, { note: "（二）+（三）×7%" })] },
        {
          title: "其他费用",
          subtotal: "head",
          lines: [
            fee("项目管理费", 1.5),
            fee("前期咨询费", 3),
            fee("监理费", 4),
            fee("软件测评费", 3),
            fee("安全测评费", 2),
            fee("密码测评费", 3),
            fee("招标代理费", 1.2),
            fee("培训费", 1.0),
          ],
        },
        { title: "预备费", subtotal: "head", lines: [fee("基本预备费", 5)] },
      ],
      totalLabel: "总计",
    },
    () => [],
  ),

  k02(),

  // Two 三级等保 lines (测评 + 整改) inside the 合计 → cost.excluded-dengbao on each. P = 26; 集成 1.56 = 6%;
  // C = 57.56; four 3.8 ≤ 5.756; 安全 1.39%; 密评; 建设金额 63.36 < 100.
  single(
    "c41-dengbao-test-and-fix.xlsx",
    "upgrade, 万元, 三级等保测评 + 三级等保整改 inside",
    {
      sheet: "投资估算表",
      title: "杨浦区某局不动产登记信息系统升级改造项目投资估算表",
      unit: "万元",
      unitIn: "row",
      cols: COLS.classic,
      seq: "cn",
      sections: [
        {
          title: "硬件及软件",
          subtotal: "row",
          lines: [
            { name: "应用服务器", unit: "台", qty: 2, price: 6 },
            { name: "数据库审计", unit: "台", qty: 1, price: 8 },
            { name: "数据库", unit: "套", qty: 1, price: 6 },
          ],
        },
        { title: "应用开发", subtotal: "row", lines: [{ name: "登记业务功能开发", unit: "人月", qty: 15, price: 2 }] },
        {
          title: "其他费用",
          subtotal: "row",
          lines: [
            fee("系统集成费", 1.56),
            fee("监理费", 1.5),
            fee("软件测评费", 1.5),
            fee("安全测评费", 0.8),
            fee("密码测评费", 2),
            { id: "t", ...fee("三级等保测评", 4) },
            { id: "f", ...fee("三级等保整改", 6) },
          ],
        },
      ],
      totalLabel: "合计",
    },
    (b) => [
      { rule: "cost.excluded-dengbao", severity: "error", sheet: "投资估算表", row: b.rows.t },
      { rule: "cost.excluded-dengbao", severity: "error", sheet: "投资估算表", row: b.rows.f },
    ],
  ),

  // 二期 (upgrade) over 400万: P = 1900000 + 450000 = 2350000; 集成 141000 = 6%; C = 2350000 + 1600000 + 300000 +
  // 141000 = 4391000; four 430000 ≤ 439100; 安全 1.37%; 密评; total 4901000 (公开招标 / route: info only).
  single(
    "c42-large-upgrade-490.xlsx",
    "二期 upgrade of 490万, 元, fees just under the cap",
    {
      sheet: "投资估算表",
      title: "杨浦区一网统管城市运行平台（二期）建设项目投资估算表",
      unit: "元",
      unitIn: "row",
      cols: COLS.classic,
      seq: "cn",
      sections: [
        {
          title: "硬件设备购置费",
          subtotal: "row",
          lines: [
            { name: "应用服务器", unit: "台", qty: 10, price: 60000 },
            { name: "存储", unit: "台", qty: 2, price: 400000 },
            { name: "核心交换机", unit: "台", qty: 2, price: 150000 },
            { name: "防火墙", unit: "台", qty: 2, price: 100000 },
          ],
        },
        {
          title: "软件购置费",
          subtotal: "row",
          lines: [
            { name: "数据库", unit: "套", qty: 4, price: 60000 },
            { name: "中间件", unit: "套", qty: 4, price: 40000 },
            { name: "操作系统", unit: "套", qty: 10, price: 5000 },
          ],
        },
        {
          title: "应用开发及数据服务",
          subtotal: "row",
          lines: [{ name: "城运平台二期功能开发", unit: "人月", qty: 80, price: 20000 }, fee("数据治理服务", 300000)],
        },
        {
          title: "其他费用",
          subtotal: "row",
          lines: [
            fee("系统集成费", 141000),
            fee("咨询费", 120000),
            fee("监理费", 150000),
            fee("软件测评费", 100000),
            fee("安全测评费", 60000),
            fee("密码测评费", 80000),
          ],
        },
      ],
      totalLabel: "合计",
    },
    () => [],
  ),

  // Hotline upgrade with 15 坐席: policy.hotline is for new builds only → nothing. P = 1.2 + 9 + 12 = 22.2;
  // 集成 1.33 = 5.99% (14.8% if 坐席耳麦 and 呼叫中心平台软件 were dropped); C = 33.53; four 1.5; 安全 1.49%; 密评.
  single(
    "c43-hotline-upgrade-15.xlsx",
    "hotline upgrade (15 坐席), 万元, unmatched goods",
    {
      sheet: "投资估算表",
      title: "杨浦区某局服务热线系统升级改造项目投资估算表",
      unit: "万元",
      unitIn: "row",
      cols: COLS.device,
      seq: "cn",
      sections: [
        {
          title: "设备及软件",
          subtotal: "row",
          lines: [
            { name: "坐席耳麦", unit: "副", qty: 15, price: 0.08 },
            { name: "坐席PC机", unit: "台", qty: 15, price: 0.6 },
            { name: "呼叫中心平台软件", spec: "V5.0", unit: "套", qty: 1, price: 12 },
          ],
        },
        { title: "应用开发", subtotal: "row", lines: [{ name: "热线工单对接开发", unit: "人月", qty: 5, price: 2 }] },
        {
          title: "其他费用",
          subtotal: "row",
          lines: [fee("系统集成费", 1.33), fee("软件测评费", 1), fee("安全测评费", 0.5), fee("密码测评费", 1.5)],
        },
      ],
      totalLabel: "合计",
      notes: ["注：现有坐席15席，本次升级不新增坐席。"],
    },
    () => [],
  ),

  // 人·月 and 人/月 units are person-months; 智能问答 at "2.2万元/人月" = 22000 > 20000 → error at its 单价 cell.
  // P = 98000; 集成 6860 = 7%; C = 98000 + 200000 + 152000 + 132000 + 6860 = 588860; four 41000 ≤ 58886; 安全 1.36%.
  single(
    "c44-dev-unit-variants.xlsx",
    "元, dev units 人·月 / 人/月 / 人月, one price 2.2万元/人月 as text",
    {
      sheet: "投资估算表",
      title: "杨浦区某局公共法律服务平台建设项目投资估算表",
      unit: "元",
      unitIn: "row",
      cols: COLS.classic,
      seq: "cn",
      sections: [
        {
          title: "购置费",
          subtotal: "row",
          lines: [
            { name: "应用服务器", unit: "台", qty: 2, price: 45000 },
            { name: "操作系统", unit: "套", qty: 2, price: 4000 },
          ],
        },
        {
          title: "应用开发费",
          subtotal: "row",
          lines: [
            { name: "法律咨询模块开发", unit: "人·月", qty: 10, price: 20000 },
            { name: "预约服务功能开发", unit: "人/月", qty: 8, price: 19000 },
            { id: "qa", name: "智能问答功能开发", unit: "人月", qty: 6, price: "2.2万元/人月", amount: 132000 },
          ],
        },
        {
          title: "其他费用",
          subtotal: "row",
          lines: [
            fee("系统集成费", 6860),
            fee("监理费", 18000),
            fee("软件测评费", 15000),
            fee("安全测评费", 8000),
            fee("密码测评费", 25000),
          ],
        },
      ],
      totalLabel: "合计",
    },
    (b) => [
      { rule: "dev.person-month-price", severity: "error", sheet: "投资估算表", cell: `${b.col.price}${b.rows.qa}` },
    ],
  ),

  // "建设项目（升级改造）" is an upgrade: policy.hotline (new builds only) must stay silent at 20 坐席.
  // P = 12 + 1.6 (坐席耳麦) + 15 (呼叫中心平台软件) = 28.6; 集成 1.72 = 6.01%; C = 42.32; four 1.5 ≤ 4.232;
  // 安全 1.18%; 密评; total 45.32.
  single(
    "c47-hotline-jianshe-shengji.xlsx",
    "title 服务热线建设项目（升级改造）, 20 坐席, 万元",
    {
      sheet: "投资估算表",
      title: "杨浦区某局服务热线建设项目（升级改造）投资估算表",
      unit: "万元",
      unitIn: "row",
      cols: COLS.device,
      seq: "cn",
      sections: [
        {
          title: "设备及软件",
          subtotal: "row",
          lines: [
            { name: "坐席PC机", unit: "台", qty: 20, price: 0.6 },
            { name: "坐席耳麦", unit: "副", qty: 20, price: 0.08 },
            { name: "呼叫中心平台软件", unit: "套", qty: 1, price: 15 },
          ],
        },
        {
          title: "应用开发",
          subtotal: "row",
          lines: [{ name: "智能语音导航功能开发", unit: "人月", qty: 6, price: 2 }],
        },
        {
          title: "其他费用",
          subtotal: "row",
          lines: [fee("系统集成费", 1.72), fee("软件测评费", 1), fee("安全测评费", 0.5), fee("密码测评费", 1.5)],
        },
      ],
      totalLabel: "合计",
      notes: ["注：现有坐席20席，本次为系统升级改造。"],
    },
    () => [],
  ),

  // Devices named by brand/model, the kind in 规格: P = 195000 + 36000 + 70000 + 15000 = 316000; 集成 22120 = 7%;
  // C = 316000 + 300000 + 22120 = 638120; four 45000 ≤ 63812; 安全 1.57%; 密评; total 708120.
  single(
    "c48-model-named-devices.xlsx",
    "lines named by brand/model (联想ThinkSystem SR650, H3C S5560X, 深信服AF), 元",
    {
      sheet: "投资估算表",
      title: "杨浦区某局企业信用信息平台建设项目投资估算表",
      unit: "元",
      unitIn: "header",
      cols: COLS.device,
      seq: "cn",
      sections: [
        {
          title: "设备及基础软件",
          subtotal: "row",
          lines: [
            { name: "联想ThinkSystem SR650", spec: "2U机架式服务器 2×银牌4314/256G", unit: "台", qty: 3, price: 65000 },
            { name: "H3C S5560X-54C-EI", spec: "万兆接入交换机", unit: "台", qty: 2, price: 18000 },
            { name: "深信服AF-1000-B1080", spec: "下一代防火墙", unit: "台", qty: 1, price: 70000 },
            { name: "银河麒麟V10", spec: "服务器操作系统", unit: "套", qty: 3, price: 5000 },
          ],
        },
        {
          title: "应用开发",
          subtotal: "row",
          lines: [{ name: "信用信息归集功能开发", unit: "人月", qty: 15, price: 20000 }],
        },
        {
          title: "其他费用",
          subtotal: "row",
          lines: [
            fee("系统集成费", 22120),
            fee("监理费", 20000),
            fee("软件测评费", 15000),
            fee("安全测评费", 10000),
            fee("密码测评费", 25000),
          ],
        },
      ],
      totalLabel: "合计",
    },
    () => [],
  ),

  c45(),
  c46(),
  c49(),
  o11(),
  o12(),
];
