import {
  KINDS as CORE_KINDS,
  overridesFor,
  parseFieldValue,
  parseProfileInput,
  PROFILE_VALUES,
  renderSetupMessage,
  SETUP_FIELDS,
  SetupError,
  SYSTEMS as CORE_SYSTEMS,
  TIERS as CORE_TIERS,
  type ProfileOverrides,
  type ProfileValueSpec,
  type ProjectKind,
  type RawValue,
  type SetupMessage,
  type StandardPack,
  type SystemType,
  type Tier,
} from "../core";
import type { SavedChoices } from "../excel/bridge";
import { paneNaming } from "./naming";
import type { Locale } from "./i18n";

export const AUTO = "auto";
export type Auto = typeof AUTO;

export const KINDS: readonly ProjectKind[] = CORE_KINDS;
export const SYSTEMS: readonly SystemType[] = CORE_SYSTEMS;
export const TIERS: readonly Tier[] = CORE_TIERS;

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

export const AUTO_CHOICES: ProfileChoices = {
  kind: AUTO,
  system: AUTO,
  tier: AUTO,
  lastYearOm: "",
  includeHidden: false,
  values: {},
};

/** A profile field of a pack: the spec of profile-values.ts with its name. */
export type ProfileField = ProfileValueSpec & { name: string };

/** The saved profile values: only known names with short text values (a workbook's settings are untrusted). */
export function valuesFromSaved(saved: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!saved || typeof saved !== "object" || Array.isArray(saved)) return out;
  for (const [name, v] of Object.entries(saved as Record<string, unknown>)) {
    if (Object.prototype.hasOwnProperty.call(PROFILE_VALUES, name) && typeof v === "string" && v.length <= 200)
      out[name] = v;
  }
  return out;
}

export function valuesToSaved(values: Record<string, string>): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  for (const [name, v] of Object.entries(values)) if (v.trim() !== "") out[name] = v;
  return Object.keys(out).length > 0 ? out : undefined;
}

/**
 * Why a typed value is refused, worded by the core's one parser with the field's pane label, in `locale`; null when
 * it is blank or valid. What the field shows under itself and what stops a check are the same message.
 */
export function fieldProblem(name: string, text: string, locale: Locale): string | null {
  const spec = SETUP_FIELDS[name as keyof typeof SETUP_FIELDS];
  if (!spec) return null;
  const parsed = parseFieldValue({ name: name as keyof typeof SETUP_FIELDS, ...spec }, text, paneNaming);
  return parsed.ok ? null : renderSetupMessage(parsed.error, locale);
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

/** The choices as the setup layer reads them, by field name: the selects that are not 自动, and the text typed. */
function rawInput(choices: ProfileChoices, pack?: Pick<StandardPack, "profileValues">): Record<string, RawValue> {
  const raw: Record<string, RawValue> = { last_year_om: choices.lastYearOm };
  if (choices.kind !== AUTO) raw.kind = choices.kind;
  if (choices.system !== AUTO) raw.system = choices.system;
  if (choices.tier !== AUTO) raw.tier = choices.tier;
  for (const name of pack?.profileValues ?? [])
    if (choices.values[name] !== undefined) raw[name] = choices.values[name];
  return raw;
}

/** What is saved in the workbook: only the values the user actually chose; an unparsable amount is not kept. */
export function choicesToSaved(choices: ProfileChoices): NonNullable<SavedChoices["overrides"]> {
  const out: NonNullable<SavedChoices["overrides"]> = {};
  if (choices.kind !== AUTO) out.kind = choices.kind;
  if (choices.system !== AUTO) out.system = choices.system;
  if (choices.tier !== AUTO) out.tier = choices.tier;
  const om = parseProfileInput({ last_year_om: choices.lastYearOm }, paneNaming).values.last_year_om;
  if (om !== undefined) out.lastYearOm = String(om);
  if (choices.includeHidden) out.includeHiddenSheets = true;
  return out;
}

/**
 * The engine's overrides, read by the core's one parser; a typed value that is not one stops the check (a SetupError
 * naming the field by its label) rather than being ignored. Only the profile values of `pack` (the pack the check
 * uses) are read and passed: another pack's values stay saved but unused.
 */
export function choicesToOverrides(
  choices: ProfileChoices,
  pack: Pick<StandardPack, "profileValues"> = {},
): ProfileOverrides {
  const input = parseProfileInput(rawInput(choices, pack), paneNaming);
  const first: SetupMessage | undefined = input.errors[0];
  if (first) throw new SetupError(first);
  const out = overridesFor(input.values, pack);
  if (choices.includeHidden) out.includeHiddenSheets = true;
  return out;
}
