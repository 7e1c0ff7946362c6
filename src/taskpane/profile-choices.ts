import type { ProfileOverrides, ProjectKind, SystemType, Tier } from "../core/model/types";
import type { SavedChoices } from "../excel/bridge";
import { parseYuanInput } from "./format";
import { PROFILE_VALUES, type ProfileValue, type ProfileValueSpec } from "../core/profile/profile-values";
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
  /** The pack's profile values (district-packs.md §0.4) as typed, by snake_case name; "" or absent: not given. */
  values: Record<string, string>;
}

export const AUTO_CHOICES: ProfileChoices = { kind: AUTO, system: AUTO, tier: AUTO, lastYearOm: "", includeHidden: false, values: {} };

/** A profile field of a pack: the spec of profile-values.ts with its name. */
export type ProfileField = ProfileValueSpec & { name: string };

/** The saved profile values: only known names with short text values (a workbook's settings are untrusted). */
export function valuesFromSaved(saved: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!saved || typeof saved !== "object" || Array.isArray(saved)) return out;
  for (const [name, v] of Object.entries(saved as Record<string, unknown>)) {
    if (Object.prototype.hasOwnProperty.call(PROFILE_VALUES, name) && typeof v === "string" && v.length <= 200) out[name] = v;
  }
  return out;
}

export function valuesToSaved(values: Record<string, string>): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  for (const [name, v] of Object.entries(values)) if (v.trim() !== "") out[name] = v;
  return Object.keys(out).length > 0 ? out : undefined;
}

/** A typed profile value as the engine takes it (money as Decimal), or null when it is not one. */
export function parseProfileValue(spec: ProfileValueSpec, text: string): ProfileValue | null {
  const v = text.trim();
  if (v === "") return null;
  switch (spec.type) {
    case "money":
      return parseYuanInput(v);
    case "count":
      return /^\d{1,6}$/.test(v) ? Number(v) : null;
    case "date": {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
      if (!m) return null;
      const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
      return d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3] ? v : null;
    }
    case "choice":
      return spec.choices?.includes(v) ? v : null;
    case "boolean":
      return v === "true" ? true : v === "false" ? false : null;
    case "text":
      return v;
  }
}

export function profileValueValid(spec: ProfileValueSpec, text: string): boolean {
  return text.trim() === "" || parseProfileValue(spec, text) !== null;
}

// Saved settings come from a workbook someone else may have edited (or an older version wrote): keep only
// values the pane knows, fall back to auto for the rest.
function pick<T extends string>(allowed: readonly T[], v: unknown): T | Auto {
  return allowed.includes(v as T) ? (v as T) : AUTO;
}

export function choicesFromSaved(saved: SavedChoices["overrides"], profileValues?: unknown): ProfileChoices {
  return {
    kind: pick(KINDS, saved?.kind),
    system: pick(SYSTEMS, saved?.system),
    tier: pick(TIERS, saved?.tier),
    lastYearOm: typeof saved?.lastYearOm === "string" ? saved.lastYearOm : "",
    includeHidden: saved?.includeHiddenSheets === true,
    values: valuesFromSaved(profileValues),
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

/**
 * The engine's overrides; a typed amount that is not a number stops the check rather than being ignored. Only the
 * profile values of `fields` (the pack the check uses) are passed: another pack's values stay saved but unused.
 */
export function choicesToOverrides(choices: ProfileChoices, fields: readonly ProfileField[] = []): ProfileOverrides {
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
  for (const field of fields) {
    const text = choices.values[field.name] ?? "";
    if (text.trim() === "") continue;
    const value = parseProfileValue(field, text);
    if (value === null) {
      const err = localizedError("error.profileValue", { label: field.zh, value: text });
      throw Object.assign(err, { messageEn: localizedError("error.profileValue", { label: field.en, value: text }).messageEn });
    }
    (out as Record<string, unknown>)[field.key] = value;
  }
  return out;
}
