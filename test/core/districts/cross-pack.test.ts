import Decimal from "decimal.js";
import { line } from "../../support/model";
import { loadStandard } from "../../../src/core/standards/load-standard";
import { auditModel } from "../../../src/core/engine";
import { model } from "../../support/model";
import { DISTRICT_PACKS, ofRule, pack, packRaw, run, w } from "./packs";

/** Breaks Yangpu three ways: 3万/人月, 三级等保 inside the total, integration at 12% of the purchases. */
function yangpuViolating() {
  return [
    line({
      name: "应用软件定制开发",
      category: "development",
      unit: "万元",
      unitLabel: "人月",
      quantity: "30",
      unitPrice: "3",
      amount: "90",
    }),
    line({ name: "应用服务器", category: "hardware", unit: "万元", amount: "20" }),
    line({ name: "系统集成费", category: "integration", unit: "万元", amount: "2.4" }),
    line({ name: "三级等保测评", category: "dengbao", unit: "万元", amount: "8", dengbaoLevel: 3 }),
  ];
}

const YANGPU_RULE = /^(dev|fees|cost|om|tier|policy|process)\./;

describe("a Yangpu-violating budget", () => {
  it("breaks Yangpu", () => {
    const rules = run("yangpu-2023", yangpuViolating(), { profile: { unit: "万元" } }).map((f) => f.rule);
    expect(rules).toEqual(
      expect.arrayContaining(["dev.person-month-price", "cost.excluded-dengbao", "fees.integration-rate"]),
    );
  });
  it.each(DISTRICT_PACKS)(
    "gives no Yangpu finding under %s: only its own rules and sheet.*, the rates notice once",
    (id) => {
      const prefix = id.split("-")[0];
      for (const kind of ["construction", "upgrade", "om", "service"] as const) {
        const fs = run(id, yangpuViolating(), { profile: { kind, unit: "万元" } });
        for (const f of fs) {
          expect(f.rule).not.toMatch(YANGPU_RULE);
          expect(f.rule.startsWith(`${prefix}.`) || f.rule.startsWith("sheet.")).toBe(true);
        }
        expect(ofRule(fs, `${prefix}.rates-not-defined`)).toHaveLength(1);
      }
    },
  );
  it.each(DISTRICT_PACKS)("%s runs no Yangpu implementation and sets no maintenance rate", (id) => {
    const raw = packRaw(id) as {
      rules: Record<string, { uses?: string }>;
      hardwareClasses: { classes: Record<string, { rate?: string }> };
      bases: { excludedFromProjectAmount: string[] };
    };
    for (const [rid, r] of Object.entries(raw.rules)) expect(r.uses ?? rid).toMatch(/^(generic|sheet)\./);
    for (const c of Object.values(raw.hardwareClasses.classes)) expect(c.rate).toBeUndefined();
    expect(raw.bases.excludedFromProjectAmount).toEqual([]);
  });
});

describe("every district rule of district-packs.md is in its pack, with messages in both languages", () => {
  const COUNTS: Record<string, [number, number, number]> = {
    "qingpu-2024": [3, 14, 11],
    "luohu-2024": [0, 7, 11],
    "gongshu-draft": [0, 3, 8],
    "qingyang-2024": [2, 7, 12],
  };
  it.each(DISTRICT_PACKS)("%s", (id) => {
    const p = pack(id);
    const own = Object.entries(p.rules).filter(([rid]) => !rid.startsWith("sheet."));
    const sev = (s: string) => own.filter(([, r]) => r.severity === s).length;
    expect([sev("error"), sev("warning"), sev("info")]).toEqual(COUNTS[id]);
    for (const [, r] of own) expect(r.citation).toBeTruthy();
    for (const m of Object.values(p.messages ?? {})) {
      expect(m["zh-CN"]).toMatch(/[\u4e00-\u9fff]/);
      expect(m["en-US"]).toMatch(/[A-Za-z]/);
    }
  });
});

describe("a fifth district is only a file", () => {
  /** A made-up pack: other numbers, other words, the same implementations. */
  function fifth() {
    const base = packRaw("qingpu-2024") as Record<string, unknown>;
    return loadStandard(
      {
        ...base,
        id: "sample-2030",
        title: "示例县信息化项目管理规定（2030）",
        places: ["示例县"],
        status: "in-force",
        profileValues: ["approved_total", "change_amount"],
        rules: {
          "sample.supervision": {
            uses: "generic.presence",
            severity: "warning",
            citation: "示例规定 第八条",
            params: {
              when: { kinds: ["construction"], total: { above: { value: "800000", unit: "元" } } },
              require: { keywords: ["旁站监督"] },
              message: "sample.supervision",
            },
          },
          "sample.change": {
            uses: "generic.threshold",
            severity: "info",
            citation: "示例规定 第九条",
            params: {
              cases: [
                {
                  when: {
                    compare: [
                      {
                        left: { of: "change_amount", per: "approved_total" },
                        op: "gte",
                        right: { ratio: "0.2" },
                        name: "share",
                      },
                    ],
                  },
                  message: "sample.change",
                },
              ],
              missingMessage: "sample.change-missing",
            },
          },
          "sample.naming": {
            uses: "generic.naming",
            severity: "info",
            citation: "示例规定 第三条",
            params: { mode: "must-match", patterns: ["工程$"], message: "sample.naming" },
          },
          "sample.no-parties": {
            uses: "generic.forbidden-lines",
            severity: "error",
            citation: "示例规定 第五条",
            params: { groups: [{ match: { keywords: ["茶歇"] }, message: "sample.no-parties" }] },
          },
          "sample.groups": {
            uses: "generic.composition",
            severity: "warning",
            citation: "示例规定 第六条",
            params: {
              groups: [{ label: { "zh-CN": "甲组", "en-US": "group A" }, match: { categories: ["contingency"] } }],
              message: "sample.groups",
            },
          },
        },
        messages: {
          "sample.supervision": {
            "zh-CN": "总额{total}超过{limit}，须旁站监督",
            "en-US": "Total {total} over {limit}: on-site oversight required",
          },
          "sample.change": {
            "zh-CN": "变更占{share}，不低于{shareLimit}",
            "en-US": "Change is {share}, at least {shareLimit}",
          },
          "sample.change-missing": { "zh-CN": "缺少{missing}", "en-US": "Missing {missing}" },
          "sample.naming": { "zh-CN": "名称“{name}”应以工程结尾", "en-US": 'Name "{name}" should end in 工程' },
          "sample.no-parties": { "zh-CN": "“{name}”不得列支", "en-US": '"{name}" is not allowed' },
          "sample.groups": { "zh-CN": "缺{group}", "en-US": "No {group}" },
        },
      },
      { expectedId: "sample-2030" },
    );
  }

  it("runs through the generic implementations with its own numbers and words", () => {
    const p = fifth();
    const lines = [w("应用开发", "development", "80"), w("会议茶歇", "other", "0.01")];
    const m = model(lines, { unit: "万元" }, { headingText: "预算表\n示例县某某平台" });
    const fs = auditModel(m, p, {
      approvedTotal: lines[0].amount!.value,
      changeAmount: lines[0].amount!.value.times("0.2"),
    }).findings;
    const by = (r: string) => fs.filter((f) => f.rule === r).map((f) => [f.severity, f.message, f.messageEn]);
    expect(by("sample.supervision")).toEqual([
      [
        "warning",
        "总额80.01 万元超过80 万元，须旁站监督",
        "Total CNY 80.01 (10k) over CNY 80 (10k): on-site oversight required",
      ],
    ]);
    expect(by("sample.change")).toEqual([["info", "变更占20%，不低于20%", "Change is 20%, at least 20%"]]);
    expect(by("sample.naming")).toEqual([
      ["info", "名称“示例县某某平台”应以工程结尾", 'Name "示例县某某平台" should end in 工程'],
    ]);
    expect(by("sample.no-parties")).toEqual([["error", "“会议茶歇”不得列支", '"会议茶歇" is not allowed']]);
    expect(by("sample.groups")).toEqual([["warning", "缺甲组", "No group A"]]);
    expect(fs.find((f) => f.rule === "sample.no-parties")?.messageId).toBe("sample.no-parties");
  });
  it("a reminder names the value it needs", () => {
    const fs = auditModel(model([w("应用开发", "development", "10")], { unit: "万元" }), fifth(), {
      approvedTotal: new Decimal(100000),
    }).findings;
    expect(fs.filter((f) => f.rule === "sample.change").map((f) => f.message)).toEqual([
      "缺少--change-amount（变更内容涉及金额（元））",
    ]);
  });
});
