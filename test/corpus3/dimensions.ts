import type { Rand } from "./rand";

/**
 * The layout and content dimensions of a generated budget. Each is chosen independently from the seed
 * (`pickDims`); `resolve.ts` then settles the few combinations a clerk could not write (text numbers under a
 * live formula, 人月 in a 单位 column that the form does not have …) and the generated workbook reports the
 * values it actually used, so failures can be grouped by dimension value.
 */
export interface Dimension {
  name: string;
  values: readonly (readonly [string, number])[];
  /** The drafting practice the dimension comes from (README). */
  doc: string;
}

const v = (...xs: (string | [string, number])[]): [string, number][] => xs.map((x) => (Array.isArray(x) ? x : [x, 1]));

export const DIMENSIONS: readonly Dimension[] = [
  {
    name: "project",
    doc: "what is being budgeted: a new build of a standard-configured system (OA, 视频会议, 门户网站, 机房, 微信公众号, 服务热线), another new or upgraded business system, a year of O&M, a purchased service",
    values: v(
      ["oa-new", 12],
      ["video-new", 7],
      ["website-new", 7],
      ["server-room-new", 6],
      ["info-release-new", 4],
      ["hotline-new", 5],
      ["other-new", 20],
      ["other-upgrade", 10],
      ["oa-upgrade", 4],
      ["om", 20],
      ["service", 5],
    ),
  },
  {
    name: "unit",
    doc: "money unit of the main sheet: 万元 in 可研 estimates, 元 in quotations and 部门预算 forms",
    values: v(["元", 45], ["万元", 55]),
  },
  {
    name: "unitPlacement",
    doc: 'where the unit is said: in the title（单位：万元）, a row above the header, the header（金额（万元））, nowhere (元 quotations), per cell ("12.5万"), per column (单价（元）with 合价（万元）)',
    values: v(["title", 20], ["row", 30], ["header", 25], ["none", 8], ["cell", 7], ["mixed-cols", 10]),
  },
  {
    name: "template",
    doc: "可研 投资估算表 (工程费用 / 工程建设其他费用 / 预备费, two levels), 部门预算 grouped form (一 硬件 / 二 软件 …), flat 报价单",
    values: v(["keyan", 35], ["grouped", 40], ["flat", 25]),
  },
  {
    name: "numbering",
    doc: "一、/（一）/1 · 1 / 1.1 / 1.1.1 · ① · running 1..n · none",
    values: v(["cn", 30], ["decimal", 25], ["circled", 10], ["arabic", 20], ["none", 15]),
  },
  {
    name: "sectionSums",
    doc: "how a section shows its money: not at all, a 小计 row below, a named 硬件设备费小计 row, the sum on the section row itself (no word), section rows with sums over inner 小计 rows",
    values: v(["none", 20], ["sub-below", 25], ["named-sub-below", 15], ["head-sum", 30], ["mixed", 10]),
  },
  {
    name: "totalPlace",
    doc: "grand total below with a word, below without a name, right under the header (部门预算 forms), or none",
    values: v(["below-named", 55], ["below-unnamed", 12], ["above", 13], ["none", 10], ["below-in-seq", 10]),
  },
  {
    name: "totalWord",
    doc: "the word of the grand total",
    values: v("合计", "总计", "项目总投资", "总价", "共计", "投资估算合计"),
  },
  {
    name: "daxie",
    doc: "a 合计人民币（大写） row under the total (报价单, 合同附件)",
    values: v(["none", 75], ["row", 25]),
  },
  {
    name: "headerRows",
    doc: "one header row, or two with a merged group header (金额 over 单价|合价, 资金来源 over 财政资金|单位自筹 …)",
    values: v(["one", 65], ["two", 35]),
  },
  {
    name: "nameHeader",
    doc: "the words of the name column",
    values: v(
      "名称",
      "项目名称",
      "费用名称",
      "设备名称",
      "货物或服务名称",
      "工程或费用名称",
      "建设内容",
      "品名",
      "采购内容",
    ),
  },
  {
    name: "amountHeader",
    doc: "the words of the amount column",
    values: v("金额", "合价", "总价", "小计", "预算金额", "申请金额", "估算金额"),
  },
  {
    name: "columnOrder",
    doc: "column sets and orders seen in practice: 序号 名称 规格 单位 数量 单价 金额 备注 and its variants; 名称 数量 单价 金额 only; 序号 名称 金额 备注 (no quantities)",
    values: v(
      ["std", 30],
      ["noSpec", 15],
      ["qtyUnitSwap", 10],
      ["priceFirst", 8],
      ["minimal", 8],
      ["amountOnly", 14],
      ["specLast", 8],
      ["leadBlank", 7],
    ),
  },
  {
    name: "extraColumn",
    doc: "columns beside the amount: 分年度 2025/2026, 上年预算数 beside 本年申请数, 资金来源 财政资金/单位自筹, 不含税/税额/含税, list 单价 beside 折后单价 with 折扣, 折合万元, a 可研 matrix of 设备购置费/软件费/安装工程费/其他费用 with 合计, 计算依据",
    values: v(
      ["none", 40],
      ["years", 8],
      ["lastYear", 8],
      ["funding", 8],
      ["tax", 6],
      ["discount", 6],
      ["wanRepeat", 8],
      ["matrix", 6],
      ["basis", 10],
    ),
  },
  {
    name: "remarks",
    doc: "what the 备注 column holds: nothing, brands and warranty, numbers (原价, 台数×单价, 取费基数)",
    values: v(["empty", 30], ["brands", 35], ["numbers", 35]),
  },
  {
    name: "numbersAsText",
    doc: "figures re-keyed from a PDF or pasted from a quotation: ¥80,000.00, 80,000.00, 1.2万, full-width ３",
    values: v(["none", 70], ["currency", 8], ["thousands", 8], ["wan", 7], ["fullwidth", 7]),
  },
  {
    name: "wrappedNames",
    doc: "a long name wrapped onto a second row that holds only text",
    values: v(["none", 70], ["some", 30]),
  },
  {
    name: "explainRows",
    doc: "merged 说明 rows under a line (text only, merged across the row)",
    values: v(["none", 75], ["some", 25]),
  },
  {
    name: "footer",
    doc: "what follows the table: signatures (编制人/审核人/日期), 报价单位（盖章）, 第1页 共1页, 注：…, all of them",
    values: v(["none", 20], ["signature", 25], ["quote-stamp", 12], ["pages", 10], ["notes", 18], ["all", 15]),
  },
  {
    name: "facts",
    doc: "where the project states what it is: the title, a cover page, a 项目申报表 key–value sheet, a 项目概况 block above the table, title and 申报表",
    values: v(["title", 45], ["cover-page", 12], ["kv-sheet", 15], ["block", 15], ["title+kv", 13]),
  },
  {
    name: "sheetLayout",
    doc: "one table; stacked tables (表1 硬件 / 表2 软件 …); two tables side by side (工程费用 | 其他费用); 汇总表 + 明细 sheets whose summary lines are formulas into the details, equal amounts, or 见附表N",
    values: v(
      ["single", 45],
      ["stacked", 12],
      ["side-by-side", 8],
      ["summary-formula", 15],
      ["summary-equal", 10],
      ["summary-see", 10],
    ),
  },
  {
    name: "detailUnit",
    doc: "unit of the detail sheets under a summary: the summary's, or 元 under a 万元 summary",
    values: v(["same", 60], ["元", 40]),
  },
  {
    name: "omEstimate",
    doc: "a 运维费用估算（不计入建设投资） sheet inside a construction workbook",
    values: v(["none", 80], ["sheet", 20]),
  },
  {
    name: "formulas",
    doc: "live formulas with cached results, typed constants, formulas saved without recalculation on the 小计/合计 rows",
    values: v(["cached", 65], ["constants", 27], ["uncached-totals", 8]),
  },
  {
    name: "hiddenSheet",
    doc: "a hidden scratch sheet with last round's numbers",
    values: v(["none", 85], ["scratch", 15]),
  },
  {
    name: "devBasis",
    doc: "where a development line states its effort: 人月 in the 单位 column, in the name（12人月）, in 备注 (12人月×1.8万元 / 人月单价1.8万元), a 工作量（人月） column, or nowhere for one module",
    values: v(["unit", 35], ["name", 18], ["remark-count", 12], ["remark-price", 8], ["column", 15], ["none", 12]),
  },
  {
    name: "dengbao",
    doc: "等保测评 in the budget: none, 二级 in the name, 二级 on a continuation row, 三级 (not allowed inside the construction cost) in the name or on a continuation row",
    values: v(["none", 55], ["level2-name", 15], ["level2-cont", 12], ["level3-name", 9], ["level3-cont", 9]),
  },
  {
    name: "paging",
    doc: "a printed form: 本页小计 per page, 续表 title and the header repeated",
    values: v(["none", 88], ["pages", 12]),
  },
  {
    name: "origin",
    doc: "where the table starts: A1, B2 (blank first row and column), B1",
    values: v(["A1", 70], ["B2", 18], ["B1", 12]),
  },
  {
    name: "sheetName",
    doc: "the main sheet's name",
    values: v("投资估算表", "预算明细表", "Sheet1", "报价单", "附表1", "项目预算", "预算表"),
  },
  {
    name: "omRateStyle",
    doc: 'O&M rates as 0.06 formatted as a percentage, 6 under 费率（%）, or typed text "6%"',
    values: v(["fraction", 50], ["percent", 25], ["text", 25]),
  },
  {
    name: "violation",
    doc: "the one departure from the standard inserted (most budgets are compliant by construction)",
    values: v(
      ["none", 68],
      ["dev-price", 4],
      ["four-fees", 3],
      ["integration-high", 2],
      ["integration-low", 2],
      ["sectest-high", 2],
      ["sectest-low", 1],
      ["crypto-missing", 3],
      ["supervision-missing", 2],
      ["arithmetic", 3],
      ["subtotal-wrong", 3],
      ["tier", 3],
      ["om-rate", 4],
    ),
  },
];

export type Dims = Record<string, string>;

export function pickDims(rand: Rand): Dims {
  const out: Dims = {};
  for (const dim of DIMENSIONS) out[dim.name] = rand.weighted(dim.values);
  return out;
}
