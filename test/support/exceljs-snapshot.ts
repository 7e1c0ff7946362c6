import * as path from "path";
import ExcelJS from "exceljs";
import type { CellValue, MergedRange, SheetSnapshot, WorkbookSnapshot } from "../../src/core/snapshot/types";

/**
 * An independent reading to compare the streaming reader with: exceljs' own object model of a file
 * (wb.xlsx.readFile), turned into a snapshot the way the checker read files before, then cut to the cells that hold
 * something — exceljs also counts styled empty rows and cells, and keeps merges beyond the content, which the
 * streaming reader leaves out by design.
 */
export async function exceljsSnapshot(file: string): Promise<WorkbookSnapshot> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return { name: path.basename(file), sheets: wb.worksheets.map(sheetOf) };
}

function plain(value: ExcelJS.CellValue): CellValue {
  // Empty text is an empty cell in the snapshot contract (core/snapshot/host-cell.ts): Office.js cannot tell them apart.
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("formula" in value || "sharedFormula" in value) {
      const result = (value as ExcelJS.CellFormulaValue).result;
      if (result && typeof result === "object" && "error" in result) return String(result.error);
      return plain(result as ExcelJS.CellValue);
    }
    if ("error" in value) return String(value.error);
    if ("text" in value) return String(value.text);
  }
  return String(value);
}

function sheetOf(ws: ExcelJS.Worksheet): SheetSnapshot {
  const cells: { r: number; c: number; v: CellValue; f: string | null; n: string | null }[] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) =>
    row.eachCell((cell, c) => {
      if (cell.isMerged && cell.master.address !== cell.address) return;
      const v = plain(cell.value);
      const f = cell.formula ? `=${cell.formula}` : null;
      if (v === null && f === null) return;
      cells.push({ r, c, v, f, n: cell.numFmt ?? null });
    }),
  );
  const rows = Math.max(0, ...cells.map((x) => x.r));
  const cols = Math.max(0, ...cells.map((x) => x.c));
  const grid = <T>(): T[][] => Array.from({ length: rows }, () => Array.from({ length: cols }, () => null as T));
  const values = grid<CellValue>();
  const formulas = grid<string | null>();
  const numberFormats = grid<string | null>();
  for (const x of cells) {
    values[x.r - 1][x.c - 1] = x.v;
    formulas[x.r - 1][x.c - 1] = x.f;
    numberFormats[x.r - 1][x.c - 1] = x.n;
  }
  const merges: MergedRange[] = [];
  for (const range of (ws.model as { merges?: string[] }).merges ?? []) {
    const [a, b] = range.split(":").map((ref) => ws.getCell(ref));
    const m = {
      top: Number(a.row) - 1,
      left: Number(a.col) - 1,
      bottom: Math.min(Number(b.row), rows) - 1,
      right: Math.min(Number(b.col), cols) - 1,
    };
    // As the snapshot contract settles them (core/snapshot/normalise.ts): a merge with nothing in its top-left cell
    // carries nothing over its area, and is left out.
    const anchored = values[m.top]?.[m.left] !== null && values[m.top]?.[m.left] !== undefined;
    if (m.top < rows && m.left < cols && (m.bottom > m.top || m.right > m.left) && anchored) merges.push(m);
  }
  return {
    name: ws.name,
    origin: { row: 0, col: 0 },
    values,
    formulas,
    numberFormats,
    merges,
    hidden: ws.state !== "visible",
  };
}
