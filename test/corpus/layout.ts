import { book, F, type CorpusEntry, type Expect, type In, SheetB, sum } from "./kit";

/**
 * The usual one-table estimate (投资估算表 / 预算明细表) in the many ways units lay it out: header wordings,
 * column orders, one- or two-row headers, 序号 styles, sections with a 小计 row, with the amount on the
 * section row, or with nothing, a total row under any of its names, lines after the total, notes.
 * The clerk's formulas are written as a clerk writes them (数量×单价, SUM of the section, sum of the sections);
 * a line may carry a typed amount instead (`amount`), which is how arithmetic slips get into real sheets.
 */

export type Role = "seq" | "name" | "spec" | "unit" | "qty" | "price" | "amount" | "note" | "wan";

export interface LineSpec {
  /** Key to find the line's row afterwards. */
  id?: string;
  name: string;
  spec?: string | null;
  unit?: string | null;
  qty?: number | string | null;
  price?: number | string | null;
  /** A typed amount (constant) instead of the 数量×单价 formula; a string is typed text ("待定"). */
  amount?: number | string;
  note?: string | null;
  /** 其中 breakdown rows under the line (name, amount), not counted again. */
  of?: [string, number][];
}

export interface SectionSpec {
  title: string;
  /** "row": a 小计 row under the lines; "head": the SUM sits on the section row; "none": no section amount. */
  subtotal: "row" | "head" | "none";
  subtotalLabel?: string;
  /** A typed section amount (a clerk's slip) instead of the SUM formula. */
  subtotalTyped?: number;
  lines: LineSpec[];
  /** Nested sub-sections ((一)(二) inside 一); their lines are summed by the section. */
  subs?: SectionSpec[];
}

export interface EstimateSpec {
  sheet: string;
  title: string;
  org?: string;
  unit: "万元" | "元";
  /** Where the unit is said: a "单位：万元" row, or in the money headers ("单价（元）"). */
  unitIn: "row" | "header" | "title";
  cols: [Role, string][];
  twoRowHeader?: { group: string; roles: Role[] };
  seq: "cn" | "paren" | "dotted" | "arabic" | "circled";
  sections: SectionSpec[];
  totalLabel: string;
  /** Typed grand total instead of the formula. */
  totalTyped?: number;
  after?: LineSpec[];
  notes?: string[];
}

export interface Built {
  sheet: SheetB;
  rows: Record<string, number>;
  col: Record<Role, string>;
  totalRow: number;
}

const CIRCLED = ["①", "②", "③", "④", "⑤", "⑥", "⑦", "⑧", "⑨", "⑩"];
const CN = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
const letters = (i: number) => String.fromCharCode(65 + i);

export function estimate(spec: EstimateSpec): Built {
  const s = new SheetB(spec.sheet);
  const col = {} as Record<Role, string>;
  spec.cols.forEach(([role], i) => (col[role] = letters(i)));
  const width = spec.cols.length;
  const last = letters(width - 1);
  const rows: Record<string, number> = {};

  s.add([spec.unit === "万元" && spec.unitIn === "title" ? `${spec.title}（单位：万元）` : spec.title]);
  s.mergeLast(last);
  if (spec.org || spec.unitIn === "row") {
    const r: In[] = Array(width).fill(null);
    r[0] = spec.org ?? null;
    if (spec.unitIn === "row") r[width - 1] = `单位：${spec.unit}`;
    s.add(r);
  }
  const head = (role: Role, text: string) => {
    if (spec.unitIn !== "header") return text;
    if (role === "amount" || role === "price") return `${text}（${spec.unit}）`;
    return text;
  };
  if (spec.twoRowHeader) {
    const g = spec.twoRowHeader;
    const r1: In[] = spec.cols.map(([role, text]) => (g.roles.includes(role) ? null : head(role, text)));
    const firstIdx = spec.cols.findIndex(([role]) => g.roles.includes(role));
    r1[firstIdx] = spec.unitIn === "header" ? `${g.group}（${spec.unit}）` : g.group;
    const r2: In[] = spec.cols.map(([role, text]) => (g.roles.includes(role) ? text : null));
    const h1 = s.add(r1);
    const h2 = s.add(r2);
    spec.cols.forEach(([role], i) => {
      if (!g.roles.includes(role)) s.merge(`${letters(i)}${h1}:${letters(i)}${h2}`);
    });
    s.merge(`${letters(firstIdx)}${h1}:${letters(firstIdx + g.roles.length - 1)}${h1}`);
  } else {
    s.add(spec.cols.map(([role, text]) => head(role, text)));
  }

  const lineRow = (l: LineSpec, seq: string | number): number => {
    const r: In[] = Array(width).fill(null);
    const put = (role: Role, v: In) => {
      if (col[role]) r[col[role].charCodeAt(0) - 65] = v;
    };
    put("seq", seq);
    put("name", l.name);
    put("spec", l.spec ?? null);
    put("unit", l.unit ?? null);
    put("qty", l.qty ?? null);
    put("price", l.price ?? null);
    put("note", l.note ?? null);
    const canMultiply = typeof l.qty === "number" && typeof l.price === "number" && col.qty && col.price;
    put("amount", l.amount !== undefined ? l.amount : canMultiply ? F(`=${col.qty}{r}*${col.price}{r}`) : null);
    if (col.wan) put("wan", F(`=${col.amount}{r}/10000`));
    const n = s.add(r);
    if (l.id) rows[l.id] = n;
    for (const [name, amt] of l.of ?? []) {
      const o: In[] = Array(width).fill(null);
      o[col.name.charCodeAt(0) - 65] = `其中：${name}`;
      o[col.amount.charCodeAt(0) - 65] = amt;
      s.add(o);
    }
    return n;
  };

  const sectionSeq = (i: number, depth: number) => {
    if (spec.seq === "dotted") return depth === 0 ? String(i + 1) : `${i + 1}`;
    if (depth === 0) return spec.seq === "paren" ? `（${CN[i]}）` : spec.seq === "arabic" ? `${CN[i]}` : `${CN[i]}、`;
    return `（${CN[i]}）`;
  };

  // Returns the rows holding amounts that make up this section (for the grand total).
  const writeSection = (sec: SectionSpec, i: number, depth: number, prefix: string): number[] => {
    const hr: In[] = Array(width).fill(null);
    hr[col.seq.charCodeAt(0) - 65] = spec.seq === "dotted" && depth > 0 ? `${prefix}${i + 1}` : sectionSeq(i, depth);
    hr[col.name.charCodeAt(0) - 65] = sec.title;
    const headRow = sec.title ? s.add(hr) : s.next;
    const lineRows: number[] = [];
    sec.lines.forEach((l, k) => {
      const seq =
        spec.seq === "dotted"
          ? `${depth === 0 ? i + 1 : `${prefix}${i + 1}`}.${k + 1}`
          : spec.seq === "circled"
            ? CIRCLED[k]
            : k + 1;
      lineRows.push(lineRow(l, seq));
    });
    const partRows: number[] = [...lineRows];
    (sec.subs ?? []).forEach((sub, j) => partRows.push(...writeSection(sub, j, depth + 1, `${i + 1}.`)));
    const amt = col.amount;
    const formula = (): In => {
      if (sec.subtotalTyped !== undefined) return sec.subtotalTyped;
      const contiguous = partRows.length > 0 && !sec.subs?.length;
      return contiguous
        ? sum(amt, partRows[0], partRows[partRows.length - 1])
        : F(`=${partRows.map((r) => `${amt}${r}`).join("+")}`);
    };
    if (sec.subtotal === "head") {
      s.rows[headRow - 1][amt.charCodeAt(0) - 65] = formula();
      if (sec.title) rows[`sec:${sec.title}`] = headRow;
      return [headRow];
    }
    if (sec.subtotal === "row") {
      const r: In[] = Array(width).fill(null);
      r[col.name.charCodeAt(0) - 65] = sec.subtotalLabel ?? "小计";
      r[amt.charCodeAt(0) - 65] = formula();
      const n = s.add(r);
      rows[`sec:${sec.title}`] = n;
      return [n];
    }
    return partRows;
  };

  const parts: number[] = [];
  spec.sections.forEach((sec, i) => parts.push(...writeSection(sec, i, 0, "")));
  const tr: In[] = Array(width).fill(null);
  tr[col.name.charCodeAt(0) - 65] = spec.totalLabel;
  tr[col.amount.charCodeAt(0) - 65] = spec.totalTyped ?? F(`=${parts.map((r) => `${col.amount}${r}`).join("+")}`);
  if (col.wan) tr[col.wan.charCodeAt(0) - 65] = F(`=${col.amount}{r}/10000`);
  const totalRow = s.add(tr);
  for (const l of spec.after ?? []) lineRow(l, "");
  if (spec.notes?.length) {
    s.blank();
    for (const n of spec.notes) {
      s.add([n]);
      s.mergeLast(last);
    }
  }
  return { sheet: s, rows, col, totalRow };
}

/** Column sets units actually use. */
export const COLS = {
  classic: [
    ["seq", "序号"],
    ["name", "费用名称"],
    ["spec", "规格及说明"],
    ["unit", "单位"],
    ["qty", "数量"],
    ["price", "单价"],
    ["amount", "金额"],
    ["note", "备注"],
  ],
  device: [
    ["seq", "序号"],
    ["name", "设备名称"],
    ["spec", "规格型号"],
    ["unit", "单位"],
    ["qty", "数量"],
    ["price", "单价"],
    ["amount", "合价"],
    ["note", "备注"],
  ],
  content: [
    ["seq", "序号"],
    ["name", "建设内容"],
    ["spec", "技术参数"],
    ["unit", "单位"],
    ["qty", "数量"],
    ["price", "单价"],
    ["amount", "项目金额"],
    ["note", "说明"],
  ],
  project: [
    ["seq", "序号"],
    ["name", "项目名称"],
    ["spec", "配置"],
    ["qty", "数量"],
    ["unit", "单位"],
    ["price", "单价"],
    ["amount", "小计"],
    ["note", "计算依据"],
  ],
  budget: [
    ["seq", "序号"],
    ["name", "名称"],
    ["spec", "主要参数"],
    ["unit", "单位"],
    ["qty", "数量"],
    ["price", "单价"],
    ["amount", "预算"],
    ["note", "备注"],
  ],
  totalCol: [
    ["seq", "序号"],
    ["name", "设备/费用名称"],
    ["spec", "品牌型号"],
    ["qty", "数量"],
    ["unit", "单位"],
    ["price", "单价"],
    ["amount", "合计"],
    ["note", "备注"],
  ],
  noSpec: [
    ["seq", "序号"],
    ["name", "项目"],
    ["unit", "单位"],
    ["qty", "数量"],
    ["price", "单价"],
    ["amount", "金额"],
    ["note", "备注"],
  ],
} satisfies Record<string, [Role, string][]>;

/** A one-sheet corpus entry from an estimate spec; expectations may refer to the rows of the built sheet. */
export function single(name: string, shape: string, spec: EstimateSpec, expect: (b: Built) => Expect[]): CorpusEntry {
  const built = estimate(spec);
  return { name, shape, build: () => book(name, estimate(spec).sheet), expect: expect(built) };
}
