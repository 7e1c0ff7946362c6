/** See validators-codegen.js. */
export function generateValidators(
  packSchema: object,
  implementations: readonly { id: string; paramsSchema: object }[],
): string;
