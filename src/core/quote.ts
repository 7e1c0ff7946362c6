/**
 * Cell text as a finding message quotes it: every rule that puts a line's name, a total row's label or a cell's
 * content into a message passes it through `quoteText`, so a 100,000-character cell gives a readable message.
 *
 * - at most MAX_QUOTED_LENGTH characters (code points, never half of a surrogate pair), then "…";
 * - line breaks, tabs, other control characters and invisible format characters (bidi overrides, zero-width
 *   spaces) become one space, so a message stays one line and reads in its own direction;
 * - a lone surrogate becomes U+FFFD.
 */
export const MAX_QUOTED_LENGTH = 40;

function isSpaceLike(code: number): boolean {
  return (
    code <= 0x20 ||
    (code >= 0x7f && code <= 0xa0) ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200f) ||
    (code >= 0x2028 && code <= 0x202f) ||
    (code >= 0x205f && code <= 0x206f) ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

export function quoteText(value: unknown, max: number = MAX_QUOTED_LENGTH): string {
  const text = value === null || value === undefined ? "" : String(value);
  let out = "";
  let count = 0;
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isSpaceLike(code)) {
      pendingSpace = count > 0;
      continue;
    }
    let ch: string;
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        ch = text.slice(i, i + 2);
        i++;
      } else ch = "\ufffd";
    } else if (code >= 0xdc00 && code <= 0xdfff) ch = "\ufffd";
    else ch = text[i];
    const add = pendingSpace ? 2 : 1;
    if (count + add > max) return `${out}…`;
    if (pendingSpace) out += " ";
    out += ch;
    count += add;
    pendingSpace = false;
  }
  return out;
}
