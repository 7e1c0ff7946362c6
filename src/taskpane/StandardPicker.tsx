import { Field, Select, makeStyles } from "@fluentui/react-components";
import { t, type Locale } from "./i18n";
import { listStandards } from "./standards";

// A standard's full title is longer than the pane is wide; the native select would push the pane sideways.
const useStyles = makeStyles({
  root: { width: "100%", minWidth: 0 },
  select: { width: "100%", minWidth: 0, textOverflow: "ellipsis" },
});

export function StandardPicker(props: { locale: Locale; value: string; disabled: boolean; onChange: (id: string) => void }) {
  const { locale } = props;
  const styles = useStyles();
  return (
    <Field label={t(locale, "standard.label")}>
      <Select
        className={styles.root}
        select={{ className: styles.select }}
        data-testid="standard-picker"
        value={props.value}
        disabled={props.disabled}
        onChange={(_ev, data) => props.onChange(data.value)}
      >
        {listStandards().map((s) => (
          <option key={s.id} value={s.id} title={locale === "en-US" ? s.titleEn : s.title}>
            {locale === "en-US" ? s.titleEn : s.title}
          </option>
        ))}
      </Select>
    </Field>
  );
}
