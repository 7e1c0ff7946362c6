import { Caption1, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Finding, Severity } from "../core/model/finding";
import { severityLabel, t, type Locale } from "./i18n";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  header: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  item: {
    display: "flex",
    flexDirection: "column",
    alignItems: "stretch",
    gap: tokens.spacingVerticalXXS,
    width: "100%",
    boxSizing: "border-box",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: "none",
    borderLeft: `${tokens.strokeWidthThick} solid transparent`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    font: "inherit",
    textAlign: "start",
    overflowWrap: "anywhere",
  },
  clickable: {
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
    ":active": { backgroundColor: tokens.colorSubtleBackgroundPressed },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  error: { borderLeftColor: tokens.colorStatusDangerBorderActive },
  warning: { borderLeftColor: tokens.colorStatusWarningBorderActive },
  info: { borderLeftColor: tokens.colorPaletteBlueBorderActive },
  meta: { color: tokens.colorNeutralForeground3 },
});

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

function FindingItem(props: { locale: Locale; finding: Finding; onSelect: (sheet: string, cell: string) => void }) {
  const { locale, finding: f } = props;
  const styles = useStyles();
  const where = f.sheet && f.cell ? `${f.sheet}!${f.cell}` : f.sheet;
  const body = (
    <>
      <Text size={300}>{locale === "en-US" ? f.messageEn : f.message}</Text>
      <Caption1 className={styles.meta}>{where ?? t(locale, "findings.noCell")}</Caption1>
      <Caption1 className={styles.meta}>{f.citation}</Caption1>
    </>
  );
  const className = mergeClasses(styles.item, styles[f.severity]);
  if (f.sheet && f.cell) {
    const { sheet, cell } = f;
    return (
      <button
        type="button"
        className={mergeClasses(className, styles.clickable)}
        data-testid="finding-item"
        data-rule={f.rule}
        data-cell={`${sheet}!${cell}`}
        title={t(locale, "findings.goTo", { cell: `${sheet}!${cell}` })}
        onClick={() => props.onSelect(sheet, cell)}
      >
        {body}
      </button>
    );
  }
  return (
    <div className={className} data-testid="finding-item" data-rule={f.rule}>
      {body}
    </div>
  );
}

export function FindingsList(props: { locale: Locale; findings: Finding[]; onSelect: (sheet: string, cell: string) => void }) {
  const { locale, findings } = props;
  const styles = useStyles();
  return (
    <section className={styles.list} data-testid="findings" aria-label={t(locale, "findings.heading")}>
      {SEVERITIES.map((severity) => {
        const group = findings.filter((f) => f.severity === severity);
        if (group.length === 0) return null;
        return (
          <div key={severity} className={styles.group} data-testid={`findings-${severity}`}>
            <h3 className={styles.header}>
              {t(locale, "findings.group", { severity: severityLabel(locale, severity), n: group.length })}
            </h3>
            {group.map((f, i) => (
              <FindingItem key={`${f.rule}|${f.sheet}|${f.cell}|${i}`} locale={locale} finding={f} onSelect={props.onSelect} />
            ))}
          </div>
        );
      })}
    </section>
  );
}
