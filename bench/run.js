// `npm run bench`: prints one `name: value (target …)` line per figure. Benchmarks are not tests —
// nothing here fails a build; the figures are for people to read and compare.
"use strict";

const fs = require("fs");
const os = require("os");
const path = require("path");
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
  const check = async () => {
    const write = process.stdout.write;
    process.stdout.write = () => true; // the report itself is not what we measure
    try {
      await main(["check", ...files, "--format", "json"]);
    } finally {
      process.stdout.write = write;
    }
  };
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
  fs.rmSync(dir, { recursive: true, force: true });
}

(async () => {
  benchCore();
  await benchCli();
  for (const extra of ["excel.js", "bundle.js"]) {
    const file = path.join(__dirname, extra);
    if (fs.existsSync(file)) await require(file).run(print);
  }
})().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
