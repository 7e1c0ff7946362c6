import type Decimal from "decimal.js";
import type { PackMoney } from "../standards/types";
import type { FindingDraft, RuleContext } from "./types";
import { packMoney } from "../money";
import { entryDraft } from "./generic-message";

/**
 * The finding every tier rule gives when the project amount is over its tier's cap (the entry's message `.total`,
 * with the system as the rule names it in {system}), or null.
 */
export function totalOverCap(
  ctx: RuleContext,
  total: Decimal,
  cap: PackMoney,
  system: { zh: string; en: string },
): FindingDraft | null {
  const limit = packMoney(cap);
  if (!total.greaterThan(limit)) return null;
  return entryDraft(
    ctx,
    ".total",
    { system, total: { money: total }, limit: { money: limit } },
    { line: null, measure: "money", actual: total, limit },
  );
}
