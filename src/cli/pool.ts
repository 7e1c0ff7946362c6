import * as fs from "fs";
import * as path from "path";
import { Worker } from "worker_threads";
import { defaultJobs } from "./args";
import { checkFile, CheckSettings, CheckTask, type PackSet } from "./check-file";
import type { FileResult } from "./file-result";
import { pack as toPlain, unpack } from "./transfer";

/** The compiled worker beside this file; absent when running from the TypeScript sources (tests). */
export function workerScript(): string | null {
  const file = path.join(__dirname, "worker.js");
  return fs.existsSync(file) ? file : null;
}

const crashed = (file: string, message: string, en: boolean): FileResult => ({
  file,
  error: { code: "internal-error", message: en ? `Internal error while checking ${file}: ${message} (please report it)` : `检查 ${file} 时内部出错：${message}（请报告此问题）` },
  profile: null, findings: [], totals: null, unit: "元", review: null,
});

/**
 * Checks every task, `jobs` files at a time (at most one per core): this thread and jobs − 1 worker threads, each taking the next file
 * when it is done with one (in this thread only when jobs is 1, there is one file, or there is no compiled
 * worker). Results come back in the order of `tasks`. A worker that dies (out of memory, a crash) costs only the
 * file it was checking — that file gets `internal-error` — and is replaced for the rest of the batch.
 */
export async function checkAll(
  tasks: readonly CheckTask[],
  packs: PackSet,
  settings: CheckSettings,
  jobs: number,
  script: string | null = workerScript(),
): Promise<FileResult[]> {
  // More threads than cores would only add memory (each holds exceljs and a workbook): at most one per core.
  const workers = script ? Math.min(jobs, tasks.length, defaultJobs()) - 1 : 0;
  const results: FileResult[] = new Array(tasks.length);
  const queue = tasks.map((_, i) => i);
  const en = settings.lang === "en-US";
  const pending: Promise<void>[] = [];
  const spawn = (): Promise<void> =>
    new Promise<void>((resolve) => {
      const worker = new Worker(script!, { workerData: { packs: toPlain(packs), settings } });
      // Two files in hand: the next one is already there when a file is done, even while this thread is busy
      // with a file of its own and cannot answer at once.
      const inHand: number[] = [];
      const feed = () => {
        const i = queue.shift();
        if (i === undefined) {
          if (!inHand.length) void worker.terminate();
          return;
        }
        inHand.push(i);
        worker.postMessage({ index: i, task: tasks[i] });
      };
      worker.on("message", (msg: { index: number; result: FileResult }) => {
        results[msg.index] = unpack(msg.result);
        inHand.splice(inHand.indexOf(msg.index), 1);
        feed();
      });
      let ended = false;
      const end = (err?: Error) => {
        if (ended) return;
        ended = true;
        const [lost, ...waiting] = inHand.filter((i) => !results[i]);
        if (lost !== undefined) {
          results[lost] = crashed(tasks[lost].file, err?.message ?? "worker stopped", en);
          queue.unshift(...waiting); // files it had not started go back to the others
          if (queue.length) pending.push(spawn()); // and a new worker replaces it
        }
        resolve();
      };
      worker.on("error", (err) => end(err));
      worker.on("exit", () => end());
      feed();
      feed();
    });
  for (let i = 0; i < workers; i++) pending.push(spawn());
  // This thread takes its share too.
  for (let i = queue.shift(); i !== undefined; i = queue.shift()) results[i] = await checkFile(tasks[i], packs, settings);
  for (let i = 0; i < pending.length; i++) await pending[i]; // pending may grow while waiting
  // A file re-queued after its worker died, when no other thread was left to take it.
  for (let i = queue.shift(); i !== undefined; i = queue.shift()) results[i] = await checkFile(tasks[i], packs, settings);
  return results;
}
