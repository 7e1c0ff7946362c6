import Decimal from "decimal.js";
import {
  fieldSpec,
  fieldsFor,
  flagNaming,
  noTableOutcome,
  overridesFor,
  parseFieldValue,
  parseProfileInput,
  renderBoth,
  renderSetupMessage,
  selectPack,
  SETUP_FIELDS,
  type FieldNaming,
  type SetupFieldName,
} from "../../../src/core/setup";
import { paneNaming } from "../../../src/taskpane/naming";
import { PROFILE_VALUES } from "../../../src/core/profile/profile-values";
import { sheet, workbook } from "../../support/snapshot";
import { budget, ofRule, pack, run } from "../districts/packs";

const parse = (name: SetupFieldName, raw: string | boolean, naming: FieldNaming = flagNaming) =>
  parseFieldValue(fieldSpec(name)!, raw, naming);

describe("parseFieldValue: one parser for every kind of field", () => {
  // [field, as given, value read] — money as a decimal string in 元 (plain data), blank as not given.
  it.each<[SetupFieldName, string | boolean, string | number | boolean | undefined]>([
    ["approved_total", "1200000", "1200000"],
    ["approved_total", "1,200,000.50", "1200000.5"],
    ["approved_total", "1，200，000", "1200000"],
    ["approved_total", " 230 000 ", "230000"],
    ["approved_total", "0", "0"],
    ["approved_total", "9".repeat(15), "9".repeat(15)],
    ["approved_total", "1.123456", "1.123456"],
    ["last_year_om", "230000", "230000"],
    ["subsystems_this_year", "0", 0],
    ["subsystems_this_year", "3", 3],
    ["subsystems_this_year", "999999", 999999],
    ["acceptance_date", "2024-02-29", "2024-02-29"],
    ["acceptance_date", "2023-12-31", "2023-12-31"],
    ["classified", true, true],
    ["classified", false, false],
    ["classified", "true", true],
    ["classified", "false", false],
    ["review_route", "normal", "normal"],
    ["system_level", "module", "module"],
    ["kind", "om", "om"],
    ["tier", "large", "large"],
    ["unit_name", " 某局 ", "某局"],
    ["unit_name", "x".repeat(200), "x".repeat(200)],
    ["approved_total", "", undefined],
    ["acceptance_date", "   ", undefined],
  ])("%s %p → %p", (name, raw, value) => {
    expect(parse(name, raw)).toEqual({ ok: true, value });
  });

  // [field, as given, the message that refuses it]
  it.each<[SetupFieldName, string, string]>([
    ["approved_total", "abc", "setup.value.money"],
    ["approved_total", "1.2万", "setup.value.money"],
    ["approved_total", "-5", "setup.value.money"],
    ["approved_total", "1e5", "setup.value.money"],
    ["approved_total", "1".repeat(16), "setup.value.money"],
    ["approved_total", "1.1234567", "setup.value.money"],
    ["last_year_om", "lots", "setup.value.money"],
    ["subsystems_this_year", "2.5", "setup.value.count"],
    ["subsystems_this_year", "1000000", "setup.value.count"],
    ["subsystems_this_year", "-1", "setup.value.count"],
    ["subsystems_this_year", "三", "setup.value.count"],
    ["acceptance_date", "2023-02-29", "setup.value.date"],
    ["acceptance_date", "2023-02-30", "setup.value.date"],
    ["acceptance_date", "2024-13-01", "setup.value.date"],
    ["acceptance_date", "2024-00-10", "setup.value.date"],
    ["acceptance_date", "2024-04-31", "setup.value.date"],
    ["acceptance_date", "2024/6/1", "setup.value.date"],
    ["acceptance_date", "2024-6-1", "setup.value.date"],
    ["classified", "yes", "setup.value.boolean"],
    ["classified", "1", "setup.value.boolean"],
    ["review_route", "fast", "setup.value.choice"],
    ["kind", "big", "setup.value.choice"],
    ["unit_name", "x".repeat(201), "setup.value.text"],
  ])("%s %p is refused with %s", (name, raw, messageId) => {
    const r = parse(name, raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect([r.error.messageId, r.error.params.field]).toEqual([messageId, flagNaming(name)]);
  });

  it("a yes/no given as a boolean is one; any other field given a boolean is read as its text", () => {
    expect(parse("approved_total", true).ok).toBe(false);
  });

  it("a choice refused lists what it takes", () => {
    const r = parse("review_route", "fast");
    if (r.ok) throw new Error("accepted");
    expect(r.error.params.choices).toEqual({ text: "fast-iteration | normal" });
  });
});

describe("one message, two namings: the CLI by flag, the pane by label", () => {
  const refused = (naming: FieldNaming) => {
    const r = parse("acceptance_date", "2023-02-30", naming);
    if (r.ok) throw new Error("accepted");
    return r.error;
  };
  it.each<[string, FieldNaming, string, string]>([
    [
      "CLI",
      flagNaming,
      "--acceptance-date（竣工验收日期）的值“2023-02-30”无效",
      '--acceptance-date (acceptance date): "2023-02-30" is not valid',
    ],
    // The pane's English labels in sentence case, money in CNY (naming.ts fieldLabel).
    ["pane", paneNaming, "“竣工验收日期”的值“2023-02-30”无效", '"Acceptance date": "2023-02-30" is not valid'],
  ])("%s", (_host, naming, zh, en) => {
    const m = refused(naming);
    expect(m.messageId).toBe("setup.value.date");
    expect(m.params).toEqual({ field: naming("acceptance_date"), value: { text: "2023-02-30" } });
    expect(renderSetupMessage(m, "zh-CN").startsWith(zh)).toBe(true);
    expect(renderSetupMessage(m, "en-US").startsWith(en)).toBe(true);
    expect(renderSetupMessage(m, "zh-CN")).toContain("YYYY-MM-DD");
  });

  it("the pane never names a field by a flag; the CLI always does", () => {
    for (const name of [...(Object.keys(SETUP_FIELDS) as SetupFieldName[])]) {
      const pane = paneNaming(name);
      const cli = flagNaming(name);
      expect([name, pane.zh.includes("--") || pane.en.includes("--")]).toEqual([name, false]);
      expect([name, cli.zh.startsWith(SETUP_FIELDS[name].flag), cli.en.startsWith(SETUP_FIELDS[name].flag)]).toEqual([
        name,
        true,
        true,
      ]);
    }
    expect(paneNaming("include_hidden")).toEqual({ zh: "“包含隐藏工作表”", en: '"Include hidden sheets"' });
    expect(flagNaming("include_hidden")).toEqual({ zh: "--include-hidden", en: "--include-hidden" });
  });
});

describe("parseProfileInput and overridesFor", () => {
  it("reads every value given, keeps each refusal, ignores names that are no field", () => {
    const r = parseProfileInput(
      { approved_total: "1,000", acceptance_date: "2023-02-30", nonsense: "1", kind: "om", classified: "" },
      flagNaming,
    );
    expect(r.values).toEqual({ approved_total: "1000", kind: "om" });
    expect(r.errors.map((e) => e.messageId)).toEqual(["setup.value.date"]);
  });

  it("passes only the fields the pack uses, money as Decimal; kind, system, size and last year's O&M under every pack", () => {
    const values = { approved_total: "1000", acceptance_date: "2024-06-01", kind: "om", last_year_om: "5" } as const;
    const qingpu = overridesFor(values, pack("qingpu-2024"));
    expect(Decimal.isDecimal(qingpu.approvedTotal)).toBe(true);
    expect(qingpu.approvedTotal?.toFixed()).toBe("1000");
    expect(qingpu.acceptanceDate).toBeUndefined(); // Qingpu does not use it
    expect([qingpu.kind, qingpu.lastYearOm?.toFixed()]).toEqual(["om", "5"]);
    expect(overridesFor(values, pack("luohu-2024")).acceptanceDate).toBe("2024-06-01");
    expect(overridesFor(values, pack("yangpu-2023"))).toEqual({ kind: "om", lastYearOm: new Decimal(5) });
  });

  it("fieldsFor lists the project's fields, then the pack's in its order", () => {
    expect(fieldsFor(pack("yangpu-2023"))).toEqual(["kind", "system", "tier", "last_year_om"]);
    expect(fieldsFor(pack("qingpu-2024")).slice(4)).toEqual(pack("qingpu-2024").profileValues);
  });
});

describe("selectPack: the pack and why", () => {
  const all = ["yangpu-2023", "qingpu-2024", "luohu-2024", "gongshu-draft", "qingyang-2024"].map(pack);
  const titled = (title: string) =>
    workbook(sheet("预算表", [[title], ["序号", "名称", "金额（万元）"], [1, "应用软件开发", 10]]));

  it.each<[string, string, string, Record<string, unknown>]>([
    ["青浦区某平台建设项目预算表", "qingpu-2024", "setup.pack.title", { place: { text: "青浦" } }],
    ["某区某平台建设项目预算表", "yangpu-2023", "setup.pack.fallback", { id: { text: "yangpu-2023" } }],
  ])("自动 on %s → %s", (title, id, messageId, params) => {
    const s = selectPack(titled(title), { auto: true, packs: all }, flagNaming);
    expect([s.pack.id, s.auto, s.reason.messageId, s.reason.params]).toEqual([id, true, messageId, params]);
  });

  it.each<[string, FieldNaming, string, string]>([
    ["CLI", flagNaming, "按 --standard luohu-2024 指定", "given with --standard luohu-2024"],
    ["pane", paneNaming, "按 “配置标准” luohu-2024 指定", 'given with "Standard" luohu-2024'],
  ])("a pack the user chose wins over the workbook, and says so the %s's way", (_host, naming, zh, en) => {
    const s = selectPack(titled("青浦区某平台建设项目预算表"), { auto: false, pack: pack("luohu-2024") }, naming);
    expect([s.pack.id, s.auto, s.source, s.reason.messageId]).toEqual([
      "luohu-2024",
      false,
      "explicit",
      "setup.pack.chosen",
    ]);
    expect(renderBoth(s.reason)).toEqual({ zh, en });
  });

  it("a pack file is named by its path", () => {
    const s = selectPack(
      titled("x"),
      { auto: false, pack: pack("luohu-2024"), file: "./my/luohu-2024.json" },
      flagNaming,
    );
    expect(renderBoth(s.reason)).toEqual({
      zh: "按 --standard 指定的文件 ./my/luohu-2024.json",
      en: "given with --standard ./my/luohu-2024.json",
    });
  });
});

describe("noTableOutcome", () => {
  it("is null when there is a table", () => {
    expect(noTableOutcome({ tables: [{}] as never, skippedSheets: ["x"] }, { naming: flagNaming })).toBeNull();
  });
  it.each<[string, string | undefined, string[], FieldNaming, string]>([
    [
      "the pane, nothing hidden",
      undefined,
      [],
      paneNaming,
      "工作簿中没有找到预算表：需要一行表头，含“名称/费用名称”和“金额/合价”（或“数量”“单价”）等列",
    ],
    [
      "the pane, hidden sheets",
      undefined,
      ["甲", "乙"],
      paneNaming,
      "工作簿中没有找到预算表：需要一行表头，含“名称/费用名称”和“金额/合价”（或“数量”“单价”）等列；隐藏的工作表（甲、乙）未检查，如需检查请用 “包含隐藏工作表”",
    ],
    [
      "the CLI, hidden sheets",
      "b.xlsx",
      ["甲"],
      flagNaming,
      "b.xlsx 中没有找到预算表：需要一行表头，含“名称/费用名称”和“金额/合价”（或“数量”“单价”）等列；隐藏的工作表（甲）未检查，如需检查请用 --include-hidden",
    ],
  ])("%s", (_l, file, hidden, naming, zh) => {
    const o = noTableOutcome({ tables: [], skippedSheets: hidden }, { file, naming })!;
    expect(o.code).toBe("no-budget-table");
    expect(o.message.messageId).toBe(file ? "setup.no-table.file" : "setup.no-table.workbook");
    expect(o.message.more?.map((m) => m.params.field) ?? []).toEqual(hidden.length ? [naming("include_hidden")] : []);
    expect(renderSetupMessage(o.message, "zh-CN")).toBe(zh);
    expect(renderSetupMessage(o.message, "en-US")).toMatch(
      hidden.length ? /hidden sheets \(.*\) were not read — use .*include/i : /budget table/,
    );
  });
});

describe("findings name a value not given the host's way", () => {
  const reminder = (naming?: FieldNaming) => {
    const fs = run("qingpu-2024", budget("10"), {
      profile: { kind: "upgrade", unit: "万元" },
      overrides: { reviewRoute: "fast-iteration" },
      naming,
    });
    return ofRule(fs, "qingpu.fast-iteration-dept-cap")[0];
  };
  it("by flag by default and in the CLI", () => {
    expect(reminder().message).toContain("--filed-total（本部门本年已备案项目总额（元））");
    expect(reminder(flagNaming).messageEn).toContain("--last-year-it-funds (last year's IT construction funds (元))");
  });
  it("by label in the pane", () => {
    const f = reminder(paneNaming);
    expect(f.message).toContain(`“${PROFILE_VALUES.filed_total.zh}”`);
    expect(f.messageEn).toContain(`"Last year's IT construction funds (CNY)"`);
    expect(f.messageEn).not.toContain(PROFILE_VALUES.last_year_it_funds.en);
    expect(`${f.message}${f.messageEn}`).not.toMatch(/--[a-z]/);
  });
});
