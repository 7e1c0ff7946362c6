import type { RuleImplementation } from "./types";
import { devRules } from "./dev";
import { feeRules } from "./fees";
import { costRules } from "./cost";
import { omHardwareRules } from "./om-hardware";
import { omSoftwareRules } from "./om-software";
import { omExcludedRules } from "./om-excluded";
import { tierRules } from "./tier";
import { policyRules } from "./policy";
import { processRules } from "./process";
import { sheetRules } from "./sheet";
import { sheetStructureRules } from "./sheet-structure";

/** Every rule implementation, by id. A pack's rule entry runs the implementation named by `uses` (or its id). */
export const IMPLEMENTATIONS: readonly RuleImplementation<never>[] = [
  ...devRules,
  ...feeRules,
  ...costRules,
  ...omHardwareRules,
  ...omSoftwareRules,
  ...omExcludedRules,
  ...tierRules,
  ...policyRules,
  ...processRules,
  ...sheetRules,
  ...sheetStructureRules,
] as RuleImplementation<never>[];

const byId = new Map(IMPLEMENTATIONS.map((impl) => [impl.id, impl]));

export function findImplementation(id: string): RuleImplementation<never> | undefined {
  return byId.get(id);
}
