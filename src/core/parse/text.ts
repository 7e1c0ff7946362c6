import type { CellValue } from "../snapshot/types";

const FULL_WIDTH_PUNCT: Record<string, string> = {
  "．": ".",
  "，": ",",
  "％": "%",
  "－": "-",
  "＋": "+",
  "（": "(",
  "）": ")",
  "：": ":",
  "￥": "¥",
  "\u3000": " ",
  "\u00a0": " ",
};

/** Folds full-width digits, letters and punctuation to ASCII so "１２.５％" reads like "12.5%". */
export function toHalfWidth(text: string): string {
  if (!/[\uff01-\uff5e\uffe5\u3000\u00a0]/.test(text)) return text;
  let out = "";
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code >= 0xff01 && code <= 0xff5e && !(ch in FULL_WIDTH_PUNCT)) out += String.fromCharCode(code - 0xfee0);
    else out += FULL_WIDTH_PUNCT[ch] ?? ch;
  }
  return out;
}

/** The trimmed text of a cell ("" for empty cells); numbers and booleans are shown as written. */
export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  return String(v).trim();
}

/** Text without any whitespace (full-width spaces and line breaks in wrapped header cells included). */
export function compact(text: string): string {
  return SPACE.test(text) ? text.replace(SPACES, "") : text;
}
const SPACE = /[\s\u3000\u00a0]/;
const SPACES = /[\s\u3000\u00a0]+/g;

/** Stops at the first character that is not a space: a cell of a megabyte is not scanned to tell it is not blank. */
const NOT_SPACE = /[^\s\u3000\u00a0]/;

export function isBlank(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === "string" && !NOT_SPACE.test(v));
}
