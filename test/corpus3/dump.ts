import type { WorkbookSnapshot } from "../../src/core/snapshot/types";

/** A workbook as text: one line per row, cells separated by │, formulas shown as value{=formula}. */
export function dumpSnapshot(wb: WorkbookSnapshot, maxWidth = 18): string {
  const out: string[] = [];
  for (const s of wb.sheets) {
    out.push(
      `── ${s.name}${s.hidden ? " (hidden)" : ""}  origin ${s.origin.row},${s.origin.col}  merges ${s.merges.length}`,
    );
    s.values.forEach((row, i) => {
      const cells = row.map((v, j) => {
        const f = s.formulas?.[i]?.[j];
        const t = v === null ? "" : String(v);
        const shown = f ? `${t}{${f}}` : t;
        return shown.length > maxWidth ? shown.slice(0, maxWidth - 1) + "…" : shown;
      });
      while (cells.length && cells[cells.length - 1] === "") cells.pop();
      out.push(`${String(i + 1 + s.origin.row).padStart(3)}│ ${cells.join(" │ ")}`);
    });
  }
  return out.join("\n");
}
