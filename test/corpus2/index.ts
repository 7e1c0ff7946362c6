import type { CorpusEntry } from "../corpus/kit";
import { construction1 } from "./build";
import { construction2 } from "./build2";
import { om2 } from "./om2";
import { third } from "./build3";

/** Every workbook of the holdout corpus 2. */
export const corpus2: CorpusEntry[] = [...construction1, ...construction2, ...om2, ...third];
