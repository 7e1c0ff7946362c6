import type { WorkbookSnapshot } from "../snapshot/types";
import type { StandardPack } from "../standards/types";
import type { ParsedWorkbook } from "./types";

/** Finds the budget tables of every sheet and reads their lines, subtotals and unreadable cells. */
export function readWorkbook(snapshot: WorkbookSnapshot, _pack: StandardPack): ParsedWorkbook {
  return {
    workbookName: snapshot.name,
    tables: [],
    lines: [],
    subtotals: [],
    issues: [],
    titleText: "",
    sheetNames: snapshot.sheets.map((s) => s.name),
  };
}
