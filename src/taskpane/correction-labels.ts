import {
  CATEGORY_LABELS,
  COLUMN_ROLE_LABELS,
  HARDWARE_CLASS_LABELS,
  type BudgetLine,
  type Category,
  type ColumnEvidence,
  type ColumnInfo,
  type ColumnRole,
  type Corrections,
  type HardwareClass,
} from "../core";
import { t, type Locale, type StringKey } from "./i18n";

// The core's labels (one copy for findings, the CLI and the pane), in the pane's locale.
const pick = (locale: Locale, l: { zh: string; en: string }) => (locale === "en-US" ? l.en : l.zh);
export const categoryLabel = (locale: Locale, c: Category) => pick(locale, CATEGORY_LABELS[c]);
export const classLabel = (locale: Locale, c: HardwareClass) => pick(locale, HARDWARE_CLASS_LABELS[c]);
export const roleLabel = (locale: Locale, r: ColumnRole | null) =>
  r ? pick(locale, COLUMN_ROLE_LABELS[r]) : t(locale, "columns.noRole");

/** What decided a line's category, as a reviewer would say it. */
export function categorySourceText(locale: Locale, line: BudgetLine): string {
  switch (line.categorySource) {
    case "keyword":
      return line.matchedKeyword
        ? t(locale, "correct.source.keyword", { keyword: line.matchedKeyword })
        : t(locale, "correct.source.keywordOnly");
    case "unit":
      return t(locale, "correct.source.unit");
    case "evidence":
      return line.categoryEvidence
        ? t(locale, "correct.source.evidence", { evidence: pick(locale, line.categoryEvidence) })
        : t(locale, "correct.source.none");
    case "override":
      return t(locale, "correct.source.override");
    default:
      return t(locale, "correct.source.none");
  }
}

/** A device's class and why: the keyword of the standard's list, the "及其它" default, or the user's say. */
export function classSourceText(locale: Locale, line: BudgetLine): string | null {
  const hc = line.hardwareClass;
  if (!hc) return null;
  const cls = classLabel(locale, hc.cls);
  if (hc.corrected) return t(locale, "correct.class.corrected", { cls });
  if (hc.defaulted) return t(locale, "correct.class.default", { cls });
  if (hc.keyword) return t(locale, "correct.class.keyword", { cls, keyword: hc.keyword });
  return t(locale, "correct.class.plain", { cls });
}

export function evidenceText(locale: Locale, e: ColumnEvidence): string {
  if (e.kind === "content" && e.detail === "") return t(locale, "columns.evidence.contentPlain");
  return t(locale, `columns.evidence.${e.kind}` as StringKey, { detail: e.detail });
}

/** A column's confidence and evidence, in one caption. */
export function columnEvidenceText(locale: Locale, info: ColumnInfo): string {
  const parts = [
    t(locale, `columns.confidence.${info.confidence}`),
    ...info.evidence.map((e) => evidenceText(locale, e)),
  ];
  if (info.repeats) parts.push(t(locale, "columns.repeats", { role: roleLabel(locale, info.repeats) }));
  if (info.partOf) parts.push(t(locale, "columns.partOf", { role: roleLabel(locale, info.partOf) }));
  return parts.join(t(locale, "columns.evidenceSep"));
}

/** One saved correction as a line of the list: what it is about, and what it says. */
export function correctionItems(
  locale: Locale,
  c: Corrections,
): { kind: "lines" | "columns"; index: number; what: string; change: string }[] {
  const sep = t(locale, "corrections.sep");
  const lines = (c.lines ?? []).map((l, index) => {
    const nth = l.occurrence ? t(locale, "corrections.nth", { n: l.occurrence + 1 }) : "";
    const change = [
      l.category ? t(locale, "corrections.toCategory", { category: categoryLabel(locale, l.category) }) : null,
      l.hardwareClass ? t(locale, "corrections.toClass", { cls: classLabel(locale, l.hardwareClass) }) : null,
    ]
      .filter(Boolean)
      .join(sep);
    return {
      kind: "lines" as const,
      index,
      what: t(locale, "corrections.line", { sheet: l.sheet, name: l.name }) + nth,
      change,
    };
  });
  const columns = (c.columns ?? []).map((k, index) => ({
    kind: "columns" as const,
    index,
    what:
      k.header !== undefined
        ? t(locale, "corrections.column", { sheet: k.sheet, header: k.header })
        : t(locale, "corrections.columnLetter", { sheet: k.sheet, letter: k.column ?? "" }),
    change: t(locale, "corrections.toRole", { role: roleLabel(locale, k.role) }),
  }));
  return [...lines, ...columns];
}
