import type { CellChange } from "../../src/core/plan/types";
import type { SheetSnapshot, WorkbookSnapshot } from "../../src/core/snapshot/types";
import { evaluateFormula } from "./fake-formula";

/**
 * The snapshot with planned changes written in, as Excel would hold it afterwards: each cell's formula or value
 * set, then every formula of the workbook evaluated again (a few passes settle chains such as 小计 → 合计).
 */
export function applyToSnapshot(snapshot: WorkbookSnapshot, changes: readonly CellChange[]): WorkbookSnapshot {
  const copy: WorkbookSnapshot = structuredClone(snapshot);
  const byName = new Map(copy.sheets.map((s) => [s.name, s]));
  const grow = (s: SheetSnapshot, r: number, c: number) => {
    while (s.values.length <= r) s.values.push([]);
    for (const row of s.values) while (row.length <= c) row.push(null);
    s.formulas ??= s.values.map((row) => row.map(() => null));
    while (s.formulas.length < s.values.length) s.formulas.push([]);
    for (const row of s.formulas) while (row.length < s.values[0].length) row.push(null);
  };
  for (const ch of changes) {
    const s = byName.get(ch.sheet)!;
    const r = ch.row - s.origin.row;
    const c = ch.col - s.origin.col;
    grow(s, r, c);
    s.formulas![r][c] = ch.after.formula;
    s.values[r][c] = ch.after.value;
  }
  for (let pass = 0; pass < 4; pass++) {
    for (const s of copy.sheets) {
      s.formulas?.forEach((row, r) =>
        row.forEach((f, c) => {
          if (!f) return;
          const v = evaluateFormula(f, (sheet, rr, cc) => {
            const t = sheet ? byName.get(sheet) : s;
            return t?.values[rr - t.origin.row]?.[cc - t.origin.col] ?? null;
          });
          if (v !== undefined) s.values[r][c] = v;
        }),
      );
    }
  }
  return copy;
}
