/**
 * The words of the documents a reviewer prints and signs (审核意见表, 汇总): titles, the project's facts, the
 * table's headings and totals, the signature block. Chinese first; the English complete.
 */
const DOC_LABELS = {
  reviewTitle: { zh: "审核意见表", en: "Review opinion" },
  summaryTitle: { zh: "电子政务项目预算审核汇总表", en: "Summary of budget reviews" },
  project: { zh: "项目名称", en: "Project" },
  unitName: { zh: "建设单位", en: "Building unit" },
  kind: { zh: "项目类型", en: "Kind" },
  system: { zh: "系统类型", en: "System" },
  tier: { zh: "建设规模", en: "Tier" },
  standard: { zh: "审核标准", en: "Standard" },
  documents: { zh: "依据文件", en: "Clauses from" },
  amountUnit: { zh: "金额单位", en: "Amounts in" },
  notStated: { zh: "（工作簿未注明）", en: "(not stated in the workbook)" },
  seq: { zh: "序号", en: "No." },
  name: { zh: "名称", en: "Item" },
  cell: { zh: "单元格", en: "Cell" },
  submitted: { zh: "送审", en: "Submitted" },
  approved: { zh: "审定", en: "Approved" },
  reduction: { zh: "审减", en: "Reduction" },
  reason: { zh: "审核意见（理由）", en: "Reason" },
  clause: { zh: "依据", en: "Clause" },
  subtotal: { zh: "小计", en: "Subtotal" },
  projectTotal: { zh: "项目合计", en: "Project total" },
  reductionRate: { zh: "审减率", en: "Reduction rate" },
  noReduction: { zh: "无审减：各行审定金额等于送审金额", en: "No reduction: every line is approved as submitted" },
  manual: { zh: "需人工审定", en: "For a reviewer to decide" },
  manualSee: { zh: "需人工审定（见表末第 {n} 项）", en: "For a reviewer to decide (see item {n} at the end)" },
  manualHeading: {
    zh: "需人工审定事项：超过标准限额，但标准未规定如何核减到各行，不改变上列审定金额",
    en: "For a reviewer to decide: over a limit the standard gives no way to allocate to lines; the amounts above are unchanged",
  },
  wholeProject: { zh: "项目整体", en: "The project as a whole" },
  unnamedSection: { zh: "（未分节）", en: "(no section)" },
  reviewer: { zh: "审核单位：", en: "Reviewed by (organisation):" },
  auditor: { zh: "审核人：", en: "Reviewer:" },
  checker: { zh: "复核人：", en: "Checked by:" },
  date: { zh: "日期：　　　年　　月　　日", en: "Date:" },
  footer: { zh: "&C第 &P 页，共 &N 页", en: "&CPage &P of &N" },
} as const;

export type DocLabel = keyof typeof DOC_LABELS;

/** The label in `lang`, with `{name}` placeholders filled. */
export function docLabel(key: DocLabel, lang: "zh-CN" | "en-US", args: Record<string, string | number> = {}): string {
  const text: string = lang === "zh-CN" ? DOC_LABELS[key].zh : DOC_LABELS[key].en;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in args ? String(args[name]) : whole));
}

/** The review routes of 议事规则 五(三) as a reviewer names them in a table. */
export const ROUTE_LABELS = {
  filing: { zh: "备案制", en: "filing" },
  joint: { zh: "联席会议审核", en: "joint meeting review" },
  investment: { zh: "政府投资项目管理", en: "government investment procedure" },
  expert: { zh: "专家评审", en: "expert review" },
} as const;
