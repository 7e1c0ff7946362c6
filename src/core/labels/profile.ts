import type { Measure, Severity } from "../model/finding";
import type { ProjectKind, SystemType, Tier } from "../model/types";

/**
 * What the project profile's values, severities and measures are called: one table for the CLI's reports, the
 * annotated copy, the summary workbook and the pane's results sheet. `zh` reads in a Chinese sentence
 * ("升级改造类"), `en` in an English one ("Project: O&M, system: other").
 */
export type Labels<K extends string> = Record<K, { zh: string; en: string }>;
export type LabelLang = "zh-CN" | "en-US";

export const KIND_LABELS: Labels<ProjectKind> = {
  construction: { zh: "新建", en: "new build" },
  upgrade: { zh: "升级改造", en: "upgrade" },
  om: { zh: "运维", en: "O&M" },
  service: { zh: "服务", en: "purchased service" },
};

export const SYSTEM_LABELS: Labels<SystemType> = {
  oa: { zh: "办公自动化（OA）", en: "office automation (OA)" },
  "video-conference": { zh: "视频会议", en: "video conference" },
  website: { zh: "门户网站", en: "portal website" },
  "server-room": { zh: "机房", en: "server room" },
  "info-release": { zh: "信息发布", en: "information release" },
  hotline: { zh: "服务热线", en: "service hotline" },
  other: { zh: "其他", en: "other" },
};

export const TIER_LABELS: Labels<Tier> = {
  small: { zh: "小型", en: "small" },
  medium: { zh: "中型", en: "medium" },
  large: { zh: "大型", en: "large" },
};
/** A budget that declares no tier. */
export const NO_TIER_LABEL = { zh: "未申报", en: "not stated" };

export const SEVERITY_LABELS: Labels<Severity> = {
  error: { zh: "错误", en: "Error" },
  warning: { zh: "警告", en: "Warning" },
  info: { zh: "提示", en: "Info" },
};

/**
 * What a finding's `actual` / `limit` measure, as a column says it. Money is shown in a unit chosen by the report
 * (the sheet's, or 万元 in the summary workbook), so its label is that unit, not this one.
 */
export const MEASURE_LABELS: Labels<Measure> = {
  money: { zh: "金额", en: "amount" },
  ratio: { zh: "比例", en: "ratio" },
  count: { zh: "数量", en: "count" },
  area: { zh: "面积（㎡）", en: "area (㎡)" },
  "person-months": { zh: "人月", en: "person-months" },
};

/** The label of `key` in `table` for `lang`. */
export function label<K extends string>(table: Labels<K>, key: K, lang: LabelLang): string {
  const entry = table[key];
  return lang === "zh-CN" ? entry.zh : entry.en;
}
