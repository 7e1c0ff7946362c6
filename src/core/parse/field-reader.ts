import type { ColumnRole, MoneyUnit, ReadField, ReadIssue } from "../model/types";
import { readAmount, readNumber, readRate, type Reading } from "./amount";
import { MONEY_ROLES } from "./header";
import { NumberField } from "./number-field";
import { numberInRange } from "./bounds";
import type { TableView } from "./table-view";

/**
 * Reads a role's cell of a row as a number — money in 元 (the cell's own unit, else the column's, else the
 * table's), a rate as a ratio, a count — and records every cell it cannot read as an issue, never a silent 0.
 */
export class FieldReader {
  readonly issues: ReadIssue[] = [];

  constructor(private readonly view: TableView) {}

  /** `column`: a column other than the role's own that holds the role for some rows (a 人月单价 beside the 单价). */
  read(
    r: number,
    role: ColumnRole,
    lineId: string | null,
    unitOverride?: MoneyUnit,
    column?: number,
  ): ReadField | undefined {
    const { grid, frame } = this.view;
    const sheet = grid.name;
    const issues = this.issues;
    const c = column ?? this.view.colOf(role);
    if (c === undefined) return undefined;
    const raw = grid.raw(r, c);
    const columnUnit = unitOverride ?? frame.columnUnits[role] ?? frame.unit;
    const money = MONEY_ROLES.includes(role);
    // The fast lane takes numbers within the bounds (bounds.ts; money in 元); the others are read below and refused.
    if (
      typeof raw === "number" &&
      role !== "rate" &&
      numberInRange(money && columnUnit === "万元" ? raw * 10000 : raw)
    ) {
      const field = new NumberField(raw, { sheet, row: grid.row(r), col: grid.col(c) }, money ? columnUnit : undefined);
      field.formula = grid.formula(r, c);
      return field;
    }
    let reading: Reading;
    if (role === "rate") reading = readRate(raw, frame.headerTexts.get(role) ?? "", grid.numberFormat(r, c));
    else if (money) reading = readAmount(raw, columnUnit);
    else reading = readNumber(raw);
    const cell = { sheet, row: grid.row(r), col: grid.col(c) };
    const formula = grid.formula(r, c);
    if (reading.status === "empty" && raw === null && formula) {
      // A formula with no cached value reads as nothing, not as 0: the figure is unknown until Excel computes it.
      issues.push({ ...cell, field: role, raw, lineId, formula });
      return undefined;
    }
    if (reading.status === "empty") return undefined;
    if (reading.status === "invalid") {
      issues.push({
        ...cell,
        field: role,
        raw,
        lineId,
        ...(reading.reason !== "not-a-number" ? { reason: reading.reason } : {}),
      });
      return undefined;
    }
    const field: ReadField = { value: reading.value, cell, raw };
    if (formula) field.formula = formula;
    if (money) field.unit = reading.unit;
    return field;
  }
}
