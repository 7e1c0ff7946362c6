import type { CorpusEntry } from "./kit";
import { construction } from "./construction";
import { multi } from "./multi";
import { om } from "./om";

/** Every workbook of the corpus. */
export const corpus: CorpusEntry[] = [...construction, ...multi, ...om];
