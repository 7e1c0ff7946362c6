import { Badge, Caption1, MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { AuditResult, Severity } from "../core";
import Decimal from "decimal.js";
import { formatRatio, formatSheetMoney } from "./format";
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

/**
 * Counts, then 送审 / 审定 / 审减 in the sheet's unit. After 按标准核定 the sheet holds the approved amounts, so
 * `submittedBefore` (元) keeps 送审 as it was submitted, with 审定 beside it.
 */
export function Summary(props: { locale: Locale; result: AuditResult; submittedBefore?: string | null }) {
  const { locale, result } = props;
  const unit = result.model.profile.unit;
  const money = (yuan: string) => formatSheetMoney(yuan, unit, locale);
  const styles = useStyles();
  const count = (s: Severity) => result.findings.filter((f) => f.severity === s).length;
  const p = result.model.profile;
  const review = result.review;
  // The totals that fit the budget's kind, decided by the core (as in the CLI's report): an O&M or service budget
  // without 项目建设费 shows its own total only.
  const build = result.amounts.shape === "build";
  const before = props.submittedBefore ? new Decimal(props.submittedBefore) : null;
  const submitted = before ?? review.submitted;
  const reduction = before ? before.minus(review.approved) : review.reduction;
  const rate = submitted.isZero() ? new Decimal(0) : reduction.dividedBy(submitted).toDecimalPlaces(4);
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
            {money(result.totals.construction)}
          </Text>
        </div>
      )}
      <div className={styles.row}>
        <Text size={200} weight="semibold">
          {t(locale, before ? "summary.submittedBefore" : "summary.grand")}
        </Text>
        <Text size={200} weight="semibold" className={styles.amount} data-testid="total-grand">
          {money(before ? before.toFixed() : result.totals.grand)}
        </Text>
      </div>
      <div className={styles.row}>
        <Text size={200} weight="semibold">
          {t(locale, "summary.approved")}
        </Text>
        <Text size={200} weight="semibold" className={styles.amount} data-testid="total-approved">
          {money(review.approved.toFixed())}
        </Text>
      </div>
      <div className={styles.row}>
        <Text size={200}>{t(locale, "summary.reduction")}</Text>
        <Text size={200} className={styles.amount} data-testid="total-reduction">
          {reduction.isZero()
            ? money("0")
            : t(locale, "summary.reductionRate", {
                amount: money(reduction.toFixed()),
                rate: formatRatio(rate.toFixed()),
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
