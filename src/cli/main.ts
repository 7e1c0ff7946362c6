import type { ProfileOverrides } from "../core/model/types";
import type { StandardPack } from "../core/standards/types";
import { audit } from "../core/engine";
import { CheckOptions, parseArgs, USAGE, UsageError } from "./args";
import type { FileResult } from "./file-result";
import { loadWorkbook, snapshotOf, WorkbookReadError } from "./read-xlsx";
import { jsonReport } from "./report-json";
import { textReport } from "./report-text";
import { writeAnnotatedCopy } from "./annotate";
import { loadStandardById, toolVersion } from "./standards";
import { reportExtras } from "../core/report/totals";
import { langGiven, resolveLang, type Env } from "./lang";
import { USAGE_EN } from "./usage-en";
import { summaryTargetOk, writeSummary } from "./summary-workbook";

export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** The environment (LANG / LC_ALL choose an English report and help); none given: Chinese. */
  env?: Env;
}

const processIo: Io = {
  out: (t) => process.stdout.write(t.endsWith("\n") ? t : `${t}\n`),
  err: (t) => process.stderr.write(t.endsWith("\n") ? t : `${t}\n`),
  env: process.env,
};

async function checkFile(file: string, pack: StandardPack, opts: CheckOptions, io: Io): Promise<FileResult> {
  const overrides: ProfileOverrides = { kind: opts.kind, system: opts.system, tier: opts.tier, lastYearOm: opts.lastYearOm };
  try {
    let wb: Awaited<ReturnType<typeof loadWorkbook>> | null = await loadWorkbook(file);
    const snapshot = snapshotOf(wb, file);
    // Without --annotate the exceljs model is done with: letting it go before the audit keeps GC pauses short.
    if (!opts.annotate) wb = null;
    const result = audit(snapshot, pack, overrides);
    if (result.model.tables.length === 0) {
      throw new WorkbookReadError(
        "no-budget-table",
        `${file} 中没有找到预算表：需要一行表头，含“名称/费用名称”和“金额/合价”（或“数量”“单价”）等列`,
      );
    }
    if (opts.annotate && wb) {
      const written = await writeAnnotatedCopy(wb, result.findings, file, opts.annotate, { review: result.review, unit: result.model.profile.unit, lang: opts.lang });
      io.err(`已写出标注副本：${written}`);
    }
    return { file, error: null, profile: result.model.profile, findings: result.findings, totals: result.totals, unit: result.model.profile.unit, review: result.review, ...reportExtras(result, pack) };
  } catch (err) {
    const e = err instanceof WorkbookReadError ? err : new WorkbookReadError("corrupt-file", `${file} 无法检查：${(err as Error).message}`);
    io.err(`错误：${e.message}`);
    return { file, error: { code: e.code, message: e.message }, profile: null, findings: [], totals: null, unit: "元", review: null };
  }
}

/** `budget-ruler …` → exit code: 0 no error finding, 1 an error finding, 2 bad usage or an unreadable file. */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const lang = resolveLang(argv, io.env ?? {});
  const usage = lang === "en-US" ? USAGE_EN : USAGE;
  let command;
  try {
    command = parseArgs(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.err(`${lang === "en-US" ? "Error: " : "错误："}${err.message}\n\n${usage}`);
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
  let pack: StandardPack;
  try {
    pack = loadStandardById(command.standard, command.lang);
  } catch (err) {
    io.err(`${command.lang === "en-US" ? "Error: " : "错误："}${(err as Error).message}`);
    return 2;
  }
  if (!summaryTargetOk(command, io)) return 2;
  const results: FileResult[] = [];
  for (const file of command.files) results.push(await checkFile(file, pack, command, io));
  io.out(command.format === "json" ? jsonReport(results, pack, toolVersion()) : textReport(results, pack, command.lang));
  if (!(await writeSummary(command, results, pack, io))) return 2;
  if (results.some((r) => r.error)) return 2;
  return results.some((r) => r.findings.some((f) => f.severity === "error")) ? 1 : 0;
}
