import type { ColumnEvidence, ColumnInfo, ColumnRole, MoneyUnit } from "../model/types";
import { MONEY_ROLES, looksLikeHeader, rolesOfRow } from "./header";
import {
  amountConflict,
  headerCellsOf,
  nameColumnFromContent,
  placeRowTotal,
  placeSplitColumns,
  placeUnplacedColumns,
  productFormulas,
  type HeaderCell,
} from "./column-evidence";
import type { SheetGrid } from "./grid";
import { sectionLevel, subtotalKind } from "./subtotals";
import type { ColumnCorrection } from "../model/corrections";
import { columnLetters } from "../snapshot/address";
import { compact, isBlank } from "./text";
import { unitFromHeader, unitFromTitle } from "./units";
import { resolveCompetingColumns } from "./competing-columns";

/** Where one table sits in a sheet, in local row/column indices of the grid. */
export interface TableFrame {
  headerTop: number;
  /** The last header row (the lower one of a two-row header). */
  headerRow: number;
  bodyStart: number;
  /** Exclusive: the first row of the next table's title rows, or the end of the sheet. */
  bodyEnd: number;
  /** Rows above the header that belong to this table: titles, 编制单位 and 单位 lines. */
  preamble: number[];
  columns: Map<ColumnRole, number>;
  /** The header text over each role's column (both rows of a two-row header). */
  headerTexts: Map<ColumnRole, string>;
  title: string;
  unit: MoneyUnit;
  /** False when nothing on the sheet states the unit (元 is then only the default). */
  unitStated: boolean;
  columnUnits: Partial<Record<ColumnRole, MoneyUnit>>;
  /** Every header cell, with the role its words name (a second 金额 included). */
  headerCells: HeaderCell[];
  /** Each column's role and evidence, filled once the body rows are known. */
  columnInfo: ColumnInfo[];
  /** A 人月单价 column beside the 单价: the price of the rows billed by effort (competing-columns.ts). */
  personMonthPrice?: number;
}

/** Title rows of a later table: at most this many text rows right above its header. */
const MAX_TITLE_ROWS = 3;
const META_LINE = /^(编制单位|填报单位|申报单位|建设单位|单位|金额单位|日期|编制日期|填报日期|制表)\s*[:：]/;

function hasNumber(grid: SheetGrid, r: number): boolean {
  for (let c = 0; c < grid.colCount; c++) if (typeof grid.raw(r, c) === "number") return true;
  return false;
}

/** Headers found top-down; a header row directly followed by a text-only row naming columns is a two-row header. */
function findHeaders(grid: SheetGrid): { top: number; bottom: number; roles: Map<number, ColumnRole> }[] {
  const headers: { top: number; bottom: number; roles: Map<number, ColumnRole> }[] = [];
  for (let r = 0; r < grid.rowCount; r++) {
    // Header rows hold labels only; skipping rows with numbers keeps the scan cheap on long tables.
    if (grid.isEmptyRow(r) || hasNumber(grid, r)) continue;
    const texts = grid.rowTexts(r);
    const roles = rolesOfRow(texts);
    const unnamed = texts.filter((t, c) => t !== "" && !roles.has(c)).length;
    if (!looksLikeHeader(roles, unnamed)) continue;
    let bottom = r;
    const combined = new Map(roles);
    if (r + 1 < grid.rowCount && !hasNumber(grid, r + 1)) {
      // The lower row's own words only: a cell merged down from the upper row (序号 over two rows) repeats the upper
      // text, and would take a role from a column the lower row names (单价 under 预算金额 beside 报价单价).
      const lower = rolesOfRow(grid.rowTexts(r + 1).map((t, c) => (isBlank(grid.raw(r + 1, c)) ? "" : t)));
      if ((lower.size > 0 && continuesHeader(grid, r, lower, roles)) || namesGroupParts(grid, r)) {
        bottom = r + 1;
        for (const [c, role] of lower) combined.set(c, role);
        // A group header over several columns (运维费用测算 over 计算基数 | 费率 | 年运维费) names the group, not each
        // column: where the lower row names columns of the group, the group's word gives the others no role.
        for (const c of [...combined.keys()]) {
          if (lower.has(c) || !grid.inMergeAcross(r, c)) continue;
          const span = groupSpan(grid, r, c);
          if (span.some((k) => lower.has(k))) combined.delete(c);
        }
      }
    }
    headers.push({ top: r, bottom, roles: combined });
    r = bottom;
  }
  return headers;
}

/**
 * "分年度投资" merged over two columns, "2025年（元） | 2026年（元）" under it, every other header cell merged down: a
 * lower row whose only words stand under a group header of the upper row names the group's parts — it is the
 * header's second row even though none of its words names a role.
 */
function namesGroupParts(grid: SheetGrid, upperRow: number): boolean {
  const lower = upperRow + 1;
  let words = 0;
  for (let c = 0; c < grid.colCount; c++) {
    if (isBlank(grid.raw(lower, c))) continue;
    if (!grid.inMergeAcross(upperRow, c) || grid.inMergeAcross(lower, c)) return false;
    words++;
  }
  return words > 0;
}

/**
 * A text row under a header is its second row only when it refines it: no section marker ("一 硬件及软件购置费" is the
 * first heading of the body), and no column whose upper cell already names another role unless that cell groups
 * several columns (金额 over 单价 | 合价).
 */
function continuesHeader(
  grid: SheetGrid,
  upperRow: number,
  lower: Map<number, ColumnRole>,
  upper: Map<number, ColumnRole>,
): boolean {
  const first = grid.firstText(upperRow + 1);
  if (sectionLevel(first, true) !== null || /^\d+$/.test(first)) return false;
  for (const [c, role] of lower) {
    const above = upper.get(c);
    if (above && above !== role && !grid.inMergeAcross(upperRow, c)) return false;
  }
  return true;
}

function titleRowsAbove(grid: SheetGrid, headerTop: number, floor: number, words: readonly string[]): number[] {
  const rows: number[] = [];
  for (let r = headerTop - 1; r >= floor && rows.length < MAX_TITLE_ROWS; r--) {
    if (grid.isEmptyRow(r)) continue;
    if (hasNumber(grid, r) || subtotalKind(grid.firstText(r), words)) break;
    rows.unshift(r);
  }
  return rows;
}

/** Finds every table of a sheet: its header, columns, title rows, unit and body rows. */
export function findTables(
  grid: SheetGrid,
  subtotalWords: readonly string[],
  corrections: readonly ColumnCorrection[] = [],
): TableFrame[] {
  const headers = findHeaders(grid);
  const frames: TableFrame[] = [];
  let inheritedUnit: MoneyUnit | null = null;
  headers.forEach((h, i) => {
    const floor = i === 0 ? 0 : headers[i - 1].bottom + 1;
    const preamble =
      i === 0
        ? Array.from({ length: h.top }, (_, r) => r).filter((r) => !grid.isEmptyRow(r))
        : titleRowsAbove(grid, h.top, floor, subtotalWords);
    if (i > 0) frames[i - 1].bodyEnd = preamble.length ? preamble[0] : h.top;

    const columns = new Map<ColumnRole, number>();
    const headerTexts = new Map<ColumnRole, string>();
    for (const [c, role] of [...h.roles].sort((a, b) => a[0] - b[0])) {
      if (columns.has(role)) continue;
      columns.set(role, c);
      const texts = new Set<string>();
      for (let r = h.top; r <= h.bottom; r++) if (grid.text(r, c)) texts.add(grid.text(r, c));
      headerTexts.set(role, [...texts].join(" "));
    }
    // "数量 | 单价 | 金额 | 维护费率 | 年维护费": beside a fee and its rate, 金额 is what the fee is a rate of (the
    // purchase amount), and the line's money is the fee.
    const amountCol = columns.get("amount");
    if (amountCol !== undefined && columns.has("fee") && columns.has("rate") && !columns.has("purchase")) {
      columns.delete("amount");
      columns.set("purchase", amountCol);
      headerTexts.set("purchase", headerTexts.get("amount") ?? "");
      headerTexts.delete("amount");
    }
    // "数量 | 原值单价 | 维护费率 | 年维护费": beside a fee and its rate, with no purchase amount, the unit price is the
    // per-unit purchase value the fee is a rate of.
    const priceCol = columns.get("unitPrice");
    if (
      priceCol !== undefined &&
      columns.has("fee") &&
      columns.has("rate") &&
      !columns.has("purchase") &&
      !columns.has("amount")
    ) {
      columns.delete("unitPrice");
      columns.set("purchase", priceCol);
      headerTexts.set("purchase", headerTexts.get("unitPrice") ?? "");
      headerTexts.delete("unitPrice");
    }
    // "工作量（人月） | 人月单价 | 开发费用": with no fee or rate for it to be the base of, a 开发费 column is what this
    // budget spends on development — the line's amount, not an original development cost.
    const devCol = columns.get("devCost");
    if (devCol !== undefined && !columns.has("amount") && !columns.has("fee") && !columns.has("rate")) {
      columns.delete("devCost");
      columns.set("amount", devCol);
      headerTexts.set("amount", headerTexts.get("devCost") ?? "");
      headerTexts.delete("devCost");
    }
    const columnUnits: Partial<Record<ColumnRole, MoneyUnit>> = {};
    for (const role of MONEY_ROLES) {
      const u = unitFromHeader(headerTexts.get(role) ?? "");
      if (columns.has(role) && u) columnUnits[role] = u;
    }

    const labels = preamble.map((r) => grid.rowLabel(r));
    let titleUnit: MoneyUnit | null = null;
    for (let k = labels.length - 1; k >= 0 && !titleUnit; k--) titleUnit = unitFromTitle(labels[k]);
    if (titleUnit) inheritedUnit = titleUnit;
    const stated =
      titleUnit ?? inheritedUnit ?? columnUnits.amount ?? MONEY_ROLES.map((r) => columnUnits[r]).find(Boolean) ?? null;
    const unit = stated ?? "元";
    const titleIndex = [...labels.keys()].reverse().find((k) => !META_LINE.test(labels[k]));
    const title = titleIndex !== undefined ? labels[titleIndex] : (labels[labels.length - 1] ?? "");

    frames.push({
      headerTop: h.top,
      headerRow: h.bottom,
      bodyStart: h.bottom + 1,
      bodyEnd: grid.rowCount,
      preamble,
      columns,
      headerTexts,
      title,
      unit,
      unitStated: stated !== null,
      columnUnits,
      headerCells: headerCellsOf(grid, h.top, h.bottom),
      columnInfo: [],
    });
  });
  const mine = corrections.filter((c) => c.sheet === grid.name);
  for (const frame of frames) placeColumns(grid, frame, mine);
  return frames;
}

/**
 * With the body rows known: the name column from content when no header names it, the numeric columns the
 * header words left unplaced by arithmetic, and every column's evidence.
 */
function placeColumns(grid: SheetGrid, frame: TableFrame, corrections: readonly ColumnCorrection[]): void {
  preferNamingColumn(grid, frame);
  const corrected = applyColumnCorrections(grid, frame, corrections);
  const competing = resolveCompetingColumns(grid, frame, corrected);
  // 不含税金额 + 税额 = 价税合计: a competitor that is one of the parts is a part.
  const split = corrected.size
    ? []
    : placeSplitColumns(
        grid,
        frame.bodyStart,
        frame.bodyEnd,
        frame.headerCells.filter((h) => !corrected.has(h.col)),
        frame.columns,
      );
  const splitCols = new Set(split.map((i) => i.col));
  competing.losers = competing.losers.filter((l) => !splitCols.has(l.col));
  const settled = new Set([
    ...corrected,
    ...competing.cols,
    ...split.map((i) => frame.headerCells.find((h) => grid.col(h.col) === i.col)!.col),
  ]);
  const fromHeader = new Map(frame.columns);
  const numericCols = [...frame.columns.entries()]
    .filter(([role]) => role !== "seq" && role !== "name")
    .map(([, c]) => c);
  let nameEvidence: ColumnEvidence | null = null;
  if (!frame.columns.has("name")) {
    const placed = new Set(frame.columns.values());
    const found = nameColumnFromContent(grid, frame.bodyStart, frame.bodyEnd, placed, numericCols);
    if (found) {
      frame.columns.set("name", found.col);
      nameEvidence = found.evidence;
      frame.headerTexts.set("name", frame.headerCells[found.col]?.text ?? "");
    }
  }
  const matrix = corrected.size
    ? []
    : placeRowTotal(grid, frame.bodyStart, frame.bodyEnd, frame.headerCells, frame.columns);
  const inMatrix = new Set(matrix.map((m) => m.col));
  const extra = [
    ...matrix,
    ...placeUnplacedColumns(
      grid,
      frame.bodyStart,
      frame.bodyEnd,
      frame.headerCells.filter((h) => !settled.has(h.col) && !inMatrix.has(grid.col(h.col))),
      frame.columns,
    ),
    ...competing.losers,
    ...split,
  ];
  for (const info of extra) if (info.role) frame.headerTexts.set(info.role, info.header);
  const info: ColumnInfo[] = [];
  for (const [role, c] of frame.columns) {
    const placedBy = extra.find((e) => e.role === role);
    if (placedBy) {
      info.push(placedBy);
      continue;
    }
    const header = frame.headerCells[c]?.text ?? "";
    if (corrected.has(c)) {
      info.push({
        col: grid.col(c),
        header,
        role,
        confidence: "high",
        evidence: [{ kind: "override", detail: header }],
      });
      continue;
    }
    const byHeader = fromHeader.get(role) === c;
    info.push({
      col: grid.col(c),
      header,
      role,
      confidence: byHeader ? "high" : "medium",
      evidence: [byHeader ? { kind: "header", detail: header } : (nameEvidence ?? { kind: "content", detail: "" })],
    });
  }
  info.push(...extra.filter((e) => !e.role));
  // The amount's own formulas (=E3*F3) confirm what its header says.
  const amountCol = frame.columns.get("amount");
  const amountInfoByHeader = info.find((i) => i.role === "amount" && i.evidence[0]?.kind === "header");
  if (amountCol !== undefined && amountInfoByHeader) {
    const rows = Array.from({ length: frame.bodyEnd - frame.bodyStart }, (_, k) => frame.bodyStart + k).filter((r) =>
      grid.formula(r, amountCol),
    );
    const byFormula = productFormulas(grid, rows, amountCol, frame.columns);
    if (byFormula) amountInfoByHeader.evidence.push(byFormula);
  }
  const conflict = corrected.size ? null : amountConflict(grid, frame.bodyStart, frame.bodyEnd, frame.columns);
  const amountInfo = conflict ? info.find((i) => i.role === "amount") : undefined;
  if (conflict && amountInfo) {
    amountInfo.confidence = "low";
    amountInfo.evidence.push({ kind: "conflict", detail: `${conflict.agree}/${conflict.of}` });
  }
  for (const c of corrected) {
    if (![...frame.columns.values()].includes(c)) {
      info.push({
        col: grid.col(c),
        header: frame.headerCells[c]?.text ?? "",
        role: null,
        confidence: "high",
        evidence: [{ kind: "override", detail: "" }],
      });
    }
  }
  frame.columnInfo = info.sort((a, b) => a.col - b.col);
}

/** Header words that name the thing a line is (运维对象, 设备名称), ahead of words for what is done to it (运维内容). */
const NAMING = /名称|对象|品名|标的|项目$|科目/;

/**
 * "运维对象 | 运维内容": both header words name the line; the one naming the thing is the name, wherever it stands,
 * and the other is read as the line's other text.
 */
function preferNamingColumn(grid: SheetGrid, frame: TableFrame): void {
  // "经济分类科目" holding 31002, 30227: a column of codes names nothing, whatever its header says.
  const all = frame.headerCells.filter((h) => h.role === "name");
  if (all.length < 2) return;
  const candidates = all.filter((h) => !holdsCodes(grid, frame, h.col));
  const current = frame.columns.get("name")!;
  const currentIsCodes = holdsCodes(grid, frame, current);
  const best = candidates.find((h) => NAMING.test(h.text)) ?? (currentIsCodes ? candidates[0] : undefined);
  if (best && current !== best.col && (currentIsCodes || !NAMING.test(frame.headerCells[current]?.text ?? ""))) {
    frame.columns.set("name", best.col);
    frame.headerTexts.set("name", best.text);
  }
}

/** Most filled body cells of column `c` are bare numbers or codes (31002, 2101-01), not words. */
function holdsCodes(grid: SheetGrid, frame: TableFrame, c: number): boolean {
  let codes = 0;
  let filled = 0;
  for (let r = frame.bodyStart; r < frame.bodyEnd && filled < 50; r++) {
    const t = grid.text(r, c);
    if (!t) continue;
    filled++;
    if (/^[\d.\-\s]+$/.test(t)) codes++;
  }
  return filled > 0 && codes * 2 > filled;
}

/**
 * The user's say on column roles, by header text (or letter): the role moves to that column, and a column set
 * to no role is neither read nor reported. Returns the local columns the corrections touched.
 */
function applyColumnCorrections(
  grid: SheetGrid,
  frame: TableFrame,
  corrections: readonly ColumnCorrection[],
): Set<number> {
  const touched = new Set<number>();
  for (const fix of corrections) {
    const cell = frame.headerCells.find((h) =>
      fix.header !== undefined
        ? compact(h.text) === compact(fix.header)
        : columnLetters(grid.col(h.col)) === fix.column?.toUpperCase(),
    );
    if (!cell) continue;
    for (const [role, c] of [...frame.columns]) if (c === cell.col || role === fix.role) frame.columns.delete(role);
    if (fix.role) {
      frame.columns.set(fix.role, cell.col);
      frame.headerTexts.set(fix.role, cell.text);
    }
    touched.add(cell.col);
  }
  return touched;
}

/** The columns of the across-merge that holds (r, c) in a header row: the neighbours showing the same merged text. */
function groupSpan(grid: SheetGrid, r: number, c: number): number[] {
  const text = grid.text(r, c);
  const span = [c];
  for (let k = c - 1; k >= 0 && grid.inMergeAcross(r, k) && grid.text(r, k) === text; k--) span.push(k);
  for (let k = c + 1; k < grid.colCount && grid.inMergeAcross(r, k) && grid.text(r, k) === text; k++) span.push(k);
  return span;
}
