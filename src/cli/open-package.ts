import { LocalizedError, type WorkbookSnapshot } from "../core";
import { XlsxReadError } from "../xlsx-read/errors";
import { PartIndex, type PartSource } from "../xlsx-read/parts";
import { readWorkbookInfo } from "../xlsx-read/workbook";
import { readPackage } from "../xlsx-read/read-snapshot";
import { centralDirectory, localNameMatches, readEntry, ZipEntry, ZipFormatError, ZipSizeLieError } from "./zip";

/*
 * Reading a workbook from its bytes, the same in every host: the CLI (read-xlsx.ts reads the file, within the limits,
 * and hands its bytes here) and the page (src/web, a file the user chose). No file system, no Node API but Buffer.
 */

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
export class WorkbookReadError extends LocalizedError {
  declare readonly code: ReadErrorCode;
  constructor(code: ReadErrorCode, zh: string, en: string) {
    super(code, zh, en);
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
export const DEFAULT_LIMITS: ReadLimits = {
  maxUnpackedBytes: 512 * MB,
  maxEntryBytes: 256 * MB,
  maxRows: 200_000,
  maxCells: 5_000_000,
};

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);
/** The stream an encrypted .xlsx (Office "Encrypt with password") keeps its package in, as an OLE directory name. */
const ENCRYPTED_PACKAGE = Buffer.from("EncryptedPackage", "utf16le");

/** The defined name annotate.ts gives every annotated copy (see ANNOTATED_MARK there). */
const MARK_NAME = "_BudgetRuler_AnnotatedCopy";

/** A part larger than V8's longest string cannot be decoded at all, whatever the limits say. */
const MAX_PART = 0x1fffffe8;

const mb = (bytes: number) => (bytes / MB).toFixed(bytes < 10 * MB ? 2 : 0);

function tooLarge(file: string, zh: string, en: string, flag: string, suggested: string): WorkbookReadError {
  return new WorkbookReadError(
    "too-large",
    `${file} 超出读取限制：${zh}。如确需检查，请加大限制，例如 ${flag} ${suggested}`,
    `${file} exceeds a read limit: ${en}. To check it anyway, raise the limit, e.g. ${flag} ${suggested}`,
  );
}

/** The format of a file that is not an .xlsx, as an error naming what it is and what to do. */
function sniff(file: string, buf: Buffer): void {
  const head = buf.subarray(0, 4);
  if (head.equals(OLE_MAGIC)) {
    if (buf.indexOf(ENCRYPTED_PACKAGE) >= 0)
      throw new WorkbookReadError(
        "encrypted",
        `${file} 是加密（设有打开密码）的工作簿，无法读取：请在 Excel 中取消密码（文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码）后另存再检查`,
        `${file} is an encrypted (password-protected) workbook and cannot be read: remove the password in Excel (File → Info → Protect Workbook → Encrypt with Password, clear it), save, and check again`,
      );
    throw new WorkbookReadError(
      "not-xlsx",
      `${file} 是旧版 .xls 或其他 Office 格式，请在 Excel 中另存为 .xlsx 后再检查`,
      `${file} is an old .xls or another Office format; save it as .xlsx in Excel and check again`,
    );
  }
  if (!head.equals(ZIP_MAGIC))
    throw new WorkbookReadError("not-xlsx", `${file} 不是 .xlsx 工作簿`, `${file} is not an .xlsx workbook`);
}

function corrupt(file: string, zh: string, en: string): WorkbookReadError {
  return new WorkbookReadError(
    "corrupt-file",
    `${file} 已损坏或不是有效的 .xlsx 工作簿：${zh}`,
    `${file} is damaged or not a valid .xlsx workbook: ${en}`,
  );
}

function checkDirectory(file: string, buf: Buffer, entries: ZipEntry[], limits: ReadLimits): void {
  const mimetype = entries.find((e) => e.name === "mimetype");
  if (mimetype && mimetype.uncompressedSize < 200) {
    let type = "";
    try {
      type = readEntry(buf, mimetype).toString("latin1").trim();
    } catch {
      // a damaged mimetype entry: not an OpenDocument signature, the reader goes on
    }
    if (type.startsWith("application/vnd.oasis.opendocument")) {
      const sheet = type === "application/vnd.oasis.opendocument.spreadsheet";
      throw new WorkbookReadError(
        "opendocument",
        `${file} 是 OpenDocument ${sheet ? "电子表格（.ods）" : "文档"}，不是 .xlsx：请在 WPS、LibreOffice 或 Excel 中另存为 .xlsx 后再检查`,
        `${file} is an OpenDocument ${sheet ? "spreadsheet (.ods)" : "document"}, not .xlsx: save it as .xlsx (WPS, LibreOffice or Excel) and check again`,
      );
    }
  }
  // Each entry's own header must name what the directory names: a zip whose records disagree is damaged (as
  // LibreOffice finds it), whichever part it is.
  const mismatched = entries.find((e) => !localNameMatches(buf, e));
  if (mismatched)
    throw new WorkbookReadError(
      "corrupt-file",
      `${file} 已损坏：压缩包中“${mismatched.name}”的文件头与目录记录不符`,
      `${file} is damaged: the header of "${mismatched.name}" in the zip does not match its directory record`,
    );
  if (entries.some((e) => e.flags & 1))
    throw new WorkbookReadError(
      "encrypted",
      `${file} 的压缩包内容已加密，无法读取：请保存一份未加密的 .xlsx 再检查`,
      `${file} holds encrypted zip entries and cannot be read: save an unencrypted .xlsx and check again`,
    );
  let total = 0;
  for (const e of entries) {
    if (e.uncompressedSize > limits.maxEntryBytes)
      throw tooLarge(
        file,
        `其中的 ${e.name} 解压后 ${mb(e.uncompressedSize)} MB，超过单项上限 ${mb(limits.maxEntryBytes)} MB`,
        `its part ${e.name} unpacks to ${mb(e.uncompressedSize)} MB, over the ${mb(limits.maxEntryBytes)} MB per-part limit`,
        "--max-entry-mb",
        String(Math.ceil(e.uncompressedSize / MB) + 1),
      );
    if (e.uncompressedSize > MAX_PART)
      throw new WorkbookReadError(
        "too-large",
        `${file} 中的 ${e.name} 解压后 ${mb(e.uncompressedSize)} MB，超过单个部件可读取的最大值 ${mb(MAX_PART)} MB（此限制无法调大）`,
        `${file}: its part ${e.name} unpacks to ${mb(e.uncompressedSize)} MB, over the ${mb(MAX_PART)} MB that any one part can be read at (this limit cannot be raised)`,
      );
    total += e.uncompressedSize;
  }
  if (total > limits.maxUnpackedBytes)
    throw tooLarge(
      file,
      `解压后共 ${mb(total)} MB，超过上限 ${mb(limits.maxUnpackedBytes)} MB`,
      `it unpacks to ${mb(total)} MB in all, over the ${mb(limits.maxUnpackedBytes)} MB limit`,
      "--max-unpacked-mb",
      String(Math.ceil(total / MB) + 1),
    );
  if (entries.some((e) => /^\/?xl\/workbook\.bin$/i.test(e.name)))
    throw new WorkbookReadError(
      "not-xlsx",
      `${file} 是 Excel 二进制工作簿（.xlsb），不是 .xlsx：请在 Excel 或 WPS 中另存为 .xlsx 后再检查`,
      `${file} is an Excel binary workbook (.xlsb), not .xlsx: save it as .xlsx (Excel or WPS) and check again`,
    );
}

/** The zip of a workbook, read and checked against the limits before anything is inflated. */
export interface OpenedZip {
  buf: Buffer;
  entries: ZipEntry[];
}

/**
 * Whether the bytes of a file are one of our annotated copies: a zip whose workbook part (found as the reader finds it)
 * defines the mark. Reads only the package's relationships and workbook part, each within the limits. Never throws.
 */
export function isAnnotatedCopyBytes(buf: Buffer, limits: ReadLimits): boolean {
  try {
    if (!buf.subarray(0, 4).equals(ZIP_MAGIC)) return false;
    const entries = centralDirectory(buf).filter((e) => !e.name.endsWith("/"));
    if (entries.some((e) => e.uncompressedSize > limits.maxEntryBytes)) return false;
    const info = readWorkbookInfo(new PartIndex(zipParts({ buf, entries })));
    return Boolean(info?.definedNames.includes(MARK_NAME));
  } catch {
    return false;
  }
}

/**
 * Opens the bytes of an .xlsx (`file` names it in messages) within the limits: the file's size, its format (an old
 * .xls, an encrypted or OpenDocument file is named as such), then the zip's central directory — sizes, encryption —
 * before anything is inflated.
 */
export function openZipBytes(file: string, buf: Buffer, limits: ReadLimits = DEFAULT_LIMITS): OpenedZip {
  if (buf.length > limits.maxUnpackedBytes) throw fileTooLarge(file, buf.length, limits);
  sniff(file, buf);
  let entries: ZipEntry[];
  try {
    entries = centralDirectory(buf);
  } catch (err) {
    if (err instanceof ZipFormatError) throw corrupt(file, ...zipProblem(err.message));
    throw err;
  }
  checkDirectory(file, buf, entries, limits);
  return { buf, entries: entries.filter((e) => !e.name.endsWith("/")) };
}

/** A file over the --max-unpacked-mb limit by its own size. */
export function fileTooLarge(file: string, size: number, limits: ReadLimits): WorkbookReadError {
  return tooLarge(
    file,
    `文件大小 ${mb(size)} MB 超过上限 ${mb(limits.maxUnpackedBytes)} MB`,
    `the file is ${mb(size)} MB, over the ${mb(limits.maxUnpackedBytes)} MB limit`,
    "--max-unpacked-mb",
    String(Math.ceil(size / MB) + 1),
  );
}

/** What is wrong with the zip structure, in words a user understands. */
function zipProblem(detail: string): [string, string] {
  if (/end of central directory/.test(detail))
    return [
      "文件不完整，找不到压缩包目录（可能在复制或下载时被截断）",
      "the file is incomplete: its zip directory is missing (it may have been cut off while copied or downloaded)",
    ];
  if (/outside the file/.test(detail))
    return [
      "压缩包目录指向文件之外（文件被截断或损坏）",
      "its zip directory points past the end of the file (truncated or damaged)",
    ];
  return ["压缩包目录损坏", "its zip directory is damaged"];
}

/**
 * The parts of an opened zip, each inflated when asked for, capped a little over its declared size (zip.ts): a part
 * that cannot be inflated is an XlsxReadError naming it.
 */
export function zipParts(zip: OpenedZip): PartSource {
  const byName = new Map(zip.entries.map((e) => [e.name.replace(/^\/+/, ""), e]));
  return {
    names: () => [...byName.keys()],
    read(name) {
      const e = byName.get(name);
      if (!e) throw new XlsxReadError("corrupt-file", name, `缺少部件 ${name}`, `the part ${name} is missing`);
      let data: Buffer;
      try {
        data = readEntry(zip.buf, e);
      } catch (err) {
        if (err instanceof ZipSizeLieError)
          throw new XlsxReadError(
            "corrupt-file",
            name,
            `部件 ${name} 解压后大于其声明的 ${err.declared} 字节，文件已损坏或被刻意构造`,
            `the part ${name} inflates to more than its declared ${err.declared} bytes: the file is damaged or crafted`,
          );
        if (err instanceof ZipFormatError)
          throw new XlsxReadError(
            "corrupt-file",
            name,
            `部件 ${name} 无法解压（数据损坏）`,
            `the part ${name} cannot be inflated (its data is damaged)`,
          );
        throw err;
      }
      // The stored CRC is not checked: LibreOffice and Excel read a part whose checksum is off, and so does the audit.
      return data;
    },
  };
}

export interface LoadOptions {
  limits?: ReadLimits;
}

/**
 * What a check reads: the workbook's snapshot — values, cached results, formulas, number formats, merges, hidden
 * state, sheet names — streamed from the parts that hold them (src/xlsx-read), with nothing a sheet declares
 * expanded. `file` names the file in messages, `name` (its base name) is the snapshot's. Every failure is a WorkbookReadError naming the file and the part.
 */
export function readWorkbookBytes(
  file: string,
  buf: Buffer,
  name: string,
  options: LoadOptions = {},
): { snapshot: WorkbookSnapshot; zip: OpenedZip } {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const zip = openZipBytes(file, buf, limits);
  let read;
  try {
    read = readPackage(zipParts(zip), name, limits);
  } catch (err) {
    if (err instanceof XlsxReadError) throw fromXlsxError(file, err);
    throw err;
  }
  if (read.definedNames.includes(MARK_NAME))
    throw new WorkbookReadError(
      "annotated-copy",
      `${file} 是本工具写出的标注副本，已跳过；请检查原文件`,
      `${file} is an annotated copy written by this tool; skipped — check the original instead`,
    );
  if (!read.snapshot.sheets.length) throw noWorksheets(file);
  return { snapshot: read.snapshot, zip };
}

function fromXlsxError(file: string, err: XlsxReadError): WorkbookReadError {
  if (err.code === "too-large" && err.raise)
    return new WorkbookReadError(
      "too-large",
      `${file} 超出读取限制：${err.zh}。如确需检查，请加大限制，例如 ${err.raise.flag} ${err.raise.value}`,
      `${file} exceeds a read limit: ${err.en}. To check it anyway, raise the limit, e.g. ${err.raise.flag} ${err.raise.value}`,
    );
  if (err.code === "not-xlsx") return new WorkbookReadError("not-xlsx", `${file} ${err.zh}`, `${file} is ${err.en}`);
  return new WorkbookReadError(
    "corrupt-file",
    `${file} 已损坏，无法读取：${err.zh}`,
    `${file} is damaged and cannot be read: ${err.en}`,
  );
}

function noWorksheets(file: string): WorkbookReadError {
  return new WorkbookReadError("corrupt-file", `${file} 中没有工作表`, `${file} has no worksheets`);
}
