import {
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { changeReason, type CellChange, type StandardPack, type Verdict } from "../core";
import { formatFigure, formatRatio, formatSheetMoney } from "./format";
import { t, type Locale } from "./i18n";

const useStyles = makeStyles({
  surface: { maxWidth: "min(440px, calc(100vw - 24px))" },
  totals: {
    display: "block",
    marginTop: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    fontVariantNumeric: "tabular-nums",
  },
  list: {
    listStyleType: "none",
    margin: `${tokens.spacingVerticalS} 0 0`,
    padding: 0,
    maxHeight: "50vh",
    overflowY: "auto",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  row: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: "anywhere",
  },
  head: { display: "flex", justifyContent: "space-between", gap: tokens.spacingHorizontalS, alignItems: "baseline" },
  name: { fontWeight: tokens.fontWeightSemibold },
  cell: { color: tokens.colorNeutralForeground3, whiteSpace: "nowrap" },
  values: { fontVariantNumeric: "tabular-nums" },
  formula: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
  },
  reason: { color: tokens.colorNeutralForeground3 },
});

interface Props {
  locale: Locale;
  open: boolean;
  changes: CellChange[];
  /** The verdict the changes apply, for the 送审 → 审定 totals. */
  review: Verdict | null;
  /** The budget's unit: the totals are shown in it, as the rows are. */
  unit?: "元" | "万元";
  /** The pack the budget was checked with: the reasons are its messages. */
  pack: StandardPack | null;
  onApply: () => void;
  onCancel: () => void;
}

/** The preview renders this many rows at first and this many more as the list is scrolled near its end. */
const FIRST_ROWS = 60;
const MORE_ROWS = 200;

/**
 * A formula as the user would type it in the cell: "=E13*F13" (a formula the plan holds without its "=" gets one).
 */
function asTyped(formula: string): string {
  return formula.startsWith("=") ? formula : `=${formula}`;
}

/**
 * 按标准核定's preview: every cell to be written, named by its line, 送审 → 审定 in the cell's terms, and why. A
 * long plan (a 10,000-line budget) is rendered as it is scrolled, so the dialog opens at once.
 */
export function ApproveDialog(props: Props) {
  const { locale, changes, review } = props;
  const styles = useStyles();
  const manySheets = new Set(changes.map((c) => c.sheet)).size > 1;
  const [shown, setShown] = useState(FIRST_ROWS);
  useEffect(() => setShown(FIRST_ROWS), [changes, props.open]);
  const money = (d: { toFixed(): string }) => formatSheetMoney(d.toFixed(), props.unit ?? "元", locale);
  return (
    <Dialog open={props.open} onOpenChange={(_ev, data) => !data.open && props.onCancel()}>
      <DialogSurface className={styles.surface} data-testid="approve-dialog">
        <DialogBody>
          <DialogTitle>{t(locale, "approve.title", { n: changes.length })}</DialogTitle>
          <DialogContent>
            <Text size={200}>{t(locale, "approve.intro")}</Text>
            {review && (
              <Text size={200} className={styles.totals} data-testid="approve-totals">
                {t(locale, "approve.totals", {
                  submitted: money(review.submitted),
                  approved: money(review.approved),
                  reduction: money(review.reduction),
                  rate: formatRatio(review.reductionRate.toFixed()),
                })}
              </Text>
            )}
            <ul
              className={styles.list}
              aria-label={t(locale, "approve.title", { n: changes.length })}
              data-testid="change-list"
              data-shown={Math.min(shown, changes.length)}
              onScroll={(ev) => {
                const el = ev.currentTarget;
                if (shown < changes.length && el.scrollTop + el.clientHeight >= el.scrollHeight - 400)
                  setShown(shown + MORE_ROWS);
              }}
            >
              {changes.slice(0, shown).map((c) => (
                <li
                  key={`${c.sheet}!${c.address}`}
                  className={styles.row}
                  data-testid="change-row"
                  data-cell={`${c.sheet}!${c.address}`}
                >
                  <div className={styles.head}>
                    <Text size={200} className={styles.name}>
                      {`${c.lineName} · ${t(locale, `approve.role.${c.role}`)}`}
                    </Text>
                    <Caption1 className={styles.cell} aria-label={t(locale, "approve.cell")}>
                      {manySheets ? `${c.sheet}!${c.address}` : c.address}
                    </Caption1>
                  </div>
                  <Text size={200} className={styles.values}>
                    <span aria-label={t(locale, "approve.old")}>{formatFigure(c, "before", locale)}</span>
                    {" → "}
                    <span aria-label={t(locale, "approve.new")}>{formatFigure(c, "after", locale)}</span>
                    {c.after.formula && <span className={styles.formula}>{`  ${asTyped(c.after.formula)}`}</span>}
                  </Text>
                  <Caption1 className={styles.reason} aria-label={t(locale, "approve.reason")}>
                    {props.pack ? changeReason(c, props.pack, props.unit ?? review?.unit ?? "元", locale) : null}
                    {c.citation && t(locale, "approve.citation", { citation: c.citation })}
                  </Caption1>
                </li>
              ))}
            </ul>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" data-testid="approve-apply" onClick={props.onApply}>
              {t(locale, "approve.apply")}
            </Button>
            <Button data-testid="approve-cancel" onClick={props.onCancel}>
              {t(locale, "approve.cancel")}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
