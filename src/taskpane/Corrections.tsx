import { Button, Caption1, Field, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { Delete16Regular } from "@fluentui/react-icons";
import type { Corrections } from "../core/model/corrections";
import { CATEGORIES, type BudgetLine, type BudgetTable, type Category, type ColumnInfo, type ColumnRole, type HardwareClass } from "../core/model/types";
import { COLUMN_ROLE_LABELS } from "../core/labels/categories";
import { columnLetters } from "../core/snapshot/address";
import { CLASSED_CATEGORIES, HARDWARE_CLASSES } from "./corrections";
import { categoryLabel, categorySourceText, classLabel, classSourceText, columnEvidenceText, correctionItems, roleLabel } from "./correction-labels";
import { t, type Locale } from "./i18n";

const ROLES = Object.keys(COLUMN_ROLE_LABELS) as ColumnRole[];
const NO_ROLE = "";

const useStyles = makeStyles({
  editor: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
    overflowWrap: "anywhere",
  },
  select: { width: "100%", minWidth: 0 },
  note: { color: tokens.colorNeutralForeground3 },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: {
    display: "flex",
    alignItems: "flex-start",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    paddingBottom: tokens.spacingVerticalXXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  itemText: { display: "flex", flexDirection: "column", minWidth: 0, overflowWrap: "anywhere" },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

/**
 * A line's category and (for devices) class A/B/C, with what decided them: changing either saves a correction
 * and checks again. The category list is every category, labelled as findings label them.
 */
export function LineCorrector(props: {
  locale: Locale;
  line: BudgetLine;
  disabled: boolean;
  onCorrect: (patch: { category?: Category; hardwareClass?: HardwareClass }) => void;
}) {
  const { locale, line } = props;
  const styles = useStyles();
  const classed = CLASSED_CATEGORIES.includes(line.category);
  const classWhy = classSourceText(locale, line);
  return (
    <div className={styles.editor} data-testid="line-corrector" data-line={line.id}>
      <Caption1 className={styles.note} data-testid="line-evidence">
        {categorySourceText(locale, line)}
      </Caption1>
      <Field label={t(locale, "correct.category")} size="small">
        <Select
          size="small"
          className={styles.select}
          data-testid="correct-category"
          aria-label={t(locale, "correct.categoryLabel", { name: line.name })}
          value={line.category}
          disabled={props.disabled}
          onChange={(_ev, data) => props.onCorrect({ category: data.value as Category })}
        >
          {CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {categoryLabel(locale, c)}
            </option>
          ))}
        </Select>
      </Field>
      {classed && line.hardwareClass && (
        <>
          <Field label={t(locale, "correct.class")} size="small">
            <Select
              size="small"
              className={styles.select}
              data-testid="correct-class"
              aria-label={t(locale, "correct.classLabel", { name: line.name })}
              value={line.hardwareClass.cls}
              disabled={props.disabled}
              onChange={(_ev, data) => props.onCorrect({ hardwareClass: data.value as HardwareClass })}
            >
              {HARDWARE_CLASSES.map((c) => (
                <option key={c} value={c}>
                  {classLabel(locale, c)}
                </option>
              ))}
            </Select>
          </Field>
          {classWhy && (
            <Caption1 className={styles.note} data-testid="class-evidence">
              {classWhy}
            </Caption1>
          )}
        </>
      )}
      <Caption1 className={styles.note}>{t(locale, "correct.keyNote")}</Caption1>
    </div>
  );
}

/** A column's role: every role the engine reads, or none (the column is neither read nor reported). */
export function ColumnRoleSelect(props: {
  locale: Locale;
  info: ColumnInfo;
  disabled: boolean;
  onRole: (role: ColumnRole | null) => void;
}) {
  const { locale, info } = props;
  const styles = useStyles();
  const letter = columnLetters(info.col);
  return (
    <Select
      size="small"
      className={styles.select}
      data-testid="column-role"
      data-column={letter}
      aria-label={t(locale, "columns.roleLabel", { letter })}
      value={info.role ?? NO_ROLE}
      disabled={props.disabled}
      onChange={(_ev, data) => props.onRole(data.value === NO_ROLE ? null : (data.value as ColumnRole))}
    >
      <option value={NO_ROLE}>{roleLabel(locale, null)}</option>
      {ROLES.map((r) => (
        <option key={r} value={r}>
          {roleLabel(locale, r)}
        </option>
      ))}
    </Select>
  );
}

/** One column with its role (changeable), confidence and evidence. */
export function ColumnEntry(props: { locale: Locale; table: BudgetTable; info: ColumnInfo; disabled: boolean; onRole: (role: ColumnRole | null) => void }) {
  const { locale, info } = props;
  const styles = useStyles();
  const letter = columnLetters(info.col);
  return (
    <div className={styles.editor} data-testid="column-entry" data-column={`${props.table.sheet}!${letter}`}>
      <Text size={200} weight="semibold">
        {info.header ? t(locale, "columns.column", { letter, header: info.header }) : t(locale, "columns.columnNoHeader", { letter })}
      </Text>
      <ColumnRoleSelect locale={locale} info={info} disabled={props.disabled} onRole={props.onRole} />
      <Caption1 className={styles.note} data-testid="column-evidence">
        {columnEvidenceText(locale, info)}
      </Caption1>
    </div>
  );
}

/** 列用途: every table's columns as the engine reads them, each one's role changeable. */
export function ColumnsView(props: { locale: Locale; tables: BudgetTable[]; disabled: boolean; onRole: (table: number, col: number, role: ColumnRole | null) => void }) {
  const { locale } = props;
  const styles = useStyles();
  return (
    <section className={styles.section} data-testid="columns-view" aria-label={t(locale, "columns.heading")}>
      {props.tables.map((table) => (
        <div key={table.index} className={styles.section}>
          <h4 className={styles.heading}>{t(locale, "columns.table", { sheet: table.sheet, row: table.headerRow + 1 })}</h4>
          {table.columnInfo.map((info) => (
            <ColumnEntry key={info.col} locale={locale} table={table} info={info} disabled={props.disabled} onRole={(role) => props.onRole(table.index, info.col, role)} />
          ))}
        </div>
      ))}
    </section>
  );
}

/** The saved corrections, each removable (the audit re-runs without it). */
export function CorrectionsList(props: { locale: Locale; corrections: Corrections; disabled: boolean; onRemove: (kind: "lines" | "columns", index: number) => void }) {
  const { locale } = props;
  const styles = useStyles();
  const items = correctionItems(locale, props.corrections);
  if (items.length === 0) return null;
  return (
    <section className={styles.section} data-testid="corrections" aria-label={t(locale, "corrections.heading", { n: items.length })}>
      <h3 className={styles.heading}>{t(locale, "corrections.heading", { n: items.length })}</h3>
      <Caption1 className={styles.note}>{t(locale, "corrections.intro")}</Caption1>
      <ul className={styles.list}>
        {items.map((item) => (
          <li key={`${item.kind}${item.index}`} className={styles.item} data-testid="correction-item">
            <span className={styles.itemText}>
              <Text size={200}>{item.what}</Text>
              <Caption1>{item.change}</Caption1>
            </span>
            <Button
              size="small"
              appearance="subtle"
              icon={<Delete16Regular />}
              data-testid="correction-remove"
              aria-label={t(locale, "corrections.removeLabel", { what: `${item.what} ${item.change}` })}
              disabled={props.disabled}
              onClick={() => props.onRemove(item.kind, item.index)}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
