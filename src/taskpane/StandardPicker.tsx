import { Field, Select } from "@fluentui/react-components";
import { t, type Locale } from "./i18n";
import { listStandards } from "./standards";

export function StandardPicker(props: { locale: Locale; value: string; disabled: boolean; onChange: (id: string) => void }) {
  const { locale } = props;
  return (
    <Field label={t(locale, "standard.label")}>
      <Select
        data-testid="standard-picker"
        value={props.value}
        disabled={props.disabled}
        onChange={(_ev, data) => props.onChange(data.value)}
      >
        {listStandards().map((s) => (
          <option key={s.id} value={s.id}>
            {locale === "en-US" ? s.titleEn : s.title}
          </option>
        ))}
      </Select>
    </Field>
  );
}
