import type { CellValue, MergedRange, SheetSnapshot } from "./types";
import { snapshotFormat, snapshotFormula, snapshotValue, type HostValue } from "./host-cell";

/**
 * A sheet as a host without cell types hands it over (Office.js: a used range's `values`, `formulas` and
 * `numberFormat`, all of one shape, and its merged areas); see host-cell.ts for what each cell may hold.
 */
export interface HostSheet {
  name: string;
  /** 0-based worksheet coordinates of values[0][0]. */
  origin: { row: number; col: number };
  values: HostValue[][];
  /** A formula ("=…") where the cell holds one; anything else (Office.js repeats constants here) is no formula. */
  formulas?: unknown[][];
  numberFormats?: unknown[][];
  /** 0-based, inclusive; any merged area that meets the values, even one reaching beyond them. */
  merges: MergedRange[];
  hidden?: boolean;
  date1904?: boolean;
}

/** A hidden sheet the user did not ask to audit: listed by name and as hidden, its cells not read. */
export function unreadHiddenSheet(name: string): SheetSnapshot {
  return { name, origin: { row: 0, col: 0 }, values: [], formulas: [], numberFormats: [], merges: [], hidden: true };
}

/** The snapshot of a host's sheet: every cell decided by snapshotValue, then settled (settleSheet). */
export function normaliseSheet(host: HostSheet): SheetSnapshot {
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  for (let r = 0; r < host.values.length; r++) {
    const line = host.values[r] ?? [];
    const fLine = host.formulas?.[r];
    const nLine = host.numberFormats?.[r];
    const v: CellValue[] = [];
    const f: (string | null)[] = [];
    const n: (string | null)[] = [];
    for (let c = 0; c < line.length; c++) {
      const format = snapshotFormat(nLine?.[c]);
      const value = snapshotValue(line[c], { format, date1904: host.date1904 });
      const formula = snapshotFormula(fLine?.[c]);
      v.push(value);
      f.push(formula);
      // A format is kept where there is something to format, as a file's reader only sees it there.
      n.push(value === null && formula === null ? null : format);
    }
    values.push(v);
    formulas.push(f);
    numberFormats.push(n);
  }
  return settleSheet({
    name: host.name,
    origin: host.origin,
    values,
    formulas,
    numberFormats,
    merges: host.merges,
    ...(host.hidden ? { hidden: true } : {}),
  });
}

/**
 * What every builder does last, so that a sheet reads the same whoever built it:
 * - a merged area keeps its value in its top-left cell only: the other cells are emptied (Excel shows only that
 *   one; a file may still hold values under the others);
 * - the sheet ends at its last row and column holding a value or a formula (a host's used range may reach further,
 *   over formatted or merged cells);
 * - merges are cut to that extent, and dropped where they merge nothing within it, or where their top-left cell lies
 *   outside it or is empty (there is no text to carry over the area).
 * The grids are changed in place. The work is bounded whatever the merges declare (overlapping ones included).
 */
export function settleSheet(sheet: SheetSnapshot): SheetSnapshot {
  const { values, origin } = sheet;
  const formulas = sheet.formulas ?? null;
  const formats = sheet.numberFormats ?? null;
  const width = values.reduce((m, row) => Math.max(m, row?.length ?? 0), 0);
  let budget = 2 * values.length * width + 100_000;
  for (const m of sheet.merges) {
    const top = Math.max(m.top - origin.row, 0);
    const left = Math.max(m.left - origin.col, 0);
    const bottom = Math.min(m.bottom - origin.row, values.length - 1);
    const right = Math.min(m.right - origin.col, width - 1);
    for (let r = top; r <= bottom && budget > 0; r++, budget--) {
      const row = values[r];
      if (!row) continue;
      for (let c = left; c <= right && c < row.length; c++, budget--) {
        if (r === m.top - origin.row && c === m.left - origin.col) continue;
        row[c] = null;
        if (formulas?.[r] && c < formulas[r].length) formulas[r][c] = null;
        if (formats?.[r] && c < formats[r].length) formats[r][c] = null;
      }
    }
  }
  // The extent: the last row and column with a value or a formula.
  let rows = 0;
  let cols = 0;
  for (let r = 0; r < values.length; r++) {
    const row = values[r] ?? [];
    const fRow = formulas?.[r];
    for (let c = Math.max(row.length, fRow?.length ?? 0) - 1; c >= 0; c--) {
      if ((row[c] ?? null) !== null || (fRow?.[c] ?? null) !== null) {
        rows = r + 1;
        if (c + 1 > cols) cols = c + 1;
        break;
      }
    }
  }
  const cut = <T>(grid: T[][] | null): T[][] | null => {
    if (!grid) return null;
    if (grid.length > rows) grid.length = rows;
    for (let r = 0; r < grid.length; r++) if (grid[r] && grid[r].length > cols) grid[r] = grid[r].slice(0, cols);
    return grid;
  };
  cut(values);
  cut(formulas);
  cut(formats);
  const merges: MergedRange[] = [];
  for (const m of sheet.merges) {
    const anchor = values[m.top - origin.row]?.[m.left - origin.col];
    if (anchor === undefined || anchor === null) continue;
    const clipped = {
      top: m.top,
      left: m.left,
      bottom: Math.min(m.bottom, origin.row + rows - 1),
      right: Math.min(m.right, origin.col + cols - 1),
    };
    if (clipped.bottom === clipped.top && clipped.right === clipped.left) continue;
    merges.push(clipped);
  }
  return { ...sheet, merges };
}
