import type { Tier } from "../model/types";

export const TIER_ZH: Record<Tier, string> = { small: "小型", medium: "中型", large: "大型" };
export const TIER_EN: Record<Tier, string> = { small: "small", medium: "medium", large: "large" };
