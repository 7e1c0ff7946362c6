import type { PartSource } from "../../src/xlsx-read/parts";

const NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A package as a PartSource from part texts (what a zip would hold), for the reader's unit tests. */
export function partSource(parts: Record<string, string | Uint8Array>): PartSource {
  const bytes = new Map(Object.entries(parts).map(([k, v]) => [k, typeof v === "string" ? Buffer.from(v, "utf8") : v]));
  return { names: () => [...bytes.keys()], read: (name) => bytes.get(name)! };
}

export interface SheetSpec {
  name: string;
  /** The <sheetData> body and anything after it (mergeCells…). */
  xml: string;
  state?: "hidden" | "veryHidden";
}

/** A minimal package in Excel's own shape: workbook, relationships, optional shared strings and styles. */
export function minimalPackage(
  sheets: SheetSpec[],
  opts: { strings?: string[]; styles?: string; workbookPr?: string } = {},
): Record<string, string> {
  const parts: Record<string, string> = {
    "[Content_Types].xml":
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    "_rels/.rels": `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  };
  const rels = sheets.map(
    (_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  );
  if (opts.strings) rels.push(`<Relationship Id="rS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
  if (opts.styles) rels.push(`<Relationship Id="rT" Type="${REL}/styles" Target="styles.xml"/>`);
  parts["xl/_rels/workbook.xml.rels"] =
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`;
  parts["xl/workbook.xml"] = `<?xml version="1.0"?><workbook ${NS}>${opts.workbookPr ?? ""}<sheets>${sheets
    .map(
      (s, i) =>
        `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="rId${i + 1}"/>`,
    )
    .join("")}</sheets></workbook>`;
  sheets.forEach(
    (s, i) => (parts[`xl/worksheets/sheet${i + 1}.xml`] = `<?xml version="1.0"?><worksheet ${NS}>${s.xml}</worksheet>`),
  );
  if (opts.strings)
    parts["xl/sharedStrings.xml"] =
      `<?xml version="1.0"?><sst ${NS}>${opts.strings.map((t) => `<si><t>${t}</t></si>`).join("")}</sst>`;
  if (opts.styles) parts["xl/styles.xml"] = `<?xml version="1.0"?><styleSheet ${NS}>${opts.styles}</styleSheet>`;
  return parts;
}
