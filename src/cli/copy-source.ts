/* eslint-disable @typescript-eslint/no-require-imports */
import ExcelJS from "exceljs";
import { type OpenedZip } from "./read-xlsx";
import { crc32 as crcOf, readEntry, storedZip } from "./zip";
import { columnIndex, columnLetters } from "../core";

/**
 * The workbook an annotated copy is written from, loaded with exceljs (which the checker uses only to write).
 * exceljs builds a model of every cell and expands what a sheet declares as ranges, so before it sees a
 * worksheet the declared ranges that it expands — merges and data validations — are cut to the rows and columns
 * that exist in the sheet's XML: a merged whole column or a validation on A1:XFD1048576 costs what the sheet holds,
 * not a million rows. Parts that cannot be inflated and that exceljs does not need to write the copy (a damaged
 * thumbnail or image) are left out rather than losing the copy.
 */
export async function loadForCopy(zip: OpenedZip): Promise<ExcelJS.Workbook> {
  patchMergeIndex();
  const parts: { name: string; data: Buffer; crc32: number }[] = [];
  for (const e of zip.entries) {
    const name = e.name.replace(/^\/+/, "");
    let data: Buffer;
    try {
      data = readEntry(zip.buf, e);
    } catch (err) {
      if (/\.(xml|rels)$/i.test(name)) throw err;
      continue; // media, thumbnails, binaries: the copy is written without the damaged one
    }
    let crc32 = e.crc32;
    if (/^xl\/worksheets\/[^/]+\.xml$/i.test(name)) {
      const xml = data.toString("utf8");
      const clipped = clipDeclaredRanges(xml);
      if (clipped !== xml) {
        data = Buffer.from(clipped, "utf8");
        crc32 = crcOf(data);
      }
    }
    parts.push({ name, data, crc32 });
  }
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(storedZip(parts) as unknown as Parameters<typeof wb.xlsx.load>[0]);
  return wb;
}

const CELL_REF = /<(?:\w+:)?c\b[^>]*?\br="([A-Z]{1,3})(\d{1,7})"/g;
const ROW_REF = /<(?:\w+:)?row\b[^>]*?\br="(\d{1,7})"/g;

/** 1-based column of its letters, as the worksheet XML counts. */
const colNumber = (letters: string) => columnIndex(letters) + 1;
const colLetters = (col: number) => columnLetters(col - 1);

/** A range ("A1:XFD1048576", "A:A", "1:1", "B2") cut to rows 1..maxRow, columns 1..maxCol; null when nothing is left. */
export function clipRange(ref: string, maxRow: number, maxCol: number): string | null {
  const sides = ref.trim().toUpperCase().split(":");
  const parsed = sides.map((side) => /^\$?([A-Z]{0,3})\$?(\d{0,7})$/.exec(side));
  if (sides.length > 2 || parsed.some((p) => !p || (!p[1] && !p[2]))) return ref; // not a range we know: as it was
  const [a, b = a] = parsed as RegExpExecArray[];
  const left = a[1] ? colNumber(a[1]) : 1;
  const right = b[1] ? colNumber(b[1]) : 16_384;
  const top = a[2] ? Number(a[2]) : 1;
  const bottom = b[2] ? Number(b[2]) : 1_048_576;
  if (top > maxRow || left > maxCol) return null;
  const from = `${colLetters(left)}${top}`;
  const to = `${colLetters(Math.min(right, maxCol))}${Math.min(bottom, maxRow)}`;
  return from === to ? from : `${from}:${to}`;
}

/**
 * Merges and data validations of a worksheet's XML cut to the extent of its <row>s and <c>s (what exceljs
 * builds anyway); a merge or validation wholly outside it is dropped, since it covers no cell the copy has.
 */
export function clipDeclaredRanges(xml: string): string {
  if (!/<(?:\w+:)?(?:mergeCell|dataValidation)\b/.test(xml)) return xml;
  let maxRow = 0;
  let maxCol = 0;
  for (const m of xml.matchAll(ROW_REF)) maxRow = Math.max(maxRow, Number(m[1]));
  for (const m of xml.matchAll(CELL_REF)) {
    maxCol = Math.max(maxCol, colNumber(m[1]));
    maxRow = Math.max(maxRow, Number(m[2]));
  }
  maxRow = Math.max(maxRow, 1);
  maxCol = Math.max(maxCol, 1);
  const clipList = (list: string) =>
    list
      .split(/\s+/)
      .filter(Boolean)
      .map((r) => clipRange(r, maxRow, maxCol))
      .filter((r): r is string => r !== null)
      .join(" ");
  return xml
    .replace(/<((?:\w+:)?mergeCell)\b([^>]*?)\bref="([^"]*)"([^>]*?)\/>/g, (whole, tag: string, pre: string, ref: string, post: string) => {
      const clipped = clipList(ref);
      return clipped && clipped.includes(":") ? `<${tag}${pre}ref="${clipped}"${post}/>` : "";
    })
    .replace(/(<(?:\w+:)?dataValidation\b[^>]*?\bsqref=")([^"]*)(")/g, (whole, pre: string, list: string, post: string) => `${pre}${clipList(list) || "A1"}${post}`);
}

let patched = false;
/**
 * exceljs 4.4.0 checks each merge against every merge before it (Worksheet._mergeCellsInternal), so 50,000 merges
 * cost 1.25 billion tests. A sheet's merges come from its file, where Excel never lets them overlap: index them
 * without the quadratic check, and skip one that overlaps an earlier one (exceljs would throw on it).
 */
function patchMergeIndex(): void {
  if (patched) return;
  patched = true;
  const Worksheet = require("exceljs/lib/doc/worksheet") as { prototype: Record<string, unknown> };
  const Range = require("exceljs/lib/doc/range") as new (ref: string) => { top: number; left: number; bottom: number; right: number };
  Worksheet.prototype._parseMergeCells = function parseMergeCells(this: MergingSheet, model: { mergeCells?: string[] }) {
    const covered = new Set<number>();
    for (const ref of model.mergeCells ?? []) {
      const d = new Range(ref);
      let free = true;
      for (let r = d.top; r <= d.bottom && free; r++) for (let c = d.left; c <= d.right && free; c++) free = !covered.has(r * 16_385 + c);
      if (!free) continue;
      for (let r = d.top; r <= d.bottom; r++) for (let c = d.left; c <= d.right; c++) covered.add(r * 16_385 + c);
      const master = this.getCell(d.top, d.left);
      for (let r = d.top; r <= d.bottom; r++) for (let c = d.left; c <= d.right; c++) if (r > d.top || c > d.left) this.getCell(r, c).merge(master, true);
      this._merges[master.address] = d;
    }
  };
}

interface MergingSheet {
  getCell(r: number, c: number): { address: string; merge(master: unknown, ignoreStyle: boolean): void };
  _merges: Record<string, unknown>;
}
