import type { ColumnRole } from "../model/types";
import vocabulary from "./header-vocabulary.json";
import { compact, toHalfWidth } from "./text";

/**
 * Header words budget sheets use for each column (`header-vocabulary.json`). This is parsing vocabulary, not
 * regulation: the standards pack holds numbers and fee keywords, these only tell which column is which.
 */
const ROLES = vocabulary.roles as Record<ColumnRole, { exact: string[]; heads: string[] }>;
export const HEADER_SYNONYMS: Record<ColumnRole, string[]> = Object.fromEntries(
  Object.entries(ROLES).map(([role, v]) => [role, v.exact]),
) as Record<ColumnRole, string[]>;

/** Roles whose cells hold numbers (used to tell data rows from header/title rows). */
export const NUMERIC_ROLES: readonly ColumnRole[] = [
  "quantity",
  "unitPrice",
  "amount",
  "purchase",
  "rate",
  "fee",
  "devCost",
  "personMonths",
];
export const MONEY_ROLES: readonly ColumnRole[] = ["unitPrice", "amount", "purchase", "fee", "devCost"];

const EXACT = new Map<string, ColumnRole>();
const HEADS = new Map<string, ColumnRole>();
for (const [role, v] of Object.entries(ROLES) as [ColumnRole, { exact: string[]; heads: string[] }][]) {
  // Keys as clean() leaves a label: no spaces, lower case ("Original Value" → "originalvalue").
  const key = (w: string) => compact(w).toLowerCase();
  for (const w of v.exact) if (!EXACT.has(key(w))) EXACT.set(key(w), role);
  for (const w of [...v.exact, ...v.heads]) if (w.length >= 2 && !HEADS.has(key(w))) HEADS.set(key(w), role);
}
/** Longest first: 运维费用 (fee) before 费用 (amount), 人月单价 before 人月. */
const HEADS_BY_LENGTH = [...HEADS.keys()].sort((a, b) => b.length - a.length);

/** Header cells are short labels; longer text is a title or a note. */
const MAX_HEADER_LENGTH = 12;
/** "设备/费用名称", "名称及规格", "工程或费用名称": alternatives written in one header cell. */
const ALTERNATIVES = /[/／、&]|及|或|和|与/;
/** Longer than this even with its "(万元)"-style suffixes, a cell is no header: not worth running the patterns on. */
const MAX_HEADER_CELL_LENGTH = 64;

function clean(text: string): string {
  // Spaces aside, a longer cell is no header: decided before normalising it, so a cell of a megabyte costs nothing.
  if (text.length > MAX_HEADER_CELL_LENGTH * 4) return "";
  // English headers ("Unit Price", "Qty") are matched case-blind; Chinese is unaffected by lower-casing.
  const t = compact(toHalfWidth(text)).replace(/[*※]/g, "").toLowerCase();
  if (!t || t.length > MAX_HEADER_CELL_LENGTH || /[:]/.test(t)) return "";
  return t.replace(/\([^)]*\)|\[[^\]]*\]|【[^】]*】|<[^>]*>/g, "");
}

/** The role whose head noun a label ends with (运维对象 → name, 项目金额 → amount), longest head first. */
function roleByHead(t: string): ColumnRole | null {
  for (const w of HEADS_BY_LENGTH) if (t.endsWith(w)) return HEADS.get(w) ?? null;
  return null;
}

/** The role of a label that starts with a known word ("金额万元", "单价元"): the older, weaker evidence. */
function roleByPrefix(t: string): ColumnRole | null {
  for (const w of HEADS_BY_LENGTH) if (t.startsWith(w)) return HEADS.get(w) ?? null;
  return null;
}

/**
 * The role a header cell names. In order: the whole label as a known header; each alternative around
 * "/"、及、或 (first one that names a role: 名称/规格 → name, 设备/费用名称 → name); the head noun at the end
 * (运维对象, 项目金额（万元）); a known word at the start.
 */
export function roleOfHeader(text: string): ColumnRole | null {
  const t = clean(text);
  // English labels spell out more letters than Chinese ones have characters ("Original Value").
  if (!t || t.length > (/^[a-z\s.&/-]+$/.test(t) ? MAX_HEADER_LENGTH * 2 : MAX_HEADER_LENGTH)) return null;
  const exact = EXACT.get(t);
  if (exact) return exact;
  // "单位自筹", "区级财政资金(万元)": a source of funds, whatever its head noun or first word (单位 is not the unit here).
  if (FUNDS.test(t)) return null;
  const parts = ALTERNATIVES.test(t) ? t.split(ALTERNATIVES).filter(Boolean) : [];
  for (const p of parts) {
    const role = EXACT.get(p);
    if (role) return role;
  }
  for (const p of [t, ...parts]) {
    const role = roleByHead(p);
    if (role) return role;
  }
  return roleByPrefix(t);
}

/** Sources of funds: columns that split the money (单位自筹, 区级财政资金), never the money or anything else. */
const FUNDS = /自筹|财政资金|其他资金|配套资金|自有资金|专项资金|财政拨款|资金来源|经费来源|上级补助/;

export function namesSourceOfFunds(header: string): boolean {
  return FUNDS.test(compact(toHalfWidth(header)));
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
 * A header row names a line (名称, or 序号 with a third column, or a label no word names — the name column is then
 * found from content) and a money total: 金额, 年维护费, 购置金额, 原开发费, or 数量 with 单价.
 */
export function looksLikeHeader(roles: Map<number, ColumnRole>, unnamedCells = 0): boolean {
  const set = new Set(roles.values());
  const hasTotal = TOTAL_ROLES.some((r) => set.has(r)) || (set.has("quantity") && set.has("unitPrice"));
  if (!hasTotal) return false;
  if (set.has("name")) return set.size >= 2;
  if (set.has("seq")) return set.size >= 3 || (set.size >= 2 && unnamedCells > 0);
  // "标的 | 原值 | 费率 | 年运维费": an unknown word over the names, beside two or more columns a header names.
  return set.size >= 2 && unnamedCells > 0;
}
