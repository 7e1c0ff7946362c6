import * as fs from "fs";
import * as path from "path";
import { main } from "../../src/cli/main";
import { tempDir, writeXlsx, type XCell } from "../support/xlsx";
import { runCli } from "../support/cli";

const run = (...argv: string[]) => runCli(argv, {});

const dir = tempDir();
const f = (name: string) => path.join(dir, name);
const rows: XCell[][] = [
  ["某区服务热线系统建设项目预算表"],
  ["单位：元"],
  ["序号", "名称", "单位", "数量", "单价", "金额", "自筹资金"],
  [1, "PC服务器", "台", 2, 50000, 100000, 0],
  [2, "宣传推广", null, null, null, 200000, 0],
  [3, "系统集成费", "项", 1, 10000, 10000, 0],
  [4, "密码测评费", "项", 1, 20000, 20000, 5000],
];
const json = (r: { out: string }) =>
  JSON.parse(r.out) as {
    files: {
      findings: { rule: string; severity: string }[];
      totals: { grand: string } | null;
      error: { code: string } | null;
    }[];
    error?: { code: string; message: string };
  };

describe("--overrides: the reviewer's corrections from a file", () => {
  it("correct a line's category and a column's role; the audit re-runs with them", async () => {
    const book = await writeXlsx(f("hotline.xlsx"), [{ name: "预算表", rows }]);
    const before = json(await run("check", book, "--format", "json", "--jobs", "1"));
    const rulesBefore = before.files[0].findings
      .filter((x) => x.severity !== "info")
      .map((x) => `${x.rule}:${x.severity}`);
    expect(rulesBefore).toEqual(
      expect.arrayContaining(["fees.integration-rate:warning", "sheet.unrecognised-column:warning"]),
    );
    const overrides = f("hotline.overrides.json");
    fs.writeFileSync(
      overrides,
      JSON.stringify({
        lines: [{ sheet: "预算表", name: "宣传推广", category: "hardware" }],
        columns: [{ sheet: "预算表", header: "自筹资金", role: null }],
      }),
    );
    const after = json(await run("check", book, "--format", "json", "--jobs", "1", "--overrides", overrides));
    const serious = after.files[0].findings.filter((x) => x.severity !== "info") as {
      rule: string;
      severity: string;
      message: string;
    }[];
    // 宣传推广 is now hardware: the purchase base is 300,000 and integration 3.33%, below the range; no money is unclassified.
    expect(serious.map((x) => `${x.rule}:${x.severity}`)).toEqual(["fees.integration-rate:warning"]);
    expect(serious[0].message).toContain("3.33%");
    expect(serious[0].message).not.toContain("未分类");
  });

  it.each<[string, string, string]>([
    ["not JSON", "{ lines: [", "不是有效的 JSON"],
    [
      "an unknown category",
      JSON.stringify({ lines: [{ sheet: "预算表", name: "x", category: "servers" }] }),
      "lines[0].category",
    ],
    [
      "an unknown role",
      JSON.stringify({ columns: [{ sheet: "预算表", header: "x", role: "money" }] }),
      "columns[0].role",
    ],
    ["an unknown field", JSON.stringify({ rows: [] }), "rows 是未知字段"],
  ])("a file with %s is refused, naming the field, in the one JSON document", async (_label, content, says) => {
    const book = await writeXlsx(f("b.xlsx"), [{ name: "预算表", rows }]);
    const bad = f("bad.json");
    fs.writeFileSync(bad, content);
    const r = await run("check", book, "--format", "json", "--overrides", bad);
    expect(r.code).toBe(2);
    expect(json(r).error).toMatchObject({ code: "invalid-overrides" });
    expect(json(r).error!.message).toContain(says);
  });
});

describe("hidden sheets in the CLI (domain.md §3.9)", () => {
  it("are skipped and named by default, audited with --include-hidden", async () => {
    const book = await writeXlsx(f("hidden.xlsx"), [
      { name: "预算表", rows: rows.slice(0, 4) },
      { name: "旧版草稿", rows: rows.slice(0, 4), hidden: true },
    ]);
    const skipped = json(await run("check", book, "--format", "json", "--jobs", "1"));
    expect(skipped.files[0].totals!.grand).toBe("100000");
    expect(skipped.files[0].findings.some((x) => x.rule === "sheet.hidden-skipped")).toBe(true);
    const included = json(await run("check", book, "--format", "json", "--jobs", "1", "--include-hidden"));
    expect(included.files[0].totals!.grand).toBe("200000");
    expect(included.files[0].findings.some((x) => x.rule === "sheet.hidden-skipped")).toBe(false);
  });
});

describe("English help", () => {
  it("--lang en-US or an English LANG gives the English help, complete with every option", async () => {
    let out = "";
    await main(["--help"], { out: (t) => (out += t), err: () => undefined, env: { LANG: "en_US.UTF-8" } });
    for (const opt of ["--jobs", "--max-cells", "--summary", "--overrides", "--include-hidden", "--annotate"])
      expect(out).toContain(opt);
    expect(out).not.toMatch(/使用的标准包/);
  });
});
