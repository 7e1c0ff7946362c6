import { FakeWorkbook, type FakeCell } from "../support/fake-excel";
import { fakeFromSnapshot } from "../support/fake-from-snapshot";
import { oaUpgrade, omBudget } from "../acceptance/workbooks";
import { audit } from "../../src/core/engine";
import { SEVERITY_FILL } from "../../src/core/plan/flags";
import type { Finding } from "../../src/core/model/finding";
import { yangpu } from "../support/pack";
import { bridgeFor } from "../support/office-bridge";

function finding(
  sheet: string,
  cell: string,
  severity: Finding["severity"] = "error",
  rule = "dev.person-month-price",
): Finding {
  return {
    rule,
    severity,
    sheet,
    row: Number(cell.replace(/\D/g, "")),
    cell,
    message: "人月单价超标",
    messageEn: "over cap",
    actual: "1",
    limit: "0",
    citation: "§1",
  };
}

/** Deep copy of every cell's look, notes and settings aside. */
const formats = (book: FakeWorkbook) =>
  book.sheets.map((s) => [
    s.name,
    [...s.cells].map(([k, c]: [string, FakeCell]) => [k, c.fill ? { ...c.fill } : null]).filter(([, f]) => f),
  ]);

describe.each(["1.18", "1.9", "1.6"])("flag then clear on ExcelApi %s", (version) => {
  function prepared() {
    const book = fakeFromSnapshot(omBudget(), version);
    const s = book.sheet("运维预算表")!;
    s.ensure(5, 6).fill = { color: "#FFFF00" }; // G6: the user's yellow highlight
    s.ensure(11, 4).fill = {
      color: "#C6EFCE",
      pattern: version === "1.6" ? undefined : "Gray25",
      patternColor: version === "1.6" ? undefined : "#00B050",
    };
    if (version === "1.18") book.notes.set("'运维预算表'!E13", "经办人：张三");
    return book;
  }

  test("flags every finding cell with its severity fill; clear restores exactly what was there", async () => {
    const book = prepared();
    const before = formats(book);
    const notesBefore = new Map(book.notes);
    const bridge = bridgeFor(book);
    const snap = await bridge.readWorkbook();
    const { findings } = audit(snap, yangpu());
    const cells = findings.filter((f) => f.cell);
    expect(cells.length).toBeGreaterThan(2);
    // Every cell a finding involves is flagged (a rate finding: the fee and its rate cell), each once.
    const involved = cells.flatMap((f) => f.cells!.map((c) => ({ f, c })));
    expect(involved.length).toBeGreaterThan(cells.length);
    const { flagged } = await bridge.flagFindings(findings);
    expect(flagged).toBe(new Set(involved.map(({ c }) => c)).size);
    const s = book.sheet("运维预算表")!;
    for (const { c } of involved) {
      const [, col, row] = /^([A-Z]+)(\d+)$/.exec(c)!;
      const fill = s.cell(Number(row) - 1, col.charCodeAt(0) - 65)?.fill;
      expect([SEVERITY_FILL.error, SEVERITY_FILL.warning, SEVERITY_FILL.info]).toContain(fill?.color);
    }
    if (version === "1.18") {
      expect([...book.notes.keys()].length).toBeGreaterThanOrEqual(flagged);
      for (const { f, c } of involved) expect(book.notes.get(`'运维预算表'!${c}`)).toContain(f.citation);
      // The user's own note on a flagged cell stays first; ours follows it.
      expect(book.notes.get("'运维预算表'!E13")).toMatch(/^经办人：张三\n—+\n预算标尺/);
    } else expect(book.notes.size).toBe(0);
    expect(await bridge.hasFlags()).toBe(true);

    const { restored, skipped } = await bridge.clearFlags();
    expect([restored, skipped]).toEqual([flagged, 0]);
    expect(formats(book)).toEqual(before);
    expect(book.notes).toEqual(notesBefore);
    expect(await bridge.hasFlags()).toBe(false);
  });

  test("a cell the user re-coloured after flagging keeps the user's colour", async () => {
    const book = prepared();
    const bridge = bridgeFor(book);
    await bridge.flagFindings([finding("运维预算表", "G6"), finding("运维预算表", "E13", "warning")]);
    book.sheet("运维预算表")!.ensure(12, 4).fill = { color: "#00B0F0" };
    const { restored, skipped } = await bridge.clearFlags();
    expect([restored, skipped]).toEqual([1, 1]);
    expect(book.sheet("运维预算表")!.cell(12, 4)?.fill).toEqual({ color: "#00B0F0" });
    expect(book.sheet("运维预算表")!.cell(5, 6)?.fill).toEqual({ color: "#FFFF00" });
  });

  test("checking twice then clearing once still restores the originals, not the first check's flags", async () => {
    const book = prepared();
    const before = formats(book);
    const bridge = bridgeFor(book);
    await bridge.flagFindings([finding("运维预算表", "G6"), finding("运维预算表", "G7")]);
    await bridge.flagFindings([finding("运维预算表", "G6", "warning")]);
    expect(book.sheet("运维预算表")!.cell(6, 6)?.fill).toBeUndefined();
    await bridge.clearFlags();
    expect(formats(book)).toEqual(before);
  });
});

describe("a group finding flags every line of its group", () => {
  test.each(["1.18", "1.9"])(
    "the four-fee cap marks 咨询, 监理, 软件测评 and 安全测评, each note naming the group; clear restores all (ExcelApi %s)",
    async (version) => {
      const book = fakeFromSnapshot(oaUpgrade(), version);
      const s = book.sheet("投资估算表")!;
      s.ensure(18, 6).fill = { color: "#FFFF00" }; // G19: the user's own highlight, to be given back
      const before = formats(book);
      const bridge = bridgeFor(book);
      const { findings } = audit(await bridge.readWorkbook(), yangpu());
      const four = findings.find((f) => f.rule === "fees.four-fees-cap")!;
      expect(four.cells).toEqual(["G17", "G18", "G19", "G20"]);
      const { flagged } = await bridge.flagFindings(findings);
      // 人月: F13 and G13; 集成: G16; the group: G17–G20.
      expect(flagged).toBe(7);
      for (const row of [16, 17, 18, 19]) expect(s.cell(row, 6)?.fill?.color).toBe(SEVERITY_FILL.error);
      if (version === "1.18") {
        for (const a of ["G17", "G18", "G19", "G20"]) {
          const note = book.notes.get(`'投资估算表'!${a}`)!;
          expect(note).toContain("本格是一组 4 行（G17、G18、G19、G20）中的一行，该组合计超限");
          expect(note).toContain("合计 12.5 万元");
          expect(note).toContain(four.citation);
        }
      }
      const { restored, skipped } = await bridge.clearFlags();
      expect([restored, skipped]).toEqual([7, 0]);
      expect(formats(book)).toEqual(before);
      expect(book.notes.size).toBe(0);
    },
  );

  test("English notes say the same", async () => {
    const book = fakeFromSnapshot(oaUpgrade(), "1.18");
    const bridge = bridgeFor(book);
    const { findings } = audit(await bridge.readWorkbook(), yangpu());
    await bridge.flagFindings(findings, "en-US");
    expect(book.notes.get("'投资估算表'!G18")).toMatch(
      /one of a group of 4 lines \(G17, G18, G19, G20\) whose total is over the limit/,
    );
  });

  test("a cell on another sheet ('Sheet'!G4) is flagged on that sheet", async () => {
    const book = new FakeWorkbook("1.18");
    book.addSheet("汇总").setRows([["x", 1]]);
    book.addSheet("其他 费用").setRows([
      ["y", 2],
      ["z", 3],
    ]);
    const f = {
      ...finding("汇总", "B1", "error", "fees.four-fees-cap"),
      cells: ["B1", "'其他 费用'!B2"],
      lineIds: ["汇总!1", "其他 费用!2"],
    };
    const { flagged } = await bridgeFor(book).flagFindings([f]);
    expect(flagged).toBe(2);
    expect(book.sheet("其他 费用")!.cell(1, 1)?.fill?.color).toBe(SEVERITY_FILL.error);
    expect(book.notes.get("'其他 费用'!B2")).toContain("本格是一组 2 行");
  });
});

describe("flagging at scale", () => {
  test("10,000 flagged cells: each request under 4,000,000 bytes, getRanges lists under 8,000 characters, all restored", async () => {
    const book = new FakeWorkbook("1.18");
    const rows = Array.from({ length: 10000 }, (_, i) => [`项目${i}`, i]);
    book.addSheet("明细").setRows(rows);
    const findings = rows.map((_, i) => finding("明细", `B${i + 1}`, i % 3 === 0 ? "warning" : "error"));
    const bridge = bridgeFor(book);
    book.resetStats();
    await bridge.flagFindings(findings);
    expect(Math.max(...book.stats.requestBytes)).toBeLessThan(4_000_000);
    expect(book.stats.syncs).toBeLessThanOrEqual(6);
    expect(book.sheet("明细")!.cell(9998, 1)?.fill?.color).toBe(SEVERITY_FILL.error);
    await bridge.clearFlags();
    expect([...book.sheet("明细")!.cells.values()].every((c) => !c.fill)).toBe(true);
    expect(book.notes.size).toBe(0);
  });

  test("a sheet renamed after the check gives a message naming it", async () => {
    const book = fakeFromSnapshot(oaUpgrade(), "1.18");
    const bridge = bridgeFor(book);
    await expect(bridge.flagFindings([finding("不存在的表", "C5")])).rejects.toThrow(/不存在的表/);
  });
});
