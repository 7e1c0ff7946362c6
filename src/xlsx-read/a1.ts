/** "AB12" or "$AB$12" → 1-based { row, col }; null for anything else (row or column out of Excel's grid too). */
export function decodeA1(a1: string): { row: number; col: number } | null {
  let i = 0;
  let col = 0;
  let row = 0;
  const n = a1.length;
  if (a1.charCodeAt(i) === 36) i++;
  for (let ch = a1.charCodeAt(i); i < n && ((ch >= 65 && ch <= 90) || (ch >= 97 && ch <= 122)); ch = a1.charCodeAt(++i))
    col = col * 26 + ((ch & 0xdf) - 64);
  if (a1.charCodeAt(i) === 36) i++;
  const digits = i;
  for (let ch = a1.charCodeAt(i); i < n && ch >= 48 && ch <= 57; ch = a1.charCodeAt(++i)) row = row * 10 + ch - 48;
  if (!col || i === digits || i !== n || row < 1 || row > 1_048_576 || col > 16_384) return null;
  return { row, col };
}

/** "A1:B3" (or "A1") → 1-based inclusive bounds, corners in any order; null when unreadable. */
export function decodeRange(ref: string): { top: number; left: number; bottom: number; right: number } | null {
  const [a, b, extra] = ref.trim().split(":");
  if (extra !== undefined) return null;
  const p = decodeA1(a);
  const q = b === undefined ? p : decodeA1(b);
  if (!p || !q) return null;
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}
