import Decimal from "decimal.js";
import type { ProfileOverrides } from "../model/types";

/**
 * The profile values of district-packs.md §0.4: facts about a project that no workbook carries, given by the user
 * (CLI flags in kebab case, the pane's fields). Their snake_case names are a contract: packs name them in
 * `profileValues` and in rule params. `key` is the ProfileOverrides field that holds the value.
 */
export type ProfileValueType = "money" | "boolean" | "choice" | "count" | "date" | "text";

export interface ProfileValueSpec {
  key: keyof ProfileOverrides;
  type: ProfileValueType;
  /** The CLI flag. */
  flag: string;
  /** For `choice`: the values the flag accepts. */
  choices?: readonly string[];
  zh: string;
  en: string;
}

export const PROFILE_VALUES = {
  declared_total: {
    key: "declaredTotal",
    type: "money",
    flag: "--declared-total",
    zh: "申报/投资金额（元）",
    en: "declared total (元)",
  },
  approved_total: {
    key: "approvedTotal",
    type: "money",
    flag: "--approved-total",
    zh: "批复金额/核定概算（元）",
    en: "approved total (元)",
  },
  change_amount: {
    key: "changeAmount",
    type: "money",
    flag: "--change-amount",
    zh: "变更内容涉及金额（元）",
    en: "amount of the changed content (元)",
  },
  last_year_om: {
    key: "lastYearOm",
    type: "money",
    flag: "--last-year-om",
    zh: "上年运维经费（元）",
    en: "last year's O&M amount (元)",
  },
  major_project: { key: "majorProject", type: "boolean", flag: "--major-project", zh: "重大项目", en: "major project" },
  review_route: {
    key: "reviewRoute",
    type: "choice",
    flag: "--review-route",
    choices: ["fast-iteration", "normal"],
    zh: "评审路径",
    en: "review route",
  },
  last_year_it_funds: {
    key: "lastYearItFunds",
    type: "money",
    flag: "--last-year-it-funds",
    zh: "上年度信息化建设资金（元）",
    en: "last year's IT construction funds (元)",
  },
  filed_total: {
    key: "filedTotal",
    type: "money",
    flag: "--filed-total",
    zh: "本部门本年已备案项目总额（元）",
    en: "total of the department's projects filed this year (元)",
  },
  system_level: {
    key: "systemLevel",
    type: "choice",
    flag: "--system-level",
    choices: ["big", "sub", "module"],
    zh: "系统层级（大系统/子系统/功能模块）",
    en: "system level (big / sub / module)",
  },
  subsystems_this_year: {
    key: "subsystemsThisYear",
    type: "count",
    flag: "--subsystems-this-year",
    zh: "本年同一大系统下新增子系统数（含本项目）",
    en: "new subsystems under the same system this year (this one included)",
  },
  funding_type: {
    key: "fundingType",
    type: "choice",
    flag: "--funding-type",
    choices: ["government-investment", "department-budget"],
    zh: "资金类型（政府投资/部门预算）",
    en: "funding type (government investment / department budget)",
  },
  comprehensive: {
    key: "comprehensive",
    type: "boolean",
    flag: "--comprehensive",
    zh: "综合类政府投资项目",
    en: "comprehensive government investment project",
  },
  acceptance_date: {
    key: "acceptanceDate",
    type: "date",
    flag: "--acceptance-date",
    zh: "竣工验收日期",
    en: "acceptance date",
  },
  in_annual_plan: {
    key: "inAnnualPlan",
    type: "boolean",
    flag: "--in-annual-plan",
    zh: "已纳入年度计划",
    en: "in the annual plan",
  },
  continuation: {
    key: "continuation",
    type: "boolean",
    flag: "--continuation",
    zh: "续建项目",
    en: "continuation project",
  },
  classified: { key: "classified", type: "boolean", flag: "--classified", zh: "涉密项目", en: "classified project" },
  unit_name: { key: "unitName", type: "text", flag: "--unit-name", zh: "建设单位", en: "building unit" },
  large_or_complex: {
    key: "largeOrComplex",
    type: "boolean",
    flag: "--large-or-complex",
    zh: "投资额度较大、技术复杂",
    en: "large or technically complex",
  },
} as const satisfies Record<string, ProfileValueSpec>;

export type ProfileValueName = keyof typeof PROFILE_VALUES;

export const PROFILE_VALUE_NAMES = Object.keys(PROFILE_VALUES) as ProfileValueName[];

export type ProfileValue = Decimal | boolean | string | number;

/** The value the user gave, or undefined. */
export function profileValue(overrides: ProfileOverrides, name: string): ProfileValue | undefined {
  const spec = (PROFILE_VALUES as Record<string, ProfileValueSpec>)[name];
  if (!spec) return undefined;
  const v = overrides[spec.key];
  if (v === undefined || v === null) return undefined;
  return v as ProfileValue;
}

/** A value as a number for comparisons (money in 元, counts), or null when it is not numeric. */
export function numericValue(v: ProfileValue | undefined): Decimal | null {
  if (v === undefined) return null;
  if (Decimal.isDecimal(v)) return v as Decimal;
  if (typeof v === "number") return new Decimal(v);
  return null;
}

/**
 * The profile values a pack uses, with their flag, type, choices and labels, in the pack's order: what the pane
 * should offer (and nothing else) for that pack. Unknown names are refused when the pack is loaded.
 */
export function profileFieldsFor(pack: {
  profileValues?: readonly string[];
}): (ProfileValueSpec & { name: ProfileValueName })[] {
  return (pack.profileValues ?? [])
    .filter((n): n is ProfileValueName => n in PROFILE_VALUES)
    .map((name) => ({ name, ...(PROFILE_VALUES[name] as ProfileValueSpec) }));
}
