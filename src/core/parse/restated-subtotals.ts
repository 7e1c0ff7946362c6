import type { SubtotalRow } from "../model/types";
import { lineMoneyField } from "../money";
import type { TableRead } from "./read-lines";

/**
 * The rows a formula adds up on its own sheet ("=F8", "=F8+F15", "=SUM(F8,F15)"); null for anything else (another
 * sheet, a product, a constant).
 */
function sameSheetRows(formula: string): number[] | null {
  // Only a reference or a sum of references restates: "=ROUND((F8+F15)*6%,2)" is a fee computed from them.
  const bare = formula.replace(/^=/, "").replace(/SUM\(|\)|[\s,+$]/gi, "");
  if (formula.includes("!") || !/^([A-Z]{1,3}\d+)+$/i.test(bare)) return null;
  const rows: number[] = [];
  for (const m of formula.matchAll(/(?<![A-Za-z0-9_$])\$?[A-Z]{1,3}\$?(\d+)(?![\d(A-Za-z_])/g))
    rows.push(Number(m[1]) - 1);
  return rows.length ? rows : null;
}

/**
 * "汇总 一 硬件设备 =F8, 二 软件 =F15 …" under tables stacked on one sheet: a line whose amount only refers to 小计
 * rows of its own sheet restates them (default 16: a row that is a sum is not a line). It is not counted; a total
 * that covered it covers the lines of the subtotals it restates instead, so the 合计 under the block ties out.
 */
export function dropRestatedSubtotals(reads: readonly TableRead[]): void {
  const bySheet = new Map<string, TableRead[]>();
  for (const r of reads) bySheet.set(r.table.sheet, [...(bySheet.get(r.table.sheet) ?? []), r]);
  for (const sheetReads of bySheet.values()) {
    const subtotalAt = new Map<number, SubtotalRow>();
    for (const r of sheetReads) for (const st of r.subtotals) subtotalAt.set(st.row, st);
    if (!subtotalAt.size) continue;
    const replaced = new Map<string, string[]>();
    for (const read of sheetReads) {
      read.lines = read.lines.filter((line) => {
        const formula = lineMoneyField(line)?.formula;
        const rows = formula ? sameSheetRows(formula) : null;
        if (!rows || !rows.every((row) => subtotalAt.has(row) && row !== line.row)) return true;
        replaced.set(
          line.id,
          rows.flatMap((row) => subtotalAt.get(row)!.covers),
        );
        for (const row of read.table.rows ?? [])
          if (row.lineId === line.id) Object.assign(row, { kind: "detail-sheet", why: "restates-subtotal" });
        return false;
      });
    }
    if (!replaced.size) continue;
    for (const r of sheetReads) {
      for (const st of r.subtotals) st.covers = [...new Set(st.covers.flatMap((id) => replaced.get(id) ?? [id]))];
    }
  }
}
