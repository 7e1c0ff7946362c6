import type { ProfileSource, ProjectKind, SystemType, Tier } from "../core/model/types";
import type { Severity } from "../core/model/finding";

export type Locale = "zh-CN" | "en-US";
export const LOCALES: readonly Locale[] = ["zh-CN", "en-US"];

// Chinese is the source language of the pane (budget units draft in Chinese); English mirrors it key for key.
const zhCN = {
  "app.title": "预算标尺",
  "app.subtitle": "按区级电子政务项目配置标准审核预算表",
  "locale.switch": "English",
  "locale.switchLabel": "切换到英文界面",

  "standard.label": "配置标准",

  "profile.heading": "项目概况",
  "profile.kind": "项目类型",
  "profile.system": "系统类型",
  "profile.tier": "项目规模",
  "profile.auto": "自动（推断）",
  "profile.inferred": "检查结果：{value}（来源：{source}）",
  "profile.lastYearOm": "上年运维费（元，可选）",
  "profile.lastYearOmPlaceholder": "例如 230000",
  "profile.lastYearOmInvalid": "请输入以元为单位的金额，例如 230000 或 230000.50",

  "kind.construction": "新建",
  "kind.upgrade": "升级改造",
  "kind.om": "运维",
  "kind.service": "服务",
  "system.oa": "办公自动化(OA)",
  "system.video-conference": "视频会议",
  "system.website": "网站",
  "system.server-room": "机房",
  "system.info-release": "信息发布",
  "system.hotline": "热线",
  "system.other": "其他",
  "tier.small": "小型",
  "tier.medium": "中型",
  "tier.large": "大型",
  "tier.none": "未定",
  "source.override": "用户指定",
  "source.title": "标题",
  "source.sheet-name": "工作表名",
  "source.lines": "明细",
  "source.default": "默认",

  "action.check": "检查",
  "action.clear": "清除标记",
  "action.recalc": "重算运维费",
  "action.revert": "撤销重算",
  "action.resultsSheet": "写入审核结果表",
  "action.dismiss": "关闭",

  "progress.reading": "正在读取 {sheet}（{i}/{n}）",
  "progress.working": "正在处理…",

  "summary.heading": "检查结果",
  "summary.counts": "问题数",
  "severity.error": "错误",
  "severity.warning": "警告",
  "severity.info": "提示",
  "summary.construction": "项目建设费",
  "summary.grand": "合计",
  "summary.profile": "项目概况",
  "summary.profileValue": "{kind} · {system} · {tier}",
  "summary.noFindings": "未发现超标项",
  "summary.stale": "设置已更改，请重新检查",
  "money.yuan": "{amount} 元",

  "findings.heading": "问题清单",
  "findings.group": "{severity}（{n}）",
  "findings.noCell": "无对应单元格",
  "findings.goTo": "定位到 {cell}",

  "status.cleared": "已清除 {n} 处标记",
  "status.clearedSkipped": "，{skipped} 处已被修改，保留",
  "status.recalculated": "已重算 {n} 处运维费",
  "status.reverted": "已恢复 {n} 个单元格",
  "status.revertSkippedOpen": "；",
  "status.revertSkippedMiddle": " 在重算后被修改过，未恢复（保留了现在的内容；重算前为 ",
  "status.revertSkippedClose": "）",
  "status.revertMore": "等 {n} 个单元格",
  "status.cell": "{cell}",
  "status.cellWas": "{cell}={before}",
  "status.listSep": "、",
  "status.resultsWritten": "已写入审核结果表（{n} 条）",
  "status.noRecalc": "运维费均符合标准费率，无需重算",

  "recalc.title": "重算运维费（{n} 处）",
  "recalc.intro": "以下单元格将按标准费率写为公式，写入后可撤销。",
  "recalc.old": "原值",
  "recalc.new": "新值",
  "recalc.empty": "（空）",
  "recalc.apply": "写入",
  "recalc.cancel": "取消",

  "error.title": "出错了",
  "error.location": "（工作表 {sheet}，单元格 {address}）",
  "error.unknown": "未知错误",
  "error.lastYearOm": "上年运维费不是有效金额：{value}",
  "error.unknownStandard": "找不到配置标准 {id}",
  "error.noTable": "没有在可见的工作表中找到预算表：需要一行表头，含“名称/费用名称”和“金额/合价”（或“数量”“单价”）等列。",
  "error.crashed": "任务窗格出现异常，已停止显示。",
  "error.retry": "重试",
};

export type StringKey = keyof typeof zhCN;

const enUS: typeof zhCN = {
  "app.title": "Budget Ruler",
  "app.subtitle": "Audits budget workbooks against the district e-government configuration standard",
  "locale.switch": "中文",
  "locale.switchLabel": "Switch to Chinese",

  "standard.label": "Standard",

  "profile.heading": "Project profile",
  "profile.kind": "Project kind",
  "profile.system": "System type",
  "profile.tier": "Project size",
  "profile.auto": "Auto (inferred)",
  "profile.inferred": "Checked as: {value} (from {source})",
  "profile.lastYearOm": "Last year's O&M amount (yuan, optional)",
  "profile.lastYearOmPlaceholder": "e.g. 230000",
  "profile.lastYearOmInvalid": "Enter an amount in yuan, e.g. 230000 or 230000.50",

  "kind.construction": "New build",
  "kind.upgrade": "Upgrade",
  "kind.om": "O&M",
  "kind.service": "Service",
  "system.oa": "Office automation (OA)",
  "system.video-conference": "Video conferencing",
  "system.website": "Website",
  "system.server-room": "Server room",
  "system.info-release": "Information display",
  "system.hotline": "Hotline",
  "system.other": "Other",
  "tier.small": "Small",
  "tier.medium": "Medium",
  "tier.large": "Large",
  "tier.none": "undetermined",
  "source.override": "your choice",
  "source.title": "the title",
  "source.sheet-name": "the sheet name",
  "source.lines": "the line items",
  "source.default": "the default",

  "action.check": "Check",
  "action.clear": "Clear flags",
  "action.recalc": "Recalculate O&M",
  "action.revert": "Undo recalculation",
  "action.resultsSheet": "Write results sheet",
  "action.dismiss": "Dismiss",

  "progress.reading": "Reading {sheet} ({i}/{n})",
  "progress.working": "Working…",

  "summary.heading": "Result",
  "summary.counts": "Findings",
  "severity.error": "Errors",
  "severity.warning": "Warnings",
  "severity.info": "Notes",
  "summary.construction": "Construction cost",
  "summary.grand": "Total",
  "summary.profile": "Profile",
  "summary.profileValue": "{kind} · {system} · {tier}",
  "summary.noFindings": "Nothing over the limits",
  "summary.stale": "Settings changed: check again",
  "money.yuan": "{amount} yuan",

  "findings.heading": "Findings",
  "findings.group": "{severity} ({n})",
  "findings.noCell": "no cell",
  "findings.goTo": "Go to {cell}",

  "status.cleared": "Cleared {n} flags",
  "status.clearedSkipped": "; {skipped} edited since, kept",
  "status.recalculated": "Recalculated {n} O&M cells",
  "status.reverted": "Restored {n} cells",
  "status.revertSkippedOpen": "; ",
  "status.revertSkippedMiddle": " changed after the recalculation and were not restored (kept as they are now; before the recalculation: ",
  "status.revertSkippedClose": ")",
  "status.revertMore": " and {n} more cells",
  "status.cell": "{cell}",
  "status.cellWas": "{cell}={before}",
  "status.listSep": ", ",
  "status.resultsWritten": "Results sheet written ({n} findings)",
  "status.noRecalc": "All O&M fees follow the standard rates; nothing to recalculate",

  "recalc.title": "Recalculate O&M ({n} cells)",
  "recalc.intro": "These cells will be written as formulas with the standard's rates. You can undo it afterwards.",
  "recalc.old": "Old",
  "recalc.new": "New",
  "recalc.empty": "(empty)",
  "recalc.apply": "Write",
  "recalc.cancel": "Cancel",

  "error.title": "Something went wrong",
  "error.location": " (sheet {sheet}, cell {address})",
  "error.unknown": "Unknown error",
  "error.lastYearOm": "Last year's O&M amount is not a valid amount: {value}",
  "error.unknownStandard": "Standard {id} not found",
  "error.noTable": "No budget table found on the visible sheets: a header row naming the items (名称/费用名称) and the amounts (金额/合价, or 数量 and 单价) is needed.",
  "error.crashed": "The task pane hit an unexpected problem and stopped.",
  "error.retry": "Retry",
};

export const STRINGS: Record<Locale, typeof zhCN> = { "zh-CN": zhCN, "en-US": enUS };

export type Params = Record<string, string | number>;

/** The string for `key` with `{name}` placeholders filled; unknown placeholders stay visible rather than vanish. */
export function t(locale: Locale, key: StringKey, params?: Params): string {
  const text = STRINGS[locale][key] ?? zhCN[key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export const kindLabel = (locale: Locale, v: ProjectKind) => t(locale, `kind.${v}`);
export const systemLabel = (locale: Locale, v: SystemType) => t(locale, `system.${v}`);
export const tierLabel = (locale: Locale, v: Tier | null) => t(locale, v ? `tier.${v}` : "tier.none");
export const sourceLabel = (locale: Locale, v: ProfileSource) => t(locale, `source.${v}`);
export const severityLabel = (locale: Locale, v: Severity) => t(locale, `severity.${v}`);
