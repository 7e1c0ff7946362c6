import * as os from "os";
import { parseArgs as parseArgv } from "node:util";
import Decimal from "decimal.js";
import {
  flagNaming,
  parseProfileInput,
  PROFILE_VALUES,
  PROJECT_FIELDS,
  renderSetupMessage,
  type ProfileValueSpec,
  type ProjectKind,
  type RawValue,
  type SystemType,
  type Tier,
  LocalizedError,
} from "../core";
import { DEFAULT_LIMITS, ReadLimits } from "./open-package";
import { DEFAULT_BUDGET, type FileBudget } from "./budget";

export interface CheckOptions {
  files: string[];
  standard: string;
  format: "text" | "json";
  annotate: string | null;
  /** --summary OUT.xlsx: one summary workbook for every file checked. */
  summary?: string | null;
  /** --overrides FILE.json: the reviewer's corrections (categories, device classes, column roles). */
  overrides?: string | null;
  /** --include-hidden: audit hidden sheets too (by default they are skipped and named). */
  includeHidden?: boolean;
  /** --explain: how every row was read, in the report and (with --annotate) a 读取明细 sheet. */
  explain?: boolean;
  /** --verbose: the text report names each finding's rule id. */
  verbose?: boolean;
  /** --color / --no-color; undefined: colour on a terminal unless NO_COLOR is set. */
  color?: boolean;
  lang: "zh-CN" | "en-US";
  kind?: ProjectKind;
  system?: SystemType;
  tier?: Tier;
  lastYearOm?: Decimal;
  /** Worker threads checking files at once; 1 checks them in this process. */
  jobs: number;
  limits: ReadLimits;
  /** What one file may cost: its worker is stopped beyond either (--max-seconds, --max-memory-mb). */
  budget: FileBudget;
  /**
   * Profile values of district-packs.md §0.4 given as flags (--approved-total, --funding-type …), by their
   * ProfileOverrides key; plain data (money as decimal strings in 元), since it crosses to worker processes.
   */
  profileValues: Record<string, string | number | boolean>;
}

export type Command = { command: "help" } | { command: "version" } | ({ command: "check" } & CheckOptions);

export class UsageError extends LocalizedError {
  constructor(
    zh: string,
    en: string,
    /** What the caller had asked for so far, so that a usage error can still be reported as JSON. */
    readonly format: "text" | "json" = "text",
    readonly lang: "zh-CN" | "en-US" = "zh-CN",
  ) {
    super("usage", zh, en);
  }
}

const MB = 1024 * 1024;

/** The profile-value flags (all but --last-year-om, which has its own line above). */
const PROFILE_SPECS = (Object.values(PROFILE_VALUES) as ProfileValueSpec[]).filter((s) => s.key !== "lastYearOm");

function profileHelpLine(s: ProfileValueSpec, en: boolean): string {
  const arg =
    s.type === "boolean"
      ? ""
      : s.type === "choice"
        ? ` ${s.choices!.join("|")}`
        : s.type === "money"
          ? en
            ? " AMOUNT"
            : " 金额"
          : s.type === "count"
            ? en
              ? " N"
              : " 整数"
            : s.type === "date"
              ? " YYYY-MM-DD"
              : en
                ? " NAME"
                : " 名称";
  const left = `  ${s.flag}${arg}`;
  const what = en ? s.en : s.zh;
  const note =
    s.type === "boolean"
      ? en
        ? `${what} (--no-${s.flag.slice(2)} for no)`
        : `${what}（--no-${s.flag.slice(2)} 表示否）`
      : what;
  return `${left.padEnd(24)} ${note}`;
}

export const profileHelp = (en: boolean): string => PROFILE_SPECS.map((s) => profileHelpLine(s, en)).join("\n");

export const USAGE = `用法：budget-ruler check 文件.xlsx... [选项]

按区级电子政务项目配置标准检查预算工作簿。也可给出文件夹：检查其中（含子文件夹）全部 .xlsx/.xlsm，按路径排序，
跳过标注副本和 ~$ 临时文件；模式（"送审/*.xlsx"、"**/*.xlsm"）由本工具展开，在 cmd.exe 和 PowerShell 中同样可用。

选项：
  --standard auto|ID|路径 使用的标准包：auto（默认）按标题、编制单位和工作表名中的区县名
                         （杨浦/青浦/罗湖/拱墅/青阳，繁体亦可）逐个文件选择，未提及时用 yangpu-2023；
                         或标准包 ID（yangpu-2023 | qingpu-2024 | luohu-2024 | gongshu-draft | qingyang-2024）；
                         或自备标准包文件的路径（./my-pack.json，id 须与文件名一致）；无效时报 invalid-standard
  --format text|json     输出格式（默认 text，中文报告）；json 时标准输出总是恰好一个 JSON 文档
  --annotate 目录        为每个工作簿在该目录写一份标注副本（<文件名>.审核.xlsx；同名的输入按命令行
                         顺序依次为 <文件名>.审核-2.xlsx、-3…）。从不改动输入文件、不跟随链接、不覆盖
                         任何不是本工具写出的文件；作为输入给出的标注副本会被跳过。副本附“审核意见表”
                         （逐行送审/审定/审减）和“审核结果”（问题清单）
  --summary 汇总.xlsx    为所有文件写一份汇总工作簿：每个文件一行（送审、审定、审减（万元）、审减率、错误、
                         警告、审核途径、无法读取的原因），另附全部问题明细；不会覆盖任何输入文件
  --overrides 文件.json  审核人员的更正：某行的费用类别、某设备的 A/B/C 类、某列的用途（格式见 README）
  --include-hidden       也检查隐藏的工作表（默认跳过，并逐一说明）
  --explain              逐行说明读作什么及依据（明细、小计、合计、续行、表外…）、分类、金额和合计是否相符；
                         与 --annotate 同用时，标注副本另加“读取明细”表
  --kind 类型            项目类型：construction 新建 | upgrade 升级改造 | om 运维 | service 服务
  --system 系统          系统类型：oa | video-conference | website | server-room | info-release | hotline | other
  --tier 规模            申报规模：small 小型 | medium 中型 | large 大型
  --last-year-om 金额    上年运维经费（元），用于运维经费变化幅度判断
  --verbose              文本报告中同时列出每项问题的规则编号（JSON 报告总是列出）
  --no-color             不使用颜色（默认仅在终端上按严重程度着色；设置了 NO_COLOR 环境变量时也不着色）
  --lang zh-CN|en-US     报告语言（默认中文；环境变量 LC_ALL/LC_MESSAGES/LANG 为英文时用英文）
  -j, --jobs N           同时检查的文件数（每个文件在一个工作进程中检查，默认且最多为 CPU 核数；
                         1 表示逐个检查）；报告中文件的顺序总是命令行中的顺序
  -h, --help             显示本帮助
  -v, --version          显示版本

读取限制（超出时报 too-large，可按需调大）：
  --max-unpacked-mb N    一个工作簿解压后的总大小上限（默认 ${DEFAULT_LIMITS.maxUnpackedBytes / MB} MB；也限制文件本身大小）
  --max-entry-mb N       工作簿中单个部件解压后的大小上限（默认 ${DEFAULT_LIMITS.maxEntryBytes / MB} MB）
  --max-rows N           每个工作表的最大行号（默认 ${DEFAULT_LIMITS.maxRows}）
  --max-cells N          每个工作表有内容区域的单元格数（行 × 列）上限（默认 ${DEFAULT_LIMITS.maxCells}）
  --max-seconds N        检查一个文件的时间上限（默认 ${DEFAULT_BUDGET.seconds} 秒；超出报 too-slow，其他文件照常检查）
  --max-memory-mb N      检查一个文件的内存上限（默认 ${DEFAULT_BUDGET.memoryMb} MB；超出报 too-large）

项目属性（工作簿中没有，由用户给出；只有用到它的标准包才使用，见各标准包的 profileValues；
未给出时相应规则不触发，提醒类规则会指出缺少哪一项；金额以元计）：
${profileHelp(false)}

退出码：0 无错误级问题；1 至少一个错误级问题（草案标准包 gongshu-draft 从不返回 1）；2 用法错误、标准包无效、
有文件无法读取或标注副本无法写出。`;

const CHOICES = {
  format: ["text", "json"],
  lang: ["zh-CN", "en-US"],
} as const;

const OPTIONS = {
  standard: { type: "string" },
  format: { type: "string" },
  annotate: { type: "string" },
  summary: { type: "string" },
  overrides: { type: "string" },
  "include-hidden": { type: "boolean" },
  explain: { type: "boolean" },
  verbose: { type: "boolean" },
  color: { type: "boolean" },
  lang: { type: "string" },
  jobs: { type: "string", short: "j" },
  "max-unpacked-mb": { type: "string" },
  "max-entry-mb": { type: "string" },
  "max-rows": { type: "string" },
  "max-cells": { type: "string" },
  "max-seconds": { type: "string" },
  "max-memory-mb": { type: "string" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const;

/** parseArgs options for the profile-value flags: booleans take --x / --no-x, the rest a value. */
const PROFILE_OPTIONS = Object.fromEntries(
  [...Object.values(PROJECT_FIELDS), ...Object.values(PROFILE_VALUES)].map((s) => [
    s.flag.slice(2),
    { type: s.type === "boolean" ? "boolean" : "string" } as const,
  ]),
) as Record<string, { type: "boolean" | "string" }>;

/** The number of cores node may use (availableParallelism, Node ≥ 18.14). */
export function defaultJobs(): number {
  return typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length || 1;
}

/** --format and --lang as far as they can be made out of a command line that may not parse. */
function peek(argv: readonly string[]): { format: "text" | "json"; lang: "zh-CN" | "en-US" } {
  const get = (name: string) => {
    let value: string | undefined;
    argv.forEach((a, i) => {
      if (a === `--${name}`) value = argv[i + 1];
      else if (a.startsWith(`--${name}=`)) value = a.slice(name.length + 3);
    });
    return value;
  };
  return { format: get("format") === "json" ? "json" : "text", lang: get("lang") === "en-US" ? "en-US" : "zh-CN" };
}

export function parseArgs(argv: readonly string[]): Command {
  const seen = peek(argv);
  const usage = (zh: string, en: string) => new UsageError(zh, en, seen.format, seen.lang);
  if (!argv.length || argv[0] === "-h" || argv[0] === "--help" || argv[0] === "help") return { command: "help" };
  if (argv[0] === "-v" || argv[0] === "--version") return { command: "version" };
  if (argv[0] !== "check")
    throw usage(`未知命令“${argv[0]}”，目前只支持 check`, `Unknown command "${argv[0]}": only check is supported`);
  let parsed;
  try {
    parsed = parseArgv({
      args: argv.slice(1),
      options: { ...OPTIONS, ...PROFILE_OPTIONS },
      allowPositionals: true,
      allowNegative: true,
      strict: true,
    });
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    const flag = /'(-[^' ]+)/.exec(e.message)?.[1] ?? "";
    if (e.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") throw usage(`未知选项 ${flag}`, `Unknown option ${flag}`);
    if (e.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE")
      throw usage(`${flag.split("=")[0]} 需要一个取值`, `${flag.split("=")[0]} needs a value`);
    throw usage(`命令行参数无效：${e.message}`, `Invalid arguments: ${e.message}`);
  }
  const v = parsed.values as Record<string, string | boolean | undefined>;
  if (v.help) return { command: "help" };
  if (v.version) return { command: "version" };
  const choice = <K extends keyof typeof CHOICES>(key: K, value: string): (typeof CHOICES)[K][number] => {
    if (!(CHOICES[key] as readonly string[]).includes(value))
      throw usage(
        `--${key} 的取值“${value}”无效，可选：${CHOICES[key].join(" | ")}`,
        `Invalid value "${value}" for --${key}; choose one of ${CHOICES[key].join(" | ")}`,
      );
    return value as (typeof CHOICES)[K][number];
  };
  const nonEmpty = (name: keyof typeof OPTIONS): string | undefined => {
    const value = v[name];
    if (value === "") throw usage(`--${name} 需要一个取值`, `--${name} needs a value`);
    return typeof value === "string" ? value : undefined;
  };
  const positive = (name: keyof typeof OPTIONS, integer: boolean): number | undefined => {
    const text = nonEmpty(name);
    if (text === undefined) return undefined;
    const ok = integer ? /^\d+$/.test(text) : /^\d+(\.\d+)?$/.test(text);
    const n = Number(text);
    if (!ok || !(n > 0) || !Number.isFinite(n))
      throw usage(
        `--${name} 应为${integer ? "正整数" : "正数"}，而不是“${text}”`,
        `--${name} must be a positive ${integer ? "whole number" : "number"}, not "${text}"`,
      );
    return n;
  };
  const opts: CheckOptions = {
    files: parsed.positionals,
    standard: nonEmpty("standard") ?? "auto",
    format: "text",
    annotate: nonEmpty("annotate") ?? null,
    summary: nonEmpty("summary") ?? null,
    overrides: nonEmpty("overrides") ?? null,
    includeHidden: v["include-hidden"] === true,
    explain: v.explain === true,
    verbose: v.verbose === true,
    ...(typeof v.color === "boolean" ? { color: v.color } : {}),
    lang: "zh-CN",
    jobs: defaultJobs(),
    limits: { ...DEFAULT_LIMITS },
    budget: { ...DEFAULT_BUDGET },
    profileValues: {},
  };
  // The project's kind, system and size and every profile value: read by the core's one parser, named by flag.
  const given: Record<string, RawValue> = {};
  for (const [name, spec] of Object.entries({ ...PROJECT_FIELDS, ...PROFILE_VALUES })) {
    const value = v[spec.flag.slice(2)];
    if (value === "") throw usage(`${spec.flag} 需要一个取值`, `${spec.flag} needs a value`);
    if (value !== undefined) given[name] = value;
  }
  const input = parseProfileInput(given, flagNaming);
  if (input.errors.length)
    throw usage(renderSetupMessage(input.errors[0], "zh-CN"), renderSetupMessage(input.errors[0], "en-US"));
  const { kind, system, tier, last_year_om: lastYearOm, ...packValues } = input.values;
  if (kind !== undefined) opts.kind = kind as ProjectKind;
  if (system !== undefined) opts.system = system as SystemType;
  if (tier !== undefined) opts.tier = tier as Tier;
  if (lastYearOm !== undefined) opts.lastYearOm = new Decimal(lastYearOm as string);
  for (const [name, value] of Object.entries(packValues))
    opts.profileValues[PROFILE_VALUES[name as keyof typeof PROFILE_VALUES].key] = value;
  const format = nonEmpty("format");
  if (format !== undefined) opts.format = choice("format", format);
  const lang = nonEmpty("lang");
  if (lang !== undefined) opts.lang = choice("lang", lang);
  opts.jobs = positive("jobs", true) ?? opts.jobs;
  const unpacked = positive("max-unpacked-mb", false);
  if (unpacked !== undefined) opts.limits.maxUnpackedBytes = Math.round(unpacked * MB);
  const entry = positive("max-entry-mb", false);
  if (entry !== undefined) opts.limits.maxEntryBytes = Math.round(entry * MB);
  opts.limits.maxRows = positive("max-rows", true) ?? opts.limits.maxRows;
  opts.limits.maxCells = positive("max-cells", true) ?? opts.limits.maxCells;
  opts.budget.seconds = positive("max-seconds", false) ?? opts.budget.seconds;
  const memory = positive("max-memory-mb", true);
  if (memory !== undefined) {
    if (memory < 64)
      throw usage(
        `--max-memory-mb 至少为 64（给出的是 ${memory}）`,
        `--max-memory-mb must be at least 64 (got ${memory})`,
      );
    opts.budget.memoryMb = memory;
  }
  if (!opts.files.length)
    throw usage(
      "请至少给出一个 .xlsx 文件、文件夹或文件名模式",
      "Give at least one .xlsx file, folder or file name pattern",
    );
  return { command: "check", ...opts };
}
