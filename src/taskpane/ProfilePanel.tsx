import { Checkbox, Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import type { ProfileSource, ProjectProfile } from "../core";
import { kindLabel, sourceLabel, systemLabel, t, tierLabel, type Locale, type StringKey } from "./i18n";
import { fieldLabel } from "./naming";
import { AUTO, KINDS, SYSTEMS, TIERS, fieldProblem, type ProfileChoices, type ProfileField } from "./profile-choices";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

type SelectKey = "kind" | "system" | "tier";

interface Props {
  locale: Locale;
  choices: ProfileChoices;
  /** The profile the last check used, to show what was inferred and from where. */
  inferred: ProjectProfile | null;
  disabled: boolean;
  onChoice: <K extends SelectKey>(key: K, value: ProfileChoices[K]) => void;
  onLastYearOm: (text: string) => void;
  onCommit: () => void;
  onIncludeHidden?: (include: boolean) => void;
  /** The profile values the pack in view uses (profileFieldsFor); none for Yangpu. */
  fields?: readonly ProfileField[];
  /** 自动 is chosen: the fields are those of the pack the last check used. */
  auto?: boolean;
  onProfileValue?: (name: string, text: string, save: boolean) => void;
}

/** One profile value of the pack (also shown under a finding that needs it): a select for yes/no and choices, an input for money, counts, dates and text. */
export function PackField(props: {
  locale: Locale;
  field: ProfileField;
  value: string;
  disabled: boolean;
  onValue: (text: string, save: boolean) => void;
  onCommit: () => void;
  /** Where it is shown: in the settings ("profile-value-…") or under a finding that asks for it ("needs-value-…"). */
  testIdPrefix?: string;
}) {
  const { locale, field, value } = props;
  const label = fieldLabel(field, locale);
  const testId = `${props.testIdPrefix ?? "profile-value-"}${field.name}`;
  if (field.type === "boolean" || field.type === "choice") {
    const options =
      field.type === "boolean"
        ? [
            { v: "true", text: t(locale, "profile.yes") },
            { v: "false", text: t(locale, "profile.no") },
          ]
        : (field.choices ?? []).map((v) => ({ v, text: t(locale, `profile.choice.${v}` as StringKey) }));
    return (
      <Field label={label}>
        <Select
          data-testid={testId}
          value={value}
          disabled={props.disabled}
          onChange={(_ev, data) => props.onValue(data.value, true)}
        >
          <option value="">{t(locale, "profile.unset")}</option>
          {options.map((o) => (
            <option key={o.v} value={o.v}>
              {o.text}
            </option>
          ))}
        </Select>
      </Field>
    );
  }
  // The core's one parser says why, in the words that stop a check.
  const problem = fieldProblem(field.name, value, locale);
  return (
    <Field
      label={label}
      hint={field.type === "date" ? t(locale, "profile.dateHint") : undefined}
      validationState={problem ? "error" : "none"}
      validationMessage={problem ?? undefined}
    >
      <Input
        data-testid={testId}
        inputMode={field.type === "money" ? "decimal" : field.type === "count" ? "numeric" : undefined}
        value={value}
        placeholder={field.type === "date" ? "2024-06-30" : undefined}
        disabled={props.disabled}
        onChange={(_ev, data) => props.onValue(data.value, false)}
        onBlur={props.onCommit}
      />
    </Field>
  );
}

export function ProfilePanel(props: Props) {
  const { locale, choices, inferred } = props;
  const styles = useStyles();

  const hint = (value: string, source: ProfileSource) =>
    t(locale, "profile.inferred", { value, source: sourceLabel(locale, source) });

  type Value<K extends SelectKey> = Exclude<ProfileChoices[K], typeof AUTO>;
  function select<K extends SelectKey>(
    key: K,
    label: StringKey,
    values: readonly Value<K>[],
    text: (v: Value<K>) => string,
    inferredHint?: string,
  ) {
    return (
      <Field label={t(locale, label)} hint={inferredHint}>
        <Select
          data-testid={`profile-${key}`}
          value={choices[key]}
          disabled={props.disabled}
          onChange={(_ev, data) => props.onChoice(key, data.value as ProfileChoices[K])}
        >
          <option value={AUTO}>{t(locale, "profile.auto")}</option>
          {values.map((v) => (
            <option key={v} value={v}>
              {text(v)}
            </option>
          ))}
        </Select>
      </Field>
    );
  }

  const omProblem = fieldProblem("last_year_om", choices.lastYearOm, locale);
  return (
    <div className={styles.panel}>
      {select(
        "kind",
        "profile.kind",
        KINDS,
        (v) => kindLabel(locale, v),
        inferred ? hint(kindLabel(locale, inferred.kind), inferred.sources.kind) : undefined,
      )}
      {select(
        "system",
        "profile.system",
        SYSTEMS,
        (v) => systemLabel(locale, v),
        inferred ? hint(systemLabel(locale, inferred.system), inferred.sources.system) : undefined,
      )}
      {select(
        "tier",
        "profile.tier",
        TIERS,
        (v) => tierLabel(locale, v),
        inferred ? hint(tierLabel(locale, inferred.tier), inferred.sources.tier) : undefined,
      )}
      <Field
        label={t(locale, "profile.lastYearOm")}
        validationState={omProblem ? "error" : "none"}
        validationMessage={omProblem ?? undefined}
      >
        <Input
          data-testid="profile-last-year-om"
          inputMode="decimal"
          value={choices.lastYearOm}
          placeholder={t(locale, "profile.lastYearOmPlaceholder")}
          disabled={props.disabled}
          onChange={(_ev, data) => props.onLastYearOm(data.value)}
          onBlur={props.onCommit}
        />
      </Field>
      {props.fields && props.fields.length > 0 ? (
        <div className={styles.panel} data-testid="profile-pack-fields">
          <strong>{t(locale, "profile.packHeading")}</strong>
          {props.fields.map((f) => (
            <PackField
              key={f.name}
              locale={locale}
              field={f}
              value={choices.values[f.name] ?? ""}
              disabled={props.disabled}
              onValue={(text, save) => props.onProfileValue?.(f.name, text, save)}
              onCommit={props.onCommit}
            />
          ))}
        </div>
      ) : props.auto ? (
        <span className={styles.hint}>{t(locale, "profile.packHint")}</span>
      ) : null}
      <Field hint={t(locale, "profile.includeHiddenHint")}>
        <Checkbox
          data-testid="profile-include-hidden"
          label={t(locale, "profile.includeHidden")}
          checked={choices.includeHidden}
          disabled={props.disabled}
          onChange={(_ev, data) => props.onIncludeHidden?.(data.checked === true)}
        />
      </Field>
    </div>
  );
}
