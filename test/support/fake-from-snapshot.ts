import type { WorkbookSnapshot } from "../../src/core/snapshot/types";
import { FakeWorkbook } from "./fake-excel";

/** Loads a snapshot (as the parser tests write them) into a fake Excel workbook. */
export function fakeFromSnapshot(snapshot: WorkbookSnapshot, apiVersion = "1.18"): FakeWorkbook {
  const book = new FakeWorkbook(apiVersion);
  for (const s of snapshot.sheets) {
    const sheet = book.addSheet(s.name);
    s.values.forEach((line, r) =>
      line.forEach((v, c) => {
        const formula = s.formulas?.[r]?.[c] ?? null;
        const format = s.numberFormats?.[r]?.[c] ?? null;
        if ((v === null || v === "") && !formula && !format) return;
        const cell = sheet.ensure(s.origin.row + r, s.origin.col + c);
        if (v !== null && v !== "") cell.value = v;
        if (formula) cell.formula = formula;
        if (format) cell.numberFormat = format;
      }),
    );
    sheet.merges = s.merges.map((m) => ({ ...m }));
    if (s.hidden) sheet.visibility = "Hidden";
  }
  return book;
}
