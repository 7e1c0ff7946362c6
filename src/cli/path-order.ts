/** Sorted as a person lists files: by path, digits by value (2 before 10), the same on every machine. */
const collator = new Intl.Collator("en", { numeric: true });

/** The order of a batch's files: `check DIR` and patterns (inputs.ts), and the page's chosen files (src/web). */
export const byPath = (a: string, b: string) => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
