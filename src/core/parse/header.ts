import type { ColumnRole } from "../model/types";
import { compact, toHalfWidth } from "./text";

/**
 * Header words budget sheets use for each column. This is parsing vocabulary, not regulation: the
 * standards pack holds numbers and fee keywords, these only tell which column is which.
 */
export const HEADER_SYNONYMS: Record<ColumnRole, string[]> = {
  seq: ["序号", "编号", "序", "no.", "no", "#"],
  name: [
    "名称", "费用名称", "项目名称", "项目", "设备名称", "内容", "品名", "产品名称", "货物名称", "服务名称", "系统名称",
    "建设内容", "费用项目", "工程或费用名称", "设备或服务名称", "功能模块", "模块名称", "功能名称", "子系统",
    "工作内容", "服务内容", "费用类别", "明细项目", "支出项目", "采购内容",
    "item", "items", "description", "itemdescription", "name",
  ],
  spec: ["规格", "说明", "技术参数", "型号", "配置", "规格型号", "规格及说明", "规格参数", "主要技术参数", "参数", "技术规格"],
  unit: ["单位", "计量单位", "unit", "uom"],
  quantity: ["数量", "数目", "qty", "quantity"],
  unitPrice: ["单价", "综合单价", "人月单价", "报价单价", "含税单价", "unitprice", "price"],
  amount: ["金额", "合价", "小计", "总价", "预算金额", "估算金额", "投资金额", "总金额", "申请金额", "费用", "金额合计", "合计金额", "概算金额", "预算数", "估算", "amount", "total", "totalprice"],
  remark: ["备注", "remark", "remarks", "note", "notes"],
  purchase: ["购置金额", "原值", "设备原值", "购置价", "采购金额", "资产原值", "购置费"],
  rate: ["维护费率", "费率", "运维费率", "维保费率"],
  fee: ["年维护费", "运维费", "维护费", "年运维费", "维护金额", "运维金额", "年维保费", "维保费"],
  devCost: ["原开发费", "开发费", "原开发金额", "开发金额"],
  personMonths: ["人月", "工作量", "人月数", "投入人月", "工作量人月"],
};

/** Roles whose cells hold numbers (used to tell data rows from header/title rows). */
export const NUMERIC_ROLES: readonly ColumnRole[] = [
  "quantity", "unitPrice", "amount", "purchase", "rate", "fee", "devCost", "personMonths",
];
export const MONEY_ROLES: readonly ColumnRole[] = ["unitPrice", "amount", "purchase", "fee", "devCost"];

const EXACT = new Map<string, ColumnRole>();
for (const [role, words] of Object.entries(HEADER_SYNONYMS) as [ColumnRole, string[]][]) {
  for (const w of words) EXACT.set(w, role);
}
const BY_LENGTH = [...EXACT.keys()].sort((a, b) => b.length - a.length);

/** Header cells are short labels; longer text is a title or a note. */
const MAX_HEADER_LENGTH = 12;
/** Longer than this even with its "(万元)"-style suffixes, a cell is no header: not worth running the patterns on. */
const MAX_HEADER_CELL_LENGTH = 64;

/** The role a header cell names: exact synonym after dropping "(万元)"-style suffixes, else the longest prefix. */
export function roleOfHeader(text: string): ColumnRole | null {
  // English headers ("Unit Price", "Qty") are matched case-blind; Chinese is unaffected by lower-casing.
  let t = compact(toHalfWidth(text)).replace(/[*※]/g, "").toLowerCase();
  if (!t || t.length > MAX_HEADER_CELL_LENGTH || /[:]/.test(t)) return null;
  t = t.replace(/\([^)]*\)|\[[^\]]*\]|【[^】]*】/g, "").replace(/[/／].*$/, "");
  if (!t || t.length > MAX_HEADER_LENGTH) return null;
  const exact = EXACT.get(t);
  if (exact) return exact;
  for (const w of BY_LENGTH) if (w.length >= 2 && t.startsWith(w)) return EXACT.get(w) ?? null;
  return null;
}

/** Column → role for the cells of one row, first column winning when two name the same role. */
export function rolesOfRow(texts: string[]): Map<number, ColumnRole> {
  const roles = new Map<number, ColumnRole>();
  const seen = new Set<ColumnRole>();
  texts.forEach((text, c) => {
    const role = roleOfHeader(text);
    if (role && !seen.has(role)) {
      roles.set(c, role);
      seen.add(role);
    }
  });
  return roles;
}

/** Columns that make a table a budget (a price list with only 名称|单价 is not one). */
const TOTAL_ROLES: readonly ColumnRole[] = ["amount", "fee", "purchase", "devCost"];

/**
 * A header row names a line (名称, or 序号 with a third column) and a money total: 金额, 年维护费, 购置金额,
 * 原开发费, or 数量 with 单价.
 */
export function looksLikeHeader(roles: Map<number, ColumnRole>): boolean {
  const set = new Set(roles.values());
  const hasTotal = TOTAL_ROLES.some((r) => set.has(r)) || (set.has("quantity") && set.has("unitPrice"));
  if (!hasTotal) return false;
  if (set.has("name")) return set.size >= 2;
  return set.has("seq") && set.size >= 3;
}
