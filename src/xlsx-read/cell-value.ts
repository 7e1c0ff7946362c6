import { snapshotValue, type CellValue } from "../core";
import { excelText, unescapeOoxml } from "./shared-strings";

/**
 * What a cell of the sheet XML holds, decoded from its `t` attribute and <v> text into what the snapshot contract
 * (core/snapshot/host-cell.ts) takes — text, a number, a boolean, a date-typed or an error cell — and decided there,
 * as for every host. Never throws. `raw` is the text of <v> (or of the inline string), `format` the cell's number
 * format.
 */
export function cellValue(
  type: string | undefined,
  raw: string | null,
  strings: readonly string[],
  format: string | null,
  date1904: boolean,
): CellValue {
  if (raw === null) return null;
  switch (type) {
    case "s": {
      const i = Number(raw);
      return snapshotValue(Number.isInteger(i) && i >= 0 && i < strings.length ? strings[i] : null);
    }
    case "str":
    case "inlineStr":
      return snapshotValue(excelText(unescapeOoxml(raw)));
    case "b":
      return raw.trim() === "1" || raw.trim().toLowerCase() === "true";
    case "e":
      return snapshotValue(raw, { kind: "error" });
    case "d":
      return snapshotValue(excelText(raw), { kind: "date", date1904 });
    default: {
      // Number() skips surrounding whitespace itself; only an all-blank <v> (which it reads as 0) is checked for.
      const n = Number(raw);
      if (n === 0 && raw.trim() === "") return null;
      if (!Number.isFinite(n)) return snapshotValue(excelText(raw)); // not a number at all: the text, for the engine to call unreadable
      return snapshotValue(n, { format, date1904 });
    }
  }
}
