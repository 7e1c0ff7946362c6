import { Checkbox, Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import type { ProfileSource, ProjectProfile } from "../core/model/types";
import { kindLabel, sourceLabel, systemLabel, t, tierLabel, type Locale, type StringKey } from "./i18n";
import { AUTO, KINDS, SYSTEMS, TIERS, lastYearOmValid, type ProfileChoices } from "./profile-choices";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
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
}

export function ProfilePanel(props: Props) {
  const { locale, choices, inferred } = props;
  const styles = useStyles();

  const hint = (value: string, source: ProfileSource) =>
    t(locale, "profile.inferred", { value, source: sourceLabel(locale, source) });

  type Value<K extends SelectKey> = Exclude<ProfileChoices[K], typeof AUTO>;
  function select<K extends SelectKey>(key: K, label: StringKey, values: readonly Value<K>[], text: (v: Value<K>) => string, inferredHint?: string) {
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

  const omValid = lastYearOmValid(choices.lastYearOm);
  return (
    <div className={styles.panel}>
      {select("kind", "profile.kind", KINDS, (v) => kindLabel(locale, v),
        inferred ? hint(kindLabel(locale, inferred.kind), inferred.sources.kind) : undefined)}
      {select("system", "profile.system", SYSTEMS, (v) => systemLabel(locale, v),
        inferred ? hint(systemLabel(locale, inferred.system), inferred.sources.system) : undefined)}
      {select("tier", "profile.tier", TIERS, (v) => tierLabel(locale, v),
        inferred ? hint(tierLabel(locale, inferred.tier), inferred.sources.tier) : undefined)}
      <Field
        label={t(locale, "profile.lastYearOm")}
        validationState={omValid ? "none" : "error"}
        validationMessage={omValid ? undefined : t(locale, "profile.lastYearOmInvalid")}
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
