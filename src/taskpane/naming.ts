import { isSetupField, SETUP_FIELDS, type FieldNaming, type NamedField } from "../core";
import { t, type StringKey } from "./i18n";

/** The pane's own labels for the fields it shows in its catalogue; a pack's profile values carry theirs. */
const LABEL_KEYS: Partial<Record<NamedField, StringKey>> = {
  kind: "profile.kind",
  system: "profile.system",
  tier: "profile.tier",
  last_year_om: "profile.lastYearOm",
  standard: "standard.label",
  include_hidden: "profile.includeHidden",
};

/**
 * How the pane names a field in a message: by the label the user sees beside it, in quotes (“竣工验收日期”,
 * "acceptance date") — never by a CLI flag.
 */
export const paneNaming: FieldNaming = (field) => {
  const key = LABEL_KEYS[field];
  const label = key
    ? { zh: t("zh-CN", key), en: t("en-US", key) }
    : isSetupField(field)
      ? { zh: SETUP_FIELDS[field].zh, en: SETUP_FIELDS[field].en }
      : { zh: field, en: field };
  return { zh: `“${label.zh}”`, en: `"${label.en}"` };
};
