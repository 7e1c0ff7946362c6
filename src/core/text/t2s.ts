import { SIMPLIFIED, TRADITIONAL } from "./t2s-table";

let table: Map<string, string> | null = null;
const TRAD_TEST = /[\u3400-\u9fff]/;

/**
 * Traditional → simplified, character by character (district-packs.md §0.5): 運維 → 运维, 監理 → 监理, 青陽 → 青阳.
 * Simplified text comes back unchanged. For matching keywords and place words, not for display.
 */
export function toSimplified(text: string): string {
  if (!TRAD_TEST.test(text)) return text;
  if (!table) {
    table = new Map();
    const from = Array.from(TRADITIONAL);
    const to = Array.from(SIMPLIFIED);
    for (let i = 0; i < from.length; i++) table.set(from[i], to[i]);
  }
  let out = "";
  let changed = false;
  for (const ch of text) {
    const s = table.get(ch);
    if (s !== undefined) {
      out += s;
      changed = true;
    } else out += ch;
  }
  return changed ? out : text;
}
