import { Caption1, ProgressBar, makeStyles, tokens } from "@fluentui/react-components";
import type { ReadProgress as Progress } from "../excel/bridge";
import { t, type Locale } from "./i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
});

/** Sheet-by-sheet progress while the workbook is read; indeterminate for the rest of a busy action. */
export function ReadProgress(props: { locale: Locale; progress: Progress | null }) {
  const { locale, progress } = props;
  const styles = useStyles();
  // sheetIndex is 0-based (src/excel/read-sheets.ts); people count from 1.
  const text = progress
    ? t(locale, "progress.reading", { sheet: progress.sheet, i: progress.sheetIndex + 1, n: progress.sheetCount })
    : t(locale, "progress.working");
  const value = progress && progress.sheetCount > 0 ? progress.sheetIndex / progress.sheetCount : undefined;
  return (
    <div className={styles.root} data-testid="progress" role="status" aria-live="polite">
      <ProgressBar value={value} thickness="medium" aria-label={text} />
      <Caption1>{text}</Caption1>
    </div>
  );
}
