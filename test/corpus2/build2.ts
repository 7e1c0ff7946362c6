import { entry, F, SheetB, title, writeTable, type Col, type Expect } from "./gen";

/** More construction estimates: several sheets, hidden sheets, odd placements, tiers. Arithmetic by hand. */

const C = (role: Col["role"], head: string): Col => ({ role, head });
const STD8: Col[] = [
  C("no", "序号"),
  C("name", "名称"),
  C("spec", "规格/技术参数"),
  C("unit", "单位"),
  C("qty", "数量"),
  C("price", "单价"),
  C("amt", "金额"),
  C("note", "备注"),
];
const DETAIL: Col[] = [
  C("no", "序号"),
  C("name", "设备名称"),
  C("spec", "主要配置"),
  C("unit", "单位"),
  C("qty", "数量"),
  C("price", "单价（元）"),
  C("amt", "合价（元）"),
  C("note", "备注"),
];
const SOFT: Col[] = [
  C("no", "序号"),
  C("name", "软件/模块名称"),
  C("spec", "功能描述"),
  C("unit", "单位"),
  C("qty", "工作量"),
  C("price", "单价（元）"),
  C("amt", "金额（元）"),
  C("note", "备注"),
];
const sign = (s: SheetB) => s.add(["编制人：王某        审核人：陈某        日期：2025年5月"]);

// ───────────────────────── 11 ─────────────────────────
const b11 = entry(
  "b11-summary-details-mixed-units.xlsx",
  "升级改造, 汇总表 (万元) with formulas into two 元 detail sheets + its own other fees",
  () => {
    const hw = new SheetB("硬件清单");
    title(hw, "表2 硬件设备购置明细表", 8);
    const ph = writeTable(hw, {
      cols: DETAIL,
      numbering: "1",
      sections: [
        {
          lines: [
            { n: "核心交换机", spec: "双主控", u: "台", q: 2, p: 180000 },
            { n: "接入交换机", spec: "48口千兆", u: "台", q: 12, p: 9000 },
            { n: "应用服务器", spec: "2路32核/256G", u: "台", q: 4, p: 65000 },
            { n: "存储", spec: "100TB", u: "套", q: 1, p: 320000 },
            { n: "下一代防火墙", u: "台", q: 2, p: 120000 },
            { n: "堡垒机", u: "台", q: 1, p: 90000 },
          ],
        },
      ],
      total: { name: "合计" },
    });
    const sw = new SheetB("软件清单");
    title(sw, "表3 软件购置及开发明细表", 8);
    const ps = writeTable(sw, {
      cols: SOFT,
      numbering: "1",
      sections: [
        {
          lines: [
            { n: "国产操作系统", key: "os", u: "套", q: 6, p: 5000 },
            { n: "国产数据库", key: "db", u: "套", q: 2, p: 100000 },
            { n: "统一身份认证平台开发", spec: "单点登录、权限", u: "人月", q: 30, p: 19500 },
            { n: "电子证照对接开发", u: "人月", q: 12, p: 20000 },
          ],
        },
      ],
      total: { name: "合计" },
    });
    const s = new SheetB("投资估算汇总表");
    title(s, "杨浦区政务服务平台升级改造项目投资估算汇总表", 5);
    s.add(["序号", "费用名称", "估算金额（万元）", "计算依据", "备注"]);
    s.add(["一", "工程费用", F("=C4+C5+C6")]); // 3
    s.add([1, "硬件设备购置费", F(`=硬件清单!${ph.totalCell}/10000`), "见表2"]); // 4
    s.add([2, "软件购置及开发费", F(`=软件清单!${ps.totalCell}/10000`), "见表3"]); // 5
    s.add([
      3,
      "系统集成费",
      F(`=ROUND((硬件清单!${ph.totalCell}+软件清单!${ps.cell.os}+软件清单!${ps.cell.db})/10000*0.06,4)`),
      "（硬件+软件购置）×6%",
    ]); // 6
    s.add(["二", "工程建设其他费用", F("=SUM(C8:C12)")]); // 7
    s.add([1, "咨询费", 6]);
    s.add([2, "工程监理费", 8]);
    s.add([3, "软件测评费", 5]);
    s.add([4, "安全测评费", 3]);
    s.add([5, "密码应用安全性评估费", 8]);
    s.add(["三", "预备费", 5, "按工程费用约2%"]); // 13
    s.add([null, "总投资", F("=C3+C7+C13")]);
    sign(s);
    // hw 360,000+108,000+260,000+320,000+240,000+90,000 = 1,378,000; sw 30,000+200,000+585,000+240,000 = 1,055,000.
    // 购置 137.8+23 = 160.8 万; 集成 9.648 = 6%; 人月 1.95万 / 2万 ≤ 2; 建设费 137.8+105.5+9.648 = 252.948;
    // four fees 22 ≤ 25.29; 安全测评 3/252.948 = 1.19%; 监理 + 密评 present. Total 287.948.
    return { sheets: [s, hw, sw], expect: [] };
  },
);

// ───────────────────────── 12 ─────────────────────────
const b12 = entry(
  "b12-summary-detail-typed-total-wrong.xlsx",
  "新建, 汇总 + 明细, 明细 合计 typed by hand 10,000 short",
  () => {
    const d = new SheetB("设备明细");
    title(d, "附表：设备及软件明细（元）", 8);
    const pd = writeTable(d, {
      cols: DETAIL,
      numbering: "1",
      sections: [
        {
          lines: [
            { n: "PC服务器", u: "台", q: 3, p: 48000 },
            { n: "汇聚交换机", u: "台", q: 2, p: 26000 },
            { n: "国产操作系统", u: "套", q: 3, p: 6000 },
            { n: "国产数据库", u: "套", q: 1, p: 90000 },
          ],
        },
      ],
      total: { name: "合计", wrong: 306000 },
    });
    const s = new SheetB("汇总表");
    title(s, "杨浦区社区网格化管理系统建设项目预算汇总表", 5);
    s.add(["单位：元"]);
    s.add(["序号", "项目", "金额", "说明", "备注"]);
    s.add([1, "设备及软件购置费", F(`=SUM(设备明细!G${pd.totalRow - 4}:G${pd.totalRow - 1})`), "详见设备明细"]); // 4
    s.add([2, "网格化管理系统定制开发", 360000, "含网格事件流转、考核模块"]); // 5
    s.add([3, "系统集成费", 18000, "购置费×6%"]);
    s.add([4, "软件测评费", 12000]);
    s.add([5, "密码测评费", 20000]);
    s.add([null, "合计", F("=SUM(C4:C8)")]);
    // 明细: 144,000+52,000+18,000+90,000 = 304,000 but 合计 typed 306,000 → sheet.subtotal-mismatch at its cell (the 汇总表
    // sums the detail lines itself, so its own 合计 716,000-2,000 = 714,000 is right).
    // 集成 18,000 / 304,000 = 5.92% (5.88% on the typed 306,000) fine either way. 开发 by amount only, no 人月 anywhere →
    // dev.effort-basis-missing. Total < 100万.
    return {
      sheets: [s, d],
      expect: [
        { rule: "sheet.subtotal-mismatch", severity: "error", sheet: "设备明细", row: pd.totalRow, cell: pd.totalCell },
        { rule: "dev.effort-basis-missing", severity: "warning", sheet: "汇总表", row: 5 },
      ],
    };
  },
);

// ───────────────────────── 13 ─────────────────────────
const b13 = entry(
  "b13-hidden-old-version-compliant.xlsx",
  "新建, 万元, visible estimate compliant + hidden 旧版测算 sheet with a 2.6万 人月",
  () => {
    const s = new SheetB("预算表");
    title(s, "杨浦区某局档案管理系统建设项目预算表", 8);
    s.add(["单位：万元"]);
    writeTable(s, {
      cols: STD8,
      numbering: "1",
      sections: [
        {
          lines: [
            { n: "档案服务器", u: "台", q: 1, p: 7 },
            { n: "高速扫描仪", u: "台", q: 2, p: 1.5 },
            { n: "国产数据库", u: "套", q: 1, p: 5, note: "达梦" },
            { n: "档案管理系统开发", u: "人月", q: 10, p: 1.8 },
            { n: "系统集成费", u: "项", q: 1, p: 0.9, note: "软硬件购置费15万×6%" },
            { n: "密码测评", u: "项", q: 1, p: 2 },
          ],
        },
      ],
      total: { name: "合计" },
    });
    const h = new SheetB("旧版测算");
    h.add(["旧版（作废）"]);
    writeTable(h, {
      cols: STD8,
      numbering: "1",
      sections: [{ lines: [{ n: "档案管理系统开发", u: "人月", q: 10, p: 2.6 }] }],
      total: { name: "合计" },
    });
    h.hide();
    // 购置 7+3+5 = 15; 集成 0.9 = 6%; 人月 1.8; total 35.9. The hidden sheet is not audited (info only).
    return { sheets: [s, h], expect: [] };
  },
);

// ───────────────────────── 14 ─────────────────────────
const b14 = entry("b14-uncached-formula-line.xlsx", "新建, 元, one line's =E*F saved without a cached value", () => {
  const s = new SheetB("采购预算");
  title(s, "某街道会议室信息化设备采购项目预算", 8);
  s.add(["单位：元"]);
  const p = writeTable(s, {
    cols: STD8,
    numbering: "1",
    sections: [
      {
        lines: [
          { n: "笔记本电脑", u: "台", q: 10, p: 6500 },
          { n: "激光打印机", key: "pr", u: "台", q: 4, p: 3200 },
          { n: "投影仪", u: "台", q: 2, p: 8800 },
          { n: "正版办公软件", u: "套", q: 10, p: 900, note: "WPS" },
          { n: "安装调试费", u: "项", q: 1, p: 5400 },
          { n: "密码测评", u: "项", q: 1, p: 8000 },
        ],
      },
    ],
    total: { name: "合计" },
  });
  // Re-write the printer amount as an uncached formula.
  const r = p.row.pr - 1 - s.origin.row;
  s.rows[r][6] = F(`=E${p.row.pr}*F${p.row.pr}`, { noCache: true });
  // 购置 65,000+12,800+17,600+9,000 = 104,400; 安装调试 5,400 = 5.17%. The G cell of 激光打印机 has no cached value →
  // sheet.unreadable-amount there.
  return {
    sheets: [s],
    expect: [
      { rule: "sheet.unreadable-amount", severity: "warning", sheet: "采购预算", row: p.row.pr, cell: p.cell.pr },
    ],
  };
});

// ───────────────────────── 15 ─────────────────────────
const b15 = entry("b15-daiding-amount.xlsx", "新建, 万元, 数据迁移 amount 待定", () => {
  const s = new SheetB("投资估算");
  title(s, "杨浦区某局执法办案系统建设项目投资估算表", 8);
  s.add([null, null, null, null, null, null, "单位：万元"]);
  const p = writeTable(s, {
    cols: STD8,
    numbering: "1",
    sections: [
      {
        lines: [
          { n: "应用服务器", u: "台", q: 2, p: 6 },
          { n: "国产中间件", u: "套", q: 2, p: 2 },
          { n: "执法办案系统开发", u: "人月", q: 16, p: 1.85 },
          { n: "历史数据迁移", key: "mig", u: "项", q: 1, amt: "待定" },
          { n: "系统集成费", u: "项", q: 1, p: 1 },
          { n: "密码应用安全性评估", u: "项", q: 1, p: 2.5 },
        ],
      },
    ],
    total: { name: "合计" },
  });
  // 购置 12+4 = 16; 集成 1 = 6.25%; 人月 1.85; total 49.1 (待定 not counted). 待定 in the 金额 cell (单价 left blank) →
  // sheet.unreadable-amount at the 金额 cell.
  return {
    sheets: [s],
    expect: [
      { rule: "sheet.unreadable-amount", severity: "warning", sheet: "投资估算", row: p.row.mig, cell: p.cell.mig },
    ],
  };
});

// ───────────────────────── 16 ─────────────────────────
const b16 = entry("b16-typo-line-amount-yuan.xlsx", "新建, 元, one 金额 typed 35,700 for 3 × 12,500", () => {
  const s = new SheetB("明细");
  title(s, "杨浦区某中心视频监控联网平台建设项目预算明细", 8);
  s.add(["单位：元"]);
  const p = writeTable(s, {
    cols: STD8,
    numbering: "1",
    sections: [
      {
        lines: [
          { n: "硬盘录像机", key: "nvr", u: "台", q: 3, p: 12500, amt: 35700 },
          { n: "高清摄像头", u: "个", q: 40, p: 1800 },
          { n: "视频管理平台软件", u: "套", q: 1, p: 60000 },
          { n: "系统集成费", u: "项", q: 1, p: 10000 },
          { n: "密码测评费", u: "项", q: 1, p: 15000 },
        ],
      },
    ],
    total: { name: "合计" },
  });
  // 3 × 12,500 = 37,500 ≠ 35,700 (diff 1,800 > 0.5% of 37,500 = 187.5) → sheet.line-arithmetic at G.
  // 购置 35,700/37,500 + 72,000 + 60,000 = 167,700–169,500; 集成 10,000 = 5.90–5.96%. Total 192,700.
  return {
    sheets: [s],
    expect: [{ rule: "sheet.line-arithmetic", severity: "error", sheet: "明细", row: p.row.nvr, cell: p.cell.nvr }],
  };
});

// ───────────────────────── 17 ─────────────────────────
const b17 = entry("b17-oa-four-servers.xlsx", "OA 新建, 万元, no tier: 4 servers > 3 (large)", () => {
  const s = new SheetB("OA建设预算");
  title(s, "杨浦区某局OA办公自动化系统建设项目预算", 8);
  s.add(["单位：万元"]);
  writeTable(s, {
    cols: STD8,
    sections: [
      {
        no: "一",
        title: "硬件",
        key: "hw",
        sub: "row",
        lines: [
          { n: "应用服务器", u: "台", q: 2, p: 5 },
          { n: "数据库服务器", u: "台", q: 1, p: 6 },
          { n: "备份服务器", u: "台", q: 1, p: 4 },
        ],
      },
      {
        no: "二",
        title: "软件",
        key: "sw",
        sub: "row",
        lines: [
          { n: "国产数据库", u: "套", q: 1, p: 4 },
          { n: "OA流程定制开发", u: "人月", q: 12, p: 1.8 },
        ],
      },
      {
        no: "三",
        title: "其他",
        sub: "row",
        lines: [
          { n: "系统集成费", u: "项", q: 1, p: 1.4 },
          { n: "密码测评费", u: "项", q: 1, p: 2 },
        ],
      },
    ],
    total: { name: "合计" },
  });
  // servers 2+1+1 = 4 > 3 (no declared tier → large) → tier.oa. 购置 20+4 = 24; 集成 1.4 = 5.83%; total 49. Rest fine.
  return { sheets: [s], expect: [{ rule: "tier.oa", severity: "error" }] };
});

// ───────────────────────── 18 ─────────────────────────
const b18 = entry("b18-oa-small-declared-pm.xlsx", "OA 小型 declared, 元, 开发 8 人月 > 5", () => {
  const s = new SheetB("预算明细");
  title(s, "某街道小型协同办公系统建设项目预算明细表", 8);
  s.add(["单位：元"]);
  writeTable(s, {
    cols: STD8,
    numbering: "1",
    sections: [
      {
        lines: [
          { n: "应用服务器", u: "台", q: 1, p: 55000 },
          { n: "国产操作系统", u: "套", q: 1, p: 5000 },
          { n: "协同办公系统功能开发", u: "人月", q: 8, p: 18000 },
          { n: "系统集成费", u: "项", q: 1, p: 3600 },
          { n: "密码测评费", u: "项", q: 1, p: 15000 },
        ],
      },
    ],
    total: { name: "合计" },
  });
  // 小型: ≤ 5 人月; 8 > 5 → tier.oa. Total 55,000+5,000+144,000+3,600+15,000 = 222,600 ≤ 25万; 1 server ≤ 1.
  // 集成 3,600 / 60,000 = 6%.
  return { sheets: [s], expect: [{ rule: "tier.oa", severity: "error" }] };
});

// ───────────────────────── 19 ─────────────────────────
const b19 = entry("b19-video-small-over-total.xlsx", "视频会议 新建, 万元, 8 terminals, total 60.8万 > 50万", () => {
  const s = new SheetB("视频会议");
  title(s, "某委视频会议系统建设项目预算（单位：万元）", 8);
  writeTable(s, {
    cols: STD8,
    numbering: "1",
    sections: [
      {
        lines: [
          { n: "MCU多点控制单元", u: "台", q: 1, p: 16 },
          { n: "视频会议终端", u: "台", q: 8, p: 3 },
          { n: "会议摄像机", u: "台", q: 8, p: 1 },
          { n: "显示大屏", u: "块", q: 2, p: 3.5 },
          { n: "系统集成费", u: "项", q: 1, p: 3.3 },
          { n: "密码测评费", u: "项", q: 1, p: 2.5 },
        ],
      },
    ],
    total: { name: "合计" },
  });
  // 8 terminals < 10 → small: ≤ 50万; total 16+24+8+7+3.3+2.5 = 60.8 > 50 → tier.video-conference. 集成 3.3/55 = 6%.
  return { sheets: [s], expect: [{ rule: "tier.video-conference", severity: "error" }] };
});

// ───────────────────────── 20 ─────────────────────────
const b20 = entry(
  "b20-serverroom-60sqm-over.xlsx",
  "机房 新建, 万元, 60㎡ in a note row, total 121.5万 > 100万",
  () => {
    const s = new SheetB("机房建设");
    title(s, "杨浦区某局机房建设项目预算表", 8);
    s.add(["建设面积：60㎡", null, null, null, null, null, "单位：万元"]);
    writeTable(s, {
      cols: STD8,
      sections: [
        {
          no: "一",
          title: "设备",
          key: "hw",
          sub: "row",
          lines: [
            { n: "精密空调", u: "台", q: 2, p: 15 },
            { n: "模块化UPS", u: "台", q: 2, p: 12 },
            { n: "机柜", u: "个", q: 10, p: 0.8 },
            { n: "动力环境监控系统", u: "套", q: 1, p: 8 },
            { n: "气体消防系统", u: "套", q: 1, p: 12 },
          ],
        },
        {
          no: "二",
          title: "工程",
          sub: "row",
          lines: [
            { n: "机房装修工程", u: "㎡", q: 60, p: 0.35 },
            { n: "综合布线", u: "项", q: 1, p: 6 },
            { n: "电气系统", u: "项", q: 1, p: 5 },
          ],
        },
        {
          no: "三",
          title: "其他费用",
          sub: "row",
          lines: [
            { n: "系统集成费", u: "项", q: 1, p: 3 },
            { n: "工程监理费", u: "项", q: 1, p: 2.5 },
            { n: "密码测评费", u: "项", q: 1, p: 2 },
          ],
        },
      ],
      total: { name: "合计" },
    });
    // 20–100㎡ → ≤ 100万. 设备 30+24+8+8+12 = 82 (消防 as facility: 70); 工程 21+6+5 = 32; 其他 7.5. Total 121.5 > 100
    // → tier.server-room. 集成 3 / 70–82 = 3.66–4.29% < 5% → fees.integration-rate warning. 监理 present (≥100万).
    return {
      sheets: [s],
      expect: [
        { rule: "tier.server-room", severity: "error" },
        { rule: "fees.integration-rate", severity: "warning", sheet: "机房建设" },
      ],
    };
  },
);

// ───────────────────────── 21 ─────────────────────────
const b21 = entry(
  "b21-security-test-high-rate-col.xlsx",
  "新建, 元, fees written with a 费率 in 计算依据 and 安全测评 at 3%",
  () => {
    const s = new SheetB("预算表");
    title(s, "杨浦区某局不动产登记信息系统建设项目预算表", 8);
    s.add(["单位：元"]);
    const p = writeTable(s, {
      cols: [
        C("no", "序号"),
        C("name", "名称"),
        C("unit", "单位"),
        C("qty", "数量"),
        C("price", "单价"),
        C("amt", "金额"),
        C("basis", "计算依据"),
        C("note", "备注"),
      ],
      sections: [
        {
          no: "一",
          title: "项目建设费",
          key: "build",
          sub: "row",
          lines: [
            { n: "应用服务器", key: "s1", u: "台", q: 2, p: 60000 },
            { n: "国产数据库", key: "s2", u: "套", q: 1, p: 120000 },
            { n: "登记业务系统开发", u: "人月", q: 24, p: 19000 },
            { n: "系统集成费", key: "int", rate: { of: ["s1", "s2"], r: 0.06 }, basis: "软硬件购置费×6%" },
          ],
        },
        {
          no: "二",
          title: "其他费用",
          sub: "row",
          lines: [
            { n: "安全测评费", key: "sec", rate: { of: ["build"], r: 0.03 }, basis: "项目建设费×3%" },
            { n: "软件测评费", rate: { of: ["build"], r: 0.02 }, basis: "项目建设费×2%" },
            { n: "密码应用安全性评估费", u: "项", q: 1, p: 30000 },
          ],
        },
      ],
      total: { name: "总计" },
    });
    // 购置 240,000; 集成 14,400 = 6%; 建设费 240,000+456,000+14,400 = 710,400; 安全测评 21,312 = 3% > 2% → error;
    // four fees 21,312 + 14,208 = 35,520 = 5% ≤ 10%. Total 710,400+35,520+30,000 = 775,920 < 100万.
    return {
      sheets: [s],
      expect: [{ rule: "fees.security-test-rate", severity: "error", sheet: "预算表", row: p.row.sec }],
    };
  },
);

// ───────────────────────── 22 ─────────────────────────
const b22 = entry(
  "b22-dengbao-after-total-compliant.xlsx",
  "新建, 万元, 三级等保测评 listed after 总计 as 另行申报",
  () => {
    const s = new SheetB("估算表");
    title(s, "杨浦区某局12345工单协同系统建设项目投资估算表", 8);
    s.add(["单位：万元"]);
    writeTable(s, {
      cols: STD8,
      numbering: "1",
      sections: [
        {
          lines: [
            { n: "应用服务器", u: "台", q: 3, p: 6 },
            { n: "国产数据库", u: "套", q: 1, p: 6 },
            { n: "工单协同系统开发", u: "人月", q: 25, p: 1.8 },
            { n: "系统集成费", u: "项", q: 1, p: 1.5 },
            { n: "工程监理费", u: "项", q: 1, p: 2 },
            { n: "密码测评费", u: "项", q: 1, p: 3 },
          ],
        },
      ],
      total: { name: "总计" },
      after: [{ n: "三级等保测评（另行申报，不计入总投资）", u: "项", q: 1, p: 6 }],
    });
    // 购置 24; 集成 1.5 = 6.25%; 建设费 70.5; four fees 2 ≤ 7.05; total 77.5. The 等保 line is outside the total as the
    // standard asks → no cost.excluded-dengbao.
    return { sheets: [s], expect: [] };
  },
);

// ───────────────────────── 23 ─────────────────────────
const b23 = entry("b23-dengbao2-inside-compliant.xlsx", "升级, 元, 二级等保测评 inside the total (allowed)", () => {
  const s = new SheetB("Sheet1");
  title(s, "某街道社区事务受理系统升级项目预算表", 8);
  s.add(["单位：元"]);
  writeTable(s, {
    cols: STD8,
    numbering: "1",
    sections: [
      {
        lines: [
          { n: "受理终端一体机", u: "台", q: 10, p: 9000 },
          { n: "高拍仪", u: "台", q: 10, p: 1500 },
          { n: "受理系统功能升级开发", u: "人月", q: 6, p: 19800 },
          { n: "安装调试", u: "项", q: 1, p: 6000 },
          { n: "二级等保测评", u: "项", q: 1, p: 35000 },
          { n: "密码测评", u: "项", q: 1, p: 20000 },
        ],
      },
    ],
    total: { name: "合计" },
  });
  // 购置 90,000+15,000 = 105,000; 安装调试 6,000 = 5.71%; 人月 1.98万; 二级 → no rule. Total 284,800.
  return { sheets: [s], expect: [] };
});

// ───────────────────────── 24 ─────────────────────────
const b24 = entry("b24-upgrade-no-supervision-yuan.xlsx", "升级改造, 元, 建设金额 128万 without 监理", () => {
  const s = new SheetB("预算");
  title(s, "杨浦区某局综合指挥调度系统升级改造项目预算表", 8);
  s.add([null, null, null, null, null, null, "金额单位：元"]);
  writeTable(s, {
    cols: STD8,
    sections: [
      {
        no: "一",
        title: "硬件设备",
        key: "hw",
        sub: "head",
        lines: [
          { n: "指挥大屏", u: "套", q: 1, p: 280000 },
          { n: "应用服务器", u: "台", q: 4, p: 60000 },
          { n: "接入交换机", u: "台", q: 6, p: 8000 },
        ],
      },
      {
        no: "二",
        title: "软件",
        key: "sw",
        sub: "head",
        lines: [
          { n: "国产操作系统", u: "套", q: 4, p: 5000 },
          { n: "调度系统升级开发", u: "人月", q: 30, p: 19000 },
        ],
      },
      {
        no: "三",
        title: "其他费用",
        sub: "head",
        lines: [
          { n: "系统集成费", u: "项", q: 1, p: 33000 },
          { n: "软件测评费", u: "项", q: 1, p: 20000 },
          { n: "密码测评费", u: "项", q: 1, p: 40000 },
        ],
      },
    ],
    total: { name: "合计" },
  });
  // hw 280,000+240,000+48,000 = 568,000; sw 20,000+570,000; 购置 588,000; 集成 33,000 = 5.61%; other 93,000.
  // Total 568,000+590,000+93,000 = 1,251,000 ≥ 100万 and no 监理 → process.supervision-required.
  return { sheets: [s], expect: [{ rule: "process.supervision-required", severity: "error" }] };
});

// ───────────────────────── 25 ─────────────────────────
const b25 = entry(
  "b25-origin-B3-zhehe-compliant.xlsx",
  "新建, 元, table starting at B3 with a 折合（万元） column",
  () => {
    const s = new SheetB("预算表", { row: 2, col: 1 });
    s.add(["杨浦区某局电子档案室智能化建设项目预算"]);
    s.merge("B3:I3");
    s.add(["序号", "名称", "单位", "数量", "单价（元）", "金额（元）", "折合（万元）", "备注"]);
    const rows: number[] = [];
    const line = (no: number, n: string, u: string, q: number, p: number, note?: string) => {
      const r = s.add([no, n, u, q, p, undefined, undefined, note]);
      rows.push(r);
      return r;
    };
    // columns: B 序号, C 名称, D 单位, E 数量, F 单价, G 金额, H 折合, I 备注
    const fix = (r: number) => {
      s.rows[r - 1 - 2][5] = F(`=E${r}*F${r}`);
      s.rows[r - 1 - 2][6] = F(`=G${r}/10000`);
    };
    [
      line(1, "智能密集架", "列", 20, 6000),
      line(2, "温湿度监控主机", "台", 2, 8000),
      line(3, "档案管理服务器", "台", 1, 50000),
      line(4, "国产操作系统", "套", 1, 5000),
      line(5, "系统集成费", "项", 1, 11000, "购置费×6%"),
      line(6, "密码测评费", "项", 1, 10000),
    ].forEach(fix);
    const t = s.add([null, "合计", null, null, null, F(`=SUM(G${rows[0]}:G${rows[rows.length - 1]})`), undefined]);
    s.rows[t - 1 - 2][6] = F(`=G${t}/10000`);
    // 购置 120,000+16,000+50,000+5,000 = 191,000; 集成 11,000 = 5.76%; total 212,000 (21.2 万 in the 折合 column).
    return { sheets: [s], expect: [] };
  },
);

// ───────────────────────── 26 ─────────────────────────
const b26 = entry(
  "b26-two-row-header-dev-per-item.xlsx",
  "新建, 万元, two-row header (金额 over 单价/合价), 开发 by 项",
  () => {
    const s = new SheetB("投资估算表");
    title(s, "杨浦区某局公共信用信息系统建设项目投资估算表", 7);
    s.add(["单位：万元"]);
    s.add(["序号", "项目名称", "单位", "数量", "金额", null, "备注"]);
    s.merge("E3:F3");
    s.add([null, null, null, null, "单价", "合价", null]);
    s.merge("A3:A4").merge("B3:B4").merge("C3:C4").merge("D3:D4").merge("G3:G4");
    s.add([1, "应用服务器", "台", 2, 6.5, F("=D{r}*E{r}")]); // 5
    s.add([2, "国产数据库", "套", 1, 8, F("=D{r}*E{r}")]);
    s.add([3, "信用信息归集系统开发", "项", 1, 28, F("=D{r}*E{r}"), "含归集、公示、查询模块"]); // 7
    s.add([4, "系统集成费", "项", 1, 1.3, F("=D{r}*E{r}")]);
    s.add([5, "密码测评费", "项", 1, 2.5, F("=D{r}*E{r}")]);
    s.add([null, "合计", null, null, null, F("=SUM(F5:F9)")]);
    // 开发 by 项 with no 人月 → dev.effort-basis-missing on row 7. 购置 21; 集成 1.3 = 6.19%; total 52.8.
    return {
      sheets: [s],
      expect: [{ rule: "dev.effort-basis-missing", severity: "warning", sheet: "投资估算表", row: 7 }],
    };
  },
);

// ───────────────────────── 27 ─────────────────────────
const b27 = entry(
  "b27-side-by-side-compliant.xlsx",
  "新建, 万元, 工程费用 table left (A–F), 其他费用 table right (H–K), 总投资 below",
  () => {
    const s = new SheetB("估算");
    s.add(["杨浦区某局数字孪生展示平台建设项目投资估算（单位：万元）"]);
    s.merge("A1:K1");
    s.add(["序号", "工程费用名称", "单位", "数量", "单价", "金额", null, "序号", "其他费用名称", "金额", "计算依据"]);
    s.add([1, "渲染服务器", "台", 2, 9, F("=D{r}*E{r}"), null, 1, "咨询费", 2, "建设费×2.5%"]); // 3
    s.add([2, "LED拼接屏", "套", 1, 30, F("=D{r}*E{r}"), null, 2, "软件测评费", 1.6, null]);
    s.add([3, "国产操作系统", "套", 2, 0.5, F("=D{r}*E{r}"), null, 3, "密码测评费", 2.5, null]);
    s.add([4, "三维建模及展示系统开发", "人月", 15, 1.9, F("=D{r}*E{r}"), null, null, "小计", F("=SUM(J3:J5)"), null]);
    s.add([5, "数据对接", "项", 1, 4, F("=D{r}*E{r}")]);
    s.add([6, "系统集成费", "项", 1, 2.9, F("=D{r}*E{r}")]);
    s.add([null, "小计", null, null, null, F("=SUM(F3:F8)")]); // 9
    s.add([null, "总投资", null, null, null, F("=F9+J6")]);
    // 购置 18+30+1 = 49; 集成 2.9 = 5.92%; 建设费 49+28.5+4+2.9 = 84.4; four fees 3.6 ≤ 8.44; total 84.4+6.1 = 90.5.
    return { sheets: [s], expect: [] };
  },
);

// ───────────────────────── 28 ─────────────────────────
const b28 = entry(
  "b28-website-pm-over-large.xlsx",
  "门户网站 新建, 万元, no tier: 28 人月 > 25 (large), 人月 column",
  () => {
    const s = new SheetB("网站预算");
    title(s, "某区级部门门户网站集约化建设项目预算表", 7);
    s.add(["单位：万元"]);
    s.add(["序号", "建设内容", "人月", "人月单价", "金额", "备注"]);
    s.add([1, "网站群平台定制开发", 20, 1.8, F("=C{r}*D{r}")]); // 4
    s.add([2, "智能问答模块开发", 8, 1.8, F("=C{r}*D{r}")]);
    s.add(["序号", "设备及软件", "数量", "单价", "金额", "备注"]);
    s.add([1, "Web服务器", 2, 7, F("=C{r}*D{r}")]); // 7
    s.add([2, "国产中间件", 2, 2.5, F("=C{r}*D{r}")]);
    s.add([3, "系统集成费", 1, 1.2, F("=C{r}*D{r}"), "购置费×6.3%"]);
    s.add([4, "工程监理费", 1, 2.5, F("=C{r}*D{r}")]);
    s.add([5, "密码测评费", 1, 2.5, F("=C{r}*D{r}")]);
    s.add([null, "合计", null, null, F("=SUM(E4:E5)+SUM(E7:E11)")]);
    // 28 人月 > 25 → tier.website. 购置 19; 集成 1.2 = 6.32%; 建设费 50.4+19+1.2 = 70.6; 监理 2.5 ≤ 7.06; total 75.6 ≤ 140.
    return { sheets: [s], expect: [{ rule: "tier.website", severity: "error" }] };
  },
);

// ───────────────────────── 29 ─────────────────────────
const b29 = entry(
  "b29-four-fees-over-yuan-keyan.xlsx",
  "新建, 元, 可研 sections 工程费用 / 工程建设其他费用 / 预备费, four fees 12.5%",
  () => {
    const s = new SheetB("投资估算表");
    title(s, "杨浦区某局智慧党建平台建设项目投资估算表", 8);
    s.add(["单位：元"]);
    writeTable(s, {
      cols: [
        C("no", "序号"),
        C("name", "工程或费用名称"),
        C("unit", "单位"),
        C("qty", "数量"),
        C("price", "单价"),
        C("amt", "合计"),
        C("basis", "取费标准"),
        C("note", "备注"),
      ],
      sections: [
        {
          no: "一",
          title: "工程费用",
          key: "eng",
          sub: "head",
          lines: [
            { n: "应用服务器", key: "h", u: "台", q: 2, p: 50000 },
            { n: "国产中间件", key: "m", u: "套", q: 2, p: 20000 },
            { n: "党建平台定制开发", u: "人月", q: 20, p: 18000 },
            { n: "系统集成费", rate: { of: ["h", "m"], r: 0.05 }, basis: "软硬件购置费×5%" },
          ],
        },
        {
          no: "二",
          title: "工程建设其他费用",
          sub: "head",
          lines: [
            { n: "可行性研究报告编制费", amt: 18000 },
            { n: "工程监理费", amt: 22000 },
            { n: "软件测评费", amt: 16000 },
            { n: "安全测评费", amt: 6000 },
            { n: "密码测评费", amt: 25000 },
          ],
        },
        { no: "三", title: "预备费", sub: "head", lines: [{ n: "基本预备费", amt: 10000, basis: "约工程费用的2%" }] },
      ],
      total: { name: "项目总投资" },
    });
    // 购置 140,000; 集成 7,000 = 5%; 建设费 140,000+360,000+7,000 = 507,000; four fees 18,000+22,000+16,000+6,000 = 62,000
    // = 12.2% > 10% → fees.four-fees-cap. 安全测评 6,000 = 1.18% fine. Total 604,000.
    return { sheets: [s], expect: [{ rule: "fees.four-fees-cap", severity: "error", sheet: "投资估算表" }] };
  },
);

// ───────────────────────── 30 ─────────────────────────
const b30 = entry(
  "b30-fullwidth-wan-strings-compliant.xlsx",
  '新建, 元, 金额 cells as "12.5万" text and full-width digits, typed total',
  () => {
    const s = new SheetB("预算");
    title(s, "某街道智慧社区管理平台建设项目预算", 6);
    s.add(["序号", "名称", "单位", "数量", "金额（元）", "备注"]);
    s.add(["１", "社区管理平台定制开发", "人月", "１０", "18万", "1.8万元/人月"]); // 3
    s.add(["２", "应用服务器", "台", "２", "12.5万", "6.25万元/台"]);
    s.add(["３", "国产数据库", "套", "１", "5万", null]);
    s.add(["４", "系统集成费", "项", "１", "1.05万", "购置费×6%"]);
    s.add(["５", "密码测评费", "项", "１", "2万", null]);
    s.add([null, "合计", null, null, "385,500", "人民币叁拾捌万伍仟伍佰元整"]);
    // 180,000+125,000+50,000+10,500+20,000 = 385,500 ✓. 购置 175,000; 集成 10,500 = 6%; 人月 1.8万.
    return { sheets: [s], expect: [] };
  },
);

export const construction2 = [
  b11,
  b12,
  b13,
  b14,
  b15,
  b16,
  b17,
  b18,
  b19,
  b20,
  b21,
  b22,
  b23,
  b24,
  b25,
  b26,
  b27,
  b28,
  b29,
  b30,
];
void ({} as Expect);
