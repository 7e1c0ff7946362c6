import ExcelJS from "exceljs";
import type { WorkbookSnapshot } from "../../src/core/snapshot/types";

/**
 * Writes a snapshot (as the corpus kit builds them) to a real .xlsx with exceljs: values, formulas with their
 * cached results, number formats, merges and hidden sheets, at the snapshot's own coordinates.
 */
export async function snapshotToXlsx(snapshot: WorkbookSnapshot, file: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const s of snapshot.sheets) {
    const ws = wb.addWorksheet(s.name, { state: s.hidden ? "hidden" : "visible" });
    s.values.forEach((row, r) =>
      row.forEach((v, c) => {
        const formula = s.formulas?.[r]?.[c];
        const at = ws.getCell(s.origin.row + r + 1, s.origin.col + c + 1);
        if (formula) at.value = { formula: formula.replace(/^=/, ""), result: (v ?? undefined) as never };
        else if (v !== null && v !== "") at.value = v as ExcelJS.CellValue;
        const fmt = s.numberFormats?.[r]?.[c];
        if (fmt) at.numFmt = fmt;
      }),
    );
    for (const m of s.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  }
  await wb.xlsx.writeFile(file);
  return file;
}

/** Whether every formula of the snapshot carries its cached value (a file can hand over nothing else). */
export function formulasCached(snapshot: WorkbookSnapshot): boolean {
  return snapshot.sheets.every((s) =>
    s.values.every((row, r) => row.every((v, c) => !(s.formulas?.[r]?.[c] && (v === null || v === "")))),
  );
}
