import type { SchemaError } from "./validators";

/** A message in both languages the product speaks. */
export interface Bilingual {
  zh: string;
  en: string;
}

type Schema = Record<string, unknown>;

/** What each kind of value (the schemas' `x-kind`) expects, said so the pack's author can fix it. */
const KINDS: Record<string, Bilingual> = {
  ratio: {
    zh: '0 到 1 之间的比率（十进制数字字符串，如 "0.04" 表示 4%）',
    en: 'a ratio between 0 and 1 (a decimal string, e.g. "0.04" for 4%)',
  },
  amount: {
    zh: '大于 0 的金额（十进制数字字符串，单位由同级的 "unit" 给出，如 "100"）',
    en: 'an amount above 0 (a decimal string in the "unit" given beside it, e.g. "100")',
  },
  quantity: {
    zh: '大于 0 的数量（十进制数字字符串，如 "7.5"）',
    en: 'a quantity above 0 (a decimal string, e.g. "7.5")',
  },
  decimal: { zh: '不小于 0 的十进制数字字符串（如 "12.5"）', en: 'a non-negative decimal string (e.g. "12.5")' },
  count: { zh: "0 到 1000000 之间的整数", en: "a whole number from 0 to 1000000" },
  level: { zh: "1 到 5 之间的整数等级", en: "a level from 1 to 5 (a whole number)" },
  keyword: {
    zh: "关键词（不能为空或只含空白，首尾不能有空白，最多 100 个字符）",
    en: "a keyword (not blank, no leading or trailing whitespace, at most 100 characters)",
  },
  words: { zh: "关键词列表（至少一个关键词）", en: "a list of keywords (at least one)" },
  text: { zh: "非空文字", en: "non-blank text" },
  "tolerance-absolute": {
    zh: '0 到 1 之间的绝对容差（按表格的金额单位计，十进制数字字符串，如 "0.01"）',
    en: 'an absolute tolerance from 0 to 1 in the sheet\'s unit (a decimal string, e.g. "0.01")',
  },
  "tolerance-relative": {
    zh: '0 到 0.1 之间的相对容差（十进制数字字符串，如 "0.005" 表示 0.5%）',
    en: 'a relative tolerance from 0 to 0.1 (a decimal string, e.g. "0.005" for 0.5%)',
  },
  id: {
    zh: '以小写字母开头、由小写字母、数字和连字符组成的标识（如 "yangpu-2023"）',
    en: 'an id of lower-case letters, digits and hyphens starting with a letter (e.g. "yangpu-2023")',
  },
  "rule-id": { zh: '形如 "dev.person-month-price" 的规则标识', en: 'a rule id such as "dev.person-month-price"' },
};

const TYPES: Record<string, Bilingual> = {
  string: { zh: "字符串", en: "a string" },
  number: { zh: "数字", en: "a number" },
  integer: { zh: "整数", en: "a whole number" },
  object: { zh: "对象", en: "an object" },
  array: { zh: "列表", en: "a list" },
  boolean: { zh: "布尔值（true 或 false）", en: "a boolean (true or false)" },
  null: { zh: "null", en: "null" },
};

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

/** A value as the message quotes it: JSON, cut to a readable length. */
export function quote(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  const chars = Array.from(text);
  return chars.length > 60 ? `${chars.slice(0, 57).join("")}…` : text;
}

function actual(value: unknown, withType: boolean): Bilingual {
  if (value === undefined) return { zh: "缺失", en: "missing" };
  if (!withType) return { zh: quote(value), en: quote(value) };
  const t = TYPES[typeOf(value)] ?? { zh: typeOf(value), en: typeOf(value) };
  if (value === null) return { zh: "null", en: "null" };
  return { zh: `${t.zh} ${quote(value)}`, en: `${t.en} ${quote(value)}` };
}

/** The JSON pointer's segments ("/rules/a~1b" → ["rules", "a/b"]). */
function pointerSegments(pointer: string): string[] {
  if (!pointer) return [];
  return pointer
    .split("/")
    .slice(1)
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}

function pointer(segments: readonly string[]): string {
  return segments.map((s) => "/" + s.replace(/~/g, "~0").replace(/\//g, "~1")).join("");
}

function valueAt(data: unknown, segments: readonly string[]): unknown {
  let node = data;
  for (const seg of segments) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[seg];
  }
  return node;
}

function deref(root: Schema, schema: Schema | undefined): Schema | undefined {
  let s = schema;
  for (let guard = 0; s && typeof s.$ref === "string" && guard < 20; guard++) {
    const ref = s.$ref as string;
    if (!ref.startsWith("#")) return undefined;
    s = valueAt(root, pointerSegments(ref.slice(1))) as Schema | undefined;
  }
  return s;
}

/** The subschema that governs the value at `segments` (following properties, additionalProperties, items, $ref). */
function schemaAt(root: Schema, segments: readonly string[]): Schema | undefined {
  let s = deref(root, root);
  for (const seg of segments) {
    if (!s) return undefined;
    const props = s.properties as Record<string, Schema> | undefined;
    if (props && Object.prototype.hasOwnProperty.call(props, seg)) s = deref(root, props[seg]);
    else if (s.additionalProperties && typeof s.additionalProperties === "object")
      s = deref(root, s.additionalProperties as Schema);
    else if (s.items && typeof s.items === "object" && /^\d+$/.test(seg)) s = deref(root, s.items as Schema);
    else return undefined;
  }
  return s;
}

function list(values: readonly unknown[], sepZh = "、", sepEn = ", "): Bilingual {
  return { zh: values.map((v) => quote(v)).join(sepZh), en: values.map((v) => quote(v)).join(sepEn) };
}

/** Chinese text puts a space between a Chinese character and a following number, quote or Latin word. */
function spaced(text: string): string {
  return /^[A-Za-z0-9"'{[(\-…]/.test(text) ? ` ${text}` : text;
}

/** An error's field (JSON path) and what is wrong there, in both languages. */
export interface Described {
  field: string;
  detail: Bilingual;
}

/**
 * Words the first validation error: the JSON path of the offending value and what it should be, from the kind of
 * value the schema says it is. `root` is the schema the validator was compiled from; `prefix` the path of the
 * validated value inside the pack (a rule's params).
 */
export function describeSchemaError(
  error: SchemaError,
  data: unknown,
  root: Schema,
  prefix: readonly string[] = [],
): Described {
  const at = pointerSegments(error.instancePath);
  const here = schemaAt(root, at);
  const value = valueAt(data, at);
  const field = (segs: readonly string[]) => pointer([...prefix, ...segs]) || "/";
  const should = (expect: Bilingual, got: Bilingual, segs = at): Described => ({
    field: field(segs),
    detail: { zh: `应为${spaced(expect.zh)}，实为${spaced(got.zh)}`, en: `should be ${expect.en}, but is ${got.en}` },
  });
  const kind = (s: Schema | undefined): Bilingual | undefined => {
    if (!s || typeof s["x-kind"] !== "string") return undefined;
    // Whole numbers say their bounds as the schema states them.
    if (s.type === "integer" && typeof s.minimum === "number" && typeof s.maximum === "number") {
      const [lo, hi] = [String(s.minimum), String(s.maximum)];
      if (s["x-kind"] === "level")
        return { zh: `${lo} 到 ${hi} 之间的整数等级`, en: `a level from ${lo} to ${hi} (a whole number)` };
      return { zh: `${lo} 到 ${hi} 之间的整数`, en: `a whole number from ${lo} to ${hi}` };
    }
    return KINDS[s["x-kind"] as string];
  };

  // A bad key (an unknown category, a malformed rule id): name the key itself.
  if (error.propertyName !== undefined || error.keyword === "propertyNames") {
    const key = String(error.propertyName ?? error.params.propertyName);
    const names = deref(root, here?.propertyNames as Schema | undefined);
    const expect = names?.enum
      ? { zh: `${list(names.enum as unknown[]).zh} 之一`, en: `one of ${list(names.enum as unknown[]).en}` }
      : kind(names);
    const segs = [...at, key];
    if (!expect)
      return {
        field: field(segs),
        detail: { zh: `键名 ${quote(key)} 不允许`, en: `the key ${quote(key)} is not allowed` },
      };
    return {
      field: field(segs),
      detail: { zh: `是不允许的键名：键名应为${expect.zh}`, en: `is not an allowed key: keys should be ${expect.en}` },
    };
  }
  switch (error.keyword) {
    case "required": {
      const name = String(error.params.missingProperty);
      return { field: field(at), detail: { zh: `缺少必填字段 "${name}"`, en: `lacks the required field "${name}"` } };
    }
    case "additionalProperties": {
      const name = String(error.params.additionalProperty);
      const allowed = Object.keys((here?.properties as Schema | undefined) ?? {});
      const tail: Bilingual = allowed.length
        ? { zh: `（此处允许的字段：${list(allowed).zh}）`, en: ` (allowed here: ${list(allowed).en})` }
        : { zh: "（此处不接受任何字段）", en: " (no fields are accepted here)" };
      return {
        field: field([...at, name]),
        detail: { zh: `是未知字段${tail.zh}`, en: `is not a known field${tail.en}` },
      };
    }
    case "type": {
      const expectType = TYPES[String(error.params.type)] ?? {
        zh: String(error.params.type),
        en: String(error.params.type),
      };
      return should(kind(here) ?? expectType, actual(value, true));
    }
    case "enum": {
      const allowed =
        (error.params.allowedValues as unknown[] | undefined) ?? (here?.enum as unknown[] | undefined) ?? [];
      return should({ zh: `${list(allowed).zh} 之一`, en: `one of ${list(allowed).en}` }, actual(value, false));
    }
    case "minItems": {
      const expect = kind(here) ?? {
        zh: `至少有 ${String(error.params.limit)} 项的列表`,
        en: `a list of at least ${String(error.params.limit)} items`,
      };
      return should(expect, { zh: "空列表", en: "an empty list" });
    }
    case "minProperties":
      return should(
        {
          zh: `至少含 ${String(error.params.limit)} 个字段的对象`,
          en: `an object with at least ${String(error.params.limit)} fields`,
        },
        { zh: "空对象", en: "an empty object" },
      );
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum": {
      const op = {
        minimum: ["不小于", "at least"],
        maximum: ["不大于", "at most"],
        exclusiveMinimum: ["大于", "above"],
        exclusiveMaximum: ["小于", "below"],
      }[error.keyword];
      return should(
        kind(here) ?? {
          zh: `${op[0]} ${String(error.params.limit)} 的数`,
          en: `a number ${op[1]} ${String(error.params.limit)}`,
        },
        actual(value, false),
      );
    }
    case "pattern":
      return should(
        kind(here) ?? {
          zh: `符合格式 ${String(error.params.pattern)} 的字符串`,
          en: `a string matching ${String(error.params.pattern)}`,
        },
        actual(value, false),
      );
    default: {
      const expect = kind(here);
      if (expect) return should(expect, actual(value, false));
      return {
        field: field(at),
        detail: {
          zh: `取值 ${quote(value)} 不符合标准包格式`,
          en: `has a value ${quote(value)} the pack format does not allow`,
        },
      };
    }
  }
}
