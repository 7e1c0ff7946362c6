import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { packedRow } from "./packed-row";
import type { CellValue, MergedRange, SheetSnapshot, WorkbookSnapshot } from "../core/snapshot/types";
import { parseA1 } from "../core/snapshot/address";
import { loadParts, snapshotFromParts } from "./exceljs-load";
import { centralDirectory, readEntry, storedZip, ZipEntry, ZipFormatError, ZipSizeLieError } from "./zip";

export type ReadErrorCode =
  | "file-not-found"
  | "permission-denied"
  | "not-a-file"
  | "not-xlsx"
  | "encrypted"
  | "opendocument"
  | "too-large"
  | "corrupt-file"
  | "no-budget-table"
  /** Not an error: one of our own annotated copies, given as an input. It is skipped, not checked. */
  | "annotated-copy";

/** A file the checker could not read; `code` goes into the JSON report, `message` is Chinese, `messageEn` English. */
export class WorkbookReadError extends Error {
  readonly messageEn: string;
  constructor(
    readonly code: ReadErrorCode,
    message: string,
    messageEn?: string,
  ) {
    super(message);
    this.name = "WorkbookReadError";
    this.messageEn = messageEn ?? message;
  }
}

/** What a workbook may unpack to; every limit can be raised on the command line (the flag is named in the error). */
export interface ReadLimits {
  /** Total of the uncompressed sizes of all entries (and the size of the file itself). `--max-unpacked-mb`. */
  maxUnpackedBytes: number;
  /** Uncompressed size of any one entry. `--max-entry-mb`. */
  maxEntryBytes: number;
  /** Highest row number of any worksheet. `--max-rows`. */
  maxRows: number;
  /** Rows × columns of any worksheet's used range (the grid the checker builds). `--max-cells`. */
  maxCells: number;
}

const MB = 1024 * 1024;
export const DEFAULT_LIMITS: ReadLimits = { maxUnpackedBytes: 512 * MB, maxEntryBytes: 256 * MB, maxRows: 200_000, maxCells: 5_000_000 };

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);
/** The stream an encrypted .xlsx (Office "Encrypt with password") keeps its package in, as an OLE directory name. */
const ENCRYPTED_PACKAGE = Buffer.from("EncryptedPackage", "utf16le");

/** Entries the checker reads; the others (themes, drawings, media, properties) only matter to an annotated copy. */
const NEEDED = /^(_rels\/\.rels|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/sharedStrings\.xml|xl\/styles\.xml|xl\/worksheets\/sheet\d+\.xml)$/;
/** The defined name annotate.ts gives every annotated copy (see ANNOTATED_MARK there). */
const MARK = /<definedName\b[^>]*\bname="_BudgetRuler_AnnotatedCopy"/;
const SHEET_RELS = /^\/?xl\/worksheets\/_rels\//;
const SHEET_ENTRY = /^xl\/worksheets\/sheet\d+\.xml$/;

/** exceljs reads each part as one string: a part larger than V8's longest string cannot be read at all. */
const MAX_PART = 0x1fffffe8;

const mb = (bytes: number) => (bytes / MB).toFixed(bytes < 10 * MB ? 2 : 0);

function tooLarge(file: string, zh: string, en: string, flag: string, suggested: string): WorkbookReadError {
  return new WorkbookReadError(
    "too-large",
    `${file} 超出读取限制：${zh}。如确需检查，请加大限制，例如 ${flag} ${suggested}`,
    `${file} exceeds a read limit: ${en}. To check it anyway, raise the limit, e.g. ${flag} ${suggested}`,
  );
}

function openInput(file: string): number {
  try {
    // O_NONBLOCK: opening a fifo must not hang waiting for a writer; fstat then says it is not a file.
    return fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "EACCES" || code === "EPERM")
      throw new WorkbookReadError("permission-denied", `没有读取 ${file} 的权限：请检查文件权限或换一个有权限的账户运行`, `No permission to read ${file}: check the file's permissions or run as a user who may read it`);
    if (code === "ENOENT" || code === "ENOTDIR") throw new WorkbookReadError("file-not-found", `找不到文件：${file}`, `File not found: ${file}`);
    if (code === "ELOOP" || code === "EISDIR") throw new WorkbookReadError("not-a-file", `${file} 不是普通文件，请给出 .xlsx 文件的路径`, `${file} is not a regular file; give the path of an .xlsx file`);
    throw new WorkbookReadError("corrupt-file", `无法打开 ${file}（${code ?? (err as Error).message}）`, `Cannot open ${file} (${code ?? (err as Error).message})`);
  }
}

/** Reads the whole file through one descriptor (so what is checked is what is read) within the size limit. */
function readInput(file: string, limits: ReadLimits): Buffer {
  const fd = openInput(file);
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile()) {
      const what = st.isDirectory() ? ["是一个文件夹", "is a directory"] : ["不是普通文件（可能是管道或设备）", "is not a regular file (a pipe or device)"];
      throw new WorkbookReadError("not-a-file", `${file} ${what[0]}，请给出 .xlsx 文件的路径`, `${file} ${what[1]}; give the path of an .xlsx file`);
    }
    if (st.size > limits.maxUnpackedBytes)
      throw tooLarge(file, `文件大小 ${mb(st.size)} MB 超过上限 ${mb(limits.maxUnpackedBytes)} MB`, `the file is ${mb(st.size)} MB, over the ${mb(limits.maxUnpackedBytes)} MB limit`, "--max-unpacked-mb", String(Math.ceil(st.size / MB) + 1));
    return fs.readFileSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** The format of a file that is not an .xlsx, as an error naming what it is and what to do. */
function sniff(file: string, buf: Buffer): void {
  const head = buf.subarray(0, 4);
  if (head.equals(OLE_MAGIC)) {
    if (buf.indexOf(ENCRYPTED_PACKAGE) >= 0)
      throw new WorkbookReadError("encrypted", `${file} 是加密（设有打开密码）的工作簿，无法读取：请在 Excel 中取消密码（文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码）后另存再检查`, `${file} is an encrypted (password-protected) workbook and cannot be read: remove the password in Excel (File → Info → Protect Workbook → Encrypt with Password, clear it), save, and check again`);
    throw new WorkbookReadError("not-xlsx", `${file} 是旧版 .xls 或其他 Office 格式，请在 Excel 中另存为 .xlsx 后再检查`, `${file} is an old .xls or another Office format; save it as .xlsx in Excel and check again`);
  }
  if (!head.equals(ZIP_MAGIC)) throw new WorkbookReadError("not-xlsx", `${file} 不是 .xlsx 工作簿`, `${file} is not an .xlsx workbook`);
}

function corrupt(file: string, detail: string): WorkbookReadError {
  return new WorkbookReadError("corrupt-file", `${file} 已损坏或不是有效的 .xlsx 工作簿（${detail}）`, `${file} is damaged or not a valid .xlsx workbook (${detail})`);
}

function checkDirectory(file: string, buf: Buffer, entries: ZipEntry[], limits: ReadLimits): void {
  const mimetype = entries.find((e) => e.name === "mimetype");
  if (mimetype && mimetype.uncompressedSize < 200) {
    const type = readEntry(buf, mimetype).toString("latin1").trim();
    if (type.startsWith("application/vnd.oasis.opendocument")) {
      const sheet = type === "application/vnd.oasis.opendocument.spreadsheet";
      throw new WorkbookReadError(
        "opendocument",
        `${file} 是 OpenDocument ${sheet ? "电子表格（.ods）" : "文档"}，不是 .xlsx：请在 WPS、LibreOffice 或 Excel 中另存为 .xlsx 后再检查`,
        `${file} is an OpenDocument ${sheet ? "spreadsheet (.ods)" : "document"}, not .xlsx: save it as .xlsx (WPS, LibreOffice or Excel) and check again`,
      );
    }
  }
  if (entries.some((e) => e.flags & 1))
    throw new WorkbookReadError("encrypted", `${file} 的压缩包内容已加密，无法读取：请保存一份未加密的 .xlsx 再检查`, `${file} holds encrypted zip entries and cannot be read: save an unencrypted .xlsx and check again`);
  let total = 0;
  for (const e of entries) {
    if (e.uncompressedSize > limits.maxEntryBytes)
      throw tooLarge(file, `其中的 ${e.name} 解压后 ${mb(e.uncompressedSize)} MB，超过单项上限 ${mb(limits.maxEntryBytes)} MB`, `its part ${e.name} unpacks to ${mb(e.uncompressedSize)} MB, over the ${mb(limits.maxEntryBytes)} MB per-part limit`, "--max-entry-mb", String(Math.ceil(e.uncompressedSize / MB) + 1));
    if (e.uncompressedSize > MAX_PART)
      throw new WorkbookReadError("too-large", `${file} 中的 ${e.name} 解压后 ${mb(e.uncompressedSize)} MB，超过单个部件可读取的最大值 ${mb(MAX_PART)} MB（此限制无法调大）`, `${file}: its part ${e.name} unpacks to ${mb(e.uncompressedSize)} MB, over the ${mb(MAX_PART)} MB that any one part can be read at (this limit cannot be raised)`);
    total += e.uncompressedSize;
  }
  if (total > limits.maxUnpackedBytes)
    throw tooLarge(file, `解压后共 ${mb(total)} MB，超过上限 ${mb(limits.maxUnpackedBytes)} MB`, `it unpacks to ${mb(total)} MB in all, over the ${mb(limits.maxUnpackedBytes)} MB limit`, "--max-unpacked-mb", String(Math.ceil(total / MB) + 1));
  if (!entries.some((e) => e.name === "xl/workbook.xml" || e.name === "/xl/workbook.xml"))
    throw new WorkbookReadError("not-xlsx", `${file} 是压缩包，但不是 Excel 工作簿（没有 xl/workbook.xml）`, `${file} is a zip archive but not an Excel workbook (no xl/workbook.xml)`);
}

/** Sheet names by worksheet entry, from workbook.xml and its relationships: for messages only. */
function sheetNames(parts: Map<string, Buffer>): Map<string, string> {
  const names = new Map<string, string>();
  const wb = parts.get("xl/workbook.xml")?.toString("utf8") ?? "";
  const rels = parts.get("xl/_rels/workbook.xml.rels")?.toString("utf8") ?? "";
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]*)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]*)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.replace(/^\/?(xl\/)?/, "xl/"));
  }
  for (const m of wb.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const rid = /\br:id="([^"]*)"/.exec(m[0])?.[1] ?? /\bid="([^"]*)"/.exec(m[0])?.[1];
    const target = rid ? targets.get(rid) : undefined;
    if (name && target) names.set(target, name.replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'"));
  }
  return names;
}

const ROW_TAG = Buffer.from("<row");
const CELL_TAG = Buffer.from("<c");
const SHEET_DATA = Buffer.from("<sheetData");
const SHEET_DATA_END = Buffer.from("</sheetData>");
const R_ATTR = Buffer.from(' r="');

/** Whether the byte after a tag name ends the name (space, ">" or "/"). */
const endsName = (b: number | undefined) => b === 0x20 || b === 0x3e || b === 0x2f || b === 0x09 || b === 0x0a || b === 0x0d;

/** The value of the r attribute of the tag at `at` (up to its ">"): [column letters as a number, row number]. */
function refOf(xml: Buffer, at: number): [number, number] | null {
  const close = xml.indexOf(0x3e, at);
  const r = xml.indexOf(R_ATTR, at);
  if (r < 0 || (close >= 0 && r > close)) return null;
  let i = r + 4;
  let col = 0;
  let row = 0;
  for (let b = xml[i]; b >= 0x41 && b <= 0x5a; b = xml[++i]) col = col * 26 + (b - 64);
  for (let b = xml[i]; b >= 0x30 && b <= 0x39; b = xml[++i]) row = row * 10 + (b - 48);
  return [col, row];
}

/**
 * The extent of a worksheet from its XML, before exceljs builds anything: the highest row number and the
 * highest column of any cell (the last cell of each row: cells are in column order). A byte scan of the
 * <row> tags, no decoding; stops as soon as the row limit is exceeded.
 */
function checkSheetExtent(file: string, sheet: string, xml: Buffer, limits: ReadLimits): void {
  let maxRow = 0;
  let maxCol = 0;
  const over = () => {
    if (maxRow > limits.maxRows)
      throw tooLarge(file, `工作表“${sheet}”有第 ${maxRow} 行，超过行数上限 ${limits.maxRows}`, `sheet "${sheet}" reaches row ${maxRow}, over the ${limits.maxRows}-row limit`, "--max-rows", String(Math.max(maxRow, 1_048_576)));
    if (maxRow * maxCol > limits.maxCells)
      throw tooLarge(file, `工作表“${sheet}”的区域 ${maxRow} 行 × ${maxCol} 列 = ${maxRow * maxCol} 个单元格，超过上限 ${limits.maxCells}`, `sheet "${sheet}" spans ${maxRow} rows × ${maxCol} columns = ${maxRow * maxCol} cells, over the ${limits.maxCells}-cell limit`, "--max-cells", String(maxRow * maxCol));
  };
  const start = xml.indexOf(SHEET_DATA);
  if (start < 0) return;
  let end = xml.indexOf(SHEET_DATA_END, start);
  if (end < 0) end = xml.length;
  let row = 0;
  let at = xml.indexOf(ROW_TAG, start);
  while (at >= 0 && at < end) {
    let next = xml.indexOf(ROW_TAG, at + 4);
    while (next >= 0 && next < end && !endsName(xml[next + 4])) next = xml.indexOf(ROW_TAG, next + 4);
    const segEnd = next >= 0 && next < end ? next : end;
    if (!endsName(xml[at + 4])) {
      at = next;
      continue;
    }
    const rowRef = refOf(xml, at);
    row = rowRef && rowRef[1] ? rowRef[1] : row + 1;
    // The row's last cell: its r= gives the row's width; without one, count the cells.
    let cell = xml.lastIndexOf(CELL_TAG, segEnd - 1);
    while (cell > at && !endsName(xml[cell + 2])) cell = xml.lastIndexOf(CELL_TAG, cell - 1);
    if (cell > at) {
      const ref = refOf(xml, cell);
      let col = ref?.[0] ?? 0;
      if (!col) {
        for (let c = xml.indexOf(CELL_TAG, at); c >= 0 && c < segEnd; c = xml.indexOf(CELL_TAG, c + 2)) if (endsName(xml[c + 2])) col++;
      }
      if (ref?.[1] && ref[1] > row) row = ref[1];
      if (col > maxCol) maxCol = col;
    }
    if (row > maxRow) {
      maxRow = row;
      if (maxRow > limits.maxRows) over();
    }
    at = next;
  }
  // The cell limit is checked on the whole extent, so that the figure (and the suggested limit) is the real one.
  over();
}

/** Whether `file` is one of our annotated copies (a zip whose workbook.xml carries the mark). Never throws. */
export function isAnnotatedCopy(file: string, limits: ReadLimits = DEFAULT_LIMITS): boolean {
  try {
    const buf = readInput(file, limits);
    if (!buf.subarray(0, 4).equals(ZIP_MAGIC)) return false;
    const entry = centralDirectory(buf).find((e) => e.name.replace(/^\//, "") === "xl/workbook.xml");
    if (!entry || entry.uncompressedSize > limits.maxEntryBytes) return false;
    return MARK.test(readEntry(buf, entry).toString("utf8"));
  } catch {
    return false;
  }
}

export interface LoadOptions {
  limits?: ReadLimits;
  /** Keep every part of the file (an annotated copy is written from this workbook); otherwise only what is checked. */
  full?: boolean;
}

/**
 * The parts of a workbook, read and checked within the limits (see loadWorkbook). `full`: every part was kept —
 * asked for, or needed because a worksheet has relationships (hyperlinks, comments, drawings, tables), which
 * exceljs resolves against the parts they point to.
 */
function readParts(file: string, options: LoadOptions): { parts: Map<string, { data: Buffer; crc32: number }>; full: boolean } {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const buf = readInput(file, limits);
  sniff(file, buf);
  let entries: ZipEntry[];
  try {
    entries = centralDirectory(buf);
  } catch (err) {
    if (err instanceof ZipFormatError) throw corrupt(file, err.message);
    throw err;
  }
  checkDirectory(file, buf, entries, limits);
  const full = options.full === true || entries.some((e) => SHEET_RELS.test(e.name));
  const parts = new Map<string, { data: Buffer; crc32: number }>();
  for (const e of entries) {
    if (e.name.endsWith("/")) continue;
    const name = e.name.replace(/^\//, "");
    if (!full && !NEEDED.test(name)) continue;
    try {
      parts.set(name, { data: readEntry(buf, e), crc32: e.crc32 });
    } catch (err) {
      if (err instanceof ZipSizeLieError) throw corrupt(file, `${err.entry} 解压后大于其声明的 ${err.declared} 字节，文件已损坏或被刻意构造`);
      if (err instanceof ZipFormatError) throw corrupt(file, err.message);
      throw err;
    }
  }
  if (MARK.test(parts.get("xl/workbook.xml")?.data.toString("utf8") ?? ""))
    throw new WorkbookReadError("annotated-copy", `${file} 是本工具写出的标注副本，已跳过；请检查原文件`, `${file} is an annotated copy written by this tool; skipped — check the original instead`);
  const xml = new Map([...parts].map(([name, p]) => [name, p.data]));
  const names = sheetNames(xml);
  for (const [name, data] of xml) if (SHEET_ENTRY.test(name)) checkSheetExtent(file, names.get(name) ?? name, data, limits);
  return { parts, full };
}

function noWorksheets(file: string): WorkbookReadError {
  return new WorkbookReadError("corrupt-file", `${file} 中没有工作表`, `${file} has no worksheets`);
}

/**
 * Opens an .xlsx within the limits: the central directory is read and checked first (sizes, encryption,
 * OpenDocument), then the parts are inflated with caps, the worksheets' extent checked, and only then does
 * exceljs parse them. Every failure becomes a WorkbookReadError naming the file.
 */
export async function loadWorkbook(file: string, options: LoadOptions = {}): Promise<ExcelJS.Workbook> {
  return loadFrom(file, readParts(file, options));
}

async function loadFrom(file: string, { parts, full }: ReturnType<typeof readParts>): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  try {
    // Only the parts checked: exceljs' parsers straight on them. Every part (an annotated copy, or worksheets
    // with relationships): exceljs' own load, given a stored zip so that it inflates nothing itself.
    if (full) await wb.xlsx.load(storedZip([...parts].map(([name, p]) => ({ name, ...p }))) as unknown as Parameters<typeof wb.xlsx.load>[0]);
    else await loadParts(wb, new Map([...parts].map(([name, p]) => [name, p.data])));
  } catch (err) {
    throw corrupt(file, (err as Error).message);
  }
  if (!wb.worksheets.length) throw noWorksheets(file);
  return wb;
}

/**
 * What a check needs: the snapshot, and the exceljs workbook only when an annotated copy will be written
 * (`full`). Without it the snapshot is built from exceljs' parsed model directly (exceljs-load.ts), which is
 * faster; a workbook that path does not reproduce exactly is loaded the ordinary way.
 */
export async function readWorkbook(file: string, options: LoadOptions = {}): Promise<{ workbook: ExcelJS.Workbook | null; snapshot: WorkbookSnapshot }> {
  const read = readParts(file, options);
  if (read.full) {
    const workbook = await loadFrom(file, read);
    return { workbook: options.full ? workbook : null, snapshot: snapshotOf(workbook, file) };
  }
  const parts = new Map([...read.parts].map(([name, p]) => [name, p.data]));
  let snapshot: WorkbookSnapshot | null = null;
  try {
    snapshot = await snapshotFromParts(parts, path.basename(file));
  } catch {
    snapshot = null; // the ordinary load below reports what is wrong
  }
  if (snapshot) {
    if (!snapshot.sheets.length) throw noWorksheets(file);
    return { workbook: null, snapshot };
  }
  const wb = new ExcelJS.Workbook();
  try {
    await loadParts(wb, parts);
  } catch (err) {
    throw corrupt(file, (err as Error).message);
  }
  if (!wb.worksheets.length) throw noWorksheets(file);
  return { workbook: null, snapshot: snapshotOf(wb, file) };
}

function plain(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("formula" in value || "sharedFormula" in value) {
      const result = (value as ExcelJS.CellFormulaValue).result;
      if (result && typeof result === "object" && "error" in result) return String(result.error);
      return plain(result as ExcelJS.CellValue);
    }
    if ("error" in value) return String(value.error);
    if ("text" in value) return String(value.text);
  }
  return String(value);
}

function sheetSnapshot(ws: ExcelJS.Worksheet): SheetSnapshot {
  const rows = ws.actualRowCount ? ws.rowCount : 0;
  const cols = ws.columnCount;
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  for (let r = 1; r <= rows; r++) {
    const { v, f, n } = packedRow(cols);
    // Only the cells that exist: asking exceljs for an empty cell creates one.
    ws.getRow(r).eachCell((cell, c) => {
      if (c > cols) return;
      // exceljs repeats a merge's value in every cell of it; Excel (and the engine) keep it in the top-left only.
      if (cell.isMerged && cell.master.address !== cell.address) return;
      v[c - 1] = plain(cell.value);
      const formula = cell.formula; // exceljs resolves shared formulas for the cell
      if (formula) f[c - 1] = `=${formula}`;
      n[c - 1] = cell.numFmt ?? null;
    });
    values.push(v);
    formulas.push(f);
    numberFormats.push(n);
  }
  return { name: ws.name, origin: { row: 0, col: 0 }, values, formulas, numberFormats, merges: mergesOf(ws), hidden: ws.state !== "visible" };
}

/**
 * Merged ranges from exceljs' own index of them; `ws.model` would have them too, but building it serialises
 * every row of the sheet again.
 */
function mergesOf(ws: ExcelJS.Worksheet): MergedRange[] {
  const index = (ws as unknown as { _merges?: Record<string, { model?: { top: number; left: number; bottom: number; right: number } }> })._merges;
  if (index) {
    return Object.values(index)
      .map((m) => m.model)
      .filter((m): m is NonNullable<typeof m> => Boolean(m))
      .map((m) => ({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 }));
  }
  const merges: MergedRange[] = [];
  for (const range of (ws.model as { merges?: string[] }).merges ?? []) {
    const [a, b] = range.split(":").map((x) => parseA1(x));
    if (a && b) merges.push({ top: a.row, left: a.col, bottom: b.row, right: b.col });
  }
  return merges;
}

/** The snapshot the engine audits: every worksheet's values (cached formula results), formulas, formats, merges. */
export function snapshotOf(wb: ExcelJS.Workbook, file: string): WorkbookSnapshot {
  return { name: path.basename(file), sheets: wb.worksheets.map(sheetSnapshot) };
}
