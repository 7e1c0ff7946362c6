import * as fs from "fs";
import * as path from "path";
import { Worker } from "worker_threads";
import type { StandardPack } from "../core/standards/types";
import { defaultJobs } from "./args";
import { checkFile, CheckSettings, CheckTask } from "./check-file";
import type { FileResult } from "./file-result";

/** The compiled worker beside this file; absent when running from the TypeScript sources (tests). */
export function workerScript(): string | null {
  const file = path.join(__dirname, "worker.js");
  return fs.existsSync(file) ? file : null;
}

const crashed = (file: string, message: string, en: boolean): FileResult => ({
  file,
  error: { code: "internal-error", message: en ? `Internal error while checking ${file}: ${message} (please report it)` : `检查 ${file} 时内部出错：${message}（请报告此问题）` },
  profile: null, findings: [], totals: null, unit: "元",
});

/**
 * Checks every task, `jobs` files at a time (at most one per core): this thread and jobs − 1 worker threads, each taking the next file
 * when it is done with one (in this thread only when jobs is 1, there is one file, or there is no compiled
 * worker). Results come back in the order of `tasks`. A worker that dies (out of memory, a crash) costs only the
 * file it was checking — that file gets `internal-error` — and is replaced for the rest of the batch.
 */
export async function checkAll(tasks: readonly CheckTask[], pack: StandardPack, settings: CheckSettings, jobs: number): Promise<FileResult[]> {
  const script = workerScript();
  // More threads than cores would only add memory (each holds exceljs and a workbook): at most one per core.
  const workers = script ? Math.min(jobs, tasks.length, defaultJobs()) - 1 : 0;
  const results: FileResult[] = new Array(tasks.length);
  let next = 0;
  const en = settings.lang === "en-US";
  const pending: Promise<void>[] = [];
  const spawn = (): Promise<void> =>
    new Promise<void>((resolve) => {
      const worker = new Worker(script!, { workerData: { pack, settings } });
      let current = -1;
      const feed = () => {
        if (next >= tasks.length) {
          current = -1;
          void worker.terminate();
          return;
        }
        current = next++;
        worker.postMessage({ index: current, task: tasks[current] });
      };
      worker.on("message", (msg: { index: number; result: FileResult }) => {
        results[msg.index] = msg.result;
        feed();
      });
      let ended = false;
      const end = (err?: Error) => {
        if (ended) return;
        ended = true;
        if (current >= 0 && !results[current]) {
          results[current] = crashed(tasks[current].file, err?.message ?? "worker stopped", en);
          if (next < tasks.length) pending.push(spawn()); // replace a worker lost mid-batch
        }
        resolve();
      };
      worker.on("error", (err) => end(err));
      worker.on("exit", () => end());
      feed();
    });
  for (let i = 0; i < workers; i++) pending.push(spawn());
  // This thread takes its share too.
  while (next < tasks.length) {
    const i = next++;
    results[i] = await checkFile(tasks[i], pack, settings);
  }
  for (let i = 0; i < pending.length; i++) await pending[i]; // pending may grow while waiting
  return results;
}
