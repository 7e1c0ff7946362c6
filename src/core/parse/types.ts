import type { BudgetModel } from "../model/types";

/** What the table finder and amount reader produce: the model before profile inference and classification. */
export type ParsedWorkbook = Omit<BudgetModel, "profile">;
