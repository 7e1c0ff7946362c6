import { walkXml } from "./xml";

/**
 * The shared string table: each <si>'s text, the runs of rich text joined; phonetic guides (<rPh>, furigana)
 * are not part of the text.
 */
export function readSharedStrings(part: string, data: Uint8Array): string[] {
  const strings: string[] = [];
  let current: string[] | null = null;
  let inT = false;
  let phonetic = 0;
  walkXml(part, data, {
    open(name) {
      if (name === "si") current = [];
      else if (name === "t") inT = current !== null && phonetic === 0;
      else if (name === "rPh") phonetic++;
    },
    close(name) {
      if (name === "t") inT = false;
      else if (name === "rPh") phonetic--;
      else if (name === "si" && current) {
        strings.push(excelText(unescapeOoxml(current.join(""))));
        current = null;
      }
    },
    wantText: () => inT,
    text(t) {
      current?.push(t);
    },
  });
  return strings;
}

/** SpreadsheetML escapes characters XML cannot hold as _xHHHH_ (a carriage return is _x000D_). */
export function unescapeOoxml(s: string): string {
  if (s.indexOf("_x") < 0) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Excel's own limit on the characters of one cell: a longer text (only a crafted file has one) is read to it. */
const MAX_CELL_TEXT = 32_767;

export function excelText(s: string): string {
  return s.length > MAX_CELL_TEXT ? s.slice(0, MAX_CELL_TEXT) : s;
}
