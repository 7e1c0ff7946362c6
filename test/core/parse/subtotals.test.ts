import { CoverTracker, sectionLabel, sectionLevel, subtotalKind } from "../../../src/core/parse/subtotals";
import type { CellValue } from "../../../src/core/snapshot/types";
import { readWorkbook } from "../../../src/core/parse/read-workbook";
import { audit } from "../../../src/core/engine";
import { grid, workbook } from "../../support/grid";
import { yangpu } from "../../support/pack";

const WORDS = ["小计", "合计", "总计", "共计", "总投资"];

describe("subtotalKind", () => {
  it.each<[string, string | null]>([
    ["小计", "小计"],
    ["小 计", "小计"],
    ["硬件小计", "小计"],
    ["小计：", "小计"],
    ["合计", "合计"],
    ["合计（万元）", "合计"],
    ["总计", "总计"],
    ["共计", "合计"],
    ["项目总投资", "合计"],
    ["一、小计", "小计"],
    ["综合计费系统", null],
    ["服务器", null],
    ["", null],
    ["合计一下这个名字非常非常长的设备", null],
  ])("%j → %s", (label, kind) => {
    expect(subtotalKind(label, WORDS)).toBe(kind);
  });
});

describe("sectionLevel", () => {
  it.each<[string, boolean, number | null]>([
    ["一、硬件设备", false, 1],
    ["十二、其他", false, 1],
    ["第一部分 工程费用", false, 0],
    ["一", true, 1],
    ["一", false, null],
    ["(一)基础软件", false, 2],
    ["（二）定制开发", false, 2],
    ["(1)", true, 3],
    ["1", true, null],
    ["服务器", false, null],
    ["一体机", false, null],
    ["", true, null],
  ])("%j (seq column: %s) → %s", (text, inSeq, level) => {
    expect(sectionLevel(text, inSeq)).toBe(level);
  });

  it.each<[string, string, string]>([
    ["一", "硬件设备", "一、硬件设备"],
    ["(一)", "其他费用", "(一)其他费用"],
    ["一、硬件", "一、硬件", "一、硬件"],
    ["", "一、硬件", "一、硬件"],
    ["二、软件", "", "二、软件"],
  ])("label of %j + %j → %j", (seq, name, label) => {
    expect(sectionLabel(seq, name)).toBe(label);
  });
});

describe("CoverTracker", () => {
  it("covers lines since the last 小计 or section, and the whole table for 合计", () => {
    const t = new CoverTracker();
    const sec1 = t.openSection(1, "一、硬件");
    t.addLine("a");
    t.addLine("b");
    expect(t.coversFor("小计")).toEqual(["a", "b"]);
    t.addLine("c");
    expect(t.coversFor("小计")).toEqual(["c"]);
    expect(t.coversFor("小计")).toEqual(["a", "b", "c"]); // nothing new: the whole current section
    t.openSection(2, "(一)");
    t.addLine("d");
    t.openSection(1, "二、软件");
    t.addLine("e");
    expect(sec1).toEqual(["a", "b", "c", "d"]);
    expect(t.currentSection()).toBe("二、软件");
    expect(t.coversFor("合计")).toEqual(["a", "b", "c", "d", "e"]);
    expect(t.currentSection()).toBeNull();
  });
});

describe("section-level 合计 rows (硬件合计 under 一、硬件设备)", () => {
  const sheetWith = (rows: CellValue[][]) =>
    workbook(
      "x.xlsx",
      grid("预算表", [["XX项目预算表"], ["单位：万元"], ["序号", "名称", "单位", "数量", "单价", "金额"], ...rows]),
    );
  const covers = (rows: CellValue[][]) =>
    readWorkbook(sheetWith(rows), yangpu()).subtotals.map((s) => [
      s.label,
      s.covers.map((id) => Number(id.split("!")[1])),
    ]);

  it("each section's qualified 合计 covers its section; 总计 covers all", () => {
    expect(
      covers([
        ["一", "硬件设备"],
        [1, "服务器", "台", 2, 10, 20],
        [2, "交换机", "台", 1, 2, 2],
        [null, "硬件合计", null, null, null, 22],
        ["二", "软件开发"],
        [1, "定制开发", "人月", 20, 1.8, 36],
        [2, "接口开发", "人月", 2.5, 2, 5],
        [null, "软件合计", null, null, null, 41],
        ["三", "其他费用"],
        [1, "监理费", "项", 1, 2, 2],
        [2, "安全测评费", "项", 1, 1.5, 1.5],
        [null, "其他费用合计", null, null, null, 3.5],
        [null, "总计", null, null, null, 66.5],
      ]),
    ).toEqual([
      ["硬件合计", [5, 6]],
      ["软件合计", [9, 10]],
      ["其他费用合计", [13, 14]],
      ["总计", [5, 6, 9, 10, 13, 14]],
    ]);
  });

  it("a qualified 合计 whose figure is its section's sum covers the section even when the words differ", () => {
    expect(
      covers([
        ["一", "软件"],
        [1, "开发", "人月", 10, 1, 10],
        [null, "软件合计", null, null, null, 10],
        ["二", "设备购置"],
        [1, "服务器", "台", 2, 10, 20],
        [null, "硬件合计", null, null, null, 20],
        [null, "合计", null, null, null, 30],
      ]),
    ).toEqual([
      ["软件合计", [5]],
      ["硬件合计", [8]],
      ["合计", [5, 8]],
    ]);
  });

  it.each<[string]>([["项目合计"], ["费用合计"]])("%s names the whole table, not the open section", (label) => {
    expect(
      covers([
        ["一", "项目管理"],
        [1, "服务器", "台", 2, 10, 20],
        ["二", "软件"],
        [1, "开发", "人月", 10, 1, 10],
        [null, label, null, null, null, 30],
      ]),
    ).toEqual([[label, [5, 7]]]);
  });

  it("no sheet.subtotal-mismatch on correct section totals", () => {
    const rows: CellValue[][] = [
      ["一", "硬件设备"],
      [1, "服务器", "台", 2, 10, 20],
      [null, "硬件合计", null, null, null, 20],
      ["二", "软件开发"],
      [1, "定制开发", "人月", 10, 1.8, 18],
      [null, "软件合计", null, null, null, 18],
      [null, "总计", null, null, null, 38],
    ];
    expect(audit(sheetWith(rows), yangpu()).findings.filter((f) => f.rule === "sheet.subtotal-mismatch")).toEqual([]);
  });
});
