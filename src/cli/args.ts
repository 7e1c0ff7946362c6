import Decimal from "decimal.js";
import type { ProjectKind, SystemType, Tier } from "../core/model/types";

export interface CheckOptions {
  files: string[];
  standard: string;
  format: "text" | "json";
  annotate: string | null;
  /** --summary OUT.xlsx: one summary workbook for every file checked. */
  summary?: string | null;
  lang: "zh-CN" | "en-US";
  kind?: ProjectKind;
  system?: SystemType;
  tier?: Tier;
  lastYearOm?: Decimal;
}

export type Command = { command: "help" } | { command: "version" } | ({ command: "check" } & CheckOptions);

export class UsageError extends Error {}

export const USAGE = `用法：budget-ruler check 文件.xlsx... [选项]

按区级电子政务项目配置标准检查预算工作簿。

选项：
  --standard ID          使用的标准包（默认 yangpu-2023）
  --format text|json     输出格式（默认 text，中文报告）
  --annotate 目录        为每个工作簿在该目录写一份标注副本（<文件名>.审核.xlsx）：问题单元格着色并加批注，
                         附“审核意见表”（逐行送审/审定/审减）和“审核结果”（问题清单），不改动原文件
  --summary 汇总.xlsx    为所有文件写一份汇总工作簿：每个文件一行（送审、审定、审减（万元）、审减率、错误、
                         警告、审核途径、无法读取的原因），另附全部问题明细；不会覆盖任何输入文件
  --kind 类型            项目类型：construction 新建 | upgrade 升级改造 | om 运维 | service 服务
  --system 系统          系统类型：oa | video-conference | website | server-room | info-release | hotline | other
  --tier 规模            申报规模：small 小型 | medium 中型 | large 大型
  --last-year-om 金额    上年运维经费（元），用于运维经费变化幅度判断
  --lang zh-CN|en-US     报告语言（默认中文；环境变量 LC_ALL/LC_MESSAGES/LANG 为英文时用英文）
  -h, --help             显示本帮助
  -v, --version          显示版本

退出码：0 无错误级问题；1 至少一个错误级问题；2 用法错误或有文件无法读取。`;

const CHOICES = {
  format: ["text", "json"],
  lang: ["zh-CN", "en-US"],
  kind: ["construction", "upgrade", "om", "service"],
  system: ["oa", "video-conference", "website", "server-room", "info-release", "hotline", "other"],
  tier: ["small", "medium", "large"],
} as const;

function choice<K extends keyof typeof CHOICES>(key: K, value: string): (typeof CHOICES)[K][number] {
  if (!(CHOICES[key] as readonly string[]).includes(value))
    throw new UsageError(`--${key} 的取值“${value}”无效，可选：${CHOICES[key].join(" | ")}`);
  return value as (typeof CHOICES)[K][number];
}

const FLAGS = ["--standard", "--format", "--annotate", "--summary", "--lang", "--kind", "--system", "--tier", "--last-year-om"];

export function parseArgs(argv: readonly string[]): Command {
  if (!argv.length || argv[0] === "-h" || argv[0] === "--help" || argv[0] === "help") return { command: "help" };
  if (argv[0] === "-v" || argv[0] === "--version") return { command: "version" };
  if (argv[0] !== "check") throw new UsageError(`未知命令“${argv[0]}”，目前只支持 check`);
  const opts: CheckOptions = { files: [], standard: "yangpu-2023", format: "text", annotate: null, lang: "zh-CN" };
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "-h" || arg === "--help") return { command: "help" };
    if (!arg.startsWith("--")) {
      opts.files.push(arg);
      continue;
    }
    const [flag, inline] = arg.split(/=(.*)/s, 2);
    if (!FLAGS.includes(flag)) throw new UsageError(`未知选项 ${flag}`);
    const value = inline ?? argv[++i];
    if (value === undefined || value === "") throw new UsageError(`${flag} 需要一个取值`);
    switch (flag) {
      case "--standard": opts.standard = value; break;
      case "--format": opts.format = choice("format", value); break;
      case "--annotate": opts.annotate = value; break;
      case "--summary": opts.summary = value; break;
      case "--lang": opts.lang = choice("lang", value); break;
      case "--kind": opts.kind = choice("kind", value); break;
      case "--system": opts.system = choice("system", value); break;
      case "--tier": opts.tier = choice("tier", value); break;
      case "--last-year-om": {
        const text = value.replace(/,/g, "");
        if (!/^\d+(\.\d+)?$/.test(text)) throw new UsageError(`--last-year-om 应为金额（元），例如 1200000，而不是“${value}”`);
        opts.lastYearOm = new Decimal(text);
        break;
      }
      default: throw new UsageError(`未知选项 ${flag}`);
    }
  }
  if (!opts.files.length) throw new UsageError("请至少给出一个 .xlsx 文件");
  return { command: "check", ...opts };
}
