import { Button, Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowDownload16Regular } from "@fluentui/react-icons";
import type { BudgetLine, LineAllowance } from "../core";
import { formatRatio, formatSheetMoney } from "./format";
import { t, type Locale, type StringKey } from "./i18n";
import { citationText } from "./pack-text";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    overflowWrap: "anywhere",
  },
  meta: { color: tokens.colorNeutralForeground3 },
  over: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  fill: { alignSelf: "flex-start" },
});

/** Every money figure of an allowance in the sheet's unit; ratios as percentages. */
function params(a: LineAllowance, unit: "元" | "万元", locale: Locale): Record<string, string> {
  const m = (d: { toFixed(): string } | null | undefined) => (d ? formatSheetMoney(d.toFixed(), unit, locale) : "");
  switch (a.kind) {
    case "person-month":
      return { cap: m(a.cap), count: a.count?.toFixed() ?? "", allowed: m(a.allowed), actual: m(a.actual) };
    case "maintenance":
      return {
        cls: a.cls ?? "",
        rate: formatRatio(a.rate.toFixed()),
        base: m(a.base),
        allowed: m(a.allowed),
        actual: m(a.actual),
      };
    case "fee-range":
      return {
        min: formatRatio(a.min.toFixed()),
        max: formatRatio(a.max.toFixed()),
        base: m(a.base),
        low: m(a.low.toDecimalPlaces(2)),
        high: m(a.high.toDecimalPlaces(2)),
        actual: m(a.actual),
      };
    case "group":
      return { actual: m(a.actual) };
  }
}

/** Whether the line is over what it is allowed (its price, its fee, its range's top). */
function over(a: LineAllowance): boolean {
  if (a.kind === "person-month") return a.actual.greaterThan(a.cap);
  if (a.kind === "maintenance") return !!a.allowed && a.actual.greaterThan(a.allowed.plus("0.005"));
  if (a.kind === "fee-range") return a.actual.greaterThan(a.high.plus("0.005"));
  return a.group.headroom.isNegative();
}

function mainKey(a: LineAllowance): StringKey {
  if (a.kind === "person-month") return a.count ? "cap.personMonth" : "cap.personMonthNoCount";
  if (a.kind === "maintenance") return `cap.maintenance.${a.what}`;
  if (a.kind === "fee-range") return `cap.range.${a.fee}`;
  return "cap.groupOnly";
}

/**
 * What the standard allows the line the user is on, and why: the 人月 price cap and the amount at this count, the
 * maintenance at the class rate, a fee's range on its current base and the four fees' headroom; with 按上限填入 where
 * 按标准核定 has changes for the line (the same preview, the same safe write and revert).
 */
export function LineCap(props: {
  locale: Locale;
  line: BudgetLine;
  allowance: LineAllowance | null;
  unit: "元" | "万元";
  pack: { title: string; titleEn?: string } | null;
  canFill: boolean;
  disabled: boolean;
  onFill: () => void;
}) {
  const { locale, line, allowance: a, unit } = props;
  const styles = useStyles();
  const m = (d: { toFixed(): string }) => formatSheetMoney(d.toFixed(), unit, locale);
  const group = a?.kind === "fee-range" ? a.group : a?.kind === "group" ? a.group : undefined;
  return (
    <section
      className={styles.card}
      data-testid="line-cap"
      data-line={line.id}
      aria-label={t(locale, "cap.heading", { name: line.name })}
    >
      <Text size={200} weight="semibold">
        {t(locale, "cap.heading", { name: line.name })}
      </Text>
      {a ? (
        <Text size={200} data-testid="line-cap-text" className={over(a) ? styles.over : undefined}>
          {t(locale, mainKey(a), params(a, unit, locale))}
        </Text>
      ) : (
        <Text size={200} data-testid="line-cap-text">
          {t(locale, "cap.none")}
        </Text>
      )}
      {group && (
        <Text size={200} data-testid="line-cap-group" className={group.headroom.isNegative() ? styles.over : undefined}>
          {t(locale, group.headroom.isNegative() ? "cap.groupOver" : "cap.group", {
            ratio: formatRatio(group.maxRatio.toFixed()),
            cap: m(group.cap.toDecimalPlaces(2)),
            used: m(group.used),
            left: m(group.headroom.abs().toDecimalPlaces(2)),
          })}
        </Text>
      )}
      {a && (
        <Caption1 className={styles.meta}>
          {t(locale, "cap.citation", { citation: citationText(a.citation, props.pack, locale) })}
        </Caption1>
      )}
      {props.canFill && (
        <Button
          size="small"
          appearance="primary"
          className={styles.fill}
          icon={<ArrowDownload16Regular />}
          data-testid="fill-to-cap"
          disabled={props.disabled}
          onClick={props.onFill}
        >
          {t(locale, "cap.fill")}
        </Button>
      )}
    </section>
  );
}
