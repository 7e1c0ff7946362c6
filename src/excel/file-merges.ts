import type { MergedRange } from "../core";
import { decodeRange } from "../xlsx-read/a1";
import { PartIndex, type PartSource } from "../xlsx-read/parts";
import { readWorkbookInfo } from "../xlsx-read/workbook";

/**
 * Merged areas by sheet name, read from the workbook's own file: below ExcelApi 1.13 Office.js has no call that
 * tells a range's merged areas (getMergedAreasOrNullObject is 1.13; neither getCellProperties nor RangeAreas at 1.9
 * says whether a cell is merged), but the File API (Document.getFileAsync, Compressed) hands over the workbook as an
 * .xlsx, whose worksheets list their <mergeCell>s. Only the workbook, the relationships and the worksheet parts are
 * inflated, and of each worksheet only the merges are looked at; the cells come from Office.js as always.
 * Returns null when the file cannot be read (then merges stay unknown, as they were).
 */
export async function mergesFromFile(file: Uint8Array): Promise<Map<string, MergedRange[]> | null> {
  try {
    const entries = centralDirectory(file);
    const inflated = new Map<string, Uint8Array>();
    const source: PartSource = {
      names: () => [...entries.keys()],
      read: (name) => {
        const data = inflated.get(name);
        if (!data) throw new Error(`part ${name} not inflated`);
        return data;
      },
    };
    const inflate = async (name: string) => {
      const entry = entries.get(name);
      if (entry && !inflated.has(name)) inflated.set(name, await entryData(file, entry));
    };
    // What readWorkbookInfo reads: the relationships, and the workbook part (found through them).
    for (const name of entries.keys()) if (/\.rels$|workbook[^/]*\.xml$/i.test(name)) await inflate(name);
    const info = readWorkbookInfo(new PartIndex(source));
    if (!info) return null;
    const out = new Map<string, MergedRange[]>();
    for (const sheet of info.sheets) {
      if (!sheet.part) continue;
      await inflate(sheet.part);
      const data = inflated.get(sheet.part);
      if (data) out.set(sheet.name, mergeCells(new TextDecoder().decode(data)));
    }
    return out;
  } catch {
    return null;
  }
}

/** The <mergeCell ref="A1:H1"/> elements of a worksheet part, whatever their prefix, as 0-based ranges. */
function mergeCells(xml: string): MergedRange[] {
  const out: MergedRange[] = [];
  const at = xml.search(/<([A-Za-z_][\w.-]*:)?mergeCells[\s>]/);
  if (at < 0) return out;
  const pattern = /<(?:[A-Za-z_][\w.-]*:)?mergeCell\s[^>]*?\bref\s*=\s*["']([^"']+)["']/g;
  pattern.lastIndex = at;
  for (let m = pattern.exec(xml); m; m = pattern.exec(xml)) {
    const r = decodeRange(m[1]);
    if (r) out.push({ top: r.top - 1, left: r.left - 1, bottom: r.bottom - 1, right: r.right - 1 });
  }
  return out;
}

interface Entry {
  method: number;
  compressedSize: number;
  localHeaderOffset: number;
}

/** The zip's central directory by entry name (Excel writes plain zips: no zip64 or encryption to read). */
function centralDirectory(buf: Uint8Array): Map<string, Entry> {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error("not a zip");
  const count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  const out = new Map<string, Entry>();
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (view.getUint32(p, true) !== 0x02014b50) throw new Error("bad central directory");
    const method = view.getUint16(p + 10, true);
    const compressedSize = view.getUint32(p + 20, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const localHeaderOffset = view.getUint32(p + 42, true);
    out.set(decoder.decode(buf.subarray(p + 46, p + 46 + nameLength)), { method, compressedSize, localHeaderOffset });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return out;
}

async function entryData(buf: Uint8Array, entry: Entry): Promise<Uint8Array> {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const at = entry.localHeaderOffset;
  if (view.getUint32(at, true) !== 0x04034b50) throw new Error("bad local header");
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const data = buf.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return data;
  if (entry.method !== 8) throw new Error(`compression method ${entry.method}`);
  // The browser's own inflater (no library in the pane's bundle); a host without it has no merges below 1.13.
  const stream = new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
