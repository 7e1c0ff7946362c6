/** The language of the CLI's report and help: `--lang`, else an English locale in the environment, else Chinese. */
export type CliLang = "zh-CN" | "en-US";

/** The environment a run sees; only the locale variables are read. */
export type Env = Readonly<Record<string, string | undefined>>;

/**
 * The language the environment asks for: the first of LC_ALL, LC_MESSAGES, LANG that is set (POSIX order)
 * decides — "en_US.UTF-8", "en_GB", "en" give English; anything else (zh_CN, C, POSIX) the default, Chinese.
 */
export function langFromEnv(env: Env): CliLang {
  const value = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v.trim() !== "");
  return value && /^en([_.@-]|$)/i.test(value.trim()) ? "en-US" : "zh-CN";
}

/**
 * `--lang zh-CN|en-US` (or `--lang=…`) anywhere on the command line wins — for the help too, which is decided
 * before the rest is parsed; otherwise the environment. An invalid value is left for the argument parser to
 * report, in the environment's language.
 */
export function resolveLang(argv: readonly string[], env: Env): CliLang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = a === "--lang" ? argv[i + 1] : a.startsWith("--lang=") ? a.slice("--lang=".length) : undefined;
    if (value === "zh-CN" || value === "en-US") return value;
  }
  return langFromEnv(env);
}

/** Whether the command line names a language itself. */
export function langGiven(argv: readonly string[]): boolean {
  return argv.some((a) => a === "--lang" || a.startsWith("--lang="));
}
