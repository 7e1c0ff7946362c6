import * as path from "path";
import ExcelJS from "exceljs";
import { readWorkbook } from "../../src/cli/read-xlsx";
import type { WorkbookSnapshot } from "../../src/core/snapshot/types";
import { exceljsSnapshot } from "../support/exceljs-snapshot";
import { tempDir } from "../support/xlsx";
import { mulberry32 } from "../support/rng";

const dir = tempDir();
const root = path.join(__dirname, "../..");

/** Merges in one order, so that two readings that list them differently compare equal. */
function sorted(s: WorkbookSnapshot): WorkbookSnapshot {
  return {
    ...s,
    sheets: s.sheets.map((sh) => ({ ...sh, merges: [...sh.merges].sort((a, b) => a.top - b.top || a.left - b.left) })),
  };
}

async function everyKind(file: string, seed: number, sharedStrings: boolean): Promise<string> {
  const rnd = mulberry32(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
  const wb = new ExcelJS.Workbook();
  for (let s = 0; s < 1 + Math.floor(rnd() * 3); s++) {
    const ws = wb.addWorksheet(`表${s + 1}`, {
      state: pick(["visible", "visible", "hidden", "veryHidden"]) as ExcelJS.WorksheetState,
    });
    const rows = 3 + Math.floor(rnd() * 25);
    const cols = 1 + Math.floor(rnd() * 9);
    for (let r = 1; r <= rows; r++) {
      for (let c = 1; c <= cols; c++) {
        if (rnd() < 0.3) continue;
        const cell = ws.getCell(r, c);
        const kind = Math.floor(rnd() * 12);
        switch (kind) {
          case 0:
            cell.value = Math.round(rnd() * 1e6) / 100;
            break;
          case 1:
            cell.value = pick(["金额", "合计", "服务器", " 单价 ", "1,200", "２.５万", "", "待定"]);
            break;
          case 2:
            cell.value = { richText: [{ text: "富" }, { text: "文本", font: { bold: true } }] };
            break;
          case 3:
            cell.value = new Date(
              Date.UTC(2020 + Math.floor(rnd() * 5), Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 27)),
            );
            break;
          case 4:
            cell.value = rnd() < 0.5;
            break;
          case 5:
            cell.value = { error: "#N/A" } as ExcelJS.CellErrorValue;
            break;
          case 6:
            cell.value = { formula: `A${r}*2`, result: Math.round(rnd() * 1000) };
            break;
          case 7:
            cell.value = { formula: `"x"&A${r}`, result: "x1" };
            break;
          case 8:
            cell.value = { formula: "1/0", result: { error: "#DIV/0!" } as ExcelJS.CellErrorValue };
            break;
          case 9:
            cell.value = 12345.678;
            cell.numFmt = pick(["#,##0.00", "0%", "yyyy-mm-dd", "0.0000", "General"]);
            break;
          case 10:
            cell.style = { ...cell.style, fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } } };
            break; // styled, empty
          default:
            cell.value = Math.floor(rnd() * 100);
            cell.numFmt = "0";
            break;
        }
      }
    }
    if (rnd() < 0.5) {
      // a shared formula down a column, the way Excel and exceljs write filled formulas
      const col = cols + 1;
      const letter = ws.getColumn(col).letter;
      ws.getCell(2, col).value = {
        formula: "A2+1",
        result: 2,
        shareType: "shared",
        ref: `${letter}2:${letter}${rows}`,
      } as ExcelJS.CellFormulaValue;
      for (let r = 3; r <= rows; r++)
        ws.getCell(r, col).value = { sharedFormula: `${letter}2`, result: r + 1 } as ExcelJS.CellSharedFormulaValue;
    }
    if (rnd() < 0.6) ws.mergeCells(1, 1, 1, Math.max(2, cols + Math.floor(rnd() * 3)));
    if (rnd() < 0.4) ws.mergeCells(rows + 1, 1, rows + 2 + Math.floor(rnd() * 2), 2); // beyond the data: new rows
    if (rnd() < 0.3) ws.getRow(rows + 5).height = 30; // a styled row after the data
  }
  await wb.xlsx.writeFile(file, { useSharedStrings: sharedStrings } as ExcelJS.XlsxWriteOptions);
  return file;
}

describe("the streaming reader gives the snapshot exceljs' object model gives", () => {
  it.each(["sample-budget.xlsx", "sample-om-budget.xlsx"])("on %s", async (name) => {
    const file = path.join(root, "assets", name);
    expect(sorted(readWorkbook(file).snapshot)).toEqual(sorted(await exceljsSnapshot(file)));
  });

  it("on 120 generated workbooks with every kind of cell, merges, shared formulas and hidden sheets", async () => {
    for (let seed = 1; seed <= 120; seed++) {
      const file = await everyKind(path.join(dir, `kinds-${seed}.xlsx`), seed, seed % 3 !== 0);
      expect({ seed, snapshot: sorted(readWorkbook(file).snapshot) }).toEqual({
        seed,
        snapshot: sorted(await exceljsSnapshot(file)),
      });
    }
  }, 60000);

  it("on hyperlinks (a cell's text, as Excel shows it)", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("链接");
    ws.getCell("A1").value = { text: "官网", hyperlink: "https://example.org" };
    ws.getCell("B1").value = 5;
    const file = path.join(dir, "link.xlsx");
    await wb.xlsx.writeFile(file);
    expect(readWorkbook(file).snapshot).toEqual(await exceljsSnapshot(file));
  });
});
