import Decimal from "decimal.js";
import type { BudgetLine, BudgetModel, Category } from "../model/types";
import type { StandardPack } from "../standards/types";
import { ExactSum, lineMoney, lineMoneyField, sum } from "../money";

/**
 * Sums every rule needs, computed once per audit. All money in 元.
 * A line's money is its amount; maintenance lines without an amount column count their fee.
 */
export interface Facts {
  byCategory: Map<Category, Decimal>;
  linesByCategory: Map<Category, BudgetLine[]>;
  /** 项目建设费 (domain.md §3.1). */
  constructionBase: Decimal;
  /** 软硬件购置费 (domain.md §3.2). */
  purchaseBase: Decimal;
  /** 建设金额: the project total without dengbao lines (domain.md §3.6). */
  projectAmount: Decimal;
  /** hardware + security products. */
  hardwareAmount: Decimal;
  /** All counted lines. */
  grand: Decimal;
  /**
   * Money of lines nothing could classify (no keyword, no evidence): it may belong in a fee base, so a fee
   * verdict that depends on it is a warning, not an error (domain.md §3.10).
   */
  unclassified: { amount: Decimal; lines: BudgetLine[] };
}

export { lineMoney, lineMoneyField } from "../money";

export function computeFacts(model: BudgetModel, pack: StandardPack): Facts {
  const sums = new Map<Category, ExactSum>();
  const linesByCategory = new Map<Category, BudgetLine[]>();
  for (const line of model.lines) {
    let list = linesByCategory.get(line.category);
    if (!list) linesByCategory.set(line.category, (list = []));
    list.push(line);
    const money = lineMoneyField(line);
    if (!money) continue;
    let acc = sums.get(line.category);
    if (!acc) sums.set(line.category, (acc = new ExactSum()));
    acc.addField(money);
  }
  const byCategory = new Map<Category, Decimal>([...sums].map(([c, acc]) => [c, acc.value()]));
  const total = (cats: readonly Category[]) => sum(cats.map((c) => byCategory.get(c) ?? new Decimal(0)));
  const grand = sum([...byCategory.values()]);
  const unknown = (linesByCategory.get("other") ?? []).filter((l) => l.categorySource === "none");
  return {
    unclassified: { amount: sum(unknown.map((l) => lineMoney(l) ?? new Decimal(0))), lines: unknown },
    byCategory,
    linesByCategory,
    constructionBase: total(pack.bases.construction),
    purchaseBase: total(pack.bases.purchase),
    projectAmount: grand.minus(total(pack.bases.excludedFromProjectAmount)),
    hardwareAmount: total(pack.bases.hardware),
    grand,
  };
}
