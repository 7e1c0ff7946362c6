import { LocalizedError } from "../core";
import { t, type Locale, type Params, type StringKey } from "./i18n";

/** What the error bar shows: the thrown message, its English twin when the thrower gave one, and where. */
export interface PaneError {
  message: string;
  messageEn?: string;
  sheet?: string;
  address?: string;
}

/** An error raised by the pane itself: the one localized error type, its code the pane string's key. */
export function localizedError(key: StringKey, params?: Params): LocalizedError {
  return new LocalizedError(key, t("zh-CN", key, params), t("en-US", key, params));
}

function stringProp(err: unknown, name: string): string | undefined {
  if (err === null || typeof err !== "object") return undefined;
  const v = (err as Record<string, unknown>)[name];
  return typeof v === "string" && v !== "" ? v : undefined;
}

/** Anything thrown (Error, BridgeError, an Office error, a string) as plain data the state can hold. */
export function toPaneError(err: unknown): PaneError {
  const message =
    err instanceof Error || stringProp(err, "message") ? (stringProp(err, "message") ?? "") : String(err ?? "");
  return {
    message,
    messageEn: stringProp(err, "messageEn"),
    sheet: stringProp(err, "sheet"),
    address: stringProp(err, "address"),
  };
}

export function formatPaneError(err: PaneError, locale: Locale): string {
  const base = (locale === "en-US" && err.messageEn) || err.message || t(locale, "error.unknown");
  // Errors from the adapter usually name the cell already ("单元格 '运维'!G6 …"); say it only where they don't.
  if (!err.sheet || !err.address || (base.includes(err.sheet) && base.includes(err.address))) return base;
  return base + t(locale, "error.location", { sheet: err.sheet, address: err.address });
}
