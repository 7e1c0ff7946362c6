import type { CorpusEntry } from "./kit";
import { construction } from "./construction";
import { multi } from "./multi";
import { om } from "./om";
import { more } from "./more";
import { variants } from "./variants";

/** Every workbook of the corpus. */
export const corpus: CorpusEntry[] = [...construction, ...multi, ...om, ...more, ...variants];
