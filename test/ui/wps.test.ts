import * as fs from "fs";
import * as path from "path";
import { SaxesParser } from "saxes";
import type { Browser, Page } from "playwright-core";
import { cspViolations, launch, recordCspViolations, screenshotPath, serve } from "./browser";
import { audit } from "../../src/core/engine";
import { readWorkbook } from "../../src/cli/read-xlsx";
import { formulasCached, snapshotToXlsx } from "../support/snapshot-xlsx";
import { yangpu } from "../support/pack";
import { tempDir } from "../support/xlsx";
import { corpus } from "../corpus/index";
import { corpus2 } from "../corpus2/index";
import { version } from "../../package.json";

/**
 * The WPS build of the pane (dist/wps, npm run build:wps) in Debian's Chromium, over the WPS object-model emulator
 * injected as `window.Application` (test/ui/wps-host.ts): the same pane, the same engine, through src/wps.
 */
const root = path.join(__dirname, "..", "..");
/** The add-in folder webpack.wps.config.js writes. */
const folder = `budget-ruler_${version}`;
let browser: Browser;
let server: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  server = await serve("wps");
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The elements of an XML file, as [name, attributes] in document order (saxes throws on malformed XML). */
function elements(file: string): [string, Record<string, string>][] {
  const out: [string, Record<string, string>][] = [];
  const parser = new SaxesParser();
  parser.on("opentag", (tag) => out.push([tag.name, tag.attributes as Record<string, string>]));
  parser.write(fs.readFileSync(file, "utf8")).close();
  return out;
}

test("npm run build:wps: the add-in folder and the publish files, nothing fetched from outside the add-in's server", () => {
  const dist = path.join(root, "dist", "wps");
  const addin = path.join(dist, folder);
  for (const f of ["ribbon.xml", "index.html", "main.js", "taskpane.html", "taskpane.js", "taskpane.css"])
    expect(fs.existsSync(path.join(addin, f))).toBe(true);
  const ribbon = elements(path.join(addin, "ribbon.xml"));
  expect(ribbon[0]).toEqual(["customUI", expect.objectContaining({ onLoad: "OnAddinLoad" })]);
  expect(ribbon.find(([n]) => n === "tab")?.[1].label).toBe("预算标尺");
  expect(ribbon.filter(([n]) => n === "button").map(([, a]) => [a.id, a.label, a.onAction])).toEqual([
    ["btnCheck", "检查", "OnAction"],
    ["btnClear", "清除标记", "OnAction"],
    ["btnApprove", "按标准核定", "OnAction"],
    ["btnPane", "打开任务窗格", "OnAction"],
  ]);
  expect(elements(path.join(dist, "jsplugins.xml"))).toEqual([
    ["jsplugins", {}],
    ["jspluginonline", { name: "budget-ruler", type: "et", url: expect.stringMatching(new RegExp(`/${folder}/$`)) }],
  ]);
  expect(elements(path.join(dist, "publish.xml"))[1]).toEqual([
    "jsplugin",
    expect.objectContaining({ name: "budget-ruler", type: "et", url: folder, version }),
  ]);
  // Pages load scripts only from their own folder and may connect only to it (the CSP says so, the browser tests
  // hold the pages to it); no page names another origin.
  for (const page of ["index.html", "taskpane.html"]) {
    const html = fs.readFileSync(path.join(addin, page), "utf8");
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).toMatch(/script-src 'self';.*connect-src 'self'/);
    expect(html).not.toMatch(/office\.js/);
  }
});

async function openWps(query = ""): Promise<Page & { errors: string[] }> {
  const page = (await browser.newPage({ viewport: { width: 360, height: 900 } })) as Page & { errors: string[] };
  await page.addInitScript({ path: path.join(root, "dist", "test-ui", "wps-host.js") });
  page.errors = [];
  page.on("pageerror", (err) => page.errors.push(String(err)));
  (page as unknown as { cspViolations: () => Promise<string[]> }).cspViolations = await recordCspViolations(page);
  await page.goto(`${server.url}/${folder}/taskpane.html${query}`);
  await page.getByTestId("check-button").waitFor();
  return page;
}

const state = (page: Page) => page.evaluate(() => (window as unknown as { __wps: { state(): string } }).__wps.state());
const cell = (page: Page, sheet: string, key: string) =>
  page.evaluate(
    ([s, k]) =>
      (
        window as unknown as { __wps: { app: { book: { sheet(n: string): { cells: Map<string, unknown> } } } } }
      ).__wps.app.book
        .sheet(s)
        .cells.get(k) ?? null,
    [sheet, key] as const,
  ) as Promise<{ value?: unknown; formula?: string; fill?: { color: string }; comment?: string } | null>;

async function findingsOf(page: Page): Promise<string[]> {
  const items = page.getByTestId("finding-item");
  return (
    await items.evaluateAll((els) =>
      els.map((e) => `${e.getAttribute("data-rule")}@${e.getAttribute("data-cell") ?? ""}`),
    )
  ).sort();
}

test("in WPS: check flags and comments, the limits are named, 清除标记 leaves the workbook exactly as it was", async () => {
  const page = await openWps();
  await expect(page.getByTestId("host-limits").textContent()).resolves.toMatch(/页面布局.*_BudgetRuler.*边写边查/);
  // What WPS does not offer is named, not silently missing: no 边写边查 switch, no 新建预算表 button.
  await expect(page.getByTestId("live-switch").count()).resolves.toBe(0);
  await expect(page.getByTestId("template-button").count()).resolves.toBe(0);
  const before = await state(page);
  await page.getByTestId("check-button").click();
  await page.getByTestId("summary").waitFor();
  await page.getByTestId("finding-item").first().waitFor();
  expect(await findingsOf(page)).toEqual(
    expect.arrayContaining([
      "om.hardware-rate@运维预算表!G6",
      "om.app-software-rate@运维预算表!E13",
      "om.excluded-item@运维预算表!E14",
    ]),
  );
  expect((await cell(page, "运维预算表", "5,6"))?.fill?.color).toBe("#FFC7CE");
  expect((await cell(page, "运维预算表", "12,4"))?.comment).toMatch(/^经办人：张三\n—+\n预算标尺 Budget Ruler/);
  await page.screenshot({ path: screenshotPath("wps-01-checked"), fullPage: true });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  await page.getByTestId("clear-button").click();
  await page.getByTestId("status").waitFor();
  expect(await state(page)).toBe(before);
  expect(page.errors).toEqual([]);
  expect(await cspViolations(page)).toEqual([]);
});

test("in WPS: 按标准核定 writes live formulas, 撤销核定 puts the workbook back exactly; the ribbon's 检查 runs the pane's", async () => {
  const page = await openWps();
  const before = await state(page);
  // The ribbon's 检查 (main.js OnAction) leaves its action in PluginStorage; the pane runs it.
  await page.evaluate(() =>
    (
      window as unknown as { Application: { PluginStorage: { setItem(k: string, v: string): void } } }
    ).Application.PluginStorage.setItem("budgetRuler.ribbonAction", "check"),
  );
  await page.getByTestId("summary").waitFor();
  await page.getByTestId("approve-button").click();
  await page.getByTestId("approve-dialog").waitFor();
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"));
  await page.screenshot({ path: screenshotPath("wps-02-approve-preview") });
  await page.getByTestId("approve-apply").click();
  await page.getByTestId("approve-dialog").waitFor({ state: "detached" });
  await page.getByTestId("revert-button").waitFor();
  const deadline = Date.now() + 10_000;
  while ((await cell(page, "运维预算表", "5,6"))?.formula !== "=E6*F6" && Date.now() < deadline)
    await page.waitForTimeout(100);
  expect(await cell(page, "运维预算表", "5,6")).toMatchObject({ formula: "=E6*F6", value: 8000 });
  await page.screenshot({ path: screenshotPath("wps-03-approved"), fullPage: true });
  // 撤销核定 (the pane checks again afterwards, flagging what the restored budget breaks), then 清除标记.
  await page.getByTestId("revert-button").click();
  const until = async (ok: () => Promise<boolean>) => {
    const end = Date.now() + 10_000;
    while (!(await ok()) && Date.now() < end) await page.waitForTimeout(100);
  };
  await until(async () => (await cell(page, "运维预算表", "5,6"))?.formula === undefined);
  await until(() => page.getByTestId("clear-button").isEnabled());
  await page.getByTestId("clear-button").click();
  await until(async () => (await state(page)) === before);
  expect(await state(page)).toBe(before);
  expect(page.errors).toEqual([]);
});

describe("in WPS, the pane gives the CLI's findings on every corpus workbook", () => {
  const pack = yangpu();
  const dir = tempDir();
  const entries = [...corpus, ...corpus2].filter((e) => formulasCached(e.build()));
  it("covers the corpora", () => expect(entries.length).toBeGreaterThan(100));
  it("every workbook", async () => {
    const page = await openWps();
    const differ: string[] = [];
    for (const e of entries) {
      const file = await snapshotToXlsx(e.build(), path.join(dir, e.name));
      const cli = audit((await readWorkbook(file)).snapshot, pack);
      const expected = cli.findings.map((f) => `${f.rule}@${f.sheet && f.cell ? `${f.sheet}!${f.cell}` : ""}`).sort();
      await page.goto(`${server.url}/${folder}/taskpane.html?book=${encodeURIComponent(e.name)}`);
      await page.getByTestId("check-button").click();
      await page.getByTestId("summary").waitFor();
      if (expected.length) await page.getByTestId("finding-item").first().waitFor();
      const got = await findingsOf(page);
      if (JSON.stringify(got) !== JSON.stringify(expected))
        differ.push(`${e.name}: ${got.join(" ")} ≠ ${expected.join(" ")}`);
    }
    expect(differ).toEqual([]);
    expect(page.errors).toEqual([]);
  }, 600_000);
});

test("the entry page's ribbon callbacks: 打开任务窗格 opens one pane; 按标准核定 from the ribbon checks, then previews", async () => {
  const entry = await browser.newPage();
  await entry.addInitScript({ path: path.join(root, "dist", "test-ui", "wps-host.js") });
  await entry.goto(`${server.url}/${folder}/index.html`);
  const ribbon = await entry.evaluate(() => {
    type Callbacks = {
      OnAddinLoad(): boolean;
      OnAction(c: { Id: string }): boolean;
      GetImage(c: { Id: string }): string;
      Application: { PluginStorage: { getItem(k: string): unknown }; GetTaskPane(id: string): { url: string } };
    };
    const w = window as unknown as Callbacks;
    w.OnAddinLoad();
    w.OnAction({ Id: "btnPane" });
    const first = String(w.Application.PluginStorage.getItem("budgetRuler.taskPaneId"));
    w.OnAction({ Id: "btnApprove" });
    return {
      first,
      second: String(w.Application.PluginStorage.getItem("budgetRuler.taskPaneId")),
      url: w.Application.GetTaskPane(first).url,
      action: w.Application.PluginStorage.getItem("budgetRuler.ribbonAction"),
      image: w.GetImage({ Id: "btnCheck" }),
    };
  });
  expect(ribbon).toEqual({
    first: "1",
    second: "1",
    url: `${server.url}/${folder}/taskpane.html`,
    action: "approve",
    image: "assets/icon-32.png",
  });
  await entry.close();
  // The pane, handed 按标准核定 before any check: it checks, then opens the preview.
  const page = await openWps();
  await page.evaluate(() =>
    (
      window as unknown as { Application: { PluginStorage: { setItem(k: string, v: string): void } } }
    ).Application.PluginStorage.setItem("budgetRuler.ribbonAction", "approve"),
  );
  await page.getByTestId("approve-dialog").waitFor();
  await expect(page.getByTestId("change-row").count()).resolves.toBe(3);
  expect(page.errors).toEqual([]);
});
