/**
 * The records the add-in keeps in the workbook's settings (what flagging and 按标准核定 changed, so that
 * 清除标记 and 撤销核定 can put things back). A workbook is a file anyone can craft, so these are untrusted input:
 * each is validated strictly — version, shape, types, addresses, the exact shapes of what the add-in writes, a
 * bounded size — before anything is written from it. A record that fails is refused as a whole.
 */
import { LocalizedError, parseA1, SEVERITY_FILL, type CellValue } from "../core";

/** More cells than any recalculation or flagging the add-in does writes (10,000-line sheets flag ~10,000). */
const MAX_RECORD_CELLS = 50_000;
/** Excel's limits: 32,767 characters in a cell, 8,192 in a formula; sheet names are 1–31 characters. */
const MAX_TEXT = 32_767;
const MAX_FORMULA = 8_192;
const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

/** What a cell held before 按标准核定, and what it wrote there. */
export type RevertEntry = [
  sheet: string,
  address: string,
  beforeFormula: string | null,
  beforeValue: CellValue,
  afterFormula: string | null,
  afterValue: number,
];

export interface RevertRecord {
  v: 2;
  cells: RevertEntry[];
}

/**
 * What clearing needs to put a cell back: the fill we applied (to see whether the cell still carries it)
 * and the one that was there. `original` is "" for no fill, else "#RRGGBB" or "#RRGGBB|Pattern|#RRGGBB".
 * `note` is the user's own note text on the cell before flagging, or null when there was none.
 */
export type FlagEntry = [address: string, flag: string, original: string, note: string | null];

export interface FlagRecord {
  v: 1;
  sheets: Record<string, FlagEntry[]>;
}

/** Why a record was refused, in both languages; the adapter turns it into a BridgeError. */
export class RecordError extends LocalizedError {
  constructor(zh: string, en: string, sheet?: string, address?: string) {
    super("invalid-record", zh, en, sheet, address);
  }
}

/** Excel.FillPattern, every member. */
const FILL_PATTERNS = new Set([
  "None",
  "Solid",
  "Gray50",
  "Gray75",
  "Gray25",
  "Horizontal",
  "Vertical",
  "Down",
  "Up",
  "Checker",
  "SemiGray75",
  "LightHorizontal",
  "LightVertical",
  "LightDown",
  "LightUp",
  "Grid",
  "CrissCross",
  "Gray16",
  "Gray8",
  "LinearGradient",
  "RectangularGradient",
]);
const COLOR = /^#[0-9A-F]{6}$/;
const FLAG_FILLS = new Set(Object.values(SEVERITY_FILL).map((c) => c.toUpperCase()));

/** Any character below U+0020 (line breaks, tabs, NUL …). */
function hasControl(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) < 0x20) return true;
  return false;
}

/** "G6" and nothing else: one cell, no sheet, no $, no range, inside the grid. */
function isCellAddress(a: unknown): a is string {
  if (typeof a !== "string" || !/^[A-Z]{1,3}[1-9][0-9]{0,6}$/.test(a)) return false;
  const p = parseA1(a);
  return p !== null && p.row < MAX_ROW && p.col < MAX_COL;
}

/** A name Excel accepts for a sheet: 1–31 characters, none of : \ / ? * [ ], not starting or ending with '. */
export function isSheetName(s: unknown): s is string {
  return (
    typeof s === "string" &&
    s.length >= 1 &&
    s.length <= 31 &&
    !/[:\\/?*[\]]/.test(s) &&
    !hasControl(s) &&
    !/^'|'$/.test(s)
  );
}

const CELL_REF = String.raw`\$?[A-Z]{1,3}\$?[1-9][0-9]{0,6}`;
const NUMBER = String.raw`[0-9]{1,15}(?:\.[0-9]{1,15})?`;
/** One or two cells, then a cell or a number: base × rate, or 原值 × 数量 × rate for a per-unit 原值. */
const PRODUCT = `${CELL_REF}(?:\\*${CELL_REF})?\\*(?:${CELL_REF}|${NUMBER})`;
/**
 * The formulas 按标准核定 writes: base × rate (`=E6*F6`, `=E6*0.08`), 人月数 × price (`=E13*F13`, `=E13*20000`),
 * a per-unit 原值's whole base × rate (`=C6*D6*F6`, `=C6*D6*0.08`), each optionally rounded (`=ROUND(E6*F6,2)`).
 * Nothing else can be the "after" of a written cell.
 */
const WRITTEN_FORMULA = new RegExp(`^=(?:${PRODUCT}|ROUND\\(${PRODUCT},[0-9]\\))$`);

export function isWrittenFormula(f: unknown): f is string {
  return typeof f === "string" && WRITTEN_FORMULA.test(f);
}

/**
 * Functions a budget cell's own formula may use and revert may put back: arithmetic, rounding, aggregates,
 * conditionals and lookups within the workbook. Anything that reaches outside the workbook or runs code
 * (WEBSERVICE, HYPERLINK, CALL, RTD, INDIRECT to a built string …) is not in the list, so a crafted record cannot
 * make 撤销核定 write it.
 */
const SAFE_FUNCTIONS = new Set([
  "SUM",
  "SUMIF",
  "SUMIFS",
  "SUMPRODUCT",
  "PRODUCT",
  "ROUND",
  "ROUNDUP",
  "ROUNDDOWN",
  "INT",
  "TRUNC",
  "ABS",
  "MIN",
  "MAX",
  "AVERAGE",
  "COUNT",
  "COUNTA",
  "COUNTIF",
  "COUNTIFS",
  "IF",
  "IFS",
  "IFERROR",
  "AND",
  "OR",
  "NOT",
  "MOD",
  "CEILING",
  "FLOOR",
  "MROUND",
  "VLOOKUP",
  "HLOOKUP",
  "LOOKUP",
  "INDEX",
  "MATCH",
  "XLOOKUP",
  "VALUE",
  "N",
  "ISNUMBER",
  "ISBLANK",
  "LEN",
  "LEFT",
  "RIGHT",
  "MID",
  "TEXT",
  "CONCATENATE",
  "CONCAT",
  "POWER",
  "SQRT",
]);

/** A previous formula revert may restore: in-workbook references, numbers, operators, quoted text, safe functions. */
export function isRestorableFormula(f: unknown): f is string {
  if (typeof f !== "string" || !f.startsWith("=") || f.length > MAX_FORMULA) return false;
  // No external workbooks ([Book.xlsx]Sheet!A1) and no line breaks or control characters.
  const body = f.slice(1).replace(/"(?:[^"]|"")*"/g, '""');
  if (/[[\]{}]/.test(body) || hasControl(body)) return false;
  for (const m of body.matchAll(/([A-Za-z_][A-Za-z0-9_.]*)\s*\(/g)) {
    if (!SAFE_FUNCTIONS.has(m[1].toUpperCase())) return false;
  }
  return true;
}

function isFiniteNumber(v: unknown): v is number {
  return typeof v === "number" && Number.isFinite(v) && Math.abs(v) < 1e15;
}

function isCellValue(v: unknown): v is CellValue {
  return v === null || typeof v === "boolean" || isFiniteNumber(v) || (typeof v === "string" && v.length <= MAX_TEXT);
}

const fail = (zh: string, en: string, sheet?: string, address?: string): never => {
  throw new RecordError(zh, en, sheet, address);
};

function parse(raw: unknown, what: string, whatEn: string): unknown {
  if (typeof raw !== "string") return raw;
  if (raw.length > 8 * 1024 * 1024) fail(`${what}过大`, `${whatEn} is too large`);
  try {
    return JSON.parse(raw);
  } catch {
    return fail(`${what}不是有效的 JSON`, `${whatEn} is not valid JSON`);
  }
}

/**
 * The revert record, checked entry by entry: version 2, at most MAX_RECORD_CELLS cells, each on a sheet that
 * exists (when `sheets` is given), a single A1 cell, listed once; what was written is a planner formula or a
 * number, what was there before a constant or a restorable formula. Throws RecordError naming the first problem.
 */
export function validateRevertRecord(raw: unknown, sheets?: ReadonlySet<string>): RevertRecord {
  const what = "撤销记录";
  const whatEn = "The undo record";
  const r = parse(raw, what, whatEn) as Partial<RevertRecord> | null;
  if (!r || typeof r !== "object" || Array.isArray(r)) return fail(`${what}格式不对`, `${whatEn} has the wrong shape`);
  if (r.v !== 2)
    return fail(`${what}的版本（${String(r.v)}）无法识别`, `${whatEn} has an unknown version (${String(r.v)})`);
  const keys = Object.keys(r).sort().join(",");
  if (keys !== "cells,v") return fail(`${what}含有多余的字段`, `${whatEn} has unexpected fields`);
  if (!Array.isArray(r.cells) || r.cells.length === 0) return fail(`${what}没有单元格`, `${whatEn} lists no cells`);
  if (r.cells.length > MAX_RECORD_CELLS)
    return fail(`${what}的单元格过多（${r.cells.length}）`, `${whatEn} lists too many cells (${r.cells.length})`);
  const seen = new Set<string>();
  r.cells.forEach((e, i) => {
    const n = i + 1;
    if (!Array.isArray(e) || e.length !== 6)
      return fail(`${what}第 ${n} 项格式不对`, `entry ${n} of ${whatEn.toLowerCase()} has the wrong shape`);
    const [sheet, address, bf, bv, af, av] = e as unknown[];
    if (!isSheetName(sheet))
      return fail(`${what}第 ${n} 项的工作表名无效`, `entry ${n} of ${whatEn.toLowerCase()} has an invalid sheet name`);
    if (!isCellAddress(address))
      return fail(
        `${what}第 ${n} 项的单元格地址无效`,
        `entry ${n} of ${whatEn.toLowerCase()} has an invalid cell address`,
        sheet,
      );
    const key = `${sheet}\u0000${address}`;
    if (seen.has(key))
      return fail(`${what}中单元格 ${address} 重复出现`, `${whatEn} lists cell ${address} twice`, sheet, address);
    seen.add(key);
    if (sheets && !sheets.has(sheet)) {
      return fail(
        `${what}中的工作表“${sheet}”已不存在（可能已重命名或删除）`,
        `sheet "${sheet}" of ${whatEn.toLowerCase()} no longer exists (renamed or deleted?)`,
        sheet,
      );
    }
    if (af !== null && !isWrittenFormula(af))
      return fail(
        `${what}中 ${address} 的核定公式不是本插件写入的形式`,
        `${whatEn} holds a formula for ${address} that the add-in does not write`,
        sheet,
        address,
      );
    if (!isFiniteNumber(av))
      return fail(
        `${what}中 ${address} 的核定值不是数字`,
        `${whatEn} holds a non-numeric written value for ${address}`,
        sheet,
        address,
      );
    if (bf !== null && !isRestorableFormula(bf))
      return fail(
        `${what}中 ${address} 的原公式无法安全恢复`,
        `${whatEn} holds a previous formula for ${address} that cannot be restored safely`,
        sheet,
        address,
      );
    if (!isCellValue(bv))
      return fail(
        `${what}中 ${address} 的原值无效`,
        `${whatEn} holds an invalid previous value for ${address}`,
        sheet,
        address,
      );
  });
  return r as RevertRecord;
}

/**
 * The flag record: version 1, sheets by name, each entry a single A1 cell listed once, the flag one of the add-in's
 * severity fills, the original fill "", "#RRGGBB" or "#RRGGBB|Pattern|#RRGGBB" with a pattern from Excel's
 * FillPattern, the user's note text within Excel's cell limit; at most MAX_RECORD_CELLS cells in all.
 */
export function validateFlagRecord(raw: unknown): FlagRecord {
  const what = "标记记录";
  const whatEn = "The flag record";
  const r = parse(raw, what, whatEn) as Partial<FlagRecord> | null;
  if (!r || typeof r !== "object" || Array.isArray(r)) return fail(`${what}格式不对`, `${whatEn} has the wrong shape`);
  if (r.v !== 1)
    return fail(`${what}的版本（${String(r.v)}）无法识别`, `${whatEn} has an unknown version (${String(r.v)})`);
  if (Object.keys(r).sort().join(",") !== "sheets,v")
    return fail(`${what}含有多余的字段`, `${whatEn} has unexpected fields`);
  if (!r.sheets || typeof r.sheets !== "object" || Array.isArray(r.sheets))
    return fail(`${what}格式不对`, `${whatEn} has the wrong shape`);
  let total = 0;
  for (const [sheet, entries] of Object.entries(r.sheets)) {
    if (!isSheetName(sheet)) return fail(`${what}中的工作表名无效`, `${whatEn} has an invalid sheet name`);
    if (!Array.isArray(entries))
      return fail(`${what}中工作表“${sheet}”的格式不对`, `${whatEn} has the wrong shape for sheet "${sheet}"`, sheet);
    total += entries.length;
    if (total > MAX_RECORD_CELLS) return fail(`${what}的单元格过多`, `${whatEn} lists too many cells`);
    const seen = new Set<string>();
    for (const e of entries as unknown[]) {
      if (!Array.isArray(e) || e.length !== 4)
        return fail(
          `${what}中工作表“${sheet}”的一项格式不对`,
          `an entry of ${whatEn.toLowerCase()} for sheet "${sheet}" has the wrong shape`,
          sheet,
        );
      const [address, flag, original, note] = e as unknown[];
      if (!isCellAddress(address))
        return fail(
          `${what}中工作表“${sheet}”有无效的单元格地址`,
          `${whatEn} has an invalid cell address on sheet "${sheet}"`,
          sheet,
        );
      if (seen.has(address))
        return fail(`${what}中单元格 ${address} 重复出现`, `${whatEn} lists cell ${address} twice`, sheet, address);
      seen.add(address);
      if (typeof flag !== "string" || !FLAG_FILLS.has(flag))
        return fail(
          `${what}中 ${address} 的标记颜色不是本插件使用的颜色`,
          `${whatEn} holds a flag colour for ${address} that the add-in does not use`,
          sheet,
          address,
        );
      if (!isFillSignature(original))
        return fail(
          `${what}中 ${address} 的原填充格式无效`,
          `${whatEn} holds an invalid original fill for ${address}`,
          sheet,
          address,
        );
      if (note !== null && !(typeof note === "string" && note.length <= MAX_TEXT))
        return fail(
          `${what}中 ${address} 的原批注无效`,
          `${whatEn} holds an invalid original note for ${address}`,
          sheet,
          address,
        );
    }
  }
  return r as FlagRecord;
}

/** "" (no fill), "#RRGGBB", or "#RRGGBB|Pattern|#RRGGBB" (or with an empty pattern colour). */
function isFillSignature(s: unknown): s is string {
  if (s === "") return true;
  if (typeof s !== "string") return false;
  const parts = s.split("|");
  if (parts.length === 1) return COLOR.test(parts[0]);
  if (parts.length !== 3) return false;
  const [color, pattern, patternColor] = parts;
  return (
    COLOR.test(color) &&
    FILL_PATTERNS.has(pattern) &&
    pattern !== "None" &&
    (patternColor === "" || COLOR.test(patternColor))
  );
}
