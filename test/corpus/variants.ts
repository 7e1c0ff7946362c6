import { book, F, type CorpusEntry, type In, SheetB, sum } from "./kit";
import { single, type EstimateSpec, type Role } from "./layout";

/**
 * The same two budgets under the header wordings units use. Each variant has the same single deliberate
 * violation, so each must give exactly that finding: a renamed header must change nothing.
 */

// Construction base (万元): P = 10 + 3 + 5 = 18; 集成 1.08 = 6%; C = 18 + 36 + 1.08 = 55.08; four 3.3 ≤ 5.508;
// 安全 0.6 / 55.08 = 1.09%; 密评; total 59.88; OA large tier (2 servers, 16 人月) fine.
// 流程审批功能开发 at 2.4 万元/人月 > 2 → dev.person-month-price at its 单价 cell (the only finding).
function oaVariant(
  tag: string,
  cols: [Role, string][],
  unitIn: EstimateSpec["unitIn"],
  seq: EstimateSpec["seq"],
): CorpusEntry {
  const name = `hv-${tag}.xlsx`;
  return single(
    name,
    `header variant: ${cols.map(([, t]) => t).join("|")}`,
    {
      sheet: "投资估算表",
      title: "杨浦区某局OA系统升级改造项目投资估算表",
      unit: "万元",
      unitIn,
      cols,
      seq,
      sections: [
        {
          title: "硬件及软件购置费",
          subtotal: "row",
          lines: [
            { name: "应用服务器", spec: "2路/128G", unit: "台", qty: 2, price: 5 },
            { name: "接入交换机", spec: "48口千兆", unit: "台", qty: 2, price: 1.5 },
            { name: "国产数据库", spec: "达梦DM8", unit: "套", qty: 1, price: 5 },
          ],
        },
        {
          title: "应用软件开发费",
          subtotal: "row",
          lines: [
            { id: "dev", name: "流程审批功能开发", unit: "人月", qty: 10, price: 2.4 },
            { name: "统一门户功能开发", unit: "人月", qty: 6, price: 2 },
          ],
        },
        {
          title: "其他费用",
          subtotal: "row",
          lines: [
            { name: "系统集成费", unit: "项", qty: 1, price: 1.08 },
            { name: "监理费", unit: "项", qty: 1, price: 1.5 },
            { name: "软件测评费", unit: "项", qty: 1, price: 1.2 },
            { name: "安全测评费", unit: "项", qty: 1, price: 0.6 },
            { name: "密码测评费", unit: "项", qty: 1, price: 1.5 },
          ],
        },
      ],
      totalLabel: "合计",
    },
    (b) => [
      { rule: "dev.person-month-price", severity: "error", sheet: "投资估算表", cell: `${b.col.price}${b.rows.dev}` },
    ],
  );
}

const row = (...r: In[]) => r;

// O&M base (万元): 刀片服务器 (C 8%) at 10%: 4.0 > 3.2 → om.hardware-rate (row 4). 汇聚交换机 6% (B), 门禁系统 4% (A),
// 笔记本 8% (C), UPS 6% (B), 机柜 4% (A): fine.
function omVariant(tag: string, heads: string[], percentNumbers = false): CorpusEntry {
  const name = `ov-${tag}.xlsx`;
  const r = (x: number) => (percentNumbers ? x * 100 : x);
  const fee = percentNumbers ? "=E{r}*F{r}/100" : "=E{r}*F{r}";
  const build = () => {
    const s = new SheetB("运维预算表");
    s.add(["杨浦区某局2025年度信息系统运维项目预算表"]);
    s.mergeLast("H");
    s.add([null, null, null, null, null, null, null, "单位：万元"]);
    s.add(heads);
    s.add(row(1, "刀片服务器", "华为 E9000", 8, 40, r(0.1), F(fee)));
    s.add(row(2, "汇聚交换机", "H3C S7506", 4, 12, r(0.06), F(fee)));
    s.add(row(3, "门禁系统", null, 1, 8, r(0.04), F(fee)));
    s.add(row(4, "笔记本", "联想 昭阳", 10, 6, r(0.08), F(fee)));
    s.add(row(5, "UPS", "山特 20kVA", 1, 5, r(0.06), F(fee)));
    s.add(row(6, "机柜", null, 6, 3, r(0.04), F(fee)));
    s.add(row(null, "合计", null, null, null, null, sum("G", 4, 9)));
    if (!percentNumbers) for (let k = 4; k <= 9; k++) s.format(`F${k}`, "0%");
    return book(name, s);
  };
  return {
    name,
    shape: `O&M header variant: ${heads.join("|")}`,
    build,
    expect: [{ rule: "om.hardware-rate", severity: "error", sheet: "运维预算表", row: 4 }],
  };
}

export const variants: CorpusEntry[] = [
  oaVariant(
    "xiangmu-jine",
    [
      ["seq", "序号"],
      ["name", "项目名称"],
      ["spec", "技术参数"],
      ["unit", "单位"],
      ["qty", "数量"],
      ["price", "单价"],
      ["amount", "项目金额"],
      ["note", "备注"],
    ],
    "header",
    "cn",
  ),
  oaVariant(
    "jianshe-neirong",
    [
      ["seq", "序号"],
      ["name", "建设内容"],
      ["spec", "主要配置"],
      ["unit", "单位"],
      ["qty", "数量"],
      ["price", "单价"],
      ["amount", "合价"],
      ["note", "说明"],
    ],
    "row",
    "paren",
  ),
  oaVariant(
    "slash-heji",
    [
      ["seq", "序号"],
      ["name", "设备/费用名称"],
      ["spec", "规格型号"],
      ["qty", "数量"],
      ["unit", "单位"],
      ["price", "单价"],
      ["amount", "合计"],
      ["note", "备注"],
    ],
    "row",
    "cn",
  ),
  oaVariant(
    "yusuan-wan",
    [
      ["seq", "序号"],
      ["name", "名称"],
      ["spec", "规格"],
      ["unit", "单位"],
      ["qty", "数量"],
      ["price", "单价"],
      ["amount", "预算"],
      ["note", "备注"],
    ],
    "header",
    "dotted",
  ),
  oaVariant(
    "neirong-xiaoji",
    [
      ["seq", "序号"],
      ["name", "内容"],
      ["spec", "配置"],
      ["unit", "单位"],
      ["qty", "数量"],
      ["price", "单价"],
      ["amount", "小计"],
      ["note", "计算依据"],
    ],
    "row",
    "cn",
  ),
  oaVariant(
    "jiliang-danwei",
    [
      ["seq", "序号"],
      ["name", "费用名称"],
      ["spec", "规格及说明"],
      ["unit", "计量单位"],
      ["qty", "数量"],
      ["price", "单价"],
      ["amount", "金额"],
      ["note", "备注"],
    ],
    "title",
    "circled",
  ),
  oaVariant(
    "bianhao-zongjia",
    [
      ["seq", "编号"],
      ["name", "项目"],
      ["spec", "说明"],
      ["unit", "单位"],
      ["qty", "数量"],
      ["price", "单价"],
      ["amount", "总价"],
      ["note", "备注"],
    ],
    "row",
    "cn",
  ),
  oaVariant(
    "fenxiang-zonghe",
    [
      ["seq", "序号"],
      ["name", "分项名称"],
      ["spec", "规格型号"],
      ["unit", "单位"],
      ["qty", "数量"],
      ["price", "综合单价"],
      ["amount", "金额"],
      ["note", "备注"],
    ],
    "header",
    "arabic",
  ),
  omVariant("yunwei-duixiang", ["序号", "运维对象", "规格型号", "数量", "原值", "维护费率", "年运维费", "备注"]),
  omVariant("shebei-yuanzhi", ["序号", "设备名称", "品牌型号", "数量", "设备原值", "费率", "年维护费", "备注"]),
  omVariant("slash-goumai", ["序号", "设备/费用名称", "型号", "数量", "购置金额", "维保费率", "运维费用", "备注"]),
  omVariant("zichan-weihu", ["序号", "维护内容", "规格", "数量", "资产原值", "维护费率", "维护费用", "备注"]),
  omVariant(
    "percent-numbers",
    ["序号", "资产名称", "型号", "数量", "资产原值（万元）", "费率（%）", "年度运维费（万元）", "备注"],
    true,
  ),
];
