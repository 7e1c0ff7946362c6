import Ajv, { type ErrorObject } from "ajv";
import packSchema from "../../../standards/standard.schema.json";
import type { StandardPack } from "./types";
import { findImplementation } from "../rules/registry";

/** A pack that does not validate. `field` is the JSON path of the first offending value ("/rules/x/params/maxRatio"). */
export class StandardPackError extends Error {
  constructor(
    readonly packId: string,
    readonly field: string,
    detail: string,
  ) {
    super(`标准包 ${packId} 无效：字段 ${field || "/"} ${detail}`);
    this.name = "StandardPackError";
  }
}

const ajv = new Ajv({ allErrors: true, strict: false });
const validatePack = ajv.compile(packSchema);
const paramValidators = new Map<string, ReturnType<typeof ajv.compile>>();

function describe(error: ErrorObject): string {
  if (error.keyword === "required") return `缺少必填字段 "${String(error.params.missingProperty)}"`;
  if (error.keyword === "additionalProperties")
    return `含有未知字段 "${String(error.params.additionalProperty)}"`;
  if (error.keyword === "enum") return `取值必须是 ${JSON.stringify(error.params.allowedValues)} 之一`;
  if (error.keyword === "pattern") return `格式不对（应为十进制数字字符串或规定格式）`;
  return error.message ?? "不符合模式";
}

function fail(packId: string, errors: ErrorObject[] | null | undefined, prefix = ""): never {
  const first = errors?.[0];
  // A bad key (an unknown category) is reported by ajv on the parent object; name the key itself.
  const key = first?.propertyName ?? (first?.keyword === "propertyNames" ? String(first.params.propertyName) : null);
  const field = `${prefix}${first?.instancePath ?? ""}${key ? `/${key}` : ""}`;
  throw new StandardPackError(packId, field, first ? describe(first) : "不符合模式");
}

/**
 * Validates a parsed pack (the JSON of standards/*.json) and returns it typed.
 * Checks the shared schema, that every rule names a known implementation, and each rule's params
 * against that implementation's own schema.
 */
export function loadStandard(json: unknown): StandardPack {
  const packId =
    json && typeof json === "object" && typeof (json as { id?: unknown }).id === "string"
      ? (json as { id: string }).id
      : "(无 id)";
  if (!validatePack(json)) fail(packId, validatePack.errors);
  const pack = json as unknown as StandardPack;
  for (const [ruleId, entry] of Object.entries(pack.rules)) {
    const implId = entry.uses ?? ruleId;
    const impl = findImplementation(implId);
    if (!impl) {
      throw new StandardPackError(packId, `/rules/${ruleId}${entry.uses ? "/uses" : ""}`, `引用了不存在的规则实现 "${implId}"`);
    }
    let validate = paramValidators.get(implId);
    if (!validate) {
      validate = ajv.compile(impl.paramsSchema);
      paramValidators.set(implId, validate);
    }
    if (!validate(entry.params ?? {})) fail(packId, validate.errors, `/rules/${ruleId}/params`);
  }
  return pack;
}
