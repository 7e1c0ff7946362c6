import * as fs from "fs";
import * as path from "path";
import Decimal from "decimal.js";
import type { BudgetLine, ProfileOverrides, ProjectProfile } from "../../../src/core/model/types";
import type { Finding } from "../../../src/core/model/finding";
import type { StandardPack } from "../../../src/core/standards/types";
import { loadStandard } from "../../../src/core/standards/load-standard";
import { auditModel } from "../../../src/core/engine";
import { IMPLEMENTATIONS } from "../../../src/core/rules/registry";
import { line, model } from "../../support/model";
import { pack, packRaw } from "./packs";

type Raw = {
  rules: Record<string, { params?: Record<string, unknown> }>;
  messages: Record<string, { "zh-CN": string; "en-US": string }>;
} & Record<string, unknown>;

/** The Yangpu rule kinds (every implementation that is not generic), and the sheet checks every pack runs. */
const YANGPU_KIND = /^(dev|fees|cost|om|tier|policy|process|sheet)\./;

/** Words of the Yangpu regulation that the templates carry, and what the made-up district says instead. */
const REWORDED: [string, string][] = [
  ["三级及以上", "二级及以上"],
  ["自2018年1月起", "自2030年7月起"],
  ["12345 市民服务热线", "96000 政务服务热线"],
  ["及其它", "其他设备"],
  ["联席会议审核", "县务会审议"],
  ["公开招标", "竞争性磋商"],
  ["since January 2018", "since July 2030"],
  ["the 12345 citizen hotline", "the 96000 county hotline"],
];

/**
 * A copy of yangpu-2023 as another district might write it: other numbers in the params, other words in every
 * template (each marked 【示例】 / [Sample] so a message written by code would show).
 */
function sample(): StandardPack {
  const raw = JSON.parse(JSON.stringify(packRaw("yangpu-2023"))) as Raw;
  const messages: Raw["messages"] = {};
  for (const [id, m] of Object.entries(raw.messages)) {
    let zh = m["zh-CN"];
    let en = m["en-US"];
    for (const [from, to] of REWORDED) {
      zh = zh.split(from).join(to);
      en = en.split(from).join(to);
    }
    // Parts that other messages embed (the system's name, the unclassified-money note) are not marked twice.
    const part = /\.(declared|undeclared|inferred|unclassified-over|unclassified-within)$/.test(id);
    messages[id] = part ? { "zh-CN": zh, "en-US": en } : { "zh-CN": `【示例】${zh}`, "en-US": `[Sample] ${en}` };
  }
  const params = (id: string) => raw.rules[id].params!;
  params("dev.person-month-price").maxPrice = { value: "1.5", unit: "万元" };
  params("cost.excluded-dengbao").minLevel = 2;
  params("policy.hotline").minSeats = 50;
  params("process.supervision-required").minAmount = { value: "60", unit: "万元" };
  params("process.public-tender").above = { value: "200", unit: "万元" };
  params("tier.info-release").maxTotal = { value: "5", unit: "万元" };
  params("om.security-device-rate").maxRate = "0.07";
  return loadStandard(
    { ...raw, id: "sample-kinds", title: "示例县电子政务项目配置标准（2030）", places: ["示例县"], messages },
    { expectedId: "sample-kinds" },
  );
}

let samplePack: StandardPack | null = null;

function audit(
  p: StandardPack,
  lines: BudgetLine[],
  profile: Partial<ProjectProfile> = {},
  overrides: ProfileOverrides = {},
  title = "",
): Finding[] {
  return auditModel(
    model(lines, profile, { headingText: title ? `预算表\n${title}` : "预算表", titleText: title }),
    p,
    overrides,
  ).findings;
}

const wan = { unit: "万元" as const };

/** Budgets that between them set off every Yangpu rule kind, under Yangpu's numbers and under the sample's. */
const CASES: {
  label: string;
  lines: () => BudgetLine[];
  profile?: Partial<ProjectProfile>;
  overrides?: ProfileOverrides;
  title?: string;
}[] = [
  {
    label: "construction",
    lines: () => [
      line({
        name: "应用软件定制开发",
        category: "development",
        unit: "万元",
        unitLabel: "人月",
        quantity: "30",
        unitPrice: "3",
        amount: "90",
      }),
      line({ name: "接口开发", category: "development", unit: "万元", amount: "10" }),
      line({ name: "应用服务器", category: "hardware", unit: "万元", amount: "20" }),
      line({ name: "系统集成费", category: "integration", unit: "万元", amount: "0.5" }),
      line({ name: "二级等保测评", category: "dengbao", unit: "万元", amount: "4", dengbaoLevel: 2 }),
      line({ name: "三级等保测评", category: "dengbao", unit: "万元", amount: "8", dengbaoLevel: 3 }),
      line({ name: "咨询设计费", category: "consulting", unit: "万元", amount: "20" }),
      line({ name: "安全测评费", category: "security-test", unit: "万元", amount: "6" }),
    ],
    profile: { ...wan, kind: "construction" },
  },
  {
    label: "O&M",
    lines: () => [
      line({
        name: "某设备维保",
        category: "om-hardware",
        hardwareClass: { cls: "A", defaulted: true },
        purchase: 100000,
        fee: 9000,
      }),
      line({ name: "防火墙维保", category: "om-security-device", purchase: 100000, fee: 9000 }),
      line({
        name: "办公软件维护",
        category: "om-product-software",
        softwareType: "tool",
        purchase: 100000,
        fee: 9000,
      }),
      line({ name: "某软件维护", category: "om-product-software", purchase: 100000, fee: 9000 }),
      line({ name: "业务系统运维", category: "om-app-software", devCost: 1000000, fee: 150000 }),
      line({ name: "互联网带宽租用", category: "om-excluded", fee: 20000 }),
    ],
    profile: { kind: "om" },
    overrides: { lastYearOm: new Decimal(100000) },
  },
  {
    label: "sheet checks",
    lines: () => [
      line({ name: "服务器", category: "hardware", unit: "万元", quantity: "2", unitPrice: "3", amount: "7" }),
      line({ name: "杂项", category: "other", unit: "万元", amount: "1" }),
    ],
    profile: { ...wan, kind: "service" },
  },
  {
    label: "hotline",
    lines: () => [
      line({ name: "坐席终端", category: "hardware", unit: "万元", quantity: "40", unitPrice: "0.5", amount: "20" }),
    ],
    profile: { ...wan, kind: "construction", system: "hotline" },
  },
  {
    label: "server room",
    lines: () => [
      line({
        name: "机房装修",
        category: "hardware",
        unit: "万元",
        unitLabel: "㎡",
        quantity: "400",
        unitPrice: "1",
        amount: "400",
      }),
    ],
    profile: { ...wan, kind: "construction", system: "server-room" },
  },
  {
    label: "info release",
    lines: () => [line({ name: "公众号建设", category: "development", unit: "万元", amount: "8" })],
    profile: { ...wan, kind: "construction", system: "info-release" },
  },
  {
    label: "OA",
    lines: () => [
      line({ name: "应用服务器", category: "hardware", unit: "万元", quantity: "5", unitPrice: "10", amount: "50" }),
      line({
        name: "OA开发",
        category: "development",
        unit: "万元",
        unitLabel: "人月",
        quantity: "60",
        unitPrice: "2",
        amount: "120",
      }),
    ],
    profile: { ...wan, kind: "construction", system: "oa" },
  },
  {
    label: "video conference",
    lines: () => [
      line({ name: "视频会议终端", category: "hardware", unit: "万元", quantity: "12", unitPrice: "5", amount: "60" }),
      line({ name: "多点控制单元", category: "hardware", unit: "万元", quantity: "2", unitPrice: "20", amount: "40" }),
    ],
    profile: { ...wan, kind: "construction", system: "video-conference", tier: "small" },
  },
];

function yangpuKinds(fs: Finding[]): Finding[] {
  return fs.filter((f) => YANGPU_KIND.test(f.rule));
}

describe("the Yangpu rule kinds under a made-up district with other numbers and words", () => {
  beforeAll(() => {
    samplePack = sample();
  });

  it.each(CASES.map((c) => [c.label, c] as const))(
    "%s: every message is the sample pack's template, none the code's",
    (_label, c) => {
      const yp = yangpuKinds(audit(pack("yangpu-2023"), c.lines(), c.profile, c.overrides, c.title));
      const fs = yangpuKinds(audit(samplePack!, c.lines(), c.profile, c.overrides, c.title));
      expect(fs.length).toBeGreaterThan(0);
      for (const f of [...yp, ...fs])
        expect(f.messageId).toMatch(new RegExp(`^${f.rule.replace(/\./g, "\\.")}(\\.|$)`));
      for (const f of fs) {
        expect(f.message.startsWith("【示例】")).toBe(true);
        expect(f.messageEn.startsWith("[Sample] ")).toBe(true);
      }
      for (const f of yp) {
        expect(f.message).not.toContain("【示例】");
        expect(f.messageEn).not.toContain("[Sample]");
      }
    },
  );

  it("between them the cases reach every Yangpu rule kind", () => {
    const seen = new Set(
      CASES.flatMap((c) =>
        yangpuKinds(audit(samplePack!, c.lines(), c.profile, c.overrides, c.title)).map((f) => f.rule),
      ),
    );
    const expected = [
      "dev.person-month-price",
      "dev.effort-basis-missing",
      "fees.four-fees-cap",
      "fees.integration-rate",
      "fees.security-test-rate",
      "fees.crypto-test-missing",
      "cost.excluded-dengbao",
      "om.hardware-class-defaulted",
      "om.security-device-rate",
      "om.product-software-rate",
      "om.app-software-rate",
      "om.excluded-item",
      "tier.oa",
      "tier.video-conference",
      "tier.server-room",
      "tier.info-release",
      "policy.hotline",
      "policy.server-room",
      "process.supervision-required",
      "process.review-route",
      "process.public-tender",
      "process.om-review",
      "sheet.line-arithmetic",
      "sheet.unclassified-line",
    ];
    expect([...seen].sort()).toEqual(expect.arrayContaining(expected));
  });

  it("the pack's numbers decide and its words are said", () => {
    const run = (p: StandardPack, c: (typeof CASES)[number]) => audit(p, c.lines(), c.profile, c.overrides, c.title);
    const byRule = (fs: Finding[], rule: string) => fs.filter((f) => f.rule === rule);
    const of = (label: string) => CASES.find((c) => c.label === label)!;
    const [construction, om, hotline, infoRelease] = [of("construction"), of("O&M"), of("hotline"), of("info release")];

    // 人月 cap 1.5万 instead of 2万: the cap is the pack's number, said in the sheet's unit.
    const price = byRule(run(samplePack!, construction), "dev.person-month-price");
    expect(price.map((f) => f.message)).toEqual(["【示例】“应用软件定制开发”人月单价 3 万元超过标准上限 1.5 万元"]);
    expect(price[0].limit).toBe("15000");

    // 二级及以上 in the sample's words, and its minLevel 2 catches the 二级 line Yangpu lets through.
    const sampleDengbao = byRule(run(samplePack!, construction), "cost.excluded-dengbao").map((f) => f.message);
    expect(sampleDengbao).toEqual([
      "【示例】“二级等保测评”属于二级及以上等级保护测评/整改费用，不应列入项目建设费用",
      "【示例】“三级等保测评”属于二级及以上等级保护测评/整改费用，不应列入项目建设费用",
    ]);
    expect(byRule(run(pack("yangpu-2023"), construction), "cost.excluded-dengbao").map((f) => f.message)).toEqual([
      "“三级等保测评”属于三级及以上等级保护测评/整改费用，不应列入项目建设费用",
    ]);

    const excluded = byRule(run(samplePack!, om), "om.excluded-item");
    expect(excluded.map((f) => [f.message, f.messageEn])).toEqual([
      [
        "【示例】“互联网带宽租用”（该类费用）自2030年7月起不再列入电子政务运维经费",
        '[Sample] "互联网带宽租用" (this cost) has not been an e-government O&M cost since July 2030',
      ],
    ]);
    expect(byRule(run(samplePack!, om), "om.hardware-class-defaulted")[0].message).toContain("按“其他设备”归入A类");
    expect(byRule(run(samplePack!, om), "om.security-device-rate")[0].message).toContain("超过上限 7%");

    // 40 seats: enough for Yangpu's 30, not for the sample's 50.
    expect(byRule(run(pack("yangpu-2023"), hotline), "policy.hotline")).toEqual([]);
    expect(byRule(run(samplePack!, hotline), "policy.hotline").map((f) => f.message)).toEqual([
      "【示例】新建服务热线仅 40 个坐席，少于 50 个坐席的热线原则上应并入 96000 政务服务热线",
    ]);

    expect(byRule(run(samplePack!, infoRelease), "tier.info-release").map((f) => f.message)).toEqual([
      "【示例】信息发布类项目（微信公众号等）建设金额 8 万元 超过上限 5 万元",
    ]);
    expect(byRule(run(pack("yangpu-2023"), infoRelease), "tier.info-release")).toEqual([]);

    expect(byRule(run(samplePack!, of("sheet checks")), "sheet.line-arithmetic").map((f) => f.message)).toEqual([
      "【示例】“服务器”数量 2 × 单价 3 万元 = 6 万元，与金额 7 万元 不符",
    ]);

    // 60万 supervision and 200万 tender thresholds.
    const route = run(samplePack!, construction);
    expect(byRule(route, "process.supervision-required").map((f) => f.limit)).toEqual(["600000"]);
    expect(byRule(route, "process.review-route")[0].message).toContain("县务会审议");
  });

  it("the pack must carry every message its rules are worded in", () => {
    const raw = JSON.parse(JSON.stringify(packRaw("yangpu-2023"))) as Raw;
    delete raw.messages["policy.hotline"];
    expect(() => loadStandard({ ...raw, id: "sample-kinds" }, { expectedId: "sample-kinds" })).toThrow(
      /policy\.hotline/,
    );
  });

  it("every Yangpu rule kind names its messages, and yangpu-2023 carries each", () => {
    const yp = packRaw("yangpu-2023") as Raw;
    for (const impl of IMPLEMENTATIONS.filter((i) => YANGPU_KIND.test(i.id))) {
      expect(impl.messages?.length).toBeGreaterThan(0);
      for (const s of impl.messages ?? []) expect(yp.messages[`${impl.id}${s}`]).toBeDefined();
    }
  });

  it("no regulation wording is left in the Yangpu rules' code", () => {
    const dir = path.join(__dirname, "../../../src/core/rules");
    const files = [
      "dev",
      "fees",
      "cost",
      "om-hardware",
      "om-software",
      "om-excluded",
      "tier-labels",
      "tier-info-release",
      "tier-oa-website",
      "tier-server-room",
      "tier-video",
      "policy",
      "process",
    ];
    for (const f of files) {
      const code = fs.readFileSync(path.join(dir, `${f}.ts`), "utf8").replace(/^\s*(\/\/|\*|\/\*\*).*$/gm, "");
      for (const words of [
        "三级及以上",
        "自2018年1月起",
        "12345",
        "及其它",
        "联席会议",
        "公开招标",
        "备案制",
        "超过标准上限",
      ])
        expect({ f, has: code.includes(words) }).toEqual({ f, has: false });
    }
  });
});
