import * as path from "path";
import Decimal from "decimal.js";
import type { BudgetLine, ProjectProfile } from "../../../src/core/model/types";
import type { StandardPack } from "../../../src/core/standards/types";
import type { CellValue, WorkbookSnapshot } from "../../../src/core/snapshot/types";
import { audit, auditModel } from "../../../src/core/engine";
import { isAdjustable, type Verdict } from "../../../src/core/plan/verdict";
import { readWorkbook } from "../../../src/cli/read-xlsx";
import { line, model } from "../../support/model";
import { yangpu } from "../../support/pack";
import { reasonOf, unadjustedOf } from "../../support/verdict-text";
import { grid, workbook } from "../../support/grid";
import { mulberry32 } from "../../support/rng";

const pack = yangpu();

function verdictOf(lines: BudgetLine[], p: Partial<ProjectProfile> = {}, withPack: StandardPack = pack): Verdict {
  return auditModel(model(lines, p), withPack).review;
}

/** [cell, 送审, 审定] of each reduced line, money in 元 as strings. */
function reduced(v: Verdict): [string, string, string][] {
  return v.lines.map((l) => [`${l.sheet}!${l.cell}`, l.submitted.toFixed(), l.approved.toFixed()]);
}

const hardware = (amount: Decimal.Value, row?: number) => line({ name: "服务器", category: "hardware", amount, row });
const dev = (amount: Decimal.Value, row?: number) => line({ name: "定制开发", category: "development", amount, row });

describe("审定 at the standard's edges (exactly at a cap: nothing; a cent over: a cent off)", () => {
  it.each<[string, BudgetLine[], string | null]>([
    // 人月单价 cap 2万元: 1 人月 at the cap, and one cent over it.
    [
      "人月单价 exactly 20,000",
      [
        line({
          name: "定制开发",
          category: "development",
          unitLabel: "人月",
          quantity: 1,
          unitPrice: 20000,
          amount: 20000,
        }),
      ],
      null,
    ],
    [
      "人月单价 20,000.01",
      [
        line({
          name: "定制开发",
          category: "development",
          unitLabel: "人月",
          quantity: 1,
          unitPrice: "20000.01",
          amount: "20000.01",
        }),
      ],
      "20000",
    ],
    // 系统集成 ≤ 8% of 软硬件购置费 1,000,000.
    [
      "integration exactly 8%",
      [hardware(1000000), line({ name: "系统集成费", category: "integration", amount: 80000 })],
      null,
    ],
    [
      "integration a cent over 8%",
      [hardware(1000000), line({ name: "系统集成费", category: "integration", amount: "80000.01" })],
      "80000",
    ],
    // 安全测评 ≤ 2% of 项目建设费 1,000,000.
    [
      "security test exactly 2%",
      [hardware(600000), dev(400000), line({ name: "安全测评", category: "security-test", amount: 20000 })],
      null,
    ],
    [
      "security test a cent over 2%",
      [hardware(600000), dev(400000), line({ name: "安全测评", category: "security-test", amount: "20000.01" })],
      "20000",
    ],
  ])("%s", (_label, lines, approved) => {
    const v = verdictOf(lines);
    if (approved === null) {
      expect(v.lines).toEqual([]);
      expect(v.reduction.toFixed()).toBe("0");
    } else {
      expect(v.lines.map((l) => l.approved.toFixed())).toEqual([approved]);
      expect(v.reduction.toFixed()).toBe("0.01");
    }
  });

  it.each<[string, Decimal.Value, string, string]>([
    ["exactly 10%", 40000, "0", "1100000"],
    // §6 rounds each line's share half-up: two lines may end a cent over the exact cap and are within it.
    ["a cent over 10% (two lines: within rounding)", "40000.01", "0", "1100000.01"],
    ["two cents over 10%", "40000.02", "0.02", "1100000"],
  ])(
    "four fees %s of 项目建设费 1,000,000: 审减 %s spread over the group",
    (_label, supervision, reduction, approved) => {
      const v = verdictOf([
        hardware(600000),
        dev(400000),
        line({ name: "咨询费", category: "consulting", amount: 60000 }),
        line({ name: "监理费", category: "supervision", amount: supervision }),
      ]);
      expect(v.reduction.toFixed()).toBe(reduction);
      expect(v.approved.toFixed()).toBe(approved);
    },
  );

  it.each<[string, Decimal.Value, string | null]>([
    // O&M caps allow 0.01 of the sheet's unit for rounding (domain.md §3.8), so the first cent over is no finding.
    ["at 8%", 8000, null],
    ["a cent over (within the rounding tolerance: no finding)", "8000.01", null],
    ["two cents over", "8000.02", "8000"],
  ])("class-C maintenance of a 100,000 元 server %s", (_label, fee, approved) => {
    const v = verdictOf(
      [
        line({
          name: "PC服务器维保",
          category: "om-hardware",
          hardwareClass: { cls: "C", defaulted: false },
          purchase: 100000,
          fee,
        }),
      ],
      { kind: "om" },
    );
    expect(v.lines.map((l) => l.approved.toFixed())).toEqual(approved === null ? [] : [approved]);
  });

  it("a 万元 sheet: 2.0001 万元 per 人月 is capped to 2 万元 × 人月数", () => {
    const v = verdictOf(
      [
        line({
          name: "定制开发",
          category: "development",
          unit: "万元",
          unitLabel: "人月",
          quantity: 3,
          unitPrice: "2.0001",
          amount: "6.0003",
        }),
      ],
      { unit: "万元" },
    );
    expect(reduced(v)).toEqual([["预算表!G" + v.lines[0].row, "60003", "60000"]]);
    expect(v.lines[0].write.amount).toMatchObject({ address: `G${v.lines[0].row}`, unit: "万元" });
    expect(v.lines[0].write.amount.value.toFixed()).toBe("6");
  });
});

describe("order of application", () => {
  it("line caps first, then integration on the 审定 purchase base, security test and four fees on the 审定 项目建设费", () => {
    // A pack that counts development into the purchase base shows integration is judged after the 人月 cap.
    const p = yangpu();
    p.bases.purchase = [...p.bases.purchase, "development"];
    const lines = [
      hardware(500000, 5),
      line({
        name: "定制开发",
        category: "development",
        row: 6,
        unitLabel: "人月",
        quantity: 20,
        unitPrice: 25000,
        amount: 500000,
      }),
      line({ name: "系统集成费", category: "integration", row: 7, amount: 80000 }),
      line({ name: "安全测评", category: "security-test", row: 8, amount: 19000 }),
      line({ name: "咨询费", category: "consulting", row: 9, amount: 81000 }),
    ];
    const v = verdictOf(lines, {}, p);
    // 1. 开发 20 × 20,000 = 400,000. 2. 集成: 8% × (500,000 + 400,000) = 72,000 (8% of the 送审 base would be 80,000: no cut).
    // 3. 项目建设费 500,000 + 400,000 + 72,000 = 972,000; 安全测评 2% = 19,440 ≥ 19,000: unchanged.
    // 4. four fees 81,000 + 19,000 = 100,000 > 97,200 → 咨询 81,000 × 0.972 = 78,732, 安全测评 19,000 × 0.972 = 18,468.
    expect(reduced(v)).toEqual([
      ["预算表!G6", "500000", "400000"],
      ["预算表!G7", "80000", "72000"],
      ["预算表!G8", "19000", "18468"],
      ["预算表!G9", "81000", "78732"],
    ]);
    expect(v.lines.map((l) => l.rules)).toEqual([
      ["dev.person-month-price"],
      ["fees.integration-rate"],
      ["fees.four-fees-cap"],
      ["fees.four-fees-cap"],
    ]);
  });

  it("the security test is judged on the 审定 项目建设费: within 2% as submitted, over it once development is capped", () => {
    const lines = [
      hardware(500000, 5),
      line({
        name: "定制开发",
        category: "development",
        row: 6,
        unitLabel: "人月",
        quantity: 20,
        unitPrice: 25000,
        amount: 500000,
      }),
      line({ name: "安全测评", category: "security-test", row: 7, amount: 19000 }),
    ];
    // 送审 base 1,000,000: 1.9%, no finding. 审定 base 900,000: 2% = 18,000.
    const { findings, review } = auditModel(model(lines), pack);
    expect(findings.filter((f) => f.rule === "fees.security-test-rate")).toEqual([]);
    expect(reduced(review)).toEqual([
      ["预算表!G6", "500000", "400000"],
      ["预算表!G7", "19000", "18000"],
    ]);
    expect(review.lines[1].rules).toEqual(["fees.security-test-rate"]);
  });

  it("the four fees are capped on the final base and spread in proportion; the group never ends above the cap", () => {
    // 项目建设费 999,999.99 → cap 99,999.999; shares in thirds need rounding.
    const lines = [
      hardware("999999.99", 5),
      line({ name: "咨询费", category: "consulting", row: 6, amount: 40000 }),
      line({ name: "监理费", category: "supervision", row: 7, amount: 40000 }),
      line({ name: "软件测评", category: "software-test", row: 8, amount: 40000 }),
    ];
    const v = verdictOf(lines);
    const group = v.lines.map((l) => l.approved);
    expect(Decimal.sum(...group).toFixed()).toBe("99999.99");
    for (const a of group) expect(a.decimalPlaces()).toBeLessThanOrEqual(2);
    expect(group.map((a) => a.toFixed())).toEqual(["33333.33", "33333.33", "33333.33"]);
  });

  it("excluded lines go to 0 and leave the bases: 三级等保 in a construction estimate", () => {
    const v = verdictOf([
      hardware(500000),
      line({ name: "三级等保测评", category: "dengbao", dengbaoLevel: 3, amount: 60000, row: 30 }),
    ]);
    expect(reduced(v)).toEqual([["预算表!G30", "60000", "0"]]);
    expect(v.lines[0].messages.map((m) => m.id)).toEqual(["cost.excluded-dengbao.approved"]);
    expect(reasonOf(v.lines[0], pack)).toMatch(/等保/);
    expect(v.lines[0].rules).toEqual(["cost.excluded-dengbao"]);
  });
});

async function sample(name: string): Promise<ReturnType<typeof audit>> {
  const file = path.join(__dirname, "../../../assets", name);
  return audit(readWorkbook(file).snapshot, pack);
}

describe("the worked example of domain.md §6 (assets/sample-budget.xlsx, 万元)", () => {
  it("送审 121.18, 审定 112.376, 审减 8.804 (7.27%), line by line to the cent", async () => {
    const { review } = await sample("sample-budget.xlsx");
    expect([review.submitted, review.approved, review.reduction].map((d) => d.dividedBy(10000).toFixed())).toEqual([
      "121.18",
      "112.376",
      "8.804",
    ]);
    expect(review.reductionRate.toFixed()).toBe("0.0727");
    expect(
      review.lines.map((l) => [l.name, l.submitted.dividedBy(10000).toFixed(), l.approved.dividedBy(10000).toFixed()]),
    ).toEqual([
      ["流程审批模块定制开发", "26", "20"],
      ["系统集成费", "4.68", "4.16"],
      ["项目咨询（或设计）费", "5", "4.0864"],
      ["信息系统工程监理费", "3.5", "2.86048"],
      ["第三方软件测评费", "2.5", "2.0432"],
      ["安全测评费", "1.5", "1.22592"],
    ]);
    expect(review.lines[0].messages).toEqual([
      {
        id: "dev.person-month-price.approved",
        params: { price: { money: "26000" }, cap: { money: "20000" }, count: { text: "10" } },
      },
    ]);
    // Rendered by a host in the sheet's unit, in either language.
    expect(reasonOf(review.lines[0], pack, "万元")).toBe("人月单价 2.6 万元按上限 2 万元核定（10 人月）");
    expect(reasonOf(review.lines[0], pack, "万元", "en-US")).toBe(
      "CNY 2.6 (10k) per person-month approved at the cap of CNY 2 (10k) (10 person-months)",
    );
    expect(review.lines[0].citations).toEqual(["杨浦区区本级电子政务项目通用类配置标准 三(一)2"]);
    expect(review.lines[2].messages[0].params.base).toEqual({ money: "1021600" });
    expect(reasonOf(review.lines[2], pack, "万元")).toContain("102.16 万元");
    expect(review.unadjusted).toEqual([]);
  });

  it("says how to write each change as a live formula: 人月 × the capped price cell", async () => {
    const { review } = await sample("sample-budget.xlsx");
    const { write } = review.lines[0];
    expect(write.amount).toMatchObject({ address: "G13", unit: "万元" });
    expect(write.amount.value.toFixed()).toBe("20");
    expect(write.formula).toMatchObject({
      kind: "person-months",
      count: { address: "E13" },
      price: { address: "F13", unit: "万元" },
    });
    expect(write.set.map((s) => [s.address, s.value.toFixed()])).toEqual([["F13", "2"]]);
    // Fee caps are plain values.
    expect(review.lines.slice(1).map((l) => l.write.formula)).toEqual([null, null, null, null, null]);
  });
});

describe("an O&M budget's verdict, checked by hand (元)", () => {
  const C = { cls: "C", defaulted: false } as const;
  const lines = () => [
    line({
      name: "核心交换机维保",
      category: "om-hardware",
      row: 5,
      hardwareClass: { cls: "A", defaulted: false },
      purchase: 200000,
      rate: "0.05",
      fee: 10000,
    }),
    line({
      name: "UPS维保",
      category: "om-hardware",
      row: 6,
      hardwareClass: { cls: "B", defaulted: false },
      purchase: 50000,
      fee: 3000,
    }),
    line({ name: "PC服务器维保", category: "om-hardware", row: 7, hardwareClass: C, purchase: 100000, fee: 9000 }),
    line({ name: "防火墙日常运行维护", category: "om-security-device", row: 8, purchase: 80000, fee: 9600 }),
    line({
      name: "杀毒软件维护",
      category: "om-product-software",
      row: 9,
      softwareType: "tool",
      purchase: 30000,
      fee: 2400,
    }),
    line({
      name: "达梦数据库维保",
      category: "om-product-software",
      row: 10,
      softwareType: "domestic",
      purchase: 60000,
      fee: 7200,
    }),
    line({
      name: "中间件维保",
      category: "om-product-software",
      row: 11,
      softwareType: "unknown",
      purchase: 40000,
      fee: 6000,
    }),
    line({
      name: "协同办公应用运维",
      category: "om-app-software",
      row: 12,
      complexity: "complex",
      devCost: 1000000,
      fee: 150000,
    }),
    line({
      name: "门户网站运维",
      category: "om-app-software",
      row: 13,
      complexity: null,
      devCost: 500000,
      fee: 125000,
    }),
    line({ name: "档案系统运维", category: "om-app-software", row: 14, complexity: null, devCost: 200000, fee: 30000 }),
    line({ name: "互联网专线", category: "om-excluded", row: 15, amount: 36000 }),
  ];

  it("caps each fee at its base × the cap rate, excluded items to 0, warnings untouched", () => {
    const v = verdictOf(lines(), { kind: "om" });
    expect(reduced(v)).toEqual([
      ["预算表!J5", "10000", "8000"], // A 4% × 200,000
      ["预算表!J7", "9000", "8000"], // C 8% × 100,000
      ["预算表!J8", "9600", "8000"], // security device 10% × 80,000
      ["预算表!J9", "2400", "1500"], // tool software 5% × 30,000
      ["预算表!J10", "7200", "6000"], // domestic software 10% × 60,000
      ["预算表!J12", "150000", "120000"], // 较复杂 12% × 1,000,000
      ["预算表!J13", "125000", "100000"], // complexity not stated, 25% > the highest 20%
      ["预算表!G15", "36000", "0"], // 专线: not an e-government O&M cost
    ]);
    // 送审 388,200; 审减 2,000 + 1,000 + 1,600 + 900 + 1,200 + 30,000 + 25,000 + 36,000 = 97,700.
    expect([v.submitted, v.approved, v.reduction, v.reductionRate].map((d) => d.toFixed())).toEqual([
      "388200",
      "290500",
      "97700",
      "0.2517",
    ]);
    expect(reasonOf(v.lines[0], pack)).toBe("A类设备维护费按购置金额 200,000 元 × 上限 4% 核定");
    expect(v.lines.map((l) => reasonOf(l, pack).split("按")[0])).toEqual([
      "A类设备维护费",
      "C类设备维护费",
      "安全设备维护费",
      "工具类软件维护费",
      "国产软件维护费",
      "较复杂应用系统运维费",
      "未注明复杂程度的应用系统运维费",
      "自2018年1月起不属于电子政务运维经费，审定为 0",
    ]);
    expect(reasonOf(v.lines[6], pack, "元", "en-US")).toBe(
      "application (complexity not stated) maintenance approved at the 20% cap × the development cost CNY 500,000",
    );
    expect(
      v.lines.every(
        (l) => l.citations.length === 1 && l.citations[0].startsWith("杨浦区区本级电子政务项目通用类配置标准 三(三)"),
      ),
    ).toBe(true);
  });

  it("rate lines say which cells make the formula: base × the rate cell set to the cap, or × the cap itself", () => {
    const v = verdictOf(lines(), { kind: "om" });
    expect(v.lines[0].write.formula).toMatchObject({
      kind: "rate",
      base: [{ address: "H5" }],
      rate: { address: "I5" },
    });
    expect(v.lines[0].write.set.map((s) => [s.address, s.value.toFixed()])).toEqual([["I5", "0.04"]]);
    expect(v.lines[1].write.formula).toMatchObject({ kind: "rate", base: [{ address: "H7" }], rate: null });
    expect((v.lines[1].write.formula as { capRate: Decimal }).capRate.toFixed()).toBe("0.08");
    expect(v.lines[5].write.formula).toMatchObject({ kind: "rate", base: [{ address: "K12" }] });
  });

  it("a per-unit 原值: the base is 数量 × 原值, and the formula names both cells", () => {
    const snap = workbook(
      "x",
      grid("运维", [
        ["2025年XX系统运维费预算"],
        ["单位：元"],
        ["序号", "设备名称", "数量", "原值单价", "维护费率", "年维护费"],
        [1, "PC服务器维保", 4, 50000, 0.1, 20000],
        [2, "UPS维保", 2, 30000, 0.06, 3600],
      ]),
    );
    const v = audit(snap, pack).review;
    // 4 × 50,000 × 8% = 16,000 (not 50,000 × 8% = 4,000).
    expect(reduced(v)).toEqual([["运维!F4", "20000", "16000"]]);
    expect(v.lines[0].write.formula).toMatchObject({
      kind: "rate",
      base: [{ address: "D4" }, { address: "C4" }],
      rate: { address: "E4" },
    });
    expect(v.lines[0].write.set.map((x) => [x.address, x.value.toFixed()])).toEqual([["E4", "0.08"]]);
  });

  it("a stated rate over the cap on a fee already within it changes no amount; the rate cell is restated to what the fee charges", () => {
    const v = verdictOf(
      [
        line({
          name: "PC服务器维保",
          category: "om-hardware",
          hardwareClass: C,
          purchase: 100000,
          rate: "0.10",
          fee: 7000,
          row: 5,
        }),
      ],
      { kind: "om" },
    );
    expect(v.lines).toEqual([]);
    expect(v.reduction.toFixed()).toBe("0");
    expect(v.restated.map((l) => l.write.set.map((s) => [s.address, s.value.toFixed()]))).toEqual([[["I5", "0.07"]]]);
  });
});

describe("lines already within their cap in amount", () => {
  it("a 人月 price over the cap on an amount within 人月 × cap: no reduction, the price cell restated to amount ÷ 人月", () => {
    const v = verdictOf([
      line({
        name: "定制开发",
        category: "development",
        row: 5,
        unitLabel: "人月",
        quantity: 10,
        unitPrice: 26000,
        amount: 180000,
      }),
    ]);
    expect(v.lines).toEqual([]);
    expect(v.restated.map((l) => [l.cell, l.rules, l.write.set.map((x) => [x.address, x.value.toFixed()])])).toEqual([
      ["G5", ["dev.person-month-price"], [["F5", "18000"]]],
    ]);
  });
});

describe("unadjusted and compliant budgets", () => {
  it("a budget whose every line is compliant has 审减 0", () => {
    const v = verdictOf([
      hardware(600000),
      line({
        name: "定制开发",
        category: "development",
        unitLabel: "人月",
        quantity: 20,
        unitPrice: 20000,
        amount: 400000,
      }),
      line({ name: "系统集成费", category: "integration", amount: 36000 }),
      line({ name: "咨询费", category: "consulting", amount: 30000 }),
      line({ name: "安全测评", category: "security-test", amount: 15000 }),
    ]);
    expect(v.lines).toEqual([]);
    expect(v.unadjusted).toEqual([]);
    expect([v.submitted, v.approved, v.reduction, v.reductionRate].map((d) => d.toFixed())).toEqual([
      "1081000",
      "1081000",
      "0",
      "0",
    ]);
  });

  it("an OA total over its tier is listed as unadjusted, not allocated", () => {
    const v = verdictOf([hardware(1000000), dev(800000)], { system: "oa", tier: "large" });
    expect(v.unadjusted.map((u) => [u.rule, u.sheet, u.row])).toEqual([["tier.oa", null, null]]);
    expect(v.unadjusted[0].why).toBe("not-allocated");
    expect(unadjustedOf(v.unadjusted[0], pack)).toMatch(/标准未规定/);
    expect(v.reduction.toFixed()).toBe("0");
  });

  it("a cap that cannot be computed from the sheet (no base for the rate) is unadjusted", () => {
    const v = verdictOf(
      [
        line({
          name: "PC服务器维保",
          category: "om-hardware",
          hardwareClass: { cls: "C", defaulted: false },
          rate: "0.12",
          fee: 9000,
        }),
      ],
      { kind: "om" },
    );
    expect(v.lines).toEqual([]);
    expect(v.unadjusted.map((u) => u.rule)).toEqual(["om.hardware-rate"]);
  });

  it("warnings and info never change an amount", () => {
    // Integration below 5%, application maintenance of unknown complexity at 15%: warnings only.
    const v = verdictOf([hardware(1000000), line({ name: "系统集成费", category: "integration", amount: 10000 })]);
    expect(v.lines).toEqual([]);
    const om = verdictOf(
      [line({ name: "档案系统运维", category: "om-app-software", complexity: null, devCost: 200000, fee: 30000 })],
      { kind: "om" },
    );
    expect(om.lines).toEqual([]);
  });
});

// ---- properties over generated budgets ----

/** A construction estimate in 元, or in 万元 (the same figures ÷ 10,000, cents and all). */
function constructionBudget(seed: number, unit: "元" | "万元" = "元"): WorkbookSnapshot {
  const r = mulberry32(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const inUnit = (yuan: number) => (unit === "万元" ? new Decimal(yuan).dividedBy(10000).toNumber() : yuan);
  const money = (lo: number, hi: number) => inUnit(r() < 0.3 ? int(lo * 100, hi * 100) / 100 : int(lo, hi));
  const rows: CellValue[][] = [
    [`某区政务数据平台建设项目预算表（单位：${unit}）`],
    ["序号", "名称", "单位", "数量", "单价", "金额"],
  ];
  let n = 1;
  const priced = (name: string, unit: string, qty: number, price: number) =>
    rows.push([n++, name, unit, qty, price, new Decimal(price).times(qty).toNumber()]);
  const fee = (name: string, amount: number) => rows.push([n++, name, "项", null, null, amount]);
  priced("应用服务器", "台", int(1, 6), money(20000, 90000));
  if (r() < 0.7) priced("数据库软件", "套", 1, money(10000, 200000));
  for (let i = 0, k = int(1, 3); i < k; i++)
    priced(`${"甲乙丙"[i]}模块定制开发`, "人月", int(2, 30), money(15000, 30000));
  const purchase = Number(
    rows
      .slice(2)
      .filter((x) => x[2] !== "人月")
      .reduce((s, x) => s + Number(x[5]), 0),
  );
  if (r() < 0.8)
    fee(
      "系统集成费",
      new Decimal(purchase)
        .times((0.03 + r() * 0.08).toFixed(4))
        .toDecimalPlaces(unit === "万元" ? 6 : 2)
        .toNumber(),
    );
  for (const name of ["咨询费", "监理费", "第三方软件测评费", "安全测评费"])
    if (r() < 0.8) fee(name, money(5000, 120000));
  if (r() < 0.2) fee("三级等保测评费", money(30000, 90000));
  return workbook("generated.xlsx", grid("预算表", rows));
}

function omBudget(seed: number): WorkbookSnapshot {
  const r = mulberry32(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const rows: CellValue[][] = [
    ["2025年度某委信息系统运维项目预算表"],
    ["序号", "设备名称", "数量", "购置金额", "维护费率", "年维护费"],
  ];
  let n = 1;
  for (const name of ["核心交换机维保", "PC服务器维保", "UPS维保", "防火墙特征库升级及日常运行维护"]) {
    if (r() < 0.2) continue;
    const purchase = int(10, 500) * 1000 + (r() < 0.3 ? int(1, 99) : 0);
    const rate = int(2, 14) / 100;
    rows.push([n++, name, 1, purchase, rate, Math.round(purchase * rate * 100) / 100]);
  }
  if (r() < 0.5) rows.push([n++, "互联网带宽租用", null, null, null, int(1, 9) * 12000]);
  return workbook("generated-om.xlsx", grid("运维预算表", rows));
}

/** The snapshot with the verdict written in: each 审定 amount and the price/rate cells that go with it. */
function withVerdict(snapshot: WorkbookSnapshot, v: Verdict): WorkbookSnapshot {
  const copy: WorkbookSnapshot = JSON.parse(JSON.stringify(snapshot));
  const put = (sheet: string, row: number, col: number, value: Decimal) => {
    const s = copy.sheets.find((x) => x.name === sheet)!;
    s.values[row - s.origin.row][col - s.origin.col] = value.toNumber();
  };
  for (const l of [...v.lines, ...v.restated]) {
    put(l.write.amount.cell.sheet, l.write.amount.cell.row, l.write.amount.cell.col, l.write.amount.value);
    for (const s of l.write.set) put(s.cell.sheet, s.cell.row, s.cell.col, s.value);
  }
  return copy;
}

describe("properties of the verdict over generated budgets", () => {
  const seeds = Array.from({ length: 60 }, (_, i) => i + 1);
  it.each(
    seeds.flatMap(
      (s) =>
        [
          ["construction", s],
          ["万元 construction", s],
          ["om", s],
        ] as [string, number][],
    ),
  )("%s budget #%i", (kind, seed) => {
    const snapshot =
      kind === "om"
        ? omBudget(seed)
        : constructionBudget(seed, kind === "om" ? "元" : kind.startsWith("万元") ? "万元" : "元");
    if (kind.startsWith("万元")) expect(audit(snapshot, pack).model.profile.unit).toBe("万元");
    const result = audit(snapshot, pack);
    const v = result.review;
    expect(v.submitted.toFixed()).toBe(result.totals.grand);
    for (const l of v.lines) {
      expect(l.approved.lte(l.submitted)).toBe(true);
      expect(l.approved.gte(0)).toBe(true);
      expect(l.submitted.minus(l.approved).equals(l.reduction)).toBe(true);
      expect(l.approved.decimalPlaces()).toBeLessThanOrEqual(2);
      expect(l.rules.length).toBeGreaterThan(0);
      expect(l.messages.length).toBeGreaterThan(0);
      expect(reasonOf(l, pack)).not.toBe("");
    }
    expect(v.submitted.minus(v.approved).equals(v.reduction)).toBe(true);
    expect(Decimal.sum(0, ...v.lines.map((l) => l.reduction)).equals(v.reduction)).toBe(true);
    expect(v.reductionRate.toFixed()).toBe(
      v.reduction.isZero()
        ? "0"
        : v.reduction.dividedBy(v.submitted).toDecimalPlaces(4, Decimal.ROUND_HALF_UP).toFixed(),
    );

    // Re-auditing the budget with the 审定 amounts written in: no adjustable error left, 审减 0.
    const again = audit(withVerdict(snapshot, v), pack);
    const adjustable = again.findings.filter((f) => isAdjustable(pack, f));
    expect(adjustable.map((f) => `${f.rule} ${f.cell} ${f.message}`)).toEqual([]);
    expect(again.review.reduction.toFixed()).toBe("0");
    expect(again.review.approved.equals(v.approved)).toBe(true);
  });

  it("the generators do reach the caps", () => {
    const rules = new Set<string>();
    for (const s of seeds)
      for (const snap of [constructionBudget(s), omBudget(s)])
        for (const l of audit(snap, pack).review.lines) l.rules.forEach((x) => rules.add(x));
    expect([...rules].sort()).toEqual([
      "cost.excluded-dengbao",
      "dev.person-month-price",
      "fees.four-fees-cap",
      "fees.integration-rate",
      "fees.security-test-rate",
      "om.excluded-item",
      "om.hardware-rate",
      "om.security-device-rate",
    ]);
  });
});
