import type { CellValue } from "../core/snapshot/types";
import { excelText, unescapeOoxml } from "./shared-strings";

/** The last day Excel can show (9999-12-31) as a serial; beyond it, or below 0, a "date" is only a number. */
const MAX_SERIAL = 2_958_465;

/**
 * A date serial as the ISO date the other hosts give ("2024-06-01"), or null when it is not a date Excel can show
 * (negative, beyond 9999, not finite): the number then stays a number.
 */
export function serialToIsoDate(serial: number, date1904: boolean): string | null {
  if (!Number.isFinite(serial) || serial < 0 || serial > MAX_SERIAL) return null;
  const ms = Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000);
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10);
}

/**
 * What a cell holds, read as what it is — whatever its format claims: a number (a date under a date format when
 * the serial is a date), text, a boolean, an error value ("#DIV/0!"), or an ISO date. Never throws.
 * `raw` is the text of <v> (or of the inline string), `type` the cell's t attribute.
 */
export function cellValue(type: string | undefined, raw: string | null, strings: readonly string[], isDate: boolean, date1904: boolean): CellValue {
  if (raw === null) return null;
  switch (type) {
    case "s": {
      const i = Number(raw);
      return Number.isInteger(i) && i >= 0 && i < strings.length ? strings[i] : null;
    }
    case "str":
    case "inlineStr":
      return excelText(unescapeOoxml(raw));
    case "b":
      return raw.trim() === "1" || raw.trim().toLowerCase() === "true";
    case "e":
      return raw.trim();
    case "d": {
      // ISO 8601: a date (or date-time) becomes the date; anything else (a duration such as PT0H11M0.000S,
      // as .NET libraries write) stays the text it is.
      const m = /^\s*(\d{4}-\d{2}-\d{2})(?:$|[T\s])/.exec(raw);
      return m ? m[1] : excelText(raw);
    }
    default: {
      // Number() skips surrounding whitespace itself; only an all-blank <v> (which it reads as 0) is checked for.
      const n = Number(raw);
      if (n === 0 && raw.trim() === "") return null;
      if (!Number.isFinite(n)) return excelText(raw); // not a number at all: the text, for the engine to call unreadable
      if (isDate) return serialToIsoDate(n, date1904) ?? n;
      return n;
    }
  }
}
