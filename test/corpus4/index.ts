import { partA } from "./build-a";
import { partB } from "./build-b";
import type { Entry4 } from "./kit4";

/** Every workbook of the holdout corpus 4 (see README.md). */
export const corpus4: Entry4[] = [...partA, ...partB];
