import type { ProjectKind } from "../model/types";

/**
 * JSON Schema fragments for rule params. Packs write decimals as strings so no threshold passes through a float,
 * and money as { value, unit } so a pack can be written in the unit its source document uses.
 */
export const DECIMAL = { type: "string", pattern: "^-?\\d+(\\.\\d+)?$" } as const;

export const MONEY = {
  type: "object",
  additionalProperties: false,
  required: ["value", "unit"],
  properties: { value: DECIMAL, unit: { enum: ["元", "万元"] } },
} as const;

export const WORDS = { type: "array", items: { type: "string", minLength: 1 }, minItems: 1 } as const;

export const COUNT = { type: "integer", minimum: 0 } as const;

const KIND_VALUES: readonly ProjectKind[] = ["construction", "upgrade", "om", "service"];

export const KINDS = { type: "array", items: { enum: KIND_VALUES }, minItems: 1 } as const;

export const SEVERITY = { enum: ["error", "warning", "info"] } as const;

/** A closed object: unknown params are pack typos, so they are rejected. All listed properties are required unless `optional` names them. */
export function closedObject(properties: Record<string, unknown>, optional: readonly string[] = []): Record<string, unknown> {
  return {
    type: "object",
    additionalProperties: false,
    required: Object.keys(properties).filter((k) => !optional.includes(k)),
    properties,
  };
}

/** Params of a rule that takes none. */
export const NO_PARAMS = closedObject({});
