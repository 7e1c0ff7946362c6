/** See t2s-codegen.js. */
export function generateTable(): string;
export const TABLE: string;
