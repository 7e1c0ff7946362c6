import { a1, type CellChange, type CellValue, type FlagTarget } from "../core";
import type { RevertOutcome, SkippedCell } from "../excel/bridge";
import { asFormula, asValue, sameContent } from "../excel/cell-content";
import {
  RecordError,
  validateFlagRecord,
  validateRevertRecord,
  type FlagRecord,
  type RevertEntry,
  type RevertRecord,
} from "../excel/records";
import { SETTING_FLAGS, SETTING_REVERT } from "../excel/settings";
import {
  bgr,
  hexOf,
  patternName,
  PATTERNS,
  XL_NONE,
  XL_PATTERN_SOLID,
  type WpsApplication,
  type WpsInterior,
  type WpsWorksheet,
} from "./om";
import { activeBook, areaLists, explainWrite, listSheets, writableSheets } from "./sheets";
import { groupBy } from "../excel/batch";
import {
  editedSinceCheck,
  invalidFlagRecord,
  invalidUndoRecord,
  planNotRevertable,
  protectedSheetError,
} from "../excel/refusals";
import { Store } from "./store";

/** Every comment the add-in writes starts with this (src/core/plan/flags.ts), so clearing tells ours from the user's. */
const NOTE_MARKER = "预算标尺 Budget Ruler";
const NOTE_SEPARATOR = "\n——————\n";

/**
 * A fill as the flag record keeps it — "" none, "#RRGGBB" solid, "#RRGGBB|Pattern|#RRGGBB" patterned — for one cell
 * or for a whole multi-area range whose cells all have it; null where the range's cells differ (WPS answers null).
 */
function fillSignature(interior: WpsInterior): string | null {
  const index = interior.ColorIndex;
  if (index === XL_NONE) return "";
  const pattern = interior.Pattern;
  if (pattern === XL_NONE) return "";
  if (index === null || pattern === null) return null;
  const color = interior.Color;
  if (color === null) return null;
  if (pattern === XL_PATTERN_SOLID) return hexOf(color);
  const name = patternName(pattern);
  if (!name) return hexOf(color);
  const patternColor = interior.PatternColor;
  return patternColor === null ? null : `${hexOf(color)}|${name}|${hexOf(patternColor)}`;
}

/**
 * The fills of many cells: one answer per multi-area list where its cells share a fill (most flagged cells have
 * none), cell by cell only within a list whose cells differ.
 */
function fillsOf(ws: WpsWorksheet, addresses: string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const list of areaLists(addresses)) {
    const common = fillSignature(ws.Range(list).Interior);
    for (const a of list.split(",")) out.set(a, common ?? fillSignature(ws.Range(a).Interior) ?? "");
  }
  return out;
}

/** A sheet's comments by cell address: through Worksheet.Comments, a few calls per comment and none per cell. */
function commentsOf(ws: WpsWorksheet): Map<string, string> {
  const out = new Map<string, string>();
  const comments = ws.Comments;
  for (let i = 1, n = comments.Count; i <= n; i++) {
    const c = comments.Item(i);
    const cell = c.Parent;
    out.set(a1(cell.Row - 1, cell.Column - 1), c.Text());
  }
  return out;
}

function restoreFill(interior: WpsInterior, original: string): void {
  if (original === "") {
    interior.ColorIndex = XL_NONE;
    return;
  }
  const [color, pattern, patternColor] = original.split("|");
  interior.Color = bgr(color);
  if (pattern) {
    interior.Pattern = PATTERNS[pattern] ?? XL_PATTERN_SOLID;
    if (patternColor) interior.PatternColor = bgr(patternColor);
  } else interior.Pattern = XL_PATTERN_SOLID;
}

/** Sets one interior property group on many cells: one multi-area Range per 255 characters of addresses. */
function eachArea(ws: WpsWorksheet, addresses: string[], apply: (interior: WpsInterior) => void): void {
  for (const list of areaLists(addresses)) apply(ws.Range(list).Interior);
}

/**
 * Fills (and comments) the flagged cells, remembering in the store what each looked like: its fill as
 * ColorIndex/Color/Pattern tell it (no fill is told from white) and the user's own comment. Protected sheets are
 * named before anything is written.
 */
export function flagWps(app: WpsApplication, targets: FlagTarget[]): number {
  if (targets.length === 0) return 0;
  const book = activeBook(app);
  const names = [...new Set(targets.map((t) => t.sheet))];
  const sheets = writableSheets(book, names);
  const record: FlagRecord = { v: 1, sheets: {} };
  const notesBefore = new Map<string, string | null>();
  for (const [sheet, group] of groupBy(targets, (t) => t.sheet)) {
    const ws = sheets.get(sheet)!;
    const fills = fillsOf(
      ws,
      group.map((t) => t.address),
    );
    const comments = commentsOf(ws);
    for (const t of group) {
      const note = comments.get(t.address) ?? null;
      notesBefore.set(`${t.sheet}!${t.address}`, note);
      (record.sheets[t.sheet] ??= []).push([t.address, t.fill.toUpperCase(), fills.get(t.address) ?? "", note]);
    }
  }
  const store = Store.load(book);
  store.set(SETTING_FLAGS, record);
  try {
    // The record first: should WPS stop part-way, 清除标记 still knows every cell's original.
    store.save(app);
    for (const [key, group] of groupBy(targets, (t) => `${t.sheet}\u0000${t.fill}`)) {
      const [sheet, color] = key.split("\u0000");
      eachArea(
        sheets.get(sheet)!,
        group.map((t) => t.address),
        (interior) => {
          // Solid, whatever pattern the cell had: a patterned cell keeps its pattern when only Color is set.
          interior.Pattern = XL_PATTERN_SOLID;
          interior.Color = bgr(color);
        },
      );
    }
    for (const t of targets) {
      const cell = sheets.get(t.sheet)!.Range(t.address);
      const before = notesBefore.get(`${t.sheet}!${t.address}`) ?? null;
      if (before !== null) cell.ClearComments();
      cell.AddComment(before === null ? t.note : `${before}${NOTE_SEPARATOR}${t.note}`);
    }
  } catch (err) {
    throw explainWrite(err, book, names);
  }
  return targets.length;
}

/** There is a flag record (validated when used). */
export function hasFlagsWps(app: WpsApplication): boolean {
  return Store.load(activeBook(app)).get(SETTING_FLAGS) !== null;
}

/**
 * Puts back the fill and comment of every flagged cell that still carries our fill; a cell re-coloured since keeps
 * its colour. The record is validated first: an invalid one is refused and removed, with no cell changed.
 */
export function clearWps(app: WpsApplication): { restored: number; skipped: number } {
  const book = activeBook(app);
  const all = listSheets(book);
  const store = Store.load(book, all);
  const raw = store.get(SETTING_FLAGS);
  if (raw === null) return { restored: 0, skipped: 0 };
  let record: FlagRecord;
  try {
    record = validateFlagRecord(raw);
  } catch (err) {
    if (!(err instanceof RecordError)) throw err;
    store.delete(SETTING_FLAGS);
    store.save(app);
    throw invalidFlagRecord(err);
  }
  const present = new Map(all.map((s) => [s.name, s.ws]));
  const entries = Object.entries(record.sheets).flatMap(([sheet, es]) => es.map((e) => ({ sheet, e })));
  const live = entries.filter((x) => present.has(x.sheet));
  const names = [...new Set(live.map((x) => x.sheet))];
  const locked = names.filter((n) => present.get(n)!.ProtectContents);
  if (locked.length) throw protectedSheetError(locked, "wps");
  const stillOurs: typeof live = [];
  const comments: { sheet: string; address: string; note: string | null }[] = [];
  for (const [sheet, group] of groupBy(live, (x) => x.sheet)) {
    const ws = present.get(sheet)!;
    // Still our fill: a solid fill of the flag's colour (a whole list at once where every cell still has it).
    const fills = fillsOf(
      ws,
      group.map((x) => x.e[0]),
    );
    const current = commentsOf(ws);
    for (const x of group) {
      if (fills.get(x.e[0]) === x.e[1]) stillOurs.push(x);
      if (current.get(x.e[0])?.includes(NOTE_MARKER)) comments.push({ sheet, address: x.e[0], note: x.e[3] });
    }
  }
  try {
    for (const [key, group] of groupBy(stillOurs, (x) => `${x.sheet}\u0000${x.e[2]}`)) {
      const [sheet, original] = key.split("\u0000");
      eachArea(
        present.get(sheet)!,
        group.map((x) => x.e[0]),
        (interior) => restoreFill(interior, original),
      );
    }
    for (const c of comments) {
      const cell = present.get(c.sheet)!.Range(c.address);
      cell.ClearComments();
      if (c.note !== null) cell.AddComment(c.note);
    }
    store.delete(SETTING_FLAGS);
    store.save(app);
  } catch (err) {
    throw explainWrite(err, book, names);
  }
  return { restored: stillOurs.length, skipped: entries.length - stillOurs.length };
}

/** A cell's formula and value through the object model (three calls: the cell, Formula, Value2). */
function readCell(ws: WpsWorksheet, address: string): { formula: string | null; value: CellValue } {
  const cell = ws.Range(address);
  return { formula: asFormula(cell.Formula), value: asValue(cell.Value2) };
}

/** A formula, or a constant; text behind the apostrophe, so "4%" or "=A1" typed as text comes back as that text. */
function writeCell(ws: WpsWorksheet, address: string, formula: string | null, value: CellValue): void {
  const cell = ws.Range(address);
  if (formula) cell.Formula = formula;
  else cell.Value2 = typeof value === "string" ? `'${value}` : (value ?? "");
}

/**
 * Writes the planned changes (formulas stay formulas) after checking that every cell still holds what the plan
 * saw and no sheet is protected; what each cell held and what was written go into the store first, so 撤销核定
 * works after the pane was closed and can tell a cell edited afterwards.
 */
export function applyWps(app: WpsApplication, changes: CellChange[]): number {
  if (changes.length === 0) return 0;
  const book = activeBook(app);
  const names = [...new Set(changes.map((c) => c.sheet))];
  const sheets = writableSheets(book, names);
  const record: RevertRecord = { v: 2, cells: [] };
  for (const change of changes) {
    const { formula, value } = readCell(sheets.get(change.sheet)!, change.address);
    if (!sameContent(change.before, formula, value)) throw editedSinceCheck(change, formula, value);
    record.cells.push([change.sheet, change.address, formula, value, change.after.formula, Number(change.after.value)]);
  }
  try {
    validateRevertRecord(record);
  } catch (err) {
    throw planNotRevertable(err as RecordError);
  }
  const store = Store.load(book);
  store.set(SETTING_REVERT, record);
  try {
    store.save(app);
    for (const c of changes) writeCell(sheets.get(c.sheet)!, c.address, c.after.formula, c.after.value);
  } catch (err) {
    throw explainWrite(err, book, names);
  }
  return changes.length;
}

export function canRevertWps(app: WpsApplication): boolean {
  return Store.load(activeBook(app)).get(SETTING_REVERT) !== null;
}

/**
 * Puts back what the last 按标准核定 replaced, only in cells that still hold exactly what it wrote; a cell changed
 * since keeps the edit and is named with what it held before. The record is validated first, and used up.
 */
export function revertWps(app: WpsApplication): RevertOutcome {
  const book = activeBook(app);
  const all = listSheets(book);
  const store = Store.load(book, all);
  const raw = store.get(SETTING_REVERT);
  if (raw === null) return { restored: 0, skipped: [] };
  let record: RevertRecord;
  try {
    record = validateRevertRecord(raw);
  } catch (err) {
    if (!(err instanceof RecordError)) throw err;
    store.delete(SETTING_REVERT);
    store.save(app);
    throw invalidUndoRecord(err, true);
  }
  const present = new Map(all.map((s) => [s.name, s.ws]));
  try {
    validateRevertRecord(record, new Set(present.keys()));
  } catch (err) {
    if (!(err instanceof RecordError)) throw err;
    throw invalidUndoRecord(err, false);
  }
  const names = [...new Set(record.cells.map((e) => e[0]))];
  const locked = names.filter((n) => present.get(n)!.ProtectContents);
  if (locked.length) throw protectedSheetError(locked, "wps");
  const restore: RevertEntry[] = [];
  const skipped: SkippedCell[] = [];
  for (const entry of record.cells) {
    const [sheet, address, bf, bv, af, av] = entry;
    const now = readCell(present.get(sheet)!, address);
    if (sameContent({ formula: af, value: av }, now.formula, now.value)) restore.push(entry);
    else skipped.push({ sheet, address, before: bf ?? (bv === null ? "" : String(bv)) });
  }
  try {
    for (const [sheet, address, formula, value] of restore) writeCell(present.get(sheet)!, address, formula, value);
    store.delete(SETTING_REVERT);
    store.save(app);
  } catch (err) {
    throw explainWrite(err, book, names);
  }
  return { restored: restore.length, skipped };
}
