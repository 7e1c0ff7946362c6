import Decimal from "decimal.js";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../src/core/snapshot/types";
import { audit, auditModel, buildModel, CoreInputError, SnapshotError } from "../../src/core/engine";
import { planFlags } from "../../src/core/plan/flags";
import { planApproval } from "../../src/core/plan/approval-plan";
import { yangpu } from "../support/pack";

const pack = yangpu();
const HEADER = ["序号", "名称", "规格", "单位", "数量", "单价", "金额", "备注"];
const ROWS: CellValue[][] = [
  HEADER,
  [1, "服务器", "2U", "台", 2, 45000, 90000, null],
  [2, "交换机", "", "台", 3, 8000, 24000, null],
];

function sheetOf(extra: Record<string, unknown> = {}): SheetSnapshot {
  return {
    name: "预算表",
    origin: { row: 0, col: 0 },
    values: ROWS.map((r) => [...r]),
    merges: [],
    ...extra,
  } as SheetSnapshot;
}
function book(...sheets: unknown[]): WorkbookSnapshot {
  return { name: "t.xlsx", sheets } as WorkbookSnapshot;
}
function withCell(r: number, c: number, v: unknown, extra: Record<string, unknown> = {}): WorkbookSnapshot {
  const s = sheetOf(extra);
  (s.values[r] as unknown[])[c] = v;
  return book(s);
}

function rejection(run: () => unknown): SnapshotError {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(SnapshotError);
    expect(e).toBeInstanceOf(CoreInputError);
    return e as SnapshotError;
  }
  throw new Error("expected a SnapshotError");
}

describe("the core's entry points reject out-of-type snapshots with a SnapshotError naming the place", () => {
  it.each<[string, () => unknown, string, string]>([
    [
      "a cell holding an object",
      () => withCell(1, 2, { text: "2U" }),
      "第 1 个工作表“预算表” 第 2 行 C 列（values）：单元格应为文本、数字、布尔值或空，实际是 object",
      'sheet 1 "预算表", row 2, column C (values): a cell must be text, a number, a boolean or empty, not an object',
    ],
    [
      "a Date",
      () => withCell(2, 6, new Date(0)),
      "第 3 行 G 列（values）：单元格应为文本、数字、布尔值或空，实际是 Date",
      "row 3, column G (values)",
    ],
    ["a bigint", () => withCell(2, 4, BigInt(3)), "实际是 bigint", "not a bigint"],
    ["an array in a cell", () => withCell(2, 4, [3]), "实际是 array", "not an array"],
    ["a function", () => withCell(2, 4, () => 3), "实际是 function", "not a function"],
    [
      "a cell under an origin",
      () => withCell(1, 1, {}, { origin: { row: 4, col: 2 } }),
      "第 6 行 D 列",
      "row 6, column D",
    ],
    [
      "a row that is a string",
      () => book(sheetOf({ values: [HEADER, "服务器"] })),
      "第 2 行（values）：每一行应为数组，实际是 string",
      "row 2 (values): each row must be an array",
    ],
    [
      "values missing",
      () => book({ name: "S", origin: { row: 0, col: 0 }, merges: [] }),
      "第 1 个工作表“S”（values）：values 应为行的数组，实际是 undefined",
      "values must be an array of rows",
    ],
    [
      "a formula that is a number",
      () => book(sheetOf({ formulas: [[], [null, null, null, null, null, null, 90000]] })),
      "第 2 行 G 列（formulas）：单元格应为文本或空，实际是 number",
      "row 2, column G (formulas): a cell must be text or empty",
    ],
    [
      "numberFormats that is a string",
      () => book(sheetOf({ numberFormats: "General" })),
      "（numberFormats）：numberFormats 应为行的数组",
      "numberFormats must be an array of rows",
    ],
    [
      "a sheet name that is a number",
      () => book(sheetOf({ name: 3 })),
      "第 1 个工作表（name）：工作表名称应为文本，实际是 number",
      "sheet 1 (name): the sheet name must be text",
    ],
    [
      "a negative origin",
      () => book(sheetOf({ origin: { row: -1, col: 0 } })),
      "（origin）：origin 应为 { row, col }，两者均为非负整数",
      "origin must be { row, col }",
    ],
    ["a fractional origin", () => book(sheetOf({ origin: { row: 1.5, col: 0 } })), "（origin）", "(origin)"],
    [
      "merges that are an object",
      () => book(sheetOf({ merges: {} })),
      "（merges）：merges 应为数组，实际是 object",
      "merges must be an array",
    ],
    [
      "a merge with NaN",
      () => book(sheetOf({ merges: [{ top: 0, left: 0, bottom: NaN, right: 3 }] })),
      "（merges[0]）：合并区域应为 { top, left, bottom, right }",
      "(merges[0]): a merged range must be",
    ],
    [
      "hidden that is a string",
      () => book(sheetOf({ hidden: "yes" })),
      "（hidden）：hidden 应为布尔值，实际是 string",
      "hidden must be a boolean",
    ],
    [
      "a sheet that is null",
      () => book(sheetOf(), null),
      "第 2 个工作表：工作表应为对象，实际是 null",
      "sheet 2: a sheet must be an object, not null",
    ],
    [
      "sheets missing",
      () => ({ name: "x" }),
      "（sheets）：sheets 应为工作表数组，实际是 undefined",
      "(sheets): sheets must be an array of sheets",
    ],
    [
      "a workbook name that is a number",
      () => ({ name: 3, sheets: [] }),
      "（name）：工作簿名称应为文本",
      "the workbook name must be text",
    ],
    [
      "a snapshot that is a string",
      () => "workbook",
      "工作簿快照无效：应为对象，实际是 string",
      "Invalid workbook snapshot: expected an object, got a string",
    ],
    ["a snapshot that is null", () => null, "应为对象，实际是 null", "expected an object, got null"],
  ])("%s", (_label, make, zh, en) => {
    const snapshot = make() as WorkbookSnapshot;
    for (const entry of [() => audit(snapshot, pack), () => buildModel(snapshot, pack)]) {
      const e = rejection(entry);
      expect(e.message).toContain(zh);
      expect(e.message.startsWith("工作簿快照无效：")).toBe(true);
      expect(e.messageEn).toContain(en);
      expect(e.messageEn.startsWith("Invalid workbook snapshot: ")).toBe(true);
    }
  });

  it("names the sheet by a readable part of a very long name", () => {
    const e = rejection(() => audit(book(sheetOf({ name: "表".repeat(100_000), hidden: 1 })), pack));
    expect(e.message.length).toBeLessThan(200);
    expect(e.location).toMatchObject({ sheetIndex: 1, field: "hidden" });
  });
});

describe("values a snapshot may hold are audited, never thrown on", () => {
  const sparse = (): CellValue[][] => {
    const rows: CellValue[][] = new Array(4);
    rows[0] = HEADER;
    rows[2] = [1, "服务器", "2U", "台", 2, 45000, 90000];
    return rows;
  };
  it.each<[string, WorkbookSnapshot, number]>([
    [
      "ragged rows",
      book(
        sheetOf({ values: [HEADER, [1, "服务器", "2U", "台", 2, 45000, 90000]], formulas: [[]], numberFormats: [] }),
      ),
      1,
    ],
    [
      "rows missing from a sparse array, under a merge",
      book(sheetOf({ values: sparse(), merges: [{ top: 0, left: 0, bottom: 3, right: 1 }] })),
      1,
    ],
    ["null rows", book(sheetOf({ values: [HEADER, null, [1, "服务器", "", "台", 1, 5, 5]] })), 1],
    [
      "rows of formulas and formats missing",
      book(sheetOf({ formulas: [null, undefined], numberFormats: [[], null] })),
      2,
    ],
    [
      "merges outside the values and overlapping",
      book(
        sheetOf({
          merges: [
            { top: 50, left: 50, bottom: 90, right: 90 },
            { top: 0, left: -5, bottom: 0, right: 99 },
            { top: 0, left: 0, bottom: 1, right: 3 },
          ],
        }),
      ),
      2,
    ],
    ["an inverted merge", book(sheetOf({ merges: [{ top: 3, left: 7, bottom: 0, right: 0 }] })), 2],
    ["origin and merges missing", book({ name: "预算表", values: ROWS }), 2],
    ["duplicate and empty sheet names", book(sheetOf({ name: "" }), sheetOf({ name: "" }), sheetOf()), 6],
    ["a sheet with no rows", book(sheetOf({ values: [] })), 0],
    ["no sheets", book(), 0],
    [
      "NaN, ±Infinity, -0, 1e300, 5e-324, booleans",
      book(
        sheetOf({
          values: [
            HEADER,
            [1, "服务器", NaN, "台", Infinity, -Infinity, -0],
            [2, "交换机", 1e300, true, 5e-324, false, 1e300],
          ],
        }),
      ),
      2,
    ],
    [
      "control characters and lone surrogates",
      book(
        sheetOf({
          name: "\u0000\ud800",
          values: [HEADER, [1, "服\u0007务器\ud800", "\u202e", "台\n", "\udc00", 5, 5]],
        }),
      ),
      1,
    ],
    [
      "formula strings without values",
      book(
        sheetOf({
          values: [HEADER, [1, "服务器", "", "台", null, null, null]],
          formulas: [[], [null, null, null, null, "=1/0", "=A1", "=E2*F2"]],
        }),
      ),
      1,
    ],
    [
      "holes inside a row",
      book(sheetOf({ values: [HEADER, Object.assign(new Array(8), { 1: "服务器", 6: 100 })] })),
      1,
    ],
  ])("%s", (_label, snapshot, lines) => {
    const result = audit(snapshot, pack);
    expect(result.model.lines).toHaveLength(lines);
    for (const t of Object.values(result.totals)) expect(t).toMatch(/^-?\d+(\.\d+)?$/);
    expect(() => planApproval(result.model, result.review)).not.toThrow();
    expect(() => planFlags(result.findings)).not.toThrow();
  });

  it("does not change the snapshot it is given", () => {
    const s = sheetOf({
      values: [HEADER, null, [1, "服务器", "", "台", 1, 5, 5]],
      merges: [{ top: 3, left: 7, bottom: 0, right: 0 }],
    });
    const before = JSON.stringify(s);
    audit(book(s), pack);
    expect(JSON.stringify(s)).toBe(before);
  });
});

describe("packs, overrides, models and findings of the wrong type are refused with a CoreInputError", () => {
  const snapshot = book(sheetOf());
  it.each<[string, () => unknown, string]>([
    ["no pack", () => audit(snapshot, undefined as never), "标准包参数无效"],
    ["a pack of raw words", () => audit(snapshot, { id: "x" } as never), "标准包参数无效：缺少或类型不对的字段 rules"],
    [
      "an unknown kind",
      () => audit(snapshot, pack, { kind: "build" as never }),
      "覆盖项 kind 无效：取值应为 construction / upgrade / om / service 之一",
    ],
    ["a tier number", () => audit(snapshot, pack, { tier: 2 as never }), "覆盖项 tier 无效"],
    [
      "last year's O&M as a number",
      () => audit(snapshot, pack, { lastYearOm: 100 as never }),
      "覆盖项 lastYearOm 无效",
    ],
    [
      "last year's O&M of 1e9999999999",
      () => audit(snapshot, pack, { kind: "om", lastYearOm: new Decimal("1e9999999999") }),
      "覆盖项 lastYearOm 无效",
    ],
    [
      "last year's O&M negative",
      () => audit(snapshot, pack, { lastYearOm: new Decimal(-1) }),
      "覆盖项 lastYearOm 无效",
    ],
    [
      "an unknown line category",
      () => audit(snapshot, pack, { lineCategories: { "预算表!2": "servers" as never } }),
      "覆盖项 lineCategories[预算表!2] 无效：不是已知的费用类别：servers",
    ],
    ["overrides that are a string", () => audit(snapshot, pack, "om" as never), "覆盖项 (整体 / all) 无效"],
    ["a model that is not one", () => auditModel({} as never, pack), "预算模型参数无效"],
    ["an approval plan of no model", () => planApproval(null as never, null as never), "预算模型参数无效"],
    [
      "an approval plan of no verdict",
      () => planApproval(audit(snapshot, pack).model, null as never),
      "审定结果参数无效",
    ],
    ["flags of no findings", () => planFlags("findings" as never), "发现项参数无效"],
  ])("%s", (_label, run, zh) => {
    expect(run).toThrow(CoreInputError);
    try {
      run();
    } catch (e) {
      expect((e as CoreInputError).message).toContain(zh);
      expect((e as CoreInputError).messageEn.length).toBeGreaterThan(10);
    }
  });

  it("accepts the overrides the CLI and the pane pass", () => {
    expect(() =>
      audit(snapshot, pack, { kind: undefined, system: undefined, tier: undefined, lastYearOm: undefined }),
    ).not.toThrow();
    expect(() =>
      audit(snapshot, pack, {
        kind: "om",
        system: "oa",
        tier: null,
        lastYearOm: new Decimal("1200000"),
        lineCategories: { "预算表!2": "hardware" },
      }),
    ).not.toThrow();
  });
});

describe("merges a host would never write", () => {
  it("reads 20,000 overlapping sheet-wide merges in bounded time", () => {
    const values: CellValue[][] = [["XX局建设项目预算表"], HEADER];
    for (let i = 0; i < 2000; i++) values.push([i + 1, "服务器", "", "台", 1, 5, 5, null]);
    const merges = Array.from({ length: 20_000 }, () => ({ top: 0, left: 0, bottom: 5000, right: 7 }));
    const result = audit(book(sheetOf({ values, merges })), pack);
    expect(result.model.tables).toHaveLength(0); // the title merged over everything hides the header, as Excel would show it
  });
});
