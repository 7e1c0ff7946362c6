import type { MoneyUnit } from "../../src/core/model/types";
import type { StandardPack } from "../../src/core/standards/types";
import type { UnadjustedFinding } from "../../src/core/plan/verdict";
import type { MessageRef } from "../../src/core/standards/messages";
import { unadjustedReason, verdictReason } from "../../src/core/report/verdict-text";

/** A verdict line's reason as a host renders it (Chinese unless asked), for the tests that read the words. */
export function reasonOf(
  l: { messages: readonly MessageRef[] },
  pack: StandardPack,
  unit: MoneyUnit = "元",
  lang: "zh-CN" | "en-US" = "zh-CN",
): string {
  return verdictReason(l, pack, unit, lang);
}

/** An unadjusted finding's reason as a host renders it. */
export function unadjustedOf(
  u: UnadjustedFinding,
  pack: StandardPack,
  unit: MoneyUnit = "元",
  lang: "zh-CN" | "en-US" = "zh-CN",
): string {
  return unadjustedReason(u, pack, unit, lang);
}
