/**
 * Just enough formula evaluation for the fake Excel host: numbers, cell references (optionally on another
 * sheet, optionally $-anchored), + - * /, parentheses, SUM(ranges) and ROUND(x, n). That covers what budget
 * sheets and the maintenance recalculation write ("=H7*0.06", "=H7*I7", "=SUM(F3:F9)"). Anything else
 * evaluates to undefined and the fake keeps the cell's previous cached value, as a stale cache would.
 */
export type Lookup = (sheet: string | null, row: number, col: number) => unknown;

const TOKEN =
  /\s*(?:(\d+(?:\.\d+)?%?)|((?:'(?:[^']|'')+'|[A-Za-z_\u4e00-\u9fff][\w.\u4e00-\u9fff]*)!)?(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)|([A-Za-z]+)\(|([-+*/(),]))/y;

type Tok =
  | { t: "num"; v: number }
  | { t: "ref"; sheet: string | null; a: string; b?: string }
  | { t: "fn"; name: string }
  | { t: "op"; v: string };

function tokenize(src: string): Tok[] | undefined {
  const out: Tok[] = [];
  TOKEN.lastIndex = 0;
  let pos = 0;
  while (pos < src.length) {
    if (/^\s*$/.test(src.slice(pos))) break;
    TOKEN.lastIndex = pos;
    const m = TOKEN.exec(src);
    if (!m) return undefined;
    pos = TOKEN.lastIndex;
    if (m[1]) out.push({ t: "num", v: m[1].endsWith("%") ? Number(m[1].slice(0, -1)) / 100 : Number(m[1]) });
    else if (m[3]) {
      const sheet = m[2] ? m[2].slice(0, -1).replace(/^'|'$/g, "").replace(/''/g, "'") : null;
      const [a, b] = m[3].split(":");
      out.push({ t: "ref", sheet, a, b });
    } else if (m[4]) out.push({ t: "fn", name: m[4].toUpperCase() });
    else out.push({ t: "op", v: m[5] });
  }
  return out;
}

function cellPos(a: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]+)\$?(\d+)$/.exec(a)!;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** Excel's coercion of text in arithmetic: "1,000" is 1000 and "4%" is 0.04; other text counts as 0 here. */
function num(v: unknown): number {
  if (typeof v === "number") return v;
  if (typeof v !== "string") return 0;
  const t = v.trim().replace(/,/g, "");
  const pct = t.endsWith("%");
  const n = Number(pct ? t.slice(0, -1) : t);
  if (t === "" || Number.isNaN(n)) return 0;
  return pct ? n / 100 : n;
}

export function evaluateFormula(formula: string, lookup: Lookup): number | undefined {
  const parsed = tokenize(formula.replace(/^=/, ""));
  if (!parsed) return undefined;
  const toks: Tok[] = parsed;
  let i = 0;
  const peek = () => toks[i];
  const fail = (): never => {
    throw new Error("unsupported");
  };

  function rangeValues(tok: Extract<Tok, { t: "ref" }>): number[] {
    const a = cellPos(tok.a);
    const b = tok.b ? cellPos(tok.b) : a;
    const vals: number[] = [];
    for (let r = Math.min(a.row, b.row); r <= Math.max(a.row, b.row); r++)
      for (let c = Math.min(a.col, b.col); c <= Math.max(a.col, b.col); c++) vals.push(num(lookup(tok.sheet, r, c)));
    return vals;
  }

  function args(): unknown[] {
    const list: unknown[] = [];
    if (peek()?.t === "op" && (peek() as { v: string }).v === ")") {
      i++;
      return list;
    }
    for (;;) {
      const tok = peek();
      if (tok?.t === "ref" && tok.b) {
        i++;
        list.push(rangeValues(tok));
      } else list.push(expr());
      const sep = toks[i++];
      if (sep?.t !== "op") fail();
      if ((sep as { v: string }).v === ")") return list;
      if ((sep as { v: string }).v !== ",") fail();
    }
  }

  function primary(): number {
    const tok = toks[i++];
    if (!tok) return fail();
    if (tok.t === "num") return tok.v;
    if (tok.t === "ref") {
      if (tok.b) return fail();
      const p = cellPos(tok.a);
      return num(lookup(tok.sheet, p.row, p.col));
    }
    if (tok.t === "fn") {
      const a = args();
      const flat = a.flatMap((x) => (Array.isArray(x) ? x : [x as number]));
      if (tok.name === "SUM") return flat.reduce((s, x) => s + x, 0);
      if (tok.name === "ROUND") {
        const f = 10 ** (flat[1] ?? 0);
        return Math.round(flat[0] * f) / f;
      }
      return fail();
    }
    if (tok.v === "(") {
      const v = expr();
      const close = toks[i++];
      if (close?.t !== "op" || close.v !== ")") fail();
      return v;
    }
    if (tok.v === "-") return -primary();
    if (tok.v === "+") return primary();
    return fail();
  }

  function term(): number {
    let v = primary();
    for (;;) {
      const tok = peek();
      if (tok?.t !== "op" || (tok.v !== "*" && tok.v !== "/")) return v;
      i++;
      v = tok.v === "*" ? v * primary() : v / primary();
    }
  }

  function expr(): number {
    let v = term();
    for (;;) {
      const tok = peek();
      if (tok?.t !== "op" || (tok.v !== "+" && tok.v !== "-")) return v;
      i++;
      v = tok.v === "+" ? v + term() : v - term();
    }
  }

  try {
    const v = expr();
    if (i !== toks.length) return undefined;
    // Excel shows 15 significant digits; keep the fake's cached values as tidy as Excel's.
    return Number(v.toPrecision(15));
  } catch {
    return undefined;
  }
}
