import Decimal from "decimal.js";
import type { MoneyUnit } from "../model/types";
import type { StandardPack } from "./types";
import { formatMoney, formatPercent } from "../money";

/**
 * Messages as data: a pack's `messages` section holds, per message id, a zh-CN and an en-US template with
 * `{name}` placeholders. A rule hands over the id and typed arguments; money is shown in the sheet's unit, ratios
 * as percentages, so the template never carries a number of its own.
 */
export type MessageArg =
  | { money: Decimal }
  | { ratio: Decimal }
  | { number: Decimal | number }
  | { text: string }
  | { zh: string; en: string };

export type MessageArgs = Record<string, MessageArg | undefined>;

export interface RenderedMessage {
  zh: string;
  en: string;
}

function show(arg: MessageArg, lang: "zh" | "en", unit: MoneyUnit): string {
  if ("money" in arg) return formatMoney(arg.money, unit);
  if ("ratio" in arg) return formatPercent(arg.ratio);
  if ("number" in arg) return new Decimal(arg.number).toDecimalPlaces(2).toFixed();
  if ("text" in arg) return arg.text;
  return lang === "zh" ? arg.zh : arg.en;
}

/** `{name}` → the argument; an unknown name stays as written, so a template typo shows instead of vanishing. */
export function renderTemplate(template: string, args: MessageArgs, lang: "zh" | "en", unit: MoneyUnit): string {
  return template.replace(/\{([A-Za-z][A-Za-z0-9_]*)\}/g, (whole, name: string) => {
    const arg = args[name];
    return arg === undefined ? whole : show(arg, lang, unit);
  });
}

/** The pack's message `id` in both languages. A missing id is refused when the pack is loaded; here it shows the id. */
export function renderMessage(pack: StandardPack, id: string, args: MessageArgs, unit: MoneyUnit): RenderedMessage {
  const m = pack.messages?.[id];
  if (!m) return { zh: id, en: id };
  return { zh: renderTemplate(m["zh-CN"], args, "zh", unit), en: renderTemplate(m["en-US"], args, "en", unit) };
}
