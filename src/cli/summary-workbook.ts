import * as fs from "fs";
import * as path from "path";
import { LocalizedError, type LabelLang, type StandardPack } from "../core";
import type { FileResult } from "./file-result";
import { annotatedPath } from "./annotate";
import { summaryWorkbookBytes } from "./summary-sheets";

/**
 * `check FILE... --summary OUT.xlsx`: the CLI's edge of the summary workbook (summary-sheets.ts builds it): the
 * target checked against the inputs, the bytes written through a temporary file renamed into place.
 */

class SummaryTargetError extends LocalizedError {
  constructor(zh: string, en: string) {
    super("summary-not-written", zh, en);
  }
}

function sameFile(a: fs.Stats, b: fs.Stats): boolean {
  return a.dev === b.dev && a.ino === b.ino;
}

/**
 * Refuses a summary path that is (or would replace) one of the inputs: the same path, or — when it exists — the
 * same file by identity (a symlink or hard link to an input, another spelling on a case-insensitive disk), or a
 * directory. Checked locally: src/cli/annotate.ts has no general output-safety helper on this branch yet.
 */
function assertSummaryTarget(out: string, inputs: readonly string[]): void {
  const resolved = path.resolve(out);
  const refuse = (input: string): never => {
    throw new SummaryTargetError(
      `汇总工作簿 ${out} 是输入文件 ${input}，不会覆盖输入文件；请另选路径（例如放在送审文件所在文件夹之外）`,
      `the summary workbook ${out} is the input file ${input}: an input is never overwritten; choose another path (outside the folder of submissions, say)`,
    );
  };
  for (const input of inputs) if (path.resolve(input) === resolved) refuse(input);
  let target: fs.Stats;
  try {
    target = fs.statSync(out);
  } catch {
    return; // Nothing there yet: no input can be it (an input that exists would make it exist).
  }
  if (target.isDirectory())
    throw new SummaryTargetError(
      `汇总工作簿的路径 ${out} 是一个目录，请给出 .xlsx 文件名`,
      `the summary path ${out} is a directory: give an .xlsx file name`,
    );
  for (const input of inputs) {
    let st: fs.Stats;
    try {
      st = fs.statSync(input);
    } catch {
      continue;
    }
    if (sameFile(st, target)) refuse(input);
  }
}

/**
 * Writes the summary workbook to `out` (through a temporary file beside it, renamed into place), after checking
 * that `out` is none of `inputs`. Returns the path written.
 */
async function writeSummaryWorkbook(
  results: readonly FileResult[],
  pack: StandardPack,
  out: string,
  opts: { lang: LabelLang; inputs: readonly string[] },
): Promise<string> {
  assertSummaryTarget(out, opts.inputs);
  const dir = path.dirname(path.resolve(out));
  // A relative link from the summary's folder to a copy, with forward slashes (Excel and LibreOffice read both).
  const linkTo = (copy: string) => path.relative(dir, path.resolve(copy)).split(path.sep).join("/");
  const bytes = await summaryWorkbookBytes(results, pack, opts.lang, linkTo);
  fs.mkdirSync(dir, { recursive: true });
  const tmp = path.join(dir, `.${path.basename(out)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(tmp, bytes);
    assertSummaryTarget(out, opts.inputs);
    fs.renameSync(tmp, out);
  } finally {
    if (fs.existsSync(tmp)) fs.rmSync(tmp, { force: true });
  }
  return out;
}

/** What the CLI hooks need of a parsed `check` command. */
interface SummaryCommand {
  summary?: string | null;
  files: string[];
  lang: LabelLang;
  annotate?: string | null;
}

/** Before any file is checked: a --summary path that is an input is refused (exit 2) with a message. */
export function summaryTargetOk(command: SummaryCommand, io: { err(text: string): void }): boolean {
  if (!command.summary) return true;
  try {
    assertSummaryTarget(command.summary, command.files);
    // Nor is it one of this run's annotated copies (one would replace the other).
    const target = path.resolve(command.summary);
    const copy = command.annotate
      ? command.files.find((f) => path.resolve(annotatedPath(f, command.annotate!)) === target)
      : undefined;
    if (copy !== undefined) {
      throw new SummaryTargetError(
        `汇总工作簿 ${command.summary} 与 ${copy} 的标注副本同名，请另选路径`,
        `the summary workbook ${command.summary} is where the annotated copy of ${copy} goes: choose another path`,
      );
    }
    return true;
  } catch (err) {
    if (!(err instanceof SummaryTargetError)) throw err;
    io.err(command.lang === "en-US" ? `Error: ${err.messageEn}` : `错误：${err.message}`);
    return false;
  }
}

/** After the files are checked: writes the --summary workbook (when asked for); false when it could not be. */
export async function writeSummary(
  command: SummaryCommand,
  results: readonly FileResult[],
  pack: StandardPack,
  io: { err(text: string): void },
): Promise<boolean> {
  if (!command.summary) return true;
  const en = command.lang === "en-US";
  try {
    const written = await writeSummaryWorkbook(results, pack, command.summary, {
      lang: command.lang,
      inputs: command.files,
    });
    io.err(en ? `Summary workbook written: ${written}` : `已写出汇总工作簿：${written}`);
    return true;
  } catch (err) {
    const target = err instanceof SummaryTargetError;
    io.err(
      en
        ? `Error: ${target ? err.messageEn : `the summary workbook could not be written: ${(err as Error).message}`}`
        : `错误：${target ? err.message : `无法写出汇总工作簿：${(err as Error).message}`}`,
    );
    return false;
  }
}
