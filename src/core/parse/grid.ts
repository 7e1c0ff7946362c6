import type { CellValue, SheetSnapshot } from "../snapshot/types";
import { cellText, isBlank } from "./text";

/**
 * A sheet seen through its merges. `text()` propagates a merge's top-left value over the merge area (a
 * header "金额" merged over two columns names both); `raw()` does not, so a merged number is read once.
 * Coordinates are local (values[r][c]); `row()`/`col()` convert to worksheet coordinates.
 */
export class SheetGrid {
  readonly name: string;
  readonly rowCount: number;
  readonly colCount: number;
  private readonly filled: CellValue[][];
  /** Per local row, the merges that start a text across several columns of that row. */
  private readonly wideMerges = new Map<number, { left: number; right: number }[]>();
  /** "r,c" of every cell inside a merge two or more columns wide (a header group such as 金额 over 单价 | 合价). */
  private readonly acrossMerges = new Set<string>();

  /**
   * @param band "" for a whole sheet; for the second of two tables side by side ("@H"), so that its lines' ids
   * differ from those of the table on the same rows to its left.
   */
  constructor(
    readonly sheet: SheetSnapshot,
    readonly band = "",
  ) {
    this.name = sheet.name;
    this.rowCount = sheet.values.length;
    this.colCount = sheet.values.reduce((m, r) => Math.max(m, r.length), 0);
    this.filled = sheet.values.slice();
    const copied = new Set<number>();
    // Excel's merges never overlap, so together they cover at most every cell once. A snapshot could list
    // thousands of overlapping sheet-wide merges; beyond twice the sheet's area (plus some slack) they are not read.
    let budget = 2 * this.rowCount * this.colCount + 100_000;
    for (const m of sheet.merges) {
      const top = m.top - sheet.origin.row;
      const left = m.left - sheet.origin.col;
      const value = sheet.values[top]?.[left];
      if (value === undefined || isBlank(value)) continue;
      const rows = Math.min(m.bottom - sheet.origin.row, this.rowCount - 1) - Math.max(top, 0) + 1;
      const cols = Math.min(m.right - sheet.origin.col, this.colCount - 1) - Math.max(left, 0) + 1;
      const area = Math.max(rows, 0) * Math.max(cols, 0);
      if (area > budget) continue;
      budget -= area + 1;
      if (m.right > m.left) {
        for (let r = Math.max(top, 0); r <= Math.min(m.bottom - sheet.origin.row, this.rowCount - 1); r++) {
          for (let c = Math.max(left, 0); c <= Math.min(m.right - sheet.origin.col, this.colCount - 1); c++)
            this.acrossMerges.add(`${r},${c}`);
        }
      }
      if (m.right - m.left >= 2) {
        for (let r = Math.max(top, 0); r <= Math.min(m.bottom - sheet.origin.row, this.rowCount - 1); r++) {
          const list = this.wideMerges.get(r) ?? [];
          list.push({ left, right: m.right - sheet.origin.col });
          this.wideMerges.set(r, list);
        }
      }
      for (let r = Math.max(top, 0); r <= Math.min(m.bottom - sheet.origin.row, this.rowCount - 1); r++) {
        if (!copied.has(r)) {
          this.filled[r] = [...this.filled[r]];
          copied.add(r);
        }
        for (let c = Math.max(left, 0); c <= Math.min(m.right - sheet.origin.col, this.colCount - 1); c++) {
          this.filled[r][c] = value;
        }
      }
    }
  }

  row(r: number): number {
    return this.sheet.origin.row + r;
  }

  col(c: number): number {
    return this.sheet.origin.col + c;
  }

  /** The cell lies in a merge two or more columns wide. */
  inMergeAcross(r: number, c: number): boolean {
    return this.acrossMerges.has(`${r},${c}`);
  }

  raw(r: number, c: number): CellValue {
    return this.sheet.values[r]?.[c] ?? null;
  }

  text(r: number, c: number): string {
    return cellText(this.filled[r]?.[c]);
  }

  rowTexts(r: number): string[] {
    const out: string[] = [];
    for (let c = 0; c < this.colCount; c++) out.push(this.text(r, c));
    return out;
  }

  formula(r: number, c: number): string | undefined {
    const f = this.sheet.formulas?.[r]?.[c];
    return f ? f : undefined;
  }

  numberFormat(r: number, c: number): string | null {
    return this.sheet.numberFormats?.[r]?.[c] ?? null;
  }

  isEmptyRow(r: number): boolean {
    const row = this.filled[r] ?? [];
    return row.every((v) => isBlank(v));
  }

  /** The row's distinct texts in column order, for titles and notes ("编制单位：XX  单位：万元"). */
  rowLabel(r: number): string {
    const parts: string[] = [];
    for (const t of this.rowTexts(r)) if (t && parts[parts.length - 1] !== t) parts.push(t);
    return parts.join(" ");
  }

  /**
   * The text of a row that is one merged cell spanning three or more columns and nothing else ("一、硬件设备" or a
   * note written across the table): such a row is a heading or a note, whatever columns its merge covers.
   */
  spanningText(r: number): string | null {
    const merges = this.wideMerges.get(r);
    if (!merges) return null;
    const row = this.sheet.values[r] ?? [];
    let at = -1;
    for (let c = 0; c < row.length; c++) {
      if (isBlank(row[c])) continue;
      if (at >= 0) return null;
      at = c;
    }
    if (at < 0 || !merges.some((m) => m.left <= at && m.right >= at + 2)) return null;
    return cellText(row[at]);
  }

  /** The first non-empty text of the row. */
  firstText(r: number): string {
    for (let c = 0; c < this.colCount; c++) {
      const t = this.text(r, c);
      if (t) return t;
    }
    return "";
  }
}
