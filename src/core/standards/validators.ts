import * as generated from "./validators.generated";

/** One error as the generated (ajv standalone) validators report it. */
export interface SchemaError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  /** Set when the error is about an object key (propertyNames). */
  propertyName?: string;
}

export interface Validator {
  (data: unknown): boolean;
  errors?: SchemaError[] | null;
}

/** standards/standard.schema.json, compiled at build time (scripts/build-validators.js). */
export const validatePack = generated.validatePack as unknown as Validator;

/** Each rule implementation's paramsSchema, compiled at build time, by implementation id. */
export const paramsValidators = generated.paramsValidators as unknown as Readonly<
  Record<string, Validator | undefined>
>;
