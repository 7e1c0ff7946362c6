import Decimal from "decimal.js";
import type { CellValue, WorkbookSnapshot } from "../../../src/core/snapshot/types";
import type { CellChange } from "../../../src/core/plan/types";
import { audit, auditModel } from "../../../src/core/engine";
import { planApproval } from "../../../src/core/plan/approval-plan";
import { isAdjustable } from "../../../src/core/plan/verdict";
import { isWrittenFormula } from "../../../src/excel/records";
import { oaUpgrade, omBudget } from "../../acceptance/workbooks";
import { applyToSnapshot } from "../../support/apply-changes";
import { grid, workbook } from "../../support/grid";
import { yangpu } from "../../support/pack";
import { line, model } from "../../support/model";
import { mulberry32 } from "../../support/rng";
import { changeReason } from "../../../src/core/report/verdict-text";

const pack = yangpu();

function plan(snapshot: WorkbookSnapshot): CellChange[] {
  const r = audit(snapshot, pack);
  return planApproval(r.model, r.review);
}

/** [cell, formula or null, value] of every planned change. */
const writes = (changes: CellChange[]) => changes.map((c) => [c.address, c.after.formula, c.after.value]);

/** Applies the plan (formulas evaluated) and audits again. */
function reaudit(snapshot: WorkbookSnapshot) {
  const changes = plan(snapshot);
  const after = audit(applyToSnapshot(snapshot, changes), pack);
  return {
    changes,
    after,
    adjustable: after.findings.filter((f) => isAdjustable(pack, f)).map((f) => `${f.rule} ${f.cell}`),
  };
}

const om = (header: CellValue[], ...rows: CellValue[][]) =>
  workbook("om.xlsx", grid("运维", [["2025年度XX系统运维项目预算表"], ["单位：元"], header, ...rows]));
const OM_HEADER = ["序号", "设备名称", "数量", "购置金额", "维护费率", "年维护费"];

describe("按标准核定: the cells written for each kind of 审定", () => {
  it.each<[string, WorkbookSnapshot, (string | number | null)[][]]>([
    [
      "class-C server at 10% with a rate column: the rate cell to the cap, the fee =base×rate",
      om(OM_HEADER, [1, "PC服务器维保", 1, 100000, 0.1, 10000]),
      [
        ["F4", "=D4*E4", 8000],
        ["E4", null, 0.08],
      ],
    ],
    [
      "per-unit 原值: the whole base, 数量 included (4 × 50,000 × 8% = 16,000, not 4,000)",
      om(
        ["序号", "设备名称", "数量", "原值单价", "维护费率", "年维护费"],
        [1, "PC服务器维保", 4, 50000, 0.1, 20000],
        [2, "UPS维保", 2, 30000, 0.06, 3600],
      ),
      [
        ["F4", "=C4*D4*E4", 16000],
        ["E4", null, 0.08],
      ],
    ],
    [
      "no rate column: × the cap itself",
      om(["序号", "设备名称", "购置金额", "年维护费"], [1, "PC服务器维保", 100000, 10000]),
      [["D4", "=C4*0.08", 8000]],
    ],
    [
      "a 费率(%) column in percentage points: the rate cell to 8 (points), the fee × 0.08",
      om(["序号", "设备名称", "购置金额", "维护费率(%)", "年维护费"], [1, "PC服务器维保", 100000, 10, 10000]),
      [
        ["E4", "=C4*0.08", 8000],
        ["D4", null, 8],
      ],
    ],
    [
      "a product that is not whole cents is rounded as the verdict rounds it",
      om(["序号", "设备名称", "购置金额", "维护费率", "年维护费"], [1, "PC服务器维保", 123456.78, 0.1, 12345.68]),
      [
        ["E4", "=ROUND(C4*D4,2)", 9876.54],
        ["D4", null, 0.08],
      ],
    ],
    [
      "application maintenance: 原开发费 × the complexity's cap",
      om(
        ["序号", "系统名称", "原开发费", "运维费率", "年运维费", "备注"],
        [1, "协同办公系统应用软件运维", 1000000, 0.15, 150000, "较复杂"],
      ),
      [
        ["E4", "=C4*D4", 120000],
        ["D4", null, 0.12],
      ],
    ],
    [
      "an excluded item: 0 as a plain value",
      om(["序号", "项目", "年维护费"], [1, "互联网带宽租用", 36000]),
      [["C4", null, 0]],
    ],
    [
      "人月 priced in 元 on a 万元 sheet: the price cell to 20,000 元, the amount 人月数 × 2 万元 (not × the 元 cell)",
      workbook(
        "dev.xlsx",
        grid("开发", [
          ["某系统建设项目预算表"],
          ["单位：万元"],
          ["序号", "功能模块", "单位", "数量", "单价（元）", "金额（万元）"],
          [1, "流程审批模块定制开发", "人月", 10, 26000, 26],
        ]),
      ),
      [
        ["F4", "=D4*2", 20],
        ["E4", null, 20000],
      ],
    ],
    [
      "人月 with no price column: 人月数 × the cap (=C4*20000)",
      workbook(
        "dev.xlsx",
        grid("开发", [
          ["某系统建设项目预算表（单位：元）"],
          ["序号", "功能模块", "工作量（人月）", "金额（元）"],
          [1, "流程审批模块定制开发", 10, 260000],
        ]),
      ),
      [["D3", "=C3*20000", 200000]],
    ],
  ])("%s", (_label, snapshot, expected) => {
    expect(writes(plan(snapshot))).toEqual(expected);
    const { adjustable, after } = reaudit(snapshot);
    expect(adjustable).toEqual([]);
    expect(after.review.reduction.toFixed()).toBe("0");
  });

  it("人月 × the price cell set to the cap, 万元 (the upgrade sample): G13 stays =E13*F13, F13 2.6 → 2", () => {
    const changes = plan(oaUpgrade());
    const g13 = changes.find((c) => c.address === "G13")!;
    const f13 = changes.find((c) => c.address === "F13")!;
    expect([g13.after, g13.figures, g13.unit, g13.role]).toEqual([
      { formula: "=E13*F13", value: 20 },
      { before: "26", after: "20" },
      "万元",
      "amount",
    ]);
    expect([f13.after, f13.figures, f13.role]).toEqual([
      { formula: null, value: 2 },
      { before: "2.6", after: "2" },
      "unitPrice",
    ]);
    expect(g13.lineName).toBe("流程审批模块定制开发");
    expect(g13.messages.map((m) => m.id)).toEqual(["dev.person-month-price.approved"]);
    expect(changeReason(g13, pack, "万元", "zh-CN")).toBe("人月单价 2.6 万元按上限 2 万元核定（10 人月）");
    expect(g13.citation).toBe("杨浦区区本级电子政务项目通用类配置标准 三(一)2");
  });

  it("fee caps are plain figures; on a 数量 × 单价 row the 单价 goes down with the amount, which stays =E×F", () => {
    const changes = plan(oaUpgrade());
    expect(changes.filter((c) => c.role === "amount").map((c) => [c.address, c.after.formula, c.after.value])).toEqual([
      ["G13", "=E13*F13", 20],
      ["G16", "=E16*F16", 4.16],
      ["G17", "=E17*F17", 4.0864],
      ["G18", "=E18*F18", 2.86048],
      ["G19", "=E19*F19", 2.0432],
      ["G20", "=E20*F20", 1.22592],
    ]);
    expect(changes.filter((c) => c.role === "unitPrice").map((c) => [c.address, c.after.value])).toEqual([
      ["F13", 2],
      ["F16", 4.16],
      ["F17", 4.0864],
      ["F18", 2.86048],
      ["F19", 2.0432],
      ["F20", 1.22592],
    ]);
    const { adjustable, after } = reaudit(oaUpgrade());
    expect(adjustable).toEqual([]);
    // No new error either: every row still adds up, the 小计 and 合计 formulas follow.
    expect(after.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(after.review.reduction.toFixed()).toBe("0");
    expect(after.totals.grand).toBe("1123760");
  });

  it("a constant fee without 数量 × 单价 is written as a plain value", () => {
    const snap = workbook(
      "c.xlsx",
      grid("预算", [
        ["某系统建设项目预算表（单位：元）"],
        ["序号", "名称", "金额"],
        [1, "应用服务器", 1000000],
        [2, "系统集成费", 90000],
      ]),
    );
    expect(writes(plan(snap))).toEqual([["C4", null, 80000]]);
  });
});

describe("never a raise, never a no-op (the old 重算运维费 raised compliant fees)", () => {
  it("the O&M sample: only the over-rate fee and the excluded item change; compliant fees are left alone", () => {
    const changes = plan(omBudget());
    expect(writes(changes)).toEqual([
      ["G6", "=E6*F6", 8000], // PC服务器 10% → C 8%
      ["F6", null, 0.08],
      ["E14", null, 0], // 带宽租用: not an e-government O&M cost
    ]);
    // 核心交换机 at "4%" (A): no "=E5*F5" merely turned into a formula. 防火墙 at 8% (cap 10%): not raised to
    // 8,000. UPS at its cap, 协同办公 at its cap: not touched.
    for (const a of ["G5", "F7", "G7", "G8", "E12"]) expect(changes.map((c) => c.address)).not.toContain(a);
    expect(changes.map((c) => [c.lineName, c.role, c.measure, c.figures])).toEqual([
      ["PC服务器维保", "amount", "money", { before: "10000", after: "8000" }],
      ["PC服务器维保", "rate", "ratio", { before: "0.1", after: "0.08" }],
      ["互联网带宽租用", "amount", "money", { before: "36000", after: "0" }],
    ]);
    expect(changeReason(changes[0], pack, "元", "zh-CN")).toBe("C类设备维护费按购置金额 100,000 元 × 上限 8% 核定");
  });

  it("a compliant budget plans nothing", () => {
    expect(
      plan(
        om(OM_HEADER, [1, "核心交换机维保", 1, 200000, 0.03, 6000], [2, "防火墙日常运行维护", 1, 80000, 0.08, 6400]),
      ),
    ).toEqual([]);
  });

  it("a stated rate over the cap on a fee already within it: only the rate cell, lowered to what the fee charges", () => {
    // Columns of test/support/model.ts: H 购置金额, I 费率, J 年维护费.
    const m = model(
      [
        line({
          name: "PC服务器维保",
          category: "om-hardware",
          hardwareClass: { cls: "C", defaulted: false },
          purchase: 100000,
          rate: "0.10",
          fee: 7000,
          row: 5,
        }),
      ],
      { kind: "om" },
    );
    const { review } = auditModel(m, pack);
    const changes = planApproval(m, review);
    expect(writes(changes)).toEqual([["I5", null, 0.07]]);
    expect(changes[0].figures).toEqual({ before: "0.1", after: "0.07" });
    expect(changes[0].restated).toBe(true);
    expect(changeReason(changes[0], pack, "元", "zh-CN")).toMatch(/金额已在上限内，费率按金额折算列示/);
    expect(changeReason(changes[0], pack, "元", "en-US")).toMatch(/within the cap; the rate is restated/);
  });

  it("a 人月 price over the cap on an amount within 人月 × cap: only the price cell, to amount ÷ 人月", () => {
    const m = model([
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
    const changes = planApproval(m, auditModel(m, pack).review);
    expect(writes(changes)).toEqual([["F5", null, 18000]]);
    expect(changes[0].role).toBe("unitPrice");
  });

  it("a cent over a fee cap is a cent off", () => {
    const snap = workbook(
      "c.xlsx",
      grid("预算", [
        ["某系统建设项目预算表（单位：元）"],
        ["序号", "名称", "金额"],
        [1, "应用服务器", 1000000],
        [2, "系统集成费", 80000.01],
      ]),
    );
    const changes = plan(snap);
    expect(writes(changes)).toEqual([["C4", null, 80000]]);
    expect(new Decimal(changes[0].figures.before).minus(changes[0].figures.after).toFixed()).toBe("0.01");
  });
});

// ---- properties over generated budgets ----

/** A construction estimate whose amounts are 数量 × 单价 formulas (or constants), in 元 or 万元. */
function construction(seed: number): WorkbookSnapshot {
  const r = mulberry32(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const wan = r() < 0.4;
  const inUnit = (yuan: number) => (wan ? new Decimal(yuan).dividedBy(10000).toNumber() : yuan);
  const money = (lo: number, hi: number) => inUnit(r() < 0.3 ? int(lo * 100, hi * 100) / 100 : int(lo, hi));
  const rows: CellValue[][] = [
    [`某区政务平台建设项目预算表（单位：${wan ? "万元" : "元"}）`],
    ["序号", "名称", "单位", "数量", "单价", "金额"],
  ];
  const formulas: Record<string, string> = {};
  const add = (name: string, unit: string, qty: number, price: number) => {
    rows.push([rows.length - 1, name, unit, qty, price, new Decimal(price).times(qty).toNumber()]);
    if (r() < 0.6) formulas[`F${rows.length}`] = `=D${rows.length}*E${rows.length}`;
  };
  add("应用服务器", "台", int(1, 6), money(20000, 90000));
  add("数据库软件", "套", 1, money(10000, 200000));
  for (let i = 0, k = int(1, 3); i < k; i++) add(`${"甲乙丙"[i]}模块定制开发`, "人月", int(2, 30), money(15000, 30000));
  for (const name of ["系统集成费", "咨询费", "监理费", "第三方软件测评费", "安全测评费"])
    if (r() < 0.8) add(name, "项", 1, money(5000, 120000));
  return workbook("gen.xlsx", grid("预算表", rows, { formulas }));
}

function maintenance(seed: number): WorkbookSnapshot {
  const r = mulberry32(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const perUnit = r() < 0.4;
  const rows: CellValue[][] = [
    ["2025年度某委信息系统运维项目预算表"],
    ["序号", "设备名称", "数量", perUnit ? "原值单价" : "购置金额", "维护费率", "年维护费"],
  ];
  for (const name of [
    "核心交换机维保",
    "PC服务器维保",
    "UPS维保",
    "防火墙特征库升级及日常运行维护",
    "国产数据库原厂服务",
  ]) {
    if (r() < 0.2) continue;
    const qty = perUnit ? int(1, 5) : 1;
    const purchase = int(10, 500) * 1000 + (r() < 0.3 ? int(1, 99) : 0);
    const rate = int(2, 14) / 100;
    rows.push([rows.length - 1, name, qty, purchase, rate, Math.round(qty * purchase * rate * 100) / 100]);
  }
  if (r() < 0.5) rows.push([rows.length - 1, "互联网带宽租用", null, null, null, int(1, 9) * 12000]);
  return workbook("gen-om.xlsx", grid("运维预算表", rows));
}

describe("properties over generated budgets", () => {
  const cases = Array.from({ length: 40 }, (_, i) => i + 1).flatMap(
    (s) =>
      [
        ["construction", s],
        ["om", s],
      ] as [string, number][],
  );
  it.each(cases)(
    "%s #%i: no raise, no no-op, allowed shapes; after it the re-check has no adjustable error and 审减 0",
    (kind, seed) => {
      const snapshot = kind === "om" ? maintenance(seed) : construction(seed);
      const before = audit(snapshot, pack);
      const { changes, after, adjustable } = reaudit(snapshot);
      for (const c of changes) {
        expect(new Decimal(c.figures.after).lessThan(c.figures.before)).toBe(true);
        if (c.after.formula)
          expect([c.after.formula, isWrittenFormula(c.after.formula)]).toEqual([c.after.formula, true]);
      }
      expect(new Set(changes.map((c) => `${c.sheet}!${c.address}`)).size).toBe(changes.length);
      // Every reduced line's amount is written, and comes to its 审定.
      expect(changes.filter((c) => c.role === "amount").map((c) => c.lineId)).toEqual(
        before.review.lines.map((l) => l.lineId),
      );
      expect(adjustable).toEqual([]);
      expect(after.review.reduction.toFixed()).toBe("0");
      expect(after.totals.grand).toBe(before.review.approved.toFixed());
    },
  );
});
