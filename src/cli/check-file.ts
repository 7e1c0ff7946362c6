import {
  audit,
  flagNaming,
  noTableOutcome,
  overridesFor,
  projectName,
  readingTables,
  renderBoth,
  renderSetupMessage,
  selectPack,
  SETUP_FIELDS,
  type Corrections,
  type PlainValue,
  type ProfileOverrides,
  type SetupFieldName,
  type StandardPack,
  type WorkbookSnapshot,
  withReasons,
  reviewDocument,
} from "../core";
import { OutputError, writeAnnotatedCopy } from "./annotate";
import { failedResult, internalError, type FileResult } from "./file-result";
import { type OpenedZip, readWorkbook, ReadLimits, WorkbookReadError } from "./read-xlsx";

/** The packs a file may be checked with: one given (--standard ID or a file), or the bundled ones to choose from. */
export interface PackSet {
  packs: StandardPack[];
  /** Set when the pack was given (it is packs[0]); `file`: the path as written, when it was given as a file. */
  fixed: { file?: string } | null;
}

/** The values given on the command line, by field name, as the setup layer reads them (already checked by args). */
function givenValues(settings: CheckSettings): Partial<Record<SetupFieldName, PlainValue>> {
  const out: Partial<Record<SetupFieldName, PlainValue>> = {};
  const byKey = new Map(
    Object.entries(SETUP_FIELDS).map(([name, spec]) => [spec.key as string, name as SetupFieldName]),
  );
  const plain: Record<string, PlainValue | undefined> = {
    ...settings.profileValues,
    kind: settings.kind,
    system: settings.system,
    tier: settings.tier ?? undefined,
    lastYearOm: settings.lastYearOm,
  };
  for (const [key, v] of Object.entries(plain)) {
    const name = byKey.get(key);
    if (name && v !== undefined) out[name] = v;
  }
  return out;
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
  let zip: OpenedZip;
  let snapshot: WorkbookSnapshot;
  try {
    ({ zip, snapshot } = readWorkbook(file, { limits: settings.limits }));
  } catch (err) {
    if (err instanceof WorkbookReadError) {
      const entry = { code: err.code, message: en ? err.messageEn : err.message };
      if (err.code === "annotated-copy")
        return { ...failure(file, err.code, entry.message), error: null, skipped: entry };
      return failure(file, err.code, entry.message);
    }
    const message = (err as Error)?.message ?? String(err);
    return failedResult(file, internalError(file, message, en, "reading"));
  }
  // --standard auto: the district the workbook names (title, 编制单位, sheet names); else the one given.
  const selection = selectPack(
    snapshot,
    packs.fixed ? { auto: false, pack: packs.packs[0], file: packs.fixed.file } : { auto: true, packs: packs.packs },
    flagNaming,
  );
  const pack = selection.pack;
  const standard = { id: pack.id, title: pack.title, reason: renderBoth(selection.reason) };
  const overrides: ProfileOverrides = {
    ...overridesFor(givenValues(settings), pack),
    includeHiddenSheets: settings.includeHidden ?? false,
    corrections: settings.corrections,
  };
  let result;
  try {
    result = audit(snapshot, pack, overrides, { naming: flagNaming });
  } catch (err) {
    const message = (err as Error)?.message ?? String(err);
    return failedResult(file, internalError(file, message, en));
  }
  const noTable = noTableOutcome(result.model, { file, naming: flagNaming });
  if (noTable) return failure(file, noTable.code, renderSetupMessage(noTable.message, settings.lang));
  const review = withReasons(result.review, pack);
  const done: FileResult = {
    file,
    error: null,
    profile: result.model.profile,
    findings: result.findings,
    totals: result.totals,
    unit: result.model.profile.unit,
    review,
    projectName: projectName(result.model),
    amounts: result.amounts,
    standard,
    ...(settings.explain ? { reading: readingTables(result.model) } : {}),
  };
  if (task.out !== null) {
    try {
      const report = {
        document: reviewDocument(result.model, pack, review),
        unit: result.model.profile.unit,
        lang: settings.lang,
        ...(settings.explain ? { model: result.model } : {}),
      };
      done.output = {
        file: await writeAnnotatedCopy(
          zip,
          result.findings,
          task.out,
          { ids: new Set(settings.inputs.ids), paths: new Set(settings.inputs.paths) },
          settings.limits,
          report,
        ),
        error: null,
      };
    } catch (err) {
      // The writer's own exception text means nothing to a reviewer: say what happened in words.
      const e =
        err instanceof OutputError
          ? err
          : new OutputError(
              `无法写出标注副本 ${task.out}：写入组件无法写出此工作簿的副本（其结构不被支持）；审核结果不受影响`,
              `Cannot write the annotated copy ${task.out}: the writer could not write a copy of this workbook (its structure is not supported); the audit itself is unaffected`,
            );
      done.output = { file: task.out, error: { code: e.code, message: en ? e.messageEn : e.message } };
    }
  }
  return done;
}
