import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import type { Finding } from "../core/model/finding";
import { planFlags } from "../core/plan/flags";
import { addReviewSheets, type AnnotateReport } from "./write-review-sheet";

const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;

/** Where the annotated copy of `file` goes: DIR/<name>.审核.xlsx — never the original. */
export function annotatedPath(file: string, dir: string): string {
  return path.join(dir, `${path.basename(file, path.extname(file))}.审核.xlsx`);
}

/**
 * Writes an annotated copy: each flagged cell filled by severity with a note giving the reasons and clauses, a
 * 审核意见表 sheet with the verdict (when `report.review` is given) and a 审核结果 sheet listing every finding (those
 * without a cell too). The workbook object is the one read from the
 * original file; only the copy on disk receives the changes.
 */
export async function writeAnnotatedCopy(
  wb: ExcelJS.Workbook,
  findings: readonly Finding[],
  file: string,
  dir: string,
  report: AnnotateReport = {},
): Promise<string> {
  for (const flag of planFlags(findings, report.lang ?? "zh-CN")) {
    const ws = wb.getWorksheet(flag.sheet);
    if (!ws) continue;
    const cell = ws.getCell(flag.row + 1, flag.col + 1);
    // Cells share style objects after a read: assign a copy so one fill does not recolour its neighbours.
    cell.style = { ...cell.style, fill: { type: "pattern", pattern: "solid", fgColor: { argb: argb(flag.fill) } } };
    cell.note = flag.note;
  }
  addReviewSheets(wb, findings, report);
  fs.mkdirSync(dir, { recursive: true });
  const out = annotatedPath(file, dir);
  if (path.resolve(out) === path.resolve(file)) throw new Error(`标注副本不能覆盖原文件：${file}`);
  await wb.xlsx.writeFile(out);
  return out;
}
