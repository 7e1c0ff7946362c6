import type Decimal from "decimal.js";
import type { BudgetLine, BudgetModel, CellRef, ProfileOverrides } from "../model/types";
import type { Finding, Measure, Severity } from "../model/finding";
import type { PackRule, StandardPack } from "../standards/types";
import type { Facts } from "./facts";
import type { GroupCapper, LineCapper } from "../model/adjustment";
import type { FieldNaming } from "../setup/fields";
import type { MessageParams } from "../standards/messages";

/**
 * What a rule implementation hands back; the engine fills in rule id, citation and default severity. `F` is what
 * an error finding tells the rule's own cap (see `RuleImplementation.cap`).
 */
export interface FindingDraft<F = unknown> {
  message: string;
  messageEn: string;
  /** The line concerned; gives sheet, row and (unless `cell` is set) the amount cell. */
  line?: BudgetLine | null;
  /** The exact cell carrying the problem, when not the line's amount cell. */
  cell?: CellRef | null;
  actual?: Decimal | string | null;
  limit?: Decimal | string | null;
  /** Only when the rule's severity depends on the case (below range → warning). */
  severity?: Severity;
  /** What actual/limit are, when it differs from the implementation's `measure`. */
  measure?: Measure;
  /** Every line involved besides `line` (the lines of a group rule): their cells join the finding's `cells`. */
  lines?: readonly BudgetLine[];
  /** Other cells involved besides `cell` (the amount cell of a line whose price cell is the problem). */
  cells?: readonly CellRef[];
  /** The cap rate an over-the-cap rate finding names (for the verdict). */
  capRate?: Decimal | string;
  /** The pack message `message`/`messageEn` were rendered from (messages as data), and its arguments. */
  messageId?: string;
  params?: MessageParams;
  /** What the rule's cap needs to set the line's 审定 (the cap, the count, the base and their cells). */
  capFacts?: F;
  /** The profile values a reminder needs and did not get (their setup-field names). */
  needs?: readonly string[];
}

export interface RuleContext {
  model: BudgetModel;
  pack: StandardPack;
  overrides: ProfileOverrides;
  facts: Facts;
  /** The pack entry of the rule being run (its id may differ from the implementation id). */
  entry: PackRule & { id: string };
  /** How messages name a value the user can give: the host's way (a CLI flag, a pane label). */
  naming: FieldNaming;
}

/**
 * One rule family implementation, in the spirit of eslint rules: metadata plus a pure check.
 * `paramsSchema` is a JSON Schema the pack's `params` for this implementation must satisfy.
 */
export interface RuleImplementation<P = Record<string, unknown>, F = unknown> {
  id: string;
  scope: "line" | "sheet";
  /** What its findings' actual/limit are, unless a draft says otherwise. */
  measure?: Measure;
  paramsSchema: Record<string, unknown>;
  /**
   * The messages its findings are worded in, as suffixes of the pack entry's id ("" for the entry id itself,
   * ".over" for `<entry id>.over`): each must be in the pack's `messages` wherever the implementation runs.
   */
  messages?: readonly string[];
  check(ctx: RuleContext, params: P): FindingDraft<F>[];
  /**
   * How an error finding can adjust 审定 when the pack asks for the rule's cap (`"adjust": "cap"`): a cap on the
   * finding's line, judged on what the finding carries, or a group cap. Without it a pack may only ask for `zero`
   * (line rules) or `none`.
   */
  cap?: LineCapper<F> | GroupCapper<P>;
  /**
   * Its findings' actual/limit are a figure and what it should have been (arithmetic, a missing line), not an
   * amount over a limit: an error of it is never listed as a limit the verdict could not allocate.
   */
  notALimit?: true;
}

export type { Finding };
