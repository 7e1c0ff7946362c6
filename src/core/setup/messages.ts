import { renderTemplate, type MessageArgs } from "../standards/messages";
import type { Bilingual } from "./fields";
import { LocalizedError } from "../errors";

/**
 * The audit-setup layer's messages (choosing the pack, reading profile values, the no-table outcome): one catalogue,
 * Chinese first, English complete. The core hands out `{messageId, params}`; each host renders it in its language.
 * A field is a `{zh, en}` parameter named by the host's FieldNaming.
 */
const SETUP_MESSAGES = {
  "setup.pack.title": { "zh-CN": "标题含“{place}”", "en-US": "the title names {place}" },
  "setup.pack.unit": { "zh-CN": "编制单位含“{place}”", "en-US": "the preparing unit names {place}" },
  "setup.pack.sheet-name": { "zh-CN": "工作表名含“{place}”", "en-US": "a sheet name names {place}" },
  "setup.pack.fallback": {
    "zh-CN": "标题、编制单位和工作表名均未提及已知区县，默认使用 {id}",
    "en-US": "no known district is named in the title, preparing unit or sheet names: {id} by default",
  },
  "setup.pack.chosen": { "zh-CN": "按 {field} {id} 指定", "en-US": "given with {field} {id}" },
  "setup.pack.file": { "zh-CN": "按 {field} 指定的文件 {file}", "en-US": "given with {field} {file}" },

  "setup.value.money": {
    "zh-CN":
      "{field}的值“{value}”无效：应为以元计的金额，如 1200000 或 1,200,000.50（整数部分至多 15 位，小数至多 6 位）",
    "en-US":
      '{field}: "{value}" is not valid; expected an amount in yuan such as 1200000 or 1,200,000.50 (at most 15 digits, 6 decimals)',
  },
  "setup.value.count": {
    "zh-CN": "{field}的值“{value}”无效：应为 0 到 999999 的整数",
    "en-US": '{field}: "{value}" is not valid; expected a whole number from 0 to 999999',
  },
  "setup.value.date": {
    "zh-CN": "{field}的值“{value}”无效：应为确实存在的日期 YYYY-MM-DD，如 2024-06-30",
    "en-US": '{field}: "{value}" is not valid; expected a real calendar date YYYY-MM-DD such as 2024-06-30',
  },
  "setup.value.choice": {
    "zh-CN": "{field}的值“{value}”无效，可选：{choices}",
    "en-US": '{field}: "{value}" is not valid; one of: {choices}',
  },
  "setup.value.boolean": {
    "zh-CN": "{field}的值“{value}”无效：应为是（true）或否（false）",
    "en-US": '{field}: "{value}" is not valid; expected yes (true) or no (false)',
  },
  "setup.value.text": {
    "zh-CN": "{field}过长：至多 {max} 个字符",
    "en-US": "{field} is too long: at most {max} characters",
  },

  "setup.no-table.file": {
    "zh-CN": "{file} 中没有找到预算表：需要一行表头，含“名称/费用名称”和“金额/合价”（或“数量”“单价”）等列",
    "en-US":
      "{file} has no budget table: a header row with a name column (名称/费用名称) and an amount column (金额/合价, or 数量 and 单价) is needed",
  },
  "setup.no-table.workbook": {
    "zh-CN": "工作簿中没有找到预算表：需要一行表头，含“名称/费用名称”和“金额/合价”（或“数量”“单价”）等列",
    "en-US":
      "No budget table found in the workbook: a header row with a name column (名称/费用名称) and an amount column (金额/合价, or 数量 and 单价) is needed",
  },
  "setup.no-table.hidden": {
    "zh-CN": "；隐藏的工作表（{sheets}）未检查，如需检查请用 {field}",
    "en-US": "; hidden sheets ({sheets}) were not read — use {field} to audit them",
  },
} as const satisfies Record<string, Record<"zh-CN" | "en-US", string>>;

export type SetupMessageId = keyof typeof SETUP_MESSAGES;

/** A message of the setup layer as data: rendered by the host, in its language. Parts follow one another. */
export interface SetupMessage {
  messageId: SetupMessageId;
  params: MessageArgs;
  /** Further messages that continue this one (the hidden sheets after "no budget table"). */
  more?: SetupMessage[];
}

export type SetupLang = "zh-CN" | "en-US";

export function renderSetupMessage(m: SetupMessage, lang: SetupLang): string {
  const text = renderTemplate(SETUP_MESSAGES[m.messageId][lang], m.params, lang === "zh-CN" ? "zh" : "en", "元");
  return text + (m.more ?? []).map((x) => renderSetupMessage(x, lang)).join("");
}

/** Both languages at once (for reports that carry both, such as the CLI's JSON `reason` / `reasonEn`). */
export function renderBoth(m: SetupMessage): Bilingual {
  return { zh: renderSetupMessage(m, "zh-CN"), en: renderSetupMessage(m, "en-US") };
}

/**
 * A setup message that stops the work (an invalid value, no budget table): the one localized error type, with the
 * message as data for hosts that render it.
 */
export class SetupError extends LocalizedError {
  constructor(
    readonly setup: SetupMessage,
    code: string = setup.messageId,
  ) {
    super(code, renderSetupMessage(setup, "zh-CN"), renderSetupMessage(setup, "en-US"));
  }
}
