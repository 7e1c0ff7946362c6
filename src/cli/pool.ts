import * as fs from "fs";
import * as path from "path";
import { fork, type ChildProcess } from "child_process";
import { defaultJobs } from "./args";
import { DEFAULT_BUDGET, type FileBudget, overMemory, overTime } from "./budget";
import { type CheckSettings, type PackSet } from "./audit-file";
import { checkFile, CheckTask } from "./check-file";
import { failedResult, internalError, type FileResult } from "./file-result";
import { pack as toPlain, unpack } from "./transfer";

/** The compiled worker beside this file; absent when running from the TypeScript sources (tests). */
function workerScript(): string | null {
  const file = path.join(__dirname, "worker.js");
  return fs.existsSync(file) ? file : null;
}

/**
 * Checks every task, `jobs` files at a time (at most one per core), each file in a worker process that is stopped
 * when the file exceeds its budget: over `budget.seconds` the file gets `too-slow`, over `budget.memoryMb` of heap
 * `too-large`, and a worker that dies of anything else costs only its file (`internal-error`). A stopped worker is
 * replaced for the rest of the batch, so one pathological workbook never loses the others. Processes, not threads:
 * V8 can take the whole process down when a worker thread reaches its heap limit, a child process only itself.
 * Results come back in the order of `tasks`. Without a compiled worker (running from the sources) files are
 * checked in this process, one by one, with no budget.
 */
export async function checkAll(
  tasks: readonly CheckTask[],
  packs: PackSet,
  settings: CheckSettings,
  jobs: number,
  script: string | null = workerScript(),
  budget: FileBudget = DEFAULT_BUDGET,
  /** Called as each file is done: how many are done of how many, and which file (in the order they finish). */
  progress?: (done: number, total: number, file: string) => void,
): Promise<FileResult[]> {
  const results: FileResult[] = new Array(tasks.length);
  let done = 0;
  const settle = (i: number, result: FileResult) => {
    results[i] = result;
    progress?.(++done, tasks.length, tasks[i].file);
  };
  if (!script) {
    for (let i = 0; i < tasks.length; i++) settle(i, await checkFile(tasks[i], packs, settings));
    return results;
  }
  // More processes than cores would only add memory (each holds a workbook): at most one per core.
  const workers = Math.max(1, Math.min(jobs, tasks.length, defaultJobs()));
  const queue = tasks.map((_, i) => i);
  const en = settings.lang === "en-US";
  const init = { packs: toPlain(packs), settings };

  /** One worker taking files from the queue, one at a time, until the queue is empty or the worker is stopped. */
  const run = (): Promise<void> =>
    new Promise<void>((resolve) => {
      const child: ChildProcess = fork(script, [], {
        execArgv: [`--max-old-space-size=${budget.memoryMb}`],
        serialization: "advanced",
        stdio: ["ignore", "ignore", "pipe", "ipc"],
      });
      // What the child says on stderr is only read to tell an out-of-memory death from another; never shown raw.
      let stderr = "";
      child.stderr?.on("data", (d: Buffer) => {
        if (stderr.length < 65_536) stderr += d.toString("utf8");
      });
      let current: number | undefined;
      let timer: NodeJS.Timeout | undefined;
      let stopped = false;
      const next = () => {
        clearTimeout(timer);
        current = queue.shift();
        if (current === undefined) {
          stopped = true;
          child.disconnect?.();
          return;
        }
        const i = current;
        timer = setTimeout(() => stop(i, overTime(tasks[i].file, budget, en)), budget.seconds * 1000);
        child.send({ index: i, task: tasks[i] });
      };
      // The file in hand gets `error`; a new worker goes on with the queue.
      const stop = (i: number | undefined, error: { code: string; message: string }) => {
        if (stopped) return;
        stopped = true;
        clearTimeout(timer);
        if (i !== undefined && !results[i]) settle(i, failedResult(tasks[i].file, error));
        child.kill("SIGKILL");
        resolve(queue.length ? run() : undefined);
      };
      child.on("message", (msg: { index: number; result: FileResult }) => {
        if (stopped || msg.index !== current) return;
        settle(msg.index, unpack(msg.result));
        next();
      });
      child.on("error", (err: Error) => {
        const i = current;
        stop(i, internalError(i === undefined ? "" : tasks[i].file, err.message, en));
      });
      child.on("exit", (code, signal) => {
        if (stopped) return resolve();
        const i = current;
        const file = i === undefined ? "" : tasks[i].file;
        const outOfMemory = /heap out of memory|Reached heap limit|Allocation failed/i.test(stderr);
        const why = en
          ? `the worker process stopped (${signal ?? `exit code ${code}`})`
          : `工作进程意外退出（${signal ?? `退出码 ${code}`}）`;
        stop(i, outOfMemory ? overMemory(file, budget, en) : internalError(file, why, en));
      });
      child.send({ init });
      next();
    });

  const running: Promise<void>[] = [];
  for (let w = 0; w < workers; w++) running.push(run());
  await Promise.all(running);
  return results;
}
