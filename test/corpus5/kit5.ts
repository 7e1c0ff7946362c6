import { book, F, SheetB, type CorpusEntry, type Expect, type In } from "../corpus/kit";

/** 送审 / 审定 of a workbook in 元, two decimals, derived by hand from domain.md §6. */
export interface Truth {
  submitted: string;
  approved: string;
}

/** A corpus-5 workbook: the corpus-1 entry plus the hand-derived verdict and the cell holding the typed grand total (for the self-check only). */
export interface Entry5 extends CorpusEntry {
  truth: Truth;
  /** Where the workbook's own grand total sits and its unit (1 元, 10000 万元); the self-check compares it with truth.submitted. */
  grand?: { sheet: string; cell: string; unit: 1 | 10000 };
}

export interface Made {
  sheets: SheetB[];
  expect: Expect[];
  truth: Truth;
  grand?: Entry5["grand"];
}

export function e5(name: string, shape: string, make: () => Made): Entry5 {
  const m = make();
  return { name, shape, build: () => book(name, ...make().sheets), expect: m.expect, truth: m.truth, grand: m.grand };
}

/** "=D{r}*E{r}" */
export const X = (q: string, p: string): In => F(`=${q}{r}*${p}{r}`);
export const S = (col: string, a: number, b: number): In => F(`=SUM(${col}${a}:${col}${b})`);

export { F, SheetB };
export type { Expect, In };
