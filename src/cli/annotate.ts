import * as crypto from "crypto";
import * as fs from "fs";
import * as path from "path";
import { LocalizedError } from "../core";
import { annotatedBytes, type AuditedFile } from "./audit-file";
import { copyName } from "./copy-name";
import { DEFAULT_LIMITS, ReadLimits } from "./open-package";
import { isAnnotatedCopy } from "./read-xlsx";
import { PatchError } from "./patch-package";
import { ZipTooLargeError } from "./zip";

/** An annotated copy that was not written; the input's audit stands. */
export class OutputError extends LocalizedError {
  constructor(zh: string, en: string) {
    super("output-not-written", zh, en);
  }
}

/** Where the annotated copy of `file` goes when nothing collides: DIR/<name>.审核.xlsx — never the original. */
export function annotatedPath(file: string, dir: string): string {
  return path.join(dir, copyName(path.basename(file, path.extname(file))));
}

/**
 * One output per input, all distinct: the first input (in command-line order) with a given name gets
 * <name>.审核.xlsx, the next ones <name>.审核-2.xlsx, -3… (d1/budget.xlsx + d2/budget.xlsx, x.xlsx + x.xlsm).
 * Compared case-insensitively, as on the file systems of Windows and macOS.
 */
export function planOutputs(files: readonly string[], dir: string): string[] {
  const taken = new Set<string>();
  const key = (p: string) => path.resolve(p).normalize("NFC").toLowerCase();
  return files.map((file) => {
    const stem = path.basename(file, path.extname(file));
    let out = annotatedPath(file, dir);
    for (let k = 2; taken.has(key(out)); k++) out = path.join(dir, copyName(stem, k));
    taken.add(key(out));
    return out;
  });
}

/** A file's identity: device and inode (the same for every hard link and every symlink to it). */
function identity(st: fs.BigIntStats): string {
  return `${st.dev}:${st.ino}`;
}

/**
 * The identities (dev:ino, symlinks followed) and real paths of the run's inputs that exist, to refuse writing
 * over any of them: the identity catches hard links, the real path symlinked folders on the way.
 */
export function inputIdentities(files: readonly string[]): { ids: string[]; paths: string[] } {
  const ids: string[] = [];
  const paths: string[] = [];
  for (const f of files) {
    try {
      ids.push(identity(fs.statSync(f, { bigint: true })));
      paths.push(fs.realpathSync(f));
    } catch {
      // a missing input cannot be overwritten
    }
  }
  return { ids, paths };
}

/** The real path `out` has or would have: its folder's real path (links resolved) and its own name (not followed). */
function realOut(out: string): string {
  try {
    return path.join(fs.realpathSync(path.dirname(out)), path.basename(out));
  } catch {
    return path.resolve(out);
  }
}

/**
 * Whether `out` may be (re)placed: nothing there, or a regular file that is one of our own annotated copies and
 * not an input of this run. Never a link (not followed, not replaced), a directory, an input of this run (even
 * one of our copies: an input is never written over), or a file someone else wrote.
 */
function checkTarget(
  out: string,
  inputs: ReadonlySet<string>,
  inputPaths: ReadonlySet<string>,
  limits: ReadLimits,
): void {
  let st: fs.BigIntStats;
  try {
    st = fs.lstatSync(out, { bigint: true });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return;
    throw failed(out, err);
  }
  if (st.isSymbolicLink())
    throw new OutputError(
      `${out} 是一个链接，为免改动它指向的文件，不写入也不替换它；请删除该链接或换一个 --annotate 目录`,
      `${out} is a link; it is neither followed nor replaced, so that the file it points to stays untouched. Remove the link or choose another --annotate folder`,
    );
  if (!st.isFile())
    throw new OutputError(
      `${out} 已存在且不是普通文件，未写出标注副本`,
      `${out} exists and is not a regular file; the annotated copy was not written`,
    );
  const ours = isAnnotatedCopy(out, limits);
  if (inputs.has(identity(st)) || inputPaths.has(realOut(out))) {
    if (ours)
      throw new OutputError(
        `${out} 是本工具先前写出的标注副本，但它也是本次检查的输入，不会被覆盖；请不要把标注副本作为输入（例如只给出原文件），或换一个 --annotate 目录`,
        `${out} is an annotated copy written earlier, but it is also an input of this run and is never overwritten; leave annotated copies out of the inputs (give the originals only) or choose another --annotate folder`,
      );
    throw new OutputError(
      `${out} 是本次检查的输入文件（或其链接），不会被覆盖；请换一个 --annotate 目录`,
      `${out} is an input of this run (or a link to one) and is never overwritten; choose another --annotate folder`,
    );
  }
  if (!ours)
    throw new OutputError(
      `${out} 已存在，且不是本工具写出的标注副本，未替换它；请移走该文件或换一个 --annotate 目录`,
      `${out} already exists and is not an annotated copy written by this tool; it was not replaced. Move it away or choose another --annotate folder`,
    );
}

function failed(out: string, err: unknown): OutputError {
  const code = (err as NodeJS.ErrnoException).code;
  const why: Record<string, [string, string]> = {
    EACCES: ["没有写入权限", "no permission to write there"],
    EPERM: ["没有写入权限", "no permission to write there"],
    EROFS: ["所在文件系统只读", "the file system is read-only"],
    ENOSPC: ["磁盘空间不足", "the disk is full"],
    ENOTDIR: ["--annotate 给出的路径（或其上级）不是文件夹", "the --annotate path (or a parent of it) is not a folder"],
    EEXIST: ["--annotate 给出的路径已存在且不是文件夹", "the --annotate path exists and is not a folder"],
  };
  // Anything but a file-system error comes from the workbook writer: said in words, not with its exception's text.
  if (err instanceof PatchError)
    return new OutputError(
      `无法写出标注副本 ${out}：${err.zh}；审核结果不受影响`,
      `Cannot write the annotated copy ${out}: ${err.en}; the audit itself is unaffected`,
    );
  if (err instanceof ZipTooLargeError)
    return new OutputError(
      `无法写出标注副本 ${out}：副本超过 4 GiB 或 65,535 个部件，无法写出；审核结果不受影响`,
      `Cannot write the annotated copy ${out}: it would exceed 4 GiB or 65,535 parts; the audit itself is unaffected`,
    );
  const [zh, en] =
    why[code ?? ""] ??
    (code
      ? [code, code]
      : [
          "此工作簿的结构不被支持，未能写出副本；审核结果不受影响",
          "this workbook's structure is not supported, so no copy was written; the audit itself is unaffected",
        ]);
  return new OutputError(`无法写出标注副本 ${out}：${zh}`, `Cannot write the annotated copy ${out}: ${en}`);
}

/**
 * Writes the annotated copy of the audited workbook to `out` without ever losing a file: the copy goes to a new
 * temporary file in the same folder (created exclusively, links not followed), and is renamed over `out` only
 * after checkTarget has allowed it (checked again just before the rename). Throws OutputError.
 */
export async function writeAnnotatedCopy(
  copy: NonNullable<AuditedFile["copy"]>,
  out: string,
  inputs: { ids: ReadonlySet<string>; paths: ReadonlySet<string> } = { ids: new Set(), paths: new Set() },
  limits: ReadLimits = DEFAULT_LIMITS,
): Promise<string> {
  const dir = path.dirname(out);
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch (err) {
    throw failed(out, err);
  }
  checkTarget(out, inputs.ids, inputs.paths, limits);
  let data: Buffer[];
  try {
    data = annotatedBytes(copy);
  } catch (err) {
    throw failed(out, err);
  }
  const tmp = path.join(dir, `.${path.basename(out)}.${process.pid}.${crypto.randomBytes(6).toString("hex")}.tmp`);
  let fd: number;
  try {
    fd = fs.openSync(
      tmp,
      fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | fs.constants.O_NOFOLLOW,
      0o644,
    );
  } catch (err) {
    throw failed(out, err);
  }
  try {
    try {
      for (const chunk of data) for (let at = 0; at < chunk.length;) at += fs.writeSync(fd, chunk, at);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    checkTarget(out, inputs.ids, inputs.paths, limits);
    fs.renameSync(tmp, out);
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    throw err instanceof OutputError ? err : failed(out, err);
  }
  return out;
}
