import { entry, F, SheetB, title, writeOm, type OmCol } from "./gen";

/**
 * O&M (运维) and purchased-service (服务) budgets. Caps (三(三)): hardware A 4% / B 6% / C 8% of 原值 (no list → A),
 * security devices' daily maintenance 10%, product software 工具类 5% / 国产 10% (type unknown → warning), application
 * maintenance 简单 7% / 较复杂 12% / 非常复杂 20% of 原开发费 (unknown: 7–20% warning, > 20% error), excluded items
 * (专线, IDC, 带宽 …) error in O&M only.
 */

const O = (role: OmCol["role"], head: string): OmCol => ({ role, head });

// ───────────────────────── o01 ─────────────────────────
const o01 = entry(
  "o01-om-hw-yuan-at-caps.xlsx",
  "O&M, 元, 设备名称/品牌型号/设备原值（元）/维护费率/年维护费（元）, every class at or under cap",
  () => {
    const s = new SheetB("硬件维保");
    title(s, "杨浦区某局2025年度信息化设备维保费预算表", 8);
    s.add(["填报单位：某局办公室", null, null, null, null, null, null, "单位：元"]);
    writeOm(
      s,
      [
        O("no", "序号"),
        O("name", "设备名称"),
        O("spec", "品牌型号"),
        O("qty", "数量"),
        O("base", "设备原值（元）"),
        O("rate", "维护费率"),
        O("fee", "年维护费（元）"),
        O("note", "备注"),
      ],
      [
        {
          lines: [
            { n: "核心交换机", spec: "华为 S12708", q: 2, base: 360000, rate: 0.04 },
            { n: "汇聚交换机", spec: "H3C S6520", q: 4, base: 104000, rate: 0.06 },
            { n: "刀片服务器", spec: "华为 E9000", q: 8, base: 640000, rate: 0.08 },
            { n: "磁带库", spec: "IBM TS4300", q: 1, base: 150000, rate: 0.03 },
            { n: "平板电脑", q: 20, base: 80000, rate: 0.06 },
            { n: "光纤交换机", q: 2, base: 90000, rate: 0.04 },
          ],
        },
      ],
      "fraction",
      "合计",
    );
    s.add(["编制人：        审核人：        2025年1月"]);
    // 4% A, 6% B, 8% C, 3% ≤ 4% A, 6% B, 4% A: all within caps.
    return { sheets: [s], expect: [] };
  },
);

// ───────────────────────── o02 ─────────────────────────
const o02 = entry(
  "o02-om-percent-col-pc-server-10.xlsx",
  "O&M, 万元, 费率（%） column holding 10 / 6 / 4, PC服务器 at 10%",
  () => {
    const s = new SheetB("运维预算");
    title(s, "某街道2025年电子政务运维项目预算（单位：万元）", 7);
    const p = writeOm(
      s,
      [
        O("no", "序号"),
        O("name", "运维对象"),
        O("qty", "数量（台）"),
        O("base", "原值"),
        O("rate", "费率（%）"),
        O("fee", "运维费"),
        O("note", "备注"),
      ],
      [
        {
          lines: [
            { n: "PC服务器", key: "pc", q: 10, base: 50, rate: 0.1 },
            { n: "接入交换机", q: 20, base: 16, rate: 0.06 },
            { n: "UPS", q: 2, base: 12, rate: 0.06 },
            { n: "空调", q: 2, base: 20, rate: 0.04 },
            { n: "打印机", q: 10, base: 3, rate: 0.08 },
          ],
        },
      ],
      "percent",
      "合计",
    );
    // PC服务器 C 8%: 50 × 10% = 5 > 4 → om.hardware-rate. Others at cap.
    return { sheets: [s], expect: [{ rule: "om.hardware-rate", severity: "error", sheet: "运维预算", row: p.row.pc }] };
  },
);

// ───────────────────────── o03 ─────────────────────────
const o03 = entry("o03-om-text-rates-core-5pct.xlsx", 'O&M, 元, rates typed as text "5%", fees typed by hand', () => {
  const s = new SheetB("维保明细");
  title(s, "杨浦区某中心网络设备年度维保预算", 7);
  s.add(["单位：元"]);
  const p = writeOm(
    s,
    [
      O("no", "序号"),
      O("name", "设备"),
      O("spec", "型号"),
      O("base", "购置金额"),
      O("rate", "维保费率"),
      O("fee", "维保金额"),
      O("note", "备注"),
    ],
    [
      {
        lines: [
          { n: "核心交换机", key: "core", spec: "S7706", base: 200000, rate: "5%", fee: 10000 },
          { n: "接入交换机", spec: "S5735", base: 60000, rate: "6%", fee: 3600 },
          { n: "笔记本", base: 100000, rate: "8%", fee: 8000 },
          { n: "防雷系统", base: 50000, rate: "4%", fee: 2000 },
        ],
      },
    ],
    "text",
    "合计",
  );
  // 核心交换机 A: 200,000 × 4% = 8,000 < 10,000 → om.hardware-rate. Others at cap.
  return { sheets: [s], expect: [{ rule: "om.hardware-rate", severity: "error", sheet: "维保明细", row: p.row.core }] };
});

// ───────────────────────── o04 ─────────────────────────
const o04 = entry(
  "o04-om-security-12pct.xlsx",
  "O&M, 元, security devices: 防火墙 特征库升级及日常运行维护 at 12%",
  () => {
    const s = new SheetB("安全设备运维");
    title(s, "2025年度网络安全设备运行维护费预算表", 7);
    s.add(["单位：元"]);
    const p = writeOm(
      s,
      [
        O("no", "序号"),
        O("name", "服务内容"),
        O("spec", "设备型号"),
        O("base", "设备采购金额"),
        O("rate", "比例"),
        O("fee", "年度费用"),
        O("note", "备注"),
      ],
      [
        {
          lines: [
            { n: "防火墙特征库升级及日常运行维护", key: "fw", spec: "天融信 NGFW", base: 300000, rate: 0.12 },
            { n: "入侵防御系统规则库升级", spec: "绿盟 NIPS", base: 200000, rate: 0.1 },
            { n: "日志审计系统日常运行维护", base: 150000, rate: 0.08 },
          ],
        },
      ],
      "fraction",
      "合计",
    );
    // 防火墙 12% > 10% → om.security-device-rate (36,000 > 30,000). IPS 10%, 日志审计 8% fine.
    return {
      sheets: [s],
      expect: [{ rule: "om.security-device-rate", severity: "error", sheet: "安全设备运维", row: p.row.fw }],
    };
  },
);

// ───────────────────────── o05 ─────────────────────────
const o05 = entry(
  "o05-om-product-software-mixed.xlsx",
  "O&M, 元, product software: 杀毒 6%, 达梦 10%, WPS 5%, Oracle 8% type unknown",
  () => {
    const s = new SheetB("软件维护");
    title(s, "某局2025年度正版软件运维费预算表", 7);
    s.add(["单位：元"]);
    const p = writeOm(
      s,
      [
        O("no", "序号"),
        O("name", "软件名称"),
        O("spec", "厂商/版本"),
        O("base", "采购金额"),
        O("rate", "服务费率"),
        O("fee", "年服务费"),
        O("note", "软件类型"),
      ],
      [
        {
          lines: [
            { n: "杀毒软件升级服务", key: "av", spec: "瑞星 网络版", base: 80000, rate: 0.06, note: "工具类" },
            { n: "达梦数据库原厂服务", spec: "DM8", base: 200000, rate: 0.1, note: "国产" },
            { n: "WPS办公软件升级服务", base: 100000, rate: 0.05, note: "国产工具类" },
            { n: "Oracle数据库原厂服务", key: "ora", spec: "19c", base: 300000, rate: 0.08 },
          ],
        },
      ],
      "fraction",
      "合计",
    );
    // 杀毒 (tool) 6% > 5% → error; 达梦 (国产) 10% fine; WPS (tool + 国产) 5% fine; Oracle: neither tool nor 国产 → warning.
    return {
      sheets: [s],
      expect: [
        { rule: "om.product-software-rate", severity: "error", sheet: "软件维护", row: p.row.av },
        { rule: "om.product-software-rate", severity: "warning", sheet: "软件维护", row: p.row.ora },
      ],
    };
  },
);

// ───────────────────────── o06 ─────────────────────────
const o06 = entry(
  "o06-om-app-complexity.xlsx",
  "O&M, 元, application maintenance on 原开发费 with complexity in name/备注",
  () => {
    const s = new SheetB("应用运维");
    title(s, "杨浦区某局应用系统运维费预算表", 7);
    s.add([null, null, null, null, null, null, "单位：元"]);
    const p = writeOm(
      s,
      [
        O("no", "序号"),
        O("name", "系统名称"),
        O("base", "原开发费"),
        O("rate", "运维费率"),
        O("fee", "年运维费"),
        O("note", "复杂程度"),
        O("blank", "说明"),
      ],
      [
        {
          lines: [
            { n: "行政审批系统应用软件运维", key: "unk", base: 1200000, rate: 0.15 },
            { n: "网上办事大厅应用软件运维", base: 1000000, rate: 0.12, note: "较复杂" },
            { n: "内部门户应用软件维护", key: "simple", base: 400000, rate: 0.08, note: "简单" },
            { n: "数据交换平台应用软件运维", base: 800000, rate: 0.18, note: "非常复杂" },
          ],
        },
      ],
      "fraction",
      "合计",
    );
    // 15% no complexity (7–20%) → warning; 较复杂 12% fine; 简单 8% > 7% → error; 非常复杂 18% fine.
    return {
      sheets: [s],
      expect: [
        { rule: "om.app-software-rate", severity: "warning", sheet: "应用运维", row: p.row.unk },
        { rule: "om.app-software-rate", severity: "error", sheet: "应用运维", row: p.row.simple },
      ],
    };
  },
);

// ───────────────────────── o07 ─────────────────────────
const o07 = entry(
  "o07-om-excluded-line-rental.xlsx",
  "O&M, 万元, 专线 / IDC / 带宽 lines among device maintenance",
  () => {
    const s = new SheetB("运维经费");
    title(s, "某委2025年度信息系统运维经费预算表", 7);
    s.add(["单位：万元"]);
    const p = writeOm(
      s,
      [
        O("no", "序号"),
        O("name", "费用项目"),
        O("qty", "数量"),
        O("base", "设备原值"),
        O("rate", "费率"),
        O("fee", "金额"),
        O("note", "备注"),
      ],
      [
        {
          lines: [
            { n: "应用服务器维保", q: 6, base: 40, rate: 0.08 },
            { n: "存储设备维保", q: 1, base: 30, rate: 0.05 },
            { n: "政务外网专线租用", key: "zx", fee: 12, note: "2条×6万/年" },
            { n: "IDC机柜租用", key: "idc", fee: 8 },
            { n: "互联网带宽租用", key: "bw", fee: 6 },
          ],
        },
      ],
      "fraction",
      "合计",
    );
    // 应用服务器 (C) 8%, 存储 (B) 5% ≤ 6% fine. 专线, IDC, 带宽 → om.excluded-item ×3.
    return {
      sheets: [s],
      expect: [
        { rule: "om.excluded-item", severity: "error", sheet: "运维经费", row: p.row.zx },
        { rule: "om.excluded-item", severity: "error", sheet: "运维经费", row: p.row.idc },
        { rule: "om.excluded-item", severity: "error", sheet: "运维经费", row: p.row.bw },
      ],
    };
  },
);

// ───────────────────────── o08 ─────────────────────────
const o08 = entry(
  "o08-om-wan-class-column-compliant.xlsx",
  "O&M, 万元, 类别 column A/B/C written by the unit, sections with 小计, 原值/原开发费 header",
  () => {
    const s = new SheetB("运维费测算");
    title(s, "杨浦区某局2025年运维项目费用测算表", 8);
    s.add(["单位：万元"]);
    writeOm(
      s,
      [
        O("no", "序号"),
        O("name", "运维内容"),
        O("class", "类别"),
        O("qty", "数量"),
        O("base", "原值/原开发费"),
        O("rate", "费率"),
        O("fee", "年运维费"),
        O("note", "备注"),
      ],
      [
        {
          no: "（一）",
          title: "硬件设备维护",
          sub: true,
          lines: [
            { n: "核心交换机", cls: "A类", q: 2, base: 60, rate: 0.04 },
            { n: "磁盘阵列", cls: "B类", q: 1, base: 30, rate: 0.06 },
            { n: "PC服务器", cls: "C类", q: 6, base: 45, rate: 0.08 },
          ],
        },
        {
          no: "（二）",
          title: "安全设备维护",
          sub: true,
          lines: [{ n: "堡垒机日常运行维护", q: 1, base: 20, rate: 0.1 }],
        },
        {
          no: "（三）",
          title: "软件维护",
          sub: true,
          lines: [
            { n: "麒麟操作系统升级服务", q: 10, base: 10, rate: 0.1, note: "国产" },
            { n: "综合办公系统应用软件运维", q: 1, base: 80, rate: 0.1, note: "较复杂" },
          ],
        },
      ],
      "fraction",
      "合计",
    );
    // A 4%, B 6%, C 8%, security 10%, 麒麟 (国产) 10%, 较复杂 10% ≤ 12%: compliant.
    return { sheets: [s], expect: [] };
  },
);

// ───────────────────────── o09 ─────────────────────────
const o09 = entry("o09-om-unlisted-device-a-5pct.xlsx", "O&M, 元, LED显示屏 (in no class list → A) at 5%", () => {
  const s = new SheetB("设备维护");
  title(s, "某街道指挥中心设备维护费预算", 7);
  s.add(["单位：元"]);
  const p = writeOm(
    s,
    [
      O("no", "序号"),
      O("name", "维护对象"),
      O("qty", "数量"),
      O("base", "设备原值"),
      O("rate", "维护费率"),
      O("fee", "维护费"),
      O("note", "备注"),
    ],
    [
      {
        lines: [
          { n: "LED显示屏", key: "led", q: 1, base: 400000, rate: 0.05 },
          { n: "门禁系统", q: 1, base: 60000, rate: 0.04 },
          { n: "报警系统", q: 1, base: 40000, rate: 0.04 },
        ],
      },
    ],
    "fraction",
    "合计",
  );
  // LED显示屏: no class list → A 4%; 20,000 > 16,000 → om.hardware-rate (the class default itself is info).
  return { sheets: [s], expect: [{ rule: "om.hardware-rate", severity: "error", sheet: "设备维护", row: p.row.led }] };
});

// ───────────────────────── o10 ─────────────────────────
const o10 = entry("o10-om-subtotal-typed-wrong.xlsx", "O&M, 万元, 小计 typed 5.6 for 5.16", () => {
  const s = new SheetB("运维");
  title(s, "某局2025年度运维费预算（万元）", 6);
  s.add(["序号", "运维对象", "原值", "费率", "运维费", "备注"]);
  s.add([1, "应用服务器", 30, 0.08, F("=C{r}*D{r}")]); // 3
  s.add([2, "接入交换机", 18, 0.06, F("=C{r}*D{r}")]);
  s.add([3, "机柜", 4, 0.04, F("=C{r}*D{r}")]);
  const sub = s.add([null, "小计", null, null, 3.6]); // 6: 2.4 + 1.08 + 0.16 = 3.64
  s.add([4, "协同办公系统应用软件运维（简单）", 20, 0.07, F("=C{r}*D{r}")]); // 7
  s.add([null, "合计", null, null, F("=SUM(E3:E5)+E7")]); // the 合计 sums the lines, so only the 小计 is wrong
  ["D3", "D4", "D5", "D7"].forEach((c) => s.format(c, "0%"));
  // 小计 3.6 vs 2.4+1.08+0.16 = 3.64: diff 0.04 > max(0.01, 0.5% × 3.64 = 0.0182) → sheet.subtotal-mismatch at E6.
  return {
    sheets: [s],
    expect: [{ rule: "sheet.subtotal-mismatch", severity: "error", sheet: "运维", row: sub, cell: `E${sub}` }],
  };
});

// ───────────────────────── o11 ─────────────────────────
const o11 = entry(
  "o11-om-onsite-staff-compliant.xlsx",
  "O&M, 元, 驻场 service lines by 人·月 + app maintenance table below",
  () => {
    const s = new SheetB("运维服务费");
    title(s, "杨浦区某中心2025年度信息系统运维服务费预算", 7);
    s.add(["单位：元"]);
    s.add(["序号", "服务内容", "单位", "数量", "单价", "金额", "备注"]);
    s.add([1, "驻场运维工程师服务", "人·月", 24, 15000, F("=D{r}*E{r}"), "2人×12个月"]); // 4
    s.add([2, "巡检服务", "次", 4, 3000, F("=D{r}*E{r}")]);
    s.add([null, "小计", null, null, null, F("=SUM(F4:F5)")]); // 6
    s.blank();
    s.add(["序号", "系统名称", "原开发费", "运维费率", "年运维费", "复杂程度"]); // 8
    s.add([1, "社区事务受理系统应用软件运维", 900000, 0.1, F("=C{r}*D{r}"), "复杂"]);
    s.add([2, "内部门户网站应用软件运维", 300000, 0.07, F("=C{r}*D{r}"), "简单"]);
    s.add([null, "小计", null, null, F("=SUM(E9:E10)")]); // 11
    s.add([null, "合计", null, null, F("=F6+E11")]);
    s.format("D9", "0%").format("D10", "0%");
    // 驻场 / 巡检: services (no cap). 复杂 = 较复杂 12%: 10% fine; 简单 7% fine. Total 372,000+111,000 = 483,000.
    return { sheets: [s], expect: [] };
  },
);

// ───────────────────────── o12 ─────────────────────────
const o12 = entry(
  "o12-om-hidden-calc-compliant.xlsx",
  "O&M, 元, visible budget compliant + hidden 测算 sheet with 专线",
  () => {
    const s = new SheetB("运维预算");
    title(s, "某局2025年运维项目预算表", 7);
    s.add(["单位：元"]);
    writeOm(
      s,
      [
        O("no", "序号"),
        O("name", "设备/费用名称"),
        O("qty", "数量"),
        O("base", "原值"),
        O("rate", "费率"),
        O("fee", "年运维费"),
        O("note", "备注"),
      ],
      [
        {
          lines: [
            { n: "X86服务器", q: 4, base: 240000, rate: 0.08 },
            { n: "汇聚交换机", q: 2, base: 80000, rate: 0.06 },
            { n: "统信操作系统升级服务", q: 4, base: 20000, rate: 0.1, note: "国产" },
          ],
        },
      ],
      "fraction",
      "合计",
    );
    const h = new SheetB("测算");
    h.add(["序号", "费用名称", "金额"]);
    h.add([1, "政务外网专线租用", 60000]);
    h.hide();
    // C 8%, B 6%, 统信 (国产) 10%. The hidden sheet is skipped (info only).
    return { sheets: [s, h], expect: [] };
  },
);

// ───────────────────────── o13 ─────────────────────────
const o13 = entry(
  "o13-om-summary-details-app-22pct.xlsx",
  "O&M, 汇总表 → 硬件/软件 detail sheets (元), app maintenance 22% with no complexity",
  () => {
    const hw = new SheetB("硬件维护明细");
    const ph = writeOm(
      hw,
      [
        O("no", "序号"),
        O("name", "设备名称"),
        O("qty", "数量"),
        O("base", "原值（元）"),
        O("rate", "费率"),
        O("fee", "维护费（元）"),
      ],
      [
        {
          lines: [
            { n: "刀片服务器", q: 6, base: 480000, rate: 0.07 },
            { n: "核心交换机", q: 2, base: 200000, rate: 0.04 },
          ],
        },
      ],
      "fraction",
      "合计",
    );
    const sw = new SheetB("软件维护明细");
    const ps = writeOm(
      sw,
      [
        O("no", "序号"),
        O("name", "系统名称"),
        O("base", "原开发费（元）"),
        O("rate", "费率"),
        O("fee", "运维费（元）"),
        O("note", "备注"),
      ],
      [
        {
          lines: [
            { n: "智慧党建平台应用软件运维", key: "app", base: 500000, rate: 0.22 },
            { n: "档案管理系统应用软件运维", base: 300000, rate: 0.06 },
          ],
        },
      ],
      "fraction",
      "合计",
    );
    const s = new SheetB("运维汇总");
    title(s, "杨浦区某局2025年度运维项目经费汇总表", 4);
    s.add(["序号", "费用类别", "金额（元）", "备注"]);
    s.add([1, "硬件设备维护费", F(`=硬件维护明细!${ph.cell.total}`), "见硬件维护明细"]);
    s.add([2, "应用软件运维费", F(`=软件维护明细!${ps.cell.total}`), "见软件维护明细"]);
    s.add([3, "运维管理服务费", 20000]);
    s.add([null, "合计", F("=SUM(C3:C5)")]);
    // 刀片 (C) 7% ≤ 8%, 核心 (A) 4%. 智慧党建 22% with no complexity > 20% → om.app-software-rate error; 档案 6% ≤ 7%.
    return {
      sheets: [s, hw, sw],
      expect: [{ rule: "om.app-software-rate", severity: "error", sheet: "软件维护明细", row: ps.row.app }],
    };
  },
);

// ───────────────────────── services ─────────────────────────
const s01 = entry("s01-service-newmedia-compliant.xlsx", "服务, 元, 购买服务 budget by 项/月", () => {
  const s = new SheetB("服务预算");
  title(s, "杨浦区某局2025年政务新媒体运营购买服务项目预算", 7);
  s.add(["单位：元"]);
  s.add(["序号", "服务内容", "单位", "数量", "单价", "金额", "备注"]);
  s.add([1, "内容编辑及发布服务", "月", 12, 8000, F("=D{r}*E{r}")]);
  s.add([2, "专题策划服务", "次", 6, 5000, F("=D{r}*E{r}")]);
  s.add([3, "舆情监测服务", "年", 1, 40000, F("=D{r}*E{r}")]);
  s.add([null, "合计", null, null, null, F("=SUM(F4:F6)")]);
  // 96,000+30,000+40,000 = 166,000. Services; no cap applies.
  return { sheets: [s], expect: [] };
});

const s02 = entry("s02-service-dev-2.2.xlsx", "服务, 万元, 运营服务 budget with a 开发 line at 2.2万/人月", () => {
  const s = new SheetB("Sheet1");
  title(s, "某街道“一网统管”运营服务项目预算表", 7);
  s.add([null, null, null, null, null, null, "单位：万元"]);
  s.add(["序号", "服务内容", "单位", "数量", "单价", "金额", "备注"]);
  s.add([1, "平台运营值守服务", "人月", 24, 1.5, F("=D{r}*E{r}")]);
  const dev = s.add([2, "场景应用功能开发", "人月", 6, 2.2, F("=D{r}*E{r}")]);
  s.add([3, "数据分析报告", "期", 12, 0.5, F("=D{r}*E{r}")]);
  s.add([null, "合计", null, null, null, F("=SUM(F4:F6)")]);
  // 开发 2.2 > 2 → dev.person-month-price at E (单价). 值守 is a service at 1.5/人月 (not 开发).
  return {
    sheets: [s],
    expect: [{ rule: "dev.person-month-price", severity: "error", sheet: "Sheet1", row: dev, cell: `E${dev}` }],
  };
});

const s03 = entry(
  "s03-service-cloud-bandwidth-compliant.xlsx",
  "服务, 元, 云服务 with 带宽 (excluded only in O&M)",
  () => {
    const s = new SheetB("云服务");
    title(s, "某局2025年政务云服务项目预算", 7);
    s.add(["单位：元"]);
    s.add(["序号", "服务项目", "规格", "数量", "单价（元/年）", "金额（元）", "备注"]);
    s.add([1, "云主机", "8核16G", 10, 6000, F("=D{r}*E{r}")]);
    s.add([2, "云存储", "10TB", 1, 30000, F("=D{r}*E{r}")]);
    s.add([3, "互联网带宽", "100M", 1, 24000, F("=D{r}*E{r}")]);
    s.add([4, "云安全服务", "等保基础套餐", 1, 36000, F("=D{r}*E{r}")]);
    s.add([null, "合计", null, null, null, F("=SUM(F4:F7)")]);
    // A service budget, not O&M: 带宽 is not an excluded O&M item here. 60,000+30,000+24,000+36,000 = 150,000.
    return { sheets: [s], expect: [] };
  },
);

const s04 = entry("s04-service-arith.xlsx", "服务, 元, 话务外包 seats: 10 × 6,500 × 12 typed 708,000", () => {
  const s = new SheetB("服务费");
  title(s, "某委2025年度咨询服务外包购买服务预算表", 7);
  s.add(["单位：元"]);
  s.add(["序号", "服务内容", "单位", "数量", "单价", "金额", "备注"]);
  const bad = s.add([1, "话务人员外包服务", "人·月", 120, 6500, 708000, "10人×12个月"]);
  s.add([2, "质检服务", "月", 12, 4000, F("=D{r}*E{r}")]);
  s.add([null, "合计", null, null, null, F("=SUM(F4:F5)")]);
  // 120 × 6,500 = 780,000 ≠ 708,000 → sheet.line-arithmetic at F. Total 756,000 = 708,000 + 48,000 (sum consistent).
  return {
    sheets: [s],
    expect: [{ rule: "sheet.line-arithmetic", severity: "error", sheet: "服务费", row: bad, cell: `F${bad}` }],
  };
});

export const om2 = [o01, o02, o03, o04, o05, o06, o07, o08, o09, o10, o11, o12, o13, s01, s02, s03, s04];
