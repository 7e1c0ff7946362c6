import type Decimal from "decimal.js";
import type { CellValue } from "../../src/core/snapshot/types";
import { SUMMED_EXTRAS, type ColumnPlan, type Role } from "./columns";
import { a1, type Grid } from "./grid";
import type { Group, Item } from "./model";
import { d, daxie as daxieOf, fullWidth, inUnit, num, round, str, thousands, type Unit } from "./money";
import type { Rand } from "./rand";
import { mistype } from "./content-kit";

/**
 * Writes one budget table into a sheet the way a clerk fills the form: header (one or two rows), section rows,
 * lines with their wrapped names and 说明 rows, 小计 rows or sums on the section rows, page breaks with 本页小计 and
 * the header repeated, the grand total above or below. Returns where every line landed and which cells a reviewer
 * would flag for their layout (a 小计 typed wrong, a formula saved without its value).
 */

export interface StandForCell {
  /** Formula text of the reference into the detail (=附表1!G15, /10000 when the units differ). */
  ref: string;
  /** The detail's total, 元. */
  value: Decimal;
}

export interface TableOptions {
  grid: Grid;
  top: number;
  left: number;
  plan: ColumnPlan;
  headerRows: 1 | 2;
  sections: Group[];
  flat: boolean;
  numbering: string;
  sums: string;
  total: { place: string; word: string } | null;
  formulas: string;
  text: string;
  rateStyle: string;
  wrapSome: boolean;
  explain: boolean;
  wrongSum: boolean;
  paging: { every: number; title: string } | null;
  daxie: boolean;
  standFor: Map<string, StandForCell>;
  /** Group roles present anywhere in the budget (a fee's base may only be referred to when all of it is in this table). */
  presentRoles: Set<string>;
  r: Rand;
}

export interface LinePlace {
  row: number;
  amountCell: string;
  priceCell?: string;
}

export interface Flag {
  row: number;
  cell: string;
}

export interface TablePlaced {
  lines: Map<string, LinePlace>;
  totalCell?: string;
  totalRow?: number;
  total: Decimal;
  wrong: Flag[];
  uncached: Flag[];
  endRow: number;
  width: number;
  headerTop: number;
}

/** Money cells of one row (or of a group's sum) by role: where they are and what they are worth in 元. */
interface Ref {
  cells: Map<Role, { row: number; col: number }[]>;
  values: Map<Role, Decimal>;
  /** A typed-wrong subtotal somewhere inside: parents must use the true value. */
  wrong: boolean;
  /** Amount cells of every line underneath (a cached sum over uncached 小计 rows adds these instead). */
  lines: { row: number; col: number }[];
  /** Some amount cell of `cells` is a formula saved without its value. */
  uncached: boolean;
}

const CN = "一二三四五六七八九十";
export const cnNum = (n: number): string =>
  n <= 10 ? CN[n - 1] : n < 20 ? `十${CN[n - 11]}` : n === 20 ? "二十" : String(n);
const circled = (n: number): string => (n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n));

const EXPLAIN: Partial<Record<Item["cat"], readonly string[]>> = {
  hardware: ["说明：含设备运输、安装调试及三年原厂质保服务。", "说明：质保期内提供7×24小时响应、4小时到场服务。"],
  "security-product": ["说明：含三年特征库升级授权及原厂质保。"],
  "product-software": ["说明：正版授权，含三年免费升级。", "说明：须为政府统一采购软件目录内产品。"],
  development: [
    "说明：包括需求调研、系统设计、编码实现、测试及上线部署。",
    "说明：开发内容详见功能清单，按功能模块测算工作量。",
  ],
  "om-hardware": ["说明：含季度巡检、故障响应及备件更换。"],
  "om-app-software": ["说明：含日常运行维护、性能优化、数据管理及现有功能完善。"],
};
const WRAP: Partial<Record<Item["cat"], readonly string[]>> = {
  hardware: ["（含三年原厂维保）", "（含安装调试）"],
  development: ["（含需求调研、设计、实施）", "（含接口联调）"],
  "product-software": ["（正版授权）"],
  integration: ["（含安装、调试、联调）"],
};

export function writeTable(o: TableOptions): TablePlaced {
  const { grid, plan, r } = o;
  const cols = plan.cols;
  const width = cols.length;
  const colOf = new Map<Role, number>();
  cols.forEach((c, k) => colOf.set(c.role, o.left + k));
  const has = (role: Role) => colOf.has(role);
  const C = (role: Role) => colOf.get(role)!;
  const unitOf = (role: Role): Unit => cols.find((c) => c.role === role)?.unit ?? plan.unit;
  const textMode = o.text;
  const live = o.formulas !== "constants";
  const uncachedMode = o.formulas === "uncached-totals";
  const summedRoles: Role[] = ["amount", ...SUMMED_EXTRAS.filter(has)];
  const out: TablePlaced = {
    lines: new Map(),
    total: d(0),
    wrong: [],
    uncached: [],
    endRow: 0,
    width,
    headerTop: o.top,
  };
  let row = o.top;
  let wrongLeft = o.wrongSum;
  const secStyle = r.pick(["、", ""]);

  // ── cells ──
  const moneyFmt = (unit: Unit, v: Decimal) =>
    unit === "万元" ? (v.decimalPlaces() > 2 ? "0.0000" : "0.00") : "#,##0.00";
  const moneyValue = (yuan: Decimal, unit: Unit): CellValue => {
    const v = inUnit(yuan, unit);
    switch (textMode) {
      case "currency":
        return `¥${thousands(v, Math.max(2, v.decimalPlaces()))}`;
      case "thousands":
        return thousands(v, Math.max(2, v.decimalPlaces()));
      case "wan":
        return yuan.abs().gte(10000) ? `${str(yuan.div(10000))}万` : num(v);
      default:
        return num(v);
    }
  };
  const putMoney = (rw: number, role: Role, yuan: Decimal) => {
    const u = unitOf(role);
    const v = moneyValue(yuan, u);
    grid.set(rw, C(role), v, typeof v === "number" ? moneyFmt(u, inUnit(yuan, u)) : undefined);
  };
  const putPrice = (rw: number, role: Role, yuan: Decimal) => {
    if (textMode === "fullwidth") grid.set(rw, C(role), fullWidth(str(inUnit(yuan, unitOf(role)))));
    else putMoney(rw, role, yuan);
  };
  const putQty = (rw: number, q: Decimal) => {
    if (!has("qty")) return;
    grid.set(rw, C("qty"), textMode === "fullwidth" ? fullWidth(str(q)) : num(q));
  };

  /** =SUM(G5:G9) when the range holds only these cells' money, else =G5+G9+G12. */
  const sumFormula = (cells: { row: number; col: number }[]): string => {
    if (cells.length === 0) return "=0";
    const col = cells[0].col;
    const rows = cells.map((c) => c.row).sort((a, b) => a - b);
    const set = new Set(rows);
    let clean = cells.every((c) => c.col === col) && rows.length > 1;
    for (let x = rows[0]; clean && x <= rows[rows.length - 1]; x++) {
      if (set.has(x)) continue;
      const cell = grid.get(x, col);
      if (cell && (cell.f || typeof cell.v === "number")) clean = false;
    }
    if (clean) return `=SUM(${a1(rows[0], col)}:${a1(rows[rows.length - 1], col)})`;
    return `=${cells.map((c) => a1(c.row, c.col)).join("+")}`;
  };
  const emptyRef = (): Ref => ({ cells: new Map(), values: new Map(), wrong: false, lines: [], uncached: false });
  const merge = (refs: Ref[]): Ref => {
    const m = emptyRef();
    for (const x of refs) {
      for (const [role, cs] of x.cells) m.cells.set(role, [...(m.cells.get(role) ?? []), ...cs]);
      for (const [role, v] of x.values) m.values.set(role, (m.values.get(role) ?? d(0)).plus(v));
      m.wrong ||= x.wrong;
      m.uncached ||= x.uncached;
      m.lines.push(...x.lines);
    }
    return m;
  };

  /** Writes the sums of `child` on row rw; `named` rows are the ones a formula may be saved without its value. */
  const writeSums = (rw: number, child: Ref, named: boolean, wrongHere: boolean): Ref => {
    const ref = emptyRef();
    for (const role of summedRoles) {
      const cs = child.cells.get(role);
      if (!cs || cs.length === 0) continue;
      const value = child.values.get(role) ?? d(0);
      const col = C(role);
      const u = unitOf(role);
      if (role === "amount" && wrongHere) {
        const typed = wrongValue(value, u);
        putMoney(rw, role, typed);
        out.wrong.push({ row: rw + 1, cell: a1(rw, col) });
        ref.wrong = true;
      } else if (live && !child.wrong && textMode === "none" && (role === "amount" || !uncachedMode || !named)) {
        const noCache = uncachedMode && named && role === "amount";
        const over = role === "amount" && child.uncached && !noCache ? child.lines : cs;
        grid.formula(rw, col, sumFormula(over), { fmt: moneyFmt(u, inUnit(value, u)), noCache });
        if (noCache) {
          out.uncached.push({ row: rw + 1, cell: a1(rw, col) });
          ref.uncached = true;
        }
      } else putMoney(rw, role, value);
      ref.cells.set(role, [{ row: rw, col }]);
      ref.values.set(role, value);
    }
    if (has("wan") && child.values.has("amount")) writeWan(rw, child.values.get("amount")!, named);
    ref.lines = child.lines;
    return ref;
  };
  /** A subtotal typed wrong: digits swapped, or a line left out of a hand sum. */
  const wrongValue = (value: Decimal, u: Unit): Decimal => mistype(r, value, u);
  const writeWan = (rw: number, yuan: Decimal, named: boolean) => {
    const col = C("wan");
    const v = yuan.div(10000);
    if (live && textMode === "none" && !(uncachedMode && named))
      grid.formula(rw, col, `=${a1(rw, C("amount"))}/10000`, { fmt: "0.00" });
    else grid.set(rw, col, num(v), "0.00");
  };

  // ── header ──
  const writeHeader = () => {
    const hasGroup = o.headerRows === 2 && cols.some((c) => c.group);
    cols.forEach((c, k) => {
      const col = o.left + k;
      if (!hasGroup) grid.set(row, col, c.head);
      else if (c.group) {
        if (k === 0 || cols[k - 1].group !== c.group) {
          let e = k;
          while (e + 1 < cols.length && cols[e + 1].group === c.group) e++;
          grid.set(row, col, c.group);
          grid.merge(row, col, row, o.left + e);
        }
        grid.set(row + 1, col, c.head);
      } else {
        grid.set(row, col, c.head);
        if (c.head) grid.merge(row, col, row + 1, col);
      }
    });
    row += hasGroup ? 2 : 1;
  };
  writeHeader();
  const firstBody = row;

  // ── grand total above (部门预算 forms) ──
  let aboveRow = -1;
  if (o.total?.place === "above") {
    aboveRow = row++;
    nameCell(aboveRow, o.total.word);
  }

  function nameCell(rw: number, text: string, seqText = "") {
    if (has("seq") && seqText) grid.set(rw, C("seq"), seqText);
    const t = !has("seq") && seqText ? `${seqText}${/[、.）)]$/.test(seqText) ? "" : " "}${text}` : text;
    grid.set(rw, C("name"), t);
  }

  // ── paging ──
  let pageCells: { row: number; col: number }[] = [];
  let pageValue = d(0);
  let pageRows = 0;
  const pageRefs: Ref[] = [];
  const pageBreak = (last: boolean) => {
    const rw = row++;
    nameCell(rw, "本页小计");
    const child = emptyRef();
    child.cells.set("amount", pageCells);
    child.values.set("amount", pageValue);
    const ref = emptyRef();
    const col = C("amount");
    if (live && textMode === "none") {
      const noCache = uncachedMode;
      grid.formula(rw, col, sumFormula(pageCells), { fmt: moneyFmt(plan.unit, inUnit(pageValue, plan.unit)), noCache });
      if (noCache) out.uncached.push({ row: rw + 1, cell: a1(rw, col) });
    } else putMoney(rw, "amount", pageValue);
    ref.cells.set("amount", [{ row: rw, col }]);
    ref.values.set("amount", pageValue);
    ref.lines = pageCells;
    ref.uncached = live && textMode === "none" && uncachedMode;
    pageRefs.push(ref);
    pageCells = [];
    pageValue = d(0);
    pageRows = 0;
    if (last) return;
    const title = o.paging!.title;
    grid.set(row, o.left, title);
    grid.merge(row, o.left, row, o.left + width - 1);
    row++;
    writeHeader();
  };
  const beforeBodyRow = (n: number) => {
    if (o.paging && pageRows + n > o.paging.every && pageCells.length > 0) pageBreak(false);
    pageRows += n;
  };

  // ── lines ──
  const writeLine = (it: Item, seqText: string): Ref => {
    const wrap = it.wrap ?? (o.wrapSome && r.chance(0.25) ? pickOr(r, WRAP[it.cat]) : undefined);
    const explain = o.explain && r.chance(0.3) ? pickOr(r, EXPLAIN[it.cat]) : undefined;
    beforeBodyRow(1 + (wrap ? 1 : 0) + (explain ? 1 : 0));
    const rw = row++;
    const ref = emptyRef();
    const stand = o.standFor.get(it.id);
    let name = it.name;
    let note = it.note;
    const basis = it.basis;
    if (note && it.noteEssential && !has("note")) {
      name = `${name}（${note}）`;
      note = undefined;
    }
    if (stand && it.standFor?.mode === "see") {
      const see = `见${it.standFor.label}`;
      if (has("note")) note = see;
      else name = `${name}（${see}）`;
    }
    nameCell(rw, name, seqText);
    if (has("spec") && it.spec) grid.set(rw, C("spec"), it.spec);
    if (has("unit") && it.unit) grid.set(rw, C("unit"), it.unit);
    const goods = it.qty !== undefined && it.price !== undefined && has("qty") && has("price");
    if (it.qty !== undefined) putQty(rw, it.qty);
    if (goods) putPrice(rw, "price", it.price!);
    if (has("pm") && it.effort?.where === "column") grid.set(rw, C("pm"), num(it.effort.count));
    if (has("note") && note) grid.set(rw, C("note"), note);
    if (basis) {
      if (has("basis")) grid.set(rw, C("basis"), basis);
      else if (has("note") && !note) grid.set(rw, C("note"), basis);
    }
    // O&M 原值 × 费率
    const up = it.upkeep;
    if (up && has("base")) {
      putMoney(rw, "base", up.base);
      const rc = C("rate");
      if (o.rateStyle === "percent") grid.set(rw, rc, num(up.rate.times(100)));
      else if (o.rateStyle === "text") grid.set(rw, rc, `${str(up.rate.times(100))}%`);
      else grid.set(rw, rc, num(up.rate), up.rate.times(100).isInteger() ? "0%" : "0.0%");
    }
    // discount: list price beside the price paid
    if (goods && has("listPrice")) {
      const isGoods = ["hardware", "security-product", "product-software"].includes(it.cat);
      const disc = isGoods ? d(r.pick([0.8, 0.85, 0.9, 0.95])) : d(1);
      const list = isGoods ? it.price!.div(disc).div(100).ceil().times(100) : it.price!;
      putPrice(rw, "listPrice", list);
      if (isGoods) {
        if (r.chance(0.5)) grid.set(rw, C("discount"), num(disc), "0%");
        else grid.set(rw, C("discount"), `${str(disc.times(10))}折`);
      }
    }
    // amount
    const ac = C("amount");
    const au = unitOf("amount");
    const amtFmt = moneyFmt(au, inUnit(it.amount, au));
    if (stand) {
      if (it.standFor!.mode === "formula" && live && textMode === "none")
        grid.formula(rw, ac, stand.ref, { fmt: amtFmt });
      else putMoney(rw, "amount", stand.value);
    } else if (has("mxHw")) {
      const part: Role = ["hardware", "security-product"].includes(it.cat)
        ? "mxHw"
        : ["product-software", "development", "data-service"].includes(it.cat)
          ? "mxSw"
          : ["facility", "integration"].includes(it.cat)
            ? "mxInst"
            : "mxOther";
      putMoney(rw, part, it.amount);
      ref.cells.set(part, [{ row: rw, col: C(part) }]);
      ref.values.set(part, it.amount);
      if (live && textMode === "none")
        grid.formula(rw, ac, `=SUM(${a1(rw, C("mxHw"))}:${a1(rw, C("mxOther"))})`, { fmt: amtFmt });
      else putMoney(rw, "amount", it.amount);
    } else if (feeFormula(it)) {
      grid.formula(rw, ac, feeFormula(it)!, { fmt: amtFmt });
    } else if (live && textMode === "none" && !it.typo && goods) {
      const priceRef = a1(rw, C("price"));
      const f = `=${a1(rw, C("qty"))}*${priceRef}`;
      grid.formula(rw, ac, unitOf("price") !== au ? `${f}/10000` : f, { fmt: amtFmt });
    } else if (live && textMode === "none" && !it.typo && up && has("base") && o.rateStyle !== "text") {
      const f = `=${a1(rw, C("base"))}*${a1(rw, C("rate"))}`;
      grid.formula(rw, ac, o.rateStyle === "percent" ? `${f}/100` : f, { fmt: amtFmt });
    } else putMoney(rw, "amount", it.amount);
    const amount = stand ? stand.value : it.amount;
    ref.cells.set("amount", [{ row: rw, col: ac }]);
    ref.values.set("amount", amount);
    ref.lines = [{ row: rw, col: ac }];
    extras(rw, it, amount, ref);
    if (!stand)
      out.lines.set(it.id, { row: rw + 1, amountCell: a1(rw, ac), priceCell: goods ? a1(rw, C("price")) : undefined });
    pageCells.push({ row: rw, col: ac });
    pageValue = pageValue.plus(amount);
    if (wrap) grid.set(row++, C("name"), wrap);
    if (explain) {
      grid.set(row, o.left, explain);
      grid.merge(row, o.left, row, o.left + width - 1);
      row++;
    }
    return ref;
  };

  const extras = (rw: number, it: Item, amount: Decimal, ref: Ref) => {
    const au = unitOf("amount");
    const dp = au === "万元" ? 6 : 2;
    const cell = (role: Role, v: Decimal) => {
      if (v.isZero()) return;
      putMoney(rw, role, v);
      ref.cells.set(role, [{ row: rw, col: C(role) }]);
      ref.values.set(role, v);
    };
    if (has("year1")) {
      const share = r.pick([1, 1, 0.6, 0.5, 0.7]);
      const y1 = round(inUnit(amount, au).times(share), au === "万元" ? 4 : 0);
      const y1y = au === "万元" ? y1.times(10000) : y1;
      cell("year1", y1y);
      cell("year2", amount.minus(y1y));
    }
    if (has("fundA")) {
      const share = r.pick([1, 1, 1, 0.8, 0.7]);
      const a = round(inUnit(amount, au).times(share), au === "万元" ? 4 : 0);
      const ay = au === "万元" ? a.times(10000) : a;
      cell("fundA", ay);
      cell("fundB", amount.minus(ay));
    }
    if (has("lastYear") && it.lastYear) cell("lastYear", it.lastYear);
    if (has("exTax")) {
      const goods = ["hardware", "security-product", "product-software"].includes(it.cat);
      const rate = d(goods ? 0.13 : 0.06);
      const ex = round(amount.div(rate.plus(1)), dp === 6 ? 2 : 2);
      cell("exTax", ex);
      grid.set(
        rw,
        C("taxRate"),
        r.chance(0.5) ? num(rate) : `${str(rate.times(100))}%`,
        r.chance(0.5) ? "0%" : undefined,
      );
      cell("tax", amount.minus(ex));
    }
    if (has("wan")) writeWan(rw, amount, false);
  };

  /** =ROUND((G6+G12)*0.06,2) when the fee's base groups are all summed in this table. */
  const groupCell = new Map<string, { row: number; col: number } | null>();
  function feeFormula(it: Item): string | null {
    const f = it.feeOf;
    if (!f || !live || uncachedMode || textMode !== "none" || unitOf("amount") !== plan.unit) return null;
    const roles = f.groups.filter((g) => o.presentRoles.has(g));
    const cells = roles.map((g) => groupCell.get(g));
    if (roles.length === 0 || cells.some((c) => !c)) return null;
    const refs = cells.map((c) => a1(c!.row, c!.col));
    const base = refs.length > 1 ? `(${refs.join("+")})` : refs[0];
    return `=ROUND(${base}*${str(f.rate)},${f.dp})`;
  }

  // ── sections ──
  let running = 0;
  const secNo = (depth: number, path: number[]): string => {
    const n = path[path.length - 1];
    switch (o.numbering) {
      case "none":
        return "";
      case "decimal":
        return path.join(".");
      default:
        return depth === 0 ? `${cnNum(n)}${secStyle}` : `（${cnNum(n)}）`;
    }
  };
  const lineNo = (path: number[], k: number): string => {
    running++;
    switch (o.numbering) {
      case "none":
        return "";
      case "decimal":
        return path.length ? [...path, k].join(".") : String(k);
      case "circled":
        return circled(k);
      case "arabic":
        return String(running);
      default:
        return String(k);
    }
  };
  const sumsAt = (depth: number): "none" | "below" | "named" | "head" => {
    switch (o.sums) {
      case "sub-below":
        return "below";
      case "named-sub-below":
        return "named";
      case "head-sum":
        return "head";
      case "mixed":
        return depth === 0 ? "head" : "below";
      default:
        return "none";
    }
  };

  const writeGroup = (g: Group, depth: number, path: number[]): Ref => {
    if (o.flat) {
      const refs: Ref[] = [];
      for (const s of g.subs) refs.push(writeGroup(s, depth, path));
      for (const it of g.items) refs.push(writeLine(it, lineNo([], running + 1)));
      return merge(refs);
    }
    const no = secNo(depth, path);
    if (g.single && g.items.length === 1 && g.subs.length === 0) return writeLine(g.items[0], no);
    beforeBodyRow(2);
    pageRows--;
    const headRow = row++;
    nameCell(headRow, g.title, no);
    const refs: Ref[] = [];
    let k = 0;
    g.subs.forEach((s) => refs.push(writeGroup(s, depth + 1, [...path, ++k])));
    let j = 0;
    for (const it of g.items) refs.push(writeLine(it, lineNo(path, ++j)));
    const child = merge(refs);
    const mode = sumsAt(depth);
    const note = (ref: Ref): Ref => {
      const cs = ref.cells.get("amount");
      groupCell.set(g.role, !ref.wrong && cs && cs.length === 1 ? cs[0] : null);
      return ref;
    };
    if (mode === "head") return note(writeSums(headRow, child, false, false));
    if (mode === "below" || mode === "named") {
      beforeBodyRow(1);
      const rw = row++;
      nameCell(
        rw,
        mode === "named"
          ? `${g.title.replace(/费$/, "")}${r.pick(["小计", "费小计", "合计"])}`
          : r.pick(["小计", "小计", "合计"]),
      );
      const wrongHere = wrongLeft;
      if (wrongHere) wrongLeft = false;
      const ref = writeSums(rw, child, true, wrongHere);
      // the parent adds the true value of its lines, not the mistyped subtotal
      if (wrongHere) {
        ref.values.set("amount", child.values.get("amount")!);
        ref.wrong = true;
      }
      return note(ref);
    }
    return child;
  };

  const top: Ref[] = [];
  o.sections.forEach((g, k) => top.push(writeGroup(g, 0, [k + 1])));
  let all = merge(top);
  if (o.paging) {
    pageBreak(true);
    all = merge(pageRefs);
  }
  out.total = all.values.get("amount") ?? d(0);

  // ── grand total ──
  const t = o.total;
  if (t && t.place !== "none") {
    const rw = t.place === "above" ? aboveRow : row++;
    if (t.place === "below-named") nameCell(rw, t.word);
    if (t.place === "below-in-seq") {
      if (has("seq") && C("seq") < C("name")) {
        grid.set(rw, C("seq"), t.word);
        grid.merge(rw, C("seq"), rw, C("name"));
      } else nameCell(rw, t.word);
    }
    const named = t.place !== "below-unnamed";
    const wrongHere = wrongLeft && named;
    if (wrongHere) wrongLeft = false;
    writeSums(rw, all, named, wrongHere);
    out.totalRow = rw + 1;
    out.totalCell = a1(rw, C("amount"));
    if (o.daxie && t.place !== "above") {
      const dx = row++;
      const text = `${r.pick(["合计人民币（大写）：", "大写金额：", "总价（大写）："])}${daxieOf(out.total)}`;
      grid.set(dx, o.left, text);
      grid.merge(dx, o.left, dx, o.left + width - 1);
    }
  }
  if (wrongLeft) throw new Error("wrong subtotal asked for but no named subtotal or total row");
  out.endRow = row;
  void firstBody;
  return out;
}

function pickOr<T>(r: Rand, xs: readonly T[] | undefined): T | undefined {
  return xs && xs.length ? r.pick(xs) : undefined;
}
