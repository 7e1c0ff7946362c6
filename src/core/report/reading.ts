import Decimal from "decimal.js";
import type { BudgetLine, BudgetModel, BudgetTable, MoneyUnit, RowReading } from "../model/types";
import { CATEGORY_LABELS } from "../labels/categories";
import { label, type LabelLang } from "../labels/profile";
import { ROW_KIND_LABELS, ROW_WHY_LABELS } from "../labels/row-reading";
import { lineMoney } from "../money";
import { a1 } from "../snapshot/address";
import { moneyCell, type ReportRow, type ReportSheet } from "./cells";

/**
 * How the engine read each table, row by row — what a reviewer needs to see in ten seconds why a line was or was
 * not counted: the kind each row was read as and why, a line's category and amount, each total against the lines
 * it covers, and what the counted lines add up to. One structure for `check --explain`, the 读取明细 sheet and the
 * pane; rendered in each language from ids at the edge.
 */
export interface ReadingRow {
  /** 1-based worksheet row. */
  row: number;
  kind: RowReading["kind"];
  why: RowReading["why"];
  label: string;
  /** Lines: the category it was classified as. */
  category?: BudgetLine["category"];
  /** 元: a line's money, or a total's figure. */
  amount?: Decimal;
  /** Totals: what the lines it covers add up to (元), and how many. */
  covers?: { sum: Decimal; lines: number };
  /** The cell of the amount, for a link. */
  cell?: string;
}

export interface ReadingTable {
  sheet: string;
  /** 1-based header row. */
  headerRow: number;
  unit: MoneyUnit;
  role: BudgetTable["role"];
  rows: ReadingRow[];
  /** The counted lines of the table: how many, and their sum (元). */
  counted: { lines: number; sum: Decimal };
}

export function readingTables(model: BudgetModel): ReadingTable[] {
  const lineById = new Map<string, BudgetLine>();
  for (const l of [...model.lines, ...model.outsideLines]) lineById.set(l.id, l);
  const counted = new Set(model.lines.map((l) => l.id));
  return model.tables.map((table) => {
    const subtotals = new Map(
      model.subtotals.filter((s) => s.sheet === table.sheet && s.tableIndex === table.index).map((s) => [s.row, s]),
    );
    const rows = (table.rows ?? []).map((r): ReadingRow => {
      const out: ReadingRow = { row: r.row + 1, kind: r.kind, why: r.why, label: r.label };
      // A continuation or remark row names the line it belongs to, but shows its own text.
      const ownLine = r.kind === "line" || r.kind === "outside" || r.kind === "detail-sheet";
      const line = r.lineId && ownLine ? lineById.get(r.lineId) : undefined;
      if (line) {
        out.label = line.name;
        out.category = line.category;
        const money = lineMoney(line);
        if (money) out.amount = money;
        const field = line.amount ?? line.fee;
        if (field) out.cell = a1(field.cell.row, field.cell.col);
      }
      const st = subtotals.get(r.row);
      if (st) {
        if (st.amount) {
          out.amount = st.amount.value;
          out.cell = a1(st.amount.cell.row, st.amount.cell.col);
        }
        let sum = new Decimal(0);
        for (const id of st.covers) sum = sum.plus(lineById.get(id) ? (lineMoney(lineById.get(id)!) ?? 0) : 0);
        out.covers = { sum, lines: st.covers.length };
      }
      return out;
    });
    const mine = model.lines.filter(
      (l) => l.sheet === table.sheet && l.tableIndex === table.index && counted.has(l.id),
    );
    const sum = mine.reduce((acc, l) => acc.plus(lineMoney(l) ?? 0), new Decimal(0));
    return {
      sheet: table.sheet,
      headerRow: table.headerRow + 1,
      unit: table.unit,
      role: table.role,
      rows,
      counted: { lines: mine.length, sum },
    };
  });
}

/** The header; amounts in the one unit the tables share, else each in its table's. */
function headers(locale: LabelLang, units: readonly MoneyUnit[]): string[] {
  const one = new Set(units).size === 1 ? units[0] : null;
  if (locale === "zh-CN") {
    const u = one ? `（${one}）` : "（按各表单位）";
    return ["工作表", "行", "读作", "名称或文字", "分类", `金额${u}`, `所含明细之和${u}`, "依据"];
  }
  const u = one ? ` (${one})` : " (each table's unit)";
  return ["Sheet", "Row", "Read as", "Name or text", "Category", `Amount${u}`, `Sum of lines covered${u}`, "Why"];
}
const WIDTHS = [14, 6, 10, 40, 16, 16, 16, 60];
const READING_SHEET_NAME: Record<LabelLang, string> = { "zh-CN": "读取明细", "en-US": "How it was read" };

/** 读取明细: every row of every table as read, then per table what its counted lines add up to. */
export function readingSheet(model: BudgetModel, locale: LabelLang): ReportSheet {
  const tables = readingTables(model);
  const rows: ReportRow[] = [
    {
      style: "header",
      cells: headers(
        locale,
        tables.map((t) => t.unit),
      ),
    },
  ];
  for (const t of tables) {
    for (const r of t.rows) {
      const style =
        r.kind === "subtotal" || r.kind === "total"
          ? "total"
          : r.kind === "section"
            ? "section"
            : r.kind === "line"
              ? "line"
              : "note";
      rows.push({
        style,
        cells: [
          t.sheet,
          { link: { sheet: t.sheet, address: `A${r.row}` }, text: String(r.row) },
          label(ROW_KIND_LABELS, r.kind, locale),
          r.label,
          r.category ? label(CATEGORY_LABELS, r.category, locale) : null,
          r.amount ? moneyCell(r.amount, t.unit) : null,
          r.covers ? moneyCell(r.covers.sum, t.unit) : null,
          label(ROW_WHY_LABELS, r.why, locale),
        ],
      });
    }
    const zh = locale === "zh-CN";
    rows.push({
      style: "total",
      cells: [
        t.sheet,
        null,
        zh ? "计入" : "counted",
        zh ? `${t.counted.lines} 行明细之和` : `sum of ${t.counted.lines} lines`,
        null,
        moneyCell(t.counted.sum, t.unit),
        null,
        null,
      ],
    });
  }
  return { name: READING_SHEET_NAME[locale], widths: WIDTHS, rows };
}
