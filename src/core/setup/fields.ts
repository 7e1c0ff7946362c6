import { PROFILE_VALUES, type ProfileValueSpec } from "../profile/profile-values";

/** A message in both languages the product speaks. */
export interface Bilingual {
  zh: string;
  en: string;
}

export const KINDS = ["construction", "upgrade", "om", "service"] as const;
export const SYSTEMS = [
  "oa",
  "video-conference",
  "website",
  "server-room",
  "info-release",
  "hotline",
  "other",
] as const;
export const TIERS = ["small", "medium", "large"] as const;

/**
 * The project's kind, system and size (domain.md §5): facts the engine infers and the user may override, given as
 * `--kind/--system/--tier` in the CLI and picked in the pane. Specified like the pack's profile values, so that one
 * parser reads them all.
 */
export const PROJECT_FIELDS = {
  kind: { key: "kind", type: "choice", flag: "--kind", choices: KINDS, zh: "项目类型", en: "project kind" },
  system: { key: "system", type: "choice", flag: "--system", choices: SYSTEMS, zh: "系统类型", en: "system type" },
  tier: { key: "tier", type: "choice", flag: "--tier", choices: TIERS, zh: "项目规模", en: "project size" },
} as const satisfies Record<string, ProfileValueSpec>;

/** Every value a user may give for a project: the project fields and the profile values of district-packs.md §0.4. */
export const SETUP_FIELDS: Readonly<Record<SetupFieldName, ProfileValueSpec>> = {
  ...PROJECT_FIELDS,
  ...PROFILE_VALUES,
};

export type SetupFieldName = keyof typeof PROJECT_FIELDS | keyof typeof PROFILE_VALUES;

/** Settings that are no project value but that a message may point the user to. */
export type SettingName = "standard" | "include_hidden";

/** Whatever a message may name for the user to give or change. */
export type NamedField = SetupFieldName | SettingName;

/**
 * How a host names a field in a message — the CLI by its flag (`--acceptance-date`), the pane by the label the user
 * sees (验收日期) — in both languages. Passed in by the host; the core's messages never hard-code either.
 */
export type FieldNaming = (field: NamedField) => Bilingual;

/** The CLI flag of each setting. */
const SETTING_FLAGS: Record<SettingName, string> = { standard: "--standard", include_hidden: "--include-hidden" };

export function isSetupField(name: string): name is SetupFieldName {
  return Object.prototype.hasOwnProperty.call(SETUP_FIELDS, name);
}

/** The spec of a field, or undefined for a name that is none. */
export function fieldSpec(name: string): (ProfileValueSpec & { name: SetupFieldName }) | undefined {
  return isSetupField(name) ? { name, ...SETUP_FIELDS[name] } : undefined;
}

/**
 * Naming by command-line flag, with what the value is ("--filed-total（本部门本年已备案项目总额（元））"): how the CLI
 * names a field, and the engine's default when a caller passes no naming.
 */
export const flagNaming: FieldNaming = (field) => {
  if (!isSetupField(field)) return { zh: SETTING_FLAGS[field], en: SETTING_FLAGS[field] };
  const s = SETUP_FIELDS[field];
  return { zh: `${s.flag}（${s.zh}）`, en: `${s.flag} (${s.en})` };
};
