import type { Laid } from "./layout";
import { allItems, type Content } from "./model";
import type { AbsFinding } from "./review";

export interface Expectation {
  rule: string;
  severity: "error" | "warning";
  sheet?: string;
  row?: number;
  cell?: string;
}

/**
 * Places the reviewer's findings on the sheets: a line rule names its row (and the 单价 cell for a 人月 price
 * written in a 单价 column), integration and security-test name the fee line, the four fees name their sheet when
 * they share one, workbook-level rules (密评, 监理, tiers, 热线) name nothing. Then the layout's own findings: an
 * amount typed ≠ 数量 × 单价, a 小计 typed wrong, a formula saved without its value.
 */
export function expectations(found: AbsFinding[], laid: Laid, c: Content): Expectation[] {
  const out: Expectation[] = [];
  const at = (id: string) => {
    const p = laid.lines.get(id);
    if (!p) throw new Error(`finding on a line that was not laid out: ${id}`);
    return p;
  };
  for (const f of found) {
    const e: Expectation = { rule: f.rule, severity: f.severity };
    if (f.item && !f.rule.startsWith("fees.")) {
      const p = at(f.item);
      e.sheet = p.sheet;
      e.row = p.row;
      if (f.cell === "price" && p.priceCell) e.cell = p.priceCell;
    } else if (f.items) {
      const places = f.items.map(at);
      const sheets = new Set(places.map((p) => p.sheet));
      if (sheets.size === 1) e.sheet = places[0].sheet;
      if (f.item && places.length === 1) e.row = places[0].row;
    }
    out.push(e);
  }
  for (const it of [...allItems(c.groups), ...allItems(c.omEstimate)]) {
    if (!it.typo) continue;
    const p = at(it.id);
    out.push({ rule: "sheet.line-arithmetic", severity: "error", sheet: p.sheet, row: p.row, cell: p.amountCell });
  }
  for (const w of laid.wrong)
    out.push({ rule: "sheet.subtotal-mismatch", severity: "error", sheet: w.sheet, row: w.row, cell: w.cell });
  for (const u of laid.uncached)
    out.push({ rule: "sheet.unreadable-amount", severity: "warning", sheet: u.sheet, row: u.row, cell: u.cell });
  return out;
}
