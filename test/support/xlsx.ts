import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";

export type XCell =
  string | number | null | { formula: string; result: number | string } | { richText: { text: string }[] };

/** Writes an .xlsx with exceljs: sheets of rows from A1, optional merges ("A1:H1") and number formats. */
export async function writeXlsx(
  file: string,
  sheets: { name: string; rows: XCell[][]; merges?: string[]; formats?: Record<string, string>; hidden?: boolean }[],
): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null) ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue;
      }),
    );
    for (const m of s.merges ?? []) ws.mergeCells(m);
    for (const [a, f] of Object.entries(s.formats ?? {})) ws.getCell(a).numFmt = f;
    if (s.hidden) ws.state = "hidden";
  }
  await wb.xlsx.writeFile(file);
  return file;
}

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "budget-ruler-test-"));
}
