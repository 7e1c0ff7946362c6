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

function host(page: Page, sheetName = "运维预算表"): Promise<HostView> {
  return page
    .evaluate((name) => {
      const book = (window as unknown as { __budgetRulerTestHost: { book: any } }).__budgetRulerTestHost.book; // eslint-disable-line @typescript-eslint/no-explicit-any
      const sheet = book.sheet(name);
      const cells: Record<string, unknown> = {};
      for (const [k, c] of sheet.cells) cells[k] = c;
      return {
        selection: book.selection,
        cellsJson: JSON.stringify(cells),
        notes: book.notes.size,
        sheets: book.sheets.map((s: { name: string }) => s.name),
      };
    }, sheetName)
    .then((raw) => {
      const cells = JSON.parse((raw as unknown as { cellsJson: string }).cellsJson) as Record<
        string,
        { fill?: { color: string }; value?: unknown; formula?: string }
      >;
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
  const cells = await items.evaluateAll((els) =>
    els.map((e) => `${e.getAttribute("data-rule")}@${e.getAttribute("data-cell")}`),
  );
  expect(cells).toEqual(
    expect.arrayContaining([
      "om.hardware-rate@运维预算表!G6",
      "om.app-software-rate@运维预算表!E13",
      "om.excluded-item@运维预算表!E14",
    ]),
  );
  expect(await page.getByTestId("count-error").textContent()).toMatch(/\d/);
  await expect(page.getByTestId("findings").textContent()).resolves.toMatch(/配置标准/);
  let excel = await host(page);
  expect(excel.fill(5, 6)).toBe("#FFC7CE"); // G6 flagged as an error, over the user's yellow
  expect(excel.notes).toBeGreaterThanOrEqual(3);
  await page.screenshot({ path: screenshotPath("02-checked"), fullPage: true });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  await page.locator('[data-testid="finding-item"][data-cell="运维预算表!E13"]').click();
  await eventually(async () =>
    expect(await (async () => (await host(page)).selection)()).toEqual({ sheet: "运维预算表", address: "E13" }),
  );

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

/** Waits for Fluent's dialog to finish fading in (or out), so a screenshot shows what a person sees. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"));
  await page.waitForTimeout(300);
}

/** After writing: the dialog (surface and backdrop) gone, the re-check's findings and summary shown. */
async function dialogGone(page: Page): Promise<void> {
  await page.getByTestId("approve-dialog").waitFor({ state: "detached" });
  await eventually(async () =>
    expect(await (() => page.locator('[role="dialog"], [role="alertdialog"]').count())()).toBe(0),
  );
  await page.getByTestId("summary").waitFor({ state: "visible" });
  await settled(page);
}

test("按标准核定 an O&M budget with a preview, then 撤销核定", async () => {
  const page = await openPane(browser, server.url);
  await check(page);
  await page.getByTestId("approve-button").click();
  const dialog = page.getByTestId("approve-dialog");
  await dialog.waitFor();
  const rows = dialog.getByTestId("change-row");
  // The over-rate fee, its rate and the excluded item; compliant fees are not listed (nor raised).
  expect(await rows.evaluateAll((els) => els.map((e) => e.getAttribute("data-cell")))).toEqual([
    "运维预算表!G6",
    "运维预算表!F6",
    "运维预算表!E14",
  ]);
  const text = (await dialog.textContent()) ?? "";
  expect(text).toMatch(/PC服务器维保 · 金额.*G6.*10,000 元 → 8,000 元.*=E6\*F6/);
  expect(text).toMatch(/PC服务器维保 · 费率.*F6.*10% → 8%/);
  expect(text).toMatch(/互联网带宽租用 · 金额.*E14.*36,000 元 → 0 元/);
  expect(text).toMatch(
    /C类设备维护费按购置金额 100,000 元 × 上限 8% 核定（依据：杨浦区区本级电子政务项目通用类配置标准 三\(三\)1\(1\)）/,
  );
  await expect(dialog.getByTestId("approve-totals").textContent()).resolves.toBe(
    "送审 258,400.00 元 → 审定 220,400.00 元，审减 38,000.00 元（14.71%）",
  );
  await settled(page);
  await page.screenshot({ path: screenshotPath("04-approve-preview") });

  await page.getByTestId("approve-apply").click();
  await eventually(async () => expect(await (async () => (await host(page)).cell(5, 6)?.formula)()).toBe("=E6*F6"));
  const excel = await host(page);
  expect(excel.cell(5, 6)?.value).toBe(8000);
  expect(excel.cell(5, 5)?.value).toBe(0.08);
  expect(excel.cell(13, 4)?.value).toBe(0);
  expect(excel.cell(6, 6)).toMatchObject({ value: 6400 }); // the firewall at 8% (cap 10%) is not raised
  expect(excel.cell(6, 6)?.formula).toBeUndefined();
  await eventually(async () => expect(await (() => page.getByTestId("revert-button").isEnabled())()).toBe(true));
  // The pane re-checks after writing: the over-rate and excluded findings are gone, 审减 is 0.
  await eventually(async () =>
    expect(await (() => page.locator('[data-testid="finding-item"][data-rule="om.hardware-rate"]').count())()).toBe(0),
  );
  expect(await page.locator('[data-testid="finding-item"][data-rule="om.excluded-item"]').count()).toBe(0);
  await expect(page.getByTestId("status").textContent()).resolves.toMatch(
    /已按标准核定 2 行，写入 3 个单元格，审减 38,000.00 元（14.71%）/,
  );
  // 送审 stays what was submitted; 审定 beside it is what the sheet now holds.
  await expect(page.getByTestId("total-grand").textContent()).resolves.toBe("258,400.00 元");
  await expect(page.getByTestId("summary").textContent()).resolves.toMatch(/送审金额（核定前）/);
  await expect(page.getByTestId("total-approved").textContent()).resolves.toBe("220,400.00 元");
  await expect(page.getByTestId("total-reduction").textContent()).resolves.toBe("38,000.00 元（审减率 14.71%）");
  await dialogGone(page);
  await page.screenshot({ path: screenshotPath("05-approved"), fullPage: true });

  await page.getByTestId("revert-button").click();
  await eventually(async () => expect(await (async () => (await host(page)).cell(5, 6)?.formula ?? null)()).toBeNull());
  expect((await host(page)).cell(5, 6)?.value).toBe(10000);
  expect((await host(page)).cell(13, 4)?.value).toBe(36000);
  await eventually(async () =>
    expect(
      await (() => page.locator('[data-testid="finding-item"][data-rule="om.hardware-rate"]').count())(),
    ).toBeGreaterThan(0),
  );
  await page.screenshot({ path: screenshotPath("06-reverted"), fullPage: true });
  expect((page as Page & { errors: string[] }).errors).toEqual([]);
});

test("按标准核定 a construction budget (万元): 人月 at the cap, integration and the four fees, the group flagged on every line", async () => {
  const page = await openPane(browser, server.url, "#book=oa");
  await check(page);
  const sheet = "投资估算表";
  // The four-fee cap flags each of its four lines, not only 咨询费.
  let excel = await host(page, sheet);
  for (const row of [16, 17, 18, 19]) expect([row, excel.fill(row, 6)]).toEqual([row, "#FFC7CE"]);
  // One unit throughout: the sheet's (万元).
  await expect(page.getByTestId("total-approved").textContent()).resolves.toBe("112.376 万元");
  await expect(page.getByTestId("total-reduction").textContent()).resolves.toBe("8.804 万元（审减率 7.27%）");

  await page.getByTestId("approve-button").click();
  const dialog = page.getByTestId("approve-dialog");
  await dialog.waitFor();
  expect(await dialog.getByTestId("change-row").count()).toBe(12);
  const text = (await dialog.textContent()) ?? "";
  expect(text).toMatch(/流程审批模块定制开发 · 金额.*G13.*26 万元 → 20 万元.*=E13\*F13/);
  expect(text).toMatch(/流程审批模块定制开发 · 单价.*F13.*2.6 万元 → 2 万元/);
  expect(text).toMatch(/信息系统工程监理费 · 金额.*G18.*3.5 万元 → 2.86048 万元/);
  await expect(dialog.getByTestId("approve-totals").textContent()).resolves.toBe(
    "送审 121.18 万元 → 审定 112.376 万元，审减 8.804 万元（7.27%）",
  );
  await settled(page);
  await page.screenshot({ path: screenshotPath("04b-approve-preview-construction") });

  await page.getByTestId("approve-apply").click();
  await eventually(async () => expect(await (async () => (await host(page, sheet)).cell(12, 5)?.value)()).toBe(2));
  excel = await host(page, sheet);
  expect(excel.cell(12, 6)).toMatchObject({ formula: "=E13*F13", value: 20 });
  expect(excel.cell(15, 6)?.value).toBe(4.16);
  await eventually(async () => expect(await (() => page.getByTestId("count-error").textContent())()).toBe("0"));
  await expect(page.getByTestId("total-grand").textContent()).resolves.toBe("121.18 万元");
  await expect(page.getByTestId("total-approved").textContent()).resolves.toBe("112.376 万元");
  await dialogGone(page);
  await page.screenshot({ path: screenshotPath("05b-approved-construction"), fullPage: true });
  expect((page as Page & { errors: string[] }).errors).toEqual([]);
});

test("撤销核定 keeps a fee edited after the approval and says so; a protected sheet is named, nothing written", async () => {
  const page = await openPane(browser, server.url);
  await check(page);
  await page.getByTestId("approve-button").click();
  await page.getByTestId("approve-dialog").waitFor();
  await page.getByTestId("approve-apply").click();
  await eventually(async () => expect(await (() => page.getByTestId("revert-button").isEnabled())()).toBe(true));
  // The user types 9000 over the approved fee in G6.
  await page.evaluate(() => {
    const book = (window as unknown as { __budgetRulerTestHost: { book: any } }).__budgetRulerTestHost.book; // eslint-disable-line @typescript-eslint/no-explicit-any
    const g6 = book.sheet("运维预算表").ensure(5, 6);
    delete g6.formula;
    g6.value = 9000;
  });
  await page.getByTestId("revert-button").click();
  await page.getByTestId("status").waitFor();
  await expect(page.getByTestId("status").textContent()).resolves.toMatch(
    /G6 在核定后被修改过，未恢复.*核定前为 G6：10000）/,
  );
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
  await expect(page.getByTestId("error-bar").textContent()).resolves.toMatch(
    /工作表“运维预算表”受保护.*撤销工作表保护/,
  );
  expect(await page.getByTestId("finding-item").count()).toBeGreaterThan(0);
  expect((await host(page)).fill(4, 6)).toBe(fills);
  expect((await host(page)).notes).toBe(0);
  await page.screenshot({ path: screenshotPath("07b-protected"), fullPage: true });
  expect((page as Page & { errors: string[] }).errors).toEqual([]);
});

/** The corrections the fake workbook's settings hold (what the pane saved), parsed. */
function savedCorrections(page: Page): Promise<unknown> {
  return page.evaluate(() => {
    const book = (window as unknown as { __budgetRulerTestHost: { book: { settings: Map<string, unknown> } } })
      .__budgetRulerTestHost.book;
    const v = book.settings.get("budgetRuler.corrections");
    return v === undefined || v === null ? null : typeof v === "string" ? JSON.parse(v) : v;
  });
}

test("correct a line's category and a device's class from their findings, see the findings change, remove a correction; 列用途", async () => {
  const page = await openPane(browser, server.url);
  await check(page);
  const entry = (rule: string, cell: string) =>
    page.locator('[data-testid="finding-entry"]', {
      has: page.locator(`[data-testid="finding-item"][data-rule="${rule}"][data-cell="${cell}"]`),
    });

  // 互联网带宽租用 is reported as not an O&M cost; the reviewer says it is something else.
  const excluded = entry("om.excluded-item", "运维预算表!E14");
  await excluded.getByTestId("correct-toggle").click();
  await expect(excluded.getByTestId("correct-toggle").getAttribute("aria-expanded")).resolves.toBe("true");
  const category = excluded.getByTestId("correct-category");
  await expect(category.inputValue()).resolves.toBe("om-excluded");
  await expect(excluded.getByTestId("line-evidence").textContent()).resolves.toMatch(/判定依据：名称含关键词/);
  await settled(page);
  await page.screenshot({ path: screenshotPath("09-correct-category-open"), fullPage: true });
  await category.selectOption("other");
  await page
    .locator('[data-testid="finding-item"][data-rule="sheet.unclassified-line"][data-cell="运维预算表!B14"]')
    .waitFor();
  expect(await page.locator('[data-testid="finding-item"][data-rule="om.excluded-item"]').count()).toBe(0);
  await expect(page.getByTestId("status").textContent()).resolves.toBe("已应用 1 项更正并重新检查");
  expect(await savedCorrections(page)).toEqual({
    lines: [{ sheet: "运维预算表", name: "互联网带宽租用", category: "other" }],
  });
  await expect(page.getByTestId("corrections").textContent()).resolves.toMatch(
    /运维预算表 · 互联网带宽租用.*类别 → 其他（未分类）/,
  );

  // PC服务器维保 is class C (8%); the reviewer says B (6%): the over-rate finding is re-worded for B.
  const rate = entry("om.hardware-rate", "运维预算表!G6");
  await rate.getByTestId("correct-toggle").click();
  await expect(rate.getByTestId("class-evidence").textContent()).resolves.toBe("设备分类 C 类：名称含“PC服务器”");
  await rate.getByTestId("correct-class").selectOption("B");
  await eventually(async () =>
    expect(
      await (() => entry("om.hardware-rate", "运维预算表!G6").getByTestId("finding-item").textContent())(),
    ).toMatch(/B类设备上限 6%/),
  );
  await eventually(async () =>
    expect(await (() => rate.getByTestId("class-evidence").textContent())()).toBe("设备分类 B 类：已更正"),
  );
  expect(await page.getByTestId("correction-item").count()).toBe(2);
  await settled(page);
  await page.screenshot({ path: screenshotPath("10-corrections"), fullPage: true });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  // 列用途: each column's role, confidence and evidence.
  await page.getByTestId("columns-toggle").click();
  const view = page.getByTestId("columns-view");
  await view.waitFor();
  await expect(view.locator('[data-testid="column-entry"][data-column="运维预算表!G"]').textContent()).resolves.toMatch(
    /G 列“年维护费”.*把握大；表头“年维护费”/,
  );
  await expect(view.locator('[data-column="运维预算表!G"] [data-testid="column-role"]').inputValue()).resolves.toBe(
    "fee",
  );
  await settled(page);
  await page.screenshot({ path: screenshotPath("11-column-roles"), fullPage: true });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  // Removing the category correction brings the finding back; the class correction stays.
  await page.getByTestId("correction-remove").first().click();
  await page
    .locator('[data-testid="finding-item"][data-rule="om.excluded-item"][data-cell="运维预算表!E14"]')
    .waitFor();
  expect(await savedCorrections(page)).toEqual({
    lines: [{ sheet: "运维预算表", name: "PC服务器维保", hardwareClass: "B" }],
  });

  expect((page as Page & { errors: string[] }).errors).toEqual([]);
});

test("in English: correct a line no finding names from 明细分类 (Line categories)", async () => {
  const page = await openPane(browser, server.url, "#en-US");
  await check(page);
  await page.getByTestId("lines-toggle").click();
  await page.getByTestId("lines-filter").fill("UPS");
  const ups = page.locator('[data-testid="line-entry"][data-line="运维预算表!8"]');
  await expect(page.getByTestId("line-entry").count()).resolves.toBe(1);
  await expect(ups.textContent()).resolves.toMatch(/UPS维保.*运维预算表!B8 · hardware maintenance · class B/);
  await ups.getByTestId("line-correct-toggle").click();
  await ups.getByTestId("correct-class").selectOption("A");
  await eventually(async () =>
    expect(await (() => page.getByTestId("corrections").textContent())()).toMatch(
      /运维预算表 · UPS维保.*device class → class A/,
    ),
  );
  await eventually(async () => expect(await (() => ups.textContent())()).toMatch(/class A/));
  await expect(ups.getByTestId("class-evidence").textContent()).resolves.toBe("class A device: your correction");
  await settled(page);
  await page.screenshot({ path: screenshotPath("12-line-categories-en"), fullPage: true });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  // The rows not counted as lines, each with what it was read as and why.
  await page.getByTestId("lines-filter").fill("");
  await page.locator('[data-testid="other-rows"] summary').click();
  await expect(page.locator('[data-testid="other-row"][data-kind="total"]').first().textContent()).resolves.toMatch(
    /row \d+ · total · labelled 小计 \/ 合计 \/ 总计/,
  );
  await page.locator('[data-testid="other-rows"]').scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshotPath("12b-rows-not-counted-en"), fullPage: true });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  expect((page as Page & { errors: string[] }).errors).toEqual([]);
});

test("a crafted corrections setting is ignored with a message; 写入审核结果表 writes the 审核意见表 too", async () => {
  const page = await browser.newPage({ viewport: { width: 320, height: 900 } });
  await page.addInitScript({ path: path.join(__dirname, "..", "..", "dist", "test-ui", "fake-host.js") });
  await page.addInitScript(() => {
    const book = (window as unknown as { __budgetRulerTestHost: { book: { settings: Map<string, unknown> } } })
      .__budgetRulerTestHost.book;
    book.settings.set(
      "budgetRuler.corrections",
      JSON.stringify({ lines: [{ sheet: "运维预算表", name: "<img src=x onerror=alert(1)>", category: "<b>x</b>" }] }),
    );
  });
  const errors: string[] = [];
  page.on("pageerror", (err) => errors.push(String(err)));
  page.on("dialog", (d) => errors.push(`dialog: ${d.message()}`));
  await page.goto(`${server.url}/taskpane.html`);
  await page.getByTestId("status").waitFor();
  await expect(page.getByTestId("status").textContent()).resolves.toMatch(
    /工作簿中保存的更正记录无效，已忽略：.*category/,
  );
  expect(await page.locator("img").count()).toBe(0);
  await check(page);
  expect(await page.getByTestId("correction-item").count()).toBe(0);
  await page.getByTestId("results-sheet-button").click();
  await eventually(async () =>
    expect(await (async () => (await host(page)).sheets)()).toEqual(expect.arrayContaining(["审核意见表", "审核结果"])),
  );
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  expect(errors).toEqual([]);
  await page.close();
});

test("English and dark theme on an ExcelApi 1.6 host; the results sheet", async () => {
  const page = await openPane(browser, server.url, "#dark,en-US,api=1.6");
  await check(page);
  await expect(page.getByTestId("check-button").textContent()).resolves.toMatch(/Check/i);
  const bg = await page.evaluate(
    () => getComputedStyle(document.querySelector("main")!.parentElement!).backgroundColor,
  );
  expect(bg).not.toBe("rgb(255, 255, 255)");
  await page.screenshot({ path: screenshotPath("07-dark-en"), fullPage: true });
  // Nothing in a 360 px pane may be wider than the pane (long English titles included).
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await page.getByTestId("results-sheet-button").click();
  await eventually(async () => expect(await (async () => (await host(page)).sheets)()).toContain("Audit results"));
  expect((await host(page)).notes).toBe(0); // no notes before ExcelApi 1.18: fills only
  // The preview in English: the same rows, rates as percentages, the reasons in English.
  await page.getByTestId("approve-button").click();
  const dialog = page.getByTestId("approve-dialog");
  await dialog.waitFor();
  const text = (await dialog.textContent()) ?? "";
  expect(text).toMatch(/Approve to the standard \(3 cells\)/);
  expect(text).toMatch(
    /PC服务器维保 · amount.*G6.*CNY 10,000 → CNY 8,000.*=E6\*F6.*class C device maintenance approved at the 8% cap/,
  );
  expect(text).toMatch(/PC服务器维保 · rate.*F6.*10% → 8%/);
  await expect(dialog.getByTestId("approve-totals").textContent()).resolves.toBe(
    "Submitted CNY 258,400.00 → approved CNY 220,400.00, reduced by CNY 38,000.00 (14.71%)",
  );
  await settled(page);
  await page.screenshot({ path: screenshotPath("07c-approve-preview-en") });
  await page.getByTestId("approve-cancel").click();
  await dialog.waitFor({ state: "detached" });
  expect((await host(page)).cell(5, 6)?.value).toBe(10000); // cancelled: nothing written
  expect((page as Page & { errors: string[] }).errors).toEqual([]);
});

test("a failure in Excel shows a message naming the sheet, and the pane keeps working", async () => {
  const page = await openPane(browser, server.url);
  await check(page);
  // The user renames the sheet after the check: jumping to a finding must say which sheet is gone.
  await page.evaluate(() => {
    const book = (window as unknown as { __budgetRulerTestHost: { book: { sheets: { name: string }[] } } })
      .__budgetRulerTestHost.book;
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
  for (const tag of ["<script", "<link", "<style"])
    if (html.includes(tag)) expect(meta).toBeLessThan(html.indexOf(tag));
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
  await page.getByTestId("approve-button").click();
  const dialog = page.getByTestId("approve-dialog");
  await dialog.waitFor();
  await page.getByTestId("approve-apply").click();
  await dialog.waitFor({ state: "detached" });
  await eventually(async () => expect(await (() => page.getByTestId("revert-button").isEnabled())()).toBe(true));
  await page.getByTestId("revert-button").click();
  await eventually(async () =>
    expect(
      await (() => page.locator('[data-testid="finding-item"][data-rule="om.hardware-rate"]').count())(),
    ).toBeGreaterThan(0),
  );
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
  if (name === "help.html")
    expect(await page.evaluate(() => getComputedStyle(document.body).maxWidth)).not.toBe("none");
  await page.close();
});

test("the production manifest points only at the production host, and at files the build produced", () => {
  const web = path.join(__dirname, "..", "..", "dist", "web");
  const manifest = fs.readFileSync(path.join(web, "manifest.xml"), "utf8");
  expect(manifest).not.toContain("localhost");
  const urls = [...manifest.matchAll(/https:\/\/[^"<\s]+/g)]
    .map((m) => m[0])
    .filter((u) => u.startsWith("https://budget-ruler.example.gov.cn/"));
  expect(urls.length).toBeGreaterThan(5);
  for (const url of urls) {
    const file = new URL(url).pathname.slice(1);
    if (file) expect([file, fs.existsSync(path.join(web, file))]).toEqual([file, true]);
  }
});

test("自动 checks a workbook titled 青浦… with the Qingpu pack, fetched from the pane's origin as JSON, and shows its profile values", async () => {
  const page = await openPane(browser, server.url, "#book=qingpu");
  const packs: { url: string; type: string | undefined }[] = [];
  page.on("response", (r) => {
    if (r.url().includes("/standards/"))
      packs.push({ url: r.url().replace(server.url, ""), type: r.headers()["content-type"] });
  });
  await page.getByTestId("check-button").waitFor();
  // The settings are folded into their summary line: open them.
  await expect(page.getByTestId("settings-summary").textContent()).resolves.toBe("自动选择标准");
  await page.getByTestId("settings-toggle").click();
  const options = await page
    .getByTestId("standard-picker")
    .locator("option")
    .evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value));
  expect(options).toEqual(["auto", "yangpu-2023", "qingpu-2024", "luohu-2024", "gongshu-draft", "qingyang-2024"]);
  expect(await page.getByTestId("standard-picker").inputValue()).toBe("auto");

  await page.getByTestId("check-button").click();
  await page.getByTestId("summary").waitFor();
  const used = page.getByTestId("standard-used");
  await used.waitFor();
  expect(await used.getAttribute("data-standard")).toBe("qingpu-2024");
  expect(await used.textContent()).toBe("本次检查使用：青浦区数字化项目管理办法（青数〔2024〕49号）（标题含“青浦”）");
  const rules = await page
    .getByTestId("finding-item")
    .evaluateAll((els) => els.map((e) => e.getAttribute("data-rule") ?? ""));
  expect(rules.some((r) => r.startsWith("qingpu."))).toBe(true);
  expect(rules.filter((r) => /^(yangpu|cost|om|labor)\./.test(r))).toEqual([]);
  expect(packs.map((p) => p.url).sort()).toEqual([
    "/standards/gongshu-draft.json",
    "/standards/luohu-2024.json",
    "/standards/qingpu-2024.json",
    "/standards/qingyang-2024.json",
  ]);
  for (const p of packs) expect(p.type).toBe("application/json");

  // The values the Qingpu pack uses are offered, and one typed reaches the next check.
  await page.getByTestId("profile-pack-fields").waitFor();
  await page.getByTestId("profile-value-review_route").selectOption("fast-iteration");
  await page.getByTestId("profile-value-approved_total").fill("800000");
  await page.getByTestId("profile-value-approved_total").blur();
  await page.getByTestId("check-button").click();
  await page.getByTestId("summary").waitFor();
  await page.getByTestId("standard-used").scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshotPath("10-qingpu-auto"), fullPage: true });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  expect(await page.getByTestId("error-bar").count()).toBe(0);
  expect(await cspViolations(page)).toEqual([]);
  expect((page as Page & { errors: string[] }).errors).toEqual([]);
});

test("in English: 自动 names the pack it used and why, and the Qingpu profile values are labelled in English", async () => {
  const page = await openPane(browser, server.url, "#book=qingpu,en-US");
  await page.getByTestId("check-button").click();
  await page.getByTestId("summary").waitFor();
  await expect(page.getByTestId("settings-summary").textContent()).resolves.toMatch(
    /^Qingpu 2024 \(automatic\) · Upgrade/,
  );
  await page.getByTestId("settings-toggle").click();
  await page.getByTestId("standard-used").waitFor();
  expect(await page.getByTestId("standard-used").textContent()).toBe(
    "Checked with: Qingpu District digital project management measures (2024) (the title names Qingpu (青浦))",
  );
  const fields = page.getByTestId("profile-pack-fields");
  await fields.waitFor();
  const text = (await fields.textContent()) ?? "";
  expect(text).toContain("Project facts this standard uses (optional)");
  expect(text).toContain("Approved total (CNY)");
  expect(text).toContain("Review route");
  await page.screenshot({ path: screenshotPath("11-qingpu-auto-en") });
  expect((page as Page & { errors: string[] }).errors).toEqual([]);
});
