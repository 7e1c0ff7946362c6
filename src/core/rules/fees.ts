import type { RuleImplementation } from "./types";

// Placeholder: implementations land here (one rule family per file).
export const feeRules: RuleImplementation<never>[] = [];
