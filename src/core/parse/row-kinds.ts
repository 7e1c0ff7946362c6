import type { ColumnRole, SubtotalRow } from "../model/types";
import type { SheetGrid } from "./grid";
import { NUMERIC_ROLES } from "./header";
import { sectionLabel, sectionLevel, subtotalKind } from "./subtotals";
import { compact, isBlank, toHalfWidth } from "./text";
import type { TableView } from "./table-view";

/** What a body row of a table is: a line, a total, a section heading, a note (the end of the table), or text. */
export type RowKind =
  | { kind: "empty" }
  | { kind: "note" }
  | { kind: "text" }
  | { kind: "line" }
  | { kind: "subtotal"; total: SubtotalRow["kind"]; label: string }
  | { kind: "section"; level: number; label: string; hasAmount: boolean };

const NOTE = /^(注|说明|备注|填表说明|编制说明)\s*[\d１-９]*\s*[:：]|^注\s*[\d１-９]+[、.．]/;
/** "其中：硬件" rows break a total down again; counting them would count their money twice. */
const BREAKDOWN = /^其中/;
const QUANTITY_LIKE: readonly ColumnRole[] = ["quantity", "unitPrice", "rate"];
/** Arabic-numbered parents ("1", "1.2") nest below 一、/(一)/(1) headings. */
export const NUMBERED_LEVEL = 4;

export /** "1" → 0, "1.2" / "1-2" → 1, "1.2.3" → 2; null for anything that is not an arabic outline number. */
function numberedDepth(seq: string): number | null {
  const t = compact(toHalfWidth(seq)).replace(/[.、]$/, "");
  return /^\d+([.-]\d+)*$/.test(t) ? (t.match(/[.-]/g)?.length ?? 0) : null;
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

  constructor(private readonly view: TableView, private readonly subtotalWords: readonly string[]) {}

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
    const next = compact(toHalfWidth(this.view.textAt(n, "seq")));
    const child = next.startsWith(`${t}.`) || next.startsWith(`${t}-`) || /^\(\d+\)$/.test(next);
    return child ? NUMBERED_LEVEL + depth : null;
  }

  private classify(r: number): RowKind {
    const { grid } = this.view;
    const subtotalWords = this.subtotalWords;
    const textAt = (row: number, role: ColumnRole) => this.view.textAt(row, role);
    const blankAt = (row: number, role: ColumnRole) => this.view.blankAt(row, role);
    if (grid.isEmptyRow(r)) return { kind: "empty" };
    if (isColumnNumberRow(grid, r)) return { kind: "text" };
    const first = grid.firstText(r);
    if (NOTE.test(compact(first))) return { kind: "note" };
    const spanning = grid.spanningText(r);
    if (spanning !== null) {
      const total = subtotalKind(spanning, subtotalWords);
      if (total) return { kind: "subtotal", total, label: spanning };
      const level = sectionLevel(spanning, false);
      if (level !== null) return { kind: "section", level, label: spanning, hasAmount: false };
      // Text written across the table ("1. 软件开发费按人月测算…", "以下为软件部分") is not a line; reading goes on.
      return { kind: "text" };
    }
    const seq = textAt(r, "seq");
    const name = textAt(r, "name");
    for (const label of first === name || first === seq ? [name, seq] : [name, seq, first]) {
      const total = label ? subtotalKind(label, subtotalWords) : null;
      if (total) return { kind: "subtotal", total, label };
    }
    const hasNumbers = NUMERIC_ROLES.some((role) => !blankAt(r, role));
    const lineLike = QUANTITY_LIKE.some((role) => !blankAt(r, role)) || textAt(r, "unit") !== "";
    if (!lineLike) {
      const level = sectionLevel(seq, true) ?? sectionLevel(name, false) ?? this.numberedParentLevel(r, seq);
      if (level !== null) {
        return { kind: "section", level, label: sectionLabel(seq, name), hasAmount: !blankAt(r, "amount") || !blankAt(r, "fee") };
      }
    }
    if (BREAKDOWN.test(compact(toHalfWidth(name)))) return { kind: "text" };
    if (name || (seq && hasNumbers)) return { kind: "line" };
    return { kind: "text" };
  }
}
