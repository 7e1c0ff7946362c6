import Decimal from "decimal.js";
import type { BudgetLine, CellRef, MoneyUnit, ReadField } from "../model/types";
import type { StandardPack } from "../standards/types";
import type { CapResult, LineCapper, ReasonRef } from "../model/adjustment";
import { toYuan } from "../money";
import { a1 } from "../snapshot/address";

/** What a maintenance line charges: its fee column, or its amount when the sheet has no fee column. */
function maintenanceFee(line: BudgetLine): ReadField | null {
  return line.fee ?? line.amount ?? null;
}

/** The fee and rate cells of a maintenance line other than `cell` (the one a finding points at). */
export function otherCells(line: BudgetLine, cell: CellRef): CellRef[] {
  const fee = maintenanceFee(line);
  return [fee?.cell, line.rate?.cell].filter(
    (c): c is CellRef => !!c && (c.row !== cell.row || c.col !== cell.col || c.sheet !== cell.sheet),
  );
}

export interface ChargedRate {
  /** fee ÷ base, or the stated rate when there is no fee. */
  rate: Decimal;
  fee: Decimal | null;
  cell: CellRef;
  /** Whether the rate was worked out from the fee or read from the rate column. */
  source: "fee" | "rate";
}

/**
 * The rate a maintenance line charges on its base (purchase amount or original development cost). A stated rate
 * and the fee are both looked at; the higher one counts, so a sheet cannot hide an over-limit fee behind a
 * compliant-looking rate column.
 */
export function chargedRate(line: BudgetLine, base: ReadField | undefined): ChargedRate | null {
  const fee = maintenanceFee(line);
  const fromFee = fee && base && base.value.greaterThan(0) ? fee.value.dividedBy(base.value) : null;
  const stated = line.rate?.value ?? null;
  if (fromFee && (!stated || fromFee.greaterThanOrEqualTo(stated)))
    return { rate: fromFee, fee: fee!.value, cell: fee!.cell, source: "fee" };
  if (stated) return { rate: stated, fee: fee?.value ?? null, cell: line.rate!.cell, source: "rate" };
  return null;
}

/**
 * A fee is over its cap when it exceeds base × rate by more than rounding: 0.01 of the unit it is written in
 * (domain.md §3.8's absolute tolerance; the relative one is for arithmetic, not for caps).
 */
export function overCap(
  charged: ChargedRate,
  base: ReadField | undefined,
  cap: Decimal,
  pack: StandardPack,
  unit: MoneyUnit,
): boolean {
  if (charged.fee && base) {
    const limit = base.value.times(cap);
    const slack = toYuan(pack.tolerance.absolute, base.unit ?? unit);
    if (charged.fee.minus(limit).greaterThan(slack)) return true;
  }
  // Rounded rates ("8.33%") get a hair of slack; a stated rate above the cap is over whatever the fee says.
  return charged.rate.minus(cap).greaterThan(new Decimal("0.00005"));
}

/** What an over-the-cap maintenance finding tells the cap: the rate, the base it applies to, the rate cell. */
export interface RateFacts {
  capRate: Decimal;
  /** The base the rule judged the fee on (购置金额, or 原开发费 for an application). */
  base: ReadField | undefined;
  rate: ReadField | null;
  /** The message suffix and arguments naming what is maintained ("C类设备", "较复杂应用系统"). */
  reason: ReasonRef;
}

/**
 * §6 step 1 for maintenance: base × the cap rate, written as the product of the base cells (原值, and 数量 for a
 * per-unit 原值) and the rate cell set to the cap. `messages` are the reasons the rule words it in.
 */
export function rateCapper(messages: readonly string[]): LineCapper<RateFacts> {
  return {
    kind: "line",
    messages,
    approve(f: RateFacts): CapResult | null {
      if (!f.base) return null;
      const target = (cell: CellRef) => ({ cell, address: a1(cell.row, cell.col) });
      return {
        value: f.base.value.times(f.capRate),
        reason: {
          suffix: f.reason.suffix,
          args: { ...f.reason.args, base: { money: f.base.value }, cap: { ratio: f.capRate } },
        },
        formula: {
          kind: "rate",
          base: [f.base.cell, ...(f.base.times ?? [])].map(target),
          rate: f.rate ? target(f.rate.cell) : null,
          capRate: f.capRate,
        },
      };
    },
  };
}
