import { entry, F, SheetB, title, writeOm, writeTable, type Col, type OmCol } from "./gen";

/** A third hand: boundaries, integration on the wrong base, 其中 rows, header words from issue 8, class sections. */

const C = (role: Col["role"], head: string): Col => ({ role, head });
const O = (role: OmCol["role"], head: string): OmCol => ({ role, head });
const STD: Col[] = [
  C("no", "序号"),
  C("name", "名称"),
  C("unit", "单位"),
  C("qty", "数量"),
  C("price", "单价"),
  C("amt", "金额"),
  C("note", "备注"),
];

// ───────────────────────── 31 ─────────────────────────
const b31 = entry(
  "b31-oa-medium-three-servers.xlsx",
  "OA 中型 declared, 万元, header 项目金额（万元）, 3 servers > 2",
  () => {
    const s = new SheetB("预算表");
    title(s, "杨浦区某局中型OA系统建设项目预算表", 7);
    writeTable(s, {
      cols: [
        C("no", "序号"),
        C("name", "建设内容"),
        C("unit", "单位"),
        C("qty", "数量"),
        C("price", "单价（万元）"),
        C("amt", "项目金额（万元）"),
        C("note", "备注"),
      ],
      numbering: "1",
      sections: [
        {
          lines: [
            { n: "应用服务器", u: "台", q: 2, p: 6 },
            { n: "数据库服务器", u: "台", q: 1, p: 8 },
            { n: "国产数据库", u: "套", q: 1, p: 6 },
            { n: "OA系统定制开发", u: "人月", q: 12, p: 1.8 },
            { n: "系统集成费", u: "项", q: 1, p: 1.5 },
            { n: "密码测评费", u: "项", q: 1, p: 2 },
          ],
        },
      ],
      total: { name: "合计" },
    });
    // 中型: servers ≤ 2; 2+1 = 3 → tier.oa. 12 人月 ≤ 15; total 12+8+6+21.6+1.5+2 = 51.1 ≤ 75; 集成 1.5/26 = 5.77%.
    return { sheets: [s], expect: [{ rule: "tier.oa", severity: "error" }] };
  },
);

// ───────────────────────── 32 ─────────────────────────
const b32 = entry(
  "b32-qizhong-row-compliant.xlsx",
  "新建, 万元, header 设备/费用名称 + 预算（万元）, a 其中 row under the 开发 line",
  () => {
    const s = new SheetB("Sheet1");
    title(s, "杨浦区某局信访业务系统建设项目预算", 7);
    s.add(["序号", "设备/费用名称", "单位", "数量", "单价", "预算（万元）", "备注"]); // 2
    s.add(["一", "硬件", null, null, null, F("=SUM(F4:F5)")]); // 3
    s.add([1, "PC服务器", "台", 2, 5, F("=D{r}*E{r}")]);
    s.add([2, "接入交换机", "台", 4, 0.8, F("=D{r}*E{r}")]);
    s.add(["二", "软件", null, null, null, F("=F7+F8+F9")]); // 6
    s.add([1, "国产操作系统", "套", 2, 0.4, F("=D{r}*E{r}")]);
    s.add([2, "国产数据库", "套", 1, 6, F("=D{r}*E{r}")]);
    s.add([3, "信访业务系统开发", "人月", 15, 1.9, F("=D{r}*E{r}")]); // 9
    s.add([null, "其中：移动端开发", "人月", 5, 1.9, F("=D{r}*E{r}"), "已含在上行"]); // 10
    s.add(["三", "其他", null, null, null, F("=SUM(F12:F13)")]); // 11
    s.add([1, "系统集成费", "项", 1, 1.2, F("=D{r}*E{r}")]);
    s.add([2, "密码测评费", "项", 1, 2.5, F("=D{r}*E{r}")]);
    s.add([null, "合计", null, null, null, F("=F3+F6+F11")]);
    // 10+3.2 + 0.8+6+28.5 + 1.2+2.5 = 52.2 (the 其中 9.5 is part of 28.5). 购置 20; 集成 1.2 = 6%; 人月 1.9.
    return { sheets: [s], expect: [] };
  },
);

// ───────────────────────── 33 ─────────────────────────
const b33 = entry(
  "b33-integration-on-hardware-only.xlsx",
  "升级, 万元, 系统集成费（按设备费的6%计取）: 3.75% of 软硬件购置费",
  () => {
    const s = new SheetB("投资估算表");
    title(s, "杨浦区某局大数据分析平台扩容项目投资估算表", 7);
    s.add(["单位：万元"]);
    const p = writeTable(s, {
      cols: STD,
      sections: [
        {
          no: "一",
          title: "硬件设备费",
          key: "hw",
          sub: "row",
          lines: [
            { n: "应用服务器", u: "台", q: 4, p: 7.5 },
            { n: "存储", u: "套", q: 1, p: 20 },
          ],
        },
        {
          no: "二",
          title: "软件购置及开发费",
          sub: "row",
          lines: [
            { n: "国产操作系统", u: "套", q: 4, p: 0.5 },
            { n: "国产数据库", u: "套", q: 2, p: 8 },
            { n: "中间件", u: "套", q: 4, p: 3 },
            { n: "分析平台功能开发", u: "人月", q: 20, p: 1.8 },
          ],
        },
        {
          no: "三",
          title: "其他费用",
          sub: "row",
          lines: [
            { n: "系统集成费（按设备费的6%计取）", key: "int", rate: { of: ["hw"], r: 0.06 } },
            { n: "工程监理费", u: "项", q: 1, p: 3 },
            { n: "密码测评费", u: "项", q: 1, p: 3 },
          ],
        },
      ],
      total: { name: "合计" },
    });
    // 购置 = hardware 50 + product software 2+16+12 = 80; 集成 3 = 6% of 设备费 but 3.75% of 购置费 < 5% → warning.
    // Total 50+66+9 = 125 ≥ 100 with 监理; four fees 3 ≤ 11.9.
    return {
      sheets: [s],
      expect: [{ rule: "fees.integration-rate", severity: "warning", sheet: "投资估算表", row: p.row.int }],
    };
  },
);

// ───────────────────────── 34 ─────────────────────────
const b34 = entry(
  "b34-integration-on-cabling-too.xlsx",
  "新建, 元, 集成 8% of (设备 + 综合布线) = 10% of 购置费",
  () => {
    const s = new SheetB("预算");
    title(s, "某街道办公网络建设项目预算表", 7);
    s.add(["单位：元"]);
    const p = writeTable(s, {
      cols: STD,
      numbering: "1",
      sections: [
        {
          lines: [
            { n: "核心交换机", key: "a", u: "台", q: 1, p: 150000 },
            { n: "接入交换机", key: "b", u: "台", q: 10, p: 10000 },
            { n: "应用服务器", key: "c", u: "台", q: 3, p: 50000 },
            { n: "综合布线", key: "d", u: "项", q: 1, p: 100000 },
            { n: "系统集成费", key: "int", rate: { of: ["a", "b", "c", "d"], r: 0.08 }, note: "（设备费+布线）×8%" },
            { n: "密码测评费", u: "项", q: 1, p: 15000 },
          ],
        },
      ],
      total: { name: "合计" },
    });
    // 购置 400,000 (布线 is facility, not 购置); 集成 40,000 = 10% > 8% → fees.integration-rate error. Total 555,000.
    return {
      sheets: [s],
      expect: [{ rule: "fees.integration-rate", severity: "error", sheet: "预算", row: p.row.int }],
    };
  },
);

// ───────────────────────── 35 ─────────────────────────
const b35 = entry("b35-oa-notes-under-table-2.05.xlsx", "OA 新建, 万元, 注 rows under the total, 人月 2.05万", () => {
  const s = new SheetB("报价");
  title(s, "某局OA协同办公平台建设项目报价明细", 7);
  s.add([null, null, null, null, null, "单位：万元"]);
  const p = writeTable(s, {
    cols: STD,
    numbering: "1",
    sections: [
      {
        lines: [
          { n: "服务器", u: "台", q: 2, p: 6 },
          { n: "国产操作系统", u: "套", q: 2, p: 0.5 },
          { n: "版式软件", u: "套", q: 30, p: 0.04 },
          { n: "OA定制开发", key: "dev", u: "人月", q: 10, p: 2.05 },
          { n: "系统集成费", u: "项", q: 1, p: 0.8 },
          { n: "软件测评费", u: "项", q: 1, p: 1 },
          { n: "密码测评费", u: "项", q: 1, p: 2 },
        ],
      },
    ],
    total: { name: "合计" },
  });
  s.add(["注：1. 以上报价均含税；2. 人月单价参照市场价；3. 服务器含三年原厂维保。"]);
  // 2.05 > 2 → dev.person-month-price at the 单价 cell. 购置 14.2; 集成 0.8 = 5.63%; total 38.5.
  return {
    sheets: [s],
    expect: [
      { rule: "dev.person-month-price", severity: "error", sheet: "报价", row: p.row.dev, cell: p.priceCell.dev },
    ],
  };
});

// ───────────────────────── 36 ─────────────────────────
const b36 = entry(
  "b36-every-limit-exactly-compliant.xlsx",
  "新建, 元, every fee exactly at its limit (2万, 8%, 2%, 10%)",
  () => {
    const s = new SheetB("预算表");
    title(s, "杨浦区某局行政执法监督平台建设项目预算表", 7);
    s.add(["单位：元"]);
    writeTable(s, {
      cols: [...STD.slice(0, 6), C("basis", "计算依据")],
      sections: [
        {
          no: "一",
          title: "项目建设费",
          sub: "row",
          lines: [
            { n: "应用服务器", u: "台", q: 5, p: 100000 },
            { n: "国产数据库", u: "套", q: 1, p: 100000 },
            { n: "系统集成费", u: "项", q: 1, p: 48000, basis: "600,000×8%" },
            { n: "执法监督平台定制开发", u: "人月", q: 10, p: 20000, basis: "10人月×2万元" },
          ],
        },
        {
          no: "二",
          title: "其他费用",
          sub: "row",
          lines: [
            { n: "咨询费", u: "项", q: 1, p: 20000 },
            { n: "工程监理费", u: "项", q: 1, p: 30000 },
            { n: "软件测评费", u: "项", q: 1, p: 17840 },
            { n: "安全测评费", u: "项", q: 1, p: 16960, basis: "848,000×2%" },
            { n: "密码测评费", u: "项", q: 1, p: 20000 },
          ],
        },
      ],
      total: { name: "合计" },
    });
    // 购置 600,000; 集成 48,000 = 8%; 人月 20,000 = 2万; 建设费 848,000; 安全测评 16,960 = 2%; four fees
    // 20,000+30,000+17,840+16,960 = 84,800 = 10%. Limits are inclusive ("不超过"): compliant. Total 952,800 < 100万.
    return { sheets: [s], expect: [] };
  },
);

// ───────────────────────── 37 ─────────────────────────
const b37 = entry("b37-video-large-three-mcu.xlsx", "视频会议 新建, 万元, 40 terminals (>30) and 3 MCU > 2", () => {
  const s = new SheetB("视频会议系统");
  title(s, "杨浦区视频会议系统（全区联网）建设项目预算表", 7);
  s.add(["单位：万元"]);
  writeTable(s, {
    cols: STD,
    numbering: "1",
    sections: [
      {
        lines: [
          { n: "MCU", u: "台", q: 3, p: 20 },
          { n: "视频会议终端", u: "台", q: 40, p: 2.5 },
          { n: "会议摄像机", u: "台", q: 40, p: 0.8 },
          { n: "系统集成费", u: "项", q: 1, p: 11 },
          { n: "工程监理费", u: "项", q: 1, p: 4 },
          { n: "密码测评费", u: "项", q: 1, p: 3 },
        ],
      },
    ],
    total: { name: "合计" },
  });
  // > 30 terminals → ≤ 2 MCU; 3 → tier.video-conference. 购置 60+100+32 = 192; 集成 11 = 5.73%; total 210 with 监理.
  return { sheets: [s], expect: [{ rule: "tier.video-conference", severity: "error" }] };
});

// ───────────────────────── 38 ─────────────────────────
const b38 = entry("b38-hotline-40-seats-compliant.xlsx", "服务热线 新建, 万元, 40 坐席", () => {
  const s = new SheetB("热线建设");
  title(s, "杨浦区某委政务服务热线（呼叫中心）建设项目预算", 7);
  s.add(["单位：万元"]);
  writeTable(s, {
    cols: STD,
    numbering: "1",
    sections: [
      {
        lines: [
          { n: "呼叫中心服务器", u: "台", q: 2, p: 8 },
          { n: "坐席电脑", u: "台", q: 40, p: 0.5 },
          { n: "呼叫中心平台软件", u: "套", q: 1, p: 20 },
          { n: "坐席授权", u: "个", q: 40, p: 0.25 },
          { n: "系统集成费", u: "项", q: 1, p: 4 },
          { n: "工程监理费", u: "项", q: 1, p: 3 },
          { n: "密码测评费", u: "项", q: 1, p: 3 },
        ],
      },
    ],
    total: { name: "合计" },
  });
  // 40 坐席 ≥ 30: no hotline warning. 购置 16+20+20+10 = 66; 集成 4 = 6.06%; four fees 3 ≤ 7; total 76.
  return { sheets: [s], expect: [] };
});

// ───────────────────────── o14 ─────────────────────────
const o14 = entry(
  "o14-om-class-sections-b-7pct.xlsx",
  "O&M, 元, devices grouped under A类/B类/C类 section rows, 接入交换机 at 7%",
  () => {
    const s = new SheetB("维保费");
    title(s, "某局2025年度硬件设备维保费预算表", 7);
    s.add(["单位：元"]);
    const p = writeOm(
      s,
      [
        O("no", "序号"),
        O("name", "设备名称"),
        O("qty", "数量"),
        O("base", "原值"),
        O("rate", "费率"),
        O("fee", "维保费"),
        O("note", "备注"),
      ],
      [
        {
          no: "A",
          title: "A类设备（≤4%）",
          sub: true,
          lines: [
            { n: "核心交换机", q: 2, base: 100000, rate: 0.04 },
            { n: "空调", q: 2, base: 80000, rate: 0.04 },
          ],
        },
        {
          no: "B",
          title: "B类设备（6%）",
          sub: true,
          lines: [
            { n: "接入交换机", key: "acc", q: 10, base: 50000, rate: 0.07 },
            { n: "UPS", q: 1, base: 40000, rate: 0.06 },
          ],
        },
        {
          no: "C",
          title: "C类设备（8%）",
          sub: true,
          lines: [
            { n: "PC服务器", q: 5, base: 200000, rate: 0.08 },
            { n: "打印机", q: 8, base: 20000, rate: 0.08 },
          ],
        },
      ],
      "fraction",
      "合计",
    );
    // 接入交换机 B 6%: 3,500 > 3,000 → om.hardware-rate. Others at cap.
    return { sheets: [s], expect: [{ rule: "om.hardware-rate", severity: "error", sheet: "维保费", row: p.row.acc }] };
  },
);

// ───────────────────────── o15 ─────────────────────────
const o15 = entry(
  "o15-om-data-collection-iot.xlsx",
  "O&M, 万元, 数据采集服务费 and 物联网应用系统运维 in an O&M budget",
  () => {
    const s = new SheetB("运维预算");
    title(s, "某街道2025年度城市运行运维项目预算（万元）", 6);
    s.add(["序号", "项目", "原值", "费率", "金额", "备注"]);
    s.add([1, "应用服务器维保", 30, 0.08, F("=C{r}*D{r}")]); // 3
    const dc = s.add([2, "数据采集服务费", null, null, 10, "街面感知数据"]); // 4
    const iot = s.add([3, "物联网应用系统运维", null, null, 5]); // 5
    s.add([null, "合计", null, null, F("=SUM(E3:E5)")]);
    s.format("D3", "0%");
    // 服务器 (C) 8% fine. 数据采集 and 物联网应用系统 are not e-government O&M costs → om.excluded-item ×2.
    return {
      sheets: [s],
      expect: [
        { rule: "om.excluded-item", severity: "error", sheet: "运维预算", row: dc },
        { rule: "om.excluded-item", severity: "error", sheet: "运维预算", row: iot },
      ],
    };
  },
);

export const third = [b31, b32, b33, b34, b35, b36, b37, b38, o14, o15];
