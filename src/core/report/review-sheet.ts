import Decimal from "decimal.js";
import type { Finding, Severity } from "../model/finding";
import type { BudgetModel, MoneyUnit, ProjectKind, StatedFact, SystemType, Tier } from "../model/types";
import type { StandardPack } from "../standards/types";
import {
  KIND_LABELS,
  label,
  NO_TIER_LABEL,
  SEVERITY_LABELS,
  SYSTEM_LABELS,
  TIER_LABELS,
  type LabelLang,
} from "../labels/profile";
import { docLabel, type DocLabel } from "../labels/report";
import { lineMoneyField } from "../money";
import { a1 } from "../snapshot/address";
import {
  amountCell,
  fitHeights,
  measuredCell,
  measureName,
  percentCell,
  type ReportCell,
  type ReportRow,
  type ReportSheet,
} from "./cells";
import { projectName } from "./totals";

/**
 * The two sheets a reviewer hands on, one layout for the CLI's annotated copy and the pane's results sheet:
 *
 * - 审核意见表: a document to print and sign (reviewSheet below): the title and the project's facts, every line
 *   by section with 送审 / 审定 / 审减 and subtotals, 理由 and 依据 on the reduced lines, the totals and 审减率, what
 *   is left to a person, and the signature block;
 * - 审核结果: every finding, errors first, its actual / limit as numbers (money in the sheet's unit, ratios as
 *   percentages) and what they measure.
 *
 * Pure: rows of cells; the adapters (src/cli/report-sheet.ts, src/excel/results-sheet.ts) write them.
 */

/**
 * What the builder reads of a verdict (src/core/plan/verdict.ts): a Verdict is one; so is the same data with its
 * amounts as decimal strings (元), as it is when results cross threads.
 */
export interface ReviewLike {
  submitted: Decimal.Value;
  approved: Decimal.Value;
  reduction: Decimal.Value;
  reductionRate: Decimal.Value;
  lines: readonly {
    /** The line's id in the model (matched to the document's lines; sheet and cell when absent). */
    lineId?: string;
    sheet: string;
    cell: string;
    name: string;
    submitted: Decimal.Value;
    approved: Decimal.Value;
    reduction: Decimal.Value;
    reason: string;
    reasonEn: string;
    citations: readonly string[];
  }[];
  /** `row`: 1-based, the line's row when the finding is about a line (it is then named by the line's name). */
  unadjusted: readonly {
    rule: string;
    sheet: string | null;
    row?: number | null;
    cell: string | null;
    reason: string;
    reasonEn: string;
    citation: string;
  }[];
}

export interface ReportSheetOptions {
  locale: LabelLang;
  /** The unit the budget is written in: amounts are shown in it. */
  unit: MoneyUnit;
}

export const REVIEW_SHEET_NAME: Record<LabelLang, string> = { "zh-CN": "审核意见表", "en-US": "Review opinion" };
export const FINDINGS_SHEET_NAME: Record<LabelLang, string> = { "zh-CN": "审核结果", "en-US": "Audit results" };

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors, then warnings, then info; the engine's order (sheet, row) within each. */
export function errorsFirst<T extends Pick<Finding, "severity">>(findings: readonly T[]): T[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => RANK[a.f.severity] - RANK[b.f.severity] || a.i - b.i)
    .map((x) => x.f);
}

function linkCell(sheet: string | null, address: string | null): ReportCell {
  if (!sheet || !address) return address ?? null;
  return { link: { sheet, address }, text: address };
}

function blank(n: number): ReportCell[] {
  return Array.from({ length: n }, () => null);
}

/** A row of `width` cells with `cells` placed from the left, or at the given columns. */
function row(style: ReportRow["style"], width: number, at: Record<number, ReportCell | number>): ReportRow {
  const cells = blank(width);
  for (const [i, c] of Object.entries(at)) cells[Number(i)] = cellOf(c);
  return { style, cells };
}

/**
 * What the 审核意见表 says of the project besides the verdict: plain data (decimal strings or Decimals, 元), built
 * where the model is (the CLI's worker, the pane) by reviewDocument.
 */
export interface ReviewDocument {
  project: {
    name: string | null;
    /** 建设单位, where the workbook states it (a cover sheet) or the user gave it. */
    unitName: string | null;
    kind: ProjectKind;
    system: SystemType;
    tier: Tier | null;
    standard: { title: string; titleEn: string };
    /** The documents the clauses cite. */
    documents: string[];
  };
  /** Every counted line in sheet order, with the section it stands in. */
  lines: {
    id: string;
    sheet: string;
    /** 1-based worksheet row. */
    row: number;
    /** Sheet, table and section: lines of one group are listed under one heading with a subtotal. */
    group: string;
    heading: string;
    /** A1 of the amount cell (null when the line has no amount). */
    cell: string | null;
    name: string;
    /** 元; null when the line has no amount. */
    submitted: Decimal.Value | null;
  }[];
  review: ReviewLike;
}

/** The document data of a budget's 审核意见表: the project's facts and every counted line by section. Pure. */
export function reviewDocument(model: BudgetModel, pack: StandardPack, review: ReviewLike): ReviewDocument {
  const titles = new Map(model.tables.map((t) => [`${t.sheet}\u0000${t.index}`, t.title.replace(/\s+/g, " ").trim()]));
  const fact = (key: StatedFact["key"]) => model.statedFacts?.find((f) => f.key === key)?.value.trim() || null;
  return {
    project: {
      name: projectName(model),
      unitName: fact("unit"),
      kind: model.profile.kind,
      system: model.profile.system,
      tier: model.profile.tier,
      standard: { title: pack.title, titleEn: pack.titleEn ?? pack.title },
      documents: [...new Set(Object.values(pack.documents ?? {}))],
    },
    lines: model.lines.map((l) => {
      const money = lineMoneyField(l);
      return {
        id: l.id,
        sheet: l.sheet,
        row: l.row + 1,
        group: `${l.sheet}\u0000${l.tableIndex}\u0000${l.section ?? ""}`,
        heading: l.section?.trim() || titles.get(`${l.sheet}\u0000${l.tableIndex}`) || "",
        cell: money ? a1(money.cell.row, money.cell.col) : null,
        name: l.name,
        submitted: money ? money.value.toFixed() : null,
      };
    }),
    review,
  };
}

const REVIEW_COLUMNS = ["seq", "name", "cell", "submitted", "approved", "reduction", "reason", "clause"] as const;
/** 序号, 名称, 单元格, 送审, 审定, 审减, 理由, 依据: about 150 characters, one A4 landscape page wide. */
const REVIEW_WIDTHS = [6, 30, 9, 14, 14, 14, 46, 30];
const C = { seq: 0, name: 1, cell: 2, submitted: 3, approved: 4, reduction: 5, reason: 6, clause: 7 } as const;

/**
 * 审核意见表 as a document a reviewer prints and signs: the title (项目名称 + 审核意见表), the project's facts, then
 * every line by section in sheet order — 送审 / 审定 / 审减, each section's subtotal, 理由 and 依据 on the reduced
 * lines, a line left to a person marked so —, the totals and 审减率, the findings over a limit that change no amount
 * (by the line's name, or the project as a whole, with the clause), and the 审核单位 / 审核人 / 复核人 / 日期 block.
 * Amounts in the budget's unit with two decimals shown; A4 landscape, one page wide, the header on every page.
 */
export function reviewSheet(doc: ReviewDocument, opts: ReportSheetOptions): ReportSheet {
  const { locale, unit } = opts;
  const zh = locale === "zh-CN";
  const t = (key: DocLabel, args?: Record<string, string | number>) => docLabel(key, locale, args);
  const width = REVIEW_WIDTHS.length;
  const all: [number, number][] = [[0, width - 1]];
  const m = (d: Decimal.Value) => amountCell(d, unit);
  const { review, project } = doc;
  const rows: ReportRow[] = [];

  // The title and the project's facts.
  const title = project.name ? `${project.name}${zh ? "" : " — "}${t("reviewTitle")}` : t("reviewTitle");
  rows.push({ ...row("title", width, { 0: title }), merge: all, height: 30 });
  const sep = zh ? "：" : ": ";
  const gap = zh ? "　　" : "    ";
  const fact = (key: DocLabel, value: string) => `${t(key)}${sep}${value}`;
  const facts = [
    fact("project", project.name ?? t("notStated")),
    fact("unitName", project.unitName ?? t("notStated")),
    [
      fact("kind", label(KIND_LABELS, project.kind, locale)),
      fact("system", label(SYSTEM_LABELS, project.system, locale)),
      fact("tier", project.tier ? label(TIER_LABELS, project.tier, locale) : zh ? NO_TIER_LABEL.zh : NO_TIER_LABEL.en),
      fact("amountUnit", unit),
    ].join(gap),
    fact("standard", zh ? project.standard.title : project.standard.titleEn),
    ...(project.documents.length
      ? [fact("documents", project.documents.map((d) => (zh ? `《${d}》` : d)).join(zh ? "、" : "; "))]
      : []),
  ];
  for (const f of facts) rows.push({ ...row("note", width, { 0: f }), merge: all });
  rows.push(row("note", width, {}));
  const headerRow = rows.length + 1;
  rows.push({
    style: "header",
    cells: REVIEW_COLUMNS.map((k) =>
      k === "submitted" || k === "approved" || k === "reduction" ? `${t(k)}${zh ? `（${unit}）` : ` (${unit})`}` : t(k),
    ),
  });

  // Every line by section, with the verdict's reduced lines and the lines left to a person.
  const key = (sheet: string, cell: string | null) => `${sheet}!${cell ?? ""}`;
  const verdictOf = new Map<string, ReviewLike["lines"][number]>();
  for (const l of review.lines) verdictOf.set(l.lineId ?? key(l.sheet, l.cell), l);
  const manualAt = new Map<string, number[]>();
  review.unadjusted.forEach((u, i) => {
    const line = u.sheet && u.row ? doc.lines.find((l) => l.sheet === u.sheet && l.row === u.row) : undefined;
    if (line) manualAt.set(line.id, [...(manualAt.get(line.id) ?? []), i + 1]);
  });
  const sheets = new Set(doc.lines.map((l) => l.sheet));
  const groups: { heading: string; sheet: string; lines: ReviewDocument["lines"] }[] = [];
  for (const l of doc.lines) {
    const last = groups[groups.length - 1];
    if (last && last.lines[0].group === l.group) last.lines.push(l);
    else groups.push({ heading: l.heading, sheet: l.sheet, lines: [l] });
  }
  const headed = groups.length > 1 || groups.some((g) => g.heading);
  let seq = 0;
  let sheetShown: string | null = null;
  for (const g of groups) {
    if (sheets.size > 1 && g.sheet !== sheetShown) {
      rows.push({ ...row("section", width, { 0: g.sheet }), merge: all });
      sheetShown = g.sheet;
    }
    if (headed) rows.push({ ...row("section", width, { 0: g.heading || t("unnamedSection") }), merge: all });
    let sub = new Decimal(0);
    let subApproved = new Decimal(0);
    for (const l of g.lines) {
      const v = verdictOf.get(l.id) ?? verdictOf.get(key(l.sheet, l.cell));
      const submitted = l.submitted === null ? null : new Decimal(l.submitted);
      const approved = v ? new Decimal(v.approved) : submitted;
      if (submitted) sub = sub.plus(v ? v.submitted : submitted);
      if (approved) subApproved = subApproved.plus(approved);
      const manual = manualAt.get(l.id);
      const reason = v
        ? zh
          ? v.reason
          : v.reasonEn
        : manual
          ? manual.map((n) => t("manualSee", { n })).join(zh ? "；" : "; ")
          : null;
      const clauses = v
        ? v.citations.join(zh ? "；" : "; ")
        : manual
          ? [...new Set(manual.map((n) => review.unadjusted[n - 1].citation))].join(zh ? "；" : "; ")
          : null;
      rows.push(
        row("line", width, {
          [C.seq]: ++seq,
          [C.name]: l.name,
          [C.cell]: linkCell(l.sheet, l.cell),
          [C.submitted]: submitted ? m(v ? v.submitted : submitted) : null,
          [C.approved]: approved ? m(approved) : null,
          [C.reduction]: submitted && approved ? m(new Decimal(v ? v.submitted : submitted).minus(approved)) : null,
          [C.reason]: reason,
          [C.clause]: clauses,
        }),
      );
    }
    if (headed) {
      rows.push(
        row("subtotal", width, {
          [C.name]: t("subtotal"),
          [C.submitted]: m(sub),
          [C.approved]: m(subApproved),
          [C.reduction]: m(sub.minus(subApproved)),
        }),
      );
    }
  }

  // The totals and 审减率.
  rows.push(
    row("total", width, {
      [C.name]: t("projectTotal"),
      [C.submitted]: m(review.submitted),
      [C.approved]: m(review.approved),
      [C.reduction]: m(review.reduction),
      [C.reason]: review.lines.length ? null : t("noReduction"),
    }),
    row("total", width, { [C.name]: t("reductionRate"), [C.reduction]: percentCell(review.reductionRate) }),
  );

  // Findings that change no amount, by name, with their clause.
  if (review.unadjusted.length) {
    rows.push(row("note", width, {}), { ...row("section", width, { 0: t("manualHeading") }), merge: all });
    review.unadjusted.forEach((u, i) => {
      const line = u.sheet && u.row ? doc.lines.find((l) => l.sheet === u.sheet && l.row === u.row) : undefined;
      rows.push(
        row("line", width, {
          [C.seq]: i + 1,
          [C.name]: line?.name ?? t("wholeProject"),
          [C.cell]: linkCell(u.sheet, line?.cell ?? u.cell),
          [C.reason]: zh ? u.reason : u.reasonEn,
          [C.clause]: u.citation,
        }),
      );
    });
  }

  // The signature block.
  const signMerge: [number, number][] = [
    [0, 1],
    [2, 4],
    [5, 6],
    [7, 7],
  ];
  rows.push(row("note", width, {}), {
    ...row("sign", width, { 0: t("reviewer"), 2: t("auditor"), 5: t("checker"), 7: t("date") }),
    merge: signMerge,
    height: 36,
  });
  return fitHeights({
    name: REVIEW_SHEET_NAME[locale],
    widths: REVIEW_WIDTHS,
    rows,
    wrap: true,
    page: { repeatRows: [headerRow, headerRow], footer: t("footer") },
  });
}

function cellOf(v: ReportCell | number): ReportCell {
  return typeof v === "number" ? { number: v, format: "0" } : v;
}

const FINDINGS_HEADERS: Record<LabelLang, string[]> = {
  "zh-CN": ["序号", "严重程度", "规则", "工作表", "单元格", "说明", "实际值", "限值", "计量", "依据"],
  "en-US": ["No.", "Severity", "Rule", "Sheet", "Cell", "Finding", "Actual", "Limit", "Measured in", "Clause"],
};
const FINDINGS_WIDTHS = [6, 10, 28, 14, 9, 70, 14, 14, 10, 44];

/** The cells of one finding after its 序号: severity, rule, sheet, cell (a link when `links`), message, actual, limit, measure, clause. */
function findingCells(f: Finding, unit: MoneyUnit, locale: LabelLang, links = true): ReportCell[] {
  return [
    label(SEVERITY_LABELS, f.severity, locale),
    f.rule,
    f.sheet ?? "",
    links ? (linkCell(f.sheet, f.cell) ?? "") : (f.cell ?? ""),
    locale === "zh-CN" ? f.message : f.messageEn,
    measuredCell(f.actual, f.measure, unit),
    measuredCell(f.limit, f.measure, unit),
    measureName(f, unit, locale),
    f.citation,
  ];
}

/** 审核结果: every finding (those without a cell too), errors first. */
export function findingsSheet(findings: readonly Finding[], opts: ReportSheetOptions): ReportSheet {
  const rows: ReportRow[] = [{ style: "header", cells: FINDINGS_HEADERS[opts.locale] }];
  errorsFirst(findings).forEach((f, i) =>
    rows.push({ style: "line", cells: [cellOf(i + 1), ...findingCells(f, opts.unit, opts.locale)] }),
  );
  return { name: FINDINGS_SHEET_NAME[opts.locale], widths: FINDINGS_WIDTHS, rows, filter: true };
}
