import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import type { Finding, Severity } from "../core/model/finding";
import { planFlags } from "../core/plan/flags";

const SEVERITY_ZH: Record<Severity, string> = { error: "错误", warning: "警告", info: "提示" };
const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;

/** Where the annotated copy of `file` goes: DIR/<name>.审核.xlsx — never the original. */
export function annotatedPath(file: string, dir: string): string {
  return path.join(dir, `${path.basename(file, path.extname(file))}.审核.xlsx`);
}

/**
 * Writes an annotated copy: each flagged cell filled by severity with a note giving the reasons and clauses, and a
 * 审核结果 sheet listing every finding (those without a cell too). The workbook object is the one read from the
 * original file; only the copy on disk receives the changes.
 */
export async function writeAnnotatedCopy(wb: ExcelJS.Workbook, findings: readonly Finding[], file: string, dir: string): Promise<string> {
  for (const flag of planFlags(findings, "zh-CN")) {
    const ws = wb.getWorksheet(flag.sheet);
    if (!ws) continue;
    const cell = ws.getCell(flag.row + 1, flag.col + 1);
    // Cells share style objects after a read: assign a copy so one fill does not recolour its neighbours.
    cell.style = { ...cell.style, fill: { type: "pattern", pattern: "solid", fgColor: { argb: argb(flag.fill) } } };
    cell.note = flag.note;
  }
  let name = "审核结果";
  for (let i = 2; wb.getWorksheet(name); i++) name = `审核结果${i}`;
  const sheet = wb.addWorksheet(name);
  sheet.columns = [
    { header: "序号", width: 6 }, { header: "严重程度", width: 10 }, { header: "规则", width: 28 },
    { header: "工作表", width: 14 }, { header: "单元格", width: 9 }, { header: "说明", width: 70 },
    { header: "实际值", width: 14 }, { header: "限额", width: 14 }, { header: "依据", width: 44 },
  ];
  sheet.getRow(1).font = { bold: true };
  findings.forEach((f, i) => {
    const row = sheet.addRow([i + 1, SEVERITY_ZH[f.severity], f.rule, f.sheet ?? "", f.cell ?? "", f.message, f.actual ?? "", f.limit ?? "", f.citation]);
    if (f.sheet && f.cell) {
      const quoted = `'${f.sheet.replace(/'/g, "''")}'!${f.cell}`;
      row.getCell(5).value = { text: f.cell, hyperlink: `#${quoted}` };
    }
  });
  fs.mkdirSync(dir, { recursive: true });
  const out = annotatedPath(file, dir);
  if (path.resolve(out) === path.resolve(file)) throw new Error(`标注副本不能覆盖原文件：${file}`);
  await wb.xlsx.writeFile(out);
  return out;
}
