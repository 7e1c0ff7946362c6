import { main } from "../../src/cli/main";
import type { Env } from "../../src/cli/lang";

/** Runs the CLI in-process, collecting stdout and stderr line by line; `env` decides the language as LANG would. */
export async function runCli(argv: string[], env?: Env): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, {
    out: (t) => (out += t + "\n"),
    err: (t) => (err += t + "\n"),
    ...(env ? { env } : {}),
  });
  return { code, out, err };
}
