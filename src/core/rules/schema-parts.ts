import type { ProjectKind } from "../model/types";
import { CATEGORIES } from "../model/types";

/**
 * JSON Schema fragments for rule params. Packs write decimals as strings so no threshold passes through a float,
 * and money as { value, unit } so a pack can be written in the unit its source document uses.
 *
 * Every fragment names its kind in `x-kind` (an annotation the validators ignore): the loader words its error
 * message from it ("应为 0 到 1 之间的比率…"), so each kind of value says what it expects. The bounds:
 * - ratio: rates and shares, 0 to 1 inclusive (a rate above 100% or below 0 is a typo, never a standard);
 * - amount: money, strictly positive, at most 12 integer digits (below 1 万亿元) and 6 decimals;
 * - quantity: person-months, areas: strictly positive, at most 9 integer digits;
 * - count: whole numbers 0 to 1,000,000 (servers, terminals, seats);
 * - level: 等保 levels 1 to 5;
 * - keyword: non-blank text with no leading or trailing whitespace, at most 100 characters.
 */
const RATIO_PATTERN = "^(?:0(?:\\.\\d{1,8})?|1(?:\\.0{1,8})?)$";

export const RATIO = { type: "string", "x-kind": "ratio", pattern: RATIO_PATTERN } as const;

export const QUANTITY = {
  type: "string",
  "x-kind": "quantity",
  pattern: "^(?!0+(?:\\.0+)?$)(?:0|[1-9]\\d{0,8})(?:\\.\\d{1,6})?$",
} as const;

export const AMOUNT = {
  type: "string",
  "x-kind": "amount",
  pattern: "^(?!0+(?:\\.0+)?$)(?:0|[1-9]\\d{0,11})(?:\\.\\d{1,6})?$",
} as const;

export const MONEY = {
  type: "object",
  additionalProperties: false,
  required: ["value", "unit"],
  properties: { value: AMOUNT, unit: { enum: ["元", "万元"] } },
} as const;

export const KEYWORD = { type: "string", "x-kind": "keyword", pattern: "^\\S(?:.{0,98}\\S)?$" } as const;

export const WORDS = { type: "array", "x-kind": "words", items: KEYWORD, minItems: 1 } as const;

export const COUNT = { type: "integer", "x-kind": "count", minimum: 0, maximum: 1000000 } as const;

/** A classified-protection (等保) level. */
export const LEVEL = { type: "integer", "x-kind": "level", minimum: 1, maximum: 5 } as const;

export const CATEGORY_LIST = { type: "array", items: { enum: [...CATEGORIES] }, minItems: 1 } as const;

const KIND_VALUES: readonly ProjectKind[] = ["construction", "upgrade", "om", "service"];

export const KINDS = { type: "array", items: { enum: KIND_VALUES }, minItems: 1 } as const;

export const SEVERITY = { enum: ["error", "warning", "info"] } as const;

/** A closed object: unknown params are pack typos, so they are rejected. All listed properties are required unless `optional` names them. */
export function closedObject(
  properties: Record<string, unknown>,
  optional: readonly string[] = [],
): Record<string, unknown> {
  return {
    type: "object",
    additionalProperties: false,
    required: Object.keys(properties).filter((k) => !optional.includes(k)),
    properties,
  };
}

/** Params of a rule that takes none. */
export const NO_PARAMS = closedObject({});
