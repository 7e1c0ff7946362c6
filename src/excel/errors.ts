import { LocalizedError } from "../core";

/**
 * An error the pane can show as is: a Chinese message (with an English one) that names the sheet and cell
 * where there is one.
 */
export class BridgeError extends LocalizedError {
  constructor(zh: string, en: string, sheet?: string, address?: string, code = "excel") {
    super(code, zh, en, sheet, address);
  }
}

export function errorCode(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

export function isPayloadLimit(err: unknown): boolean {
  const code = errorCode(err) ?? "";
  return (
    /PayloadSizeLimitExceeded|RangeExceedsLimit/.test(code) ||
    /PayloadSizeLimitExceeded/.test(String((err as Error)?.message))
  );
}

/** Excel refused the request itself as too large: nothing in it ran, so it can be sent again in smaller parts. */
export function isRequestTooLarge(err: unknown): boolean {
  const code = errorCode(err) ?? "";
  return (
    code === "RequestPayloadSizeLimitExceeded" ||
    (!code && /RequestPayloadSizeLimitExceeded/.test(String((err as Error)?.message)))
  );
}

/** What Excel raises on writing to a protected sheet ("You cannot perform the requested operation."). */
export function isAccessDenied(err: unknown): boolean {
  return errorCode(err) === "AccessDenied";
}
