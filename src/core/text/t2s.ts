import { SIMPLIFIED, TRADITIONAL } from "./t2s-table";

let table: { map: Map<string, string>; any: RegExp; all: RegExp } | null = null;

function load(): NonNullable<typeof table> {
  if (!table) {
    const from = Array.from(TRADITIONAL);
    const to = Array.from(SIMPLIFIED);
    const map = new Map<string, string>();
    for (let i = 0; i < from.length; i++) map.set(from[i], to[i]);
    // One character class of every traditional character: the native regex scan rejects simplified text fast.
    table = { map, any: new RegExp(`[${TRADITIONAL}]`), all: new RegExp(`[${TRADITIONAL}]`, "g") };
  }
  return table;
}

/**
 * Traditional → simplified, character by character (district-packs.md §0.5): 運維 → 运维, 監理 → 监理, 青陽 → 青阳.
 * Simplified text comes back unchanged (the same string). For matching keywords and place words, not for display.
 */
export function toSimplified(text: string): string {
  const t = load();
  if (!t.any.test(text)) return text;
  return text.replace(t.all, (ch) => t.map.get(ch) ?? ch);
}

/**
 * The snapshot with every text cell folded to simplified characters (district-packs.md §0.5), so a workbook written
 * in traditional characters is read like a simplified one: its headers (序號, 金額（萬元）), units and line names.
 * Sheet names are kept (cell addresses name them). The same object when nothing changes.
 */
export function simplifiedSnapshot<S extends { sheets: { values: (string | number | boolean | null)[][] }[] }>(
  snapshot: S,
): S {
  let changed = false;
  const sheets = snapshot.sheets.map((sheet) => {
    let sheetChanged = false;
    const values = sheet.values.map((row) => {
      let rowChanged = false;
      const out = row.map((v) => {
        if (typeof v !== "string") return v;
        const s = toSimplified(v);
        if (s !== v) rowChanged = true;
        return s;
      });
      if (rowChanged) sheetChanged = true;
      return rowChanged ? out : row;
    });
    if (!sheetChanged) return sheet;
    changed = true;
    return { ...sheet, values };
  });
  return changed ? { ...snapshot, sheets } : snapshot;
}
