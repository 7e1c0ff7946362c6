import { Field, Select, makeStyles } from "@fluentui/react-components";
import { t, type Locale } from "./i18n";
import { AUTO_STANDARD, listStandards, standardInfo } from "./standards";
import type { UsedStandard } from "./audit-controller";
import { packTitle } from "./pack-text";

// A standard's full title is longer than the pane is wide; the native select would push the pane sideways.
const useStyles = makeStyles({
  root: { width: "100%", minWidth: 0 },
  select: { width: "100%", minWidth: 0, textOverflow: "ellipsis" },
});

export function StandardPicker(props: {
  locale: Locale;
  value: string;
  used?: UsedStandard | null;
  disabled: boolean;
  onChange: (id: string) => void;
}) {
  const { locale, used } = props;
  const styles = useStyles();
  const usedInfo = used ? standardInfo(used.id) : undefined;
  const usedTitle = usedInfo ? packTitle(usedInfo, locale) : "";
  // Which pack the last check used, and under 自动 why: the district the workbook names, or the fallback.
  const hint = !used
    ? undefined
    : used.reason
      ? t(locale, "standard.used", {
          title: usedTitle,
          reason: locale === "en-US" ? used.reason.en : used.reason.zh,
        })
      : t(locale, "standard.usedChosen", { title: usedTitle });
  return (
    <Field
      label={t(locale, "standard.label")}
      hint={
        hint ? (
          <span data-testid="standard-used" data-standard={used?.id}>
            {hint}
          </span>
        ) : undefined
      }
    >
      <Select
        className={styles.root}
        select={{ className: styles.select }}
        data-testid="standard-picker"
        value={props.value}
        disabled={props.disabled}
        onChange={(_ev, data) => props.onChange(data.value)}
      >
        <option value={AUTO_STANDARD}>{t(locale, "standard.auto")}</option>
        {listStandards().map((s) => (
          <option key={s.id} value={s.id} title={packTitle(s, locale)}>
            {packTitle(s, locale)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
