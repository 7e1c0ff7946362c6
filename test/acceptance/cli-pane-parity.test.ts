import * as path from "path";
import ExcelJS from "exceljs";
import { audit } from "../../src/core/engine";
import { readWorkbook } from "../../src/cli/read-xlsx";
import { createOfficeBridge } from "../../src/excel/office-bridge";
import type { WorkbookSnapshot } from "../../src/core/snapshot/types";
import { fakeFromSnapshot } from "../support/fake-from-snapshot";
import { yangpu } from "../support/pack";
import { tempDir } from "../support/xlsx";
import { corpus } from "../corpus/index";
import { corpus2 } from "../corpus2/index";

/**
 * One workbook, one audit (issue 8): every corpus workbook — hidden sheets, merges, formulas with their values —
 * written to a real .xlsx and read by the CLI, and loaded into the fake Excel host and read by the pane's adapter,
 * gives the same findings. (A formula saved without its value is left out: Excel computes it, a file cannot.)
 */
const pack = yangpu();
const dir = tempDir();

async function toXlsx(snapshot: WorkbookSnapshot, file: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const s of snapshot.sheets) {
    const ws = wb.addWorksheet(s.name, { state: s.hidden ? "hidden" : "visible" });
    s.values.forEach((row, r) => row.forEach((v, c) => {
      const formula = s.formulas?.[r]?.[c];
      const at = ws.getCell(s.origin.row + r + 1, s.origin.col + c + 1);
      if (formula) at.value = { formula: formula.replace(/^=/, ""), result: (v ?? undefined) as never };
      else if (v !== null && v !== "") at.value = v as ExcelJS.CellValue;
      const fmt = s.numberFormats?.[r]?.[c];
      if (fmt) at.numFmt = fmt;
    }));
    for (const m of s.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  }
  await wb.xlsx.writeFile(file);
  return file;
}

const cached = [...corpus, ...corpus2].filter((e) => {
  const snap = e.build();
  return snap.sheets.every((s) => s.values.every((row, r) => row.every((v, c) => !(s.formulas?.[r]?.[c] && (v === null || v === "")))));
});

const key = (snapshot: WorkbookSnapshot) =>
  audit(snapshot, pack).findings.map((f) => `${f.rule}|${f.severity}|${f.sheet}|${f.cell}|${f.message}`);

describe("the CLI and the pane give the same findings on the same workbook", () => {
  it("covers most of the corpora", () => expect(cached.length).toBeGreaterThan(100));
  it.each(cached.map((e) => [e.name, e] as const))("%s", async (name, entry) => {
    const snapshot = entry.build();
    const file = await toXlsx(snapshot, path.join(dir, name));
    const cli = (await readWorkbook(file)).snapshot;
    const book = fakeFromSnapshot(snapshot);
    const pane = await createOfficeBridge({ run: book.run as never, isSetSupported: book.isSetSupported }).readWorkbook();
    expect(key(pane)).toEqual(key(cli));
  });
});
