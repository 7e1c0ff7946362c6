import { loadStandard, parseStandard, StandardPackError } from "../../../src/core/standards/load-standard";
import { yangpu, yangpuRaw } from "../../support/pack";

type Raw = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe("loadStandard", () => {
  it("accepts the shipped Yangpu pack", () => {
    const pack = yangpu();
    expect(pack.id).toBe("yangpu-2023");
    expect(Object.keys(pack.rules).length).toBeGreaterThanOrEqual(28);
  });

  const broken: [string, (raw: Raw) => void, RegExp][] = [
    ["a missing required field", (r) => delete r.tolerance, /字段 \/ 缺少必填字段 "tolerance"/],
    [
      "a rate written as a number",
      (r) => (r.hardwareClasses.classes.A.rate = 0.04),
      /\/hardwareClasses\/classes\/A\/rate/,
    ],
    ["an unknown category", (r) => (r.categories["gadgets"] = ["x"]), /\/categories\/gadgets/],
    [
      "an unknown severity",
      (r) => (r.rules["dev.person-month-price"].severity = "fatal"),
      /\/rules\/dev.person-month-price\/severity/,
    ],
    [
      "a rule without citation",
      (r) => delete r.rules["fees.four-fees-cap"].citation,
      /\/rules\/fees.four-fees-cap 缺少必填字段 "citation"/,
    ],
    [
      "an unknown implementation",
      (r) => (r.rules["x.nothing"] = { severity: "info", citation: "c" }),
      /\/rules\/x.nothing 引用了不存在的规则实现/,
    ],
  ];
  it.each(broken)("rejects %s, naming the field", (_label, breakIt, message) => {
    const raw = yangpuRaw();
    breakIt(raw);
    expect(() => loadStandard(raw)).toThrow(StandardPackError);
    expect(() => loadStandard(raw)).toThrow(message);
  });
});

/** What is left of a message once the parts that are data are taken out: the subject's id, the field path, quoted values. */
function wording(message: string): string {
  return message
    .replace(/^(标准包(文件)?|standards pack( file)?) \S+ /, "")
    .replace(/(字段|field) \/\S*/g, "")
    .replace(/"[^"]*"/g, "")
    .replace(/\bJSON\b/g, "");
}

function failure(raw: Raw, lang?: "zh-CN" | "en-US"): StandardPackError {
  try {
    loadStandard(raw, { lang });
  } catch (err) {
    if (err instanceof StandardPackError) return err;
    throw err;
  }
  throw new Error("the pack was accepted");
}

describe("loadStandard: bounds per kind of value, every message naming the field and what it expects", () => {
  const cases: [string, (raw: Raw) => void, string, RegExp, RegExp][] = [
    [
      'a rate of "400"',
      (r) => (r.hardwareClasses.classes.A.rate = "400"),
      "/hardwareClasses/classes/A/rate",
      /应为 0 到 1 之间的比率.*实为 "400"$/,
      /should be a ratio between 0 and 1.*but is "400"$/,
    ],
    [
      'a rate of "1.5"',
      (r) => (r.rules["om.app-software-rate"].params.rates.simple = "1.5"),
      "/rules/om.app-software-rate/params/rates/simple",
      /0 到 1 之间的比率.*实为 "1.5"/,
      /ratio between 0 and 1/,
    ],
    [
      "a negative cap",
      (r) => (r.rules["om.security-device-rate"].params.maxRate = "-0.1"),
      "/rules/om.security-device-rate/params/maxRate",
      /比率.*实为 "-0.1"/,
      /ratio.*"-0.1"/,
    ],
    [
      "a rate written as a number",
      (r) => (r.rules["fees.four-fees-cap"].params.maxRatio = 0.1),
      "/rules/fees.four-fees-cap/params/maxRatio",
      /应为 0 到 1 之间的比率（十进制数字字符串.*实为数字 0.1/,
      /ratio.*but is a number 0.1/,
    ],
    [
      "a ratio with an exponent",
      (r) => (r.rules["process.om-review"].params.changeRatio = "1e-1"),
      "/rules/process.om-review/params/changeRatio",
      /比率/,
      /ratio/,
    ],
    [
      "an absolute tolerance of 1000",
      (r) => (r.tolerance.absolute = "1000"),
      "/tolerance/absolute",
      /应为 0 到 1 之间的绝对容差.*实为 "1000"/,
      /absolute tolerance from 0 to 1/,
    ],
    [
      "a relative tolerance of 50%",
      (r) => (r.tolerance.relative = "0.5"),
      "/tolerance/relative",
      /应为 0 到 0.1 之间的相对容差.*实为 "0.5"/,
      /relative tolerance from 0 to 0.1/,
    ],
    [
      "a negative tolerance",
      (r) => (r.tolerance.relative = "-0.005"),
      "/tolerance/relative",
      /相对容差/,
      /relative tolerance/,
    ],
    [
      "a zero amount",
      (r) => (r.rules["tier.info-release"].params.maxTotal.value = "0"),
      "/rules/tier.info-release/params/maxTotal/value",
      /应为大于 0 的金额.*实为 "0"/,
      /should be an amount above 0/,
    ],
    [
      "a negative amount",
      (r) => (r.rules["dev.person-month-price"].params.maxPrice.value = "-2"),
      "/rules/dev.person-month-price/params/maxPrice/value",
      /大于 0 的金额.*"-2"/,
      /amount above 0/,
    ],
    [
      "an amount with an exponent",
      (r) => (r.rules["process.public-tender"].params.above.value = "4e2"),
      "/rules/process.public-tender/params/above/value",
      /金额/,
      /amount/,
    ],
    [
      "an absurdly long amount",
      (r) => (r.rules["process.public-tender"].params.above.value = "9".repeat(100)),
      "/rules/process.public-tender/params/above/value",
      /金额.*…/,
      /amount/,
    ],
    [
      "zero person-months",
      (r) => (r.rules["tier.oa"].params.tiers.small.personMonths = "0"),
      "/rules/tier.oa/params/tiers/small/personMonths",
      /应为大于 0 的数量/,
      /quantity above 0/,
    ],
    [
      "a negative server count",
      (r) => (r.rules["tier.oa"].params.tiers.small.servers = -1),
      "/rules/tier.oa/params/tiers/small/servers",
      /应为 0 到 1000000 之间的整数.*实为 -1/,
      /whole number from 0 to 1000000/,
    ],
    [
      "a fractional terminal count",
      (r) => (r.rules["tier.video-conference"].params.tiers.small.terminals = 2.5),
      "/rules/tier.video-conference/params/tiers/small/terminals",
      /整数.*实为数字 2.5/,
      /whole number/,
    ],
    [
      "a 等保 level of 9",
      (r) => (r.rules["cost.excluded-dengbao"].params.levelWords["三级"] = 9),
      "/rules/cost.excluded-dengbao/params/levelWords/三级",
      /应为 1 到 5 之间的整数等级.*实为 9/,
      /level from 1 to 5/,
    ],
    [
      "a blank 等保 level word",
      (r) => (r.rules["cost.excluded-dengbao"].params.levelWords[" "] = 3),
      "/rules/cost.excluded-dengbao/params/levelWords/ ",
      /不允许的键名：键名应为关键词/,
      /not an allowed key: keys should be a keyword/,
    ],
    [
      "a category keyword that is a single space",
      (r) => r.categories.hardware.push(" "),
      "/categories/hardware/",
      /应为关键词（不能为空或只含空白.*实为 " "/,
      /should be a keyword \(not blank/,
    ],
    ["an empty keyword", (r) => (r.maintenanceWords[0] = ""), "/maintenanceWords/0", /关键词.*实为 ""/, /keyword/],
    [
      "an ideographic-space keyword",
      (r) => (r.profile.kind.om[0] = "\u3000"),
      "/profile/kind/om/0",
      /关键词/,
      /keyword/,
    ],
    [
      "a keyword with a leading space",
      (r) => (r.hardwareClasses.classes.B.devices[0] = " 工作站"),
      "/hardwareClasses/classes/B/devices/0",
      /首尾不能有空白/,
      /no leading or trailing whitespace/,
    ],
    [
      "a blank keyword in a rule's params",
      (r) => (r.rules["dev.person-month-price"].params.personMonthUnits = ["人月", "  "]),
      "/rules/dev.person-month-price/params/personMonthUnits/1",
      /关键词/,
      /keyword/,
    ],
    [
      "an empty keyword list",
      (r) => (r.softwareTypes.tool = []),
      "/softwareTypes/tool",
      /应为关键词列表（至少一个关键词），实为空列表/,
      /should be a list of keywords \(at least one\), but is an empty list/,
    ],
    ["a blank title", (r) => (r.title = "  "), "/title", /应为非空文字/, /non-blank text/],
    [
      "a blank citation",
      (r) => (r.rules["tier.oa"].citation = " "),
      "/rules/tier.oa/citation",
      /非空文字/,
      /non-blank text/,
    ],
    [
      "an unknown category in a rule's list",
      (r) => (r.rules["fees.four-fees-cap"].params.categories = ["consulting", "gadgets"]),
      "/rules/fees.four-fees-cap/params/categories/1",
      /应为 "hardware"、.* 之一，实为 "gadgets"/,
      /should be one of "hardware", .*but is "gadgets"/,
    ],
    [
      "a floor above the cap",
      (r) => (r.rules["fees.integration-rate"].params.minRatio = "0.09"),
      "/rules/fees.integration-rate/params/minRatio",
      /应不大于同一规则的 "maxRatio"（"0.08"），实为 "0.09"/,
      /should not exceed the rule's "maxRatio" \("0.08"\), but is "0.09"/,
    ],
    [
      "an unknown param",
      (r) => (r.rules["om.security-device-rate"].params.maxRat = "0.1"),
      "/rules/om.security-device-rate/params/maxRat",
      /是未知字段（此处允许的字段："maxRate"）/,
      /is not a known field \(allowed here: "maxRate"\)/,
    ],
    ["an id with capitals", (r) => (r.id = "Yangpu"), "/id", /应为以小写字母开头/, /lower-case letters/],
  ];

  it.each(cases)("refuses %s", (_label, breakIt, field, zh, en) => {
    const raw = yangpuRaw() as Raw;
    breakIt(raw);
    const err = failure(raw);
    expect(err.code).toBe("standard-invalid");
    expect(err.field.startsWith(field)).toBe(true);
    expect(err.message).toBe(err.zh);
    expect(err.message).toContain(`字段 ${err.field} `);
    expect(err.zh).toMatch(zh);
    expect(err.messageEn).toMatch(en);
    expect(err.messageEn).toContain(`field ${err.field} `);
  });

  it.each(cases)("words %s entirely in Chinese, and entirely in English with en-US", (_label, breakIt) => {
    const raw = yangpuRaw() as Raw;
    breakIt(raw);
    const zh = failure(raw);
    // No English fragment (ajv's "must be …", "should be a decimal string") outside the field path and quoted values.
    expect(wording(zh.zh)).not.toMatch(/[A-Za-z]{2,}/);
    const en = failure(raw, "en-US");
    expect(en.message).toBe(en.messageEn);
    expect(wording(en.messageEn)).not.toMatch(/[\u3000-\u9fff\uff00-\uffef]/);
  });

  it("keeps the earlier wording of a missing field for the CLI's users", () => {
    const raw = yangpuRaw() as Raw;
    delete raw.tolerance;
    expect(failure(raw).messageEn).toMatch(/field \/ lacks the required field "tolerance"/);
  });

  it("accepts the bounds themselves: a rate of 0 or 1, a tolerance of 0", () => {
    const raw = yangpuRaw() as Raw;
    raw.hardwareClasses.classes.A.rate = "1";
    raw.hardwareClasses.classes.B.rate = "0";
    raw.tolerance = { absolute: "0", relative: "0.1" };
    raw.rules["fees.integration-rate"].params.minRatio = "0.08";
    expect(() => loadStandard(raw)).not.toThrow();
  });

  it("refuses a pack whose id is not the one expected, naming both", () => {
    const err = (() => {
      try {
        loadStandard(yangpuRaw(), { expectedId: "qingpu-2024", file: "standards/qingpu-2024.json" });
      } catch (e) {
        return e as StandardPackError;
      }
      throw new Error("accepted");
    })();
    expect(err).toBeInstanceOf(StandardPackError);
    expect(err.code).toBe("standard-id-mismatch");
    expect(err.field).toBe("/id");
    expect(err.file).toBe("standards/qingpu-2024.json");
    expect(err.zh).toBe(
      '标准包文件 standards/qingpu-2024.json 无效：字段 /id 为 "yangpu-2023"，与文件名不符：文件 qingpu-2024.json 的 id 应为 "qingpu-2024"',
    );
  });

  it("an unknown implementation has its own code", () => {
    const raw = yangpuRaw() as Raw;
    raw.rules["x.nothing"] = { severity: "info", citation: "c" };
    expect(failure(raw).code).toBe("standard-unknown-rule");
    expect(failure(raw, "en-US").message).toMatch(
      /field \/rules\/x.nothing names a rule implementation that does not exist: "x.nothing"/,
    );
  });
});

describe("parseStandard: a pack file's text and name", () => {
  const text = JSON.stringify(yangpuRaw(), null, 2);

  function parseFailure(body: string, name: string, lang?: "zh-CN" | "en-US"): StandardPackError {
    try {
      parseStandard(body, name, { lang });
    } catch (err) {
      if (err instanceof StandardPackError) return err;
      throw err;
    }
    throw new Error("the pack was accepted");
  }

  it("reads the shipped pack under its own name, with or without a directory or a byte-order mark", () => {
    expect(parseStandard(text, "standards/yangpu-2023.json").id).toBe("yangpu-2023");
    expect(parseStandard("\ufeff" + text, "C:\\packs\\yangpu-2023.json").id).toBe("yangpu-2023");
  });

  it("refuses a file whose id claims to be another pack", () => {
    const err = parseFailure(text, "./my-pack.json");
    expect(err.code).toBe("standard-id-mismatch");
    expect(err.file).toBe("./my-pack.json");
    expect(err.zh).toContain('文件 my-pack.json 的 id 应为 "my-pack"');
  });

  it("reports a truncated file with its name, line and column", () => {
    const body = text.slice(0, 100);
    const err = parseFailure(body, "packs/cut.json");
    const lines = body.split("\n");
    expect(err.code).toBe("standard-invalid-json");
    expect([err.file, err.line, err.column]).toEqual([
      "packs/cut.json",
      lines.length,
      lines[lines.length - 1].length + 1,
    ]);
    expect(err.zh).toBe(
      `标准包文件 packs/cut.json 不是有效的 JSON：第 ${lines.length} 行第 ${err.column} 列，内容在此意外结束（缺少括号、引号或逗号后的内容？）`,
    );
    expect(wording(err.zh)).not.toMatch(/[A-Za-z]{2,}/);
    expect(parseFailure(body, "packs/cut.json", "en-US").message).toBe(
      `standards pack file packs/cut.json is not valid JSON: line ${lines.length}, column ${err.column}: the text ends unexpectedly (a missing bracket or quote, or a trailing comma?)`,
    );
  });

  it("points at a trailing comma", () => {
    const body = '{\n  "id": "x",\n  "title": "t",\n}';
    const err = parseFailure(body, "x.json");
    expect([err.line, err.column]).toEqual([4, 1]);
    expect(err.zh).toContain('第 4 行第 1 列，此处的字符 "}" 不符合 JSON 语法');
  });

  it("points at a bad literal, which Node's message gives no position for", () => {
    const body = '{\n  "id": "x",\n  "enabled": tru\n}';
    const err = parseFailure(body, "x.json");
    // "tru" then a newline: the newline (line 3, after column 16) is the first character that is not JSON.
    expect([err.line, err.column]).toEqual([3, 17]);
    expect(err.zh).toContain("第 3 行第 17 列");
  });

  it("gives the CLI plain data for its JSON report", () => {
    const err = parseFailure('{\n  "id": "x",\n}', "packs/x.json", "en-US");
    expect(err.details()).toEqual({
      code: "standard-invalid-json",
      message: err.zh,
      file: "packs/x.json",
      field: null,
      line: 3,
      column: 1,
    });
    expect(err.details("en-US").message).toBe(err.messageEn);
    const raw = yangpuRaw() as Raw;
    raw.tolerance.absolute = "1000";
    expect(failure(raw).details()).toMatchObject({
      code: "standard-invalid",
      field: "/tolerance/absolute",
      line: null,
    });
  });

  it("says an empty file is empty", () => {
    expect(parseFailure("  \n", "x.json").zh).toBe("标准包文件 x.json 不是有效的 JSON：第 2 行第 1 列，文件为空");
    expect(parseFailure("", "x.json", "en-US").message).toBe(
      "standards pack file x.json is not valid JSON: line 1, column 1: the file is empty",
    );
  });

  it("validates the parsed pack as strictly as loadStandard, naming the file", () => {
    const raw = yangpuRaw() as Raw;
    raw.hardwareClasses.classes.C.rate = "8";
    const err = parseFailure(JSON.stringify(raw), "yangpu-2023.json");
    expect(err.code).toBe("standard-invalid");
    expect(err.zh).toBe(
      '标准包文件 yangpu-2023.json 无效：字段 /hardwareClasses/classes/C/rate 应为 0 到 1 之间的比率（十进制数字字符串，如 "0.04" 表示 4%），实为 "8"',
    );
  });
});
