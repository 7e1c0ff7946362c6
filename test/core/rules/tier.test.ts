import Decimal from "decimal.js";
import type { BudgetLine, SystemType, Tier } from "../../../src/core/model/types";
import { loadStandard } from "../../../src/core/standards/load-standard";
import { line } from "../../support/model";
import { yangpuRaw } from "../../support/pack";
import { findingsOf } from "./findings-of";

const WAN = 10000;
const yuan = (wan: Decimal.Value) => new Decimal(wan).times(WAN).toFixed();

/** A scale project in 万元: `servers` server units, `pm` person-months of development, `total` 万元 in all. */
function scaleLines(servers: number, pm: Decimal.Value, total: Decimal.Value): BudgetLine[] {
  return [
    line({ name: "应用服务器", category: "hardware", unit: "万元", unitLabel: "台", quantity: servers, amount: "1" }),
    line({ name: "系统定制开发", category: "development", unit: "万元", unitLabel: "人月", quantity: pm, amount: "1" }),
    line({ name: "系统集成费", category: "integration", unit: "万元", amount: new Decimal(total).minus(2).toFixed() }),
  ];
}

/** [actual, limit] pairs, in a stable order. */
const pairs = (fs: { actual: string | null; limit: string | null }[]) => fs.map((f) => [f.actual, f.limit]).sort();

describe.each<[SystemType, string, [Tier, number, string, string][]]>([
  [
    "oa",
    "tier.oa",
    [
      ["small", 1, "5", "25"],
      ["medium", 2, "15", "75"],
      ["large", 3, "40", "160"],
    ],
  ],
  [
    "website",
    "tier.website",
    [
      ["small", 1, "7.5", "30"],
      ["medium", 2, "15", "90"],
      ["large", 3, "25", "140"],
    ],
  ],
])("%s tiers (%s)", (system, rule, tiers) => {
  const tierZh: Record<Tier, string> = { small: "小型", medium: "中型", large: "大型" };

  it.each(tiers)("%s: exactly at the limits (%i servers, %s 人月, %s万) passes", (tier, servers, pm, total) => {
    expect(findingsOf(rule, scaleLines(servers, pm, total), { system, tier, unit: "万元" })).toEqual([]);
  });

  it.each(tiers)("%s: one step over every limit gives three errors", (tier, servers, pm, total) => {
    const overPm = new Decimal(pm).plus("0.5").toFixed();
    const overTotal = new Decimal(total).plus("0.01").toFixed();
    const fs = findingsOf(rule, scaleLines(servers + 1, overPm, overTotal), { system, tier, unit: "万元" });
    expect(pairs(fs)).toEqual(
      [
        [String(servers + 1), String(servers)],
        [overPm, pm],
        [yuan(overTotal), yuan(total)],
      ].sort(),
    );
    for (const f of fs) {
      expect(f.severity).toBe("error");
      expect(f.message).toContain(tierZh[tier]);
    }
  });

  it("with no declared tier, the large limits apply", () => {
    const [, servers, pm, total] = tiers[2];
    expect(findingsOf(rule, scaleLines(servers, pm, total), { system, unit: "万元" })).toEqual([]);
    const fs = findingsOf(rule, scaleLines(servers + 1, pm, total), { system, unit: "万元" });
    expect(pairs(fs)).toEqual([[String(servers + 1), String(servers)]]);
    expect(fs[0].message).toContain("大型");
    expect(fs[0].cell).toMatch(/^G\d+$/);
  });

  it("does not run for another system", () => {
    expect(findingsOf(rule, scaleLines(9, "99", "999"), { system: "other", tier: "small", unit: "万元" })).toEqual([]);
  });

  it("counts a server line without 数量 as one server, and ignores non-hardware lines that mention servers", () => {
    const lines = [
      line({ name: "数据库服务器", category: "hardware", amount: "1000" }),
      line({ name: "Web服务器", category: "hardware", amount: "1000" }),
      line({ name: "服务器操作系统", category: "product-software", quantity: 5, amount: "1000" }),
    ];
    expect(pairs(findingsOf(rule, lines, { system, tier: "small" }))).toEqual([["2", "1"]]);
    expect(findingsOf(rule, lines.slice(1), { system, tier: "small" })).toEqual([]);
  });

  it("reads person-months from a 人月 column as well as from a 人月 unit, never from other units", () => {
    const [, , pm] = tiers[0];
    const over = new Decimal(pm).plus(1).toFixed();
    const column = [line({ name: "功能开发", category: "development", personMonths: over, amount: "1000" })];
    expect(pairs(findingsOf(rule, column, { system, tier: "small" }))).toEqual([[over, pm]]);
    const items = [
      line({ name: "功能开发", category: "development", unitLabel: "项", quantity: over, amount: "1000" }),
    ];
    expect(findingsOf(rule, items, { system, tier: "small" })).toEqual([]);
  });
});

describe("tier totals in 元", () => {
  it.each([
    ["250000", []],
    ["250000.01", [["250000.01", "250000"]]],
  ])("an OA total of %s 元 against the small tier's 25万", (amount, expected) => {
    const lines = [line({ name: "协同办公平台开发", category: "development", amount })];
    expect(pairs(findingsOf("tier.oa", lines, { system: "oa", tier: "small", unit: "元" }))).toEqual(expected);
  });
});

describe("tier.video-conference", () => {
  /** `terminals` terminal units, `mcu` MCUs and `total` 万元 in all. */
  const video = (terminals: number, mcu: number, total: Decimal.Value) => [
    line({ name: "视频会议终端", category: "hardware", unit: "万元", quantity: terminals, amount: "1" }),
    line({ name: "MCU多点控制器", category: "hardware", unit: "万元", quantity: mcu, amount: "1" }),
    line({ name: "安装调试", category: "integration", unit: "万元", amount: new Decimal(total).minus(2).toFixed() }),
  ];
  const run = (lines: BudgetLine[], tier: Tier | null = null) =>
    findingsOf("tier.video-conference", lines, { system: "video-conference", tier, unit: "万元" });

  it.each<[string, number, number, string, Tier | null, string[][]]>([
    ["9 terminals: small, at 50万", 9, 1, "50", null, []],
    ["9 terminals: small, over 50万", 9, 1, "50.01", null, [[yuan("50.01"), yuan("50")]]],
    ["9 terminals: small, 2 MCUs", 9, 2, "50", null, [["2", "1"]]],
    ["10 terminals: medium, so 165万 passes", 10, 1, "165", null, []],
    ["10 terminals: medium, over 165万", 10, 1, "165.01", null, [[yuan("165.01"), yuan("165")]]],
    ["30 terminals: still medium", 30, 1, "165", null, []],
    ["30 terminals, 2 MCUs", 30, 2, "100", null, [["2", "1"]]],
    ["31 terminals: large, only MCUs capped", 31, 2, "900", null, []],
    ["31 terminals: large, 3 MCUs", 31, 3, "900", null, [["3", "2"]]],
    ["declared small with 10 terminals", 10, 1, "50", "small", []],
    ["declared small with 11 terminals", 11, 1, "50", "small", [["11", "10"]]],
    ["declared medium with 31 terminals", 31, 1, "165", "medium", [["31", "30"]]],
  ])("%s", (_label, terminals, mcu, total, tier, expected) => {
    const fs = run(video(terminals, mcu, total), tier);
    expect(pairs(fs)).toEqual(expected.sort());
    for (const f of fs) expect(f.severity).toBe("error");
  });

  it("names the tier inferred from the terminal count", () => {
    expect(run(video(12, 2, "10"))[0].message).toContain("中型");
    expect(run(video(12, 2, "10"))[0].message).toContain("12");
  });

  it("adds terminal lines up, and never counts an MCU line as terminals", () => {
    const lines = [
      line({ name: "会议终端（高清）", category: "hardware", quantity: 6, amount: "6000" }),
      line({ name: "视频会议终端", category: "hardware", quantity: 5, amount: "5000" }),
      line({ name: "MCU（含终端接入授权）", category: "hardware", quantity: 1, amount: "1000" }),
    ];
    expect(pairs(run(lines, "small"))).toEqual([["11", "10"]]);
    expect(run(lines.slice(1), "small")).toEqual([]);
  });

  it("does not run for another system", () => {
    expect(findingsOf("tier.video-conference", video(40, 5, "999"), { system: "oa", unit: "万元" })).toEqual([]);
  });
});

describe("tier.server-room", () => {
  const room = (area: Decimal.Value, total: Decimal.Value) => [
    line({ name: "机房装修", category: "facility", unit: "万元", unitLabel: "㎡", quantity: area, amount: "1" }),
    line({ name: "精密空调", category: "hardware", unit: "万元", amount: new Decimal(total).minus(1).toFixed() }),
  ];
  const run = (lines: BudgetLine[], extra = {}) =>
    findingsOf("tier.server-room", lines, { system: "server-room", unit: "万元" }, extra);

  it.each<[string, string, string[][], string]>([
    ["20", "30", [], ""],
    ["20", "30.01", [[yuan("30.01"), yuan("30")]], "小型"],
    ["20.5", "100", [], ""],
    ["100", "100", [], ""],
    ["100", "100.01", [[yuan("100.01"), yuan("100")]], "中型"],
    ["100.5", "240", [], ""],
    ["300", "240", [], ""],
    ["300", "240.01", [[yuan("240.01"), yuan("240")]], "大型"],
  ])("%s㎡ with %s万", (area, total, expected, tierZh) => {
    const fs = run(room(area, total));
    expect(pairs(fs)).toEqual(expected);
    for (const f of fs) {
      expect(f.severity).toBe("error");
      expect(f.message).toContain(tierZh);
    }
  });

  it("warns that a room over 300㎡ is not covered by the standard", () => {
    const fs = run(room("301", "10"));
    expect(fs).toHaveLength(1);
    expect(fs[0].severity).toBe("warning");
    expect([fs[0].actual, fs[0].limit]).toEqual(["301", "300"]);
    expect(fs[0].message).toContain("不在配置标准覆盖范围内");
  });

  it.each<[string, Record<string, unknown>, BudgetLine[], string | null]>([
    ["the title", { titleText: "某单位机房建设项目（约80平方米）" }, [], "中型"],
    ["a spec", {}, [line({ name: "机房装修", category: "facility", spec: "面积120㎡", amount: "1" })], "大型"],
    ["nowhere", {}, [], null],
  ])("reads the area from %s", (_where, extra, more, tierZh) => {
    const lines = [...more, line({ name: "配电柜", category: "hardware", unit: "万元", amount: "250" })];
    const fs = run(lines, extra);
    if (tierZh === null) expect(fs).toEqual([]);
    else expect(fs.map((f) => f.message.includes(tierZh))).toEqual([true]);
  });

  it("takes the largest ㎡ figure as the room, not the sum of works priced per ㎡", () => {
    const lines = [
      line({ name: "防静电地板", category: "facility", unit: "万元", unitLabel: "平方米", quantity: 15, amount: "25" }),
      line({ name: "吊顶", category: "facility", unit: "万元", unitLabel: "平方米", quantity: 10, amount: "25" }),
    ];
    expect(pairs(run(lines))).toEqual([[yuan("50"), yuan("30")]]);
  });

  it("does not run for another system", () => {
    expect(findingsOf("tier.server-room", room("20", "300"), { system: "other", unit: "万元" })).toEqual([]);
  });
});

describe("tier.info-release", () => {
  it.each<[SystemType, string, string[][]]>([
    ["info-release", "10", []],
    ["info-release", "10.01", [[yuan("10.01"), yuan("10")]]],
    ["other", "50", []],
  ])("%s project of %s万", (system, total, expected) => {
    const lines = [line({ name: "公众号运营平台开发", category: "development", unit: "万元", amount: total })];
    expect(pairs(findingsOf("tier.info-release", lines, { system, unit: "万元" }))).toEqual(expected);
  });

  it("leaves 等保 out of the total", () => {
    const lines = [
      line({ name: "公众号开发", category: "development", amount: "100000" }),
      line({ name: "等保测评", category: "dengbao", amount: "50000" }),
    ];
    expect(findingsOf("tier.info-release", lines, { system: "info-release" })).toEqual([]);
  });
});

describe("tier params in the pack", () => {
  type Raw = { rules: Record<string, { params: Record<string, any> }> }; // eslint-disable-line @typescript-eslint/no-explicit-any
  it.each<[string, (r: Raw) => void, RegExp]>([
    [
      "a person-month limit written as a number",
      (r) => (r.rules["tier.oa"].params.tiers.small.personMonths = 5),
      /tier\.oa\/params\/tiers\/small\/personMonths/,
    ],
    [
      "a money limit in an unknown unit",
      (r) => (r.rules["tier.website"].params.tiers.large.total.unit = "千元"),
      /tier\.website\/params\/tiers\/large\/total\/unit/,
    ],
    ["an unknown param", (r) => (r.rules["tier.server-room"].params.maxArea = "300"), /tier\.server-room\/params/],
    [
      "missing terminal-tier edges",
      (r) => delete r.rules["tier.video-conference"].params.terminalTiers,
      /tier\.video-conference\/params/,
    ],
  ])("rejects %s", (_label, breakIt, field) => {
    const raw = yangpuRaw() as unknown as Raw;
    breakIt(raw);
    expect(() => loadStandard(raw)).toThrow(field);
  });
});
