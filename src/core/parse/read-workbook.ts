import Decimal from "decimal.js";
import type { WorkbookSnapshot } from "../snapshot/types";
import type { BudgetLine, ProfileOverrides } from "../model/types";
import { lineMoney } from "../money";
import type { StandardPack } from "../standards/types";
import type { ParsedWorkbook } from "./types";
import { findTables } from "./find-tables";
import { SheetGrid } from "./grid";
import { readTable, type TableRead } from "./read-lines";
import { markSummaries } from "./summary";
import { DEFAULT_SUBTOTAL_WORDS } from "./subtotals";

/** Finds the budget tables of every sheet and reads their lines, subtotals and unreadable cells. */
export function readWorkbook(snapshot: WorkbookSnapshot, pack: StandardPack, overrides: ProfileOverrides = {}): ParsedWorkbook {
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
  for (const sheet of sheets) {
    texts.push(sheet.name);
    headings.push(sheet.name);
    const grid = new SheetGrid(sheet);
    for (const frame of findTables(grid, words, overrides.corrections?.columns)) {
      const read = readTable(grid, frame, reads.length, words);
      reads.push(read);
      const preamble = frame.preamble.map((r) => grid.rowLabel(r));
      // Loops, not push(...rows): a sheet may have more rows than a call can take arguments.
      for (const t of preamble) {
        texts.push(t);
        headings.push(t);
      }
      for (const t of read.texts) texts.push(t);
    }
  }
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
    issues: reads.flatMap((r) => r.issues.map((i) => (i.lineId && r.standing?.has(i.lineId) ? { ...i, lineId: null } : i))),
    titleText: texts.filter(Boolean).join("\n"),
    headingText: headings.filter(Boolean).join("\n"),
    sheetNames: sheets.map((s) => s.name),
    skippedSheets,
  };
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
    const above: BudgetLine[] = [];
    for (const read of reads) {
      for (const st of read.subtotals) {
        if (st.kind === "小计" || !st.amount) continue;
        const own = read.lines.filter((l) => st.covers.includes(l.id));
        if (sumOf(own).equals(st.amount.value)) continue;
        const all = [...above, ...read.lines.filter((l) => l.row < st.row)];
        if (above.length && sumOf(all).equals(st.amount.value)) st.covers = all.map((l) => l.id);
      }
      for (const l of read.lines) above.push(l);
    }
  }
}
