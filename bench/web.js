// The offline page (dist/budget-ruler.html, built by `npm run build` or bench/bundle.js before this runs):
// web.batch_100.ratio_to_cli — the page's time to check 100 typical submissions (the two samples, 50 copies each) in
//   headless Chromium, opened from disk, over `check DIR --jobs <cores>`'s on the same files (fresh process); best of 3;
// web.page.gzip_bytes — the self-contained file, gzipped.
"use strict";

const fs = require("fs");
const os = require("os");
const path = require("path");
const zlib = require("zlib");
const { spawnSync } = require("child_process");
const { performance } = require("perf_hooks");

async function run(print) {
  const root = path.join(__dirname, "..");
  const html = path.join(root, "dist", "budget-ruler.html");
  if (!fs.existsSync(html)) {
    print("web.page.gzip_bytes", "skipped (dist/budget-ruler.html not built: npm run build)");
    return;
  }
  print("web.page.gzip_bytes", zlib.gzipSync(fs.readFileSync(html), { level: 9 }).length, "(one file, no request)");
  const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!fs.existsSync(chromium)) {
    print("web.batch_100.ratio_to_cli", `skipped (no Chromium at ${chromium})`);
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "budget-ruler-web-bench-"));
  const files = [];
  for (let i = 0; i < 100; i++) {
    const from = path.join(root, "assets", i % 2 ? "sample-om-budget.xlsx" : "sample-budget.xlsx");
    const to = path.join(dir, `${String(i + 1).padStart(3, "0")}-${path.basename(from)}`);
    fs.copyFileSync(from, to);
    files.push(to);
  }
  const jobs = String(os.cpus().length);
  let cli = Infinity;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    spawnSync(
      process.execPath,
      [path.join(root, "bin/budget-ruler.js"), "check", dir, "--format", "json", "--jobs", jobs],
      {
        stdio: "ignore",
      },
    );
    cli = Math.min(cli, performance.now() - t);
  }
  const { chromium: browserType } = require("playwright-core");
  const browser = await browserType.launch({
    executablePath: chromium,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  let web = Infinity;
  try {
    for (let i = 0; i < 3; i++) {
      const page = await browser.newPage();
      await page.route("**/*", (r) => (r.request().url().startsWith("file:") ? r.continue() : r.abort()));
      await page.goto(`file://${html}`);
      await page.waitForSelector("body[data-state=idle]");
      await page.setInputFiles("#files", files);
      const t = performance.now();
      await page.click("#run");
      await page.waitForSelector("body[data-state=done]", { timeout: 600_000 });
      web = Math.min(web, performance.now() - t);
      await page.close();
    }
  } finally {
    await browser.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  print(
    "web.batch_100.ratio_to_cli",
    (web / cli).toFixed(2),
    `<= 1.5 (page ${(web / 1000).toFixed(2)} s, check --jobs ${jobs} ${(cli / 1000).toFixed(2)} s, best of 3)`,
  );
}

module.exports = { run };
