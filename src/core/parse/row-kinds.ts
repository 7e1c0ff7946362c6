import type { ColumnRole, RowWhy, SubtotalRow } from "../model/types";
import type { SheetGrid } from "./grid";
import { NUMERIC_ROLES } from "./header";
import { sectionLabel, sectionLevel, subtotalKind } from "./subtotals";
import { compact, isBlank, toHalfWidth } from "./text";
import type { TableView } from "./table-view";
import { close, numberAt } from "./column-evidence";

/** What a body row of a table is: a line, a total, a section heading, a note (the end of the table), or text. */
export type RowKind =
  | { kind: "empty" }
  | { kind: "note"; why: RowWhy }
  | { kind: "text"; why: RowWhy }
  | { kind: "line"; why: RowWhy }
  /** Text that belongs to the line above: the second row of a wrapped name, or a 说明 row under it (remark). */
  | { kind: "continuation"; text: string; remark: boolean; why: RowWhy }
  | { kind: "subtotal"; total: SubtotalRow["kind"]; label: string; why: RowWhy }
  /** `closesAfter`: the last row a heading found by arithmetic covers; the rows after it are not under it. */
  | { kind: "section"; level: number; label: string; hasAmount: boolean; why: RowWhy; closesAfter?: number };

const NOTE = /^(注|说明|备注|填表说明|编制说明)\s*[\d１-９]*\s*[:：]|^注\s*[\d１-９]+[、.．]/;
/**
 * What is written under a table, not in it: signatures, dates, the quoting company's seal, page numbers
 * ("编制人：张三", "报价单位（盖章）：…", "第1页 共2页"). Such a row ends the table, whatever numbers it carries.
 */
const SIGNATURE =
  /^(编制|编表|制表|填表|填报|审核|复核|审定|审批|经办|负责|联系|报价|投标|供应商|单位负责人|财务负责人|项目负责人|法定代表人|日期|时间|盖章|签字|签章)[^:：]{0,10}[:：]|^第\s*\d+\s*页|^共\s*\d+\s*页|[(（]\s*(盖章|签字|签章)\s*[)）]/;
/** A row that is only a bracketed qualifier: "（第三级）", "(含三年原厂维保)". */
const QUALIFIER = /^[(（][^()（）]{1,40}[)）]$/;
/** A name that does not end where its cell does: an open bracket, or a connector at its end. */
const UNFINISHED = /[、，,;；/及和与或（(\-—]$/;
/** "其中：硬件" rows break a total down again; counting them would count their money twice. */
const BREAKDOWN = /^其中/;
const QUANTITY_LIKE: readonly ColumnRole[] = ["quantity", "unitPrice", "rate"];
/** Arabic-numbered parents ("1", "1.2") nest below 一、/(一)/(1) headings. */
export const NUMBERED_LEVEL = 4;
/** How far a heading found by its sum is looked for: a crafted sheet cannot make each row scan all the others. */
const MAX_HEADED_LINES = 500;
/** Headings no number marks, found by their sums: below every numbered level (one over another: 8 over 9). */
const UNNUMBERED_LEVEL = 9;

export /**
 * "1" → 0, "1.2" / "1-2" → 1, "1.2.3" → 2; letter outlines the same way: "A" → 0, "A1" / "A.1" → 1, "A1.2" → 2.
 * Null for anything that is not an outline number.
 */
function numberedDepth(seq: string): number | null {
  const t = compact(toHalfWidth(seq)).replace(/[.、]$/, "");
  if (/^\d+([.-]\d+)*$/.test(t)) return t.match(/[.-]/g)?.length ?? 0;
  const letters = /^[A-Z]{1,2}(?:[.-]?(\d+(?:[.-]\d+)*))?$/i.exec(t);
  return letters ? (letters[1] === undefined ? 0 : 1 + (letters[1].match(/[.-]/g)?.length ?? 0)) : null;
}

/** Whether `child` is numbered under `parent`: 1 → 1.1 / 1-1, A → A1 / A.1, or (1) under anything. */
function numberedUnder(parent: string, child: string): boolean {
  if (child.startsWith(`${parent}.`) || child.startsWith(`${parent}-`) || /^\(\d+\)$/.test(child)) return true;
  return (
    /^[A-Z]{1,2}$/i.test(parent) &&
    child.length > parent.length &&
    child.toUpperCase().startsWith(parent.toUpperCase()) &&
    /\d/.test(child[parent.length])
  );
}

/** Forms often number their columns under the header (1 2 3 ... or 栏次); that row is not a line. */
function isColumnNumberRow(grid: SheetGrid, r: number): boolean {
  const nums: number[] = [];
  for (let c = 0; c < grid.colCount; c++) {
    const v = grid.raw(r, c);
    if (isBlank(v)) continue;
    const n = typeof v === "number" ? v : Number(String(v).trim());
    if (!Number.isInteger(n)) return false;
    nums.push(n);
  }
  return nums.length >= 3 && nums.every((n, i) => i === 0 || n === nums[i - 1] + 1);
}

/**
 * Decides what each body row of a table is, once per row (headings look ahead, so kinds are remembered).
 */
export class RowClassifier {
  private readonly kinds: (RowKind | undefined)[] = [];

  constructor(
    private readonly view: TableView,
    private readonly subtotalWords: readonly string[],
  ) {}

  kind(r: number): RowKind {
    return (this.kinds[r] ??= this.classify(r));
  }

  /** The kind of the next non-empty row of the table after `r`. */
  next(r: number): RowKind {
    for (let k = r + 1; k < this.view.frame.bodyEnd; k++) {
      const kind = this.kind(k);
      if (kind.kind !== "empty") return kind;
    }
    return { kind: "empty" };
  }

  /**
   * "1 硬件设备 … 42" followed by "1.1 服务器", "1.2 …" (or "(1) …"): the numbered row is the parent of the rows
   * numbered under it and carries their total, so it is a heading (a 小计 when it has an amount), never a line —
   * counting it as a line would count its children's money twice.
   */
  private numberedParentLevel(r: number, seq: string): number | null {
    const { grid, frame } = this.view;
    const depth = numberedDepth(seq);
    if (depth === null) return null;
    const t = compact(toHalfWidth(seq)).replace(/[.、]$/, "");
    let n = r + 1;
    while (n < frame.bodyEnd && grid.isEmptyRow(n)) n++;
    if (n >= frame.bodyEnd) return null;
    const next = compact(toHalfWidth(this.seqOf(n)));
    return numberedUnder(t, next) ? NUMBERED_LEVEL + depth : null;
  }

  /**
   * A row's outline number: its 序号 cell, or, in a table without one, a number leading the name ("1.1 应用服务器",
   * "2、软件购置") — units that number inside the name column.
   */
  seqOf(r: number): string {
    const seq = this.view.textAt(r, "seq");
    if (seq || this.view.colOf("seq") !== undefined) return seq;
    return /^(\d{1,2}(?:\.\d{1,2}){0,3})(?=[\s、\u3000])/.exec(toHalfWidth(this.view.textAt(r, "name")))?.[1] ?? "";
  }

  /**
   * A heading no number or word marks ("工程费用 455,969.6" over 硬件购置, 系统软件 …): its amount is the sum of the
   * lines right under it — by its own =SUM of them, or by arithmetic over two or more of them (default 16). A heading
   * under it counts with its figure (one level down). Returns the last row it covers and whether it heads headings.
   */
  private headsTheLinesBelow(r: number, depth = 0): { last: number; nested: boolean } | null {
    const { grid } = this.view;
    const c = this.view.colOf("amount") ?? this.view.colOf("fee");
    const own = c === undefined ? null : numberAt(grid, r, c);
    if (c === undefined || !own || own.isZero()) return null;
    const covered = coveredByFormula(grid.formula(r, c) ?? "");
    let sum = own.minus(own);
    let children = 0;
    let nested = false;
    for (let k = r + 1; k < this.view.frame.bodyEnd; k++) {
      if (grid.isEmptyRow(k)) continue;
      // A 说明 or wrapped-name row between its lines belongs to the line above; it does not end the heading.
      if (
        children > 0 &&
        !NUMERIC_ROLES.some((role) => !this.view.blankAt(k, role)) &&
        (grid.spanningText(k) !== null || NOTE.test(compact(grid.firstText(k))))
      )
        continue;
      if (!this.looksLikeLine(k)) return null;
      const v = numberAt(grid, k, c);
      if (!v) return null;
      sum = sum.plus(v);
      children++;
      // "建设工程费用" over "设备购置费 591,700" over its lines: a sub-heading counts with its figure, its lines once.
      const sub = depth < 1 && this.unmarkedHeading(k) ? this.headsTheLinesBelow(k, depth + 1) : null;
      if (sub !== null) {
        k = sub.last;
        nested = true;
      }
      const formulaCovers = covered !== null && covered.first === grid.row(r) + 2 && covered.last === grid.row(k) + 1;
      if (formulaCovers || (children >= 2 && close(sum, own))) return { last: k, nested };
      if (sum.abs().greaterThan(own.abs().times(1.005)) || children >= MAX_HEADED_LINES) return null;
    }
    return null;
  }

  /** A named row with a figure but no 序号, quantity or unit: written like a heading, not like a line. */
  private unmarkedHeading(r: number): boolean {
    const lineLike = QUANTITY_LIKE.some((role) => !this.view.blankAt(r, role)) || this.view.textAt(r, "unit") !== "";
    return !lineLike && this.view.textAt(r, "name") !== "" && this.seqOf(r) === "";
  }

  /** The nearest non-empty row above `r` in the body, or -1. */
  private previous(r: number): number {
    for (let k = r - 1; k >= this.view.frame.bodyStart; k--) if (!this.view.grid.isEmptyRow(k)) return k;
    return -1;
  }

  /** Whether row `r` is written like a line with money: a name or number and a figure in a money or count column. */
  private looksLikeLine(r: number): boolean {
    const hasFigure = NUMERIC_ROLES.some((role) => !this.view.blankAt(r, role));
    return hasFigure && (this.view.textAt(r, "name") !== "" || this.view.textAt(r, "seq") !== "");
  }

  /**
   * A line with money follows `r` — next, or under a heading or two ("3 应用软件开发费" over its lines) — so a 说明
   * row between lines does not end the table.
   */
  private lineFollows(r: number): boolean {
    let headings = 0;
    for (let k = r + 1; k < this.view.frame.bodyEnd; k++) {
      if (this.view.grid.isEmptyRow(k)) continue;
      if (this.looksLikeLine(k)) return true;
      const first = compact(this.view.grid.firstText(k));
      const heading = this.view.textAt(k, "name") !== "" && !NOTE.test(first) && !SIGNATURE.test(first);
      if (!heading || ++headings > 2) return false;
    }
    return false;
  }

  /**
   * A text-only row directly under a line that carries on from it (domain.md §3 default 16): the name above is
   * unfinished (an open bracket, a trailing 、), or the row is a 说明 with more lines after it. Not a heading: a
   * heading is numbered, or opens lines without one of these marks.
   */
  private continuation(r: number, text: string): RowKind | null {
    const above = this.previous(r);
    if (above < 0) return null;
    const kind = this.kind(above);
    if (kind.kind !== "line" && kind.kind !== "continuation") return null;
    if (NOTE.test(compact(text)))
      return this.lineFollows(r) ? { kind: "continuation", text, remark: true, why: "note-between-lines" } : null;
    if (kind.kind === "continuation" && kind.remark && kind.why !== "qualifier-row") return null;
    const name = kind.kind === "line" ? this.view.textAt(above, "name") : kind.text;
    if (unfinished(name)) return { kind: "continuation", text, remark: false, why: "unfinished-name" };
    // "6 不动产登记系统 … / 应用软件维护（非常复杂） / 7 …": the numbering goes on across the row, or a numbered
    // section comes next — the row opens nothing; it carries on the line above (kept as its remark: its words are
    // evidence, not its name).
    const totalWord = [text, this.view.textAt(r, "name"), this.view.grid.firstText(r)].some(
      (t) => t && subtotalKind(t, this.subtotalWords),
    );
    if (kind.kind === "line" && !totalWord && this.numberingGoesOn(above, r))
      return { kind: "continuation", text, remark: true, why: "numbering-goes-on" };
    // "（第三级）", "(含三年维保)" on the row under a line: a qualifier of that line's name.
    // Kept as the line's remark, not its name: "（含安装调试）" under a server says what the price includes, not what it is.
    return QUALIFIER.test(compact(text)) ? { kind: "continuation", text, remark: true, why: "qualifier-row" } : null;
  }

  /** Whether the line `above` is numbered n and the next row after `r` is numbered n + 1, or is a numbered section. */
  private numberingGoesOn(above: number, r: number): boolean {
    const { grid, frame } = this.view;
    const n = /^(\d{1,3})[.、]?$/.exec(compact(toHalfWidth(this.seqOf(above))));
    if (!n) return false;
    let k = r + 1;
    while (k < frame.bodyEnd && grid.isEmptyRow(k)) k++;
    if (k >= frame.bodyEnd) return false;
    const next = compact(toHalfWidth(this.seqOf(k))).replace(/[.、]$/, "");
    if (next === String(Number(n[1]) + 1)) return true;
    return sectionLevel(next, true) !== null && !/^\d/.test(next);
  }

  /**
   * Whether the rows numbered directly under `seq` (1.1, 1.2 … under 1, or (1), (2)) add up to its amount: the
   * arithmetic that makes a numbered row with a quantity of its own a parent rather than a line beside them.
   */
  private childrenCarryMoney(r: number, seq: string): boolean {
    const { grid } = this.view;
    const c = this.view.colOf("amount") ?? this.view.colOf("fee");
    const own = c === undefined ? null : numberAt(grid, r, c);
    if (c === undefined || !own) return false;
    const t = compact(toHalfWidth(seq)).replace(/[.、]$/, "");
    const depth = numberedDepth(t) ?? 0;
    let sum = own.minus(own);
    let children = 0;
    for (let k = r + 1; k < this.view.frame.bodyEnd; k++) {
      if (grid.isEmptyRow(k)) continue;
      const s = compact(toHalfWidth(this.seqOf(k))).replace(/[.、]$/, "");
      if (s && !numberedUnder(t, s)) break;
      if (!s || (numberedDepth(s) !== null && numberedDepth(s) !== depth + 1)) continue;
      const v = numberAt(grid, k, c);
      if (v) {
        sum = sum.plus(v);
        children++;
      }
    }
    return children > 0 && close(sum, own);
  }

  private classify(r: number): RowKind {
    const { grid } = this.view;
    const subtotalWords = this.subtotalWords;
    const textAt = (row: number, role: ColumnRole) => this.view.textAt(row, role);
    const blankAt = (row: number, role: ColumnRole) => this.view.blankAt(row, role);
    if (grid.isEmptyRow(r)) return { kind: "empty" };
    if (isColumnNumberRow(grid, r)) return { kind: "text", why: "column-numbers" };
    const first = grid.firstText(r);
    if (SIGNATURE.test(compact(first))) return { kind: "note", why: "signature" };
    const hasNumbers = NUMERIC_ROLES.some((role) => !blankAt(r, role));
    if (!hasNumbers && textAt(r, "seq") === "" && textAt(r, "unit") === "") {
      const text = grid.rowLabel(r);
      const carried = text ? this.continuation(r, text) : null;
      if (carried) return carried;
    }
    if (NOTE.test(compact(first)))
      return this.lineFollows(r) ? { kind: "text", why: "note-between-lines" } : { kind: "note", why: "note" };
    const spanning = grid.spanningText(r);
    if (spanning !== null) {
      const total = subtotalKind(spanning, subtotalWords);
      if (total) return { kind: "subtotal", total, label: spanning, why: "total-word" };
      const level = sectionLevel(spanning, false);
      if (level !== null) return { kind: "section", level, label: spanning, hasAmount: false, why: "outline-number" };
      // Text written across the table ("1. 软件开发费按人月测算…", "以下为软件部分") is not a line; reading goes on.
      return { kind: "text", why: "spanning-text" };
    }
    const seq = this.seqOf(r);
    const name = textAt(r, "name");
    for (const label of first === name || first === seq ? [name, seq] : [name, seq, first]) {
      const total = label ? subtotalKind(label, subtotalWords) : null;
      if (total) return { kind: "subtotal", total, label, why: "total-word" };
    }
    const lineLike = QUANTITY_LIKE.some((role) => !blankAt(r, role)) || textAt(r, "unit") !== "";
    // "1 硬件设备 项 1 … 100,000" over "1.1 …", "1.2 …" that carry the money: the parent sums them (default 16).
    const parent = this.numberedParentLevel(r, seq);
    if (parent !== null && lineLike && this.childrenCarryMoney(r, seq)) {
      return {
        kind: "section",
        level: parent,
        label: sectionLabel(seq, name),
        hasAmount: !blankAt(r, "amount") || !blankAt(r, "fee"),
        why: "numbered-parent-sums",
      };
    }
    if (!lineLike) {
      const level = sectionLevel(seq, true) ?? sectionLevel(name, false) ?? parent;
      if (level !== null) {
        return {
          kind: "section",
          level,
          label: sectionLabel(seq, name),
          hasAmount: !blankAt(r, "amount") || !blankAt(r, "fee"),
          why: "outline-number",
        };
      }
    }
    if (BREAKDOWN.test(compact(toHalfWidth(name)))) return { kind: "text", why: "breakdown" };
    // "三 软件开发费", "定制开发费用": a name with no figure, no unit, over lines: the heading of what follows.
    if (!hasNumbers && textAt(r, "unit") === "" && name && this.lineFollows(r)) {
      const level = /^[一二三四五六七八九十]+\s+\S/.test(name) ? 1 : UNNUMBERED_LEVEL;
      return { kind: "section", level, label: name, hasAmount: false, why: "heading-opens-lines" };
    }
    if (!lineLike && name && !seq) {
      const heads = this.headsTheLinesBelow(r);
      // A heading over headings sits one level above them, so theirs do not close it.
      if (heads !== null)
        return {
          kind: "section",
          level: heads.nested ? UNNUMBERED_LEVEL - 1 : UNNUMBERED_LEVEL,
          label: name,
          hasAmount: true,
          why: "heading-sums-below",
          closesAfter: heads.last,
        };
    }
    if (name || (seq && hasNumbers)) return { kind: "line", why: "named-with-figures" };
    return { kind: "text", why: "no-name" };
  }
}

/** A name cut off by its cell: an unclosed bracket, or a connector (、 及 和 /) at its end. */
function unfinished(name: string): boolean {
  const t = compact(toHalfWidth(name));
  if (!t) return false;
  const open = (t.match(/[(（[【]/g) ?? []).length;
  const close = (t.match(/[)）\]】]/g) ?? []).length;
  return open > close || UNFINISHED.test(t);
}

/**
 * The rows a formula adds up in one column, when it is only that: =SUM(H6:H9), =H11, =H6+H7+H8 (1-based, first and
 * last); null for anything else.
 */
function coveredByFormula(formula: string): { first: number; last: number } | null {
  const f = formula.replace(/\$/g, "").replace(/\s+/g, "").toUpperCase();
  const sum = /^=SUM\(([A-Z]{1,3})(\d+):([A-Z]{1,3})(\d+)\)$/.exec(f);
  if (sum) return sum[1] === sum[3] ? { first: Number(sum[2]), last: Number(sum[4]) } : null;
  const refs = /^=([A-Z]{1,3}\d+)(\+[A-Z]{1,3}\d+)*$/.test(f) ? [...f.matchAll(/([A-Z]{1,3})(\d+)/g)] : [];
  if (!refs.length || refs.some((m) => m[1] !== refs[0][1])) return null;
  const rows = refs.map((m) => Number(m[2]));
  return rows.every((x, i) => i === 0 || x === rows[i - 1] + 1)
    ? { first: rows[0], last: rows[rows.length - 1] }
    : null;
}
