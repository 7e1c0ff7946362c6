import Decimal from "decimal.js";
import type { ProfileOverrides } from "../core/model/types";
import type { StandardPack } from "../core/standards/types";
import { audit } from "../core/engine";
import { OutputError, writeAnnotatedCopy } from "./annotate";
import { reportExtras } from "../core/report/totals";
import { choosePack } from "../core/standards/choose-pack";
import { PROFILE_SPECS } from "./args";
import type { Corrections } from "../core/model/corrections";
import { failedResult, internalError, type FileResult } from "./file-result";
import type { WorkbookSnapshot } from "../core/snapshot/types";
import { type OpenedZip, readWorkbook, ReadLimits, WorkbookReadError } from "./read-xlsx";
import { readingTables } from "../core/report/reading";

/** Everything a check needs besides the file: plain data, so that it can be sent to a worker process. */
/** The packs a file may be checked with: one given (--standard ID or a file), or the bundled ones to choose from. */
export interface PackSet {
  packs: StandardPack[];
  /** Set when the pack was given: why (for the report); the pack is packs[0]. */
  fixed: { reason: { zh: string; en: string } } | null;
}

/** Profile values as the engine takes them: money flags become Decimals. */
function profileOverrides(values: Record<string, string | number | boolean>): Partial<ProfileOverrides> {
  const out: Record<string, unknown> = {};
  const money = new Set(PROFILE_SPECS.filter((s) => s.type === "money").map((s) => s.key as string));
  for (const [k, v] of Object.entries(values)) out[k] = money.has(k) && typeof v === "string" ? new Decimal(v) : v;
  return out as Partial<ProfileOverrides>;
}

export interface CheckSettings {
  lang: "zh-CN" | "en-US";
  kind?: ProfileOverrides["kind"];
  system?: ProfileOverrides["system"];
  tier?: ProfileOverrides["tier"];
  /** 元, as a decimal string. */
  lastYearOm?: string;
  limits: ReadLimits;
  /** Identities (dev:ino) and real paths of every input of the run: an annotated copy never replaces one of them. */
  inputs: { ids: string[]; paths: string[] };
  /** Profile values (district-packs.md §0.4) by ProfileOverrides key, plain; money as decimal strings. */
  profileValues?: Record<string, string | number | boolean>;
  /** --include-hidden. */
  includeHidden?: boolean;
  /** --explain: the reading of every table in the result, and a 读取明细 sheet in the copy. */
  explain?: boolean;
  /** --overrides: the reviewer's corrections, plain data (it crosses to worker processes). */
  corrections?: Corrections;
}

export interface CheckTask {
  file: string;
  /** Where the annotated copy goes (planned by the caller so that no two inputs share one), or null. */
  out: string | null;
}

const failure = (file: string, code: string, message: string): FileResult => failedResult(file, { code, message });

/**
 * Reads, audits and (with an output path) annotates one file. Never throws: an unreadable file, an engine
 * failure (`internal-error`) or an unwritable copy (`output-not-written`, the audit kept) is in the result.
 */
export async function checkFile(task: CheckTask, packs: PackSet, settings: CheckSettings): Promise<FileResult> {
  const result = await check(task, packs, settings);
  // With --annotate every checked file says what became of its copy: null when it was not audited.
  if (task.out !== null && result.output === undefined && !result.skipped) result.output = null;
  return result;
}

async function check(task: CheckTask, packs: PackSet, settings: CheckSettings): Promise<FileResult> {
  const { file } = task;
  const en = settings.lang === "en-US";
  const overrides: ProfileOverrides = {
    kind: settings.kind, system: settings.system, tier: settings.tier,
    lastYearOm: settings.lastYearOm === undefined ? undefined : new Decimal(settings.lastYearOm),
    ...profileOverrides(settings.profileValues ?? {}),
    includeHiddenSheets: settings.includeHidden ?? false,
    corrections: settings.corrections,
  };
  let zip: OpenedZip;
  let snapshot: WorkbookSnapshot;
  try {
    ({ zip, snapshot } = readWorkbook(file, { limits: settings.limits }));
  } catch (err) {
    if (err instanceof WorkbookReadError) {
      const entry = { code: err.code, message: en ? err.messageEn : err.message };
      if (err.code === "annotated-copy") return { ...failure(file, err.code, entry.message), error: null, skipped: entry };
      return failure(file, err.code, entry.message);
    }
    const message = (err as Error)?.message ?? String(err);
    return failedResult(file, internalError(file, message, en, "reading"));
  }
  // --standard auto: the district the workbook names (title, 编制单位, sheet names); else the one given.
  const choice = packs.fixed ? { pack: packs.packs[0], reason: packs.fixed.reason } : choosePack(snapshot, packs.packs);
  const pack = choice.pack;
  const standard = { id: pack.id, title: pack.title, reason: choice.reason };
  let result;
  try {
    result = audit(snapshot, pack, overrides);
  } catch (err) {
    const message = (err as Error)?.message ?? String(err);
    return failedResult(file, internalError(file, message, en));
  }
  if (result.model.tables.length === 0) {
    const hidden = result.model.skippedSheets;
    const e = new WorkbookReadError(
      "no-budget-table",
      `${file} 中没有找到预算表：需要一行表头，含“名称/费用名称”和“金额/合价”（或“数量”“单价”）等列` +
        (hidden.length ? `；隐藏的工作表（${hidden.join("、")}）未检查，如需检查请加 --include-hidden` : ""),
      `${file} has no budget table: a header row with a name column (名称/费用名称) and an amount column (金额/合价, or 数量 and 单价) is needed` +
        (hidden.length ? `; hidden sheets (${hidden.join(", ")}) were not read — add --include-hidden to audit them` : ""),
    );
    return failure(file, e.code, en ? e.messageEn : e.message);
  }
  const done: FileResult = {
    file, error: null, profile: result.model.profile, findings: result.findings, totals: result.totals,
    unit: result.model.profile.unit, review: result.review, ...reportExtras(result, pack), standard,
    ...(settings.explain ? { reading: readingTables(result.model) } : {}),
  };
  if (task.out !== null) {
    try {
      const wb = await loadCopySource(file, zip);
      const report = { review: result.review, unit: result.model.profile.unit, lang: settings.lang, ...(settings.explain ? { model: result.model } : {}) };
      done.output = { file: await writeAnnotatedCopy(wb, result.findings, task.out, { ids: new Set(settings.inputs.ids), paths: new Set(settings.inputs.paths) }, settings.limits, report), error: null };
    } catch (err) {
      // The writer's own exception text means nothing to a reviewer: say what happened in words.
      const e = err instanceof OutputError ? err : new OutputError(`无法写出标注副本 ${task.out}：写入组件无法写出此工作簿的副本（其结构不被支持）；审核结果不受影响`, `Cannot write the annotated copy ${task.out}: the writer could not write a copy of this workbook (its structure is not supported); the audit itself is unaffected`);
      done.output = { file: task.out, error: { code: e.code, message: en ? e.messageEn : e.message } };
    }
  }
  return done;
}

/**
 * The workbook the copy is written from. The audit has read the file; when the writer's own reading of it fails
 * (markup it does not know, such as prefixed or Strict Open XML), only the copy is lost, and the message says so
 * in words rather than with the writer's exception.
 */
async function loadCopySource(file: string, zip: OpenedZip) {
  // exceljs is loaded only when a copy is written: a worker that only checks starts without it (a quarter second).
  const { loadForCopy } = await import("./copy-source");
  try {
    return await loadForCopy(zip);
  } catch {
    throw new OutputError(
      `未能为 ${file} 写出标注副本：写入组件无法解析此工作簿的结构（例如带命名空间前缀、严格 Open XML 格式或省略单元格位置的文件）；审核结果不受影响`,
      `No annotated copy of ${file} was written: the writer cannot parse this workbook's structure (for example prefixed or Strict Open XML markup, or cells without positions); the audit itself is unaffected`,
    );
  }
}
