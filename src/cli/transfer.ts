import Decimal from "decimal.js";

/**
 * Results cross from a worker process by structured clone (advanced IPC serialization), which keeps plain data only: a Decimal (the verdict's
 * money) would arrive as a bare object. `pack` turns every Decimal into { $decimal: "…" } (its exact string),
 * `unpack` turns them back.
 */
export function pack<T>(value: T): T {
  return walk(value, (v) => (Decimal.isDecimal(v) ? { $decimal: (v as Decimal).toString() } : undefined)) as T;
}

export function unpack<T>(value: T): T {
  return walk(value, (v) => {
    const d = (v as { $decimal?: unknown }).$decimal;
    return typeof d === "string" && Object.keys(v as object).length === 1 ? new Decimal(d) : undefined;
  }) as T;
}

function walk(value: unknown, swap: (v: object) => unknown): unknown {
  if (value === null || typeof value !== "object") return value;
  const swapped = swap(value);
  if (swapped !== undefined) return swapped;
  if (Array.isArray(value)) return value.map((v) => walk(v, swap));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = walk(v, swap);
  return out;
}
