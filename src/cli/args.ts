import Decimal from "decimal.js";
import type { ProfileOverrides, ProjectKind, SystemType, Tier } from "../core/model/types";
import { PROFILE_VALUES, type ProfileValueSpec } from "../core/profile/profile-values";

export interface CheckOptions {
  files: string[];
  standard: string;
  format: "text" | "json";
  annotate: string | null;
  lang: "zh-CN" | "en-US";
  kind?: ProjectKind;
  system?: SystemType;
  tier?: Tier;
  lastYearOm?: Decimal;
  /** Profile values of district-packs.md §0.4 given as flags (--approved-total, --funding-type …). */
  profileValues: ProfileOverrides;
}

export type Command = { command: "help" } | { command: "version" } | ({ command: "check" } & CheckOptions);

export class UsageError extends Error {}

function profileHelpLine(s: ProfileValueSpec): string {
  const arg = s.type === "boolean" ? "" : s.type === "choice" ? ` ${s.choices!.join("|")}` : s.type === "money" ? " 金额" : s.type === "count" ? " 整数" : s.type === "date" ? " YYYY-MM-DD" : " 名称";
  const left = `  ${s.flag}${arg}`;
  const note = s.type === "boolean" ? `${s.zh}（--no-${s.flag.slice(2)} 表示否）` : s.zh;
  return `${left.padEnd(24)} ${note}`;
}

const PROFILE_HELP = (Object.values(PROFILE_VALUES) as ProfileValueSpec[])
  .filter((s) => s.key !== "lastYearOm")
  .map(profileHelpLine)
  .join("\n");

export const USAGE = `用法：budget-ruler check 文件.xlsx... [选项]

按区级电子政务项目配置标准检查预算工作簿。

选项：
  --standard auto|ID|路径 使用的标准包：auto（默认）按标题、编制单位和工作表名中的区县名
                         （杨浦/青浦/罗湖/拱墅/青阳）逐个文件选择，未提及时用 yangpu-2023；
                         或标准包 ID（yangpu-2023 | qingpu-2024 | luohu-2024 | gongshu-draft | qingyang-2024）；
                         或自备标准包文件的路径（./my-pack.json，id 须与文件名一致）
  --format text|json     输出格式（默认 text，中文报告）
  --annotate 目录        为每个工作簿在该目录写一份标注副本（<文件名>.审核.xlsx），不改动原文件
  --kind 类型            项目类型：construction 新建 | upgrade 升级改造 | om 运维 | service 服务
  --system 系统          系统类型：oa | video-conference | website | server-room | info-release | hotline | other
  --tier 规模            申报规模：small 小型 | medium 中型 | large 大型
  --last-year-om 金额    上年运维经费（元），用于运维经费变化幅度判断
  --lang zh-CN|en-US     报告语言（默认 zh-CN）
  -h, --help             显示本帮助
  -v, --version          显示版本

项目属性（工作簿中没有，由用户给出；只有用到它的标准包才使用，见各标准包的 profileValues；
未给出时相应规则不触发，提醒类规则会指出缺少哪一项；金额以元计）：
${PROFILE_HELP}

退出码：0 无错误级问题；1 至少一个错误级问题（草案标准包 gongshu-draft 从不返回 1）；2 用法错误或有文件无法读取。`;

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

const FLAGS = ["--standard", "--format", "--annotate", "--lang", "--kind", "--system", "--tier", "--last-year-om"];

const SPECS = Object.values(PROFILE_VALUES) as ProfileValueSpec[];
/** Profile flags besides --last-year-om (which keeps its own handling above). */
const PROFILE_FLAGS = new Map(SPECS.filter((s) => s.key !== "lastYearOm").map((s) => [s.flag, s]));
const BOOLEAN_WORDS: Record<string, boolean> = { true: true, yes: true, "1": true, false: false, no: false, "0": false };

/** Parses one profile flag's value into `out`; booleans take no value (`--classified`) or `=false`. */
function profileFlag(spec: ProfileValueSpec, value: string, out: ProfileOverrides): void {
  const set = (v: unknown): void => {
    (out as Record<string, unknown>)[spec.key] = v;
  };
  switch (spec.type) {
    case "money": {
      const text = value.replace(/,/g, "");
      if (!/^\d+(\.\d+)?$/.test(text)) throw new UsageError(`${spec.flag} 应为金额（元），例如 1200000，而不是“${value}”`);
      return set(new Decimal(text));
    }
    case "count":
      if (!/^\d{1,6}$/.test(value)) throw new UsageError(`${spec.flag} 应为整数，而不是“${value}”`);
      return set(Number(value));
    case "boolean": {
      const b = BOOLEAN_WORDS[value.toLowerCase()];
      if (b === undefined) throw new UsageError(`${spec.flag} 的取值“${value}”无效，可选：true | false`);
      return set(b);
    }
    case "choice":
      if (!spec.choices!.includes(value)) throw new UsageError(`${spec.flag} 的取值“${value}”无效，可选：${spec.choices!.join(" | ")}`);
      return set(value);
    case "date":
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new UsageError(`${spec.flag} 应为日期 YYYY-MM-DD，而不是“${value}”`);
      return set(value);
    default:
      return set(value);
  }
}

export function parseArgs(argv: readonly string[]): Command {
  if (!argv.length || argv[0] === "-h" || argv[0] === "--help" || argv[0] === "help") return { command: "help" };
  if (argv[0] === "-v" || argv[0] === "--version") return { command: "version" };
  if (argv[0] !== "check") throw new UsageError(`未知命令“${argv[0]}”，目前只支持 check`);
  const opts: CheckOptions = { files: [], standard: "auto", format: "text", annotate: null, lang: "zh-CN", profileValues: {} };
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "-h" || arg === "--help") return { command: "help" };
    if (!arg.startsWith("--")) {
      opts.files.push(arg);
      continue;
    }
    const [flag, inline] = arg.split(/=(.*)/s, 2);
    const negated = flag.startsWith("--no-") ? PROFILE_FLAGS.get(`--${flag.slice(5)}`) : undefined;
    if (negated?.type === "boolean" && inline === undefined) {
      (opts.profileValues as Record<string, unknown>)[negated.key] = false;
      continue;
    }
    const spec = PROFILE_FLAGS.get(flag);
    if (spec) {
      const v = spec.type === "boolean" && inline === undefined ? "true" : (inline ?? argv[++i]);
      if (v === undefined || v === "") throw new UsageError(`${flag} 需要一个取值`);
      profileFlag(spec, v, opts.profileValues);
      continue;
    }
    if (!FLAGS.includes(flag)) throw new UsageError(`未知选项 ${flag}`);
    const value = inline ?? argv[++i];
    if (value === undefined || value === "") throw new UsageError(`${flag} 需要一个取值`);
    switch (flag) {
      case "--standard": opts.standard = value; break;
      case "--format": opts.format = choice("format", value); break;
      case "--annotate": opts.annotate = value; break;
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
