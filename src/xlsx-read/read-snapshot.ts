import type { SheetSnapshot, WorkbookSnapshot } from "../core";
import { XlsxReadError } from "./errors";
import { PartIndex, type PartSource } from "./parts";
import { readSharedStrings } from "./shared-strings";
import { NO_STYLES, readStyles } from "./styles";
import { readWorkbookInfo } from "./workbook";
import { readWorksheet, type SheetLimits } from "./worksheet";

export interface PackageRead {
  snapshot: WorkbookSnapshot;
  /** Defined names of the workbook (the annotated-copy mark is one). */
  definedNames: string[];
  /** Sheets listed by the workbook that are not worksheets (chart sheets…), by name: not audited. */
  otherSheets: string[];
}

/**
 * The snapshot of a workbook package: values (cached results for formulas), formulas, number formats, merges,
 * hidden state and sheet names — nothing more is read. Works on any SpreadsheetML writer's package: parts found
 * through relationships, prefixed or Strict markup, inline or shared strings. A part that cannot be read is an
 * XlsxReadError naming it; a worksheet the workbook lists whose part is missing is read as an empty sheet.
 */
export function readPackage(source: PartSource, name: string, limits: SheetLimits): PackageRead {
  const index = new PartIndex(source);
  const info = readWorkbookInfo(index);
  if (!info)
    throw new XlsxReadError(
      "not-xlsx",
      null,
      "不是 Excel 工作簿（包中没有工作簿部件 xl/workbook.xml）",
      "not an Excel workbook (the package has no workbook part, xl/workbook.xml)",
    );
  const strings = info.sharedStrings ? readSharedStrings(info.sharedStrings, source.read(info.sharedStrings)) : [];
  const styles = info.styles ? readStyles(info.styles, source.read(info.styles)) : NO_STYLES;
  const sheets: SheetSnapshot[] = [];
  const otherSheets: string[] = [];
  for (const entry of info.sheets) {
    if (entry.kind !== "worksheet") {
      otherSheets.push(entry.name);
      continue;
    }
    const ctx = { name: entry.name, hidden: entry.hidden, strings, styles, date1904: info.date1904, limits };
    if (!entry.part) {
      sheets.push({
        name: entry.name,
        origin: { row: 0, col: 0 },
        values: [],
        formulas: [],
        numberFormats: [],
        merges: [],
        hidden: entry.hidden,
      });
      continue;
    }
    sheets.push(readWorksheet(entry.part, source.read(entry.part), ctx));
  }
  return { snapshot: { name, sheets }, definedNames: info.definedNames, otherSheets };
}
