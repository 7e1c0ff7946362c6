import Decimal from "decimal.js";
import type { ColumnEvidence, ColumnInfo, ColumnRole } from "../model/types";
import { readCell } from "./amount";
import type { SheetGrid } from "./grid";
import { namesSourceOfFunds, roleOfHeader } from "./header";
import { columnLetters } from "../snapshot/address";

/**
 * Evidence for column roles beyond the header words: what a person reads from the content. The name column is
 * the leftmost column of distinct text in the line rows; a numeric column is placed by arithmetic (数量 × 单价 =
 * 金额 in most rows, or a repeat of 金额 in another unit); a money column that nothing places is reported.
 */

/** A header cell of the table: its column (local), its text over both header rows, the role its words name. */
export interface HeaderCell {
  col: number;
  text: string;
  role: ColumnRole | null;
}

/** Most rows must agree before arithmetic places a column: one odd line should not move a role. */
const AGREEMENT = 0.8;
/** Money-looking header words (a column headed so holds money, whatever else it says). */
const MONEY_WORDS = /元|价|费|额|资|金|预算|估算|概算|合计|小计/;

export function numberAt(grid: SheetGrid, r: number, c: number): Decimal | null {
  const raw = grid.raw(r, c);
  if (raw === null || raw === "") return null;
  const reading = readCell(raw);
  if (reading.status !== "ok") return null;
  // "8.02万" beside 4000 in one column: a cell that states 万 is compared in 元, as the column's plain figures are
  // in a 元 table (where units mix within a column, they mix this way).
  return reading.unit === "万元" && typeof raw === "string" ? reading.value.times(10000) : reading.value;
}

/** Body rows that hold at least one number in a known numeric column: the rows evidence is read from. */
export function dataRows(grid: SheetGrid, bodyStart: number, bodyEnd: number, numericCols: number[]): number[] {
  const rows: number[] = [];
  for (let r = bodyStart; r < bodyEnd; r++)
    if (numericCols.some((c) => typeof grid.raw(r, c) === "number" || numberAt(grid, r, c))) rows.push(r);
  return rows;
}

export function close(a: Decimal, b: Decimal): boolean {
  if (a.equals(b)) return true;
  const scale = Decimal.max(a.abs(), b.abs());
  return a
    .minus(b)
    .abs()
    .lessThanOrEqualTo(Decimal.max(scale.times(0.005), 0.01));
}

/** The share of rows (with both figures) where `fit(row)` holds; null when fewer than two rows can say. */
export function agreement(rows: number[], fit: (r: number) => boolean | null): { share: number; of: number } | null {
  let yes = 0;
  let of = 0;
  for (const r of rows) {
    const f = fit(r);
    if (f === null) continue;
    of++;
    if (f) yes++;
  }
  return of >= 2 || (of === 1 && rows.length === 1) ? { share: yes / of, of } : null;
}

/**
 * The name column from content when no header names it: the leftmost column, outside the placed ones, whose
 * cells in the data rows are mostly text and mostly different from each other.
 */
export function nameColumnFromContent(
  grid: SheetGrid,
  bodyStart: number,
  bodyEnd: number,
  placed: Set<number>,
  numericCols: number[],
): { col: number; evidence: ColumnEvidence } | null {
  const rows = dataRows(grid, bodyStart, bodyEnd, numericCols);
  if (!rows.length) return null;
  for (let c = 0; c < grid.colCount; c++) {
    if (placed.has(c)) continue;
    // A header word repeated down a column (a merge over the header running into the body) is no name.
    const texts = rows
      .filter((r) => numberAt(grid, r, c) === null)
      .map((r) => grid.text(r, c))
      .filter((t) => t !== "" && roleOfHeader(t) === null);
    const distinct = new Set(texts).size;
    if (texts.length >= Math.max(1, rows.length * 0.5) && distinct >= texts.length * 0.8) {
      return { col: c, evidence: { kind: "content", detail: `${distinct}/${rows.length}` } };
    }
  }
  return null;
}

/** What an unplaced numeric column is, from arithmetic against the placed ones. */
function placeByArithmetic(
  grid: SheetGrid,
  rows: number[],
  c: number,
  columns: Map<ColumnRole, number>,
): { role: ColumnRole | null; repeats?: ColumnRole; evidence: ColumnEvidence } | null {
  const q = columns.get("quantity");
  const p = columns.get("unitPrice");
  const a = columns.get("amount");
  if (a === undefined && q !== undefined && p !== undefined) {
    const fit = agreement(rows, (r) => {
      const [x, qq, pp] = [numberAt(grid, r, c), numberAt(grid, r, q), numberAt(grid, r, p)];
      return x && qq && pp ? close(qq.times(pp), x) : null;
    });
    if (fit && fit.share >= AGREEMENT)
      return {
        role: "amount",
        evidence: { kind: "arithmetic", detail: `数量×单价 ${Math.round(fit.share * fit.of)}/${fit.of}` },
      };
  }
  // "原购置金额 | 服务费率 | 服务报价": a column that is the base × the rate in most rows is the maintenance fee.
  const rate = columns.get("rate");
  const base = columns.get("purchase") ?? columns.get("devCost");
  if (!columns.has("fee") && !columns.has("amount") && rate !== undefined && base !== undefined) {
    const fit = baseTimesRate(grid, rows, base, rate, c);
    if (fit)
      return {
        role: "fee",
        evidence: { kind: "arithmetic", detail: `基数×费率 ${Math.round(fit.share * fit.of)}/${fit.of}` },
      };
  }
  for (const role of ["amount", "fee", "purchase", "unitPrice"] as const) {
    const other = columns.get(role);
    if (other === undefined) continue;
    for (const factor of [1, 10000, 0.0001]) {
      const fit = agreement(rows, (r) => {
        const [x, y] = [numberAt(grid, r, c), numberAt(grid, r, other)];
        return x && y && !y.isZero() ? close(y.times(factor), x) : null;
      });
      if (fit && fit.share >= AGREEMENT) {
        return {
          role: null,
          repeats: role,
          evidence: { kind: "repeat", detail: `${columnLetters(grid.col(other))}×${factor}` },
        };
      }
    }
  }
  return null;
}

/**
 * Whether column `target` is the `base` column × the `rate` column in most rows (a rate in points, "8" for 8%, too):
 * the evidence that it is a maintenance fee. Null when it is not.
 */
export function baseTimesRate(
  grid: SheetGrid,
  rows: number[],
  base: number,
  rate: number,
  target: number,
): { share: number; of: number } | null {
  for (const points of [1, 0.01]) {
    const fit = agreement(rows, (r) => {
      const [x, b, k] = [numberAt(grid, r, target), numberAt(grid, r, base), numberAt(grid, r, rate)];
      return x && b && k ? close(b.times(k).times(points), x) : null;
    });
    if (fit && fit.share >= AGREEMENT) return fit;
  }
  return null;
}

const PRODUCT = /^=\s*\$?([A-Z]{1,3})\$?(\d+)\s*\*\s*\$?([A-Z]{1,3})\$?(\d+)\s*$/i;

/**
 * The formulas of a column as evidence: most of its rows are =数量×单价 of their own row (=E3*F3 with E the 数量 and F
 * the 单价 column). Returns the evidence, or null.
 */
export function productFormulas(
  grid: SheetGrid,
  rows: readonly number[],
  c: number,
  columns: Map<ColumnRole, number>,
): ColumnEvidence | null {
  const q = columns.get("quantity");
  const p = columns.get("unitPrice");
  if (q === undefined || p === undefined || rows.length < 2) return null;
  const want = new Set([columnLetters(grid.col(q)), columnLetters(grid.col(p))]);
  let fits = 0;
  for (const r of rows) {
    const m = PRODUCT.exec(grid.formula(r, c) ?? "");
    const row = String(grid.row(r) + 1);
    if (
      m &&
      m[2] === row &&
      m[4] === row &&
      want.has(m[1].toUpperCase()) &&
      want.has(m[3].toUpperCase()) &&
      m[1].toUpperCase() !== m[3].toUpperCase()
    )
      fits++;
  }
  return fits >= rows.length * AGREEMENT
    ? { kind: "formula", detail: `=${[...want].join("×")} ${fits}/${rows.length}` }
    : null;
}

/**
 * Places the numeric columns the header words did not (or named twice): by arithmetic, as a repeat of a
 * placed column, or as unrecognised when the column holds money nobody can place. Mutates `columns` when
 * arithmetic gives a missing role; returns the info of every such column.
 */
export function placeUnplacedColumns(
  grid: SheetGrid,
  bodyStart: number,
  bodyEnd: number,
  headerCells: HeaderCell[],
  columns: Map<ColumnRole, number>,
): ColumnInfo[] {
  const placedCols = new Set(columns.values());
  const numericCols = [...columns.entries()].filter(([role]) => role !== "seq").map(([, c]) => c);
  const rows = dataRows(grid, bodyStart, bodyEnd, numericCols);
  const infos: ColumnInfo[] = [];
  for (const cell of headerCells) {
    if (placedCols.has(cell.col)) continue;
    // =E3*F3 down the column, 数量 and 单价 by reference: the amount, whether or not the file kept the values.
    const byFormula = columns.has("amount") ? null : productFormulas(grid, rows, cell.col, columns);
    if (byFormula) {
      columns.set("amount", cell.col);
      placedCols.add(cell.col);
      infos.push({
        col: grid.col(cell.col),
        header: cell.text,
        role: "amount",
        confidence: "high",
        evidence: [byFormula],
      });
      continue;
    }
    const numbers = rows.filter((r) => numberAt(grid, r, cell.col) !== null);
    if (!numbers.length || numbers.length < rows.length * 0.3) continue;
    const placed = placeByArithmetic(grid, numbers, cell.col, columns);
    const header = cell.text;
    const base = { col: grid.col(cell.col), header };
    if (placed?.role) {
      columns.set(placed.role, cell.col);
      placedCols.add(cell.col);
      infos.push({ ...base, role: placed.role, confidence: "medium", evidence: [placed.evidence] });
      continue;
    }
    if (placed?.repeats) {
      infos.push({ ...base, role: null, repeats: placed.repeats, confidence: "medium", evidence: [placed.evidence] });
      continue;
    }
    // A column its header names as text (名称, 科目, 规格, 备注) holds codes or words, not money, whatever its digits.
    if (cell.role === "name" || cell.role === "spec" || cell.role === "remark" || cell.role === "unit") continue;
    const moneyLooking =
      MONEY_WORDS.test(header) ||
      (cell.role !== null && cell.role !== "seq" && cell.role !== "quantity") ||
      numbers.some((r) => numberAt(grid, r, cell.col)!.abs().greaterThanOrEqualTo(1000));
    if (moneyLooking)
      infos.push({ ...base, role: null, confidence: "low", evidence: [{ kind: "unplaced", detail: cell.role ?? "" }] });
  }
  return infos;
}

/**
 * How far the `parts` columns add up to the `total` column row by row (a blank part adds nothing; a row with no
 * total, or no part, says nothing): the evidence both for a 可研 matrix's row total and for columns that split it.
 */
function partsAddUp(
  grid: SheetGrid,
  rows: number[],
  parts: number[],
  total: number,
): { share: number; of: number } | null {
  return agreement(rows, (r) => {
    const x = numberAt(grid, r, total);
    if (!x) return null;
    const values = parts.map((c) => numberAt(grid, r, c));
    if (values.every((v) => v === null)) return null;
    return close(
      values.reduce<Decimal>((acc, v) => acc.plus(v ?? 0), new Decimal(0)),
      x,
    );
  });
}

/**
 * 可研 matrices (建筑工程费 | 设备购置费 | 安装工程费 | 其他费用 | 合计): a column that is the sum of two or more
 * money columns to its left in most rows is the line's amount; the columns it adds up are its parts, read for
 * nothing else. Mutates `columns`; returns the info of the row total and its parts, or [] when there is none.
 */
export function placeRowTotal(
  grid: SheetGrid,
  bodyStart: number,
  bodyEnd: number,
  headerCells: HeaderCell[],
  columns: Map<ColumnRole, number>,
): ColumnInfo[] {
  const money = headerCells.filter((h) =>
    h.role !== null ? ["amount", "purchase", "fee", "devCost"].includes(h.role) : MONEY_WORDS.test(h.text),
  );
  if (money.length < 3) return [];
  const rows = dataRows(
    grid,
    bodyStart,
    bodyEnd,
    money.map((h) => h.col),
  );
  // The total is usually the rightmost, but any money column that adds up the others is one.
  for (let t = money.length - 1; t >= 0; t--) {
    const total = money[t];
    // A source of funds (区级财政资金) is a part of the money, never the total of the others.
    if (namesSourceOfFunds(total.text)) continue;
    const parts = money.filter((_, k) => k !== t);
    const fit = partsAddUp(
      grid,
      rows,
      parts.map((p) => p.col),
      total.col,
    );
    if (!fit || fit.share < AGREEMENT) continue;
    for (const [role, c] of [...columns]) if (parts.some((p) => p.col === c) || c === total.col) columns.delete(role);
    columns.delete("amount");
    columns.set("amount", total.col);
    const letters = parts.map((p) => columnLetters(grid.col(p.col))).join("+");
    return [
      {
        col: grid.col(total.col),
        header: total.text,
        role: "amount",
        confidence: "medium",
        evidence: [{ kind: "arithmetic", detail: `${letters} ${Math.round(fit.share * fit.of)}/${fit.of}` }],
      },
      ...parts.map((p): ColumnInfo => ({
        col: grid.col(p.col),
        header: p.text,
        role: null,
        partOf: "amount",
        confidence: "medium",
        evidence: [{ kind: "arithmetic", detail: `part of ${columnLetters(grid.col(total.col))}` }],
      })),
    ];
  }
  return [];
}

/**
 * The evidence against a placed 金额: where a table has 数量, 单价 and 金额 and most rows holding all three do not
 * multiply out, the header word and the arithmetic disagree — the column may be something else (a 合计 of other
 * columns, another year's figure). Returns how many rows agree, or null when there is no conflict to report.
 */
export function amountConflict(
  grid: SheetGrid,
  bodyStart: number,
  bodyEnd: number,
  columns: Map<ColumnRole, number>,
): { agree: number; of: number } | null {
  const q = columns.get("quantity");
  const p = columns.get("unitPrice");
  const a = columns.get("amount");
  if (q === undefined || p === undefined || a === undefined) return null;
  const rows = dataRows(grid, bodyStart, bodyEnd, [q, p, a]);
  const fit = agreement(rows, (r) => {
    const [x, qq, pp] = [numberAt(grid, r, a), numberAt(grid, r, q), numberAt(grid, r, p)];
    return x && qq && pp
      ? close(qq.times(pp), x) || close(qq.times(pp).times(10000), x) || close(qq.times(pp), x.times(10000))
      : null;
  });
  if (!fit || fit.of < 3 || fit.share >= 1 / 3) return null;
  return { agree: Math.round(fit.share * fit.of), of: fit.of };
}

/** Every header cell of a table's header rows, with the role its words name (duplicates included). */
export function headerCellsOf(grid: SheetGrid, top: number, bottom: number): HeaderCell[] {
  const cells: HeaderCell[] = [];
  for (let c = 0; c < grid.colCount; c++) {
    const texts: string[] = [];
    for (let r = top; r <= bottom; r++) {
      const t = grid.text(r, c);
      if (t && !texts.includes(t)) texts.push(t);
    }
    const text = texts.join(" ");
    let role: ColumnRole | null = null;
    for (let k = texts.length - 1; k >= 0 && !role; k--) role = roleOfHeader(texts[k]);
    cells.push({ col: c, text, role });
  }
  return cells;
}

/**
 * Columns that split the line's money (财政资金 | 单位自筹, one column per year: 2025年 | 2026年) and add up to it row
 * by row are parts of it, not more money (domain.md §3 default 17): two or more numeric columns no role holds whose
 * sum is the amount (or the O&M fee) in most rows.
 */
export function placeSplitColumns(
  grid: SheetGrid,
  bodyStart: number,
  bodyEnd: number,
  headerCells: HeaderCell[],
  columns: Map<ColumnRole, number>,
): ColumnInfo[] {
  // Beside an O&M fee, a column the header words took for 金额 (财政资金) may be one of the fee's parts.
  const role: ColumnRole | null = columns.has("fee") ? "fee" : columns.has("amount") ? "amount" : null;
  if (!role) return [];
  const total = columns.get(role)!;
  const asPart = role === "fee" ? columns.get("amount") : undefined;
  const placed = new Set([...columns.values()].filter((c) => c !== asPart));
  const rows = dataRows(grid, bodyStart, bodyEnd, [total]);
  // Rates (税率, 折扣率) are not parts of the money.
  const parts = headerCells.filter(
    (h) =>
      !placed.has(h.col) &&
      !/率|折扣/.test(h.text) &&
      rows.filter((r) => numberAt(grid, r, h.col) !== null).length >= Math.max(1, rows.length * 0.3),
  );
  if (parts.length < 2) return [];
  const fit = partsAddUp(
    grid,
    rows,
    parts.map((p) => p.col),
    total,
  );
  if (!fit || fit.share < AGREEMENT) return [];
  if (asPart !== undefined && parts.some((p) => p.col === asPart)) columns.delete("amount");
  const detail = `${parts.map((p) => columnLetters(grid.col(p.col))).join("+")}=${columnLetters(grid.col(total))} ${Math.round(fit.share * fit.of)}/${fit.of}`;
  return parts.map((p): ColumnInfo => ({
    col: grid.col(p.col),
    header: p.text,
    role: null,
    partOf: role,
    confidence: "medium",
    evidence: [{ kind: "arithmetic", detail }],
  }));
}
