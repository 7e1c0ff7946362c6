import Decimal from "decimal.js";
import qingpuJson from "../../../standards/qingpu-2024.json";
import qingyangJson from "../../../standards/qingyang-2024.json";
import type { RuleImplementation } from "../../../src/core/rules/types";
import type { LineCapper } from "../../../src/core/model/adjustment";
import type { StandardPack } from "../../../src/core/standards/types";
import { auditModel } from "../../../src/core/engine";
import { loadStandard } from "../../../src/core/standards/load-standard";
import { checkPackData } from "../../../src/core/standards/check-pack-data";
import { line, model } from "../../support/model";
import { yangpu } from "../../support/pack";
import { reasonOf } from "../../support/verdict-text";

/**
 * Each rule owns its adjustment of 审定 (issue 15 §1): the verdict applies what the rule that found the problem
 * computes from what it found, as the pack asks (`adjust`: cap / zero / none).
 */

// A made-up capping rule kind, registered the way a real one is: its own file (here), the registry, the pack.
interface SeatFacts {
  cap: Decimal;
  seats: Decimal;
}
const perSeat: RuleImplementation<{ maxPerSeat: string }, SeatFacts> = {
  id: "test.per-seat-cap",
  scope: "line",
  measure: "money",
  paramsSchema: {},
  messages: [""],
  check(ctx, params) {
    return (ctx.facts.linesByCategory.get("hardware") ?? [])
      .filter((l) => l.quantity && l.amount && l.amount.value.greaterThan(l.quantity.value.times(params.maxPerSeat)))
      .map((l) => ({
        message: `${l.name} over`,
        messageEn: `${l.name} over`,
        line: l,
        actual: l.amount!.value,
        limit: l.quantity!.value.times(params.maxPerSeat),
        capFacts: { cap: new Decimal(params.maxPerSeat), seats: l.quantity!.value },
      }));
  },
  cap: {
    kind: "line",
    messages: [".approved"],
    approve: (f) => ({
      value: f.seats.times(f.cap),
      reason: { suffix: ".approved", args: { cap: { money: f.cap } } },
      formula: null,
    }),
  } satisfies LineCapper<SeatFacts>,
};

jest.mock("../../../src/core/rules/registry", () => {
  const actual = jest.requireActual("../../../src/core/rules/registry");
  const all = [...actual.IMPLEMENTATIONS];
  return {
    IMPLEMENTATIONS: all,
    findImplementation: (id: string) => all.find((i) => i.id === id),
    register: (i: unknown) => all.push(i),
  };
});
// eslint-disable-next-line @typescript-eslint/no-require-imports
(require("../../../src/core/rules/registry") as { register(i: unknown): void }).register(perSeat);

function withSeatRule(adjust: "cap" | "zero" | "none"): StandardPack {
  const pack = yangpu();
  pack.rules["test.seat-cap"] = {
    uses: "test.per-seat-cap",
    severity: "error",
    citation: "测试条款",
    params: { maxPerSeat: "1000" },
    adjust,
  };
  pack.messages = {
    ...pack.messages,
    "test.seat-cap": { "zh-CN": "超", "en-US": "over" },
    "test.seat-cap.approved": { "zh-CN": "按每席 {cap}核定", "en-US": "approved at {cap} a seat" },
  };
  return pack;
}

describe("a made-up capping rule kind needs only its file, the registry and the pack", () => {
  const terminals = () => [
    line({ name: "坐席终端", category: "hardware", quantity: 10, unitPrice: 1500, amount: 15000 }),
  ];

  it("caps its line with its own reason when the pack asks for its cap", () => {
    const pack = withSeatRule("cap");
    const v = auditModel(model(terminals()), pack).review;
    expect(v.lines.map((l) => [l.name, l.approved.toFixed(), l.messages, l.rules])).toEqual([
      ["坐席终端", "10000", [{ id: "test.seat-cap.approved", params: { cap: { money: "1000" } } }], ["test.seat-cap"]],
    ]);
    expect(reasonOf(v.lines[0], pack)).toBe("按每席 1,000 元核定");
  });

  it("zeroes the line when the pack says zero, and changes nothing under none (listed for a person instead)", () => {
    expect(auditModel(model(terminals()), withSeatRule("zero")).review.approved.toFixed()).toBe("0");
    const none = auditModel(model(terminals()), withSeatRule("none")).review;
    expect(none.lines).toEqual([]);
    expect(none.unadjusted.map((u) => u.rule)).toEqual(["test.seat-cap"]);
  });

  it("is refused by the loader's checks when the pack asks for a cap the rule does not have, or omits the reason", () => {
    const pack = withSeatRule("cap");
    pack.rules["fees.crypto-test-missing"] = { ...pack.rules["fees.crypto-test-missing"], adjust: "cap" };
    expect(checkPackData(pack)?.field).toBe("/rules/fees.crypto-test-missing/adjust");
    const noReason = withSeatRule("cap");
    delete noReason.messages!["test.seat-cap.approved"];
    expect(checkPackData(noReason)?.detail.en).toMatch(/test\.seat-cap\.approved/);
  });
});

describe("the verdict uses what the rule decided", () => {
  it("a development line billed in 人／月 is capped at 数量 × 上限 as a live formula, not pro rata", () => {
    const pack = yangpu();
    const v = auditModel(
      model([
        line({
          name: "接口开发",
          category: "development",
          unitLabel: "人／月",
          quantity: 10,
          unitPrice: 30000,
          amount: 300000,
        }),
      ]),
      pack,
    ).review;
    expect(v.lines).toHaveLength(1);
    const [l] = v.lines;
    expect(l.approved.toFixed()).toBe("200000");
    expect(l.messages).toEqual([
      {
        id: "dev.person-month-price.approved",
        params: { price: { money: "30000" }, cap: { money: "20000" }, count: { text: "10" } },
      },
    ]);
    expect(reasonOf(l, pack)).toBe("人月单价 30,000 元按上限 20,000 元核定（10 人月）");
    expect(l.write.formula).toMatchObject({ kind: "person-months", count: { address: "E" + l.row } });
  });

  it("an application's maintenance with its base under 原值 (no 原开发费 column) is capped on that base", () => {
    const v = auditModel(
      model(
        [
          line({
            name: "业务系统运维",
            category: "om-app-software",
            complexity: "simple",
            purchase: 1000000,
            fee: 100000,
            amount: 100000,
          }),
        ],
        { kind: "om" },
      ),
      yangpu(),
    ).review;
    expect(v.unadjusted).toEqual([]);
    expect(v.lines.map((l) => [l.approved.toFixed(), reasonOf(l, yangpu())])).toEqual([
      ["70000", "简单应用系统运维费按原开发费 1,000,000 元 × 上限 7% 核定"],
    ]);
  });
});

describe("district packs: a line an error puts outside the project is approved at 0 with the pack's reason", () => {
  it("青浦 O&M budget: 电费 and 会议费 at 0, the rest as submitted", () => {
    const pack = loadStandard(JSON.parse(JSON.stringify(qingpuJson)));
    const lines = [
      line({ name: "机房设备维护", category: "om-hardware", amount: 50000 }),
      line({ name: "机房电费", category: "om-excluded", amount: 12000 }),
      line({ name: "运维工作会议费", category: "om-excluded", amount: 3000 }),
    ];
    const result = auditModel(model(lines, { kind: "om" }), pack);
    expect(result.findings.filter((f) => f.rule === "qingpu.om-excluded-item" && f.severity === "error")).toHaveLength(
      2,
    );
    const v = result.review;
    expect([v.submitted.toFixed(), v.approved.toFixed(), v.reduction.toFixed()]).toEqual(["65000", "50000", "15000"]);
    expect(v.lines.map((l) => [l.name, l.approved.toFixed(), l.rules, reasonOf(l, pack)])).toEqual([
      [
        "机房电费",
        "0",
        ["qingpu.om-excluded-item"],
        "水电、交通、通讯、培训、会议、日常办公费用不属于运维类项目范围，审定为 0",
      ],
      [
        "运维工作会议费",
        "0",
        ["qingpu.om-excluded-item"],
        "水电、交通、通讯、培训、会议、日常办公费用不属于运维类项目范围，审定为 0",
      ],
    ]);
  });

  it("青阳 new build: an O&M line in the estimate at 0; the same line in an upgrade (a warning) changes nothing", () => {
    const pack = loadStandard(JSON.parse(JSON.stringify(qingyangJson)));
    const lines = () => [
      line({ name: "平台开发", category: "development", personMonths: 10, amount: 200000 }),
      line({ name: "系统运维费", category: "om-app-software", amount: 30000 }),
    ];
    const build = auditModel(model(lines(), { kind: "construction" }), pack).review;
    expect(build.approved.toFixed()).toBe("200000");
    expect(build.lines.map((l) => l.messages.map((m) => m.id))).toEqual([["qingyang.om-in-construction.approved"]]);
    expect(build.lines.map((l) => reasonOf(l, pack))).toEqual([
      "新建项目概算中不得列支运维费用（运维经费另行申请），审定为 0",
    ]);
    const upgrade = auditModel(model(lines(), { kind: "upgrade" }), pack).review;
    expect(upgrade.approved.toFixed()).toBe("230000");
  });
});
