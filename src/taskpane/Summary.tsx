import { Badge, Caption1, MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { AuditResult, Severity } from "../core";
import { formatRatio, formatYuan } from "./format";
import { kindLabel, severityLabel, systemLabel, t, tierLabel, type Locale } from "./i18n";

const useStyles = makeStyles({
  summary: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  counts: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  count: { display: "inline-flex", alignItems: "center", gap: tokens.spacingHorizontalXXS },
  row: { display: "flex", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  amount: { fontVariantNumeric: "tabular-nums", textAlign: "end" },
  note: { color: tokens.colorNeutralForeground3 },
});

const BADGE_COLOR = { error: "danger", warning: "warning", info: "informative" } as const;
const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export function Summary(props: { locale: Locale; result: AuditResult }) {
  const { locale, result } = props;
  const styles = useStyles();
  const count = (s: Severity) => result.findings.filter((f) => f.severity === s).length;
  const p = result.model.profile;
  const review = result.review;
  // The totals that fit the budget's kind, decided by the core (as in the CLI's report): an O&M or service budget
  // without 项目建设费 shows its own total only.
  const build = result.amounts.shape === "build";
  return (
    <section className={styles.summary} data-testid="summary" aria-label={t(locale, "summary.heading")}>
      <div className={styles.counts}>
        {SEVERITIES.map((s) => (
          <span key={s} className={styles.count}>
            <Text size={200}>{severityLabel(locale, s)}</Text>
            <Badge data-testid={`count-${s}`} color={BADGE_COLOR[s]} appearance={count(s) ? "filled" : "tint"}>
              {count(s)}
            </Badge>
          </span>
        ))}
      </div>
      {build && (
        <div className={styles.row}>
          <Text size={200}>{t(locale, "summary.construction")}</Text>
          <Text size={200} className={styles.amount} data-testid="total-construction">
            {formatYuan(result.totals.construction, locale)}
          </Text>
        </div>
      )}
      <div className={styles.row}>
        <Text size={200} weight="semibold">
          {t(locale, "summary.grand")}
        </Text>
        <Text size={200} weight="semibold" className={styles.amount} data-testid="total-grand">
          {formatYuan(result.totals.grand, locale)}
        </Text>
      </div>
      <div className={styles.row}>
        <Text size={200} weight="semibold">
          {t(locale, "summary.approved")}
        </Text>
        <Text size={200} weight="semibold" className={styles.amount} data-testid="total-approved">
          {formatYuan(review.approved.toFixed(), locale)}
        </Text>
      </div>
      <div className={styles.row}>
        <Text size={200}>{t(locale, "summary.reduction")}</Text>
        <Text size={200} className={styles.amount} data-testid="total-reduction">
          {review.reduction.isZero()
            ? formatYuan("0", locale)
            : t(locale, "summary.reductionRate", {
                amount: formatYuan(review.reduction.toFixed(), locale),
                rate: formatRatio(review.reductionRate.toFixed()),
              })}
        </Text>
      </div>
      {review.unadjusted.length > 0 && (
        <Caption1 className={styles.note} data-testid="summary-unadjusted">
          {t(locale, "summary.unadjusted", { n: review.unadjusted.length })}
        </Caption1>
      )}
      <div className={styles.row}>
        <Text size={200}>{t(locale, "summary.profile")}</Text>
        <Text size={200} data-testid="summary-profile">
          {t(locale, "summary.profileValue", {
            kind: kindLabel(locale, p.kind),
            system: systemLabel(locale, p.system),
            tier: tierLabel(locale, p.tier),
          })}
        </Text>
      </div>
      {result.findings.length === 0 && (
        <MessageBar intent="success" data-testid="no-findings">
          <MessageBarBody>{t(locale, "summary.noFindings")}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
