import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import type { Browser, Page } from "playwright-core";
import { byPath } from "../../src/cli/path-order";
import { storedZip, crc32 } from "../../src/cli/zip";
import { corpus } from "../corpus/index";
import { corpus2 } from "../corpus2/index";
import { corpus4 } from "../corpus4/index";
import { corpus5 } from "../corpus5/index";
import { corpus6 } from "../corpus6/index";
import { runCli } from "../support/cli";
import { snapshotToXlsx } from "../support/snapshot-xlsx";
import { tempDir } from "../support/xlsx";
import { launch, recordCspViolations, screenshotPath } from "../ui/browser";

/**
 * The offline page (dist/budget-ruler.html, built by test/ui/build.js) opened from disk with every request but the
 * page's own file refused: it audits every corpus workbook, both samples, a zip bomb and a non-workbook, and gives the
 * CLI's JSON report, annotated copies and 汇总 — the page's `file` fields are the names it was given, the CLI's are
 * paths, so the CLI's folder is taken out of its output before comparing ("paths aside").
 */

const root = path.join(__dirname, "..", "..");
const pageUrl = `file://${path.join(root, "dist", "budget-ruler.html")}`;
const dir = tempDir();
const files: string[] = [];
let browser: Browser;

/** Strips the folder the CLI was given files in from its output (the page knows only the names). */
const pathsAside = (text: string) => text.split(`${dir}${path.sep}`).join("");

function writeBomb(): { bomb: string; liar: string } {
  // A part declared (truthfully) at 300 MB, over the 256 MB per-part limit: refused from the directory, never inflated.
  const big = Buffer.alloc(300 * 1024 * 1024);
  const deflated = zlib.deflateRawSync(big, { level: 9 });
  const bomb = path.join(dir, "zz-bomb.xlsx");
  fs.writeFileSync(bomb, zipWith("xl/worksheets/sheet1.xml", deflated, big.length, crc32(big)));
  // A part that says it holds 1,000 bytes and inflates to 50 MB: stopped at its declared size while inflating.
  const liarData = Buffer.alloc(50 * 1024 * 1024, 0x20);
  const liar = path.join(dir, "zz-liar.xlsx");
  const book = Buffer.from(
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>',
  );
  const parts = storedZip([
    { name: "[Content_Types].xml", data: Buffer.from("<Types/>"), crc32: 0 },
    {
      name: "_rels/.rels",
      data: Buffer.from(
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
      ),
      crc32: 0,
    },
    { name: "xl/workbook.xml", data: book, crc32: 0 },
    {
      name: "xl/_rels/workbook.xml.rels",
      data: Buffer.from(
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
      ),
      crc32: 0,
    },
  ]);
  fs.writeFileSync(liar, appendEntry(parts, "xl/worksheets/sheet1.xml", zlib.deflateRawSync(liarData), 1000));
  return { bomb, liar };
}

/** A zip of one deflated entry with the sizes given. */
function zipWith(name: string, deflated: Buffer, size: number, crc: number): Buffer {
  return appendEntry(storedZip([]), name, deflated, size, crc);
}

/** `zip` (as storedZip writes it) with one more deflated entry declaring `size`. */
function appendEntry(zip: Buffer, name: string, deflated: Buffer, size: number, crc = 0): Buffer {
  const cdSize = zip.readUInt32LE(zip.length - 22 + 12);
  const cdAt = zip.readUInt32LE(zip.length - 22 + 16);
  const count = zip.readUInt16LE(zip.length - 22 + 10);
  const n = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(crc >>> 0, 14);
  local.writeUInt32LE(deflated.length, 18);
  local.writeUInt32LE(size, 22);
  local.writeUInt16LE(n.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc >>> 0, 16);
  central.writeUInt32LE(deflated.length, 20);
  central.writeUInt32LE(size, 24);
  central.writeUInt16LE(n.length, 28);
  central.writeUInt32LE(cdAt, 42);
  const oldCd = zip.subarray(cdAt, cdAt + cdSize);
  const cd = Buffer.concat([oldCd, central, n]);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(count + 1, 8);
  end.writeUInt16LE(count + 1, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(cdAt + 30 + n.length + deflated.length, 16);
  return Buffer.concat([zip.subarray(0, cdAt), local, n, deflated, cd, end]);
}

beforeAll(async () => {
  const entries = [
    ...corpus.map((e) => ["c1", e] as const),
    ...corpus2.map((e) => ["c2", e] as const),
    ...corpus4.map((e) => ["c4", e] as const),
    ...corpus5.map((e) => ["c5", e] as const),
    ...corpus6.map((e) => ["c6", e] as const),
  ];
  for (const [prefix, e] of entries) files.push(await snapshotToXlsx(e.build(), path.join(dir, `${prefix}-${e.name}`)));
  for (const n of ["sample-budget.xlsx", "sample-om-budget.xlsx"]) {
    fs.copyFileSync(path.join(root, "assets", n), path.join(dir, n));
    files.push(path.join(dir, n));
  }
  const { bomb, liar } = writeBomb();
  const text = path.join(dir, "zz-notes.xlsx");
  fs.writeFileSync(text, "这不是工作簿，只是一段文字。\n");
  files.push(bomb, liar, text);
  // The page lists the files it is given as `check DIR` does; the CLI gets them in that order too.
  files.sort(byPath);
  browser = await launch();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The page from disk, every request but its own file refused (and recorded), CSP violations recorded. */
async function openPage(locale: "zh-CN" | "en-US"): Promise<{
  page: Page;
  blocked: string[];
  errors: string[];
  violations: () => Promise<string[]>;
}> {
  const page = await browser.newPage({ locale, viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
  const blocked: string[] = [];
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url === pageUrl) return route.continue();
    blocked.push(url);
    return route.abort();
  });
  const violations = await recordCspViolations(page);
  await page.goto(pageUrl);
  await page.waitForSelector("body[data-state=idle]");
  return { page, blocked, errors, violations };
}

async function check(page: Page, inputs: readonly string[]): Promise<void> {
  await page.setInputFiles("#files", [...inputs]);
  await page.click("#run");
  await page.waitForSelector("body[data-state=done]", { timeout: 240_000 });
}

async function downloadOf(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent("download", { timeout: 240_000 }), click()]);
  return { name: download.suggestedFilename(), bytes: fs.readFileSync((await download.path())!) };
}

/** Every cell of every sheet (value, number format), merges and sheet names, paths aside. */
async function cellsOf(bytes: Buffer): Promise<unknown> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb.worksheets.map((ws) => {
    const cells: Record<string, unknown> = {};
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (c) => {
        const v = c.value;
        cells[c.address] = {
          value: typeof v === "string" ? pathsAside(v) : JSON.parse(pathsAside(JSON.stringify(v ?? null))),
          format: c.numFmt ?? null,
        };
      }),
    );
    return { name: ws.name, merges: (ws.model as { merges?: string[] }).merges ?? [], cells };
  });
}

describe("the offline page (dist/budget-ruler.html from disk, no network)", () => {
  it("has a Content-Security-Policy that allows no request and one line saying the files stay here", () => {
    const html = fs.readFileSync(path.join(root, "dist", "budget-ruler.html"), "utf8");
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? "";
    const directives = new Map(csp.split(/;\s*/).map((d) => [d.split(" ")[0], d.split(" ").slice(1).join(" ")]));
    expect(directives.get("default-src")).toBe("'none'");
    expect(directives.get("connect-src")).toBe("'none'");
    expect(directives.get("img-src")).toBe("'none'");
    expect(directives.get("worker-src")).toBe("blob:");
    expect(directives.get("script-src")).toMatch(/^'sha256-[A-Za-z0-9+/=]+'$/);
    expect(directives.get("style-src")).toMatch(/^'sha256-[A-Za-z0-9+/=]+'$/);
    // One file: no script, stylesheet or image is loaded from anywhere.
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=|<img/);
    expect(fs.readFileSync(path.join(root, "dist", "web", "check.html"), "utf8")).toBe(html);
  });

  it("audits every corpus workbook, a zip bomb and a non-workbook as the CLI does: the same JSON report", async () => {
    expect(files.length).toBeGreaterThan(130);
    const { page, blocked, errors, violations } = await openPage("zh-CN");
    await expect(page.locator("#privacy").textContent()).resolves.toContain("不会上传");
    await check(page, files);
    const rows = await page.locator("#results tbody tr").count();
    expect(rows).toBe(files.length);
    await page.screenshot({ path: screenshotPath("web-page-results"), fullPage: false });
    const json = await downloadOf(page, () => page.click("#json"));
    expect(json.name).toMatch(/\.json$/);
    expect(await page.locator("#json").textContent()).toContain("JSON");
    const cli = await runCli(["check", ...files, "--format", "json", "--lang", "zh-CN"]);
    const ours = JSON.parse(json.bytes.toString("utf8"));
    expect(ours).toEqual(JSON.parse(pathsAside(cli.out)));
    const codes = Object.fromEntries(
      (ours.files as { file: string; error: { code: string } | null }[])
        .filter((f) => f.file.startsWith("zz-"))
        .map((f) => [f.file, f.error?.code]),
    );
    expect(codes).toEqual({ "zz-bomb.xlsx": "too-large", "zz-liar.xlsx": "corrupt-file", "zz-notes.xlsx": "not-xlsx" });
    // A file's details: its findings, its verdict lines, how its rows were read.
    const sample = files.indexOf(path.join(dir, "sample-budget.xlsx"));
    await page.click(`#results tbody tr[data-index="${sample}"] button.link`);
    // How each row was read is asked for when the details open: the sheet's header, then a row per row read.
    await page.waitForSelector("#details h4");
    await expect(page.locator("#details h4").allTextContents()).resolves.toEqual([
      "投资估算表，表头第 3 行，单位 万元",
    ]);
    await expect(page.locator("#details h3").allTextContents()).resolves.toEqual([
      "检查发现（5）",
      "审定",
      "读取明细（每一行如何读取）",
    ]);
    await page.screenshot({ path: screenshotPath("web-page-details"), fullPage: false });
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
    expect(await violations()).toEqual([]);
    await page.close();
  }, 600_000);

  it("gives the CLI's annotated copies byte for byte, one at a time and all in one zip, and its 汇总 cell by cell", async () => {
    const some = [...files.filter((f) => path.basename(f).startsWith("c4-")).slice(0, 8), ...files.slice(-5)];
    const { page, blocked, violations } = await openPage("zh-CN");
    await check(page, some);
    const out = path.join(dir, "review");
    const summary = path.join(dir, "汇总.xlsx");
    await runCli(["check", ...some, "--annotate", out, "--lang", "zh-CN"]);
    await runCli(["check", ...some, "--summary", summary, "--lang", "zh-CN"]);
    // One copy, from a file's details.
    const sample = some.indexOf(path.join(dir, "sample-budget.xlsx"));
    await page.click(`#results tbody tr[data-index="${sample}"] button.link`);
    await page.waitForSelector("#details #copy");
    const one = await downloadOf(page, () => page.click("#copy"));
    expect(one.name).toBe("sample-budget.审核.xlsx");
    expect(one.bytes.equals(fs.readFileSync(path.join(out, one.name)))).toBe(true);
    // Every copy in one zip: the files `--annotate` wrote, byte for byte.
    const all = await downloadOf(page, () => page.click("#copies"));
    const unzipped = unzipSync(new Uint8Array(all.bytes));
    expect(Object.keys(unzipped).sort()).toEqual(fs.readdirSync(out).sort());
    for (const [name, bytes] of Object.entries(unzipped))
      expect([name, Buffer.from(bytes).equals(fs.readFileSync(path.join(out, name)))]).toEqual([name, true]);
    // The 汇总 workbook, cell by cell.
    const sum = await downloadOf(page, () => page.click("#summary"));
    expect(sum.name).toBe("汇总.xlsx");
    expect(await cellsOf(sum.bytes)).toEqual(await cellsOf(fs.readFileSync(summary)));
    expect(blocked).toEqual([]);
    expect(await violations()).toEqual([]);
    await page.close();
  }, 600_000);

  it("speaks English: the report and the JSON in en-US equal the CLI's --lang en-US", async () => {
    const some = files.slice(-5);
    const { page, violations } = await openPage("en-US");
    await expect(page.locator("#privacy").textContent()).resolves.toContain("this computer only");
    await check(page, some);
    await expect(page.locator("#results thead th").first().textContent()).resolves.toContain("File");
    const json = await downloadOf(page, () => page.click("#json"));
    const cli = await runCli(["check", ...some, "--format", "json", "--lang", "en-US"]);
    expect(JSON.parse(json.bytes.toString("utf8"))).toEqual(JSON.parse(pathsAside(cli.out)));
    expect(await violations()).toEqual([]);
    await page.close();
  }, 300_000);

  it("takes a pack file and project values as the CLI takes --standard FILE and its flags; refuses a bad pack with the CLI's message", async () => {
    const samples = files.filter((f) => path.basename(f).startsWith("sample-"));
    const pack = path.join(dir, "yangpu-2023.json");
    fs.copyFileSync(path.join(root, "standards", "yangpu-2023.json"), pack);
    const { page, violations } = await openPage("zh-CN");
    await page.selectOption("#standard", "own");
    await page.setInputFiles("#pack-file", pack);
    await page.waitForSelector("#pack-name:has-text('yangpu-2023.json')");
    await page.selectOption("#field-kind", "upgrade");
    await page.fill("#field-declared_total", "5,000,000");
    await page.selectOption("#field-major_project", "true");
    await check(page, samples);
    const json = await downloadOf(page, () => page.click("#json"));
    const flags = ["--kind", "upgrade", "--declared-total", "5000000", "--major-project"];
    const cli = await runCli([
      "check",
      ...samples,
      "--standard",
      pack,
      ...flags,
      "--format",
      "json",
      "--lang",
      "zh-CN",
    ]);
    const ours = JSON.parse(json.bytes.toString("utf8"));
    expect(ours).toEqual(JSON.parse(pathsAside(cli.out)));
    expect(ours.files.map((f: { project: { kind: string } }) => f.project.kind)).toEqual(["upgrade", "upgrade"]);
    // The table sorts by any column: 送审 ascending, then descending.
    const submitted = () => page.locator("#results tbody tr td:nth-child(5)").allTextContents();
    await page.click("#results thead th:nth-child(5) button");
    const up = (await submitted()).map((s) => Number(s.replace(/,/g, "")));
    expect(up).toEqual([...up].sort((a, b) => a - b));
    await page.click("#results thead th:nth-child(5) button");
    expect((await submitted()).map((s) => Number(s.replace(/,/g, "")))).toEqual([...up].reverse());
    // A pack that is not valid: the loader's own message, as the CLI prints it, and nothing is checked.
    const bad = path.join(dir, "bad-pack.json");
    fs.writeFileSync(bad, '{ "id": "bad-pack", ');
    await page.setInputFiles("#pack-file", bad);
    await page.waitForSelector("#pack-name:has-text('bad-pack.json')");
    await page.click("#run");
    await page.waitForSelector("#status.error");
    const refused = await runCli(["check", ...samples, "--standard", bad, "--lang", "zh-CN"]);
    expect(refused.code).toBe(2);
    const message = pathsAside(refused.err.trim()).replace(/^错误：/, "");
    expect(await page.textContent("#status")).toBe(`标准包无法使用：${message}`);
    expect(await violations()).toEqual([]);
    await page.close();
  }, 300_000);

  it("checks 100 files with the page responsive: every key press handled within 100 ms during the run", async () => {
    const workbooks = files.filter((f) => !path.basename(f).startsWith("zz-"));
    const hundred = Array.from({ length: 100 }, (_, i) => {
      const from = workbooks[i % workbooks.length];
      const to = path.join(dir, "batch", `${String(i + 1).padStart(3, "0")}-${path.basename(from)}`);
      fs.mkdirSync(path.dirname(to), { recursive: true });
      fs.copyFileSync(from, to);
      return to;
    });
    const { page, violations } = await openPage("zh-CN");
    const input = page.locator("input[type=text][data-field]").first();
    await page.evaluate(() => {
      const w = window as unknown as { __delays: number[] };
      w.__delays = [];
      document.addEventListener("keydown", (e) => w.__delays.push(performance.now() - e.timeStamp), true);
    });
    await page.setInputFiles("#files", hundred);
    await page.click("#run");
    await page.waitForSelector("body[data-state=running]");
    await input.click();
    let presses = 0;
    while ((await page.getAttribute("body", "data-state")) === "running") {
      await page.keyboard.press("1");
      presses++;
      await page.waitForTimeout(20);
    }
    await page.waitForSelector("body[data-state=done]", { timeout: 240_000 });
    const delays = await page.evaluate(() => (window as unknown as { __delays: number[] }).__delays);
    expect(presses).toBeGreaterThan(3);
    expect(delays.length).toBe(presses);
    expect(Math.max(...delays)).toBeLessThan(100);
    await expect(page.locator("#results tbody tr:not(.pending)").count()).resolves.toBe(100);
    // 取消 stops a run at once; the next run starts afresh (the keys typed above made a value no run would take).
    await input.fill("");
    await page.click("#run");
    await page.waitForSelector("body[data-state=running]");
    await page.click("#cancel");
    await page.waitForSelector("body[data-state=idle]");
    await expect(page.textContent("#status")).resolves.toMatch(/^已取消：检查了 \d+ \/ 100 个文件$/);
    await page.click("#clear");
    await check(page, hundred.slice(0, 4));
    await expect(page.locator("#results tbody tr:not(.pending)").count()).resolves.toBe(4);
    expect(await violations()).toEqual([]);
    await page.close();
  }, 600_000);
});
