import type { AdjustMode } from "../model/adjustment";
import type { PackRule, StandardPack } from "../standards/types";
import type { RuleImplementation } from "./types";
import { findImplementation } from "./registry";

/** A pack's rule entry with its implementation found (`uses`, or its own id) and how its errors adjust 审定. */
export interface ResolvedRule {
  id: string;
  entry: PackRule;
  impl: RuleImplementation<never, unknown>;
  adjust: AdjustMode;
}

/**
 * The pack's enabled rules with their implementations, in the pack's order: the one place `uses` and `adjust` are
 * read (the loader has already refused unknown implementations and adjustments an implementation cannot make).
 * Not cached: a pack is plain data a caller may change between audits, and resolving it is a map over its rules.
 */
export function resolvedRules(pack: StandardPack): ReadonlyMap<string, ResolvedRule> {
  const rules = new Map<string, ResolvedRule>();
  for (const [id, entry] of Object.entries(pack.rules)) {
    if (entry.enabled === false) continue;
    const impl = findImplementation(entry.uses ?? id);
    if (!impl) continue;
    rules.set(id, { id, entry, impl, adjust: entry.adjust ?? "none" });
  }
  return rules;
}
