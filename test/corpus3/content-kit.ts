import type Decimal from "decimal.js";
import type { Dims } from "./dimensions";
import type { Goods } from "./items";
import type { Cat, Effort, Group, GroupRole, Item, PmWhere } from "./model";
import { d, inUnit, round, str, type Unit } from "./money";
import type { Rand } from "./rand";

/** Shared helpers of the content generators: ids, prices, notes in the sheet's unit. */
export class Maker {
  private n = 0;
  constructor(
    readonly r: Rand,
    readonly dims: Dims,
    readonly unit: Unit,
  ) {}

  id(): string {
    return `i${++this.n}`;
  }

  group(role: GroupRole, title: string, items: Item[] = [], subs: Group[] = [], single = false): Group {
    return { id: `g${++this.n}`, role, title, items, subs, single };
  }

  /** A price in [lo, lo + (hi − lo) × scale] on the catalogue's step. */
  price(range: readonly [number, number, number], scale = 1): Decimal {
    const [lo, hi, step] = range;
    const top = lo + (hi - lo) * Math.max(0, Math.min(1, scale));
    return this.r.step(lo, Math.max(lo, top), step);
  }

  /** Money as the clerk writes it in a note: "6.5万元" in a 万元 sheet, "65000元" in a 元 sheet. */
  money(yuan: Decimal): string {
    return this.unit === "万元" ? `${str(inUnit(yuan, "万元"))}万元` : `${str(yuan)}元`;
  }

  goods(gd: Goods, opts: { qty?: number; scale?: number; names?: readonly string[] } = {}): Item {
    const names = opts.names ?? gd.names;
    const name = this.r.pick(names);
    const qty = d(opts.qty ?? this.r.int(gd.qty[0], gd.qty[1]));
    const price = this.price(gd.price, opts.scale ?? 1);
    const it: Item = { id: this.id(), name, cat: gd.cat, unit: gd.unit, qty, price, amount: qty.times(price) };
    if (gd.specs) it.spec = this.r.pick(gd.specs);
    this.remark(it, gd.brands);
    return it;
  }

  /** A 备注 by the remarks dimension (never about 人月 on a non-development line). */
  remark(it: Item, brands?: readonly string[]): void {
    const mode = this.dims.remarks;
    if (mode === "brands") {
      it.note =
        brands && this.r.chance(0.7)
          ? this.r.pick(brands)
          : this.r.pick(["含三年原厂质保", "国产化产品", "参照政府采购协议价", "含安装"]);
    } else if (mode === "numbers" && it.qty && it.price) {
      const p = this.money(it.price);
      it.note = this.r.pick([
        `${str(it.qty)}${it.unit ?? "台"}×${p}`,
        `原报价${this.money(round(it.price.times(1.12), 0))}，按协议价${p}`,
        `参考2024年同类采购价${p}`,
        `质保3年，单价${p}`,
      ]);
    }
  }

  /** A fee line (项 × 1, or a bare amount). */
  fee(cat: Cat, name: string, amount: Decimal, basis?: string): Item {
    const it: Item = { id: this.id(), name, cat, amount };
    if (this.r.chance(0.6)) {
      it.unit = "项";
      it.qty = d(1);
      it.price = amount;
    }
    if (basis) {
      if (this.dims.extraColumn === "basis" || this.dims.remarks !== "empty") it.basis = basis;
    }
    return it;
  }

  /** Rounds a fee the way clerks type it: to 100 元, or to 1,000 元 above 20,000. */
  feeRound(x: Decimal): Decimal {
    return x.gt(20000) ? round(x.div(1000), 0).times(1000) : round(x.div(100), 0).times(100);
  }

  /** A development line priced by 人月, its effort written where the devBasis dimension says. */
  dev(name: string, count: Decimal, price: Decimal, where: PmWhere): Item {
    const amount = count.times(price);
    const effort: Effort = { count, price, where };
    const it: Item = { id: this.id(), name, cat: "development", amount, effort };
    const pm = this.unit === "万元" ? `${str(inUnit(price, "万元"))}万元` : `${str(price)}元`;
    switch (where) {
      case "unit":
        it.unit = this.r.pick(["人月", "人月", "人·月"]);
        it.qty = count;
        it.price = price;
        if (this.dims.remarks === "numbers") it.note = `${str(count)}人月×${pm}/人月`;
        break;
      case "name":
        it.name = `${name}（${str(count)}人月）`;
        it.unit = "项";
        it.qty = d(1);
        it.price = amount;
        break;
      case "name-cont":
        it.wrap = `（${str(count)}人月）`;
        it.unit = "项";
        it.qty = d(1);
        it.price = amount;
        break;
      case "remark-count":
        it.unit = "项";
        it.qty = d(1);
        it.price = amount;
        it.note = this.r.pick([
          `${str(count)}人月×${pm}/人月`,
          `工作量${str(count)}人月，单价${pm}/人月`,
          `按${str(count)}人月测算`,
        ]);
        it.noteEssential = true;
        break;
      case "remark-price":
        it.unit = "项";
        it.qty = d(1);
        it.price = amount;
        it.note = this.r.pick([`人月单价${pm}`, `按${pm}/人月测算`]);
        it.noteEssential = true;
        break;
      case "column":
        // 工作量（人月） column filled, 数量 and 单价 left blank: the amount is typed
        break;
      case "none":
        it.unit = this.r.pick(["项", "套"]);
        it.qty = d(1);
        it.price = amount;
        it.note =
          this.dims.remarks === "empty"
            ? undefined
            : this.r.pick(["含需求分析、设计、编码、测试", "按功能点估算", "详见功能清单"]);
        break;
    }
    return it;
  }

  /** Where the next development line states its effort. */
  pmWhere(first: boolean): PmWhere {
    const b = this.dims.devBasis;
    if (b === "none") return first ? "none" : this.fallbackWhere();
    if (b === "name" && this.dims.wrappedNames === "some" && this.r.chance(0.5)) return "name-cont";
    return b as PmWhere;
  }

  private fallbackWhere(): PmWhere {
    const order = this.dims.columnOrder;
    return !["minimal", "amountOnly", "matrix"].includes(order) && this.dims.project !== "om" ? "unit" : "name";
  }
}

/** Splits a whole number of 人月 into n positive parts. */
export function splitCount(r: Rand, total: number, n: number): number[] {
  const parts = new Array(n).fill(1);
  for (let k = n; k < total; k++) parts[r.int(0, n - 1)]++;
  return parts;
}

/** An amount mistyped the way clerks do: two digits swapped (or a tenth dropped when that changes too little). */
export function mistype(r: Rand, yuan: Decimal, unit: Unit): Decimal {
  const v = inUnit(yuan, unit);
  const s = str(v);
  const [int, frac] = s.split(".");
  const spots: number[] = [];
  for (let k = 0; k + 1 < int.length; k++) if (int[k] !== int[k + 1] && !(k === 0 && int[k + 1] === "0")) spots.push(k);
  let out = v.times(0.9).toDecimalPlaces(unit === "万元" ? 2 : 0);
  if (spots.length) {
    const k = r.pick(spots);
    const swapped = int.slice(0, k) + int[k + 1] + int[k] + int.slice(k + 2);
    const cand = d(frac ? `${swapped}.${frac}` : swapped);
    if (cand.minus(v).abs().div(v).gte(0.02)) out = cand;
  }
  return unit === "万元" ? out.times(10000) : out;
}
