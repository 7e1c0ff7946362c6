import { LocalizedError, type FlagTarget, type ReportSheet } from "../core";
import { PartIndex } from "../xlsx-read/parts";
import { readWorkbookInfo, type SheetEntry } from "../xlsx-read/workbook";
import { type OpenedZip, zipParts } from "./open-package";
import { mergeComments, mergeVml, newComments, newVml, idBlocks, type Note } from "./patch-notes";
import { legacyDrawingEdit, readSheetPart, styleEdits } from "./patch-sheet";
import { DEFAULT_STYLES, StylesEditor } from "./patch-styles";
import { quotedSheet, reportSheetNames, reportSheetXml } from "./report-xml";
import {
  applyEdits,
  childrenOf,
  decodePart,
  type Edit,
  type Element,
  escapeAttr,
  escapeText,
  getAttr,
  rootElement,
} from "./xml-edit";
import { type OutEntry, writeZip } from "./zip";

/** The defined name that marks a workbook as one of our annotated copies (see annotate.ts). */
const MARK_NAME = "_BudgetRuler_AnnotatedCopy";

/** What the copy adds to the workbook. */
export interface CopyContent {
  /** The cells to flag: fill and note. */
  flags: readonly FlagTarget[];
  /** The report sheets, in order, after the workbook's own. */
  sheets: readonly ReportSheet[];
  /** Which of `sheets` the mark points at. */
  markSheet: number;
}

/** The package cannot be patched; `zh` / `en` say where and why, in words. */
export class PatchError extends LocalizedError {
  constructor(zh: string, en: string) {
    super("output-not-written", zh, en);
  }
}

const TYPES = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  comments: "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml",
  vml: "application/vnd.openxmlformats-officedocument.vmlDrawing",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
};

const norm = (name: string) => name.replace(/\\/g, "/").replace(/^\/+/, "");
const dirOf = (name: string) => norm(name).slice(0, norm(name).lastIndexOf("/") + 1);

/** `to` (a part name) relative to the folder `fromDir` ("xl/worksheets/"), as a relationship target. */
function relativeTarget(fromDir: string, to: string): string {
  const from = fromDir.split("/").filter(Boolean);
  const parts = norm(to).split("/");
  let k = 0;
  while (k < from.length && k < parts.length - 1 && from[k] === parts[k]) k++;
  return [...Array(from.length - k).fill(".."), ...parts.slice(k)].join("/");
}

/** A relationships part being added to: the original's text (or a new one) and the relationships to append. */
class Rels {
  private readonly added: string[] = [];
  private readonly ids: Set<string>;
  private next = 1;
  constructor(
    readonly name: string,
    private readonly text: string | null,
  ) {
    this.ids = new Set([...(text ?? "").matchAll(/\bId\s*=\s*["']([^"']*)["']/g)].map((m) => m[1]));
  }
  add(type: string, target: string, external = false): string {
    let id: string;
    do id = `rId${this.next++}`;
    while (this.ids.has(id));
    this.ids.add(id);
    this.added.push(
      `Id="${id}" Type="${escapeAttr(type)}" Target="${escapeAttr(target)}"${external ? ' TargetMode="External"' : ""}`,
    );
    return id;
  }
  get changed(): boolean {
    return this.added.length > 0;
  }
  toString(): string {
    if (this.text === null)
      return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${this.added.map((a) => `<Relationship ${a}/>`).join("")}</Relationships>`;
    const root = rootElement(this.text);
    if (!root) throw new Error("relationships part without its root");
    const p = root.open.qname.slice(0, root.open.qname.length - root.open.local.length);
    const items = this.added.map((a) => `<${p}Relationship ${a}/>`).join("");
    if (root.open.kind === "empty")
      return applyEdits(this.text, [
        [
          root.open.start,
          root.end - root.open.start,
          `<${root.open.qname}${root.open.attrs.replace(/\s*$/, "")}>${items}</${root.open.qname}>`,
        ],
      ]);
    return applyEdits(this.text, [[root.contentEnd, 0, items]]);
  }
}

/**
 * The annotated copy as a zip: the original package with only the parts the flags, notes, report sheets and mark
 * need edited, every other part copied as stored (never inflated, never recompressed). See README, "How the copy is
 * written".
 */
export function patchPackage(zip: OpenedZip, content: CopyContent): Buffer {
  return Buffer.concat(patchPackageChunks(zip, content));
}

/** The annotated copy as the chunks of its zip, to be written one after another (never joined in memory). */
export function patchPackageChunks(zip: OpenedZip, content: CopyContent): Buffer[] {
  const source = zipParts(zip);
  const index = new PartIndex(source);
  const info = readWorkbookInfo(index);
  if (!info) throw new PatchError("找不到工作簿部件", "the workbook part is missing");
  const changed = new Map<string, Buffer>();
  const created: { name: string; data: Buffer }[] = [];
  const taken = new Set(source.names().map((n) => norm(n).toLowerCase()));
  // New parts get the names Excel gives them (some readers look for xl/styles.xml by name).
  const freshName = (dir: string, stem: string, ext: string, bare = false) => {
    for (let k = bare ? 0 : 1; ; k++) {
      const name = `${dir}${stem}${k || ""}${ext}`;
      if (!taken.has(name.toLowerCase())) {
        taken.add(name.toLowerCase());
        return name;
      }
    }
  };
  const decode = (name: string) => decodePart(source.read(name));

  // The workbook: its namespace says the package's flavour (transitional or Strict) for everything added.
  const wbPart = decode(info.part);
  const wbRoot = rootElement(wbPart.text);
  if (!wbRoot || wbRoot.open.kind === "empty")
    throw new PatchError(`工作簿部件 ${info.part} 无法解析`, `the workbook part ${info.part} cannot be parsed`);
  const p = wbRoot.open.qname.slice(0, wbRoot.open.qname.length - wbRoot.open.local.length);
  const main =
    getAttr(wbRoot.open.attrs, p ? `xmlns:${p.slice(0, -1)}` : "xmlns") ??
    "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  const strict = main.includes("purl.oclc.org");
  const rel = strict
    ? "http://purl.oclc.org/ooxml/officeDocument/relationships"
    : "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const wbDir = dirOf(info.part);

  const relsName = (part: string) => `${dirOf(part)}_rels/${norm(part).slice(dirOf(part).length)}.rels`;
  const relsOf = (part: string) => {
    const stored = index.find(relsName(part));
    return new Rels(stored ?? relsName(part), stored ? decode(stored).text : null);
  };
  const storeRels = (r: Rels) => {
    if (!r.changed) return;
    const stored = index.find(r.name);
    if (stored) changed.set(stored, decodePart(source.read(stored)).encode(r.toString()));
    else created.push({ name: r.name, data: Buffer.from(r.toString(), "utf8") });
  };
  const wbRels = relsOf(info.part);
  const overrides: { name: string; type: string }[] = [];

  // Styles: the original's, appended to; a default part where the package has none.
  let stylesName = info.styles;
  const stylesPart = stylesName ? decode(stylesName) : null;
  let styles: StylesEditor;
  try {
    styles = new StylesEditor(stylesPart ? stylesPart.text : DEFAULT_STYLES(main));
  } catch {
    throw new PatchError(`样式部件 ${stylesName} 无法解析`, `the styles part ${stylesName} cannot be parsed`);
  }
  if (!stylesName) {
    stylesName = freshName(wbDir, "styles", ".xml", true);
    wbRels.add(`${rel}/styles`, relativeTarget(wbDir, stylesName));
    overrides.push({ name: stylesName, type: TYPES.styles });
  }

  // Flags and notes, sheet by sheet.
  const bySheet = new Map<string, FlagTarget[]>();
  for (const f of content.flags) {
    const list = bySheet.get(f.sheet);
    if (list) list.push(f);
    else bySheet.set(f.sheet, [f]);
  }
  let freeBlock = 1;
  for (const name of source.names())
    if (/\.vml$/i.test(name)) for (const b of idBlocks(decode(name).text)) freeBlock = Math.max(freeBlock, b + 1);
  for (const [sheetName, flags] of bySheet) {
    const entry = info.sheets.find((s) => s.name === sheetName && s.part);
    if (!entry) continue;
    patchSheet(entry, flags);
  }

  function patchSheet(entry: SheetEntry, flags: FlagTarget[]): void {
    const partName = entry.part!;
    const part = decode(partName);
    const sheet = readSheetPart(part.text);
    const where = (zh: string, en: string) =>
      new PatchError(`工作表“${entry.name}”（${partName}）${zh}`, `sheet "${entry.name}" (${partName}) ${en}`);
    if (!sheet || !sheet.data)
      throw where(
        "的 XML 结构无法识别（找不到单元格数据）",
        "has XML whose structure is not recognised (no cell data found)",
      );
    const fillAt = new Map<string, string>();
    const targets = new Map<number, number[]>();
    for (const f of flags) {
      fillAt.set(`${f.row + 1}:${f.col + 1}`, f.fill.replace("#", "").toUpperCase());
      const cols = targets.get(f.row + 1);
      if (cols) cols.push(f.col + 1);
      else targets.set(f.row + 1, [f.col + 1]);
    }
    for (const cols of targets.values()) cols.sort((a, b) => a - b);
    let edits: Edit[];
    try {
      edits = styleEdits(sheet, targets, (row, col, s) => styles.flagged(s, fillAt.get(`${row}:${col}`)!));
    } catch {
      throw where("的单元格数据结构无法识别", "has cell data whose structure is not recognised");
    }
    const notes: Note[] = flags.map((f) => ({
      row: f.row,
      col: f.col,
      address: f.address.replace(/\$/g, "").toUpperCase(),
      text: f.note,
    }));
    const rels = relsOf(partName);
    const sheetRels = index.relationships(partName);
    const commentsRel = sheetRels.find((r) => r.type === "comments" && r.target && index.find(r.target));
    const vmlRel = sheet.legacyDrawingId
      ? sheetRels.find((r) => r.id === sheet.legacyDrawingId && r.target && index.find(r.target))
      : undefined;
    let shapes = notes;
    if (commentsRel) {
      const stored = index.find(commentsRel.target!)!;
      const comments = decode(stored);
      try {
        const merged = mergeComments(comments.text, notes);
        changed.set(stored, comments.encode(merged.xml));
        shapes = merged.added;
      } catch {
        throw where(`的批注部件 ${stored} 无法解析`, `has a comments part ${stored} that cannot be parsed`);
      }
    } else {
      const name = freshName(wbDir, "comments", ".xml");
      created.push({ name, data: newComments(main, notes) });
      rels.add(`${rel}/comments`, relativeTarget(dirOf(partName), name));
      overrides.push({ name, type: TYPES.comments });
    }
    if (vmlRel) {
      const stored = index.find(vmlRel.target!)!;
      const vml = decode(stored);
      try {
        const merged = mergeVml(vml.text, shapes, freeBlock);
        for (const b of idBlocks(merged)) freeBlock = Math.max(freeBlock, b + 1);
        if (merged !== vml.text) changed.set(stored, vml.encode(merged));
      } catch {
        throw where(`的批注绘图部件 ${stored} 无法解析`, `has a note drawing part ${stored} that cannot be parsed`);
      }
    } else {
      const name = freshName(`${wbDir}drawings/`, "vmlDrawing", ".vml");
      created.push({ name, data: newVml(notes, freeBlock) });
      freeBlock += Math.max(1, Math.ceil(notes.length / 1024));
      const id = rels.add(`${rel}/vmlDrawing`, relativeTarget(dirOf(partName), name));
      overrides.push({ name, type: TYPES.vml });
      const r = sheet.bindsR(rel) ? "r:id" : `xmlns:r="${rel}" r:id`;
      edits.push(legacyDrawingEdit(sheet, `<${sheet.p}legacyDrawing ${r}="${id}"/>`));
    }
    changed.set(partName, part.encode(applyEdits(part.text, edits)));
    storeRels(rels);
  }

  // The report sheets, after the workbook's own, and the mark.
  const kids = childrenOf(wbPart.text, wbRoot);
  const sheetsEl = kids.find((k) => k.open.local === "sheets");
  if (!sheetsEl || sheetsEl.open.kind === "empty")
    throw new PatchError(`工作簿部件 ${info.part} 没有工作表列表`, `the workbook part ${info.part} lists no sheets`);
  const sheetTags = childrenOf(wbPart.text, sheetsEl).filter((k) => k.open.local === "sheet");
  let sheetId = Math.max(0, ...sheetTags.map((s) => Number(getAttr(s.open.attrs, "sheetId")) || 0));
  const names = new Set(info.sheets.map((s) => s.name.toLowerCase()));
  const rPrefix = (() => {
    const m = new RegExp(`\\sxmlns:([\\w.-]+)\\s*=\\s*["']${rel.replace(/[./]/g, "\\$&")}["']`).exec(wbRoot.open.attrs);
    return m ? `${m[1]}:id` : `xmlns:r="${rel}" r:id`;
  })();
  const sheetXml: string[] = [];
  const definedNames: string[] = [];
  let markName = "";
  content.sheets.forEach((report, i) => {
    let name = report.name;
    for (let k = 2; names.has(name.toLowerCase()); k++) name = `${report.name}${k}`;
    names.add(name.toLowerCase());
    const partName = freshName(`${wbDir}worksheets/`, "sheet", ".xml");
    const { xml, links } = reportSheetXml(report, main, rel, styles);
    created.push({ name: partName, data: xml });
    if (links.length) {
      const sheetRels = new Rels(relsName(partName), null);
      for (const target of links) sheetRels.add(`${rel}/hyperlink`, target, true);
      created.push({ name: sheetRels.name, data: Buffer.from(sheetRels.toString(), "utf8") });
    }
    overrides.push({ name: partName, type: TYPES.worksheet });
    const id = wbRels.add(`${rel}/worksheet`, relativeTarget(wbDir, partName));
    sheetXml.push(`<${p}sheet name="${escapeAttr(name)}" sheetId="${++sheetId}" ${rPrefix}="${id}"/>`);
    definedNames.push(reportSheetNames(report, name, sheetTags.length + i, p));
    if (i === content.markSheet) markName = name;
  });
  definedNames.unshift(
    `<${p}definedName name="${MARK_NAME}">${escapeText(`${quotedSheet(markName || info.sheets[0]?.name || "Sheet1")}!$A$1`)}</${p}definedName>`,
  );
  const wbEdits: Edit[] = [[sheetsEl.contentEnd, 0, sheetXml.join("")]];
  const dn = kids.find((k) => k.open.local === "definedNames");
  if (dn && dn.open.kind === "empty")
    wbEdits.push([
      dn.open.start,
      dn.end - dn.open.start,
      `<${dn.open.qname}>${definedNames.join("")}</${dn.open.qname}>`,
    ]);
  else if (dn) wbEdits.push([dn.contentEnd, 0, definedNames.join("")]);
  else {
    const after = [...kids]
      .reverse()
      .find((k) => ["sheets", "functionGroups", "externalReferences"].includes(k.open.local)) as Element;
    wbEdits.push([after.end, 0, `<${p}definedNames>${definedNames.join("")}</${p}definedNames>`]);
  }
  changed.set(info.part, wbPart.encode(applyEdits(wbPart.text, wbEdits)));
  storeRels(wbRels);

  if (styles.changed || !info.styles) {
    const text = styles.toString();
    if (info.styles) changed.set(info.styles, stylesPart!.encode(text));
    else created.push({ name: stylesName, data: Buffer.from(text, "utf8") });
  }

  // [Content_Types].xml: an Override for every part added (a package without one is left without one).
  const typesName = index.find("[Content_Types].xml");
  if (typesName && overrides.length) {
    const types = decode(typesName);
    const root = rootElement(types.text);
    if (root) {
      const tp = root.open.qname.slice(0, root.open.qname.length - root.open.local.length);
      const items = overrides
        .map((o) => `<${tp}Override PartName="/${escapeAttr(o.name)}" ContentType="${o.type}"/>`)
        .join("");
      const edit: Edit =
        root.open.kind === "empty"
          ? [
              root.open.start,
              root.end - root.open.start,
              `<${root.open.qname}${root.open.attrs.replace(/\s*$/, "")}>${items}</${root.open.qname}>`,
            ]
          : [root.contentEnd, 0, items];
      changed.set(typesName, types.encode(applyEdits(types.text, [edit])));
    }
  }

  const out: OutEntry[] = [];
  const written = new Set<string>();
  for (const e of zip.entries) {
    const name = e.name.replace(/^\/+/, "");
    const data = changed.get(name);
    if (data === undefined) out.push({ name: e.name, copy: e, from: zip.buf });
    else if (!written.has(name)) {
      // A part that is edited is written once, in its place (a duplicate entry of it is not written again).
      written.add(name);
      out.push({ name: e.name, data });
    }
  }
  for (const c of created) out.push(c);
  return writeZip(out);
}
