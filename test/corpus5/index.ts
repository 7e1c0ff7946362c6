import type { Entry5 } from "./kit5";
import { construction5a } from "./build5a";
import { construction5b } from "./build5b";
import { om5 } from "./om5";

/** Every workbook of the holdout corpus 5. */
export const corpus5: Entry5[] = [...construction5a, ...construction5b, ...om5];
