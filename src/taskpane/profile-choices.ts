import type { ProfileOverrides, ProjectKind, SystemType, Tier } from "../core/model/types";
import type { SavedChoices } from "../excel/bridge";
import { parseYuanInput } from "./format";
import { localizedError } from "./pane-error";

export const AUTO = "auto";
export type Auto = typeof AUTO;

export const KINDS: readonly ProjectKind[] = ["construction", "upgrade", "om", "service"];
export const SYSTEMS: readonly SystemType[] = ["oa", "video-conference", "website", "server-room", "info-release", "hotline", "other"];
export const TIERS: readonly Tier[] = ["small", "medium", "large"];

/** The profile as the pane's controls hold it: "auto" lets the engine infer; the amount is the text typed. */
export interface ProfileChoices {
  kind: ProjectKind | Auto;
  system: SystemType | Auto;
  tier: Tier | Auto;
  lastYearOm: string;
  /** Audit hidden sheets too (domain.md §3.9): read them and pass `includeHiddenSheets`, as the CLI's --include-hidden. */
  includeHidden: boolean;
}

export const AUTO_CHOICES: ProfileChoices = { kind: AUTO, system: AUTO, tier: AUTO, lastYearOm: "", includeHidden: false };

// Saved settings come from a workbook someone else may have edited (or an older version wrote): keep only
// values the pane knows, fall back to auto for the rest.
function pick<T extends string>(allowed: readonly T[], v: unknown): T | Auto {
  return allowed.includes(v as T) ? (v as T) : AUTO;
}

export function choicesFromSaved(saved: SavedChoices["overrides"]): ProfileChoices {
  return {
    kind: pick(KINDS, saved?.kind),
    system: pick(SYSTEMS, saved?.system),
    tier: pick(TIERS, saved?.tier),
    lastYearOm: typeof saved?.lastYearOm === "string" ? saved.lastYearOm : "",
    includeHidden: saved?.includeHiddenSheets === true,
  };
}

/** What is saved in the workbook: only the values the user actually chose; an unparsable amount is not kept. */
export function choicesToSaved(choices: ProfileChoices): NonNullable<SavedChoices["overrides"]> {
  const out: NonNullable<SavedChoices["overrides"]> = {};
  if (choices.kind !== AUTO) out.kind = choices.kind;
  if (choices.system !== AUTO) out.system = choices.system;
  if (choices.tier !== AUTO) out.tier = choices.tier;
  const om = parseYuanInput(choices.lastYearOm);
  if (om) out.lastYearOm = om.toFixed();
  if (choices.includeHidden) out.includeHiddenSheets = true;
  return out;
}

export function lastYearOmValid(text: string): boolean {
  return text.trim() === "" || parseYuanInput(text) !== null;
}

/** The engine's overrides; a typed amount that is not a number stops the check rather than being ignored. */
export function choicesToOverrides(choices: ProfileChoices): ProfileOverrides {
  const out: ProfileOverrides = {};
  if (choices.kind !== AUTO) out.kind = choices.kind;
  if (choices.system !== AUTO) out.system = choices.system;
  if (choices.tier !== AUTO) out.tier = choices.tier;
  if (choices.lastYearOm.trim() !== "") {
    const om = parseYuanInput(choices.lastYearOm);
    if (!om) throw localizedError("error.lastYearOm", { value: choices.lastYearOm });
    out.lastYearOm = om;
  }
  if (choices.includeHidden) out.includeHiddenSheets = true;
  return out;
}
