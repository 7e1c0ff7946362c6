import type Decimal from "decimal.js";
import type { CellRef, MoneyUnit, ReadField } from "../model/types";
import { toYuan } from "../money";
import { fromJsNumber } from "./amount";

/**
 * A field read from a cell that holds a number (not text, not a rate). Its Decimal is made when first asked for:
 * on large sheets most figures are only ever compared through the exact whole-number lane (money.ts
 * integerValue), and a Decimal per cell was a good part of the audit's time and garbage.
 */
export class NumberField implements ReadField {
  private decimal: Decimal | undefined = undefined;
  formula: string | undefined = undefined;

  constructor(
    readonly raw: number,
    readonly cell: CellRef,
    readonly unit: MoneyUnit | undefined,
  ) {}

  get value(): Decimal {
    if (this.decimal === undefined) {
      const d = fromJsNumber(this.raw)!;
      this.decimal = this.unit === "万元" ? toYuan(d, "万元") : d;
    }
    return this.decimal;
  }
}
