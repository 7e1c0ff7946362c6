import Decimal from "decimal.js";
import type { Finding, Measure } from "../model/finding";
import type { MoneyUnit } from "../model/types";
import { fromYuan } from "../money";
import { label, MEASURE_LABELS, type LabelLang } from "../labels/profile";

/**
 * The cells of a report sheet, independent of who writes them (exceljs in the CLI, Office.js in the pane):
 * text, a real number with its Excel number format, or a link to a cell of the audited workbook.
 */
export type ReportCell =
  | null
  | string
  | { number: number; format: string }
  | { link: { sheet: string; address: string }; text: string };

/** How a row looks: the header, a line, a totals row, a section heading, a note under the table. */
export type RowStyle = "header" | "line" | "total" | "section" | "note";

export interface ReportRow {
  style: RowStyle;
  cells: ReportCell[];
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
}

/**
 * Excel number formats. Money in 元 to the cent; in 万元 at least 4 decimals and up to 6, so every amount is shown
 * to the cent (2.86048 万元 = 28,604.80 元) without trailing noise. Ratios as percentages to 0.01%.
 */
export const MONEY_FORMAT: Record<MoneyUnit, string> = { 元: "#,##0.00", 万元: "#,##0.0000##" };
export const PERCENT_FORMAT = "0.00%";
const INTEGER_FORMAT = "#,##0";
const DECIMAL_FORMAT = "#,##0.0###";

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
export function measureName(f: Pick<Finding, "measure" | "actual" | "limit">, unit: MoneyUnit, lang: LabelLang): string {
  if (f.actual === null && f.limit === null) return "";
  const m = f.measure;
  if (!m) return "";
  if (m === "money") return unit;
  if (m === "ratio") return lang === "zh-CN" ? "比例（%）" : "ratio (%)";
  return label(MEASURE_LABELS, m, lang);
}

/** A finding's value written for a sentence: "2.6 万元", "9%", "12 ㎡", "15 人月". */
export function measuredText(value: string | null, measure: Measure | null | undefined, unit: MoneyUnit, lang: LabelLang): string | null {
  const d = decimalOf(value);
  if (d === null) return value;
  const grouped = (x: Decimal, places: number) => {
    const [int, frac] = x.toDecimalPlaces(places).toFixed().split(".");
    const g = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
    return frac ? `${g}.${frac}` : g;
  };
  switch (measure) {
    case "money":
      return `${grouped(fromYuan(d, unit), unit === "万元" ? 6 : 2)} ${unit}`;
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
