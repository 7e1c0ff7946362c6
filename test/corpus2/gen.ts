import { F, SheetB, type Expect, type In, type CorpusEntry } from "../corpus/kit";
import { book } from "../corpus/kit";

/**
 * Holdout corpus 2: a small table writer in the hand of a different clerk. A table is described by its columns
 * (roles + the header words the unit wrote) and its sections of lines; the writer places them, writes the formulas
 * the clerk would type, and returns where every keyed line landed so that expectations can name the row and cell.
 * Nothing here knows how the engine reads a sheet.
 */

export type Role = "no" | "name" | "spec" | "unit" | "qty" | "price" | "amt" | "note" | "basis" | "blank" | "letter";

export interface Col {
  role: Role;
  head: string;
}

export interface Line {
  n: string;
  key?: string;
  spec?: string;
  u?: string;
  q?: number | string;
  p?: number | string;
  /** Constant amount (typed by hand); with q/p numbers and no amt the amount is "=qty*price". */
  amt?: number | string;
  /** Fee computed from other keyed lines or sections: =ROUND((a+b)*rate, 2). */
  rate?: { of: string[]; r: number; digits?: number };
  basis?: string;
  note?: string;
  no?: string | number;
}

export interface Section {
  no?: string;
  title?: string;
  key?: string;
  lines: Line[];
  /** "row": a 小计 row after the lines; "head": the section row carries the sum; "none": nothing. */
  sub?: "row" | "head" | "none";
  subName?: string;
  /** A wrong hand-typed subtotal instead of the SUM formula. */
  subWrong?: number;
}

export interface Table {
  cols: Col[];
  sections: Section[];
  total?: { name: string; wrong?: number } | null;
  /** Lines written after the total row (另行申报 …). */
  after?: Line[];
  /** Letters in column "no" of the line rows: "1" → 1,2,3; "1.1" → 1.1,1.2; "none". */
  numbering?: "1" | "x.y" | "none";
}

export interface Placed {
  row: Record<string, number>;
  cell: Record<string, string>;
  priceCell: Record<string, string>;
  totalRow: number;
  totalCell: string;
}

const letter = (i: number): string => {
  let s = "";
  let n = i + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
};

/** Writes the table into s at its next row and returns where everything went. */
export function writeTable(s: SheetB, t: Table): Placed {
  const c0 = s.origin.col;
  const idx = (role: Role) => t.cols.findIndex((c) => c.role === role);
  const L = (role: Role) => letter(c0 + idx(role));
  const width = t.cols.length;
  const placed: Placed = { row: {}, cell: {}, priceCell: {}, totalRow: 0, totalCell: "" };
  const amtOf: Record<string, string> = {};
  s.add(t.cols.map((c) => c.head));
  const sectionRefs: string[] = [];
  const deferred: { r: number; line: Line }[] = [];
  const rowCells = (line: Line, no: string | number | undefined): In[] => {
    const cells: In[] = new Array(width).fill(undefined);
    t.cols.forEach((c, i) => {
      switch (c.role) {
        case "no":
        case "letter":
          cells[i] = no;
          break;
        case "name":
          cells[i] = line.n;
          break;
        case "spec":
          cells[i] = line.spec;
          break;
        case "unit":
          cells[i] = line.u;
          break;
        case "qty":
          cells[i] = line.q;
          break;
        case "price":
          cells[i] = line.p;
          break;
        case "note":
          cells[i] = line.note;
          break;
        case "basis":
          cells[i] = line.basis;
          break;
        default:
          break;
      }
    });
    return cells;
  };
  const writeLine = (line: Line, no: string | number | undefined): number => {
    const cells = rowCells(line, no);
    const ai = idx("amt");
    if (line.amt !== undefined) cells[ai] = line.amt;
    else if (line.rate)
      cells[ai] = undefined; // filled after all lines are placed
    else if (typeof line.q === "number" && typeof line.p === "number" && idx("qty") >= 0 && idx("price") >= 0)
      cells[ai] = F(`=${L("qty")}{r}*${L("price")}{r}`);
    const r = s.add(cells);
    if (line.rate) deferred.push({ r, line });
    if (line.key) {
      placed.row[line.key] = r;
      placed.cell[line.key] = `${L("amt")}${r}`;
      if (idx("price") >= 0) placed.priceCell[line.key] = `${L("price")}${r}`;
      amtOf[line.key] = `${L("amt")}${r}`;
    }
    return r;
  };
  let k = 0;
  for (const sec of t.sections) {
    k++;
    let headRow = -1;
    if (sec.title !== undefined) {
      const cells: In[] = new Array(width).fill(undefined);
      const ni = idx("no") >= 0 ? idx("no") : idx("letter");
      if (ni >= 0) cells[ni] = sec.no;
      cells[idx("name")] = ni >= 0 ? sec.title : `${sec.no ?? ""}${sec.title}`;
      headRow = s.add(cells);
    }
    const lineRows: number[] = [];
    sec.lines.forEach((line, j) => {
      const no = line.no ?? (t.numbering === "none" ? undefined : t.numbering === "x.y" ? `${k}.${j + 1}` : j + 1);
      lineRows.push(writeLine(line, no));
    });
    const a = L("amt");
    const sumF = lineRows.length ? `=SUM(${a}${lineRows[0]}:${a}${lineRows[lineRows.length - 1]})` : "=0";
    if (sec.sub === "row") {
      const cells: In[] = new Array(width).fill(undefined);
      cells[idx("name")] = sec.subName ?? "小计";
      cells[idx("amt")] = sec.subWrong ?? F(sumF);
      const r = s.add(cells);
      sectionRefs.push(`${a}${r}`);
      if (sec.key) {
        placed.row[sec.key] = r;
        placed.cell[sec.key] = `${a}${r}`;
        amtOf[sec.key] = `${a}${r}`;
      }
    } else if (sec.sub === "head" && headRow > 0) {
      const rowArr = s.rows[headRow - 1 - s.origin.row];
      rowArr[idx("amt")] = sec.subWrong ?? F(sumF);
      sectionRefs.push(`${a}${headRow}`);
      if (sec.key) {
        placed.row[sec.key] = headRow;
        placed.cell[sec.key] = `${a}${headRow}`;
        amtOf[sec.key] = `${a}${headRow}`;
      }
    } else {
      lineRows.forEach((r) => sectionRefs.push(`${a}${r}`));
      if (sec.key) amtOf[sec.key] = lineRows.map((r) => `${a}${r}`).join("+");
    }
  }
  for (const d of deferred) {
    const rate = d.line.rate!;
    const base = rate.of
      .map((key) => {
        const ref = amtOf[key];
        if (!ref) throw new Error(`unknown key ${key}`);
        return ref;
      })
      .join("+");
    s.rows[d.r - 1 - s.origin.row][idx("amt")] = F(`=ROUND((${base})*${rate.r},${rate.digits ?? 2})`);
  }
  if (t.total) {
    const cells: In[] = new Array(width).fill(undefined);
    cells[idx("name")] = t.total.name;
    cells[idx("amt")] = t.total.wrong ?? F(`=${sectionRefs.join("+")}`);
    const r = s.add(cells);
    placed.totalRow = r;
    placed.totalCell = `${L("amt")}${r}`;
  }
  for (const line of t.after ?? []) writeLine(line, line.no);
  return placed;
}

export interface OmCol {
  role: "no" | "name" | "spec" | "qty" | "base" | "rate" | "fee" | "note" | "class" | "blank";
  head: string;
}
export interface OmLine {
  n: string;
  key?: string;
  spec?: string;
  q?: number;
  base?: number | string;
  rate?: number | string;
  fee?: number | string;
  note?: string;
  cls?: string;
  no?: string | number;
}
export interface OmSection {
  no?: string;
  title?: string;
  lines: OmLine[];
  sub?: boolean;
  subName?: string;
}

/**
 * An O&M table: 原值 × 费率 = 年运维费. rateStyle: "fraction" (0.06 formatted %), "percent" (6, header says %),
 * "text" ("6%" typed as text: the fee is then a hand-typed constant).
 */
export function writeOm(
  s: SheetB,
  cols: OmCol[],
  sections: OmSection[],
  rateStyle: "fraction" | "percent" | "text",
  total: string | null = "合计",
): { row: Record<string, number>; cell: Record<string, string> } {
  const c0 = s.origin.col;
  const idx = (role: OmCol["role"]) => cols.findIndex((c) => c.role === role);
  const L = (role: OmCol["role"]) => letter(c0 + idx(role));
  const out = { row: {} as Record<string, number>, cell: {} as Record<string, string> };
  s.add(cols.map((c) => c.head));
  const subs: string[] = [];
  for (const sec of sections) {
    if (sec.title) {
      const cells: In[] = new Array(cols.length).fill(undefined);
      if (idx("no") >= 0) cells[idx("no")] = sec.no;
      cells[idx("name")] = sec.title;
      s.add(cells);
    }
    const rows: number[] = [];
    sec.lines.forEach((l, j) => {
      const cells: In[] = new Array(cols.length).fill(undefined);
      cols.forEach((c, i) => {
        switch (c.role) {
          case "no":
            cells[i] = l.no ?? j + 1;
            break;
          case "name":
            cells[i] = l.n;
            break;
          case "spec":
            cells[i] = l.spec;
            break;
          case "qty":
            cells[i] = l.q;
            break;
          case "base":
            cells[i] = l.base;
            break;
          case "note":
            cells[i] = l.note;
            break;
          case "class":
            cells[i] = l.cls;
            break;
          case "rate":
            cells[i] =
              typeof l.rate === "number"
                ? rateStyle === "percent"
                  ? Math.round(l.rate * 10000) / 100
                  : l.rate
                : l.rate;
            break;
          default:
            break;
        }
      });
      const fi = idx("fee");
      if (l.fee !== undefined) cells[fi] = l.fee;
      else if (typeof l.rate === "number" && typeof l.base === "number")
        cells[fi] = F(
          rateStyle === "percent" ? `=${L("base")}{r}*${L("rate")}{r}/100` : `=${L("base")}{r}*${L("rate")}{r}`,
        );
      const r = s.add(cells);
      if (rateStyle === "fraction" && typeof l.rate === "number") s.format(`${L("rate")}${r}`, "0%");
      rows.push(r);
      if (l.key) {
        out.row[l.key] = r;
        out.cell[l.key] = `${L("fee")}${r}`;
      }
    });
    if (sec.sub && rows.length) {
      const cells: In[] = new Array(cols.length).fill(undefined);
      cells[idx("name")] = sec.subName ?? "小计";
      cells[idx("fee")] = F(`=SUM(${L("fee")}${rows[0]}:${L("fee")}${rows[rows.length - 1]})`);
      subs.push(`${L("fee")}${s.add(cells)}`);
    } else rows.forEach((r) => subs.push(`${L("fee")}${r}`));
  }
  if (total) {
    const cells: In[] = new Array(cols.length).fill(undefined);
    cells[idx("name")] = total;
    cells[idx("fee")] = F(`=${subs.join("+")}`);
    const r = s.add(cells);
    out.row.total = r;
    out.cell.total = `${L("fee")}${r}`;
  }
  return out;
}

/** Title row merged across the table. */
export function title(s: SheetB, text: string, width: number): void {
  s.add([text]);
  const r = s.next - 1;
  s.merge(`${letter(s.origin.col)}${r}:${letter(s.origin.col + width - 1)}${r}`);
}

export function entry(name: string, shape: string, make: () => { sheets: SheetB[]; expect: Expect[] }): CorpusEntry {
  const { sheets, expect } = make();
  return { name, shape, build: () => book(name, ...sheets), expect };
}

export { SheetB, F };
export type { Expect };
