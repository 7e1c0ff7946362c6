/**
 * The audit-setup layer (issue 15, part 3): every decision the CLI and the pane used to make each on their own —
 * which pack and why, reading the values the user gives, the no-table outcome, the totals a report shows — made once
 * here. The hosts only read, render and write: they pass their way of naming a field in, and render the messages.
 */
export { KINDS, SYSTEMS, TIERS, PROJECT_FIELDS, SETUP_FIELDS, fieldSpec, flagNaming, isSetupField } from "./fields";
export type { FieldNaming, NamedField, SetupFieldName } from "./fields";
export { SetupError, renderBoth, renderSetupMessage } from "./messages";
export type { SetupMessage } from "./messages";
export { fieldsFor, overridesFor, parseFieldValue, parseProfileInput } from "./profile-input";
export type { PlainValue, RawValue } from "./profile-input";
export { AUTO_PACK, FALLBACK_PACK_ID, selectPack } from "./pack";
export { noTableOutcome } from "./outcome";
