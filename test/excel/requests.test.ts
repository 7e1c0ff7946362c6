import { FakeWorkbook, PAYLOAD_LIMIT } from "../support/fake-excel";
import { audit } from "../../src/core/engine";
import { SEVERITY_FILL } from "../../src/core/plan/flags";
import { REQUEST_BUDGET } from "../../src/excel/batch";
import type { Finding } from "../../src/core/model/finding";
import { yangpu } from "../support/pack";
import { bridgeFor } from "../support/office-bridge";
import { approvalAtScale } from "../support/approval-at-scale";

function finding(sheet: string, cell: string, i = 0): Finding {
  return {
    rule: "dev.person-month-price",
    severity: i % 3 === 0 ? "warning" : "error",
    sheet,
    row: Number(cell.replace(/\D/g, "")),
    cell,
    message: `应用软件定制开发人月单价 35,000 元 超过标准上限 25,000 元（第 ${i + 1} 行）`,
    messageEn: `Development person-month price 35,000 元 exceeds the cap of 25,000 元 (line ${i + 1})`,
    actual: "35000",
    limit: "25000",
    citation: "杨浦区区本级电子政务项目通用类配置标准 四(二)",
  };
}

describe("the fake host measures requests as Office.js sends them", () => {
  test("one fill write is the RichApi request Office.js builds: instantiated object paths, a SetProperty action, L lists", async () => {
    const book = new FakeWorkbook("1.18");
    book.addSheet("S");
    book.recordRequests = true;
    await book.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A1").format.fill.color = "#FFC7CE";
      await context.sync();
    });
    expect(JSON.parse(book.requests[0])).toEqual({
      AutoKeepReference: false,
      Actions: [
        { Id: 3, ActionType: 1, Name: "", ObjectPathId: 1 },
        { Id: 4, ActionType: 1, Name: "", ObjectPathId: 2 },
        { Id: 6, ActionType: 1, Name: "", ObjectPathId: 5 },
        { Id: 8, ActionType: 1, Name: "", ObjectPathId: 7 },
        { Id: 10, ActionType: 1, Name: "", ObjectPathId: 9 },
        { Id: 12, ActionType: 1, Name: "", ObjectPathId: 11 },
        {
          Id: 13,
          ActionType: 4,
          Name: "Color",
          ObjectPathId: 11,
          ArgumentInfo: { Arguments: ["#FFC7CE"] },
          L: [1, 2, 5, 7, 9, 11],
        },
      ],
      ObjectPaths: {
        1: { Id: 1, ObjectPathType: 1, Name: "" },
        2: { Id: 2, ObjectPathType: 4, Name: "Worksheets", ParentObjectPathId: 1 },
        5: { Id: 5, ObjectPathType: 5, Name: "", ParentObjectPathId: 2, ArgumentInfo: { Arguments: ["S"] } },
        7: { Id: 7, ObjectPathType: 3, Name: "GetRange", ParentObjectPathId: 5, ArgumentInfo: { Arguments: ["A1"] } },
        9: { Id: 9, ObjectPathType: 4, Name: "Format", ParentObjectPathId: 7 },
        11: { Id: 11, ObjectPathType: 4, Name: "Fill", ParentObjectPathId: 9 },
      },
    });
    expect(book.stats.requestBytes[0]).toBe(new TextEncoder().encode(book.requests[0]).length);
  });

  test("a request over 5 MB fails the sync with RequestPayloadSizeLimitExceeded, as Excel on the web does", async () => {
    const book = new FakeWorkbook("1.18");
    book.addSheet("S");
    const big = [Array.from({ length: 100 }, () => "数".repeat(20_000))];
    await expect(
      book.run(async (context) => {
        context.workbook.worksheets.getItem("S").getRange("A1:CV1").values = big;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(book.stats.requestBytes[0]).toBeGreaterThan(PAYLOAD_LIMIT);
    expect(book.sheet("S")!.cells.size).toBe(0);
  });

  test("a flagged cell costs about 1.3 KB of request (reading its fill and note, writing fill, note and saved original)", async () => {
    const measure = async (n: number) => {
      const book = new FakeWorkbook("1.18");
      book.addSheet("明细").setRows(Array.from({ length: 1200 }, (_, i) => [`项目${i}`, i]));
      await bridgeFor(book).flagFindings(Array.from({ length: n }, (_, i) => finding("明细", `B${i + 1}`, i)));
      return book.stats.requestBytes.reduce((a, b) => a + b, 0);
    };
    const perCell = ((await measure(1001)) - (await measure(1))) / 1000;
    // ~880 bytes to read the original fill and note, ~450 to write the note and remember the original (the fill
    // goes to hundreds of cells at once through getRanges).
    expect(perCell).toBeGreaterThan(1000);
    expect(perCell).toBeLessThan(1400);
  });
});

describe("flagging at scale on the strict fake host (5 MB limit, faithful request bytes)", () => {
  test("10,000 cells (fills + notes + saved originals): every request under 4 MB, everything flagged and then restored", async () => {
    const book = new FakeWorkbook("1.18");
    const rows = Array.from({ length: 10000 }, (_, i) => [`项目${i}`, i]);
    book.addSheet("明细").setRows(rows);
    book.notes.set("'明细'!B17", "经办人：张三");
    const bridge = bridgeFor(book);
    book.resetStats();
    const { flagged } = await bridge.flagFindings(rows.map((_, i) => finding("明细", `B${i + 1}`, i)));
    expect(flagged).toBe(10000);
    expect(Math.max(...book.stats.requestBytes)).toBeLessThan(REQUEST_BUDGET);
    // Budgeted from the measured shape, not padded: the fullest request uses most of the budget.
    expect(Math.max(...book.stats.requestBytes)).toBeGreaterThan(0.85 * REQUEST_BUDGET);
    expect(book.stats.syncs).toBeLessThanOrEqual(8);
    expect(book.sheet("明细")!.cell(9998, 1)?.fill?.color).toBe(SEVERITY_FILL.error);
    expect(book.notes.size).toBe(10000);
    expect(book.notes.get("'明细'!B17")).toMatch(/^经办人：张三\n—+\n预算标尺/);
    book.resetStats();
    expect(await bridge.clearFlags()).toEqual({ restored: 10000, skipped: 0 });
    expect(Math.max(...book.stats.requestBytes)).toBeLessThan(REQUEST_BUDGET);
    expect([...book.sheet("明细")!.cells.values()].every((c) => !c.fill)).toBe(true);
    expect([...book.notes]).toEqual([["'明细'!B17", "经办人：张三"]]);
  });

  test("a 10,000-line sheet with 8,667 findings on its cells is flagged whole, every request under 4 MB", async () => {
    const book = new FakeWorkbook("1.18");
    const rows: (string | number | null)[][] = [
      ["XX系统建设项目预算表"],
      ["单位：元"],
      ["序号", "费用名称", "单位", "数量", "单价", "金额"],
    ];
    // 8,667 development lines priced over the person-month cap, the rest ordinary hardware.
    for (let i = 0; i < 10000; i++) {
      const row = rows.length + 1;
      rows.push(
        i < 8667
          ? [i + 1, `应用软件定制开发${i}`, "人月", 2, 35000, `=D${row}*E${row}`]
          : [i + 1, `PC服务器${i}`, "台", 1, 30000, `=D${row}*E${row}`],
      );
    }
    rows.push([null, "合计", null, null, null, `=SUM(F4:F${rows.length})`]);
    book.addSheet("预算表").setRows(rows);
    book.recalculate();
    const bridge = bridgeFor(book);
    const { findings } = audit(await bridge.readWorkbook(), yangpu());
    const onCells = findings.filter((f) => f.cell && f.rule === "dev.person-month-price");
    expect(onCells).toHaveLength(8667);
    book.resetStats();
    const { flagged } = await bridge.flagFindings(findings);
    expect(flagged).toBeGreaterThanOrEqual(8667);
    expect(Math.max(...book.stats.requestBytes)).toBeLessThan(REQUEST_BUDGET);
    for (const f of onCells.slice(-3)) expect(book.notes.get(`'预算表'!${f.cell}`)).toContain("人月");
    book.resetStats();
    await bridge.clearFlags();
    expect(Math.max(...book.stats.requestBytes)).toBeLessThan(REQUEST_BUDGET);
    expect(book.notes.size).toBe(0);
  });

  test("a host that still refuses a request as too large gets it again in halves, and everything is flagged", async () => {
    const book = new FakeWorkbook("1.18");
    book.payloadLimit = 900_000; // a stricter host than the budget assumes
    const rows = Array.from({ length: 3000 }, (_, i) => [`项目${i}`, i]);
    book.addSheet("明细").setRows(rows);
    const bridge = bridgeFor(book);
    book.resetStats();
    await bridge.flagFindings(rows.map((_, i) => finding("明细", `B${i + 1}`, i)));
    expect(book.stats.requestBytes.some((b) => b > 900_000)).toBe(true); // refused, then split
    expect(book.notes.size).toBe(3000);
    expect(book.sheet("明细")!.cell(2999, 1)?.fill?.color).toBe(SEVERITY_FILL.error); // finding 2999 is an error
    expect(await bridge.clearFlags()).toEqual({ restored: 3000, skipped: 0 });
  });

  test("one write too large to split is reported in the user's words, not Microsoft's", async () => {
    const book = new FakeWorkbook("1.18");
    book.payloadLimit = 20_000;
    book.addSheet("明细").setRows([["x", 1]]);
    const long = { ...finding("明细", "B1"), message: "很长的说明".repeat(2_000) };
    const err = await bridgeFor(book)
      .flagFindings([long])
      .catch((e: unknown) => e);
    expect(String((err as Error).message)).toMatch(/请求大小上限/);
    expect((err as { messageEn: string }).messageEn).toMatch(/request limit/);
  });
});

describe("按标准核定, revert and the results sheet at scale", () => {
  test("6,000 approved cells (rate and fee of 3,000 lines) and their revert: every request under 4 MB, a handful of syncs", async () => {
    const { book, bridge, changes } = await approvalAtScale(3000);
    expect(changes.length).toBe(6000);
    book.resetStats();
    await bridge.applyChanges(changes);
    expect(Math.max(...book.stats.requestBytes)).toBeLessThan(REQUEST_BUDGET);
    expect(book.stats.syncs).toBeLessThanOrEqual(3);
    book.resetStats();
    const outcome = await bridge.revertChanges();
    expect(outcome).toEqual({ restored: 6000, skipped: [] });
    expect(Math.max(...book.stats.requestBytes)).toBeLessThan(REQUEST_BUDGET);
    expect(book.stats.syncs).toBeLessThanOrEqual(4);
    expect(book.sheet("运维")!.cell(3002, 4)).toEqual({ value: 10000 });
  });

  test("a results sheet of 10,000 findings: every request under 4 MB", async () => {
    const book = new FakeWorkbook("1.18");
    book.addSheet("明细");
    book.resetStats();
    await bridgeFor(book).writeResultsSheet(
      Array.from({ length: 10000 }, (_, i) => finding("明细", `B${i + 1}`, i)),
      "zh-CN",
    );
    expect(Math.max(...book.stats.requestBytes)).toBeLessThan(REQUEST_BUDGET);
    expect(book.sheet("审核结果")!.cell(10000, 4)?.formula).toBe('=HYPERLINK("#\'明细\'!B10000","B10000")');
  });
});
