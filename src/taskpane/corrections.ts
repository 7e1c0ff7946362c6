import {
  columnLetters,
  CorrectionsError,
  parseCorrections,
  type BudgetLine,
  type BudgetModel,
  type BudgetTable,
  type Category,
  type ColumnCorrection,
  type ColumnInfo,
  type ColumnRole,
  type Corrections,
  type HardwareClass,
  type LineCorrection,
} from "../core";

/** The name a saved record is called by in messages about it. */
const CORRECTIONS_SOURCE = "budgetRuler.corrections";

/** Categories whose lines have a device class A/B/C (the core's hardware-like categories). */
export const CLASSED_CATEGORIES: readonly Category[] = [
  "hardware",
  "security-product",
  "om-hardware",
  "om-security-device",
];
export const HARDWARE_CLASSES: readonly HardwareClass[] = ["A", "B", "C"];

/** Saved settings are bigger than this only when crafted: refused before parsing. */
const MAX_SAVED_CHARS = 2_000_000;
/** A message about an invalid record quotes at most this much of it. */
const MAX_REASON_CHARS = 200;

export type LoadedCorrections =
  { ok: true; corrections: Corrections } | { ok: false; corrections: Corrections; reasonZh: string; reasonEn: string };

const clip = (s: string) => (s.length > MAX_REASON_CHARS ? `${s.slice(0, MAX_REASON_CHARS)}…` : s);

/**
 * The corrections a workbook's settings hold, validated with the core's strict parser: anything else (not JSON,
 * unknown fields, categories or roles, a crafted giant) is ignored as a whole and reported, never passed on.
 */
export function correctionsFromSaved(raw: unknown): LoadedCorrections {
  if (raw === null || raw === undefined || raw === "") return { ok: true, corrections: {} };
  let text: string;
  try {
    text = typeof raw === "string" ? raw : JSON.stringify(raw);
  } catch {
    return { ok: false, corrections: {}, reasonZh: "无法读取", reasonEn: "cannot be read" };
  }
  if (typeof text !== "string" || text.length > MAX_SAVED_CHARS)
    return { ok: false, corrections: {}, reasonZh: "内容过大", reasonEn: "it is far too large" };
  try {
    return { ok: true, corrections: tidy(parseCorrections(text, CORRECTIONS_SOURCE)) };
  } catch (err) {
    if (err instanceof CorrectionsError)
      return { ok: false, corrections: {}, reasonZh: clip(err.zh), reasonEn: clip(err.messageEn) };
    return { ok: false, corrections: {}, reasonZh: "无法读取", reasonEn: "cannot be read" };
  }
}

/** Only the known fields, in a fixed order: what is saved and shown is exactly what the core reads. */
function tidy(c: Corrections): Corrections {
  const out: Corrections = {};
  const lines = (c.lines ?? []).map((l) => {
    const x: LineCorrection = { sheet: l.sheet, name: l.name };
    if (l.occurrence) x.occurrence = l.occurrence;
    if (l.category) x.category = l.category;
    if (l.hardwareClass) x.hardwareClass = l.hardwareClass;
    return x;
  });
  const columns = (c.columns ?? []).map((k) => {
    const x: ColumnCorrection = { sheet: k.sheet, role: k.role };
    if (k.header !== undefined) x.header = k.header;
    else x.column = k.column?.toUpperCase();
    return x;
  });
  if (lines.length) out.lines = lines;
  if (columns.length) out.columns = columns;
  return out;
}

export function correctionCount(c: Corrections): number {
  return (c.lines?.length ?? 0) + (c.columns?.length ?? 0);
}

/** The line a finding is about, among the counted lines and the lines the sheet puts outside the project. */
export function findLine(model: BudgetModel, lineId: string | null | undefined): BudgetLine | null {
  if (!lineId) return null;
  return model.lines.find((l) => l.id === lineId) ?? model.outsideLines.find((l) => l.id === lineId) ?? null;
}

/** What a line is keyed by (sheet, name, which of the same-named lines of its sheet), as the core finds it. */
export interface LineRef {
  sheet: string;
  name: string;
  occurrence: number;
}

/** Whether a correction can be keyed by this line's sheet and name (what the core's parser accepts on reading back). */
export function keyable(line: BudgetLine): boolean {
  const name = line.name.trim();
  return name !== "" && name.length <= 500 && line.sheet.trim() !== "" && line.sheet.length <= 500;
}

/** A line's key as the core counts occurrences: within the list it belongs to, in sheet order. */
export function lineRef(model: BudgetModel, line: BudgetLine): LineRef | null {
  // What the core's parser would refuse on reading back is never saved.
  if (!keyable(line)) return null;
  const name = line.name.trim();
  const list = model.lines.includes(line) ? model.lines : model.outsideLines;
  let occurrence = 0;
  for (const l of list) {
    if (l === line) break;
    if (l.sheet === line.sheet && l.name.trim() === name) occurrence++;
  }
  return { sheet: line.sheet, name, occurrence };
}

const sameLine = (c: LineCorrection, r: LineRef) =>
  c.sheet === r.sheet && c.name === r.name && (c.occurrence ?? 0) === r.occurrence;

/** The correction saved for a line, if any. */
function lineCorrectionOf(c: Corrections, r: LineRef): LineCorrection | undefined {
  return c.lines?.find((x) => sameLine(x, r));
}

/**
 * The corrections with a line's category and/or class set (replacing what was corrected before). A class is
 * kept only while the category has classes; a correction left with neither is removed.
 */
export function withLineCorrection(
  c: Corrections,
  r: LineRef,
  patch: { category?: Category; hardwareClass?: HardwareClass | null },
): Corrections {
  const before = lineCorrectionOf(c, r);
  const next: LineCorrection = { sheet: r.sheet, name: r.name };
  if (r.occurrence) next.occurrence = r.occurrence;
  const category = patch.category ?? before?.category;
  if (category) next.category = category;
  const cls = patch.hardwareClass === null ? undefined : (patch.hardwareClass ?? before?.hardwareClass);
  if (cls && (!category || CLASSED_CATEGORIES.includes(category))) next.hardwareClass = cls;
  const others = (c.lines ?? []).filter((x) => !sameLine(x, r));
  const lines = next.category || next.hardwareClass ? [...others, next] : others;
  return pack(lines, c.columns ?? []);
}

/** What a column is keyed by: its sheet and header text, or its letter when it has no header. */
export function columnRef(table: BudgetTable, info: ColumnInfo): Omit<ColumnCorrection, "role"> {
  const header = info.header.trim();
  return header !== "" && header.length <= 500
    ? { sheet: table.sheet, header: info.header }
    : { sheet: table.sheet, column: columnLetters(info.col) };
}

const sameColumn = (a: Omit<ColumnCorrection, "role">, b: Omit<ColumnCorrection, "role">) =>
  a.sheet === b.sheet &&
  (a.header !== undefined
    ? a.header === b.header
    : b.header === undefined && a.column?.toUpperCase() === b.column?.toUpperCase());

export function columnCorrectionOf(c: Corrections, ref: Omit<ColumnCorrection, "role">): ColumnCorrection | undefined {
  return c.columns?.find((x) => sameColumn(x, ref));
}

/** The corrections with a column's role set (null: no role); `undefined` removes the column's correction. */
export function withColumnCorrection(
  c: Corrections,
  ref: Omit<ColumnCorrection, "role">,
  role: ColumnRole | null | undefined,
): Corrections {
  const others = (c.columns ?? []).filter((x) => !sameColumn(x, ref));
  const columns = role === undefined ? others : [...others, { ...ref, role }];
  return pack(c.lines ?? [], columns);
}

export function withoutCorrection(c: Corrections, kind: "lines" | "columns", index: number): Corrections {
  const lines = (c.lines ?? []).filter((_, i) => kind !== "lines" || i !== index);
  const columns = (c.columns ?? []).filter((_, i) => kind !== "columns" || i !== index);
  return pack(lines, columns);
}

function pack(lines: LineCorrection[], columns: ColumnCorrection[]): Corrections {
  const out: Corrections = {};
  if (lines.length) out.lines = lines;
  if (columns.length) out.columns = columns;
  return out;
}

/** The table and column a `sheet.unrecognised-column` finding names (its cell is the column's header cell). */
export function columnOfFinding(
  model: BudgetModel,
  sheet: string | null,
  row: number | null,
  cell: string | null,
): { table: BudgetTable; info: ColumnInfo } | null {
  if (!sheet || !cell || row === null) return null;
  const letter = cell.replace(/\d+$/, "").replace(/\$/g, "").toUpperCase();
  for (const table of model.tables) {
    if (table.sheet !== sheet || table.headerRow + 1 !== row) continue;
    const info = table.columnInfo.find((c) => columnLetters(c.col) === letter);
    if (info) return { table, info };
  }
  return null;
}
