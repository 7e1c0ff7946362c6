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
import { profileThresholdRules } from "./profile-threshold";
import { presenceRules } from "./presence";
import { compositionRules } from "./composition";
import { namingRules } from "./naming";
import { forbiddenLineRules } from "./forbidden-lines";
import { linePeriodRules } from "./line-period";
import { ratesNoticeRules } from "./rates-notice";

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
  // Generic kinds, configured entirely by a pack's params and messages (district packs).
  ...profileThresholdRules,
  ...presenceRules,
  ...compositionRules,
  ...namingRules,
  ...forbiddenLineRules,
  ...linePeriodRules,
  ...ratesNoticeRules,
] as RuleImplementation<never>[];

const byId = new Map(IMPLEMENTATIONS.map((impl) => [impl.id, impl]));

export function findImplementation(id: string): RuleImplementation<never> | undefined {
  return byId.get(id);
}
