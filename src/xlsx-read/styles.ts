import { snapshotFormat } from "../core";
import { builtInFormat } from "./number-formats";
import { walkXml } from "./xml";

/** Number formats by cell style index (the `s` of a cell); whether one shows a date is the snapshot contract's call. */
export interface CellStyles {
  format(style: number): string | null;
}

export const NO_STYLES: CellStyles = { format: () => null };

/** Reads numFmts and cellXfs from the styles part; fonts, fills, borders and the rest are not looked at. */
export function readStyles(part: string, data: Uint8Array): CellStyles {
  const custom = new Map<number, string>();
  const xfIds: number[] = [];
  let inCellXfs = false;
  walkXml(part, data, {
    open(name, a) {
      if (name === "numFmt" && a.numFmtId !== undefined && a.formatCode !== undefined)
        custom.set(Number(a.numFmtId), a.formatCode);
      else if (name === "cellXfs") inCellXfs = true;
      else if (name === "xf" && inCellXfs) {
        xfIds.push(Number(a.numFmtId ?? 0));
      }
    },
    close(name) {
      if (name === "cellXfs") inCellXfs = false;
    },
  });
  // Format 0 (General) is what a cell has when it has none: carried as null, as the other hosts do.
  const xfFormats = xfIds.map((id) =>
    Number.isInteger(id) && id > 0 ? snapshotFormat(custom.get(id) ?? builtInFormat(id)) : null,
  );
  return { format: (s) => xfFormats[s] ?? null };
}
