import { useMemo, useState, type ReactNode } from "react";
import { Button, Caption1, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { Edit16Regular } from "@fluentui/react-icons";
import {
  columnLetters,
  type BudgetLine,
  type BudgetModel,
  type Category,
  type ColumnRole,
  type Finding,
  type HardwareClass,
  type Severity,
} from "../core";
import { columnOfFinding, keyable } from "./corrections";
import { ColumnEntry, LineCorrector } from "./CorrectionViews";
import { severityLabel, t, type Locale } from "./i18n";

/** What the findings need to offer corrections: the model they came from and where a correction goes. */
export interface CorrectProps {
  model: BudgetModel;
  disabled: boolean;
  onLine: (lineId: string, patch: { category?: Category; hardwareClass?: HardwareClass }) => void;
  onColumn: (table: number, col: number, role: ColumnRole | null) => void;
}

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
  entry: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0 },
  toggle: { alignSelf: "flex-end" },
});

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];
/** Each group shows this many findings at first, and this many more on request: a large budget opens at once. */
const FIRST_FINDINGS = 100;
const MORE_FINDINGS = 400;

/** A finding's text in the pane's language, rendered at the edge from its message id and params. */
type Wording = (f: Finding) => string;
/** What the pane shows under a finding that asks for profile values: their fields, to fill in where it asks. */
type Needs = (f: Finding) => ReactNode;

function FindingItem(props: {
  locale: Locale;
  finding: Finding;
  onSelect: (sheet: string, cell: string) => void;
  correct?: CorrectProps;
  lines: Map<string, BudgetLine>;
  word?: Wording;
  needs?: Needs;
  cite?: (citation: string) => string;
}) {
  const { locale, finding: f, correct } = props;
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  // A finding about one line corrects that line; an unplaced column's finding, that column.
  const found = correct && f.lineId && (f.lineIds?.length ?? 0) <= 1 ? props.lines.get(f.lineId) : undefined;
  // A line the sheet gives no usable name cannot be keyed, so it is not offered.
  const line = found && keyable(found) ? found : null;
  const column =
    correct && f.rule === "sheet.unrecognised-column" ? columnOfFinding(correct.model, f.sheet, f.row, f.cell) : null;
  const body = (
    <FindingBody locale={locale} finding={f} onSelect={props.onSelect} word={props.word} cite={props.cite} />
  );
  const needs = f.needs?.length ? props.needs?.(f) : null;
  const item = needs ? (
    <div className={styles.entry} data-testid="finding-needs">
      {body}
      {needs}
    </div>
  ) : (
    body
  );
  if (!correct || (!line && !column)) return item;
  const label = line
    ? t(locale, "correct.openLabel", { name: line.name })
    : t(locale, "correct.openColumnLabel", { letter: columnLetters(column!.info.col) });
  return (
    <div className={styles.entry} data-testid="finding-entry">
      {item}
      <Button
        size="small"
        appearance="subtle"
        className={styles.toggle}
        icon={<Edit16Regular />}
        data-testid="correct-toggle"
        aria-expanded={open}
        aria-label={label}
        title={label}
        onClick={() => setOpen(!open)}
      >
        {t(locale, open ? "correct.close" : "correct.open")}
      </Button>
      {open && line && (
        <LineCorrector
          locale={locale}
          line={line}
          disabled={correct.disabled}
          onCorrect={(patch) => correct.onLine(line.id, patch)}
        />
      )}
      {open && column && (
        <ColumnEntry
          locale={locale}
          table={column.table}
          info={column.info}
          disabled={correct.disabled}
          onRole={(role) => correct.onColumn(column.table.index, column.info.col, role)}
        />
      )}
    </div>
  );
}

function FindingBody(props: {
  locale: Locale;
  finding: Finding;
  onSelect: (sheet: string, cell: string) => void;
  word?: Wording;
  cite?: (citation: string) => string;
}) {
  const { locale, finding: f } = props;
  const styles = useStyles();
  const where = f.sheet && f.cell ? `${f.sheet}!${f.cell}` : f.sheet;
  const body = (
    <>
      <Text size={300}>{props.word ? props.word(f) : locale === "en-US" ? f.messageEn : f.message}</Text>
      <Caption1 className={styles.meta}>{where ?? t(locale, "findings.noCell")}</Caption1>
      <Caption1 className={styles.meta}>{props.cite ? props.cite(f.citation) : f.citation}</Caption1>
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

export function FindingsList(props: {
  locale: Locale;
  findings: Finding[];
  onSelect: (sheet: string, cell: string) => void;
  correct?: CorrectProps;
  word?: Wording;
  needs?: Needs;
  cite?: (citation: string) => string;
}) {
  const { locale, findings } = props;
  const styles = useStyles();
  const model = props.correct?.model;
  // Found by id once per result, not once per finding: a 10,000-line budget may have hundreds of findings.
  const [shown, setShown] = useState<Partial<Record<Severity, number>>>({});
  const lines = useMemo(
    () => new Map(model ? [...model.lines, ...model.outsideLines].map((l) => [l.id, l]) : []),
    [model],
  );
  return (
    <section className={styles.list} data-testid="findings" aria-label={t(locale, "findings.heading")}>
      {SEVERITIES.map((severity) => {
        const group = findings.filter((f) => f.severity === severity);
        if (group.length === 0) return null;
        const count = shown[severity] ?? FIRST_FINDINGS;
        return (
          <div key={severity} className={styles.group} data-testid={`findings-${severity}`}>
            <h3 className={styles.header}>
              {t(locale, "findings.group", { severity: severityLabel(locale, severity), n: group.length })}
            </h3>
            {group.slice(0, count).map((f, i) => (
              <FindingItem
                key={`${f.rule}|${f.sheet}|${f.cell}|${i}`}
                locale={locale}
                finding={f}
                onSelect={props.onSelect}
                correct={props.correct}
                lines={lines}
                word={props.word}
                needs={props.needs}
                cite={props.cite}
              />
            ))}
            {group.length > count && (
              <Button
                size="small"
                appearance="subtle"
                data-testid="findings-more"
                onClick={() => setShown({ ...shown, [severity]: count + MORE_FINDINGS })}
              >
                {t(locale, "findings.more", { n: Math.min(MORE_FINDINGS, group.length - count), total: group.length })}
              </Button>
            )}
          </div>
        );
      })}
    </section>
  );
}
