import * as fs from "fs";
import * as path from "path";
import { execFileSync, spawnSync } from "child_process";
import { main, type Io } from "../../src/cli/main";
import { displayWidth, layoutFor, wrapLine } from "../../src/cli/terminal";
import { shortCitation } from "../../src/cli/report-text";
import { expandInputs } from "../../src/cli/inputs";
import { tempDir, writeXlsx } from "../support/xlsx";

const root = path.join(__dirname, "../..");
const SAMPLE = path.join(root, "assets/sample-budget.xlsx");
const OM_SAMPLE = path.join(root, "assets/sample-om-budget.xlsx");
const ESC = "\u001b[";

/** Runs the CLI in-process as if stdout were a terminal of `columns` (or not a terminal), collecting the status line. */
async function run(
  argv: string[],
  opts: { env?: Record<string, string>; columns?: number; tty?: boolean; status?: boolean } = {},
) {
  let out = "";
  let err = "";
  const status: (string | null)[] = [];
  const io: Io = {
    out: (t) => (out += t + "\n"),
    err: (t) => (err += t + "\n"),
    env: opts.env ?? {},
    stdout: { isTTY: opts.tty ?? false, columns: opts.columns },
    ...(opts.status ? { status: (t: string | null) => status.push(t) } : {}),
  };
  const code = await main(argv, io);
  return { code, out, err, status };
}

/** A folder of submissions: two budgets in nested folders, an Excel lock file, one of our copies, a text file. */
function submissions(name: string): string {
  const dir = path.join(tempDir(), name);
  fs.mkdirSync(path.join(dir, "b", "c"), { recursive: true });
  fs.copyFileSync(OM_SAMPLE, path.join(dir, "b", "c", "10-om.xlsx"));
  fs.copyFileSync(SAMPLE, path.join(dir, "b", "2-upgrade.XLSX"));
  fs.copyFileSync(SAMPLE, path.join(dir, "b", "2-upgrade.审核.xlsx"));
  fs.copyFileSync(SAMPLE, path.join(dir, "old-annotated.xlsx"));
  fs.writeFileSync(path.join(dir, "b", "~$2-upgrade.XLSX"), "lock");
  fs.writeFileSync(path.join(dir, "notes.txt"), "not a workbook");
  return dir;
}

const files = (out: string) => [...out.matchAll(/^== (.*)$/gm)].map((m) => m[1]);

describe("folders and patterns", () => {
  it("a folder is every .xlsx/.xlsm under it, recursive and sorted (2 before 10), without lock files or our copies", async () => {
    const dir = submissions("folder");
    const { code, out } = await run(["check", dir]);
    expect(code).toBe(1);
    expect(files(out)).toEqual([path.join(dir, "b", "2-upgrade.XLSX"), path.join(dir, "b", "c", "10-om.xlsx")]);
    const json = JSON.parse((await run(["check", dir, "--format", "json"])).out);
    expect(json.files.map((f: { file: string }) => f.file)).toEqual(files(out));
  });

  it("a quoted pattern is expanded by the checker (as cmd.exe and PowerShell leave it), sorted, lock files left out", async () => {
    const dir = submissions("glob");
    const { out } = await run(["check", `${dir}/**/*.{xlsx,XLSX}`, "--format", "json"]);
    const got = JSON.parse(out).files.map((f: { file: string }) => path.basename(f.file));
    // A pattern is what the shell would have given (our copies by name included), less Excel's lock files.
    expect([...got].sort()).toEqual(
      ["10-om.xlsx", "2-upgrade.XLSX", "2-upgrade.审核.xlsx", "old-annotated.xlsx"].sort(),
    );
    expect(got).not.toContain("~$2-upgrade.XLSX");
    const entries = expandInputs([`${dir}/b/*.XLSX`], "zh-CN").map((e) => path.basename(e.file));
    expect(entries).toEqual(["2-upgrade.XLSX"]);
  });

  it("Windows patterns with backslashes are expanded too; an existing path is never read as a pattern", () => {
    const dir = submissions("win");
    const win = expandInputs([`${dir}\\b\\c\\*.xlsx`], "zh-CN", "win32");
    expect(win.map((e) => path.basename(e.file.replace(/\\/g, "/")))).toEqual(["10-om.xlsx"]);
    const odd = path.join(dir, "预算[终稿].xlsx");
    fs.copyFileSync(SAMPLE, odd);
    expect(expandInputs([odd], "zh-CN")).toEqual([{ file: odd }]);
  });

  it("an empty folder or a pattern matching nothing is named, the other inputs are checked, exit 2", async () => {
    const dir = submissions("empty");
    fs.mkdirSync(path.join(dir, "nothing"));
    const { code, out } = await run([
      "check",
      path.join(dir, "nothing"),
      `${dir}/*.xlsm`,
      OM_SAMPLE,
      "--format",
      "json",
    ]);
    expect(code).toBe(2);
    const doc = JSON.parse(out);
    expect(doc.files.map((f: { error: { code: string } | null }) => f.error?.code ?? null)).toEqual([
      "file-not-found",
      "file-not-found",
      null,
    ]);
    expect(doc.files[0].error.message).toMatch(/中没有 \.xlsx 或 \.xlsm 工作簿/);
    expect(doc.files[1].error.message).toMatch(/没有与 .*\*\.xlsm 匹配的文件/);
  });
});

describe("the terminal report", () => {
  it("names the standard once per file; rule ids only with --verbose (always in JSON)", async () => {
    const plain = (await run(["check", SAMPLE])).out;
    expect(plain.match(/杨浦区区本级电子政务项目通用类配置标准/g)).toHaveLength(1);
    expect(plain).toMatch(/（依据：本标准 三\(一\)2）/);
    expect(plain).toContain("（依据：杨浦区电子政务管理办法 第二十八条）");
    expect(plain).not.toMatch(/dev\.person-month-price|fees\.four-fees-cap/);
    const verbose = (await run(["check", SAMPLE, "--verbose"])).out;
    expect(verbose).toMatch(/（依据：本标准 三\(一\)2；dev\.person-month-price）/);
    expect(verbose).toMatch(/审减 6 万元）.*（依据：本标准 三\(一\)2；dev\.person-month-price）/);
    const json = JSON.parse((await run(["check", SAMPLE, "--format", "json"])).out);
    expect(json.files[0].findings.map((f: { rule: string }) => f.rule)).toContain("dev.person-month-price");
    expect(
      shortCitation("青浦区数字化项目管理办法 第十条", "青浦区数字化项目管理办法（青数〔2024〕49号）", "en-US"),
    ).toBe("the standard 第十条");
  });

  it("colours by severity on a terminal only; NO_COLOR and --no-color turn it off", async () => {
    const tty = await run(["check", SAMPLE], { tty: true, columns: 200 });
    expect(tty.out).toContain(`${ESC}31m错误${ESC}39m`);
    expect(tty.out).toContain(`${ESC}33m警告${ESC}39m`);
    for (const r of [
      await run(["check", SAMPLE], { tty: true, columns: 200, env: { NO_COLOR: "1" } }),
      await run(["check", SAMPLE, "--no-color"], { tty: true, columns: 200 }),
      await run(["check", SAMPLE]),
    ])
      expect(r.out).not.toContain(ESC);
    expect(layoutFor({ isTTY: false }, {}, true).color).toBe(true);
    expect(layoutFor({ isTTY: true, columns: 80 }, { NO_COLOR: "" }).color).toBe(true);
  });

  it("wraps to the terminal's width counting CJK as two columns, never inside a number; not wrapped when not a terminal", async () => {
    const { out } = await run(["check", SAMPLE, "--no-color"], { tty: true, columns: 60 });
    const lines = out.split("\n");
    for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(60);
    // Every figure of the unwrapped report is still whole in the wrapped one.
    const flat = (await run(["check", SAMPLE])).out;
    const figures = new Set(flat.match(/\d[\d,.]*%?/g));
    const wrapped = new Set(out.match(/\d[\d,.]*%?/g));
    expect([...figures].filter((f) => !wrapped.has(f))).toEqual([]);
    expect(lines.some((l) => /^ {4}\S/.test(l))).toBe(true); // continuation lines hang under the text
    expect(flat.split("\n").some((l) => displayWidth(l) > 60)).toBe(true);
    // The unit: 20 CJK characters are 40 columns; "12,500.75" is never cut.
    const text = "  错误 " + "汉".repeat(20) + " 合计 12,500.75 万元，占 9.5%（上限 8%）";
    for (let w = 20; w <= 60; w++) {
      const rows = wrapLine(text, w, 4);
      for (const r of rows) expect(displayWidth(r)).toBeLessThanOrEqual(w);
      expect(rows.join("\n")).toContain("12,500.75");
      expect(rows.join("\n")).toContain("9.5%");
      expect(rows.slice(1).every((r) => !/^ *[，）%]/.test(r))).toBe(true);
    }
  });

  it("ends a batch with one line of files, errors, warnings and 送审 / 审定 / 审减 in total", async () => {
    const { out } = await run(["check", SAMPLE, OM_SAMPLE, path.join(tempDir(), "missing.xlsx")]);
    expect(out.trimEnd().split("\n").pop()).toBe(
      "共 3 个文件（1 个无法读取）：错误 5 项，警告 2 项；送审 147.02 万元，审定 134.416 万元，审减 12.604 万元（8.57%）",
    );
    const en = await run(["check", SAMPLE, OM_SAMPLE, "--lang", "en-US"]);
    expect(en.out.trimEnd().split("\n").pop()).toBe(
      "2 files: 5 errors, 2 warnings; submitted CNY 147.02 (10k), approved CNY 134.416 (10k), reduction CNY 12.604 (10k) (8.57%)",
    );
    expect((await run(["check", SAMPLE])).out).not.toMatch(/^共 /m);
  });

  it("describes an O&M budget in O&M words, a large one too (no 建设金额 to tender on)", async () => {
    const { out } = await run(["check", OM_SAMPLE]);
    expect(out).toContain("  合计：运维费用 258,400 元");
    expect(out).not.toMatch(/项目建设费|建设金额|公开招标/);
    const large = await writeXlsx(path.join(tempDir(), "large-om.xlsx"), [
      {
        name: "运维预算表",
        rows: [
          ["2025年度杨浦区某委电子政务系统运维项目预算表"],
          ["单位：元"],
          ["序号", "运维对象", "购置金额", "费率", "年维护费"],
          [1, "PC服务器维保", 100000, 0.08, 8000],
          [2, "核心交换机维保", 60000000, 0.04, 2400000],
          [3, "机房设备维保", 50000000, 0.04, 2000000],
          [null, "合计", null, null, 4408000],
        ],
      },
    ]);
    const big = await run(["check", large]);
    expect(big.out).toContain("合计：运维费用 4,408,000 元");
    expect(big.out).toMatch(/运维预算 4,408,000 元 超过 1,000,000 元，首次申报需组织专家评审/);
    expect(big.out).not.toMatch(/项目建设费|建设金额|公开招标/);
  });

  it("shows [n/N] file progress on a terminal's stderr and clears it; none for one file", async () => {
    const dir = submissions("progress");
    const { status } = await run(["check", dir], { status: true });
    expect(status).toEqual([
      `[1/2] ${path.join(dir, "b", "2-upgrade.XLSX")}`,
      `[2/2] ${path.join(dir, "b", "c", "10-om.xlsx")}`,
      null,
    ]);
    expect((await run(["check", SAMPLE], { status: true })).status).toEqual([]);
  });
});

describe("the compiled checker in a pipe", () => {
  const bin = path.join(root, "bin/budget-ruler.js");
  const haveBuild = fs.existsSync(path.join(root, "dist/src/cli/main.js"));
  (haveBuild ? it : it.skip)("prints neither colour nor progress when stdout and stderr are not terminals", () => {
    const r = spawnSync(process.execPath, [bin, "check", SAMPLE, OM_SAMPLE], {
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "" },
    });
    expect(r.status).toBe(1);
    expect(r.stdout).not.toContain(ESC);
    expect(r.stderr).not.toMatch(/\[1\/2\]/);
    expect(r.stdout).toMatch(/^共 2 个文件/m);
  });
});

describe("the reviewer's package", () => {
  it("npm pack lists the compiled checker and the packs, and no sources, tests or pane", () => {
    const out = execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], {
      cwd: root,
      encoding: "utf8",
    });
    const [{ files: packed }] = JSON.parse(out) as [{ files: { path: string }[] }];
    const paths = packed.map((f) => f.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        "bin/budget-ruler.js",
        "package.json",
        "standards/yangpu-2023.json",
        "dist/src/cli/main.js",
        "dist/src/cli/worker.js",
        "dist/src/core/engine.js",
      ]),
    );
    expect(paths.filter((p) => /^(src|test|assets)\/|taskpane|\.map$|\.ts$/.test(p))).toEqual([]);
    const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
    expect(Object.keys(pkg.dependencies).filter((d) => /react|fluentui/.test(d))).toEqual([]);
  });
});
