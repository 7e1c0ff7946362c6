import {
  Button, Caption1, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Text, makeStyles, tokens,
} from "@fluentui/react-components";
import type { CellChange } from "../core/plan/types";
import { formatChangeNew, formatChangeOld } from "./format";
import { t, type Locale } from "./i18n";

const useStyles = makeStyles({
  surface: { maxWidth: "min(420px, calc(100vw - 24px))" },
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
  cell: { fontWeight: tokens.fontWeightSemibold },
  values: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  reason: { color: tokens.colorNeutralForeground3 },
});

interface Props {
  locale: Locale;
  open: boolean;
  changes: CellChange[];
  onApply: () => void;
  onCancel: () => void;
}

export function RecalcDialog(props: Props) {
  const { locale, changes } = props;
  const styles = useStyles();
  return (
    <Dialog open={props.open} onOpenChange={(_ev, data) => !data.open && props.onCancel()}>
      <DialogSurface className={styles.surface} data-testid="recalc-dialog">
        <DialogBody>
          <DialogTitle>{t(locale, "recalc.title", { n: changes.length })}</DialogTitle>
          <DialogContent>
            <Text size={200}>{t(locale, "recalc.intro")}</Text>
            <ul className={styles.list}>
              {changes.map((c) => (
                <li key={`${c.sheet}!${c.address}`} className={styles.row} data-testid="change-row">
                  <Text size={200} className={styles.cell}>{`${c.sheet}!${c.address}`}</Text>
                  <span className={styles.values}>
                    <span aria-label={t(locale, "recalc.old")}>{formatChangeOld(c, locale)}</span>
                    {" → "}
                    <span aria-label={t(locale, "recalc.new")}>{formatChangeNew(c, locale)}</span>
                  </span>
                  <Caption1 className={styles.reason}>{locale === "en-US" ? c.reasonEn : c.reason}</Caption1>
                </li>
              ))}
            </ul>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" data-testid="recalc-apply" onClick={props.onApply}>
              {t(locale, "recalc.apply")}
            </Button>
            <Button data-testid="recalc-cancel" onClick={props.onCancel}>
              {t(locale, "recalc.cancel")}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
