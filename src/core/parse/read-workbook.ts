import type { WorkbookSnapshot } from "../snapshot/types";
import type { StandardPack } from "../standards/types";
import type { ParsedWorkbook } from "./types";
import { findTables } from "./find-tables";
import { SheetGrid } from "./grid";
import { readTable, type TableRead } from "./read-lines";
import { markSummaries } from "./summary";
import { DEFAULT_SUBTOTAL_WORDS } from "./subtotals";

/** Finds the budget tables of every sheet and reads their lines, subtotals and unreadable cells. */
export function readWorkbook(snapshot: WorkbookSnapshot, pack: StandardPack): ParsedWorkbook {
  const words = pack.categories.subtotal?.length ? pack.categories.subtotal : DEFAULT_SUBTOTAL_WORDS;
  const reads: TableRead[] = [];
  const texts: string[] = [];
  const headings: string[] = [];
  for (const sheet of snapshot.sheets) {
    texts.push(sheet.name);
    headings.push(sheet.name);
    const grid = new SheetGrid(sheet);
    for (const frame of findTables(grid, words)) {
      const read = readTable(grid, frame, reads.length, words);
      reads.push(read);
      const preamble = frame.preamble.map((r) => grid.rowLabel(r));
      texts.push(...preamble, ...read.texts);
      headings.push(...preamble);
    }
  }
  markSummaries(reads, snapshot.sheets.length, pack);
  const detail = reads.filter((r) => r.table.role === "detail");
  return {
    workbookName: snapshot.name,
    tables: reads.map((r) => r.table),
    lines: detail.flatMap((r) => r.lines),
    // A summary's totals restate its own (uncounted) lines, so they are not checked against counted lines.
    subtotals: detail.flatMap((r) => r.subtotals),
    issues: reads.flatMap((r) => r.issues.map((i) => (r.table.role === "summary" ? { ...i, lineId: null } : i))),
    titleText: texts.filter(Boolean).join("\n"),
    headingText: headings.filter(Boolean).join("\n"),
    sheetNames: snapshot.sheets.map((s) => s.name),
  };
}
