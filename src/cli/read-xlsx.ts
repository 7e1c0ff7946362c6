import * as fs from "fs";
import * as path from "path";
import type { WorkbookSnapshot } from "../core";
import {
  DEFAULT_LIMITS,
  fileTooLarge,
  isAnnotatedCopyBytes,
  type LoadOptions,
  type OpenedZip,
  openZipBytes,
  type ReadLimits,
  readWorkbookBytes,
  WorkbookReadError,
} from "./open-package";

/*
 * The CLI's edge of reading: a path becomes bytes (one descriptor, its size checked before it is read), then
 * open-package.ts reads them as every host does.
 */

function openInput(file: string): number {
  try {
    // O_NONBLOCK: opening a fifo must not hang waiting for a writer; fstat then says it is not a file.
    return fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "EACCES" || code === "EPERM")
      throw new WorkbookReadError(
        "permission-denied",
        `没有读取 ${file} 的权限：请检查文件权限或换一个有权限的账户运行`,
        `No permission to read ${file}: check the file's permissions or run as a user who may read it`,
      );
    if (code === "ENOENT" || code === "ENOTDIR")
      throw new WorkbookReadError("file-not-found", `找不到文件：${file}`, `File not found: ${file}`);
    if (code === "ELOOP" || code === "EISDIR")
      throw new WorkbookReadError(
        "not-a-file",
        `${file} 不是普通文件，请给出 .xlsx 文件的路径`,
        `${file} is not a regular file; give the path of an .xlsx file`,
      );
    throw new WorkbookReadError(
      "corrupt-file",
      `无法打开 ${file}（${code ?? (err as Error).message}）`,
      `Cannot open ${file} (${code ?? (err as Error).message})`,
    );
  }
}

/** Reads the whole file through one descriptor (so what is checked is what is read) within the size limit. */
export function readInputBytes(file: string, limits: ReadLimits): Buffer {
  const fd = openInput(file);
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile()) {
      const what = st.isDirectory()
        ? ["是一个文件夹", "is a directory"]
        : ["不是普通文件（可能是管道或设备）", "is not a regular file (a pipe or device)"];
      throw new WorkbookReadError(
        "not-a-file",
        `${file} ${what[0]}，请给出 .xlsx 文件的路径`,
        `${file} ${what[1]}; give the path of an .xlsx file`,
      );
    }
    if (st.size > limits.maxUnpackedBytes) throw fileTooLarge(file, st.size, limits);
    return fs.readFileSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Whether `file` is one of our annotated copies (open-package.ts, isAnnotatedCopyBytes). Never throws. */
export function isAnnotatedCopy(file: string, limits: ReadLimits = DEFAULT_LIMITS): boolean {
  try {
    return isAnnotatedCopyBytes(readInputBytes(file, limits), limits);
  } catch {
    return false;
  }
}

/** Opens the .xlsx at `file` within the limits (open-package.ts, openZipBytes). */
export function openZip(file: string, limits: ReadLimits = DEFAULT_LIMITS): OpenedZip {
  return openZipBytes(file, readInputBytes(file, limits), limits);
}

/** The snapshot of the workbook at `file` (open-package.ts, readWorkbookBytes). */
export function readWorkbook(file: string, options: LoadOptions = {}): { snapshot: WorkbookSnapshot; zip: OpenedZip } {
  const limits = options.limits ?? DEFAULT_LIMITS;
  return readWorkbookBytes(file, readInputBytes(file, limits), path.basename(file), { limits });
}
