import {
  audit,
  flagNaming,
  noTableOutcome,
  overridesFor,
  planFlags,
  projectName,
  readingTables,
  renderBoth,
  renderSetupMessage,
  reviewDocument,
  selectPack,
  SETUP_FIELDS,
  type Corrections,
  type Finding,
  type PlainValue,
  type ProfileOverrides,
  type SetupFieldName,
  type StandardPack,
  withReasons,
} from "../core";
import { failedResult, internalError, type FileResult } from "./file-result";
import { type OpenedZip, readWorkbookBytes, type ReadLimits, WorkbookReadError } from "./open-package";
import { patchPackageChunks } from "./patch-package";
import { reviewSheets, type AnnotateReport } from "./write-review-sheet";

/*
 * Checking one workbook from its bytes, the same in every host: the CLI (check-file.ts: the file read from disk, the
 * copy written safely beside the others) and the page (src/web/worker.ts: a file the user chose, the copy a download).
 */

/** The packs a file may be checked with: one given (--standard ID or a file), or the bundled ones to choose from. */
export interface PackSet {
  packs: StandardPack[];
  /** Set when the pack was given (it is packs[0]); `file`: the path as written, when it was given as a file. */
  fixed: { file?: string } | null;
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

const failure = (file: string, code: string, message: string): FileResult => failedResult(file, { code, message });

/** What checking a workbook gave: the result, and — for an audited file — what its annotated copy is made of. */
export interface AuditedFile {
  result: FileResult;
  copy: { zip: OpenedZip; findings: readonly Finding[]; report: () => AnnotateReport } | null;
}

/**
 * Reads and audits the bytes of one workbook (`file` names it in messages, `name` is its base name). Never throws: an
 * unreadable file or an engine failure (`internal-error`) is in the result.
 */
export function auditBytes(
  file: string,
  name: string,
  bytes: Buffer,
  packs: PackSet,
  settings: CheckSettings,
): AuditedFile {
  const en = settings.lang === "en-US";
  let read;
  try {
    read = readWorkbookBytes(file, bytes, name, { limits: settings.limits });
  } catch (err) {
    if (err instanceof WorkbookReadError) {
      const entry = { code: err.code, message: en ? err.messageEn : err.message };
      if (err.code === "annotated-copy")
        return { result: { ...failure(file, err.code, entry.message), error: null, skipped: entry }, copy: null };
      return { result: failure(file, err.code, entry.message), copy: null };
    }
    const message = (err as Error)?.message ?? String(err);
    return { result: failedResult(file, internalError(file, message, en, "reading")), copy: null };
  }
  const { zip, snapshot } = read;
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
    return { result: failedResult(file, internalError(file, message, en)), copy: null };
  }
  const noTable = noTableOutcome(result.model, { file, naming: flagNaming });
  if (noTable)
    return { result: failure(file, noTable.code, renderSetupMessage(noTable.message, settings.lang)), copy: null };
  // The verdict's reasons rendered here, at the host's edge, with the file's pack: the result crosses threads.
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
  // What the copy's report sheets need, built only when a copy is written (the 审核意见表 of 100,000 lines costs).
  const report = (): AnnotateReport => ({
    document: reviewDocument(result.model, pack, review),
    unit: result.model.profile.unit,
    lang: settings.lang,
    ...(settings.explain ? { model: result.model } : {}),
  });
  return { result: done, copy: { zip, findings: result.findings, report } };
}

/**
 * The annotated copy's bytes: the original package with the flags (fills and notes), the 审核意见表 / 审核结果 (and
 * 读取明细) sheets and the mark patched in — every other part as it was (patch-package.ts). Throws PatchError or
 * ZipTooLargeError when it cannot be written.
 */
export function annotatedBytes(copy: NonNullable<AuditedFile["copy"]>): Buffer[] {
  const { zip, findings } = copy;
  const report = copy.report();
  const flags = planFlags(findings, report.lang ?? "zh-CN");
  const { sheets, findings: markSheet } = reviewSheets(findings, report);
  return patchPackageChunks(zip, { flags, sheets, markSheet });
}
