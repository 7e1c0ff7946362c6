import type { CellValue } from "../core";

/**
 * What a cell holds, compared the way 按标准核定 and 撤销核定 compare it: the host-neutral half of cell-changes.ts,
 * shared by the Office.js adapter and the WPS adapter (src/wps), so both decide "the cell still holds what we saw /
 * wrote" in one place.
 */

/** A formula as a host reports it ("=E6*F6"), or null where the cell holds a constant. */
export function asFormula(f: unknown): string | null {
  return typeof f === "string" && f.startsWith("=") ? f : null;
}

export function asValue(v: unknown): CellValue {
  return v === "" || v === undefined ? null : (v as CellValue);
}

function normalizeFormula(f: string | null): string {
  return (f ?? "").replace(/\s|\$/g, "").toUpperCase();
}

export function sameContent(
  expected: { formula: string | null; value: CellValue },
  formula: string | null,
  value: CellValue,
): boolean {
  if (expected.formula || formula) return normalizeFormula(expected.formula) === normalizeFormula(formula);
  if (typeof expected.value === "number" && typeof value === "number") return Math.abs(expected.value - value) < 1e-9;
  return (expected.value ?? null) === value;
}
