import { useState } from "react";
import { Button, Caption1, Field, Input, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { Delete16Regular, Edit16Regular } from "@fluentui/react-icons";
import {
  a1,
  CATEGORIES,
  COLUMN_ROLE_LABELS,
  columnLetters,
  label as coreLabel,
  readingTables,
  ROW_KIND_LABELS,
  ROW_WHY_LABELS,
  type BudgetLine,
  type BudgetModel,
  type BudgetTable,
  type Category,
  type ColumnInfo,
  type ColumnRole,
  type Corrections,
  type HardwareClass,
} from "../core";
import { CLASSED_CATEGORIES, HARDWARE_CLASSES, keyable } from "./corrections";
import {
  categoryLabel,
  categorySourceText,
  classLabel,
  classSourceText,
  columnEvidenceText,
  correctionItems,
  roleLabel,
} from "./correction-labels";
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
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
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
  lineHead: {
    display: "flex",
    alignItems: "flex-start",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
});

/** At most this many lines are listed at once; a filter finds the rest. */
const LINES_SHOWN = 100;

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
function ColumnRoleSelect(props: {
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
export function ColumnEntry(props: {
  locale: Locale;
  table: BudgetTable;
  info: ColumnInfo;
  disabled: boolean;
  onRole: (role: ColumnRole | null) => void;
}) {
  const { locale, info } = props;
  const styles = useStyles();
  const letter = columnLetters(info.col);
  return (
    <div className={styles.editor} data-testid="column-entry" data-column={`${props.table.sheet}!${letter}`}>
      <Text size={200} weight="semibold">
        {info.header
          ? t(locale, "columns.column", { letter, header: info.header })
          : t(locale, "columns.columnNoHeader", { letter })}
      </Text>
      <ColumnRoleSelect locale={locale} info={info} disabled={props.disabled} onRole={props.onRole} />
      <Caption1 className={styles.note} data-testid="column-evidence">
        {columnEvidenceText(locale, info)}
      </Caption1>
    </div>
  );
}

/** 列用途: every table's columns as the engine reads them, each one's role changeable. */
export function ColumnsView(props: {
  locale: Locale;
  tables: BudgetTable[];
  disabled: boolean;
  onRole: (table: number, col: number, role: ColumnRole | null) => void;
}) {
  const { locale } = props;
  const styles = useStyles();
  return (
    <section className={styles.section} data-testid="columns-view" aria-label={t(locale, "columns.heading")}>
      {props.tables.map((table) => (
        <div key={table.index} className={styles.section}>
          <h4 className={styles.heading}>
            {t(locale, "columns.table", { sheet: table.sheet, row: table.headerRow + 1 })}
          </h4>
          {table.columnInfo.map((info) => (
            <ColumnEntry
              key={info.col}
              locale={locale}
              table={table}
              info={info}
              disabled={props.disabled}
              onRole={(role) => props.onRole(table.index, info.col, role)}
            />
          ))}
        </div>
      ))}
    </section>
  );
}

/** The saved corrections, each removable (the audit re-runs without it). */
export function CorrectionsList(props: {
  locale: Locale;
  corrections: Corrections;
  disabled: boolean;
  onRemove: (kind: "lines" | "columns", index: number) => void;
}) {
  const { locale } = props;
  const styles = useStyles();
  const items = correctionItems(locale, props.corrections);
  if (items.length === 0) return null;
  return (
    <section
      className={styles.section}
      data-testid="corrections"
      aria-label={t(locale, "corrections.heading", { n: items.length })}
    >
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

/**
 * 明细分类: every line as the engine classified it (category, class), each correctable like a finding's line,
 * so a line no finding names can be corrected too. Filtered by name or category; at most LINES_SHOWN at once.
 */
export function LinesView(props: {
  locale: Locale;
  model: BudgetModel;
  disabled: boolean;
  onLine: (lineId: string, patch: { category?: Category; hardwareClass?: HardwareClass }) => void;
}) {
  const { locale, model } = props;
  const styles = useStyles();
  const [filter, setFilter] = useState("");
  const [open, setOpen] = useState<string | null>(null);
  const q = filter.trim().toLowerCase();
  // Only lines a correction can be keyed by (a name the sheet writes).
  const all = [...model.lines, ...model.outsideLines].filter(keyable);
  const matching = q
    ? all.filter((l) => l.name.toLowerCase().includes(q) || categoryLabel(locale, l.category).toLowerCase().includes(q))
    : all;
  const shown = matching.slice(0, LINES_SHOWN);
  return (
    <section className={styles.section} data-testid="lines-view" aria-label={t(locale, "lines.heading")}>
      <Field label={t(locale, "lines.filter")} size="small">
        <Input
          size="small"
          data-testid="lines-filter"
          value={filter}
          placeholder={t(locale, "lines.filterPlaceholder")}
          onChange={(_ev, data) => setFilter(data.value)}
        />
      </Field>
      <ul className={styles.list}>
        {shown.map((line) => {
          const label = t(locale, "correct.openLabel", { name: line.name });
          const cls = line.hardwareClass ? ` · ${classLabel(locale, line.hardwareClass.cls)}` : "";
          return (
            <li key={line.id} className={styles.section} data-testid="line-entry" data-line={line.id}>
              <div className={styles.lineHead}>
                <span className={styles.itemText}>
                  <Text size={200}>{line.name}</Text>
                  <Caption1
                    className={styles.note}
                  >{`${line.sheet}!${a1(line.nameCell.row, line.nameCell.col)} · ${categoryLabel(locale, line.category)}${cls}`}</Caption1>
                </span>
                <Button
                  size="small"
                  appearance="subtle"
                  icon={<Edit16Regular />}
                  data-testid="line-correct-toggle"
                  aria-expanded={open === line.id}
                  aria-label={label}
                  title={label}
                  onClick={() => setOpen(open === line.id ? null : line.id)}
                />
              </div>
              {open === line.id && (
                <LineCorrector
                  locale={locale}
                  line={line}
                  disabled={props.disabled}
                  onCorrect={(patch) => props.onLine(line.id, patch)}
                />
              )}
            </li>
          );
        })}
      </ul>
      {matching.length > shown.length && (
        <Caption1 className={styles.note}>{t(locale, "lines.more", { n: matching.length - shown.length })}</Caption1>
      )}
      {matching.length === 0 && <Caption1 className={styles.note}>{t(locale, "lines.none")}</Caption1>}
      <OtherRows locale={locale} model={model} filter={q} />
    </section>
  );
}

/**
 * The rows the engine did not count as lines — subtotals, totals, headings, continued names, notes, rows standing for
 * a detail sheet — each with what it was read as and why: where a reviewer looks when a figure seems missing or
 * counted twice. Same filter as the lines; at most LINES_SHOWN.
 */
function OtherRows(props: { locale: Locale; model: BudgetModel; filter: string }) {
  const { locale, model, filter } = props;
  const styles = useStyles();
  const rows = readingTables(model).flatMap((table) =>
    table.rows.filter((r) => r.kind !== "line").map((r) => ({ table, r })),
  );
  const matching = filter ? rows.filter(({ r }) => r.label.toLowerCase().includes(filter)) : rows;
  if (!matching.length) return null;
  return (
    <details data-testid="other-rows">
      <summary>
        <Text size={200}>{t(locale, "lines.others", { n: matching.length })}</Text>
      </summary>
      <ul className={styles.list}>
        {matching.slice(0, LINES_SHOWN).map(({ table, r }) => (
          <li key={`${table.sheet}!${r.row}`} className={styles.section} data-testid="other-row" data-kind={r.kind}>
            <Text size={200}>{r.label}</Text>
            <Caption1 className={styles.note}>
              {`${t(locale, "lines.otherEntry", { sheet: table.sheet, row: r.row, kind: coreLabel(ROW_KIND_LABELS, r.kind, locale) })} · ${coreLabel(ROW_WHY_LABELS, r.why, locale)}`}
            </Caption1>
          </li>
        ))}
      </ul>
    </details>
  );
}
