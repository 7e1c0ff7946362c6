import type Decimal from "decimal.js";
import type { CellValue, MergedRange, SheetSnapshot, WorkbookSnapshot } from "../../src/core/snapshot/types";
import { d, num, round } from "./money";

/**
 * A worksheet being written: cells at 0-based worksheet coordinates, formulas as the clerk types them. `snapshot()`
 * computes every formula exactly (decimal) and stores the result as its cached value, as Excel does on save; a cell
 * marked `noCache` keeps its formula and no value (a file saved without recalculation).
 */
export interface GCell {
  v: CellValue;
  f?: string;
  fmt?: string;
  noCache?: boolean;
}

const colLetter = (c: number): string => {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};
export const a1 = (row: number, col: number): string => `${colLetter(col)}${row + 1}`;

export class Grid {
  readonly cells = new Map<number, Map<number, GCell>>();
  readonly merges: MergedRange[] = [];
  hidden = false;
  constructor(public name: string) {}

  set(row: number, col: number, v: CellValue, fmt?: string): void {
    if (v === null || v === undefined || v === "") return;
    this.put(row, col, { v, fmt });
  }

  formula(row: number, col: number, f: string, opts: { fmt?: string; noCache?: boolean } = {}): void {
    this.put(row, col, { v: null, f, fmt: opts.fmt, noCache: opts.noCache });
  }

  put(row: number, col: number, cell: GCell): void {
    if (!this.cells.has(row)) this.cells.set(row, new Map());
    this.cells.get(row)!.set(col, cell);
  }

  get(row: number, col: number): GCell | undefined {
    return this.cells.get(row)?.get(col);
  }

  merge(top: number, left: number, bottom: number, right: number): void {
    if (bottom > top || right > left) this.merges.push({ top, left, bottom, right });
  }

  /** 0-based index of the next empty row below everything written. */
  nextRow(): number {
    let max = -1;
    for (const r of this.cells.keys()) max = Math.max(max, r);
    for (const m of this.merges) max = Math.max(max, m.bottom);
    return max + 1;
  }
}

/** Excel-style references as this generator writes them: sheet names quoted when they hold more than word characters. */
export const sheetRef = (sheet: string, cell: string): string =>
  /^[\u4e00-\u9fffA-Za-z_][\u4e00-\u9fff\w]*$/.test(sheet)
    ? `${sheet}!${cell}`
    : `'${sheet.replace(/'/g, "''")}'!${cell}`;

const TOKEN =
  /\s*(?:(\d+(?:\.\d+)?)|((?:'(?:[^']|'')+'|[\u4e00-\u9fffA-Za-z_][\u4e00-\u9fff\w]*)!)?(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)|([A-Z]+)\(|([-+*/(),]))/y;

type Tok =
  | { t: "num"; v: string }
  | { t: "ref"; sheet: string | null; a: string; b?: string }
  | { t: "fn"; name: string }
  | { t: "op"; v: string };

function tokenize(src: string): Tok[] {
  const out: Tok[] = [];
  let pos = 0;
  while (pos < src.length) {
    if (/^\s*$/.test(src.slice(pos))) break;
    TOKEN.lastIndex = pos;
    const m = TOKEN.exec(src);
    if (!m) throw new Error(`cannot read formula ${src} at ${pos}`);
    pos = TOKEN.lastIndex;
    if (m[1]) out.push({ t: "num", v: m[1] });
    else if (m[3]) {
      const sheet = m[2] ? m[2].slice(0, -1).replace(/^'|'$/g, "").replace(/''/g, "'") : null;
      const [a, b] = m[3].split(":");
      out.push({ t: "ref", sheet, a, b });
    } else if (m[4]) out.push({ t: "fn", name: m[4] });
    else out.push({ t: "op", v: m[5] });
  }
  return out;
}

const pos = (a: string): { row: number; col: number } => {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(a)!;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]) - 1, col: col - 1 };
};

/** Evaluates every formula of the book exactly; throws on a reference to text or to a cell saved without its value. */
function evaluateBook(grids: Grid[]): Map<string, Decimal> {
  const byName = new Map(grids.map((g) => [g.name, g]));
  const memo = new Map<string, Decimal>();
  const busy = new Set<string>();
  const callers: boolean[] = [];
  const valueOf = (g: Grid, row: number, col: number, strict: boolean): Decimal => {
    const key = `${g.name}!${row},${col}`;
    const cell = g.get(row, col);
    if (!cell) return d(0);
    if (cell.f) {
      // A cached formula cannot rest on one saved without its value (both or neither were recalculated).
      if (cell.noCache && strict && callers.length && !callers[callers.length - 1])
        throw new Error(`${key}: cached formula refers to a cell saved without its value`);
      if (memo.has(key)) return memo.get(key)!;
      if (busy.has(key)) throw new Error(`${key}: circular`);
      busy.add(key);
      callers.push(!!cell.noCache);
      const v = evalFormula(cell.f, g);
      callers.pop();
      busy.delete(key);
      memo.set(key, v);
      return v;
    }
    if (typeof cell.v === "number") return d(cell.v);
    if (!strict || cell.v === null) return d(0);
    throw new Error(`${key}: formula refers to text ${JSON.stringify(cell.v)}`);
  };
  const evalFormula = (f: string, home: Grid): Decimal => {
    const toks = tokenize(f.replace(/^=/, ""));
    let i = 0;
    const sheetOf = (s: string | null) => {
      const g = s === null ? home : byName.get(s);
      if (!g) throw new Error(`unknown sheet ${s}`);
      return g;
    };
    const range = (t: Extract<Tok, { t: "ref" }>): Decimal[] => {
      const g = sheetOf(t.sheet);
      const a = pos(t.a);
      const b = t.b ? pos(t.b) : a;
      const out: Decimal[] = [];
      for (let r = a.row; r <= b.row; r++)
        for (let c = a.col; c <= b.col; c++) {
          const cell = g.get(r, c);
          // SUM over a range skips text and empty cells, as Excel does.
          if (cell && (cell.f || typeof cell.v === "number")) out.push(valueOf(g, r, c, true));
        }
      return out;
    };
    const primary = (): Decimal => {
      const t = toks[i++];
      if (!t) throw new Error(`formula ${f} ends early`);
      if (t.t === "num") return d(t.v);
      if (t.t === "ref") {
        if (t.b) throw new Error(`range outside a function in ${f}`);
        const p = pos(t.a);
        return valueOf(sheetOf(t.sheet), p.row, p.col, true);
      }
      if (t.t === "fn") {
        const args: Decimal[][] = [];
        for (;;) {
          const nx = toks[i];
          if (nx?.t === "ref" && nx.b) {
            i++;
            args.push(range(nx));
          } else args.push([expr()]);
          const sep = toks[i++];
          if (sep?.t !== "op") throw new Error(`bad arguments in ${f}`);
          if (sep.v === ")") break;
        }
        if (t.name === "SUM") return args.flat().reduce((a, b) => a.plus(b), d(0));
        if (t.name === "ROUND") return round(args[0][0], args[1][0].toNumber());
        throw new Error(`function ${t.name} in ${f}`);
      }
      if (t.v === "(") {
        const v = expr();
        i++;
        return v;
      }
      if (t.v === "-") return primary().neg();
      throw new Error(`unexpected ${t.v} in ${f}`);
    };
    const term = (): Decimal => {
      let v = primary();
      while (toks[i]?.t === "op" && ((toks[i] as { v: string }).v === "*" || (toks[i] as { v: string }).v === "/")) {
        const op = (toks[i++] as { v: string }).v;
        v = op === "*" ? v.times(primary()) : v.div(primary());
      }
      return v;
    };
    const expr = (): Decimal => {
      let v = term();
      while (toks[i]?.t === "op" && ((toks[i] as { v: string }).v === "+" || (toks[i] as { v: string }).v === "-")) {
        const op = (toks[i++] as { v: string }).v;
        v = op === "+" ? v.plus(term()) : v.minus(term());
      }
      return v;
    };
    const v = expr();
    if (i !== toks.length) throw new Error(`trailing tokens in ${f}`);
    return v;
  };
  const out = new Map<string, Decimal>();
  for (const g of grids)
    for (const [r, row] of g.cells)
      for (const [c, cell] of row) {
        if (cell.f) out.set(`${g.name}!${r},${c}`, valueOf(g, r, c, false));
      }
  return out;
}

/** The snapshot the engine reads: used range from the top-left cell written, cached values, formulas, formats, merges. */
export function snapshotOf(name: string, grids: Grid[]): WorkbookSnapshot {
  const values = evaluateBook(grids);
  return {
    name,
    sheets: grids.map((g): SheetSnapshot => {
      let r0 = Infinity,
        c0 = Infinity,
        r1 = 0,
        c1 = 0;
      for (const [r, row] of g.cells)
        for (const c of row.keys()) {
          r0 = Math.min(r0, r);
          c0 = Math.min(c0, c);
          r1 = Math.max(r1, r);
          c1 = Math.max(c1, c);
        }
      for (const m of g.merges) {
        r0 = Math.min(r0, m.top);
        c0 = Math.min(c0, m.left);
        r1 = Math.max(r1, m.bottom);
        c1 = Math.max(c1, m.right);
      }
      if (!Number.isFinite(r0)) {
        r0 = 0;
        c0 = 0;
      }
      const h = r1 - r0 + 1;
      const w = c1 - c0 + 1;
      const vals: CellValue[][] = [];
      const fs: (string | null)[][] = [];
      const fmts: (string | null)[][] = [];
      for (let r = 0; r < h; r++) {
        vals.push(new Array(w).fill(null));
        fs.push(new Array(w).fill(null));
        fmts.push(new Array(w).fill(null));
      }
      for (const [r, row] of g.cells)
        for (const [c, cell] of row) {
          const rr = r - r0;
          const cc = c - c0;
          if (cell.f) {
            fs[rr][cc] = cell.f;
            vals[rr][cc] = cell.noCache ? null : num(values.get(`${g.name}!${r},${c}`)!);
          } else vals[rr][cc] = cell.v;
          fmts[rr][cc] = cell.fmt ?? null;
        }
      const snap: SheetSnapshot = {
        name: g.name,
        origin: { row: r0, col: c0 },
        values: vals,
        formulas: fs,
        numberFormats: fmts,
        merges: [...g.merges],
      };
      if (g.hidden) snap.hidden = true;
      return snap;
    }),
  };
}
