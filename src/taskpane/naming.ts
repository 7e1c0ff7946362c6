import { isSetupField, SETUP_FIELDS, type FieldNaming, type NamedField } from "../core";
import { t, type Locale, type StringKey } from "./i18n";

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
 * A field's label as the pane shows it: the Chinese as it is; the English in sentence case with money in CNY
 * ("approved total (元)" → "Approved total (CNY)"), so no Chinese is left in the English pane.
 */
export function fieldLabel(label: { zh: string; en: string }, locale: Locale): string {
  if (locale === "zh-CN") return label.zh;
  const en = label.en.replace(/\(元\)/g, "(CNY)").replace(/（元）/g, " (CNY)");
  return en.charAt(0).toUpperCase() + en.slice(1);
}

/**
 * How the pane names a field in a message: by the label the user sees beside it, in quotes (“竣工验收日期”,
 * "acceptance date") — never by a CLI flag.
 */
export const paneNaming: FieldNaming = (field) => {
  const key = LABEL_KEYS[field];
  const label = key
    ? { zh: t("zh-CN", key), en: t("en-US", key) }
    : isSetupField(field)
      ? { zh: SETUP_FIELDS[field].zh, en: fieldLabel(SETUP_FIELDS[field], "en-US") }
      : { zh: field, en: field };
  return { zh: `“${label.zh}”`, en: `"${label.en}"` };
};
