import Decimal from "decimal.js";
import packSchema from "../../../standards/standard.schema.json";
import type { StandardPack } from "./types";
import { findImplementation } from "../rules/registry";
import { paramsValidators, validatePack, type SchemaError } from "./validators";
import { describeSchemaError, quote, type Bilingual } from "./pack-messages";
import { jsonErrorPosition } from "./json-position";
import { checkPackData } from "./check-pack-data";
import { LocalizedError } from "../errors";

export type Lang = "zh-CN" | "en-US";

/**
 * What went wrong with a pack, for a program to act on:
 * - `standard-invalid-json`: the file is not JSON (`line`, `column` say where);
 * - `standard-invalid`: a value breaks the pack schema or a rule's params schema (`field` names it);
 * - `standard-unknown-rule`: a rule names an implementation that does not exist;
 * - `standard-id-mismatch`: the pack's `id` is not its file name;
 * - `standard-not-found`, `standard-unreadable`, `standard-unknown-id`: raised by the file adapters (src/cli).
 */
export type StandardPackErrorCode =
  | "standard-invalid-json"
  | "standard-invalid"
  | "standard-unknown-rule"
  | "standard-id-mismatch"
  | "standard-not-found"
  | "standard-unreadable"
  | "standard-unknown-id";

export interface StandardPackErrorInit {
  code: StandardPackErrorCode;
  /** The pack's id when it has one, else null. */
  packId: string | null;
  /** The file as the caller named it, null for a pack given as parsed JSON. */
  file: string | null;
  /** JSON path of the offending value ("/rules/x/params/maxRatio"), "/" for the whole pack, "" when not about a field. */
  field: string;
  messageZh: string;
  messageEn: string;
  line?: number;
  column?: number;
}

/** A pack that cannot be used. `message` is in the language asked for (Chinese by default); both are kept. */
export class StandardPackError extends LocalizedError {
  declare readonly code: StandardPackErrorCode;
  readonly packId: string | null;
  readonly file: string | null;
  readonly field: string;
  readonly line?: number;
  readonly column?: number;

  constructor(init: StandardPackErrorInit, lang: Lang = "zh-CN") {
    super(init.code, init.messageZh, init.messageEn);
    // The language the loader was asked for, for callers that print `message` as it is.
    this.message = this.text(lang);
    this.packId = init.packId;
    this.file = init.file;
    this.field = init.field;
    if (init.line !== undefined) this.line = init.line;
    if (init.column !== undefined) this.column = init.column;
  }

  /** Plain data for a JSON report: the code, the message in `lang`, and where (file, field, line, column). */
  details(lang: Lang = "zh-CN"): {
    code: StandardPackErrorCode;
    message: string;
    file: string | null;
    field: string | null;
    line: number | null;
    column: number | null;
  } {
    return {
      code: this.code,
      message: this.text(lang),
      file: this.file,
      field: this.field || null,
      line: this.line ?? null,
      column: this.column ?? null,
    };
  }
}

export interface LoadOptions {
  /** The file the pack came from, as the user named it; messages name it. */
  file?: string | null;
  /** The id the pack must have (its file name without .json); a pack claiming another id is refused. */
  expectedId?: string;
  lang?: Lang;
}

/** The file name without directories or .json: the id a pack file must carry. */
export function idFromFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  return base.replace(/\.json$/i, "");
}

interface Where {
  packId: string | null;
  file: string | null;
  lang: Lang;
}

function subject(w: Where): Bilingual {
  if (w.file) return { zh: `标准包文件 ${w.file}`, en: `standards pack file ${w.file}` };
  return w.packId
    ? { zh: `标准包 ${w.packId}`, en: `standards pack ${w.packId}` }
    : { zh: "标准包", en: "the standards pack" };
}

function packError(w: Where, code: StandardPackErrorCode, field: string, detail: Bilingual): StandardPackError {
  const s = subject(w);
  const fieldZh = field ? `字段 ${field} ` : "";
  const fieldEn = field ? `field ${field} ` : "";
  return new StandardPackError(
    {
      code,
      packId: w.packId,
      file: w.file,
      field,
      messageZh: `${s.zh} 无效：${fieldZh}${detail.zh}`,
      messageEn: `${s.en} is invalid: ${fieldEn}${detail.en}`,
    },
    w.lang,
  );
}

function schemaFailure(
  w: Where,
  errors: SchemaError[] | null | undefined,
  data: unknown,
  root: Record<string, unknown>,
  prefix: string[] = [],
): never {
  const first = errors?.[0];
  if (!first)
    throw packError(w, "standard-invalid", prefix.length ? `/${prefix.join("/")}` : "/", {
      zh: "不符合标准包格式",
      en: "does not match the pack format",
    });
  const { field, detail } = describeSchemaError(first, data, root, prefix);
  throw packError(w, "standard-invalid", field, detail);
}

/** Bounds the schemas cannot express: a range's floor must not be above its cap. */
function checkRanges(w: Where, pack: StandardPack): void {
  for (const [ruleId, entry] of Object.entries(pack.rules)) {
    const p = entry.params as { minRatio?: unknown; maxRatio?: unknown } | undefined;
    if (
      typeof p?.minRatio === "string" &&
      typeof p.maxRatio === "string" &&
      new Decimal(p.minRatio).greaterThan(p.maxRatio)
    ) {
      throw packError(w, "standard-invalid", `/rules/${ruleId}/params/minRatio`, {
        zh: `应不大于同一规则的 "maxRatio"（${quote(p.maxRatio)}），实为 ${quote(p.minRatio)}`,
        en: `should not exceed the rule's "maxRatio" (${quote(p.maxRatio)}), but is ${quote(p.minRatio)}`,
      });
    }
  }
}

/**
 * Validates a parsed pack (the JSON of standards/*.json) and returns it typed: the shared schema (bounds for
 * rates, money, tolerances and keywords included), that every rule names a known implementation, each rule's
 * params against that implementation's own schema, and (with `expectedId`) that the pack is the one its file
 * name says. The validators are compiled at build time (validators.generated.ts): nothing is compiled here.
 */
export function loadStandard(json: unknown, options: LoadOptions = {}): StandardPack {
  const rawId = json && typeof json === "object" ? (json as { id?: unknown }).id : undefined;
  const w: Where = {
    packId: typeof rawId === "string" ? rawId : null,
    file: options.file ?? null,
    lang: options.lang ?? "zh-CN",
  };
  if (!validatePack(json)) schemaFailure(w, validatePack.errors, json, packSchema as Record<string, unknown>);
  const pack = json as StandardPack;
  if (options.expectedId !== undefined && pack.id !== options.expectedId) {
    throw packError(w, "standard-id-mismatch", "/id", {
      zh: `为 ${quote(pack.id)}，与文件名不符：文件 ${options.expectedId}.json 的 id 应为 ${quote(options.expectedId)}`,
      en: `is ${quote(pack.id)}, which does not match the file name: the id of ${options.expectedId}.json should be ${quote(options.expectedId)}`,
    });
  }
  for (const [ruleId, entry] of Object.entries(pack.rules)) {
    const implId = entry.uses ?? ruleId;
    const impl = findImplementation(implId);
    const validate = paramsValidators[implId];
    if (!impl || !validate) {
      throw packError(w, "standard-unknown-rule", `/rules/${ruleId}${entry.uses ? "/uses" : ""}`, {
        zh: `引用了不存在的规则实现 ${quote(implId)}`,
        en: `names a rule implementation that does not exist: ${quote(implId)}`,
      });
    }
    const params = entry.params ?? {};
    if (!validate(params)) schemaFailure(w, validate.errors, params, impl.paramsSchema, ["rules", ruleId, "params"]);
  }
  checkRanges(w, pack);
  const problem = checkPackData(pack);
  if (problem) throw packError(w, "standard-invalid", problem.field, problem.detail);
  return pack;
}

/**
 * A pack file's text → the pack: the JSON parsed (a syntax error reported with the file, line and column), then
 * validated as strictly as `loadStandard`, and its `id` checked against the file's name (`my-pack.json` must
 * have id `my-pack`). Pure: the caller reads the file; `fileName` is the path as the user wrote it.
 */
export function parseStandard(text: string, fileName: string, options: { lang?: Lang } = {}): StandardPack {
  const lang = options.lang ?? "zh-CN";
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (err) {
    const pos = jsonErrorPosition(body, err);
    const what: Bilingual = !body.trim()
      ? { zh: "文件为空", en: "the file is empty" }
      : pos.char === null
        ? {
            zh: "内容在此意外结束（缺少括号、引号或逗号后的内容？）",
            en: "the text ends unexpectedly (a missing bracket or quote, or a trailing comma?)",
          }
        : {
            zh: `此处的字符 ${quote(pos.char)} 不符合 JSON 语法`,
            en: `the character ${quote(pos.char)} here is not valid JSON`,
          };
    throw new StandardPackError(
      {
        code: "standard-invalid-json",
        packId: null,
        file: fileName,
        field: "",
        messageZh: `标准包文件 ${fileName} 不是有效的 JSON：第 ${pos.line} 行第 ${pos.column} 列，${what.zh}`,
        messageEn: `standards pack file ${fileName} is not valid JSON: line ${pos.line}, column ${pos.column}: ${what.en}`,
        line: pos.line,
        column: pos.column,
      },
      lang,
    );
  }
  return loadStandard(json, { file: fileName, expectedId: idFromFileName(fileName), lang });
}
