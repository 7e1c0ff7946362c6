import * as fs from "fs";
import * as path from "path";
import { parseArgs, USAGE } from "../../src/cli/args";
import { tempDir, writeXlsx } from "../support/xlsx";
import { runCli } from "../support/cli";

const run = (...argv: string[]) => runCli(argv);

const dir = tempDir();
const f = (name: string) => path.join(dir, name);

/** A construction estimate in 万元 titled with a district, lines as given. */
function estimate(name: string, title: string, lines: [string, string, number, number][]): Promise<string> {
  const rows: unknown[][] = [
    [title],
    ["编制单位：某局", null, null, null, "单位：万元"],
    ["序号", "费用名称", "单位", "数量", "金额"],
  ];
  lines.forEach(([n, u, q, a], i) => rows.push([i + 1, n, u, q, a]));
  rows.push([null, "合计", null, null, lines.reduce((s, l) => s + l[3], 0)]);
  return writeXlsx(f(name), [{ name: "投资估算表", rows: rows as never }]);
}

type Report = {
  standard: { id: string };
  files: {
    standard: { id: string; reason: string };
    findings: { rule: string; severity: string; message: string }[];
  }[];
};

describe("--standard auto and the district packs on real workbooks", () => {
  it("picks Qingpu from the title, applies its catalogue and no Yangpu rule", async () => {
    const file = await estimate("qingpu.xlsx", "青浦区某某管理系统建设项目投资估算表", [
      ["应用软件定制开发", "人月", 40, 120],
      ["应用服务器", "台", 2, 12],
      ["系统集成费", "项", 1, 4],
      ["三级等保测评", "项", 1, 8],
    ]);
    const { code, out } = await run("check", file, "--format", "json");
    const doc = JSON.parse(out) as Report;
    expect(doc.standard.id).toBe("qingpu-2024");
    expect(doc.files[0].standard).toMatchObject({ id: "qingpu-2024", reason: "标题含“青浦”" });
    const rules = doc.files[0].findings.map((x) => x.rule);
    expect(rules).toEqual(
      expect.arrayContaining([
        "qingpu.supervision-required",
        "qingpu.naming-new",
        "qingpu.rates-not-defined",
        "qingpu.crypto-test-missing",
      ]),
    );
    expect(rules.filter((r) => /^(dev|fees|cost|om|tier|policy|process)\./.test(r))).toEqual([]);
    expect(code).toBe(1);
  });

  it("a draft pack never exits 1, even with an arithmetic error", async () => {
    const file = await estimate("gongshu.xlsx", "拱墅区某某平台建设项目经费预算", [
      ["应用软件开发", "人月", 10, 200],
      ["服务器", "台", 2, 3],
    ]);
    const { code, out } = await run("check", file, "--format", "json");
    const doc = JSON.parse(out) as Report;
    expect(doc.files[0].standard.id).toBe("gongshu-draft");
    expect(doc.files[0].findings.some((x) => x.severity === "error")).toBe(false);
    expect(code).toBe(0);
  });

  it("profile flags reach the rules; --standard by id overrides the title", async () => {
    const file = await estimate("qy.xlsx", "某某平台建设项目概算", [["应用软件开发", "人月", 10, 600]]);
    const { out, code } = await run(
      "check",
      file,
      "--format",
      "json",
      "--standard",
      "qingyang-2024",
      "--approved-total",
      "5000000",
    );
    const doc = JSON.parse(out) as Report;
    expect(doc.files[0].standard.reason).toContain("--standard qingyang-2024");
    expect(
      doc.files[0].findings.filter((x) => x.rule === "qingyang.over-approved-estimate").map((x) => x.severity),
    ).toEqual(["error"]);
    expect(code).toBe(1);
  });

  it("the text report names the pack and why", async () => {
    const file = await estimate("lh.xlsx", "罗湖区某某系统建设项目预算", [["应用软件开发", "人月", 10, 30]]);
    const { out } = await run("check", file);
    expect(out).toContain(
      "标准：深圳市罗湖区政务信息化项目管理办法（罗府办规〔2024〕3号）（luohu-2024；标题含“罗湖”）",
    );
  });

  it("loads a user's pack from a path, as strictly as the bundled ones", async () => {
    const raw = JSON.parse(fs.readFileSync(path.join(__dirname, "../../standards/qingpu-2024.json"), "utf8"));
    const mine = f("my-pack.json");
    fs.writeFileSync(mine, JSON.stringify({ ...raw, id: "my-pack" }));
    const file = await estimate("mine.xlsx", "青浦区某某平台建设项目", [["应用软件开发", "人月", 10, 30]]);
    const { out } = await run("check", file, "--format", "json", "--standard", mine);
    expect((JSON.parse(out) as Report).files[0].standard.id).toBe("my-pack");
    fs.writeFileSync(mine, JSON.stringify({ ...raw, id: "other" }));
    const bad = await run("check", file, "--standard", mine);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("my-pack.json");
  });
});

describe("profile-value flags", () => {
  it("parses each kind of value in kebab case", () => {
    const c = parseArgs([
      "check",
      "a.xlsx",
      "--approved-total",
      "1,200,000",
      "--change-amount=150000",
      "--funding-type",
      "government-investment",
      "--review-route",
      "fast-iteration",
      "--classified",
      "--no-in-annual-plan",
      "--subsystems-this-year",
      "3",
      "--acceptance-date",
      "2024-06-01",
      "--unit-name",
      "某镇人民政府",
    ]);
    if (c.command !== "check") throw new Error("not check");
    expect(c.standard).toBe("auto");
    const v = c.profileValues;
    // Plain data (it crosses to worker threads): money as decimal strings in 元.
    expect([
      v.approvedTotal,
      v.changeAmount,
      v.fundingType,
      v.reviewRoute,
      v.classified,
      v.inAnnualPlan,
      v.subsystemsThisYear,
      v.acceptanceDate,
      v.unitName,
    ]).toEqual([
      "1200000",
      "150000",
      "government-investment",
      "fast-iteration",
      true,
      false,
      3,
      "2024-06-01",
      "某镇人民政府",
    ]);
  });
  it.each([
    ["--funding-type", "public"],
    ["--approved-total", "一百万"],
    ["--acceptance-date", "2024/6/1"],
    ["--classified=maybe", undefined],
  ])("refuses %s %s", (flag, value) => {
    expect(() => parseArgs(["check", "a.xlsx", flag, ...(value ? [value] : [])])).toThrow(flag.split("=")[0]);
  });
  it("--help documents them and --standard auto", () => {
    for (const flag of [
      "--approved-total",
      "--change-amount",
      "--funding-type",
      "--review-route",
      "--system-level",
      "--classified",
      "auto",
    ])
      expect(USAGE).toContain(flag);
  });
});
