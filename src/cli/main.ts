import { AUTO_PACK, exitSeverity, StandardPackError, type StandardPack } from "../core";
import { inputIdentities, planOutputs } from "./annotate";
import { Command, parseArgs, USAGE, UsageError } from "./args";
import type { CheckSettings } from "./audit-file";
import type { ErrorEntry, FileResult } from "./file-result";
import { checkAll } from "./pool";
import { failureReport, jsonReport, reportPacks } from "./report-json";
import { textReport } from "./report-text";
import { availableStandards, loadStandardById, loadStandardFromFile, toolVersion } from "./standards";
import type { PackSet } from "./audit-file";
import { langGiven, resolveLang, type Env } from "./lang";
import { USAGE_EN } from "./usage-en";
import { summaryTargetOk, writeSummary } from "./summary-workbook";
import { loadCorrections } from "./corrections";
import * as readline from "readline";
import { expandInputs } from "./inputs";
import { failedResult } from "./file-result";
import { fitWidth, layoutFor, type OutputTarget } from "./terminal";

export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** The environment (LANG / LC_ALL choose an English report and help; NO_COLOR); none given: Chinese. */
  env?: Env;
  /** Where stdout goes: a terminal of some width (colour, wrapping) or not; absent: not a terminal. */
  stdout?: OutputTarget;
  /** A status line on stderr that the next one replaces (`[n/N] file`), only when stderr is a terminal; null clears it. */
  status?: (text: string | null) => void;
}

/** The one-line status on a terminal's stderr, rewritten in place with node's own readline cursor functions. */
function terminalStatus(stream: NodeJS.WriteStream): (text: string | null) => void {
  return (text) => {
    readline.clearLine(stream, 0);
    readline.cursorTo(stream, 0);
    if (text !== null) stream.write(fitWidth(text, (stream.columns || 80) - 1));
  };
}

const processIo: Io = {
  out: (t) => process.stdout.write(t.endsWith("\n") ? t : `${t}\n`),
  err: (t) => process.stderr.write(t.endsWith("\n") ? t : `${t}\n`),
  env: process.env,
  stdout: { isTTY: process.stdout.isTTY === true, columns: process.stdout.columns },
  ...(process.stderr.isTTY ? { status: terminalStatus(process.stderr) } : {}),
};

/** A `--standard` value that names a file (`./my-pack.json`) rather than a bundled pack id. */
const isPackFile = (value: string) => /[\\/]/.test(value) || value.endsWith(".json");

/**
 * The standard pack, or the error that says why it cannot be used: `unknown-standard` (no bundled pack of that
 * id) or `invalid-standard` (the pack file is missing, unreadable, not JSON or not valid), with the loader's
 * own details (its code, file, field, line, column) under `details`.
 */
function loadPack(value: string, lang: "zh-CN" | "en-US"): StandardPack | ErrorEntry {
  try {
    return isPackFile(value) ? loadStandardFromFile(value, lang) : loadStandardById(value, lang);
  } catch (err) {
    if (err instanceof StandardPackError) {
      const code = err.code === "standard-unknown-id" ? "unknown-standard" : "invalid-standard";
      return { code, message: err.text(lang), details: err.details(lang) } as ErrorEntry;
    }
    const message = (err as Error)?.message ?? String(err);
    return {
      code: "invalid-standard",
      message:
        lang === "en-US" ? `The standard ${value} cannot be loaded: ${message}` : `标准 ${value} 无法载入：${message}`,
    };
  }
}

/**
 * The packs files are checked with: every bundled pack to choose from per file (`--standard auto`, the default), or
 * the one given (an id or a file), with why it was used.
 */
function loadPacks(value: string, lang: "zh-CN" | "en-US"): PackSet | ErrorEntry {
  if (value === AUTO_PACK) {
    const packs: StandardPack[] = [];
    for (const id of availableStandards()) {
      const pack = loadPack(id, lang);
      if (!("rules" in pack)) return pack;
      packs.push(pack);
    }
    return { packs, fixed: null };
  }
  const pack = loadPack(value, lang);
  if (!("rules" in pack)) return pack;
  return { packs: [pack], fixed: isPackFile(value) ? { file: value } : {} };
}

/** The stderr lines of one file: what went wrong with it or its copy, what was written, what was skipped. */
function notes(r: FileResult, en: boolean): string[] {
  const lines: string[] = [];
  const E = en ? "Error: " : "错误：";
  if (r.error) lines.push(E + r.error.message);
  if (r.skipped) lines.push((en ? "Skipped: " : "跳过：") + r.skipped.message);
  if (r.output?.error) lines.push(E + r.output.error.message);
  else if (r.output) lines.push((en ? "Annotated copy written: " : "已写出标注副本：") + r.output.file);
  return lines;
}

async function check(command: Extract<Command, { command: "check" }>, io: Io): Promise<number> {
  const en = command.lang === "en-US";
  const packs = loadPacks(command.standard, command.lang);
  if (!("packs" in packs)) {
    if (command.format === "json") io.out(failureReport(packs, toolVersion()));
    io.err((en ? "Error: " : "错误：") + packs.message);
    return 2;
  }
  const corrections = command.overrides ? loadCorrections(command.overrides, command.lang) : null;
  if (corrections && "code" in corrections) {
    if (command.format === "json") io.out(failureReport(corrections, toolVersion()));
    io.err((en ? "Error: " : "错误：") + corrections.message);
    return 2;
  }
  // Folders and patterns become the files under them (sorted); an argument that names none is reported as such.
  const inputs = expandInputs(command.files, command.lang);
  command.files = inputs.filter((e) => !e.error).map((e) => e.file);
  if (!summaryTargetOk(command, io)) return 2;
  const outs = command.annotate === null ? null : planOutputs(command.files, command.annotate);
  const settings: CheckSettings = {
    lang: command.lang,
    kind: command.kind,
    system: command.system,
    tier: command.tier,
    lastYearOm: command.lastYearOm?.toString(),
    limits: command.limits,
    inputs: inputIdentities(command.files),
    includeHidden: command.includeHidden ?? false,
    explain: command.explain ?? false,
    corrections: corrections ?? undefined,
    profileValues: command.profileValues,
  };
  const tasks = command.files.map((file, i) => ({ file, out: outs ? outs[i] : null }));
  const progress =
    io.status && tasks.length > 1
      ? (done: number, total: number, file: string) => io.status!(`[${done}/${total}] ${file}`)
      : undefined;
  const checked = await checkAll(tasks, packs, settings, command.jobs, undefined, command.budget, progress);
  if (progress) io.status!(null);
  const results: FileResult[] = [];
  for (const e of inputs) results.push(e.error ? failedResult(e.file, e.error) : checked.shift()!);
  for (const r of results) for (const line of notes(r, en)) io.err(line);
  const { packOf, head } = reportPacks(results, packs.packs);
  io.out(
    command.format === "json"
      ? jsonReport(results, head, toolVersion())
      : textReport(results, head, command.lang, {
          verbose: command.verbose ?? false,
          layout: layoutFor(io.stdout ?? { isTTY: false }, io.env ?? {}, command.color),
          packOf,
        }),
  );
  if (!(await writeSummary(command, results, head, io))) return 2;
  if (results.some((r) => r.error || r.output?.error)) return 2;
  // A draft pack (gongshu-draft) advises: its findings never set exit code 1.
  return results.some((r) => r.standard && exitSeverity(packOf(r), r.findings) === "error") ? 1 : 0;
}

/**
 * `budget-ruler …` → exit code: 0 no error finding, 1 an error finding, 2 bad usage, an unusable standard, an
 * unreadable file or an unwritten copy. With --format json stdout gets exactly one JSON document, whatever happens.
 */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const lang = resolveLang(argv, io.env ?? {});
  const usage = lang === "en-US" ? USAGE_EN : USAGE;
  let command: Command;
  try {
    command = parseArgs(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    if (err.format === "json") io.out(failureReport({ code: "usage", message: err.text(lang) }, toolVersion()));
    io.err(`${lang === "en-US" ? "Error: " : "错误："}${err.text(lang)}\n\n${usage}`);
    return 2;
  }
  if (command.command === "help") {
    io.out(usage);
    return 0;
  }
  if (command.command === "check" && !langGiven(argv)) command.lang = lang;
  if (command.command === "version") {
    io.out(toolVersion());
    return 0;
  }
  try {
    return await check(command, io);
  } catch (err) {
    // Nothing above should throw; if something does, the JSON contract still holds.
    const message = (err as Error)?.stack ?? String(err);
    if (command.format === "json")
      io.out(failureReport({ code: "internal-error", message: (err as Error)?.message ?? String(err) }, toolVersion()));
    io.err(`错误：内部出错：${message}`);
    return 2;
  }
}
