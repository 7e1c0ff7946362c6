import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { SaxesParser } from "saxes";
import type { FlagTarget } from "../../src/core/plan/types";
import type { WorkbookSnapshot } from "../../src/core/snapshot/types";
import { columnLetters } from "../../src/core/snapshot/address";
import { DEFAULT_LIMITS } from "../../src/cli/open-package";
import { PartIndex, type PartSource } from "../../src/xlsx-read/parts";
import { readPackage } from "../../src/xlsx-read/read-snapshot";
import { readWorkbookInfo } from "../../src/xlsx-read/workbook";
import {
  additionsOnly,
  cellRefs,
  COPY_RULES,
  decodeXml,
  parseXml,
  sheetRules,
  type AddRules,
  type XNode,
  zipPartsOf,
} from "./package-diff";

const MARK_NAME = "_BudgetRuler_AnnotatedCopy";

function mapSource(parts: Map<string, Buffer>): PartSource {
  return { names: () => [...parts.keys()], read: (n) => parts.get(n)! };
}

/** The workbook snapshot of a package's parts, as the checker reads it. */
function snapshotOf(parts: Map<string, Buffer>): { snapshot: WorkbookSnapshot; definedNames: string[] } {
  const read = readPackage(mapSource(parts), "x.xlsx", DEFAULT_LIMITS);
  return { snapshot: read.snapshot, definedNames: read.definedNames };
}

/** A note with what the XML and a note's text have to carry safely: markup characters, a control character, "_x0041_". */
const AWKWARD_NOTE = "预算标尺 Budget Ruler\n错误 <a & \"b\"> 'c' _x0041_ \u0001 end";

/**
 * Flags to put on a workbook that is not a budget (so the audit finds nothing): on each of its first worksheets with
 * content, the first cell that holds something, a cell beyond the last column of that row (a cell not written) and
 * a cell two rows under the last (a row not written).
 */
export function syntheticFlags(snapshot: WorkbookSnapshot, sheets = 3): FlagTarget[] {
  const flags: FlagTarget[] = [];
  const fills = ["#FFC7CE", "#FFEB9C", "#DDEBF7"] as const;
  const severities = ["error", "warning", "info"] as const;
  for (const s of snapshot.sheets
    .filter((x) => x.values.some((r) => r.some((v) => v !== null && v !== "")))
    .slice(0, sheets)) {
    const r = s.values.findIndex((row) => row.some((v) => v !== null && v !== ""));
    const c = s.values[r].findIndex((v) => v !== null && v !== "");
    const cells: [number, number][] = [
      [s.origin.row + r, s.origin.col + c],
      [s.origin.row + r, s.origin.col + s.values[r].length + 1],
      [s.origin.row + s.values.length + 1, s.origin.col],
    ];
    cells.forEach(([row, col], i) =>
      flags.push({
        sheet: s.name,
        row,
        col,
        address: `${columnLetters(col)}${row + 1}`,
        severity: severities[i],
        fill: fills[i],
        note: i === 0 ? AWKWARD_NOTE : `预算标尺 Budget Ruler\n标记 ${i}`,
        rules: ["test"],
      }),
    );
  }
  return flags;
}

const local = (name: string) => name.slice(name.indexOf(":") + 1);
const kids = (n: XNode | undefined, name: string) =>
  (n?.children ?? []).filter((c): c is XNode => typeof c !== "string" && local(c.name) === name);
const textOf = (n: XNode): string => n.children.map((c) => (typeof c === "string" ? c : textOf(c))).join("");
/** Text as SpreadsheetML escapes it (_xHHHH_), decoded. */
const unX = (s: string) => s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
const key = (n: string) => n.replace(/\\/g, "/").replace(/^\/+/, "").toLowerCase();

/** Each cell's style index by A1 reference, cells and rows without `r` counted from the one before. */
function cellStylesOf(data: Buffer): Map<string, number> {
  const out = new Map<string, number>();
  const parser = new SaxesParser({ xmlns: false });
  let row = 0;
  let col = 0;
  parser.on("opentag", (t) => {
    const name = local(t.name);
    const a = t.attributes as Record<string, string>;
    if (name === "row") {
      row = a.r ? Number(a.r) : row + 1;
      col = 0;
    } else if (name === "c") {
      const m = /^([A-Z]+)(\d+)$/.exec((a.r ?? "").replace(/\$/g, "").toUpperCase());
      col = m ? m[1].split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) : col + 1;
      out.set(`${columnLetters(col - 1)}${m ? m[2] : row}`, Number(a.s ?? 0));
    }
  });
  parser.write(decodeXml(data).replace(/^\uFEFF/, "")).close();
  return out;
}

export interface CopyCheck {
  /** Everything the copy may not differ in but does; empty when the copy is faithful. */
  problems: string[];
  /** Parts that differ between the original and the copy, and parts the copy adds. */
  changed: string[];
  added: string[];
  /** Whether exceljs could open the original (and so was asked to open the copy). */
  exceljs: boolean;
}

/**
 * Compares the annotated copy with its original (issue 16): only the parts the flags, notes, sheets and mark need
 * differ, and in them only what may be added; the copy read by our reader gives the same cells on every original
 * sheet and carries the mark; each flag's cell has the flag's fill and a note with its text (read from the XML, and
 * through exceljs where exceljs can open the original); every note has its VML shape.
 */
export async function checkCopy(
  original: Buffer,
  copy: Buffer,
  flags: readonly FlagTarget[],
  addedSheets: number,
  opts: { exceljs?: boolean } = {},
): Promise<CopyCheck> {
  const problems: string[] = [];
  const O = zipPartsOf(original);
  const C = zipPartsOf(copy);
  const oIndex = new PartIndex(mapSource(O));
  const info = readWorkbookInfo(oIndex)!;
  const flagged = new Map<string, Set<string>>();
  for (const f of flags) flagged.set(f.sheet, (flagged.get(f.sheet) ?? new Set()).add(f.address));
  const relsOf = (stored: string) => {
    const part = stored.replace(/\\/g, "/");
    const dir = part.slice(0, part.lastIndexOf("/") + 1);
    return `${dir}_rels/${part.slice(dir.length)}.rels`;
  };
  // The parts that may change, and how.
  const allowed = new Map<string, AddRules>();
  const sheetCells = new Map<string, Set<string>>();
  allowed.set(key(info.part), COPY_RULES.workbook);
  allowed.set(key(relsOf(info.part)), COPY_RULES.rels);
  allowed.set(key("[Content_Types].xml"), COPY_RULES.types);
  if (info.styles) allowed.set(key(info.styles), COPY_RULES.styles);
  for (const s of info.sheets) {
    const cells = flagged.get(s.name);
    if (!cells || !s.part) continue;
    allowed.set(key(s.part), "sheet" as never);
    sheetCells.set(key(s.part), cells);
    allowed.set(key(relsOf(s.part)), COPY_RULES.rels);
    for (const r of oIndex.relationships(s.part)) {
      if (r.type === "comments" && r.target) allowed.set(key(r.target), COPY_RULES.comments);
      if (r.type === "vmlDrawing" && r.target) allowed.set(key(r.target), COPY_RULES.vml);
    }
  }
  const changed: string[] = [];
  for (const [name, data] of O) {
    const other = C.get(name);
    if (!other) {
      problems.push(`${name} is missing from the copy`);
      continue;
    }
    if (other.equals(data)) continue;
    changed.push(name);
    let rules = allowed.get(key(name));
    if (!rules) {
      problems.push(`${name} changed, and nothing the copy adds is in it`);
      continue;
    }
    const a = parseXml(data);
    const b = parseXml(other);
    if (!b) problems.push(`${name} is not well-formed XML in the copy`);
    else if (!a) problems.push(`${name}: the original is not well-formed XML, and the copy changed it`);
    else {
      if (sheetCells.has(key(name))) rules = sheetRules(sheetCells.get(key(name))!, cellRefs(b));
      problems.push(...additionsOnly(a, b, rules).map((p) => `${name}: ${p}`));
    }
  }
  const added = [...C.keys()].filter((n) => !O.has(n));
  for (const n of added)
    if (
      !/(^|\/)(worksheets\/sheet\d+\.xml|_rels\/[^/]+\.rels|comments\d+\.xml|drawings\/vmlDrawing\d+\.vml|styles\d*\.xml)$/.test(
        n,
      )
    )
      problems.push(`${n} added`);
  const newSheets = added.filter((n) => /worksheets\/sheet\d+\.xml$/.test(n)).length;
  if (newSheets !== addedSheets) problems.push(`${newSheets} worksheets added, ${addedSheets} expected`);

  // The same cells, read by our reader, on every original sheet; the mark.
  const before = snapshotOf(O);
  const after = snapshotOf(C);
  const n = before.snapshot.sheets.length;
  if (after.snapshot.sheets.length !== n + addedSheets)
    problems.push(`the copy has ${after.snapshot.sheets.length} worksheets, not ${n} + ${addedSheets}`);
  after.snapshot.sheets.slice(0, n).forEach((s, i) => {
    if (JSON.stringify(s) !== JSON.stringify(before.snapshot.sheets[i]))
      problems.push(`sheet ${s.name} reads differently in the copy`);
  });
  if (!after.definedNames.includes(MARK_NAME)) problems.push("the copy does not carry the mark");

  // Fills and notes, from the copy's XML.
  const cIndex = new PartIndex(mapSource(C));
  const cInfo = readWorkbookInfo(cIndex)!;
  const styles = parseXml(C.get(cIndex.find(cInfo.styles!)!)!)!;
  const sheetEl = styles.children.find((c): c is XNode => typeof c !== "string")!;
  const xfs = kids(kids(sheetEl, "cellXfs")[0], "xf");
  const fills = kids(kids(sheetEl, "fills")[0], "fill");
  for (const sheetName of flagged.keys()) {
    const entry = cInfo.sheets.find((s) => s.name === sheetName && s.part);
    if (!entry) continue;
    const stylesAt = cellStylesOf(C.get(entry.part!)!);
    const rels = cIndex.relationships(entry.part!);
    const commentsRel = rels.find((r) => r.type === "comments");
    const comments = commentsRel ? parseXml(C.get(cIndex.find(commentsRel.target!)!)!) : null;
    const notes = new Map<string, string>();
    for (const c of kids(
      kids(
        comments?.children.find((x): x is XNode => typeof x !== "string"),
        "commentList",
      )[0],
      "comment",
    ))
      notes.set(c.attrs.ref.replace(/\$/g, "").toUpperCase(), unX(textOf(c)));
    const shapes = new Set<string>();
    for (const r of rels.filter((x) => x.type === "vmlDrawing")) {
      const text = decodeXml(C.get(cIndex.find(r.target!)!)!);
      for (const m of text.matchAll(/<x:Row>(\d+)<\/x:Row>\s*<x:Column>(\d+)<\/x:Column>/g))
        shapes.add(`${m[1]}:${m[2]}`);
    }
    for (const f of flags.filter((x) => x.sheet === sheetName)) {
      const xf = xfs[stylesAt.get(f.address) ?? -1];
      const fill = xf ? fills[Number(xf.attrs.fillId)] : undefined;
      const rgb = kids(kids(fill, "patternFill")[0], "fgColor")[0]?.attrs.rgb;
      if (rgb !== `FF${f.fill.slice(1).toUpperCase()}`)
        problems.push(`${sheetName}!${f.address}: fill ${rgb}, not ${f.fill}`);
      if (!(notes.get(f.address) ?? "").includes(f.note))
        problems.push(`${sheetName}!${f.address}: no note with the flag's text`);
      if (!shapes.has(`${f.row}:${f.col}`)) problems.push(`${sheetName}!${f.address}: no VML shape for its note`);
    }
  }

  // exceljs, where it can open the original.
  let exceljs = false;
  if (opts.exceljs !== false)
    try {
      await new ExcelJS.Workbook().xlsx.load(original as unknown as ArrayBuffer);
      exceljs = true;
    } catch {
      // exceljs cannot read this workbook at all (prefixed or Strict markup, …): nothing to ask of it
    }
  if (exceljs) {
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.load(copy as unknown as ArrayBuffer);
      for (const f of flags) {
        const ws = wb.getWorksheet(f.sheet);
        if (!ws) continue; // exceljs leaves out sheets it does not model (a dialog sheet): not ours to check
        const cell = ws.getCell(f.row + 1, f.col + 1);
        const argb = (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
        if (argb !== `FF${f.fill.slice(1).toUpperCase()}`)
          problems.push(`exceljs: ${f.sheet}!${f.address} fill ${argb}`);
        const note = cell.note;
        const text = typeof note === "string" ? note : (note?.texts ?? []).map((t) => t.text).join("");
        if (!text.includes(f.note.split("\n").pop()!.split("_x")[0]))
          problems.push(`exceljs: ${f.sheet}!${f.address} note ${JSON.stringify(text.slice(0, 60))}`);
      }
    } catch (err) {
      problems.push(`exceljs opens the original but not the copy: ${(err as Error).message}`);
    }
  }
  return { problems, changed, added, exceljs };
}

export interface Pick {
  file: string;
  flags: string[];
}

/** The real-world workbooks (test/realworld/manifest.json) with the structures a copy must keep. */
export function realworldPicks(features: readonly string[]): Pick[] {
  const dir = path.join(__dirname, "../realworld");
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, "manifest.json"), "utf8")) as {
    file: string;
    expect: string;
    flags: string[];
  }[];
  return manifest
    .filter((m) => m.expect === "readable" && m.flags.some((f) => features.includes(f)))
    .map((m) => ({ file: path.join(dir, "files", m.file), flags: m.flags }));
}

/** The structures issue 16 names, and others a copy must survive. */
export const FEATURES = [
  "pivot",
  "charts",
  "external-links",
  "tables",
  "vba",
  "comments",
  "rich-text",
  "conditional-formatting",
  "images",
  "chartsheet",
  "prefixed-markup",
  "strict",
  "date1904",
  "hidden-sheet",
  "very-hidden-sheet",
  "defined-names",
  "xml-utf16",
  "xml-bom",
  "many-merges",
  "absolute-rel-targets",
  "backslash-part-names",
  "part-name-case-mismatch",
  "nonstandard-part-names",
  "cells-without-r",
  "rows-without-r",
  "macro-or-dialog-sheet",
  "protection",
  "data-validations",
  "hyperlinks",
  "inline-strings",
  "shared-formulas",
  "array-formulas",
] as const;
