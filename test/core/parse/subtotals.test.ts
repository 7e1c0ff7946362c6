import { CoverTracker, sectionLabel, sectionLevel, subtotalKind } from "../../../src/core/parse/subtotals";

const WORDS = ["小计", "合计", "总计", "共计", "总投资"];

describe("subtotalKind", () => {
  it.each<[string, string | null]>([
    ["小计", "小计"], ["小 计", "小计"], ["硬件小计", "小计"], ["小计：", "小计"], ["合计", "合计"], ["合计（万元）", "合计"],
    ["总计", "总计"], ["共计", "合计"], ["项目总投资", "合计"], ["一、小计", "小计"],
    ["综合计费系统", null], ["服务器", null], ["", null], ["合计一下这个名字非常非常长的设备", null],
  ])("%j → %s", (label, kind) => {
    expect(subtotalKind(label, WORDS)).toBe(kind);
  });
});

describe("sectionLevel", () => {
  it.each<[string, boolean, number | null]>([
    ["一、硬件设备", false, 1], ["十二、其他", false, 1], ["第一部分 工程费用", false, 1], ["一", true, 1], ["一", false, null],
    ["(一)基础软件", false, 2], ["（二）定制开发", false, 2], ["(1)", true, 3], ["1", true, null], ["服务器", false, null],
    ["一体机", false, null], ["", true, null],
  ])("%j (seq column: %s) → %s", (text, inSeq, level) => {
    expect(sectionLevel(text, inSeq)).toBe(level);
  });

  it.each<[string, string, string]>([
    ["一", "硬件设备", "一、硬件设备"], ["(一)", "其他费用", "(一)其他费用"], ["一、硬件", "一、硬件", "一、硬件"], ["", "一、硬件", "一、硬件"],
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
