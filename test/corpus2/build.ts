import { entry, SheetB, title, writeTable, type Col, type Expect } from "./gen";

/**
 * Construction (新建 / 升级改造) estimates. Every figure in the comments is worked by hand from domain.md §3–§4
 * and standards/yangpu-2023.json: 项目建设费 = hardware + security + product software + development + data +
 * facility + integration; 软硬件购置费 = hardware + security + product software; integration 5–8% of 购置费;
 * 安全测评 0.5–2% of 建设费; 咨询+监理+软件测评+安全测评 ≤ 10% of 建设费; 人月 ≤ 2万; 密码测评 line required;
 * 建设金额 (total without 等保) ≥ 100万 needs a 监理 line.
 */

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
const KEYAN: Col[] = [
  C("no", "序号"),
  C("name", "工程或费用名称"),
  C("unit", "单位"),
  C("qty", "数量"),
  C("price", "单价（万元）"),
  C("amt", "合价（万元）"),
  C("basis", "计算依据"),
  C("note", "备注"),
];
const QUOTE: Col[] = [
  C("no", "序号"),
  C("name", "货物/服务名称"),
  C("spec", "品牌型号"),
  C("qty", "数量"),
  C("unit", "单位"),
  C("price", "单价(元)"),
  C("amt", "总价(元)"),
  C("note", "说明"),
];
const SPACER: Col[] = [
  C("letter", "编号"),
  C("blank", ""),
  C("name", "费用名称"),
  C("qty", "数量"),
  C("unit", "计量单位"),
  C("price", "单价"),
  C("amt", "小计"),
  C("basis", "取费说明"),
];

const sign = (s: SheetB, text = "编制人：张某某        审核人：李某某        编制日期：2025年3月") => s.add([text]);
const daxie = (s: SheetB, text: string) => s.add(["合计人民币（大写）：" + text]);

// ───────────────────────── 1 ─────────────────────────
const b01 = entry(
  "b01-oa-keyan-wan-compliant.xlsx",
  "OA 新建, 万元, 可研 投资估算表 with 计算依据 column, sections with 小计, 大写 + 编制人 rows",
  () => {
    const s = new SheetB("投资估算表");
    title(s, "杨浦区某局协同办公（OA）系统建设项目投资估算表", 8);
    s.add([null, null, null, null, null, null, null, "单位：万元"]);
    const p = writeTable(s, {
      cols: KEYAN,
      sections: [
        {
          no: "一",
          title: "硬件设备购置费",
          key: "hw",
          sub: "row",
          lines: [
            { n: "应用服务器", u: "台", q: 2, p: 6.5 },
            { n: "数据库服务器", u: "台", q: 1, p: 8 },
          ],
        },
        {
          no: "二",
          title: "软件购置费",
          key: "sw",
          sub: "row",
          lines: [
            { n: "国产操作系统", u: "套", q: 3, p: 0.6 },
            { n: "国产数据库软件", u: "套", q: 1, p: 6 },
            { n: "中间件", u: "套", q: 2, p: 2.5 },
            { n: "版式软件", u: "套", q: 50, p: 0.05 },
          ],
        },
        {
          no: "三",
          title: "应用软件开发费",
          key: "dev",
          sub: "row",
          lines: [{ n: "协同办公系统定制开发", u: "人月", q: 20, p: 1.8, basis: "20人月×1.8万元/人月" }],
        },
        {
          no: "四",
          title: "系统集成费",
          key: "int",
          sub: "none",
          lines: [{ n: "系统集成费", rate: { of: ["hw", "sw"], r: 0.06, digits: 4 }, basis: "按软硬件购置费的6%计取" }],
        },
        {
          no: "五",
          title: "工程建设其他费用",
          sub: "row",
          lines: [
            { n: "咨询（或设计）费", u: "项", q: 1, p: 2 },
            { n: "工程监理费", u: "项", q: 1, p: 2.5 },
            { n: "第三方软件测评费", u: "项", q: 1, p: 1.5 },
            { n: "安全测评费", u: "项", q: 1, p: 0.8 },
            { n: "密码应用安全性评估费", u: "项", q: 1, p: 3 },
            { n: "建设单位管理费", u: "项", q: 1, p: 0.8 },
          ],
        },
        { no: "六", title: "基本预备费", sub: "none", lines: [{ n: "基本预备费", u: "项", q: 1, p: 2 }] },
      ],
      total: { name: "项目总投资" },
    });
    void p;
    daxie(s, "捌拾柒万零柒佰捌拾元整");
    sign(s);
    // hw 21 + sw (1.8+6+5+2.5=15.3) = 购置 36.3; 集成 2.178 = 6%; dev 20人月 × 1.8 ≤ 2 (20 ≤ 40 large tier); 建设费 74.478;
    // four fees 2+2.5+1.5+0.8 = 6.8 ≤ 7.4478; 安全测评 0.8/74.478 = 1.07%; 密评 present; total 87.078 < 100, 3 servers ≤ 3.
    return { sheets: [s], expect: [] };
  },
);

// ───────────────────────── 2 ─────────────────────────
const b02 = entry(
  "b02-portal-yuan-quote-over-pm.xlsx",
  "门户网站 新建, 元 报价单 (货物/服务名称, 单价(元)/总价(元)), 开发 at 2.5万/人月",
  () => {
    const s = new SheetB("报价明细");
    title(s, "杨浦区某街道门户网站建设项目预算明细表", 8);
    s.add(["填报单位：某街道办事处", null, null, null, null, null, "金额单位：元"]);
    const p = writeTable(s, {
      cols: QUOTE,
      numbering: "1",
      sections: [
        {
          lines: [
            { n: "Web服务器", spec: "华为 2288H V6", q: 1, u: "台", p: 58000 },
            { n: "国产中间件", spec: "东方通 TongWeb", q: 1, u: "套", p: 30000 },
            { n: "网站群管理平台定制开发", key: "dev", spec: "栏目、信息发布、互动交流", q: 6, u: "人月", p: 25000 },
            { n: "系统集成费", key: "int", amt: 5280, note: "按设备及软件费6%" },
            { n: "软件测评费", q: 1, u: "项", p: 6000 },
            { n: "商用密码应用安全性评估", q: 1, u: "项", p: 20000 },
          ],
        },
      ],
      total: { name: "合计" },
    });
    sign(s, "报价单位（盖章）：                日期：2025年4月");
    // dev 25,000 > 20,000 → dev.person-month-price at the 单价 cell. 集成 5,280 = 6% × (58,000 + 30,000) fine.
    // 建设费 58,000+30,000+150,000+5,280 = 243,280; 软件测评 6,000 ≤ 24,328; total 269,280 < 30万 (small? no tier declared → large 140万).
    return {
      sheets: [s],
      expect: [
        { rule: "dev.person-month-price", severity: "error", sheet: "报价明细", row: p.row.dev, cell: p.priceCell.dev },
      ],
    };
  },
);

// ───────────────────────── 3 ─────────────────────────
const b03 = entry(
  "b03-video-medium-wan-mcu2.xlsx",
  "视频会议 新建, 万元, 规格/技术参数 column, 18 terminals and 2 MCU, no 小计",
  () => {
    const s = new SheetB("设备清单及报价");
    title(s, "杨浦区视频会议系统建设项目设备清单（单位：万元）", 8);
    writeTable(s, {
      cols: STD8,
      numbering: "1",
      sections: [
        {
          lines: [
            { n: "多点控制器（MCU）", key: "mcu", spec: "支持32路1080P", u: "台", q: 2, p: 18 },
            { n: "高清视频会议终端", spec: "1080P60", u: "台", q: 18, p: 2.8 },
            { n: "高清摄像机", spec: "12倍光学变焦", u: "台", q: 18, p: 0.9 },
            { n: "会议室显示屏", spec: "86英寸", u: "块", q: 18, p: 1.2 },
            { n: "数字会议音频设备", u: "套", q: 18, p: 0.8 },
            { n: "系统集成及安装调试", key: "int", u: "项", q: 1, p: 8 },
            { n: "密码测评", u: "项", q: 1, p: 3 },
          ],
        },
      ],
      total: { name: "总计" },
    });
    sign(s);
    // 18 terminals → medium tier (10–30): ≤ 1 MCU; 2 MCU → tier.video-conference error.
    // 购置 36 + 50.4 + 16.2 + 21.6 + 14.4 = 138.6; 集成 8/138.6 = 5.77% fine. Total 149.6 < 165.
    // 建设金额 149.6 ≥ 100 and no 监理 line → process.supervision-required.
    return {
      sheets: [s],
      expect: [
        { rule: "tier.video-conference", severity: "error" },
        { rule: "process.supervision-required", severity: "error" },
      ],
    };
  },
);

// ───────────────────────── 4 ─────────────────────────
const b04 = entry(
  "b04-serverroom-small-yuan-compliant.xlsx",
  "机房 改造, 元, spacer column + A/B/C letters, area 18㎡ in the title",
  () => {
    const s = new SheetB("机房改造预算");
    title(s, "某街道信息机房升级改造工程预算表（机房面积18㎡）", 8);
    s.add([null, null, null, null, null, null, "单位：元"]);
    writeTable(s, {
      cols: SPACER,
      sections: [
        {
          no: "A",
          title: "设备购置",
          key: "hw",
          sub: "row",
          lines: [
            { n: "精密空调", q: 1, u: "台", p: 68000, no: "A.1" },
            { n: "UPS不间断电源", q: 1, u: "台", p: 42000, no: "A.2" },
            { n: "标准机柜", q: 3, u: "个", p: 4500, no: "A.3" },
            { n: "动环监控主机", q: 1, u: "套", p: 18000, no: "A.4" },
          ],
        },
        {
          no: "B",
          title: "配套工程",
          sub: "row",
          lines: [
            { n: "机房装修（防静电地板、吊顶）", q: 18, u: "㎡", p: 1200, no: "B.1" },
            { n: "综合布线", q: 1, u: "项", p: 15000, no: "B.2" },
          ],
        },
        {
          no: "C",
          title: "其他费用",
          sub: "row",
          lines: [
            { n: "系统集成费", rate: { of: ["hw"], r: 0.05 }, basis: "设备购置费×5%", no: "C.1" },
            { n: "密码应用安全性评估", q: 1, u: "项", p: 12000, no: "C.2" },
          ],
        },
      ],
      total: { name: "总计" },
    });
    sign(s, "编制：信息科    复核：财务科");
    // 购置 68,000+42,000+13,500+18,000 = 141,500; 集成 7,075 = 5%. 配套 21,600+15,000. Total 141,500+36,600+7,075+12,000
    // = 197,175 ≤ 30万 (≤20㎡ tier). 密评 present; < 100万 no 监理 needed.
    return { sheets: [s], expect: [] };
  },
);

// ───────────────────────── 5 ─────────────────────────
const b05 = entry("b05-hotline-20seats-wan.xlsx", "服务热线 新建, 万元, 20 坐席, integration 9%", () => {
  const s = new SheetB("Sheet1");
  title(s, "杨浦区某委便民服务热线系统建设项目预算表", 8);
  s.add(["单位：万元"]);
  const p = writeTable(s, {
    cols: STD8,
    sections: [
      {
        no: "（一）",
        title: "硬件",
        key: "hw",
        sub: "row",
        lines: [
          { n: "呼叫中心服务器", u: "台", q: 2, p: 7 },
          { n: "语音网关", u: "台", q: 1, p: 4 },
          { n: "坐席电脑", u: "台", q: 20, p: 0.6 },
          { n: "坐席耳麦", u: "副", q: 20, p: 0.05 },
        ],
      },
      {
        no: "（二）",
        title: "软件",
        key: "sw",
        sub: "row",
        lines: [
          { n: "呼叫中心平台软件", u: "套", q: 1, p: 15 },
          { n: "坐席授权", u: "个", q: 20, p: 0.3 },
        ],
      },
      {
        no: "（三）",
        title: "其他",
        sub: "row",
        lines: [
          { n: "系统集成费", key: "int", rate: { of: ["hw", "sw"], r: 0.09 }, note: "按软硬件9%" },
          { n: "密码测评费", u: "项", q: 1, p: 2.5 },
        ],
      },
    ],
    total: { name: "合计" },
  });
  // 20 坐席 < 30 → policy.hotline warning. 购置 (14+4+12+1 = 31) + (15+6 = 21) = 52; 集成 4.68 = 9% > 8% → integration error
  // at the 集成 line. Total 59.18 < 100.
  return {
    sheets: [s],
    expect: [
      { rule: "policy.hotline", severity: "warning" },
      { rule: "fees.integration-rate", severity: "error", sheet: "Sheet1", row: p.row.int },
    ],
  };
});

// ───────────────────────── 6 ─────────────────────────
const b06 = entry(
  "b06-wechat-info-release-over.xlsx",
  "信息发布 (微信公众号) 新建, 元, 4-column quote, total 13.6万",
  () => {
    const s = new SheetB("预算");
    s.add(["“杨浦发布”微信公众号信息发布平台建设项目费用预算"]);
    s.merge("A1:E1");
    const p = writeTable(s, {
      cols: [C("no", "序号"), C("name", "项目内容"), C("amt", "金额（元）"), C("basis", "测算依据"), C("note", "备注")],
      sections: [
        {
          lines: [
            { n: "公众号功能模块开发", amt: 90000, basis: "含菜单、推送、留言功能", key: "dev" },
            { n: "云服务器租用（首年）", amt: 16000, basis: "2台" },
            { n: "页面视觉设计", amt: 12000 },
            { n: "软件测评", amt: 8000 },
            { n: "商用密码应用安全性评估", amt: 10000 },
          ],
        },
      ],
      total: { name: "合计" },
    });
    // total 136,000 > 10万 → tier.info-release error. The 开发 line gives no 人月 anywhere (unit, column or text)
    // → dev.effort-basis-missing warning on that row.
    return {
      sheets: [s],
      expect: [
        { rule: "tier.info-release", severity: "error" },
        { rule: "dev.effort-basis-missing", severity: "warning", sheet: "预算", row: p.row.dev },
      ],
    };
  },
);

// ───────────────────────── 7 ─────────────────────────
const b07 = entry(
  "b07-upgrade-nested-shanxi-compliant.xlsx",
  "升级改造, 万元, 项目建设费/其他费用 nested (一 / (1) / 1), amounts on section rows",
  () => {
    const s = new SheetB("总投资构成表");
    title(s, "杨浦区某局业务管理信息系统升级改造项目总投资构成表", 6);
    s.add(["序号", "费用名称", "数量", "单价（万元）", "金额（万元）", "备注"]);
    const r = (cells: (string | number | ReturnType<typeof Fm> | undefined)[]) => s.add(cells);
    const Fm = (f: string) => ({ kind: "formula" as const, f });
    r(["一", "项目建设费", undefined, undefined, Fm("=E4+E8+E14"), undefined]); // 3
    r(["（一）", "硬件设备购置费", undefined, undefined, Fm("=SUM(E5:E7)"), undefined]); // 4
    r([1, "网络设备（接入交换机）", 4, 1.2, Fm("=C5*D5"), undefined]);
    r([2, "计算机设备（应用服务器）", 2, 7.5, Fm("=C6*D6"), undefined]);
    r([3, "安全设备（下一代防火墙）", 1, 9, Fm("=C7*D7"), undefined]);
    r(["（二）", "软件购置研发费", undefined, undefined, Fm("=E9+E12"), undefined]); // 8
    r(["(1)", "系统软件", undefined, undefined, Fm("=SUM(E10:E11)"), undefined]); // 9
    r([1, "国产操作系统", 4, 0.5, Fm("=C10*D10"), "麒麟"]);
    r([2, "国产数据库", 1, 8, Fm("=C11*D11"), "达梦"]);
    r(["(2)", "应用软件", undefined, undefined, Fm("=E13"), undefined]); // 12
    r([1, "业务管理系统功能升级开发", "18人月", 1.9, 34.2, "18人月×1.9万元/人月"]); // 13
    r(["（三）", "系统集成费", undefined, undefined, Fm("=ROUND((E4+E10+E11)*0.07,2)"), "按软硬件购置费7%"]); // 14
    r(["二", "其他费用", undefined, undefined, Fm("=SUM(E16:E20)"), undefined]); // 15
    r([1, "服务咨询费", undefined, undefined, 1.5, undefined]);
    r([2, "工程监理费", undefined, undefined, 2.2, undefined]);
    r([3, "软件测评费", undefined, undefined, 1.6, undefined]);
    r([4, "密码应用安全性评估费", undefined, undefined, 3.5, undefined]);
    r([5, "培训费", undefined, undefined, 0.8, undefined]);
    r([undefined, "总投资", undefined, undefined, Fm("=E3+E15"), undefined]); // 21
    sign(s);
    // 购置 4.8+15+9 = 28.8 + 2+8 = 38.8; 集成 2.72 = 7.01% (ROUND 2.716 → 2.72: 7.01% ≤ 8%); dev 18人月 (in the 数量 cell
    // "18人月") × 1.9 = 34.2; 建设费 38.8+34.2+2.72 = 75.72; four fees 1.5+2.2+1.6 = 5.3 ≤ 7.572; total 75.72+9.6 = 85.32.
    return { sheets: [s], expect: [] };
  },
);

// ───────────────────────── 8 ─────────────────────────
const b08 = entry("b08-oa-dengbao3-inside-yuan.xlsx", "OA 新建, 元, ¥ strings, 三级等保测评 inside the total", () => {
  const s = new SheetB("OA预算");
  title(s, "某局无纸化办公（OA）系统建设项目预算表", 8);
  s.add(["金额单位：元"]);
  const p = writeTable(s, {
    cols: STD8,
    numbering: "1",
    sections: [
      {
        lines: [
          { n: "应用服务器", u: "台", q: 2, p: 62000 },
          { n: "国产数据库", u: "套", q: 1, p: 80000, note: "人大金仓" },
          { n: "OA系统定制开发", u: "人月", q: 15, p: 19000 },
          { n: "系统集成费", key: "int", u: "项", q: 1, p: "¥12,000.00", amt: "¥12,000.00" },
          { n: "第三方软件测评", u: "项", q: 1, p: 15000 },
          { n: "三级等保测评", key: "db", u: "项", q: 1, p: 60000 },
          { n: "密码测评", u: "项", q: 1, p: 30000 },
        ],
      },
    ],
    // typed by hand: 124,000+80,000+285,000+12,000+15,000+60,000+30,000 (a SUM would skip the ¥ text)
    total: { name: "合计", wrong: 606000 },
  });
  // 三级等保测评 inside the construction total → cost.excluded-dengbao. 购置 124,000 + 80,000 = 204,000; 集成 12,000 = 5.88%.
  // dev 19,000 ≤ 20,000; 建设费 204,000+285,000+12,000 = 501,000; 软件测评 15,000 ≤ 50,100. 建设金额 without 等保
  // 546,000 < 100万.
  return {
    sheets: [s],
    expect: [{ rule: "cost.excluded-dengbao", severity: "error", sheet: "OA预算", row: p.row.db }],
  };
});

// ───────────────────────── 9 ─────────────────────────
const b09 = entry(
  "b09-platform-no-crypto-security-low.xlsx",
  "其他系统 新建, 万元, 1.1 numbering, 安全测评 0.3%, no 密码测评",
  () => {
    const s = new SheetB("估算表");
    title(s, "杨浦区城市运行数据共享平台建设项目投资估算", 8);
    s.add([null, null, null, null, null, null, "单位：万元"]);
    const p = writeTable(s, {
      cols: STD8,
      numbering: "x.y",
      sections: [
        {
          no: "1",
          title: "硬件及基础软件",
          key: "hw",
          sub: "row",
          lines: [
            { n: "X86服务器", u: "台", q: 6, p: 7 },
            { n: "分布式存储", u: "套", q: 1, p: 45 },
            { n: "虚拟化软件", u: "套", q: 6, p: 1.5 },
          ],
        },
        {
          no: "2",
          title: "应用开发及数据",
          key: "dev",
          sub: "row",
          lines: [
            { n: "数据共享交换平台开发", u: "人月", q: 40, p: 1.9 },
            { n: "数据治理", u: "项", q: 1, p: 30 },
          ],
        },
        {
          no: "3",
          title: "其他",
          sub: "row",
          lines: [
            { n: "系统集成费", rate: { of: ["hw"], r: 0.06 } },
            { n: "信息系统工程监理费", u: "项", q: 1, p: 7 },
            { n: "安全测评费", key: "sec", u: "项", q: 1, p: 0.8 },
          ],
        },
      ],
      total: { name: "总投资" },
    });
    // 购置 42+45+9 = 96; 集成 5.76 = 6%; 建设费 96+76+30+5.76 = 207.76; 安全测评 0.8/207.76 = 0.385% < 0.5% → warning.
    // four fees 7.8 ≤ 20.776. No 密码测评 line → fees.crypto-test-missing. 监理 present.
    return {
      sheets: [s],
      expect: [
        { rule: "fees.security-test-rate", severity: "warning", sheet: "估算表", row: p.row.sec },
        { rule: "fees.crypto-test-missing", severity: "warning" },
      ],
    };
  },
);

// ───────────────────────── 10 ─────────────────────────
const b10 = entry(
  "b10-website-medium-four-fees.xlsx",
  "门户网站 中型 declared, 万元, 合价 column, four fees 10.2% of 建设费",
  () => {
    const s = new SheetB("网站建设预算");
    title(s, "杨浦区政府门户网站（中型）改版升级项目预算表", 8);
    s.add(["单位：万元"]);
    const p = writeTable(s, {
      cols: KEYAN,
      sections: [
        {
          no: "一",
          title: "硬件",
          key: "hw",
          sub: "row",
          lines: [
            { n: "Web服务器", u: "台", q: 2, p: 8 },
            { n: "网页防篡改系统", u: "套", q: 1, p: 6 },
          ],
        },
        {
          no: "二",
          title: "软件",
          key: "sw",
          sub: "row",
          lines: [
            { n: "国产中间件", u: "套", q: 2, p: 3 },
            { n: "网站群系统功能开发", u: "人月", q: 14, p: 2 },
            { n: "无障碍及适老化改造开发", u: "人月", q: 1, p: 2 },
            { n: "历史栏目数据迁移", u: "项", q: 1, p: 12 },
          ],
        },
        {
          no: "三",
          title: "其他费用",
          sub: "row",
          lines: [
            { n: "系统集成费", u: "项", q: 1, p: 1.7, basis: "约购置费6%" },
            { n: "咨询费", u: "项", q: 1, p: 2 },
            { n: "工程监理费", u: "项", q: 1, p: 3 },
            { n: "软件测评费", u: "项", q: 1, p: 2.3 },
            { n: "密码测评费", u: "项", q: 1, p: 3 },
          ],
        },
      ],
      total: { name: "合计" },
    });
    // 购置 16+6+6 = 28; 集成 1.7 = 6.07%; 建设费 28 + 30 (开发 14+1 人月 × 2) + 12 (数据迁移) + 1.7 = 71.7;
    // four fees 咨询 2 + 监理 3 + 软件测评 2.3 = 7.3 > 7.17 → fees.four-fees-cap. 中型: 2 servers ≤ 2, 15 人月 ≤ 15,
    // total 82 ≤ 90 fine.
    void p;
    return { sheets: [s], expect: [{ rule: "fees.four-fees-cap", severity: "error", sheet: "网站建设预算" }] };
  },
);

export const construction1 = [b01, b02, b03, b04, b05, b06, b07, b08, b09, b10];
void ({} as Expect);
