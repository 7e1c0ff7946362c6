// `npm run bench`: prints one `name: value (target …)` line per figure. Benchmarks are not tests —
// nothing here fails a build; the figures are for people to read and compare.
"use strict";

const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawnSync } = require("child_process");
const { performance } = require("perf_hooks");
const ExcelJS = require("exceljs");
const { budgetWorkbook, budgetSheet } = require("./generate");

const root = path.resolve(__dirname, "..");
const dist = (p) => path.join(root, "dist", p);
const { audit } = require(dist("src/core/engine.js"));
const { loadStandard } = require(dist("src/core/standards/load-standard.js"));
const { main } = require(dist("src/cli/main.js"));

const pack = loadStandard(JSON.parse(fs.readFileSync(path.join(root, "standards/yangpu-2023.json"), "utf8")));

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function print(name, value, target) {
  console.log(`${name}: ${value}${target ? `  (target ${target})` : ""}`);
}

function benchCore() {
  const wb = budgetWorkbook(10000);
  for (let i = 0; i < 3; i++) audit(wb, pack); // warm up the JIT
  const times = [];
  for (let i = 0; i < 9; i++) {
    const t = performance.now();
    audit(wb, pack);
    times.push(performance.now() - t);
  }
  print("core.audit.10k_lines.ms", median(times).toFixed(1), "<= 100");

  if (global.gc) global.gc();
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  const result = audit(wb, pack);
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  const lines = result.model.lines.length;
  print("core.audit.10k_lines.heap_mb", ((peak - before) / 1048576).toFixed(1), "<= 200");
  print("core.audit.10k_lines.lines_read", lines);
}

async function writeXlsx(file, sheet) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet.name);
  sheet.values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null) return;
      const f = sheet.formulas[r][c];
      ws.getCell(r + 1, c + 1).value = f ? { formula: f.slice(1), result: v } : v;
    }),
  );
  ws.mergeCells(1, 1, 1, 8);
  await wb.xlsx.writeFile(file);
}

async function benchCli() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "budget-ruler-bench-"));
  const files = [];
  for (const n of [200, 1000, 5000, 10000]) {
    const file = path.join(dir, `budget-${n}.xlsx`);
    await writeXlsx(file, budgetSheet(n));
    files.push(file);
  }
  const loadOnly = async () => {
    for (const f of files) await new ExcelJS.Workbook().xlsx.readFile(f);
  };
  // --jobs 1: the exceljs→snapshot→audit path itself, in this process (worker threads would hide its cost).
  const check = () => main(["check", ...files, "--format", "json", "--jobs", "1"], quiet);
  await loadOnly();
  await check();
  const ratios = [];
  for (let i = 0; i < 5; i++) {
    let t = performance.now();
    await loadOnly();
    const load = performance.now() - t;
    t = performance.now();
    await check();
    ratios.push((performance.now() - t) / load);
  }
  print("cli.check_vs_exceljs_load.ratio", median(ratios).toFixed(2), "<= 1.3");
  await benchReader(files[3], "10k");

  // 8 files of 10,000 lines, each run a fresh `budget-ruler check` process (start-up included, as a user sees it):
  // --jobs 2 (this thread and one worker thread) against --jobs 1, best of 3 each.
  const batch = Array.from({ length: 8 }, (_, i) => path.join(dir, `batch-${i}.xlsx`));
  for (const file of batch) fs.copyFileSync(files[3], file);
  const best = (jobs) => {
    let min = Infinity;
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      spawnSync(
        process.execPath,
        [path.join(root, "bin/budget-ruler.js"), "check", ...batch, "--format", "json", "--jobs", jobs],
        { stdio: "ignore" },
      );
      min = Math.min(min, performance.now() - t);
    }
    return min;
  };
  const one = best("1");
  const two = best("2");
  print(
    "cli.batch.jobs_speedup",
    (one / two).toFixed(2),
    `>= 1.3 on 2 idle cores (${os.availableParallelism?.() ?? os.cpus().length} cores here; --jobs 1 ${(one / 1000).toFixed(2)} s, --jobs 2 ${(two / 1000).toFixed(2)} s)`,
  );

  // Peak memory of a whole `check` run (its own process) on a 100,000-line sheet, and on a 2 MB → 2 GiB zip bomb.
  const big = path.join(dir, "budget-100000.xlsx");
  await writeXlsx(big, budgetSheet(100000));
  await benchReader(big, "100k");
  print("cli.peak_rss_mb.100k_lines", peakRss(big), "<= 1536");
  await benchAnnotate(big, dir);
  const bomb = path.join(dir, "bomb.xlsx");
  await zipBomb(bomb, 2 ** 31);
  print("cli.peak_rss_mb.zip_bomb_2gib", peakRss(bomb), "<= 200");
  fs.rmSync(dir, { recursive: true, force: true });
}

const quiet = { out: () => {}, err: () => {} };

/**
 * The checker's reading of a workbook (src/xlsx-read over the bounded zip: the snapshot) against the floor of
 * any reader — inflating the parts it needs and walking their XML with saxes, doing nothing with it — and
 * against exceljs' own load. Median of 5 after a warm-up.
 */
async function benchReader(file, label) {
  const { readWorkbook, openZip } = require(dist("src/cli/read-xlsx.js"));
  const { readEntry } = require(dist("src/cli/zip.js"));
  const { SaxesParser } = require("saxes");
  const floor = () => {
    const zip = openZip(file);
    for (const e of zip.entries) {
      if (!/^xl\/(workbook|sharedStrings|styles|worksheets\/[^/]+)\.xml$|\.rels$/.test(e.name)) continue;
      const parser = new SaxesParser({ xmlns: false, position: true });
      parser.on("opentag", () => {});
      parser.on("text", () => {});
      const data = readEntry(zip.buf, e);
      const decoder = new TextDecoder();
      for (let i = 0; i < data.length; i += 65536)
        parser.write(decoder.decode(data.subarray(i, i + 65536), { stream: true }));
      parser.close();
    }
  };
  const time = async (fn) => {
    const t = performance.now();
    await fn();
    return performance.now() - t;
  };
  const runs = { floor: [], reader: [], exceljs: [] };
  for (let i = 0; i < 6; i++) {
    const f = await time(floor);
    const r = await time(() => readWorkbook(file));
    const x = await time(() => new ExcelJS.Workbook().xlsx.readFile(file));
    if (i === 0) continue;
    runs.floor.push(f);
    runs.reader.push(r);
    runs.exceljs.push(x);
  }
  const [f, r, x] = [median(runs.floor), median(runs.reader), median(runs.exceljs)];
  print(
    `cli.read_vs_floor.ratio.${label}`,
    (r / f).toFixed(2),
    `<= 1.5 (reader ${r.toFixed(0)} ms, unzip + SAX ${f.toFixed(0)} ms)`,
  );
  print(`cli.read_vs_exceljs.ratio.${label}`, (r / x).toFixed(2), `< 1 (exceljs load ${x.toFixed(0)} ms)`);
}

/**
 * What writing the annotated copy costs: `check FILE --annotate DIR` against `check FILE`, each a fresh process
 * (best of 3), on the 100,000-line workbook and on one with 50,000 merges (test/realworld/pathological.js). The
 * figure is the larger of the two ratios.
 */
async function benchAnnotate(big, dir) {
  const { pathologicalWorkbooks } = require(path.join(root, "test/realworld/pathological.js"));
  const merges = path.join(dir, "merges-50000.xlsx");
  fs.writeFileSync(merges, pathologicalWorkbooks().find((b) => b.name === "merges-50000").bytes);
  const best = (args) => {
    let min = Infinity;
    for (let i = 0; i < 3; i++) {
      fs.rmSync(path.join(dir, "copies"), { recursive: true, force: true });
      const t = performance.now();
      spawnSync(
        process.execPath,
        [path.join(root, "bin/budget-ruler.js"), "check", ...args, "--format", "json", "--jobs", "1"],
        { stdio: "ignore" },
      );
      min = Math.min(min, performance.now() - t);
    }
    return min;
  };
  const ratios = [];
  const detail = [];
  for (const [label, file] of [
    ["100k lines", big],
    ["50,000 merges", merges],
  ]) {
    const check = best([file]);
    const annotate = best([file, "--annotate", path.join(dir, "copies")]);
    ratios.push(annotate / check);
    detail.push(
      `${label}: ${(annotate / 1000).toFixed(2)} s / ${(check / 1000).toFixed(2)} s = ${(annotate / check).toFixed(2)}`,
    );
  }
  print("cli.annotate_vs_check.ratio", Math.max(...ratios).toFixed(2), `<= 1.5 (${detail.join("; ")})`);
}

/**
 * Peak resident memory (MB) of `budget-ruler check FILE --jobs 1`: the file is checked in a worker process, so the
 * figure is the largest of the command and its children, as GNU time reports it (n/a where it is not installed).
 */
function peakRss(file) {
  const time = "/usr/bin/time";
  if (!fs.existsSync(time)) return "n/a (no /usr/bin/time)";
  const run = spawnSync(
    time,
    [
      "-f",
      "%M",
      process.execPath,
      path.join(root, "bin/budget-ruler.js"),
      "check",
      file,
      "--format",
      "json",
      "--jobs",
      "1",
    ],
    { encoding: "utf8" },
  );
  const kb = Number(run.stderr.trim().split("\n").pop());
  return Number.isFinite(kb) ? String(Math.round(kb / 1024)) : "n/a";
}

/** A real zip bomb: an .xlsx whose one sheet is `size` bytes of zeros deflated (2 GiB → about 2 MB). */
async function zipBomb(file, size) {
  const zlib = require("zlib");
  const { storedZip } = require(dist("src/cli/zip.js"));
  const deflate = zlib.createDeflateRaw({ level: 9 });
  const chunks = [];
  deflate.on("data", (c) => chunks.push(c));
  const done = new Promise((resolve) => deflate.on("end", resolve));
  const zeros = Buffer.alloc(64 * 1024 * 1024);
  for (let n = 0; n < size; n += zeros.length)
    if (!deflate.write(zeros)) await new Promise((r) => deflate.once("drain", r));
  deflate.end();
  await done;
  const data = Buffer.concat(chunks);
  const sheet = "xl/worksheets/sheet1.xml";
  const zip = storedZip([
    { name: "xl/workbook.xml", data: Buffer.from("<workbook/>"), crc32: 0 },
    { name: sheet, data, crc32: 0 },
  ]);
  // Mark the sheet entry as deflated, with its true size, in its local header and its central-directory entry.
  const local = zip.indexOf(Buffer.from(sheet)) - 30;
  const central = zip.lastIndexOf(Buffer.from(sheet)) - 46;
  for (const [at, method, usize] of [
    [local, 8, 22],
    [central, 10, 24],
  ]) {
    zip.writeUInt16LE(8, at + method);
    zip.writeUInt32LE(size >>> 0 || 0xffffffff, at + usize);
  }
  fs.writeFileSync(file, zip);
}

(async () => {
  benchCore();
  await benchCli();
  for (const extra of ["excel.js", "bundle.js", "web.js"]) {
    const file = path.join(__dirname, extra);
    if (fs.existsSync(file)) await require(file).run(print);
  }
})().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
