import type { BudgetLine, BudgetModel, ProfileOverrides, ProjectProfile } from "../../../src/core/model/types";
import type { Finding } from "../../../src/core/model/finding";
import type { StandardPack } from "../../../src/core/standards/types";
import { auditModel } from "../../../src/core/engine";
import { model } from "../../support/model";
import { yangpu } from "../../support/pack";

let pack: StandardPack | null = null;

/** Audits a hand-built model with the Yangpu pack and keeps the findings of one rule. */
export function findingsOf(
  rule: string,
  lines: BudgetLine[],
  profile: Partial<ProjectProfile> = {},
  extra: Partial<BudgetModel> = {},
  overrides: ProfileOverrides = {},
): Finding[] {
  pack ??= yangpu();
  return auditModel(model(lines, profile, extra), pack, overrides).findings.filter((f) => f.rule === rule);
}
