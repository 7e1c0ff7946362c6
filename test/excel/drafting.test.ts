import { fakeFromSnapshot } from "../support/fake-from-snapshot";
import { omBudget } from "../acceptance/workbooks";
import {
  OversizedRecordError,
  SETTING_CHOICES,
  SETTING_CORRECTIONS,
  SETTING_FLAGS,
  SETTING_REVERT,
} from "../../src/excel/settings";
import { bridgeFor } from "../support/office-bridge";
import { audit } from "../../src/core/engine";
import { yangpu } from "../support/pack";
import type { BudgetEdit } from "../../src/excel/bridge";
import { budgetTemplate } from "../../src/core/draft/template";

/** A crafted record of 5.7 MB: more than Excel on the web hands back in one response. */
const crafted = () => JSON.stringify({ version: 1, cells: [], pad: "x".repeat(5.7 * 1024 * 1024) });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("a saved record too large to read back (Excel on the web's 5 MB response limit)", () => {
  it.each([
    ["flags", SETTING_FLAGS],
    ["revert", SETTING_REVERT],
    ["choices", SETTING_CHOICES],
    ["corrections", SETTING_CORRECTIONS],
  ] as const)(
    "the %s record is refused by name, never with Excel's own English, and can be removed",
    async (record, key) => {
      const book = fakeFromSnapshot(omBudget());
      book.settings.set(key, crafted());
      const bridge = bridgeFor(book);
      const read = {
        flags: () => bridge.hasFlags(),
        revert: () => bridge.canRevert(),
        choices: () => bridge.loadChoices(),
        corrections: () => bridge.loadCorrections(),
      }[record];
      const err = await read().catch((e: unknown) => e);
      expect(err).toBeInstanceOf(OversizedRecordError);
      expect(err).toMatchObject({ code: "oversized-record", record });
      expect((err as Error).message).toMatch(/过大/);
      expect((err as Error).message).not.toMatch(/payload/i);
      expect((err as { messageEn: string }).messageEn).toMatch(/too large/);

      // Removing it reads nothing back (the delete's response is small), and then everything works.
      await bridge.removeSavedRecord!(record);
      expect(book.settings.has(key)).toBe(false);
      await expect(read()).resolves.toBeDefined();
    },
  );

  it("a check reads the workbook and flags it whatever the results record holds", async () => {
    const book = fakeFromSnapshot(omBudget());
    book.settings.set("budgetRuler.results", crafted());
    const bridge = bridgeFor(book);
    const snapshot = await bridge.readWorkbook();
    const result = audit(snapshot, yangpu());
    expect(result.findings.some((f) => f.rule === "om.hardware-rate")).toBe(true);
    // Clearing and flagging with an oversized flag record is refused by name; nothing else is.
    book.settings.set(SETTING_FLAGS, crafted());
    await expect(bridge.clearFlags()).rejects.toMatchObject({ code: "oversized-record", record: "flags" });
    await bridge.removeSavedRecord!("flags");
    await expect(bridge.flagFindings(result.findings)).resolves.toMatchObject({ flagged: expect.any(Number) });
  });
});

describe("watching edits (边写边查)", () => {
  it("reports a person's edits and not the add-in's own writes; stops when asked", async () => {
    const book = fakeFromSnapshot(omBudget());
    const bridge = bridgeFor(book);
    const edits: BudgetEdit[] = [];
    const stop = await bridge.watchChanges!((e) => edits.push(e));
    expect(stop).not.toBeNull();
    book.edit("运维预算表", 7, 6, 10000);
    await sleep(10);
    expect(edits).toEqual([{ worksheetId: "运维预算表", sheet: "运维预算表", address: "G8" }]);

    // 按标准核定 writes values and formulas: Excel reports them with triggerSource ThisLocalAddin, passed over.
    const result = audit(await bridge.readWorkbook(), yangpu());
    await bridge.flagFindings(result.findings);
    const { planApproval } = await import("../../src/core/plan/approval-plan");
    await bridge.applyChanges(planApproval(result.model, result.review));
    await sleep(10);
    expect(edits).toHaveLength(1);

    await stop!();
    expect(book.changeHandlers.size).toBe(0);
    book.edit("运维预算表", 7, 6, 3000);
    await sleep(10);
    expect(edits).toHaveLength(1);
  });

  it("below ExcelApi 1.9 there is no event to watch: null, and the pane checks when asked", async () => {
    const book = fakeFromSnapshot(omBudget(), "1.6");
    await expect(bridgeFor(book).watchChanges!(() => undefined)).resolves.toBeNull();
  });
});

describe("新建预算表 through the adapter", () => {
  it.each(["construction", "upgrade", "om"] as const)(
    "writes the %s template as a new sheet in one request; read back, it passes the audit",
    async (kind) => {
      const book = fakeFromSnapshot(omBudget());
      const bridge = bridgeFor(book);
      const template = budgetTemplate(yangpu(), { kind, system: "oa" });
      book.resetStats();
      const { sheet } = await bridge.writeTemplate!(template);
      expect(book.stats.syncs).toBe(2); // the sheet list, then everything written
      expect(sheet).toBe(kind === "om" ? "运维预算表 (2)" : "投资估算表");
      expect(book.activeSheet).toBe(sheet);
      // Live formulas, recalculated by the host, give the template's own values.
      const ws = book.sheet(sheet)!;
      const g5 = ws.cell(4, 6)!;
      expect(g5.formula).toMatch(/^=(ROUND\()?E5\*F5/);
      const snapshot = await bridge.readWorkbook();
      const read = snapshot.sheets.find((s) => s.name === sheet)!;
      const result = audit({ sheets: [read] }, yangpu());
      expect(result.findings.filter((f) => f.severity !== "info")).toEqual([]);
      expect(result.model.profile.kind).toBe(kind);
      expect(read.values).toEqual(template.sheet.values.map((row) => row.map((v) => (v === "" ? null : v))));
    },
  );
});

describe("watching the selection", () => {
  it("names the sheet and the range a person selects", async () => {
    const book = fakeFromSnapshot(omBudget());
    const seen: { sheet: string; address: string }[] = [];
    const stop = await bridgeFor(book).watchSelection!((s) => seen.push(s));
    book.selectByUser("运维预算表", "G6");
    await sleep(20);
    expect(seen).toEqual([{ sheet: "运维预算表", address: "G6" }]);
    await stop!();
    book.selectByUser("运维预算表", "G7");
    await sleep(20);
    expect(seen).toHaveLength(1);
  });
});

describe("reading one sheet again (边写边查)", () => {
  it("reads the sheet as readWorkbook does, in one request; absent below ExcelApi 1.13", async () => {
    const book = fakeFromSnapshot(omBudget());
    const bridge = bridgeFor(book);
    const all = await bridge.readWorkbook();
    book.resetStats();
    const one = await bridge.readSheet!("运维预算表");
    expect(book.stats.syncs).toBe(1);
    expect(one).toEqual(all.sheets[0]);
    expect(bridgeFor(fakeFromSnapshot(omBudget(), "1.12")).readSheet).toBeUndefined();
  });
});
