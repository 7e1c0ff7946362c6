import { LocalizedError } from "../core";

/**
 * Why a workbook package could not be read, in words a user understands: the part that is wrong and what is
 * wrong with it — never a JavaScript exception's text. `code` is the report's error code.
 */
export type XlsxErrorCode = "corrupt-file" | "too-large" | "not-xlsx";

export class XlsxReadError extends LocalizedError {
  declare readonly code: XlsxErrorCode;
  constructor(
    code: XlsxErrorCode,
    /** The part (zip entry) at fault, or null for the package as a whole. */
    readonly part: string | null,
    zh: string,
    en: string,
    /** For too-large: the flag that raises the limit and a value that would let this file through. */
    readonly raise?: { flag: string; value: string },
  ) {
    super(code, zh, en);
  }
}
