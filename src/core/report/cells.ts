import Decimal from "decimal.js";
import type { Finding, Measure } from "../model/finding";
import type { MoneyUnit } from "../model/types";
import { formatMoneyIn, fromYuan } from "../money";
import { label, MEASURE_LABELS, type LabelLang } from "../labels/profile";

/**
 * The cells of a report sheet, independent of who writes them (exceljs in the CLI, Office.js in the pane):
 * text, a real number with its Excel number format, a link to a cell of the audited workbook, or a link to a file
 * (`href`, relative to the report's own workbook).
 */
export type ReportCell =
  | null
  | string
  | { number: number; format: string }
  | { link: { sheet: string; address: string }; text: string }
  | { href: string; text: string };

/**
 * How a row looks: the document's title, the header, a line, a section's subtotal, a totals row, a section heading,
 * a note (facts above the table, remarks under it), a signature row.
 */
export type RowStyle = "title" | "header" | "line" | "subtotal" | "total" | "section" | "note" | "sign";

export interface ReportRow {
  style: RowStyle;
  cells: ReportCell[];
  /** Cells merged across columns: [first, last] 0-based, inclusive; the text is in the first. */
  merge?: [number, number][];
  /** Row height in points, set where wrapped text needs more than one line (fitHeights). */
  height?: number;
}

/** How a document prints: A4 landscape, one page wide, these rows repeated on every page, a page-number footer. */
export interface PageSetup {
  /** 1-based first and last row printed at the top of every page. */
  repeatRows: [number, number];
  /** Excel header/footer codes (&P page, &N pages), centred in the footer. */
  footer: string;
}

export interface ReportSheet {
  /** The sheet's name (an adapter makes it unique where a sheet of that name already belongs to the user). */
  name: string;
  /** Column widths in characters, one per column. */
  widths: number[];
  /** The header first; every row has one cell per column. */
  rows: ReportRow[];
  /** A list (no totals under it): an adapter may put a filter on the header. */
  filter?: boolean;
  /** A document to print and sign (title, facts, table, signatures): its page setup; lists print with the header row repeated. */
  page?: PageSetup;
  /** Every cell wraps its text (a document); a list wraps only its wide columns. */
  wrap?: boolean;
}

/**
 * Excel number formats. Money in 元 to the cent; in 万元 at least 4 decimals and up to 6, so every amount is shown
 * to the cent (2.86048 万元 = 28,604.80 元) without trailing noise. Ratios as percentages to 0.01%.
 */
export const MONEY_FORMAT: Record<MoneyUnit, string> = { 元: "#,##0.00", 万元: "#,##0.0000##" };
export const PERCENT_FORMAT = "0.00%";
const INTEGER_FORMAT = "#,##0";
const DECIMAL_FORMAT = "#,##0.0###";
/** Amounts of a document to print (审核意见表, 汇总): two decimals in either unit, the value itself exact. */
export const AMOUNT_FORMAT = "#,##0.00";

/** A money cell of a document: two decimals shown, the exact value kept. */
export function amountCell(yuan: Decimal.Value, unit: MoneyUnit): ReportCell {
  return { number: fromYuan(new Decimal(yuan), unit).toNumber(), format: AMOUNT_FORMAT };
}

/** How many columns of Excel's width unit (the width of "0") a text takes: CJK and full-width forms count two. */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text)
    w +=
      /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|[\u{20000}-\u{3FFFD}]/u.test(
        ch,
      )
        ? 2
        : 1.1;
  return w;
}

/** Points per line of wrapped text at the sheets' 11-point font, and the default height of a row. */
export const LINE_HEIGHT = 15;
const ROW_PADDING = 3;

/** The text a cell shows (a number's width is bounded by its column, never wrapped). */
function shownText(c: ReportCell): string | null {
  if (c === null || (typeof c === "object" && "number" in c)) return null;
  return typeof c === "string" ? c : c.text;
}

/**
 * Sets every row's height to what its wrapped text needs at the column widths (merged cells over the width of
 * their columns), so nothing overlaps the next row when printed; rows that fit in one line keep Excel's default.
 * A row with a height already set keeps it when that is more.
 */
export function fitHeights(sheet: ReportSheet): ReportSheet {
  const rows = sheet.rows.map((r) => {
    const spanOf = new Map<number, number>();
    for (const [a, b] of r.merge ?? [])
      spanOf.set(
        a,
        sheet.widths.slice(a, b + 1).reduce((x, y) => x + y, 0),
      );
    let lines = 1;
    r.cells.forEach((c, i) => {
      const text = shownText(c);
      if (!text) return;
      const room = Math.max(1, (spanOf.get(i) ?? sheet.widths[i] ?? 10) - 1.5);
      const need = text.split("\n").reduce((n, part) => n + Math.max(1, Math.ceil(textWidth(part) / room)), 0);
      lines = Math.max(lines, need);
    });
    const fit = lines > 1 ? lines * LINE_HEIGHT + ROW_PADDING : undefined;
    const height = r.height !== undefined && (fit === undefined || r.height >= fit) ? r.height : fit;
    return height === undefined ? r : { ...r, height };
  });
  return { ...sheet, rows };
}

/** 元 as a number in `unit`, with that unit's format. Exact decimal conversion; the double nearest the result. */
export function moneyCell(yuan: Decimal.Value, unit: MoneyUnit): ReportCell {
  return { number: fromYuan(new Decimal(yuan), unit).toNumber(), format: MONEY_FORMAT[unit] };
}

export function percentCell(ratio: Decimal.Value): ReportCell {
  return { number: new Decimal(ratio).toNumber(), format: PERCENT_FORMAT };
}

export function countCell(n: Decimal | number): ReportCell {
  const d = new Decimal(n);
  return { number: d.toNumber(), format: d.isInteger() ? INTEGER_FORMAT : DECIMAL_FORMAT };
}

function decimalOf(text: string | null): Decimal | null {
  if (text === null) return null;
  try {
    const d = new Decimal(text);
    return d.isFinite() ? d : null;
  } catch {
    return null;
  }
}

/** A finding's `actual` or `limit` as a cell: money in `unit`, ratios as percentages, counts and areas as numbers. */
export function measuredCell(value: string | null, measure: Measure | null | undefined, unit: MoneyUnit): ReportCell {
  const d = decimalOf(value);
  if (d === null) return value;
  switch (measure) {
    case "money":
      return moneyCell(d, unit);
    case "ratio":
      return percentCell(d);
    default:
      return countCell(d);
  }
}

/** What the actual / limit cells of a finding are in: "万元", "比例", "㎡", "人月" … ("" when it has neither). */
export function measureName(
  f: Pick<Finding, "measure" | "actual" | "limit">,
  unit: MoneyUnit,
  lang: LabelLang,
): string {
  if (f.actual === null && f.limit === null) return "";
  const m = f.measure;
  if (!m) return "";
  if (m === "money") return unit;
  if (m === "ratio") return lang === "zh-CN" ? "比例（%）" : "ratio (%)";
  return label(MEASURE_LABELS, m, lang);
}

/** A finding's value written for a sentence: "2.6 万元", "9%", "12 ㎡", "15 人月". */
export function measuredText(
  value: string | null,
  measure: Measure | null | undefined,
  unit: MoneyUnit,
  lang: LabelLang,
): string | null {
  const d = decimalOf(value);
  if (d === null) return value;
  const grouped = (x: Decimal, places: number) => {
    const [int, frac] = x.toDecimalPlaces(places).toFixed().split(".");
    const g = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
    return frac ? `${g}.${frac}` : g;
  };
  switch (measure) {
    case "money":
      return formatMoneyIn(d, unit, lang === "zh-CN" ? "zh" : "en", unit === "万元" ? 6 : 2);
    case "ratio":
      return `${grouped(d.times(100), 2)}%`;
    case "area":
      return `${grouped(d, 2)} ㎡`;
    case "person-months":
      return `${grouped(d, 2)} ${lang === "zh-CN" ? "人月" : "person-months"}`;
    default:
      return grouped(d, 4);
  }
}
