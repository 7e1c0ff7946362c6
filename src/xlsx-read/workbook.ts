import { PartIndex } from "./parts";
import { attr, walkXml } from "./xml";

export interface SheetEntry {
  name: string;
  /** The worksheet part, or null when the sheet is not a worksheet (a chart sheet, a macro sheet) or its part is missing. */
  part: string | null;
  kind: "worksheet" | "chartsheet" | "other";
  hidden: boolean;
}

export interface WorkbookInfo {
  /** The workbook part itself (xl/workbook.xml in most packages). */
  part: string;
  sheets: SheetEntry[];
  date1904: boolean;
  definedNames: string[];
  sharedStrings: string | null;
  styles: string | null;
}

const WORKBOOK_FALLBACK = "xl/workbook.xml";

/**
 * The workbook part and what it lists: sheets in tab order with their parts (through the relationships, so a
 * sheet part may be called anything), the 1904 date system, defined names, and the shared strings and styles parts.
 */
export function readWorkbookInfo(index: PartIndex): WorkbookInfo | null {
  const main = index.relationships("").find((r) => r.type === "officeDocument" && r.target !== null);
  const part = (main && index.find(main.target!)) ?? index.find(WORKBOOK_FALLBACK);
  if (!part) return null;
  const rels = index.relationships(part);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheets: SheetEntry[] = [];
  const definedNames: string[] = [];
  let date1904 = false;
  let root: string | null = null;
  walkXml(part, index.source.read(part), {
    open(name, a) {
      root ??= name;
      if (name === "sheet") {
        const rel = byId.get(attr(a, "id") ?? "");
        const kind =
          rel?.type === "worksheet"
            ? "worksheet"
            : rel?.type === "chartsheet"
              ? "chartsheet"
              : rel
                ? "other"
                : "worksheet";
        const target = rel?.target ? index.find(rel.target) : null;
        const hidden = a.state === "hidden" || a.state === "veryHidden";
        sheets.push({ name: a.name ?? "", part: kind === "worksheet" ? target : null, kind, hidden });
      } else if (name === "workbookPr") {
        date1904 = a.date1904 === "1" || a.date1904 === "true";
      } else if (name === "definedName" && a.name) {
        definedNames.push(a.name);
      }
    },
  });
  // The package's main part is a Word document, a presentation…: not a workbook.
  if (root !== "workbook") return null;
  const target = (type: string) => {
    const r = rels.find((x) => x.type === type && x.target !== null);
    return r ? index.find(r.target!) : null;
  };
  const dir = part.slice(0, part.lastIndexOf("/") + 1);
  return {
    part,
    sheets,
    date1904,
    definedNames,
    // Some writers leave these out of the relationships; the conventional names are then tried.
    sharedStrings: target("sharedStrings") ?? index.find(`${dir}sharedStrings.xml`),
    styles: target("styles") ?? index.find(`${dir}styles.xml`),
  };
}
