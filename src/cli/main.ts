import type { StandardPack } from "../core/standards/types";
import { inputIdentities, planOutputs } from "./annotate";
import { Command, parseArgs, USAGE, UsageError } from "./args";
import type { CheckSettings } from "./check-file";
import type { ErrorEntry, FileResult } from "./file-result";
import { checkAll } from "./pool";
import { failureReport, jsonReport } from "./report-json";
import { textReport } from "./report-text";
import { availableStandards, loadStandardById, toolVersion } from "./standards";

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

const processIo: Io = {
  out: (t) => process.stdout.write(t.endsWith("\n") ? t : `${t}\n`),
  err: (t) => process.stderr.write(t.endsWith("\n") ? t : `${t}\n`),
};

/** The standard pack, or the error that says why it cannot be used (`unknown-standard`, `invalid-standard`). */
function loadPack(id: string, en: boolean): StandardPack | ErrorEntry {
  const ids = availableStandards();
  if (!ids.includes(id))
    return { code: "unknown-standard", message: en ? `Unknown standard: ${id} (available: ${ids.join(", ")})` : `未知的标准：${id}（可用：${ids.join("、")}）` };
  try {
    return loadStandardById(id);
  } catch (err) {
    const e = err as Error & { messageEn?: string };
    const message = en ? (e.messageEn ?? e.message) : e.message;
    return { code: "invalid-standard", message: en ? `The standard pack standards/${id}.json is invalid: ${message}` : `标准包 standards/${id}.json 无效：${message}` };
  }
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
  const pack = loadPack(command.standard, en);
  if (!("rules" in pack)) {
    if (command.format === "json") io.out(failureReport(pack, toolVersion()));
    io.err((en ? "Error: " : "错误：") + pack.message);
    return 2;
  }
  const outs = command.annotate === null ? null : planOutputs(command.files, command.annotate);
  const settings: CheckSettings = {
    lang: command.lang, kind: command.kind, system: command.system, tier: command.tier,
    lastYearOm: command.lastYearOm?.toString(), limits: command.limits, inputs: inputIdentities(command.files),
  };
  const tasks = command.files.map((file, i) => ({ file, out: outs ? outs[i] : null }));
  const results = await checkAll(tasks, pack, settings, command.jobs);
  for (const r of results) for (const line of notes(r, en)) io.err(line);
  io.out(command.format === "json" ? jsonReport(results, pack, toolVersion()) : textReport(results, pack, command.lang));
  if (results.some((r) => r.error || r.output?.error)) return 2;
  return results.some((r) => r.findings.some((f) => f.severity === "error")) ? 1 : 0;
}

/**
 * `budget-ruler …` → exit code: 0 no error finding, 1 an error finding, 2 bad usage, an unusable standard, an
 * unreadable file or an unwritten copy. With --format json stdout gets exactly one JSON document, whatever happens.
 */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  let command: Command;
  try {
    command = parseArgs(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    if (err.format === "json") io.out(failureReport({ code: "usage", message: err.message }, toolVersion()));
    io.err(`错误：${err.message}\n\n${USAGE}`);
    return 2;
  }
  if (command.command === "help") {
    io.out(USAGE);
    return 0;
  }
  if (command.command === "version") {
    io.out(toolVersion());
    return 0;
  }
  try {
    return await check(command, io);
  } catch (err) {
    // Nothing above should throw; if something does, the JSON contract still holds.
    const message = (err as Error)?.stack ?? String(err);
    if (command.format === "json") io.out(failureReport({ code: "internal-error", message: (err as Error)?.message ?? String(err) }, toolVersion()));
    io.err(`错误：内部出错：${message}`);
    return 2;
  }
}
