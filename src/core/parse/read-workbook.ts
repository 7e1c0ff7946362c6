import Decimal from "decimal.js";
import type { WorkbookSnapshot } from "../snapshot/types";
import type { BudgetLine, ProfileOverrides } from "../model/types";
import { lineMoney } from "../money";
import type { StandardPack } from "../standards/types";
import type { ParsedWorkbook } from "./types";
import { findTables } from "./find-tables";
import { SheetGrid } from "./grid";
import { readTable, type TableRead } from "./read-lines";
import { markSummaries, referencedSheets } from "./summary";
import { dropRestatedSubtotals } from "./restated-subtotals";
import type { TableFrame } from "./find-tables";
import type { HeaderCell } from "./column-evidence";
import type { ColumnCorrection } from "../model/corrections";
import { columnLetters } from "../snapshot/address";
import type { MoneyUnit } from "../model/types";
import { DEFAULT_SUBTOTAL_WORDS } from "./subtotals";
import { coverFacts, factPhrase } from "./cover-facts";
import { unitStatement } from "./units";
import type { StatedFact } from "../model/types";

/** A cover sheet's first lines, and how long one may be, that are read as what the project calls itself. */
const COVER_LINES = 20;
const COVER_LINE_LENGTH = 60;
/** How far down a cover sheet a "金额单位：万元" line is looked for. */
const COVER_UNIT_ROWS = 60;

/** Finds the budget tables of every sheet and reads their lines, subtotals and unreadable cells. */
export function readWorkbook(
  snapshot: WorkbookSnapshot,
  pack: StandardPack,
  overrides: ProfileOverrides = {},
): ParsedWorkbook {
  const words = pack.categories.subtotal?.length ? pack.categories.subtotal : DEFAULT_SUBTOTAL_WORDS;
  const reads: TableRead[] = [];
  const texts: string[] = [];
  const headings: string[] = [];
  const skippedSheets: string[] = [];
  const sheets = snapshot.sheets.filter((s) => {
    if (!s.hidden || overrides.includeHiddenSheets) return true;
    skippedSheets.push(s.name);
    return false;
  });
  const framed: { grid: SheetGrid; frame: TableFrame; read: TableRead }[] = [];
  /** Units a sheet without a table (a cover) states for the workbook. */
  const coverUnits = new Set<MoneyUnit>();
  const statedFacts: StatedFact[] = [];
  for (const sheet of sheets) {
    texts.push(sheet.name);
    headings.push(sheet.name);
    let sheetUnit: MoneyUnit | null = null;
    const whole = new SheetGrid(sheet);
    const tables = tablesOf(whole, words, overrides.corrections?.columns ?? []);
    // Facts stated outside the tables (a cover sheet, a 申报表, "项目名称：…" above a table); counts also as text,
    // so "坐席数：30" reads as the 30 坐席 the count rules look for.
    const inTable = (r: number) => tables.some(({ frame }) => r >= frame.headerTop && r < frame.bodyEnd);
    for (const fact of coverFacts(whole, inTable)) {
      statedFacts.push(fact);
      texts.push(factPhrase(fact));
    }
    // A cover sheet (no table) names the project in its own lines ("信息化运营购买服务项目 预算书"): they are
    // headings as much as a title row is (domain.md §3 default 14).
    if (!tables.length) {
      for (let r = 0; r < whole.rowCount && r < COVER_UNIT_ROWS; r++) {
        const unit = unitStatement(whole.rowLabel(r));
        if (unit) coverUnits.add(unit);
      }
      let taken = 0;
      for (let r = 0; r < whole.rowCount && taken < COVER_LINES; r++) {
        const label = whole.rowLabel(r);
        if (!label || label.length > COVER_LINE_LENGTH) continue;
        headings.push(label);
        texts.push(label);
        taken++;
      }
    }
    for (const { grid, frame } of tables) {
      // A table beside another states no unit of its own: the sheet's title (over the first) states it for both.
      if (frame.unitStated) sheetUnit ??= frame.unit;
      else if (grid.band && sheetUnit) Object.assign(frame, { unit: sheetUnit, unitStated: true });
      const read = readTable(grid, frame, reads.length, words);
      reads.push(read);
      framed.push({ grid, frame, read });
      const preamble = frame.preamble.map((r) => grid.rowLabel(r));
      // Loops, not push(...rows): a sheet may have more rows than a call can take arguments.
      for (const t of preamble) {
        texts.push(t);
        headings.push(t);
      }
      for (const t of read.texts) texts.push(t);
    }
  }
  for (const unit of unitsFromReferences(framed)) {
    const k = reads.indexOf(unit.entry.read);
    reads[k] = readTable(unit.entry.grid, { ...unit.entry.frame, unit: unit.unit, unitStated: true }, k, words);
    unit.entry.frame.unitStated = true;
  }
  // "金额单位：万元" said once, on a cover sheet: the unit of every table that states none (default 14).
  if (coverUnits.size === 1) {
    const [unit] = coverUnits;
    for (const entry of framed) {
      if (entry.frame.unitStated) continue;
      const k = reads.indexOf(entry.read);
      reads[k] = readTable(entry.grid, { ...entry.frame, unit, unitStated: true }, k, words);
    }
  }
  dropRestatedSubtotals(reads);
  markSummaries(reads, sheets.length, pack);
  const detail = reads.filter((r) => r.table.role === "detail");
  widenSheetTotals(detail);
  return {
    workbookName: snapshot.name,
    tables: reads.map((r) => r.table),
    // A summary's own lines (fees that appear nowhere else) count; its lines that stand for a detail do not.
    lines: reads.flatMap((r) => (r.table.role === "detail" ? r.lines : r.lines.filter((l) => !r.standing?.has(l.id)))),
    outsideLines: detail.flatMap((r) => r.outside),
    // A summary's totals restate its own (uncounted) lines, so they are not checked against counted lines.
    subtotals: detail.flatMap((r) => r.subtotals),
    issues: reads.flatMap((r) =>
      r.issues.map((i) => (i.lineId && r.standing?.has(i.lineId) ? { ...i, lineId: null } : i)),
    ),
    titleText: texts.filter(Boolean).join("\n"),
    headingText: headings.filter(Boolean).join("\n"),
    sheetNames: sheets.map((s) => s.name),
    skippedSheets,
    statedFacts,
  };
}

/**
 * A detail sheet that states no unit takes the unit of the table whose money cells point at it
 * (='设备清单'!G8 in a 万元 summary): the figure is carried over as it is, so it is in the same unit.
 */
function unitsFromReferences(
  framed: { grid: SheetGrid; frame: TableFrame; read: TableRead }[],
): { entry: (typeof framed)[number]; unit: MoneyUnit }[] {
  const out: { entry: (typeof framed)[number]; unit: MoneyUnit }[] = [];
  for (const entry of framed) {
    if (entry.frame.unitStated) continue;
    const sheet = entry.read.table.sheet;
    const referrer = framed.find(
      (o) =>
        o.frame.unitStated &&
        o.read.table.sheet !== sheet &&
        o.frame.unit !== entry.frame.unit &&
        [...o.read.lines, ...o.read.subtotals].some((row) =>
          ["fee" in row ? row.fee : undefined, row.amount].some(
            (f) => f?.formula && referencedSheets(f.formula).includes(sheet),
          ),
        ),
    );
    if (referrer) out.push({ entry, unit: referrer.frame.unit });
  }
  return out;
}

/**
 * Two tables side by side ("工程费用 A–F | 其他费用 H–K" under one title): the first header row names a line and
 * an amount twice, the second set after an empty column. Each table is read as a sheet of its own columns.
 */
function tablesOf(
  grid: SheetGrid,
  words: readonly string[],
  corrections: readonly ColumnCorrection[],
): { grid: SheetGrid; frame: TableFrame }[] {
  const frames = findTables(grid, words, corrections);
  const bands = frames.length ? columnBands(grid, frames[0].headerCells) : [grid];
  // Most sheets are one band: the tables found on the whole sheet are its tables, found once.
  if (bands.length === 1) return frames.map((frame) => ({ grid, frame }));
  // Tables side by side: a unit the sheet states above them ("单位：万元" over either one) is the unit of both.
  const sheetUnit = frames[0].unitStated ? frames[0].unit : null;
  return bands.flatMap((band) =>
    findTables(band, words, corrections).map((frame) => ({
      grid: band,
      frame: !frame.unitStated && sheetUnit ? { ...frame, unit: sheetUnit, unitStated: true } : frame,
    })),
  );
}

function columnBands(grid: SheetGrid, cells: readonly HeaderCell[]): SheetGrid[] {
  for (let gap = 1; gap < cells.length - 2; gap++) {
    if (cells[gap].text !== "") continue;
    const left = cells.slice(0, gap);
    const right = cells.slice(gap + 1);
    const names = (side: HeaderCell[]) => side.some((h) => h.role === "name");
    const totals = (side: HeaderCell[]) => side.some((h) => h.role === "amount" || h.role === "fee");
    if (names(left) && totals(left) && names(right) && totals(right)) {
      const cut = gap + 1;
      return [slice(grid, 0, gap, ""), slice(grid, cut, grid.colCount, `@${columnLetters(grid.col(cut))}`)];
    }
  }
  return [grid];
}

/** The columns [from, to) of a grid's sheet as a sheet of their own (worksheet coordinates kept). */
function slice(grid: SheetGrid, from: number, to: number, band: string): SheetGrid {
  const s = grid.sheet;
  const cut = <T>(rows: (T[] | null | undefined)[] | undefined) => rows?.map((r) => (r ? r.slice(from, to) : []));
  return new SheetGrid(
    {
      ...s,
      origin: { row: s.origin.row, col: s.origin.col + from },
      values: s.values.map((r) => (r ? r.slice(from, to) : [])),
      formulas: cut(s.formulas),
      numberFormats: cut(s.numberFormats),
      merges: s.merges.filter((m) => m.right >= s.origin.col + from && m.left < s.origin.col + to),
    },
    band,
  );
}

function sumOf(lines: readonly BudgetLine[]): Decimal {
  return lines.reduce((acc, l) => acc.plus(lineMoney(l) ?? 0), new Decimal(0));
}

/**
 * "表一 … 小计", "表二 … 小计", then one 合计 under the last table: that 合计 totals every table above it on the
 * sheet, not only the table it happens to sit under. Widened only when the figure says so exactly.
 */
function widenSheetTotals(detail: TableRead[]): void {
  const bySheet = new Map<string, TableRead[]>();
  for (const read of detail) bySheet.set(read.table.sheet, [...(bySheet.get(read.table.sheet) ?? []), read]);
  for (const reads of bySheet.values()) {
    if (reads.length < 2) continue;
    for (const read of reads) {
      for (const st of read.subtotals) {
        if (st.kind === "小计" || !st.amount) continue;
        const own = read.lines.filter((l) => st.covers.includes(l.id));
        if (sumOf(own).equals(st.amount.value)) continue;
        // Every line of the sheet above the total: tables stacked above it, and a table beside it.
        const others = reads.filter((o) => o !== read && o.lines.length && o.lines.every((l) => l.row < st.row));
        if (!others.length) continue;
        const all = [...others.flatMap((o) => o.lines), ...read.lines.filter((l) => l.row < st.row)].sort(
          (a, b) => a.row - b.row,
        );
        if (sumOf(all).equals(st.amount.value)) st.covers = all.map((l) => l.id);
      }
    }
  }
}
