import type { MessageArgs } from "../standards/messages";
import { SETUP_FIELDS, isSetupField, type Bilingual, type FieldNaming, type NamedField } from "./fields";

const NAMED: readonly NamedField[] = [...(Object.keys(SETUP_FIELDS) as NamedField[]), "standard", "include_hidden"];

/**
 * Every field a pack message may point the user to, as `{field_<name>}` (`{field_system_level}`, `{field_kind}`),
 * named the host's way: a message never hard-codes a CLI flag or a pane label.
 */
export function fieldArgs(naming: FieldNaming): MessageArgs {
  const out: MessageArgs = {};
  for (const name of NAMED) out[`field_${name}`] = naming(name);
  return out;
}

/** The values a rule needed and did not get, as one `{missing}` argument, named the host's way. */
export function missingArg(names: readonly string[], naming: FieldNaming): Bilingual {
  const named = names.filter(isSetupField).map((n) => naming(n));
  return { zh: named.map((n) => n.zh).join("、"), en: named.map((n) => n.en).join(", ") };
}
