import { Button, makeStyles, tokens } from "@fluentui/react-components";
import {
  ArrowUndo20Regular,
  Calculator20Regular,
  DocumentAdd20Regular,
  Eraser20Regular,
  Search20Regular,
  TableAdd20Regular,
} from "@fluentui/react-icons";
import type { Actions } from "./audit-controller";
import { t, type Locale } from "./i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  check: { width: "100%" },
  secondary: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

interface Props {
  locale: Locale;
  enabled: Actions;
  onCheck: () => void;
  onClear: () => void;
  onApprove: () => void;
  onRevert: () => void;
  onResultsSheet: () => void;
  /** 新建预算表, where the host can write a sheet for it. */
  onTemplate?: () => void;
}

export function Toolbar(props: Props) {
  const { locale, enabled } = props;
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Button
        appearance="primary"
        size="large"
        className={styles.check}
        icon={<Search20Regular />}
        data-testid="check-button"
        disabled={!enabled.check}
        onClick={props.onCheck}
      >
        {t(locale, "action.check")}
      </Button>
      <div className={styles.secondary}>
        <Button
          size="small"
          icon={<Eraser20Regular />}
          data-testid="clear-button"
          disabled={!enabled.clear}
          onClick={props.onClear}
        >
          {t(locale, "action.clear")}
        </Button>
        <Button
          size="small"
          icon={<Calculator20Regular />}
          data-testid="approve-button"
          disabled={!enabled.approve}
          onClick={props.onApprove}
        >
          {t(locale, "action.approve")}
        </Button>
        <Button
          size="small"
          icon={<ArrowUndo20Regular />}
          data-testid="revert-button"
          disabled={!enabled.revert}
          onClick={props.onRevert}
        >
          {t(locale, "action.revert")}
        </Button>
        <Button
          size="small"
          icon={<TableAdd20Regular />}
          data-testid="results-sheet-button"
          disabled={!enabled.results}
          onClick={props.onResultsSheet}
        >
          {t(locale, "action.resultsSheet")}
        </Button>
        {props.onTemplate && (
          <Button
            size="small"
            icon={<DocumentAdd20Regular />}
            data-testid="template-button"
            disabled={!enabled.choices}
            onClick={props.onTemplate}
          >
            {t(locale, "action.template")}
          </Button>
        )}
      </div>
    </div>
  );
}
