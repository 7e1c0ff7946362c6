import type { CorpusEntry } from "./kit";
import { construction } from "./construction";

/** Every workbook of the corpus. */
export const corpus: CorpusEntry[] = [...construction];
