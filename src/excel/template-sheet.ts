import { a1, type BudgetTemplate } from "../core";
import type { ExcelRun } from "./host";
import { isAccessDenied } from "./errors";
import { columnPoints, freeName, structureProtectedError } from "./results-sheet";

/**
 * 新建预算表: writes the template as a new sheet (its name, or "投资估算表 (2)" beside a sheet of that name) in one
 * request — values and live formulas, number formats, the title merged and bold, the header bold, column widths —
 * and shows it. Nothing else in the workbook is touched.
 */
export async function writeTemplateSheet(run: ExcelRun, template: BudgetTemplate): Promise<{ sheet: string }> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const name = freeName(template.sheet.name, new Set(sheets.items.map((ws) => ws.name)));
    const s = template.sheet;
    const rows = s.values.length;
    const cols = template.widths.length;
    const ws = sheets.add(name);
    const all = ws.getRange(`A1:${a1(rows - 1, cols - 1)}`);
    all.formulas = s.values.map((row, r) =>
      Array.from({ length: cols }, (_, c) => s.formulas?.[r]?.[c] || (row[c] ?? "")),
    ) as never;
    all.numberFormat = s.values.map((_, r) =>
      Array.from({ length: cols }, (_, c) => s.numberFormats?.[r]?.[c] ?? "General"),
    );
    for (const m of s.merges) ws.getRange(`${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`).merge(false);
    ws.getRange(`A1:${a1(0, cols - 1)}`).format.font.bold = true;
    // The header row: the first row whose first cell says 序号.
    const header = s.values.findIndex((row) => row[0] === "序号");
    if (header >= 0) ws.getRange(`A${header + 1}:${a1(header, cols - 1)}`).format.font.bold = true;
    template.widths.forEach((w, c) => {
      ws.getRange(`${a1(0, c).replace(/\d+$/, "")}:${a1(0, c).replace(/\d+$/, "")}`).format.columnWidth =
        columnPoints(w);
    });
    ws.activate();
    try {
      await context.sync();
    } catch (err) {
      if (isAccessDenied(err)) throw structureProtectedError(name);
      throw err;
    }
    return { sheet: name };
  });
}
