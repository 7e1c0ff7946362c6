import Decimal from "decimal.js";
import type { BudgetModel, Category, MoneyUnit } from "../model/types";
import type { Finding } from "../model/finding";
import type { StandardPack } from "../standards/types";
import { computeFacts, type Facts } from "../rules/facts";
import { CATEGORY_LABELS } from "../labels/categories";
import { formatMoneyIn } from "../money";
import type { LabelLang } from "../labels/profile";
import { ROUTE_LABELS } from "../labels/report";

/**
 * The totals a report shows, fitting the budget's kind: an O&M (or service) budget without 项目建设费 reports its
 * own total; a construction budget shows 项目建设费, 其他费用 and 建设金额 (domain.md §3.6), with what 建设金额 leaves
 * out. Plain data (decimal strings in 元), so it can travel between processes.
 */
export interface ReportTotals {
  /** "build": 项目建设费 / 其他费用 / 建设金额; "om" and "service": the budget's total only. */
  shape: "build" | "om" | "service";
  construction: string;
  other: string;
  grand: string;
  /** 建设金额: the total less the lines the pack excludes from it (dengbao). */
  projectAmount: string;
  /** What 建设金额 leaves out, per category, 元 (only categories with money). */
  excluded: { category: Category; amount: string }[];
}

export function reportTotals(
  model: BudgetModel,
  pack: StandardPack,
  facts: Facts = computeFacts(model, pack),
): ReportTotals {
  const kind = model.profile.kind;
  const noConstruction = facts.constructionBase.isZero();
  const shape = (kind === "om" || kind === "service") && noConstruction ? kind : "build";
  const excluded = pack.bases.excludedFromProjectAmount
    .map((category) => ({ category, amount: facts.byCategory.get(category) ?? new Decimal(0) }))
    .filter((x) => !x.amount.isZero())
    .map((x) => ({ category: x.category, amount: x.amount.toFixed() }));
  return {
    shape,
    construction: facts.constructionBase.toFixed(),
    other: facts.grand.minus(facts.constructionBase).toFixed(),
    grand: facts.grand.toFixed(),
    projectAmount: facts.projectAmount.toFixed(),
    excluded,
  };
}

/** The totals as report lines (without indentation), in the sheet's unit. */
export function totalsLines(t: ReportTotals, unit: MoneyUnit, lang: LabelLang): string[] {
  const zh = lang === "zh-CN";
  const m = (v: string) => formatMoneyIn(new Decimal(v), unit, zh ? "zh" : "en");
  if (t.shape === "om") return [zh ? `合计：运维费用 ${m(t.grand)}` : `Total: O&M ${m(t.grand)}`];
  if (t.shape === "service") return [zh ? `合计：服务费用 ${m(t.grand)}` : `Total: services ${m(t.grand)}`];
  const head = zh
    ? `合计：项目建设费 ${m(t.construction)}，其他费用 ${m(t.other)}，总计 ${m(t.grand)}；建设金额 ${m(t.projectAmount)}`
    : `Totals: construction cost (项目建设费) ${m(t.construction)}, other fees ${m(t.other)}, total ${m(t.grand)}; project amount (建设金额) ${m(t.projectAmount)}`;
  let how: string;
  if (!t.excluded.length) {
    how = zh
      ? "建设金额（用于审核途径、监理和招标的判断）即项目总计：项目建设费加其他费用，本预算没有需扣除的等保测评费用"
      : "The project amount (which decides the review route, supervision and tendering) is the whole total: construction cost plus other fees, with no 等保 testing to leave out";
  } else {
    const parts = t.excluded.map(
      (x) => `${zh ? CATEGORY_LABELS[x.category].zh : CATEGORY_LABELS[x.category].en} ${m(x.amount)}`,
    );
    how = zh
      ? `建设金额（用于审核途径、监理和招标的判断）= 总计 ${m(t.grand)} 扣除${parts.join("、")}（另行申请）`
      : `The project amount (which decides the review route, supervision and tendering) = the total ${m(t.grand)} less ${parts.join(", ")} (applied for separately)`;
  }
  return [head, how];
}

/** Rules whose info finding states a budget's review route. */
const ROUTE_RULES = ["process.review-route", "process.om-review"];

/** The review route findings of a budget (议事规则: 备案制, 联席会议审核 …, an O&M expert review), in order. */
export function reviewRoute(findings: readonly Finding[], pack: StandardPack, lang: LabelLang): string {
  return findings
    .filter((f) => ROUTE_RULES.includes(pack.rules[f.rule]?.uses ?? f.rule))
    .map((f) => (lang === "zh-CN" ? f.message : f.messageEn))
    .join(lang === "zh-CN" ? "；" : "; ");
}

/**
 * The review route of a route finding, as a reviewer names it in a table (备案制, 联席会议审核 …), or null: by the
 * message the rule chose (its id says which route), never by the words of the rendered text.
 */
function routeOf(f: Finding): keyof typeof ROUTE_LABELS | null {
  const id = f.messageId ?? "";
  if (/\.filing$/.test(id)) return "filing";
  if (/\.investment$/.test(id)) return "investment";
  if (/\.joint(-above)?$/.test(id)) return "joint";
  if (/om-review\.(first|change)$/.test(id)) return "expert";
  return null;
}

/**
 * The review route in a few words (备案制 / 联席会议审核 / 政府投资项目管理 / 专家评审), for a column of a table; a
 * route finding of another wording is given as its message. "" when no route finding.
 */
export function routeLabel(findings: readonly Finding[], pack: StandardPack, lang: LabelLang): string {
  const labels = findings
    .filter((f) => ROUTE_RULES.includes(pack.rules[f.rule]?.uses ?? f.rule))
    .map((f) => {
      const route = routeOf(f);
      if (route) return lang === "zh-CN" ? ROUTE_LABELS[route].zh : ROUTE_LABELS[route].en;
      return lang === "zh-CN" ? f.message : f.messageEn;
    });
  return [...new Set(labels)].join(lang === "zh-CN" ? "；" : "; ");
}

/** A statement of the money unit in a title ("单位：万元", "（金额单位：元）"), removed from a name. */
const UNIT_STATEMENT = /[（(]?\s*(金额)?单位\s*[:：]\s*(人民币)?\s*(万元|元)\s*[)）]?/g;
const FORM_NAME = /(投资估算|预算|概算|经费|费用|资金)?(明细|汇总|申报)?(表|清单|书)$/;

/**
 * What the project calls itself: the first table title that reads as a name — without the money unit it states
 * and the name of the form ("…项目投资估算表" → "…项目"), and not a fact such as "机房使用面积：150㎡" — else the
 * 项目名称 a cover sheet states; null when neither says.
 */
export function projectName(model: BudgetModel): string | null {
  for (const t of model.tables) {
    const title = t.title.replace(UNIT_STATEMENT, " ").replace(/\s+/g, " ").trim();
    if (!title || /[:：]/.test(title) || (title.match(/[\u4e00-\u9fff]/g) ?? []).length < 4) continue;
    const name = title.replace(FORM_NAME, "").trim();
    if (name.length >= 4) return name;
  }
  const stated = model.statedFacts
    ?.find((f) => f.key === "name")
    ?.value.replace(/\s+/g, " ")
    .trim();
  return stated || null;
}
