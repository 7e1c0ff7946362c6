import type { CellValue, MergedRange, SheetSnapshot, WorkbookSnapshot } from "./types";
import { SnapshotError, type SnapshotLocation } from "../errors";
import { columnLetters } from "./address";
import { quoteText } from "../quote";

/**
 * Checks a snapshot at the core's door and returns it in the shape the parser reads.
 *
 * Tolerated, and normalised (real hosts produce these):
 * - ragged rows: rows of different lengths, `formulas`/`numberFormats` shorter than `values`, missing or with
 *   missing rows; a missing row (a hole in a sparse array, null, undefined) is an empty row and a missing cell an
 *   empty cell;
 * - `origin` missing (→ {0, 0}), `merges` missing (→ none), a merge outside the values (clipped when read) or
 *   overlapping another, a merge whose bottom/right lie above/left of its top/left (dropped: it merges nothing);
 * - any number (NaN, ±Infinity, -0, 1e300 — unreadable amounts where a figure is expected), any string (empty,
 *   100,000 characters, control characters, lone surrogates), booleans;
 * - sheets with no rows, empty or duplicate sheet names (audited as given), a workbook with no sheets.
 *
 * Rejected with a SnapshotError that names the sheet, row and column (these are adapter bugs, and reading on
 * would only fail later with a TypeError or a wrong address):
 * - a snapshot, sheet, row or merge that is not an object/array; `sheets` or `values` missing;
 * - a sheet name or workbook name that is not a string; `hidden` that is not a boolean;
 * - a cell value that is not a string, number, boolean or null (an object, a Date, an array, a bigint ...);
 * - a formula or number format that is not a string or null;
 * - `origin` or merge coordinates that are not non-negative / whole numbers.
 */
export function checkSnapshot(snapshot: unknown): WorkbookSnapshot {
  if (!isObject(snapshot)) {
    throw new SnapshotError(
      {},
      `应为对象，实际是 ${typeName(snapshot)}`,
      `expected an object, got ${typeNameEn(snapshot)}`,
    );
  }
  const { name, sheets } = snapshot as { name?: unknown; sheets?: unknown };
  if (name !== undefined && name !== null && typeof name !== "string") {
    throw new SnapshotError(
      { field: "name" },
      `工作簿名称应为文本，实际是 ${typeName(name)}`,
      `the workbook name must be text, not ${typeNameEn(name)}`,
    );
  }
  if (!Array.isArray(sheets)) {
    throw new SnapshotError(
      { field: "sheets" },
      `sheets 应为工作表数组，实际是 ${typeName(sheets)}`,
      `sheets must be an array of sheets, not ${typeNameEn(sheets)}`,
    );
  }
  const out: SheetSnapshot[] = [];
  for (let i = 0; i < sheets.length; i++) out.push(checkSheet(sheets[i], i + 1));
  return { ...(typeof name === "string" ? { name } : {}), sheets: out };
}

function checkSheet(sheet: unknown, sheetIndex: number): SheetSnapshot {
  const at: SnapshotLocation = { sheetIndex };
  if (!isObject(sheet)) {
    throw new SnapshotError(
      at,
      `工作表应为对象，实际是 ${typeName(sheet)}`,
      `a sheet must be an object, not ${typeNameEn(sheet)}`,
    );
  }
  const s = sheet as Record<string, unknown>;
  if (typeof s.name !== "string") {
    throw new SnapshotError(
      { ...at, field: "name" },
      `工作表名称应为文本，实际是 ${typeName(s.name)}`,
      `the sheet name must be text, not ${typeNameEn(s.name)}`,
    );
  }
  const where: SnapshotLocation = { sheetIndex, sheet: quoteText(s.name) };
  const origin = checkOrigin(s.origin, where);
  if (!Array.isArray(s.values)) {
    throw new SnapshotError(
      { ...where, field: "values" },
      `values 应为行的数组，实际是 ${typeName(s.values)}`,
      `values must be an array of rows, not ${typeNameEn(s.values)}`,
    );
  }
  const values = checkGrid(
    s.values,
    "values",
    where,
    origin,
    isCellValue,
    "文本、数字、布尔值或空",
    "text, a number, a boolean or empty",
  ) as CellValue[][];
  const formulas = checkOptionalGrid(s.formulas, "formulas", where, origin);
  const numberFormats = checkOptionalGrid(s.numberFormats, "numberFormats", where, origin);
  const merges = checkMerges(s.merges, where);
  if (s.hidden !== undefined && s.hidden !== null && typeof s.hidden !== "boolean") {
    throw new SnapshotError(
      { ...where, field: "hidden" },
      `hidden 应为布尔值，实际是 ${typeName(s.hidden)}`,
      `hidden must be a boolean, not ${typeNameEn(s.hidden)}`,
    );
  }
  return {
    name: s.name,
    origin,
    values,
    ...(formulas ? { formulas } : {}),
    ...(numberFormats ? { numberFormats } : {}),
    merges,
    ...(typeof s.hidden === "boolean" ? { hidden: s.hidden } : {}),
  };
}

function checkOrigin(origin: unknown, where: SnapshotLocation): { row: number; col: number } {
  if (origin === undefined || origin === null) return { row: 0, col: 0 };
  const o = origin as { row?: unknown; col?: unknown };
  if (!isObject(origin) || !isIndex(o.row) || !isIndex(o.col)) {
    throw new SnapshotError(
      { ...where, field: "origin" },
      "origin 应为 { row, col }，两者均为非负整数",
      "origin must be { row, col }, both non-negative whole numbers",
    );
  }
  return { row: o.row as number, col: o.col as number };
}

/**
 * Checks every cell of a 2D array; returns the array itself, or a copy with missing rows made empty (the parser
 * reads rows as arrays). Cells are only read, never copied: this runs on every audit and stays a single pass.
 */
function checkGrid(
  rows: unknown[],
  field: string,
  where: SnapshotLocation,
  origin: { row: number; col: number },
  ok: (v: unknown) => boolean,
  expectedZh: string,
  expectedEn: string,
): unknown[][] {
  let out: unknown[][] | null = null;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (row === undefined || row === null) {
      out ??= rows.slice() as unknown[][];
      out[r] = [];
      continue;
    }
    if (!Array.isArray(row)) {
      throw new SnapshotError(
        { ...where, row: origin.row + r + 1, field },
        `每一行应为数组，实际是 ${typeName(row)}`,
        `each row must be an array, not ${typeNameEn(row)}`,
      );
    }
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (ok(v)) continue;
      throw new SnapshotError(
        { ...where, row: origin.row + r + 1, column: columnLetters(origin.col + c), field },
        `单元格应为${expectedZh}，实际是 ${typeName(v)}`,
        `a cell must be ${expectedEn}, not ${typeNameEn(v)}`,
      );
    }
  }
  return out ?? (rows as unknown[][]);
}

function checkOptionalGrid(
  grid: unknown,
  field: string,
  where: SnapshotLocation,
  origin: { row: number; col: number },
): (string | null)[][] | undefined {
  if (grid === undefined || grid === null) return undefined;
  if (!Array.isArray(grid)) {
    throw new SnapshotError(
      { ...where, field },
      `${field} 应为行的数组，实际是 ${typeName(grid)}`,
      `${field} must be an array of rows, not ${typeNameEn(grid)}`,
    );
  }
  return checkGrid(grid, field, where, origin, isOptionalText, "文本或空", "text or empty") as (string | null)[][];
}

function checkMerges(merges: unknown, where: SnapshotLocation): MergedRange[] {
  if (merges === undefined || merges === null) return [];
  if (!Array.isArray(merges)) {
    throw new SnapshotError(
      { ...where, field: "merges" },
      `merges 应为数组，实际是 ${typeName(merges)}`,
      `merges must be an array, not ${typeNameEn(merges)}`,
    );
  }
  const out: MergedRange[] = [];
  for (let i = 0; i < merges.length; i++) {
    const m = merges[i] as Record<string, unknown> | null;
    if (!isObject(m) || !isWhole(m.top) || !isWhole(m.left) || !isWhole(m.bottom) || !isWhole(m.right)) {
      throw new SnapshotError(
        { ...where, field: `merges[${i}]` },
        "合并区域应为 { top, left, bottom, right }，均为整数",
        "a merged range must be { top, left, bottom, right }, all whole numbers",
      );
    }
    const range = m as unknown as MergedRange;
    // An inverted range merges nothing; it is dropped rather than read as an area.
    if (range.bottom < range.top || range.right < range.left) continue;
    out.push(range);
  }
  return out;
}

function isObject(v: unknown): v is object {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function isIndex(v: unknown): boolean {
  return typeof v === "number" && Number.isSafeInteger(v) && v >= 0;
}

function isWhole(v: unknown): boolean {
  return typeof v === "number" && Number.isSafeInteger(v);
}

function isCellValue(v: unknown): boolean {
  const t = typeof v;
  return v === null || v === undefined || t === "string" || t === "number" || t === "boolean";
}

function isOptionalText(v: unknown): boolean {
  return v === null || v === undefined || typeof v === "string";
}

function typeNameEn(v: unknown): string {
  const name = typeName(v);
  if (name === "null" || name === "undefined") return name;
  return /^[aeiou]/i.test(name) ? `an ${name}` : `a ${name}`;
}

function typeName(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  if (v instanceof Date) return "Date";
  return typeof v;
}
