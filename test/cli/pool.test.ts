import * as fs from "fs";
import * as path from "path";
import { checkAll } from "../../src/cli/pool";
import { loadStandardById } from "../../src/cli/standards";
import { DEFAULT_LIMITS } from "../../src/cli/open-package";
import { tempDir } from "../support/xlsx";

/**
 * A stand-in worker script: answers each file at once, except that it dies (the whole process) on a file named
 * boom.xlsx, never answers on hang.xlsx (a loop that never yields) and allocates without end on oom.xlsx.
 */
const script = path.join(tempDir(), "worker.js");
fs.writeFileSync(
  script,
  `
process.on("message", ({ init, index, task }) => {
  if (init) return;
  if (task.file.endsWith("boom.xlsx")) process.exit(3);
  if (task.file.endsWith("hang.xlsx")) for (;;) {}
  if (task.file.endsWith("oom.xlsx")) { const keep = []; for (;;) keep.push(new Array(1e5).fill({ x: Math.random() })); }
  setTimeout(() => process.send({ index, result: { file: task.file, error: null, profile: null, findings: [], totals: null, unit: "元", by: "worker" } }), 5);
});`,
);

describe("the --jobs pool", () => {
  const packs = { packs: [loadStandardById("yangpu-2023")], fixed: {} };
  const settings = { lang: "zh-CN" as const, limits: DEFAULT_LIMITS, inputs: { ids: [], paths: [] } };

  it("a worker that dies costs only the file it was checking (internal-error); the rest are checked, in input order", async () => {
    // the worker is handed the first two files when it starts: it dies on the first, the second goes back
    const files = ["boom.xlsx", "a.xlsx", "b.xlsx", "c.xlsx", "d.xlsx", "e.xlsx", "f.xlsx", "g.xlsx"].map(
      (f) => `/nonexistent/${f}`,
    );
    const cores = jest
      .spyOn(jest.requireActual("os") as typeof import("os"), "availableParallelism")
      .mockReturnValue(4);
    let results;
    try {
      results = await checkAll(
        files.map((file) => ({ file, out: null })),
        packs,
        settings,
        2,
        script,
      );
    } finally {
      cores.mockRestore();
    }
    expect(results.map((r) => r.file)).toEqual(files);
    const boom = results[0];
    expect(boom.error?.code).toBe("internal-error");
    expect(boom.error?.message).toContain("boom.xlsx");
    for (const r of results.slice(1)) expect(r.error === null || r.error.code === "file-not-found").toBe(true);
    // a replacement worker, or this thread, took the rest (files that do not exist: file-not-found here)
    expect(results.slice(1).every((r) => r.error === null || r.error.code === "file-not-found")).toBe(true);
  });

  it("--jobs 1 checks one file at a time, in a worker a budget can stop", async () => {
    const results = await checkAll(
      [
        { file: "/nonexistent/a.xlsx", out: null },
        { file: "/nonexistent/b.xlsx", out: null },
      ],
      packs,
      settings,
      1,
      script,
    );
    expect(results.map((r) => (r as { by?: string }).by)).toEqual(["worker", "worker"]);
  });

  it.each([1, 2])(
    "a file over its time budget is stopped (too-slow, naming the flag) and every other file is still checked (--jobs %i)",
    async (jobs) => {
      const files = ["a.xlsx", "hang.xlsx", "b.xlsx", "c.xlsx"].map((f) => `/nonexistent/${f}`);
      // The hang never ends; the others take milliseconds. The budget is wide enough for a worker's cold start on a
      // loaded machine (0.5 s was not), so only the hang can meet it.
      const results = await checkAll(
        files.map((file) => ({ file, out: null })),
        packs,
        settings,
        jobs,
        script,
        { seconds: 3, memoryMb: 256 },
      );
      expect(results.map((r) => r.error?.code ?? "ok")).toEqual(["ok", "too-slow", "ok", "ok"]);
      expect(results[1].error?.message).toMatch(/hang\.xlsx 用时超过 3 秒的上限.*--max-seconds \d+/);
    },
  );

  it("a file over its memory budget is stopped (too-large, naming the flag) and the batch goes on", async () => {
    const files = ["oom.xlsx", "a.xlsx"].map((f) => `/nonexistent/${f}`);
    const results = await checkAll(
      files.map((file) => ({ file, out: null })),
      packs,
      { ...settings, lang: "en-US" as const },
      1,
      script,
      { seconds: 60, memoryMb: 64 },
    );
    expect(results.map((r) => r.error?.code ?? "ok")).toEqual(["too-large", "ok"]);
    expect(results[0].error?.message).toMatch(/oom\.xlsx needed more than the 64 MB memory limit.*--max-memory-mb 128/);
  }, 30000);
});
