import Decimal from "decimal.js";
import type { MoneyUnit } from "../model/types";
import type { StandardPack } from "./types";
import type { Finding } from "../model/finding";
import { formatMoneyIn, formatPercent } from "../money";

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
  if ("money" in arg) return formatMoneyIn(arg.money, unit, lang);
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

/** A message argument as plain data (numbers as decimal strings): what a finding carries to be rendered at the edge. */
export type MessageParam =
  { money: string } | { ratio: string } | { number: string } | { text: string } | { zh: string; en: string };
export type MessageParams = Record<string, MessageParam>;

function paramOf(arg: MessageArg): MessageParam {
  if ("money" in arg) return { money: arg.money.toFixed() };
  if ("ratio" in arg) return { ratio: arg.ratio.toFixed() };
  if ("number" in arg) return { number: new Decimal(arg.number).toFixed() };
  if ("text" in arg) return { text: arg.text };
  return { zh: arg.zh, en: arg.en };
}

function argOf(param: MessageParam): MessageArg {
  if ("money" in param) return { money: new Decimal(param.money) };
  if ("ratio" in param) return { ratio: new Decimal(param.ratio) };
  if ("number" in param) return { number: new Decimal(param.number) };
  if ("text" in param) return { text: param.text };
  return { zh: param.zh, en: param.en };
}

/** The arguments the pack's message `id` uses (in either language), as plain data. */
const usedByPack = new WeakMap<StandardPack, Map<string, string[]>>();

/** The placeholders the pack's message `id` uses in either language, worked out once per pack and id. */
function usedPlaceholders(pack: StandardPack, id: string): string[] {
  let byId = usedByPack.get(pack);
  if (!byId) usedByPack.set(pack, (byId = new Map()));
  let used = byId.get(id);
  if (!used) {
    const m = pack.messages?.[id];
    used = m ? [...new Set([...placeholders(m["zh-CN"]), ...placeholders(m["en-US"])])] : [];
    byId.set(id, used);
  }
  return used;
}

export function messageParams(pack: StandardPack, id: string, args: MessageArgs): MessageParams {
  const used = usedPlaceholders(pack, id);
  const out: MessageParams = {};
  for (const name of used) {
    const arg = args[name];
    if (arg !== undefined) out[name] = paramOf(arg);
  }
  return out;
}

/**
 * A message rendered at the edge: the pack's template `id` in the chosen language with the params a finding or a
 * verdict line carries, money in `unit`. What the rule rendered when it ran is the same text (a test holds them equal).
 */
export function renderParams(
  pack: StandardPack,
  id: string,
  params: MessageParams,
  unit: MoneyUnit,
  lang: "zh-CN" | "en-US",
): string {
  const args: MessageArgs = {};
  for (const [name, p] of Object.entries(params)) args[name] = argOf(p);
  const r = renderMessage(pack, id, args, unit);
  return lang === "zh-CN" ? r.zh : r.en;
}

/** A message to render at the edge: the pack's message id and its arguments as plain data. */
export interface MessageRef {
  id: string;
  params: MessageParams;
}

/** The pack's message `id` with `args`, as data a host renders later (renderRef). */
export function messageRef(pack: StandardPack, id: string, args: MessageArgs): MessageRef {
  return { id, params: messageParams(pack, id, args) };
}

/** A message reference rendered in `lang` with the pack it was made with, money in `unit`. */
export function renderRef(pack: StandardPack, ref: MessageRef, unit: MoneyUnit, lang: "zh-CN" | "en-US"): string {
  return renderParams(pack, ref.id, ref.params, unit, lang);
}

/** Every `{name}` a template uses. */
function placeholders(template: string): string[] {
  return [...template.matchAll(/\{([A-Za-z][A-Za-z0-9_]*)\}/g)].map((m) => m[1]);
}

/**
 * A finding's text in `lang`, rendered here at the edge from its message id and params with the pack it was
 * checked with; a finding without them (made by hand, from an older host) keeps the text it carries.
 */
export function findingText(
  f: Pick<Finding, "messageId" | "params" | "message" | "messageEn">,
  pack: StandardPack,
  unit: MoneyUnit,
  lang: "zh-CN" | "en-US",
): string {
  if (f.messageId && f.params && pack.messages?.[f.messageId])
    return renderParams(pack, f.messageId, f.params, unit, lang);
  return lang === "zh-CN" ? f.message : f.messageEn;
}
