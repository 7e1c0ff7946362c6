/** See check-case-clashes.js. */
export function listPaths(root: string, roots?: readonly string[]): string[];
export function caseClashes(paths: readonly string[]): string[][];
