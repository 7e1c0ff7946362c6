import * as fs from "fs";
import * as path from "path";
import type { Browser, Page } from "playwright-core";
import { cspViolations, launch, openPane, recordCspViolations, screenshotPath, serve } from "./browser";

/** What the injected fake host exposes for the test to look at (see fake-host.ts). */
interface HostView {
  selection: { sheet: string; address: string } | null;
  fill: (row: number, col: number) => string | null;
  cell: (row: number, col: number) => { value?: unknown; formula?: string } | null;
  notes: number;
  sheets: string[];
}

function host(page: Page): Promise<HostView> {
  return page.evaluate(() => {
    const book = (window as unknown as { __budgetRulerTestHost: { book: any } }).__budgetRulerTestHost.book; // eslint-disable-line @typescript-eslint/no-explicit-any
    const sheet = book.sheet("运维预算表");
    const cells: Record<string, unknown> = {};
    for (const [k, c] of sheet.cells) cells[k] = c;
    return {
      selection: book.selection,
      cellsJson: JSON.stringify(cells),
      notes: book.notes.size,
      sheets: book.sheets.map((s: { name: string }) => s.name),
    };
  }).then((raw) => {
    const cells = JSON.parse((raw as unknown as { cellsJson: string }).cellsJson) as Record<string, { fill?: { color: string }; value?: unknown; formula?: string }>;
    return {
      selection: raw.selection,
      notes: raw.notes,
      sheets: raw.sheets,
      fill: (row: number, col: number) => cells[`${row},${col}`]?.fill?.color ?? null,
      cell: (row: number, col: number) => cells[`${row},${col}`] ?? null,
    };
  });
}

/** Retries an assertion until it holds or 10 s pass (the pane works asynchronously after a click). */
async function eventually(assertion: () => Promise<void>, timeoutMs = 10000): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    try {
      await assertion();
      return;
    } catch (err) {
      if (Date.now() > end) throw err;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

let browser: Browser;
let server: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  server = await serve();
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function check(page: Page): Promise<void> {
  await page.getByTestId("check-button").click();
  await page.getByTestId("summary").waitFor();
  await page.getByTestId("finding-item").first().waitFor();
}

test("check, see the findings, jump to one, clear the flags", async () => {
  const page = await openPane(browser, server.url);
  await page.getByTestId("check-button").waitFor();
  await page.screenshot({ path: screenshotPath("01-pane-open") });

  await check(page);
  const items = page.getByTestId("finding-item");
  const cells = await items.evaluateAll((els) => els.map((e) => `${e.getAttribute("data-rule")}@${e.getAttribute("data-cell")}`));
  expect(cells).toEqual(
    expect.arrayContaining(["om.hardware-rate@运维预算表!G6", "om.app-software-rate@运维预算表!E13", "om.excluded-item@运维预算表!E14"]),
  );
  expect(await page.getByTestId("count-error").textContent()).toMatch(/\d/);
  await expect(page.getByTestId("findings").textContent()).resolves.toMatch(/配置标准/);
  let excel = await host(page);
  expect(excel.fill(5, 6)).toBe("#FFC7CE"); // G6 flagged as an error, over the user's yellow
  expect(excel.notes).toBeGreaterThanOrEqual(3);
  await page.screenshot({ path: screenshotPath("02-checked"), fullPage: true });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  await page.locator('[data-testid="finding-item"][data-cell="运维预算表!E13"]').click();
  await eventually(async () => expect(await (async () => (await host(page)).selection)()).toEqual({ sheet: "运维预算表", address: "E13" }));

  await page.getByTestId("clear-button").click();
  await page.getByTestId("status").waitFor();
  await expect(page.getByTestId("status").textContent()).resolves.toMatch(/已清除 \d+ 处标记/);
  excel = await host(page);
  expect(excel.fill(5, 6)).toBe("#FFFF00"); // the user's own yellow is back
  expect(excel.fill(12, 4)).toBeNull();
  expect(excel.notes).toBe(0);
  await page.screenshot({ path: screenshotPath("03-cleared"), fullPage: true });
  expect((page as Page & { errors: string[] }).errors).toEqual([]);
});

test("recalculate maintenance fees with a preview, then revert", async () => {
  const page = await openPane(browser, server.url);
  await check(page);
  await page.getByTestId("recalc-button").click();
  const dialog = page.getByTestId("recalc-dialog");
  await dialog.waitFor();
  const rows = dialog.getByTestId("change-row");
  expect(await rows.count()).toBeGreaterThanOrEqual(3);
  await expect(dialog.textContent()).resolves.toMatch(/=E6\*F6/);
  // Let Fluent's dialog finish fading in, so the screenshot shows what a person sees.
  await page.waitForTimeout(500);
  await page.screenshot({ path: screenshotPath("04-recalc-preview") });

  await page.getByTestId("recalc-apply").click();
  await eventually(async () => expect(await (async () => (await host(page)).cell(5, 6)?.formula)()).toBe("=E6*F6"));
  expect((await host(page)).cell(5, 6)?.value).toBe(8000);
  await eventually(async () => expect(await (() => page.getByTestId("revert-button").isEnabled())()).toBe(true));
  // The pane re-checks after writing: the over-rate finding on G6 is gone.
  await eventually(async () => expect(await (() => page.locator('[data-testid="finding-item"][data-rule="om.hardware-rate"]').count())()).toBe(0));
  // Photograph what the user is left with: the dialog (surface and backdrop) gone, the new findings shown.
  await dialog.waitFor({ state: "detached" });
  await eventually(async () => expect(await (() => page.locator('[role="dialog"], [role="alertdialog"]').count())()).toBe(0));
  await page.getByTestId("finding-item").first().waitFor({ state: "visible" });
  await page.getByTestId("summary").waitFor({ state: "visible" });
  await page.screenshot({ path: screenshotPath("05-recalculated"), fullPage: true });

  await page.getByTestId("revert-button").click();
  await eventually(async () => expect(await (async () => (await host(page)).cell(5, 6)?.formula ?? null)()).toBeNull());
  expect((await host(page)).cell(5, 6)?.value).toBe(10000);
  await eventually(async () => expect(await (() => page.locator('[data-testid="finding-item"][data-rule="om.hardware-rate"]').count())()).toBeGreaterThan(0));
  await page.screenshot({ path: screenshotPath("06-reverted"), fullPage: true });
  expect((page as Page & { errors: string[] }).errors).toEqual([]);
});

test("undo keeps a fee edited after the recalculation and says so; a protected sheet is named, nothing written", async () => {
  const page = await openPane(browser, server.url);
  await check(page);
  await page.getByTestId("recalc-button").click();
  await page.getByTestId("recalc-dialog").waitFor();
  await page.getByTestId("recalc-apply").click();
  await eventually(async () => expect(await (() => page.getByTestId("revert-button").isEnabled())()).toBe(true));
  // The user types 9000 over the recalculated fee in G6.
  await page.evaluate(() => {
    const book = (window as unknown as { __budgetRulerTestHost: { book: any } }).__budgetRulerTestHost.book; // eslint-disable-line @typescript-eslint/no-explicit-any
    const g6 = book.sheet("运维预算表").ensure(5, 6);
    delete g6.formula;
    g6.value = 9000;
  });
  await page.getByTestId("revert-button").click();
  await page.getByTestId("status").waitFor();
  await expect(page.getByTestId("status").textContent()).resolves.toMatch(/G6 在重算后被修改过，未恢复.*G6=10000/);
  expect((await host(page)).cell(5, 6)?.value).toBe(9000);
  expect((await host(page)).cell(5, 5)?.value).toBe(0.1); // F6, not edited, is back
  await page.screenshot({ path: screenshotPath("07-revert-kept-edit"), fullPage: true });

  // Review → Protect Sheet, then 检查: the findings are listed, the sheet is named, no cell is flagged.
  await page.getByTestId("clear-button").click();
  await eventually(async () => expect(await (() => page.getByTestId("clear-button").isEnabled())()).toBe(false));
  await page.evaluate(() => {
    const book = (window as unknown as { __budgetRulerTestHost: { book: any } }).__budgetRulerTestHost.book; // eslint-disable-line @typescript-eslint/no-explicit-any
    book.sheet("运维预算表").protected = true;
  });
  const fills = (await host(page)).fill(4, 6);
  await page.getByTestId("check-button").click();
  await page.getByTestId("error-bar").waitFor();
  await expect(page.getByTestId("error-bar").textContent()).resolves.toMatch(/工作表“运维预算表”受保护.*撤销工作表保护/);
  expect(await page.getByTestId("finding-item").count()).toBeGreaterThan(0);
  expect((await host(page)).fill(4, 6)).toBe(fills);
  expect((await host(page)).notes).toBe(0);
  await page.screenshot({ path: screenshotPath("07b-protected"), fullPage: true });
  expect((page as Page & { errors: string[] }).errors).toEqual([]);
});

test("English and dark theme on an ExcelApi 1.6 host; the results sheet", async () => {
  const page = await openPane(browser, server.url, "#dark,en-US,api=1.6");
  await check(page);
  await expect(page.getByTestId("check-button").textContent()).resolves.toMatch(/Check/i);
  const bg = await page.evaluate(() => getComputedStyle(document.querySelector("main")!.parentElement!).backgroundColor);
  expect(bg).not.toBe("rgb(255, 255, 255)");
  await page.screenshot({ path: screenshotPath("07-dark-en"), fullPage: true });
  // Nothing in a 360 px pane may be wider than the pane (long English titles included).
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await page.getByTestId("results-sheet-button").click();
  await eventually(async () => expect(await (async () => (await host(page)).sheets)()).toContain("Audit results"));
  expect((await host(page)).notes).toBe(0); // no notes before ExcelApi 1.18: fills only
  expect((page as Page & { errors: string[] }).errors).toEqual([]);
});

test("a failure in Excel shows a message naming the sheet, and the pane keeps working", async () => {
  const page = await openPane(browser, server.url);
  await check(page);
  // The user renames the sheet after the check: jumping to a finding must say which sheet is gone.
  await page.evaluate(() => {
    const book = (window as unknown as { __budgetRulerTestHost: { book: { sheets: { name: string }[] } } }).__budgetRulerTestHost.book;
    book.sheets[0].name = "改名后的表";
  });
  await page.getByTestId("finding-item").first().click();
  await page.getByTestId("error-bar").waitFor();
  await expect(page.getByTestId("error-bar").textContent()).resolves.toMatch(/运维预算表/);
  await page.screenshot({ path: screenshotPath("08-error"), fullPage: true });
  await check(page);
  expect(await page.getByTestId("finding-item").count()).toBeGreaterThan(0);
});

const web = path.join(__dirname, "..", "..", "dist", "web");
const PAGES = ["taskpane.html", "commands.html", "help.html"];

function policyOf(html: string): string | null {
  // The production build minifies the html (attribute quotes dropped where it can).
  const m = /<meta http-equiv="?Content-Security-Policy"? content="([^"]*)"/i.exec(html);
  return m ? m[1] : null;
}

test.each(PAGES)("%s carries a strict Content-Security-Policy before anything it loads", (name) => {
  const html = fs.readFileSync(path.join(web, name), "utf8");
  const policy = policyOf(html);
  expect(policy).not.toBeNull();
  expect(policy).not.toMatch(/unsafe-eval|unsafe-inline|unsafe-hashes|\*/);
  expect(policy).toMatch(/default-src 'none'/);
  expect(policy).toMatch(/script-src 'self' https:\/\/appsforoffice\.microsoft\.com(;|$)/);
  // The policy must come before the first script or stylesheet, or those escape it.
  const meta = html.indexOf("Content-Security-Policy");
  for (const tag of ["<script", "<link", "<style"]) if (html.includes(tag)) expect(meta).toBeLessThan(html.indexOf(tag));
  // Nothing inline for the policy to refuse.
  expect(html).not.toMatch(/<style|<script(?![^>]*\ssrc=)[^>]*>|\sstyle=|\son[a-z]+=/i);
});

test("the production pages load office.js from Microsoft's CDN, which the policy allows", () => {
  // The browser tests build with a local office.js (no network); the production build's template is the same.
  const webpackConfig = fs.readFileSync(path.join(__dirname, "..", "..", "webpack.config.js"), "utf8");
  expect(webpackConfig).toContain('const OFFICE_ORIGIN = "https://appsforoffice.microsoft.com"');
  expect(fs.readFileSync(path.join(web, "taskpane.html"), "utf8")).toMatch(/<script[^>]*src="?office\/office.js"?>/);
});

test("the pane bundle compiles no code at run time and carries no ajv", () => {
  for (const file of fs.readdirSync(web).filter((f) => f.endsWith(".js"))) {
    const js = fs.readFileSync(path.join(web, file), "utf8");
    expect([file, /new Function\(|\beval\(/.test(js)]).toEqual([file, false]);
    // Strings only ajv's compiler holds.
    expect([file, js.includes("strict mode: unknown keyword")]).toEqual([file, false]);
  }
});

test("a full check flow raises no Content-Security-Policy violation, and the policy is enforced", async () => {
  const page = await openPane(browser, server.url);
  await check(page);
  await page.locator('[data-testid="finding-item"][data-cell="运维预算表!E13"]').click();
  await page.getByTestId("recalc-button").click();
  const dialog = page.getByTestId("recalc-dialog");
  await dialog.waitFor();
  await page.getByTestId("recalc-apply").click();
  await dialog.waitFor({ state: "detached" });
  await eventually(async () => expect(await (() => page.getByTestId("revert-button").isEnabled())()).toBe(true));
  await page.getByTestId("revert-button").click();
  await eventually(async () => expect(await (() => page.locator('[data-testid="finding-item"][data-rule="om.hardware-rate"]').count())()).toBeGreaterThan(0));
  await page.getByTestId("clear-button").click();
  await page.getByTestId("status").waitFor();
  // Fluent's styles applied (Griffel's style elements were allowed): the check button is not an unstyled button.
  const radius = await page.getByTestId("check-button").evaluate((el) => getComputedStyle(el).borderTopLeftRadius);
  expect(radius).not.toBe("0px");
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  expect(policy).toBeTruthy();
  expect(policy).not.toContain("unsafe-eval");
  expect(await cspViolations(page)).toEqual([]);
  expect((page as Page & { errors: string[] }).errors).toEqual([]);

  // The listener works and the policy is in force: an inline script is refused and reported. (Playwright's own
  // evaluate is exempt from the page's CSP, so eval cannot be probed from here; the policy has no 'unsafe-eval'.)
  const inlineRan = await page.evaluate(async () => {
    const script = document.createElement("script");
    script.textContent = "window.__inlineRan = true";
    document.head.appendChild(script);
    await new Promise((r) => setTimeout(r, 50));
    return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
  });
  expect(inlineRan).toBe(false);
  await eventually(async () => expect((await cspViolations(page)).join("\n")).toMatch(/script-src/));
});

test.each(["commands.html", "help.html"])("%s loads under its policy with no violation", async (name) => {
  const page = await browser.newPage();
  const violations = await recordCspViolations(page);
  await page.goto(`${server.url}/${name}`);
  await page.waitForLoadState("load");
  await page.waitForTimeout(300);
  expect(await violations()).toEqual([]);
  if (name === "help.html") expect(await page.evaluate(() => getComputedStyle(document.body).maxWidth)).not.toBe("none");
  await page.close();
});

test("the production manifest points only at the production host, and at files the build produced", () => {
  const web = path.join(__dirname, "..", "..", "dist", "web");
  const manifest = fs.readFileSync(path.join(web, "manifest.xml"), "utf8");
  expect(manifest).not.toContain("localhost");
  const urls = [...manifest.matchAll(/https:\/\/[^"<\s]+/g)].map((m) => m[0]).filter((u) => u.startsWith("https://budget-ruler.example.gov.cn/"));
  expect(urls.length).toBeGreaterThan(5);
  for (const url of urls) {
    const file = new URL(url).pathname.slice(1);
    if (file) expect([file, fs.existsSync(path.join(web, file))]).toEqual([file, true]);
  }
});
