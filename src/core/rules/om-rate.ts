import Decimal from "decimal.js";
import type { BudgetLine, CellRef, MoneyUnit, ReadField } from "../model/types";
import type { StandardPack } from "../standards/types";
import { toYuan } from "../money";

/** What a maintenance line charges: its fee column, or its amount when the sheet has no fee column. */
export function maintenanceFee(line: BudgetLine): ReadField | null {
  return line.fee ?? line.amount ?? null;
}

/** The fee and rate cells of a maintenance line other than `cell` (the one a finding points at). */
export function otherCells(line: BudgetLine, cell: CellRef): CellRef[] {
  const fee = maintenanceFee(line);
  return [fee?.cell, line.rate?.cell].filter((c): c is CellRef => !!c && (c.row !== cell.row || c.col !== cell.col || c.sheet !== cell.sheet));
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
  if (fromFee && (!stated || fromFee.greaterThanOrEqualTo(stated))) return { rate: fromFee, fee: fee!.value, cell: fee!.cell, source: "fee" };
  if (stated) return { rate: stated, fee: fee?.value ?? null, cell: line.rate!.cell, source: "rate" };
  return null;
}

/**
 * A fee is over its cap when it exceeds base × rate by more than rounding: 0.01 of the unit it is written in
 * (domain.md §3.8's absolute tolerance; the relative one is for arithmetic, not for caps).
 */
export function overCap(charged: ChargedRate, base: ReadField | undefined, cap: Decimal, pack: StandardPack, unit: MoneyUnit): boolean {
  if (charged.fee && base) {
    const limit = base.value.times(cap);
    const slack = toYuan(pack.tolerance.absolute, base.unit ?? unit);
    if (charged.fee.minus(limit).greaterThan(slack)) return true;
  }
  // Rounded rates ("8.33%") get a hair of slack; a stated rate above the cap is over whatever the fee says.
  return charged.rate.minus(cap).greaterThan(new Decimal("0.00005"));
}
