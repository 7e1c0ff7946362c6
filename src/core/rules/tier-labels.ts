import type Decimal from "decimal.js";
import type { MoneyUnit, Tier } from "../model/types";
import type { PackMoney } from "../standards/types";
import type { FindingDraft } from "./types";
import { formatMoney, packMoney } from "../money";

export const TIER_ZH: Record<Tier, string> = { small: "小型", medium: "中型", large: "大型" };
export const TIER_EN: Record<Tier, string> = { small: "small", medium: "medium", large: "large" };

/** The finding every tier rule gives when the project amount is over its tier's cap, or null. */
export function totalOverCap(total: Decimal, cap: PackMoney, unit: MoneyUnit, prefixZh: string, prefixEn: string): FindingDraft | null {
  const limit = packMoney(cap);
  if (!total.greaterThan(limit)) return null;
  return {
    line: null,
    measure: "money",
    message: `${prefixZh}建设金额 ${formatMoney(total, unit)} 超过标准上限 ${formatMoney(limit, unit)}`,
    messageEn: `${prefixEn}: project amount ${formatMoney(total, unit)} exceeds the limit of ${formatMoney(limit, unit)}`,
    actual: total,
    limit,
  };
}
