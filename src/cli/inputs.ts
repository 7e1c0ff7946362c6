import * as fs from "fs";
import * as path from "path";
import { globSync, isDynamicPattern } from "tinyglobby";
import { byPath } from "./path-order";
import type { ErrorEntry } from "./file-result";

/** One input of the run after folders and patterns are expanded: a file to check, or why an argument gave none. */
export interface InputEntry {
  file: string;
  /** Set when the argument named nothing to check (an empty folder, a pattern matching no file). */
  error?: ErrorEntry;
}

/** Workbooks a folder holds: .xlsx and .xlsm, in any case. */
const WORKBOOK = /\.(xlsx|xlsm)$/i;
/** Excel's lock files while a workbook is open (~$预算.xlsx): never a workbook. */
const TEMP = /^~\$/;
/** Our own annotated copies, by name (<name>.审核.xlsx, <name>.审核-2.xlsx, …-annotated…); marked ones are skipped by the reader too. */
const ANNOTATED = /\.审核(-\d+)?\.(xlsx|xlsm)$|-annotated/i;

/** A folder's workbooks, recursively, sorted; temporary files and our annotated copies left out; links to folders not followed. */
function folderWorkbooks(dir: string): string[] {
  const found = globSync(["**/*.xlsx", "**/*.xlsm"], {
    cwd: dir,
    caseSensitiveMatch: false,
    followSymbolicLinks: false,
    onlyFiles: true,
    expandDirectories: false,
  });
  return found
    .filter(
      (rel) => WORKBOOK.test(rel) && !TEMP.test(path.posix.basename(rel)) && !ANNOTATED.test(path.posix.basename(rel)),
    )
    .sort(byPath)
    .map((rel) => path.join(dir, ...rel.split("/")));
}

/**
 * The command line's inputs as files, in command-line order: a file as given (even one that does not exist: the
 * reader names the problem), a folder as every workbook under it, and a pattern (`budgets/*.xlsx`,
 * `**\/*.xlsm`) expanded here, so it works where the shell does not expand it (cmd.exe, PowerShell). A pattern's
 * matches are sorted and leave out Excel's `~$` lock files. A path that exists is never read as a pattern.
 */
export function expandInputs(
  args: readonly string[],
  lang: "zh-CN" | "en-US",
  platform: NodeJS.Platform = process.platform,
): InputEntry[] {
  const en = lang === "en-US";
  const out: InputEntry[] = [];
  for (const arg of args) {
    let isDir = false;
    let exists = false;
    try {
      isDir = fs.statSync(arg).isDirectory();
      exists = true;
    } catch {
      // not there as written: maybe a pattern
    }
    if (isDir) {
      const files = folderWorkbooks(arg);
      if (files.length) out.push(...files.map((file) => ({ file })));
      // A folder named like a workbook was meant as one: the reader says it is a folder (not-a-file).
      else if (/\.(xlsx|xlsm|xls)$/i.test(arg)) out.push({ file: arg });
      else
        out.push({
          file: arg,
          error: {
            code: "file-not-found",
            message: en
              ? `The folder ${arg} holds no .xlsx or .xlsm workbook`
              : `文件夹 ${arg} 中没有 .xlsx 或 .xlsm 工作簿`,
          },
        });
      continue;
    }
    // Windows writes folders with backslashes; a pattern's separators are forward slashes.
    const pattern = platform === "win32" ? arg.replace(/\\/g, "/") : arg;
    if (exists || !isDynamicPattern(pattern)) {
      out.push({ file: arg });
      continue;
    }
    const files = globSync([pattern], { onlyFiles: true, expandDirectories: false, followSymbolicLinks: false })
      .filter((f) => !TEMP.test(path.posix.basename(f)))
      .sort(byPath)
      .map((f) => (platform === "win32" ? f.replace(/\//g, "\\") : f));
    if (files.length) out.push(...files.map((file) => ({ file })));
    else
      out.push({
        file: arg,
        error: { code: "file-not-found", message: en ? `No file matches ${arg}` : `没有与 ${arg} 匹配的文件` },
      });
  }
  return out;
}
