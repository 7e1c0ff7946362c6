import type Decimal from "decimal.js";
import type { BudgetLine, Category, CellRef, MoneyUnit, ReadField } from "./types";
import type { MessageArgs } from "../standards/messages";
import type { StandardPack } from "../standards/types";

/**
 * How a pack says an error finding of one of its rules adjusts 审定 (domain.md §6 "Other packs"): `cap` — the
 * rule's own cap (a line cap, or a group cap spread over its lines; only rules that declare one), `zero` — the lines
 * the finding names are outside the project and approved at 0, `none` (the default) — no amount changes.
 */
export type AdjustMode = "cap" | "zero" | "none";

/** A cell an adapter writes or refers to: where it is, and (for cells it sets) the value in the cell's own terms. */
export interface CellTarget {
  cell: CellRef;
  /** A1 on the cell's sheet. */
  address: string;
}

/**
 * How a line's 审定 follows from other cells, so an adapter can write it as a live formula:
 * - `person-months`: amount = 人月数 × price. When `price` is given, set that cell to `price.value` (the cap in the
 *   price cell's unit) and write `=count*price`; without it, `=count*cap` (`cap` in the amount cell's unit).
 *   Without a `count` the 审定 is a plain value (送审 × cap ÷ stated price), and the price cell still gets the cap.
 * - `rate`: amount = the product of the `base` cells (原值, and 数量 for a per-unit 原值) × the cap rate. When `rate`
 *   is given, set that cell to `capRate` and refer to it; otherwise write the rate into the formula.
 * null: a plain value.
 */
export type VerdictFormula =
  | {
      kind: "person-months";
      count: CellTarget | null;
      price: (CellTarget & { value: Decimal; unit: MoneyUnit }) | null;
      cap: Decimal;
    }
  | { kind: "rate"; base: CellTarget[]; rate: CellTarget | null; capRate: Decimal };

/** A reason the verdict gives: a message of the pack (`<rule id><suffix>`) and its arguments, rendered at the edge. */
export interface ReasonRef {
  /** Suffix of the rule entry's id: the message is `<entry id><suffix>`. */
  suffix: string;
  args: MessageArgs;
}

/** What a line cap allows: the line's 审定, why, and how it follows from the sheet's cells. */
export interface CapResult {
  value: Decimal;
  reason: ReasonRef;
  formula: VerdictFormula | null;
}

/** What a line cap is judged on besides the facts its finding carries. */
export interface LineCapInput {
  line: BudgetLine;
  /** The cell that holds the line's money (its amount, or its fee). */
  money: ReadField;
  /** The line's 审定 so far (its 送审 unless an earlier cap lowered it). */
  approved: Decimal;
  /** The sheet's unit, for formulas whose cells state none. */
  unit: MoneyUnit;
}

/**
 * A rule's own cap on the line its error finding is about. `F` is what the finding carries for it (the cap, the
 * base, the count, the cells), typed by the rule that both produces and consumes it.
 */
export interface LineCapper<F> {
  kind: "line";
  /** Suffixes of the pack messages its reasons use; each must be in a pack that asks for this cap. */
  messages: readonly string[];
  /** The line's 审定 under the cap; null when the sheet does not give what it takes (a person decides). */
  approve(facts: F, input: LineCapInput): CapResult | null;
}

/** The share a group of lines may take of a base (the fee caps), as one pack entry sets it. */
export interface GroupCap {
  /** The categories whose lines are capped together. */
  categories: readonly Category[];
  /** The categories whose 审定 amounts make up the base. */
  base: readonly Category[];
  maxRatio: Decimal;
}

/**
 * A rule's cap on a group of lines: judged again on the 审定 amounts of the steps before it (a lower base lowers
 * the cap), so it can apply where the submitted budget was within it. `step` orders group caps as domain.md §6 does.
 */
export interface GroupCapper<P> {
  kind: "group";
  step: number;
  /** `.approved` (one line) and `.approved-spread` (several, in proportion) are always its reasons. */
  messages: readonly [".approved", ".approved-spread"];
  group(params: P, pack: StandardPack): GroupCap;
}
