import * as path from "path";
import { OutputError, writeAnnotatedCopy } from "./annotate";
import { auditBytes, type CheckSettings, type PackSet } from "./audit-file";
import { failedResult, internalError, type FileResult } from "./file-result";
import { readInputBytes } from "./read-xlsx";
import { WorkbookReadError } from "./open-package";

export interface CheckTask {
  file: string;
  /** Where the annotated copy goes (planned by the caller so that no two inputs share one), or null. */
  out: string | null;
}

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
  let bytes: Buffer;
  try {
    bytes = readInputBytes(file, settings.limits);
  } catch (err) {
    if (err instanceof WorkbookReadError)
      return failedResult(file, { code: err.code, message: en ? err.messageEn : err.message });
    const message = (err as Error)?.message ?? String(err);
    return failedResult(file, internalError(file, message, en, "reading"));
  }
  const { result: done, copy } = auditBytes(file, path.basename(file), bytes, packs, settings);
  if (task.out !== null && copy) {
    try {
      done.output = {
        file: await writeAnnotatedCopy(
          copy,
          task.out,
          { ids: new Set(settings.inputs.ids), paths: new Set(settings.inputs.paths) },
          settings.limits,
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
