import { checkModel } from "../validate-input";
import { CoreInputError } from "../errors";
import Decimal from "decimal.js";
import type { BudgetLine, BudgetModel, CellRef, MoneyUnit, ReadField } from "../model/types";
import type { CellValue } from "../snapshot/types";
import type { CellChange } from "./types";
import type { Verdict, VerdictLine } from "./verdict";
import { a1 } from "../snapshot/address";
import { fromYuan, lineMoneyField, rateBase } from "../money";

/**
 * 按标准核定: the cell changes that bring a workbook to its 审定 (domain.md §6), from the audit's verdict. Pure;
 * an adapter previews them, writes them through its safe write path and can revert them exactly.
 *
 * For each line the verdict reduces:
 * - a line cap with a formula (`VerdictLine.write.formula`) is written as a live formula: the O&M fee as the
 *   product of its base cells (原值, and 数量 for a per-unit 原值) and the rate cell set to the cap (`=C6*D6*F6`),
 *   or × the cap itself where there is no rate cell, the rate is in percentage points, or the base is in another
 *   unit than the fee; a 人月 line as 人月数 × the price cell set to the cap (`=E13*F13`), or × the cap
 *   (`=E13*20000`) where there is no price cell or it is in another unit. A product that is not whole cents is
 *   rounded as the verdict rounds it (`=ROUND(E6*F6,2)`, 6 places on a 万元 cell).
 * - any other 审定 (a fee cap spread over its lines, an excluded item at 0, a 人月 price pro rata) is a plain
 *   value; on a 数量 × 单价 row the 单价 goes down with it (审定 ÷ 数量) so the row still adds up, and an amount
 *   that was the formula 数量 × 单价 stays that formula.
 * Lines the verdict restates (amount within its cap, stated price/rate over it) get their price/rate cell set to
 * what the amount charges; the amount is not touched.
 *
 * Never a raise: every amount goes down (审定 < 送审), a price or rate cell is only ever lowered, a cell that
 * would hold what it holds already (or the same value merely turned into a formula) is not listed.
 */
export function planApproval(model: BudgetModel, review: Verdict): CellChange[] {
  checkModel(model);
  if (!review || typeof review !== "object" || !Array.isArray(review.lines) || !Array.isArray(review.restated)) {
    throw new CoreInputError(
      "审定结果参数无效：请传入 audit 返回的 review",
      "Invalid verdict argument: pass the review audit returns",
    );
  }
  const byId = new Map(model.lines.map((l) => [l.id, l]));
  const sheetOrder = new Map(model.sheetNames.map((name, i) => [name, i]));
  const all = [...review.lines, ...review.restated].sort(
    (a, b) => (sheetOrder.get(a.sheet) ?? 0) - (sheetOrder.get(b.sheet) ?? 0) || a.row - b.row,
  );
  const out: CellChange[] = [];
  const taken = new Set<string>();
  for (const vl of all) {
    const line = byId.get(vl.lineId);
    if (!line) continue;
    for (const c of planLine(line, vl, model.profile.unit)) {
      const key = `${c.sheet}\u0000${c.address}`;
      if (taken.has(key)) continue;
      taken.add(key);
      out.push(c);
    }
  }
  return out;
}

/** Decimal places of a cent in a cell's unit. */
const centPlaces = (unit: MoneyUnit) => (unit === "万元" ? 6 : 2);

/** A 费率 cell read in percentage points ("8" meaning 8%): its number is 100 × the ratio. */
function inPoints(field: ReadField): boolean {
  return typeof field.raw === "number" && !new Decimal(field.raw).equals(field.value);
}

const norm = (f: string | null | undefined) => (f ?? "").replace(/\s|\$/g, "").toUpperCase();

function addr(cell: CellRef): string {
  return a1(cell.row, cell.col);
}

function sameCell(a: CellRef, b: CellRef): boolean {
  return a.sheet === b.sheet && a.row === b.row && a.col === b.col;
}

/** `=A*B…`, rounded to cents when the exact product is not whole cents. */
function product(factors: string[], exact: Decimal, approved: Decimal, unit: MoneyUnit): string {
  const body = factors.join("*");
  return exact.equals(approved) ? `=${body}` : `=ROUND(${body},${centPlaces(unit)})`;
}

interface Planned {
  field: ReadField;
  role: CellChange["role"];
  after: { formula: string | null; value: number };
  /** The figure after, in the cell's terms (money in its unit, ratios as fractions). */
  figure: Decimal;
  /** The figure before, same terms. */
  was: Decimal;
  measure: CellChange["measure"];
  unit: MoneyUnit | null;
}

function planLine(line: BudgetLine, vl: VerdictLine, sheetUnit: MoneyUnit): CellChange[] {
  const money = lineMoneyField(line);
  if (!money) return [];
  const unit = vl.write.amount.unit;
  const approved = vl.write.amount.value;
  const reduced = vl.approved.lessThan(vl.submitted);
  const planned: Planned[] = [];
  const f = vl.write.formula;
  const setOf = (cell: CellRef) => vl.write.set.find((s) => sameCell(s.cell, cell));
  let amountFormula: string | null = null;

  const setRate = (field: ReadField, ratio: Decimal) => {
    const points = inPoints(field);
    const value = points ? ratio.times(100) : ratio;
    planned.push({
      field,
      role: "rate",
      after: { formula: null, value: value.toNumber() },
      figure: ratio,
      was: field.value,
      measure: "ratio",
      unit: null,
    });
  };
  const setPrice = (field: ReadField, value: Decimal, priceUnit: MoneyUnit) => {
    planned.push({
      field,
      role: "unitPrice",
      after: { formula: null, value: value.toNumber() },
      figure: value,
      was: fromYuan(field.value, priceUnit),
      measure: "money",
      unit: priceUnit,
    });
  };

  // The price / rate cells the verdict sets along with the amount (the cap, or what a restated amount charges).
  for (const t of vl.write.set) {
    if (line.rate && sameCell(line.rate.cell, t.cell)) setRate(line.rate, t.value);
    else if (line.unitPrice && sameCell(line.unitPrice.cell, t.cell))
      setPrice(line.unitPrice, t.value, t.unit ?? sheetUnit);
  }

  if (f?.kind === "rate") {
    const rateField = f.rate && line.rate && sameCell(line.rate.cell, f.rate.cell) ? line.rate : null;
    const rateSet = rateField ? setOf(rateField.cell) : undefined;
    if (reduced) {
      const base = rateBase(line);
      const baseUnit = base?.unit ?? sheetUnit;
      if (base && baseUnit === unit) {
        const refs = f.base
          .map((t) => t.cell)
          .sort((a, b) => a.col - b.col || a.row - b.row)
          .map(addr);
        const byCell = rateField && rateSet && !inPoints(rateField);
        const factor = byCell ? addr(rateField.cell) : f.capRate.toFixed();
        amountFormula = product([...refs, factor], fromYuan(base.value, unit).times(f.capRate), approved, unit);
      }
    }
  } else if (f?.kind === "person-months") {
    const priceField = f.price && line.unitPrice && sameCell(line.unitPrice.cell, f.price.cell) ? line.unitPrice : null;
    const priceSet = priceField ? setOf(priceField.cell) : undefined;
    const priceUnit = f.price?.unit ?? sheetUnit;
    if (reduced && f.count) {
      const countField = [line.quantity, line.personMonths].find((x) => x && sameCell(x.cell, f.count!.cell));
      if (countField) {
        const byCell = priceField && priceSet && priceUnit === unit;
        const factor = byCell ? addr(priceField.cell) : f.cap.toFixed();
        amountFormula = product([addr(countField.cell), factor], countField.value.times(f.cap), approved, unit);
      }
    }
  } else if (reduced) {
    // A plain 审定: a 数量 × 单价 row keeps adding up, its 单价 lowered to 审定 ÷ 数量.
    const q = line.quantity;
    const p = line.unitPrice;
    const priceUnit = p?.unit ?? sheetUnit;
    if (q && p && q.value.greaterThan(0) && !p.formula) {
      const rowProduct = q.value.times(p.value);
      const wasProduct =
        norm(money.formula) === norm(`=${addr(q.cell)}*${addr(p.cell)}`) ||
        norm(money.formula) === norm(`=${addr(p.cell)}*${addr(q.cell)}`);
      if (wasProduct || rowProduct.equals(vl.submitted)) {
        const exactPrice = fromYuan(vl.approved, priceUnit).dividedBy(q.value);
        const price = exactPrice.toDecimalPlaces(centPlaces(priceUnit), Decimal.ROUND_HALF_UP);
        setPrice(p, price, priceUnit);
        if (wasProduct && price.equals(exactPrice) && priceUnit === unit) amountFormula = money.formula ?? null;
      }
    }
  }

  if (reduced) {
    planned.unshift({
      field: money,
      role: "amount",
      after: { formula: amountFormula, value: approved.toNumber() },
      figure: approved,
      was: fromYuan(money.value, unit),
      measure: "money",
      unit,
    });
  }

  const citation = vl.citations.join("；");

  const changes: CellChange[] = [];
  for (const p of planned) {
    // Never a raise, never a no-op.
    if (!p.figure.lessThan(p.was)) continue;
    const { cell } = p.field;
    changes.push({
      sheet: cell.sheet,
      row: cell.row,
      col: cell.col,
      address: addr(cell),
      before: { value: beforeValue(p.field), formula: p.field.formula ?? null },
      after: p.after,
      lineId: line.id,
      lineName: line.name,
      role: p.role,
      measure: p.measure,
      unit: p.unit,
      figures: { before: p.was.toFixed(), after: p.figure.toFixed() },
      messages: vl.messages,
      // A restated line keeps its amount: its reason says why its price or rate still changes.
      restated: !reduced,
      citation,
    });
  }
  return changes;
}

/** What the cell holds now, as the host gave it (a per-unit 原值's field carries a description instead). */
function beforeValue(field: ReadField): CellValue {
  return field.raw;
}
