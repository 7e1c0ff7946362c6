import type { ProfileOverrides } from "../core/model/types";
import type { StandardPack } from "../core/standards/types";
import { audit } from "../core/engine";
import { CheckOptions, parseArgs, USAGE, UsageError } from "./args";
import type { FileResult } from "./file-result";
import { loadWorkbook, snapshotOf, WorkbookReadError } from "./read-xlsx";
import { jsonReport } from "./report-json";
import { textReport } from "./report-text";
import { writeAnnotatedCopy } from "./annotate";
import { availableStandards, loadStandardById, loadStandardFromFile, toolVersion } from "./standards";
import { choosePack, exitSeverity, type PackChoice } from "../core/standards/choose-pack";
import type { WorkbookSnapshot } from "../core/snapshot/types";

/** The pack of one file: fixed (--standard ID or path) or chosen from the workbook (--standard auto). */
type PackFor = (snapshot: WorkbookSnapshot) => PackChoice;

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

const processIo: Io = {
  out: (t) => process.stdout.write(t.endsWith("\n") ? t : `${t}\n`),
  err: (t) => process.stderr.write(t.endsWith("\n") ? t : `${t}\n`),
};

async function checkFile(file: string, packFor: PackFor, opts: CheckOptions, io: Io): Promise<FileResult> {
  const overrides: ProfileOverrides = { ...opts.profileValues, kind: opts.kind, system: opts.system, tier: opts.tier, lastYearOm: opts.lastYearOm };
  try {
    let wb: Awaited<ReturnType<typeof loadWorkbook>> | null = await loadWorkbook(file);
    const snapshot = snapshotOf(wb, file);
    // Without --annotate the exceljs model is done with: letting it go before the audit keeps GC pauses short.
    if (!opts.annotate) wb = null;
    const choice = packFor(snapshot);
    const pack = choice.pack;
    const standard = { id: pack.id, title: pack.title, reason: choice.reason };
    const result = audit(snapshot, pack, overrides);
    if (result.model.tables.length === 0) {
      throw new WorkbookReadError(
        "no-budget-table",
        `${file} 中没有找到预算表：需要一行表头，含“名称/费用名称”和“金额/合价”（或“数量”“单价”）等列`,
      );
    }
    if (opts.annotate && wb) {
      const written = await writeAnnotatedCopy(wb, result.findings, file, opts.annotate);
      io.err(`已写出标注副本：${written}`);
    }
    return { file, error: null, profile: result.model.profile, findings: result.findings, totals: result.totals, unit: result.model.profile.unit, review: result.review, pack, standard };
  } catch (err) {
    const e = err instanceof WorkbookReadError ? err : new WorkbookReadError("corrupt-file", `${file} 无法检查：${(err as Error).message}`);
    io.err(`错误：${e.message}`);
    return { file, error: { code: e.code, message: e.message }, profile: null, findings: [], totals: null, unit: "元", review: null };
  }
}

/** `budget-ruler …` → exit code: 0 no error finding, 1 an error finding, 2 bad usage or an unreadable file. */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  let command;
  try {
    command = parseArgs(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
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
  let pack: StandardPack;
  let packFor: PackFor;
  try {
    if (command.standard === "auto") {
      const packs = availableStandards().map((id) => loadStandardById(id));
      pack = packs.find((p) => p.id === "yangpu-2023") ?? packs[0];
      packFor = (snapshot) => choosePack(snapshot, packs);
    } else {
      // A path (./my-pack.json) is a user's pack, validated as strictly as the bundled ones; else a bundled id.
      const fromFile = /\.json$/i.test(command.standard) || /[\\/]/.test(command.standard);
      const fixed = fromFile ? loadStandardFromFile(command.standard) : loadStandardById(command.standard);
      const reason = fromFile
        ? { zh: `按 --standard 指定的文件 ${command.standard}`, en: `given with --standard ${command.standard}` }
        : { zh: `按 --standard ${fixed.id} 指定`, en: `given with --standard ${fixed.id}` };
      pack = fixed;
      packFor = () => ({ pack: fixed, source: "explicit", place: null, reason });
    }
  } catch (err) {
    io.err(`错误：${(err as Error).message}`);
    return 2;
  }
  const results: FileResult[] = [];
  for (const file of command.files) results.push(await checkFile(file, packFor, command, io));
  // The report's head names the pack every file used (the first file's when they differ; each file names its own).
  const head = results.find((r) => r.pack)?.pack ?? pack;
  io.out(command.format === "json" ? jsonReport(results, head, toolVersion()) : textReport(results, head, command.lang));
  if (results.some((r) => r.error)) return 2;
  return results.some((r) => exitSeverity(r.pack ?? pack, r.findings) === "error") ? 1 : 0;
}
