import type { ColumnInfo } from "../model/types";
import { agreement, baseTimesRate, close, dataRows, numberAt } from "./column-evidence";
import type { TableFrame } from "./find-tables";
import type { SheetGrid } from "./grid";
import { compact } from "./text";
import { EFFORT_UNIT } from "./effort-units";

/**
 * Two header cells that name one role (单价 beside 折后单价, 上年预算数 beside 本年申请数): the column the sheet's
 * own arithmetic confirms holds the role (domain.md §3 default 17) — 数量 × 单价 = 金额 row by row — and between
 * amounts, the one requested now. The other column is kept in the reading as a competitor, with why it lost, and is
 * no finding: it is part of the budget as drafted, not money the engine failed to place.
 */
export function resolveCompetingColumns(
  grid: SheetGrid,
  frame: TableFrame,
  fixed: ReadonlySet<number>,
): { losers: ColumnInfo[]; cols: Set<number> } {
  const losers: ColumnInfo[] = [];
  const cols = new Set<number>();
  const effortPrice = personMonthPriceColumn(grid, frame, fixed);
  if (effortPrice) {
    frame.personMonthPrice = effortPrice.col;
    cols.add(effortPrice.col);
    losers.push(effortPrice.info);
    if (frame.columns.get("unitPrice") === effortPrice.col) {
      const other = frame.headerCells.find(
        (h) => h.role === "unitPrice" && h.col !== effortPrice.col && !fixed.has(h.col),
      )!;
      frame.columns.set("unitPrice", other.col);
      frame.headerTexts.set("unitPrice", other.text);
    }
  }
  for (const role of ["amount", "unitPrice"] as const) {
    const candidates = frame.headerCells
      .filter((h) => h.role === role && !fixed.has(h.col) && h.col !== frame.personMonthPrice)
      .map((h) => h.col);
    if (candidates.length < 2 || !frame.columns.has(role) || fixed.has(frame.columns.get(role)!)) continue;
    const choice =
      role === "unitPrice"
        ? byProduct(grid, frame, candidates, "unitPrice")
        : (byPeriod(grid, frame, candidates) ?? byProduct(grid, frame, candidates, "amount"));
    if (!choice) continue;
    frame.columns.set(role, choice.col);
    frame.headerTexts.set(role, frame.headerCells[choice.col]?.text ?? "");
    const chosenHeader = compact(frame.headerCells[choice.col]?.text ?? "");
    for (const c of candidates) {
      // A second column headed exactly like the chosen one is not explained by the choice: it stays named.
      if (c === choice.col || compact(frame.headerCells[c]?.text ?? "") === chosenHeader) continue;
      cols.add(c);
      losers.push({
        col: grid.col(c),
        header: frame.headerCells[c]?.text ?? "",
        role: null,
        confidence: "medium",
        evidence: [{ kind: "competing", detail: choice.why }],
      });
    }
  }
  // 上年预算数 beside this year's 年运维费: an amount of an earlier period is not the line's money when another
  // column holds it.
  const amount = frame.columns.get("amount");
  if (
    amount !== undefined &&
    !fixed.has(amount) &&
    frame.columns.has("fee") &&
    EARLIER.test(frame.headerCells[amount]?.text ?? "")
  ) {
    frame.columns.delete("amount");
    frame.headerTexts.delete("amount");
    cols.add(amount);
    losers.push({
      col: grid.col(amount),
      header: frame.headerCells[amount]?.text ?? "",
      role: null,
      confidence: "medium",
      evidence: [{ kind: "competing", detail: `${frame.headerTexts.get("fee") ?? ""}（本期）` }],
    });
  }
  // "购置金额 | 费率 | 2023年预算数 | 年运维费": where the fee is the base × the rate row by row and the amount is not
  // the fee, the amount belongs to another period or purpose; the line's money is the fee (default 19).
  const other = frame.columns.get("amount");
  if (other !== undefined && !fixed.has(other) && feeTiesOut(grid, frame) && !amountIsFee(grid, frame)) {
    frame.columns.delete("amount");
    frame.headerTexts.delete("amount");
    cols.add(other);
    losers.push({
      col: grid.col(other),
      header: frame.headerCells[other]?.text ?? "",
      role: null,
      confidence: "medium",
      evidence: [{ kind: "competing", detail: `${frame.headerTexts.get("fee") ?? ""}=基数×费率` }],
    });
  }
  for (const loser of earlierPeriodColumns(grid, frame, fixed, cols)) {
    cols.add(loser.local);
    losers.push(loser.info);
  }
  return { losers, cols };
}

const YEAR = /(20\d{2})\s*年/;

/**
 * "2024年实际 | 2025年预算" under a 2025 title: a money column headed with an earlier year than the line's money (its
 * header's year, or the title's) is another period's figure — kept in the reading as a competitor, never money.
 */
function earlierPeriodColumns(
  grid: SheetGrid,
  frame: TableFrame,
  fixed: ReadonlySet<number>,
  taken: ReadonlySet<number>,
): { local: number; info: ColumnInfo }[] {
  const money = frame.columns.get("amount") ?? frame.columns.get("fee");
  if (money === undefined) return [];
  const year = Number(YEAR.exec(frame.headerCells[money]?.text ?? "")?.[1] ?? YEAR.exec(frame.title)?.[1] ?? NaN);
  if (!Number.isFinite(year)) return [];
  const placed = new Set(frame.columns.values());
  return frame.headerCells
    .filter(
      (h) =>
        !placed.has(h.col) && !fixed.has(h.col) && !taken.has(h.col) && Number(YEAR.exec(h.text)?.[1] ?? NaN) < year,
    )
    .map((h) => ({
      local: h.col,
      info: {
        col: grid.col(h.col),
        header: h.text,
        role: null,
        confidence: "medium" as const,
        evidence: [{ kind: "competing" as const, detail: `${year}年（本期）` }],
      },
    }));
}

/** The fee column is the base (购置金额 or 原开发费) × the rate in most rows that have all three. */
function feeTiesOut(grid: SheetGrid, frame: TableFrame): boolean {
  const [fee, rate] = [frame.columns.get("fee"), frame.columns.get("rate")];
  const base = frame.columns.get("purchase") ?? frame.columns.get("devCost");
  if (fee === undefined || rate === undefined || base === undefined) return false;
  // Rows with all three figures (not the 合计 under them): a one-line table is judged on its one line.
  const rows = dataRows(grid, frame.bodyStart, frame.bodyEnd, [fee, rate, base]).filter((r) =>
    [fee, rate, base].every((k) => numberAt(grid, r, k) !== null),
  );
  return baseTimesRate(grid, rows, base, rate, fee) !== null;
}

/** The amount column repeats the fee in most rows where both are given. */
function amountIsFee(grid: SheetGrid, frame: TableFrame): boolean {
  const [fee, amount] = [frame.columns.get("fee")!, frame.columns.get("amount")!];
  const rows = dataRows(grid, frame.bodyStart, frame.bodyEnd, [fee, amount]);
  const fit = agreement(rows, (r) => {
    const [f, a] = [numberAt(grid, r, fee), numberAt(grid, r, amount)];
    return f && a ? close(f, a) : null;
  });
  return !fit || fit.share >= 0.5;
}

const UNIT_FACTORS = [1, 10000, 0.0001];

/** Of several 单价 (or 金额) columns, the one with which 数量 × 单价 = 金额 in the most rows — if that is most rows. */
function byProduct(
  grid: SheetGrid,
  frame: TableFrame,
  candidates: number[],
  role: "unitPrice" | "amount",
): { col: number; why: string } | null {
  const q = frame.columns.get("quantity");
  const other = frame.columns.get(role === "unitPrice" ? "amount" : "unitPrice");
  if (q === undefined || other === undefined) return null;
  let best: { col: number; agree: number; of: number } | null = null;
  for (const c of candidates) {
    // Rows with all three figures: a one-line quotation is judged on its one line.
    const rows = dataRows(grid, frame.bodyStart, frame.bodyEnd, [q, c, other]).filter((r) =>
      [q, c, other].every((k) => numberAt(grid, r, k) !== null),
    );
    const fit = agreement(rows, (r) => {
      const [qq, x, y] = [numberAt(grid, r, q), numberAt(grid, r, c), numberAt(grid, r, other)];
      if (!qq || !x || !y) return null;
      // 单价 in 元 beside 金额 in 万元 (mixed units per column) ties out the same way.
      const [product, total] = role === "unitPrice" ? [qq.times(x), y] : [qq.times(y), x];
      return UNIT_FACTORS.some((f) => close(product, total.times(f)));
    });
    if (!fit) continue;
    const agree = Math.round(fit.share * fit.of);
    if (!best || agree > best.agree) best = { col: c, agree, of: fit.of };
  }
  if (!best || best.agree * 2 <= best.of) return null;
  return { col: best.col, why: `数量×单价=金额 ${best.agree}/${best.of}` };
}

/** Words that put a column in an earlier period (上年预算数, 已批复) or in the one being asked for (本年申请数). */
const EARLIER = /上年|去年|前年|上一年|上年度|往年|上期|已批|已安排|已下达|已执行|原预算|原批复/;
const NOW = /本年|今年|本期|本次|申请|申报|拟安排|建议数|需求数/;

/**
 * Of several amounts, the one for the period asked for now, when the headers say which is which: 上年 / 已批 against
 * 本年 / 申请 words, or years (2025年预算数 beside 2026年申请数: the latest year is the one asked for).
 */
function byPeriod(grid: SheetGrid, frame: TableFrame, candidates: number[]): { col: number; why: string } | null {
  const text = (c: number) => frame.headerCells[c]?.text ?? "";
  const yearOf = (c: number) => Number(/(20\d{2})\s*年?/.exec(text(c))?.[1] ?? NaN);
  const years = candidates.map(yearOf);
  if (years.every((y) => Number.isFinite(y)) && new Set(years).size === years.length) {
    const latest = candidates[years.indexOf(Math.max(...years))];
    return { col: latest, why: `${text(latest)}（最近年度）` };
  }
  const earlier = candidates.filter((c) => EARLIER.test(text(c)));
  if (!earlier.length) {
    const now = candidates.filter((c) => NOW.test(text(c)));
    return now.length === 1 ? { col: now[0], why: `${text(now[0])}（本期）` } : null;
  }
  // 上年预算数 beside 本年申请数 — or beside a plain 金额: the one column not of an earlier period is this budget's.
  const rest = candidates.filter((c) => !EARLIER.test(text(c)));
  const now = rest.filter((c) => NOW.test(text(c)));
  const chosen = now.length === 1 ? now[0] : rest.length === 1 ? rest[0] : null;
  return chosen === null ? null : { col: chosen, why: `${text(chosen)}（本期）` };
}

/**
 * "工作量（人月） | 人月单价 | 数量 | 单价 | 金额": two pairs of count and price, each row filled in one of them. The
 * 人月单价 is not a competitor of the 单价 but the price of the rows billed by effort — when 人月 × 人月单价 = 金额
 * in most rows that fill it.
 */
function personMonthPriceColumn(
  grid: SheetGrid,
  frame: TableFrame,
  fixed: ReadonlySet<number>,
): { col: number; info: ColumnInfo } | null {
  const prices = frame.headerCells.filter((h) => h.role === "unitPrice" && !fixed.has(h.col));
  const effort = frame.columns.get("personMonths");
  const amount = frame.columns.get("amount");
  if (prices.length < 2 || effort === undefined || amount === undefined) return null;
  const candidate = prices.find((h) => EFFORT_UNIT.test(h.text));
  if (!candidate || !prices.some((h) => h !== candidate && !EFFORT_UNIT.test(h.text))) return null;
  const rows = dataRows(grid, frame.bodyStart, frame.bodyEnd, [effort, candidate.col, amount]);
  const fit = agreement(rows, (r) => {
    const [n, p, a] = [numberAt(grid, r, effort), numberAt(grid, r, candidate.col), numberAt(grid, r, amount)];
    return n && p && a ? close(n.times(p), a) : null;
  });
  if (!fit || fit.share <= 0.5) return null;
  const agree = Math.round(fit.share * fit.of);
  return {
    col: candidate.col,
    // Shown beside the 单价 as the price of the effort rows (role null: the table's 单价 role is the other column).
    info: {
      col: grid.col(candidate.col),
      header: candidate.text,
      role: null,
      confidence: "high",
      evidence: [{ kind: "competing", detail: `人月×人月单价=金额 ${agree}/${fit.of}` }],
    },
  };
}
