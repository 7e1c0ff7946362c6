import type { HoldoutEntry } from "./h";
import { construction6 } from "./cons";
import { om6 } from "./om";

/** Every workbook of the holdout corpus 6 (see README.md). */
export const corpus6: HoldoutEntry[] = [...construction6, ...om6].sort((a, b) => a.name.localeCompare(b.name));
