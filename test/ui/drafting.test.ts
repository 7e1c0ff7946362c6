/**
 * Drafting in Excel (issue 18), in Debian's Chromium at 320 px against the fake Excel host: results first, 边写边查,
 * 新建预算表 for each kind (checked by the CLI), the no-table guidance, English with no Chinese UI text, an oversized
 * saved record, a 10,000-line preview. Screenshots go to test/ui/screenshots/ (committed, to look at).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { Browser, Page } from "playwright-core";
import { cspViolations, launch, recordCspViolations, serve } from "./browser";
import { snapshotToXlsx } from "../support/snapshot-xlsx";
import { runCli } from "../support/cli";
import type { WorkbookSnapshot } from "../../src/core/snapshot/types";

const WIDTH = 320;
const HEIGHT = 640;
const SHOTS = path.join(__dirname, "screenshots");

let browser: Browser;
let server: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  server = await serve();
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(hash = ""): Promise<Page & { errors: string[] }> {
  const page = (await browser.newPage({ viewport: { width: WIDTH, height: HEIGHT } })) as Page & { errors: string[] };
  await page.addInitScript({ path: path.join(__dirname, "..", "..", "dist", "test-ui", "fake-host.js") });
  page.errors = [];
  page.on("pageerror", (err) => page.errors.push(String(err)));
  (page as unknown as { cspViolations: () => Promise<string[]> }).cspViolations = await recordCspViolations(page);
  await page.goto(`${server.url}/taskpane.html${hash}`);
  await page.getByTestId("check-button").waitFor();
  return page;
}

const shot = (page: Page, name: string, fullPage = false) =>
  page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage });

/** Waits for Fluent's animations to finish, so a screenshot shows what a person sees. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"));
  await page.waitForTimeout(200);
}

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

/** Whether an element is wholly inside the viewport as the pane first shows it (no scrolling). */
async function inView(page: Page, testId: string): Promise<boolean> {
  const box = await page.getByTestId(testId).first().boundingBox();
  const scrolled = await page.evaluate(() => window.scrollY);
  return !!box && scrolled === 0 && box.y >= 0 && box.y + box.height <= HEIGHT;
}

/** A person types into a cell of the fake workbook (0-based row and column): Excel raises onChanged. */
function typeInto(page: Page, sheet: string, row: number, col: number, value: string | number): Promise<void> {
  return page.evaluate(
    ([s, r, c, v]) => {
      const book = (window as unknown as { __budgetRulerTestHost: { book: any } }).__budgetRulerTestHost.book; // eslint-disable-line @typescript-eslint/no-explicit-any
      book.edit(s, r, c, v);
    },
    [sheet, row, col, value] as const,
  );
}

/** A sheet of the fake workbook as a snapshot (values, formulas, formats), as the CLI would read it from a file. */
function sheetSnapshot(page: Page, name: string): Promise<WorkbookSnapshot> {
  return page.evaluate((sheetName) => {
    const book = (window as unknown as { __budgetRulerTestHost: { book: any } }).__budgetRulerTestHost.book; // eslint-disable-line @typescript-eslint/no-explicit-any
    book.recalculate();
    const sheet = book.sheet(sheetName);
    let rows = 0;
    let cols = 0;
    for (const k of sheet.cells.keys()) {
      const [r, c] = String(k).split(",").map(Number);
      rows = Math.max(rows, r + 1);
      cols = Math.max(cols, c + 1);
    }
    type Cell = { value?: string | number | boolean | null; formula?: string; numberFormat?: string } | undefined;
    const grid = <T>(f: (cell: Cell) => T) =>
      Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => f(sheet.cell(r, c))));
    return {
      name: "template.xlsx",
      sheets: [
        {
          name: sheetName,
          origin: { row: 0, col: 0 },
          values: grid((c) => (c?.value === undefined ? null : c.value)),
          formulas: grid((c) => c?.formula ?? null),
          numberFormats: grid((c) => c?.numberFormat ?? null),
          merges: [],
        },
      ],
    };
  }, name);
}

test("at 320 px the findings and the verdict take the top after 检查; the settings are one line", async () => {
  const page = await open("#book=oa");
  await expect(page.getByTestId("settings-summary").textContent()).resolves.toBe("自动选择标准");
  await shot(page, "01-open-320");
  await page.getByTestId("check-button").click();
  await page.getByTestId("finding-item").first().waitFor();
  await settled(page);
  // Without scrolling: the verdict and the first finding.
  expect(await inView(page, "summary")).toBe(true);
  expect(await inView(page, "finding-item")).toBe(true);
  await expect(page.getByTestId("settings-summary").textContent()).resolves.toBe(
    "杨浦 2023（自动） · 升级改造 · 办公自动化（OA） · 未申报",
  );
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(WIDTH);
  await shot(page, "02-checked-320");
  // Click the line to open the settings.
  await page.getByTestId("settings-toggle").click();
  await page.getByTestId("standard-picker").waitFor();
  await settled(page);
  await shot(page, "03-settings-open-320");
  expect(await cspViolations(page)).toEqual([]);
  expect(page.errors).toEqual([]);
});

test("边写边查: an edit that breaks a cap produces its finding without 检查", async () => {
  const page = await open();
  await page.getByTestId("check-button").click();
  await page.getByTestId("finding-item").first().waitFor();
  expect(await page.getByTestId("live-switch").isChecked()).toBe(true);
  const ups = '[data-testid="finding-item"][data-rule="om.hardware-rate"][data-cell="运维预算表!G8"]';
  expect(await page.locator(ups).count()).toBe(0);
  // The UPS's maintenance (class B, at most 6% of 50,000) typed up to 9,000.
  await typeInto(page, "运维预算表", 7, 6, 9000);
  await page.locator(ups).waitFor({ timeout: 5000 });
  await expect(page.locator(ups).textContent()).resolves.toMatch(/UPS维保/);
  // …and flagged on the sheet, with the verdict updated.
  await eventually(async () =>
    expect(
      await page.evaluate(
        () =>
          (window as unknown as { __budgetRulerTestHost: { book: any } }).__budgetRulerTestHost.book // eslint-disable-line @typescript-eslint/no-explicit-any
            .sheet("运维预算表")
            .cell(7, 6)?.fill?.color ?? null,
      ),
    ).toBe("#FFC7CE"),
  );
  await page.locator(ups).scrollIntoViewIfNeeded();
  await settled(page);
  await shot(page, "04-live-recheck-320");
  // Back within the cap: the finding goes, again without 检查.
  await typeInto(page, "运维预算表", 7, 6, 3000);
  await eventually(async () => expect(await page.locator(ups).count()).toBe(0));
  expect(page.errors).toEqual([]);
});

test.each(["construction", "upgrade", "om"] as const)(
  "新建预算表 (%s): the sheet it writes passes the CLI with no error or warning",
  async (kind) => {
    const page = await open("#book=blank");
    await page.getByTestId("template-button").click();
    const dialog = page.getByTestId("template-dialog");
    await dialog.waitFor();
    await page.getByTestId("template-kind").selectOption(kind);
    if (kind !== "om") await page.getByTestId("template-system").selectOption("oa");
    await settled(page);
    if (kind === "construction") await shot(page, "05-template-dialog-320");
    await page.getByTestId("template-create").click();
    await dialog.waitFor({ state: "detached" });
    const name = kind === "om" ? "运维预算表" : "投资估算表";
    await expect(page.getByTestId("status").textContent()).resolves.toMatch(new RegExp(`已新建工作表“${name}”`));
    await page.getByTestId("summary").waitFor();
    // The pane checked it: nothing over a limit.
    await expect(page.getByTestId("count-error").textContent()).resolves.toBe("0");
    await expect(page.getByTestId("count-warning").textContent()).resolves.toBe("0");
    await settled(page);
    await shot(page, `06-template-${kind}-320`);

    // The CLI reads the sheet the pane wrote, from a real .xlsx.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ui-template-"));
    const file = await snapshotToXlsx(await sheetSnapshot(page, name), path.join(dir, `${kind}.xlsx`));
    const { code, out } = await runCli(["check", file, "--format", "json", "--jobs", "1"]);
    const report = JSON.parse(out);
    const objections = report.files[0].findings.filter((f: { severity: string }) => f.severity !== "info");
    expect([code, objections]).toEqual([0, []]);
    expect(report.files[0].project.kind).toBe(kind);
    fs.rmSync(dir, { recursive: true, force: true });
    expect(page.errors).toEqual([]);
  },
);

test("a workbook with no budget table gets guidance, not an error", async () => {
  const page = await open("#book=notes");
  await page.getByTestId("check-button").click();
  await page.getByTestId("no-table").waitFor();
  expect(await page.getByTestId("error-bar").count()).toBe(0);
  await expect(page.getByTestId("no-table").textContent()).resolves.toMatch(
    /没有找到预算表.*表头.*名称.*金额.*然后点击“检查”/,
  );
  expect(await page.getByTestId("template-button").isEnabled()).toBe(true);
  await settled(page);
  await shot(page, "07-no-table-320");
  expect(page.errors).toEqual([]);
});

/** CJK characters in a text. */
const cjk = (text: string) => text.match(/[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/g) ?? [];

test("in English: amounts in CNY, labels in sentence case, no Chinese in the pane's own text", async () => {
  const page = await open("#book=oa,en-US");
  await page.getByTestId("check-button").click();
  await page.getByTestId("finding-item").first().waitFor();
  await settled(page);
  await shot(page, "08-en-checked-320");
  await expect(page.getByTestId("total-grand").textContent()).resolves.toBe("CNY 121.18 (10k)");
  await expect(page.getByTestId("total-approved").textContent()).resolves.toBe("CNY 112.376 (10k)");
  // The pane's own text: the toolbar, the settings line, the verdict, the group headings.
  for (const id of ["settings-summary", "summary", "check-button", "approve-button", "template-button"])
    expect([id, cjk((await page.getByTestId(id).first().textContent()) ?? "")]).toEqual([id, []]);
  expect(cjk((await page.locator("h3").allTextContents()).join(" "))).toEqual([]);
  // The settings in English, labels in sentence case.
  await page.getByTestId("settings-toggle").click();
  await page.getByTestId("standard-picker").waitFor();
  const settings = (await page.getByTestId("settings").textContent()) ?? "";
  // The place as the workbook's title writes it is the one Chinese left, glossed.
  expect(settings).toContain("the title names Yangpu (杨浦)");
  expect(cjk(settings.replace("(杨浦)", ""))).toEqual([]);
  expect(settings).toContain("Project kind");
  await settled(page);
  await shot(page, "09-en-settings-320", true);
  // The preview: the totals in the sheet's unit, in CNY.
  await page.getByTestId("approve-button").click();
  await page.getByTestId("approve-dialog").waitFor();
  await expect(page.getByTestId("approve-totals").textContent()).resolves.toBe(
    "Submitted CNY 121.18 (10k) → approved CNY 112.376 (10k), reduced by CNY 8.804 (10k) (7.27%)",
  );
  await settled(page);
  await shot(page, "10-en-preview-320");
  expect(page.errors).toEqual([]);
});

test("a crafted 5.7 MB flag record leaves the pane usable and can be removed", async () => {
  const page = await open("#bigrecord");
  await page.getByTestId("oversized-record").waitFor();
  expect(await page.getByTestId("error-bar").count()).toBe(0);
  await page.getByTestId("check-button").click();
  await page.getByTestId("finding-item").first().waitFor();
  expect(await page.getByTestId("error-bar").count()).toBe(0);
  await expect(page.getByTestId("oversized-record").textContent()).resolves.toMatch(/标记记录过大/);
  expect(await page.getByText(/payload/i).count()).toBe(0);
  await settled(page);
  await shot(page, "11-oversized-record-320");
  await page.getByTestId("oversized-remove").click();
  await page.getByTestId("oversized-record").waitFor({ state: "detached" });
  const left = await page.evaluate(() =>
    (
      window as unknown as { __budgetRulerTestHost: { book: { settings: Map<string, unknown> } } }
    ).__budgetRulerTestHost.book.settings.has("budgetRuler.flags"),
  );
  expect(left).toBe(false);
  // Flags work again.
  await page.getByTestId("check-button").click();
  await eventually(async () => expect(await page.getByTestId("clear-button").isEnabled()).toBe(true));
  expect(page.errors).toEqual([]);
});

test("a 10,000-line preview opens in under a second, rendered as it is scrolled", async () => {
  const page = await open("#book=big");
  await page.getByTestId("check-button").click();
  await page.getByTestId("summary").waitFor({ timeout: 60000 });
  await eventually(async () => expect(await page.getByTestId("approve-button").isEnabled()).toBe(true), 60000);
  const started = Date.now();
  await page.getByTestId("approve-button").click();
  await page.getByTestId("change-row").first().waitFor();
  const elapsed = Date.now() - started;
  expect(elapsed).toBeLessThan(1000);
  const list = page.getByTestId("change-list");
  const shown = Number(await list.getAttribute("data-shown"));
  expect(shown).toBeLessThan(200);
  await expect(page.getByTestId("approve-dialog").textContent()).resolves.toMatch(/按标准核定（20000 个单元格）/);
  // Scrolling to the end renders more.
  await list.evaluate((el) => (el.scrollTop = el.scrollHeight));
  await eventually(async () => expect(Number(await list.getAttribute("data-shown"))).toBeGreaterThan(shown));
  await settled(page);
  await shot(page, "12-big-preview-320");
  expect(page.errors).toEqual([]);
}, 120000);

test("the cap of a selected line, and 按上限填入 with an exact revert", async () => {
  const page = await open("#book=oa");
  await page.getByTestId("check-button").click();
  await page.getByTestId("finding-item").first().waitFor();
  const cells = () =>
    page.evaluate(() => {
      const book = (window as unknown as { __budgetRulerTestHost: { book: any } }).__budgetRulerTestHost.book; // eslint-disable-line @typescript-eslint/no-explicit-any
      return JSON.stringify([...book.sheet("投资估算表").cells]);
    });
  const before = await cells();
  // The user clicks G13 in the sheet: 流程审批模块定制开发, 10 人月 at 2.6 万元.
  await page.evaluate(() =>
    (
      window as unknown as { __budgetRulerTestHost: { book: { selectByUser: (s: string, a: string) => void } } }
    ).__budgetRulerTestHost.book.selectByUser("投资估算表", "G13"),
  );
  const card = page.getByTestId("line-cap");
  await card.waitFor();
  await expect(page.getByTestId("line-cap-text").textContent()).resolves.toBe(
    "人月单价上限 2.00 万元；10 人月最多 20.00 万元。现为每人月 2.60 万元。",
  );
  await settled(page);
  await card.scrollIntoViewIfNeeded();
  await shot(page, "13-line-cap-320");
  await page.getByTestId("fill-to-cap").click();
  const dialog = page.getByTestId("approve-dialog");
  await dialog.waitFor();
  expect(
    await dialog.getByTestId("change-row").evaluateAll((els) => els.map((e) => e.getAttribute("data-cell"))),
  ).toEqual(["投资估算表!G13", "投资估算表!F13"]);
  await settled(page);
  await shot(page, "14-fill-to-cap-preview-320");
  await page.getByTestId("approve-apply").click();
  await dialog.waitFor({ state: "detached" });
  await eventually(async () =>
    expect(
      await page.evaluate(
        () =>
          (window as unknown as { __budgetRulerTestHost: { book: any } }).__budgetRulerTestHost.book // eslint-disable-line @typescript-eslint/no-explicit-any
            .sheet("投资估算表")
            .cell(12, 6)?.formula ?? null,
      ),
    ).toBe("=E13*F13"),
  );
  // Only that line: the integration fee is still listed.
  await page.locator('[data-testid="finding-item"][data-rule="fees.integration-rate"]').waitFor();
  expect(await page.locator('[data-testid="finding-item"][data-rule="dev.person-month-price"]').count()).toBe(0);
  await eventually(async () => expect(await page.getByTestId("revert-button").isEnabled()).toBe(true));
  await page.getByTestId("revert-button").click();
  await page.locator('[data-testid="finding-item"][data-rule="dev.person-month-price"]').waitFor();
  // Exactly as before, fills aside (the re-check flags the same cells again).
  const strip = (json: string) =>
    JSON.stringify(
      (JSON.parse(json) as [string, { value?: unknown; formula?: string }][]).map(([k, c]) => [
        k,
        c.value ?? null,
        c.formula ?? null,
      ]),
    );
  expect(strip(await cells())).toBe(strip(before));
  expect(page.errors).toEqual([]);
});
