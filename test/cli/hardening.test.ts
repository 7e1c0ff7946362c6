import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import { execFileSync } from "child_process";
import ExcelJS from "exceljs";
import { storedZip, crc32 } from "../../src/cli/zip";
import { tempDir, writeXlsx } from "../support/xlsx";
import { runCli } from "../support/cli";

const run = (...argv: string[]) => runCli(argv);

const dir = tempDir();
const f = (...names: string[]) => path.join(dir, ...names);

/** A small budget that audits with an error finding (人月单价 over the cap). */
async function budget(file: string): Promise<string> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  return writeXlsx(file, [
    {
      name: "投资估算表",
      rows: [
        ["某局协同办公系统升级改造项目投资估算表"],
        ["单位：万元"],
        ["序号", "费用名称", "单位", "数量", "单价", "金额"],
        [1, "应用服务器", "台", 2, 6, 12],
        [2, "流程审批模块定制开发", "人月", 10, 2.6, 26],
        [null, "合计", null, null, null, 38],
      ],
    },
  ]);
}

/** A zip with entries given as deflated bytes plus the sizes its central directory declares. */
function craftedZip(entries: { name: string; deflated: Buffer; declared: number }[]): Buffer {
  // Each entry's checksum is that of its inflated data, as a real zip has it.
  const zip = storedZip(
    entries.map((e) => ({ name: e.name, data: e.deflated, crc32: crc32(zlib.inflateRawSync(e.deflated)) })),
  );
  // Turn each stored entry into a deflated one declaring `declared` bytes, in the local and central headers.
  let local = 0;
  let central = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  for (const e of entries) {
    zip.writeUInt16LE(8, local + 8);
    zip.writeUInt32LE(e.declared, local + 22);
    zip.writeUInt16LE(8, central + 10);
    zip.writeUInt32LE(e.declared, central + 24);
    local += 30 + Buffer.byteLength(e.name) + e.deflated.length;
    central += 46 + Buffer.byteLength(e.name);
  }
  return zip;
}

const json = (out: string) => JSON.parse(out);
const codes = (out: string) => json(out).files.map((x: { error: { code: string } | null }) => x.error?.code ?? null);

describe("bounded reading", () => {
  it("refuses a zip bomb from its central directory before inflating: too-large, naming the limit and the flag", async () => {
    const deflated = zlib.deflateRawSync(Buffer.alloc(1024 * 1024)); // the data does not matter: never inflated
    const bomb = craftedZip([
      { name: "xl/workbook.xml", deflated: zlib.deflateRawSync(Buffer.from("<workbook/>")), declared: 11 },
      { name: "xl/worksheets/sheet1.xml", deflated, declared: 2 ** 31 },
    ]);
    fs.writeFileSync(f("bomb.xlsx"), bomb);
    const { code, out } = await run("check", f("bomb.xlsx"), "--format", "json");
    expect(code).toBe(2);
    const [entry] = json(out).files;
    expect(entry.error.code).toBe("too-large");
    expect(entry.error.message).toMatch(/bomb\.xlsx/);
    expect(entry.error.message).toMatch(/2048 MB/);
    expect(entry.error.message).toMatch(/--max-entry-mb/);
    const en = await run("check", f("bomb.xlsx"), "--format", "json", "--lang", "en-US");
    expect(json(en.out).files[0].error.message).toMatch(/exceeds a read limit.*--max-entry-mb/);
  });

  it("checks the total unpacked size, and the limit can be raised", async () => {
    const file = await budget(f("total.xlsx"));
    const small = await run("check", file, "--format", "json", "--max-unpacked-mb", "0.001");
    expect(codes(small.out)).toEqual(["too-large"]);
    expect(json(small.out).files[0].error.message).toMatch(/--max-unpacked-mb/);
    const raised = await run("check", file, "--format", "json", "--max-unpacked-mb", "64");
    expect(codes(raised.out)).toEqual([null]);
  });

  it("a central directory that understates a size is caught while inflating, without inflating the rest", async () => {
    const big = Buffer.alloc(8 * 1024 * 1024, "<row><c><v>1</v></c></row>");
    const part = (name: string, xml: string) => ({
      name,
      deflated: zlib.deflateRawSync(Buffer.from(xml)),
      declared: Buffer.byteLength(xml),
    });
    const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    const lying = craftedZip([
      part(
        "xl/workbook.xml",
        `<workbook xmlns:r="${rel}"><sheets><sheet name="S" sheetId="1" r:id="r1"/></sheets></workbook>`,
      ),
      part(
        "xl/_rels/workbook.xml.rels",
        `<Relationships><Relationship Id="r1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
      ),
      { name: "xl/worksheets/sheet1.xml", deflated: zlib.deflateRawSync(big), declared: 1000 },
    ]);
    fs.writeFileSync(f("lying.xlsx"), lying);
    const { out } = await run("check", f("lying.xlsx"), "--format", "json");
    expect(codes(out)).toEqual(["corrupt-file"]);
    expect(json(out).files[0].error.message).toMatch(/声明的 1000 字节/);
  });

  it("refuses a sheet reaching past --max-rows or --max-cells before exceljs parses it", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("长表");
    ws.getCell("B2").value = "费用名称";
    ws.getCell("A300000").value = 1;
    await wb.xlsx.writeFile(f("tall.xlsx"));
    const { out } = await run("check", f("tall.xlsx"), "--format", "json");
    expect(codes(out)).toEqual(["too-large"]);
    expect(json(out).files[0].error.message).toMatch(/长表.*300000.*--max-rows/);
    const raised = await run("check", f("tall.xlsx"), "--format", "json", "--max-rows", "400000");
    expect(codes(raised.out)).toEqual(["no-budget-table"]);
    const file = await budget(f("cells.xlsx"));
    const cells = await run("check", file, "--format", "json", "--max-cells", "20");
    expect(codes(cells.out)).toEqual(["too-large"]);
    expect(json(cells.out).files[0].error.message).toMatch(/6 行 × 6 列 = 36 个单元格.*--max-cells 36/);
  });
});

/** A minimal .xlsx written as raw XML (one sheet "大表"), for sheets too big to write with exceljs in a test. */
function rawXlsx(file: string, sheetData: string): string {
  const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const parts: [string, string][] = [
    [
      "_rels/.rels",
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ],
    [
      "xl/workbook.xml",
      `<workbook ${ns} xmlns:r="${rel}"><sheets><sheet name="大表" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ],
    [
      "xl/_rels/workbook.xml.rels",
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ],
    ["xl/worksheets/sheet1.xml", `<worksheet ${ns}><sheetData>${sheetData}</sheetData></worksheet>`],
  ];
  fs.writeFileSync(
    file,
    storedZip(parts.map(([name, text]) => ({ name, data: Buffer.from(text), crc32: crc32(Buffer.from(text)) }))),
  );
  return file;
}

describe("damaged data", () => {
  it("an entry whose own header names another part than the directory does is damaged, naming it", async () => {
    const good = rawXlsx(f("names.xlsx"), '<row r="1"><c r="A1"><v>1</v></c></row>');
    const zip = fs.readFileSync(good);
    // The local header's copy of the name "xl/workbook.xml" (the one right after a local header signature) changed.
    let at = zip.indexOf(Buffer.from("xl/workbook.xml"));
    while (at >= 0 && zip.readUInt32LE(at - 30) !== 0x04034b50)
      at = zip.indexOf(Buffer.from("xl/workbook.xml"), at + 1);
    zip.write("xl/workbooK.xml", at, "latin1");
    fs.writeFileSync(f("names-bad.xlsx"), zip);
    const { out } = await run("check", f("names-bad.xlsx"), "--format", "json");
    expect(codes(out)).toEqual(["corrupt-file"]);
    expect(json(out).files[0].error.message).toMatch(/“xl\/workbook\.xml”的文件头与目录记录不符/);
  });

  it("a part a few bytes longer than its directory says is read, as LibreOffice reads it", async () => {
    const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    const part = (name: string, xml: string, short = 0) => ({
      name,
      deflated: zlib.deflateRawSync(Buffer.from(xml)),
      declared: Buffer.byteLength(xml) - short,
    });
    fs.writeFileSync(
      f("off.xlsx"),
      craftedZip([
        part(
          "xl/workbook.xml",
          `<workbook xmlns:r="${rel}"><sheets><sheet name="S" sheetId="1" r:id="r1"/></sheets></workbook>`,
        ),
        // Two bytes more than its directory record says, as in calamine's issue252.xlsx.
        part(
          "xl/_rels/workbook.xml.rels",
          `<Relationships><Relationship Id="r1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
          2,
        ),
        part(
          "xl/worksheets/sheet1.xml",
          '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>',
        ),
      ]),
    );
    const { out } = await run("check", f("off.xlsx"), "--format", "json");
    expect(codes(out)).not.toContain("corrupt-file");
  });
});

describe("bounded reading of big sheets", () => {
  // 150,000 rows of ~100 bytes: 15 MB of XML; the last cells of each row have no r=, so the cells are counted.
  const rows = Array.from(
    { length: 150_000 },
    (_, i) =>
      `<row r="${i + 1}"><c r="A${i + 1}"><v>1</v></c><c><v>2</v></c><c t="inlineStr"><is><t>x</t></is></c></row>`,
  ).join("");
  const big = rawXlsx(f("big.xlsx"), rows);

  it("measures the extent of the content of a 15 MB sheet (rows × columns), cells without r= counted", async () => {
    const { out } = await run("check", big, "--format", "json", "--max-cells", "400000");
    expect(codes(out)).toEqual(["too-large"]);
    expect(json(out).files[0].error.message).toMatch(
      /“大表”有内容的区域 150000 行 × 3 列 = 450000 个单元格.*--max-cells 450000/,
    );
  });

  it("stops at the first row over --max-rows", async () => {
    const { out } = await run("check", big, "--format", "json", "--max-rows", "100000", "--lang", "en-US");
    expect(json(out).files[0].error.message).toMatch(
      /sheet "大表" has content on row 100001, over the 100000-row limit.*--max-rows 1048576/,
    );
  });
});

describe("error codes that say what happened", () => {
  it("directory and fifo: not-a-file (without hanging on the fifo)", async () => {
    fs.mkdirSync(f("folder.xlsx"));
    execFileSync("mkfifo", [f("pipe.xlsx")]);
    const { code, out } = await run("check", f("folder.xlsx"), f("pipe.xlsx"), f("nowhere.xlsx"), "--format", "json");
    expect(code).toBe(2);
    expect(codes(out)).toEqual(["not-a-file", "not-a-file", "file-not-found"]);
    expect(json(out).files[0].error.message).toMatch(/folder\.xlsx 是一个文件夹/);
  });

  it("no read permission: permission-denied", async () => {
    const file = await budget(f("secret.xlsx"));
    const realFs = jest.requireActual("fs") as typeof fs; // the module object itself (the import is a frozen view)
    const open = realFs.openSync;
    const spy = jest.spyOn(realFs, "openSync").mockImplementation(((p: fs.PathLike, ...rest: never[]) => {
      if (String(p) === file) throw Object.assign(new Error("EACCES: permission denied"), { code: "EACCES" });
      return (open as (...a: unknown[]) => number)(p, ...rest);
    }) as typeof fs.openSync);
    try {
      const { out } = await run("check", file, "--format", "json");
      expect(codes(out)).toEqual(["permission-denied"]);
      expect(json(out).files[0].error.message).toMatch(/没有读取 .*secret\.xlsx 的权限/);
    } finally {
      spy.mockRestore();
    }
  });

  it("an encrypted workbook (OLE with EncryptedPackage) is `encrypted`; other OLE files stay not-xlsx", async () => {
    const ole = Buffer.alloc(4096);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    const encrypted = Buffer.from(ole);
    Buffer.from("EncryptedPackage", "utf16le").copy(encrypted, 1024);
    fs.writeFileSync(f("locked.xlsx"), encrypted);
    fs.writeFileSync(f("old.xls"), ole);
    const { out } = await run("check", f("locked.xlsx"), f("old.xls"), "--format", "json");
    expect(codes(out)).toEqual(["encrypted", "not-xlsx"]);
    expect(json(out).files[0].error.message).toMatch(/加密/);
  });

  it("an OpenDocument spreadsheet is `opendocument`, not 'no worksheets'", async () => {
    const ods = storedZip([
      { name: "mimetype", data: Buffer.from("application/vnd.oasis.opendocument.spreadsheet"), crc32: 0 },
      { name: "content.xml", data: Buffer.from("<office:document-content/>"), crc32: 0 },
    ]);
    fs.writeFileSync(f("budget.ods"), ods);
    const { out } = await run("check", f("budget.ods"), "--format", "json");
    expect(codes(out)).toEqual(["opendocument"]);
    expect(json(out).files[0].error.message).toMatch(/OpenDocument.*\.ods.*另存为 \.xlsx/);
  });

  it.each([
    [["check", "a.xlsx", "--format", "json", "--bogus"], "usage", /未知选项 --bogus/],
    [["check", "--format=json"], "usage", /至少给出一个/],
    [["check", "a.xlsx", "--format", "json", "--jobs", "0"], "usage", /--jobs/],
    [
      ["check", "a.xlsx", "--format", "json", "--standard", "nowhere-2099"],
      "unknown-standard",
      /未知的标准：nowhere-2099/,
    ],
  ])(
    "a --format json run that fails before any file still prints one JSON document: %j",
    async (argv, code, message) => {
      const r = await run(...(argv as string[]));
      expect(r.code).toBe(2);
      const doc = json(r.out);
      expect(doc).toMatchObject({ tool: "budget-ruler", standard: null, files: [], error: { code } });
      expect(doc.error.message).toMatch(message);
    },
  );

  it("a pack file that is not valid JSON is `invalid-standard` in the one JSON document, with file, line and column", async () => {
    const pack = path.join(dir, "broken.json");
    fs.writeFileSync(pack, '{\n  "id": "broken",\n  "title": \n}');
    const file = await budget(f("pack-broken.xlsx"));
    const r = await run("check", file, "--format", "json", "--standard", pack);
    expect(r.code).toBe(2);
    const doc = json(r.out);
    expect(doc).toMatchObject({ tool: "budget-ruler", standard: null, files: [], error: { code: "invalid-standard" } });
    expect(doc.error.message).toMatch(/broken\.json 不是有效的 JSON：第 4 行第 1 列/);
    expect(doc.error.details).toMatchObject({ code: "standard-invalid-json", file: pack, line: 4, column: 1 });
    const en = await run("check", file, "--format", "json", "--standard", pack, "--lang", "en-US");
    expect(json(en.out).error.message).toMatch(/is not valid JSON/);
    expect(en.err).toMatch(/^Error: /);
  });

  it("a pack whose loading throws something else is still `invalid-standard`, not a crash", async () => {
    const standards = jest.requireActual("../../src/cli/standards") as typeof import("../../src/cli/standards");
    const spy = jest.spyOn(standards, "loadStandardById").mockImplementation(() => {
      throw new RangeError("boom");
    });
    try {
      const r = await run("check", "a.xlsx", "--format", "json", "--standard", "yangpu-2023");
      expect(r.code).toBe(2);
      expect(json(r.out)).toMatchObject({
        files: [],
        error: { code: "invalid-standard", message: "标准 yangpu-2023 无法载入：boom" },
      });
    } finally {
      spy.mockRestore();
    }
  });

  it("an engine that throws on one file gives that file internal-error and the batch goes on", async () => {
    const good = await budget(f("engine-good.xlsx"));
    const bad = await budget(f("engine-bad.xlsx"));
    const engine = jest.requireActual("../../src/core/engine") as typeof import("../../src/core/engine");
    const real = engine.audit;
    const spy = jest.spyOn(engine, "audit").mockImplementation((snapshot, ...rest) => {
      if (snapshot.name === "engine-bad.xlsx") throw new TypeError("boom");
      return real(snapshot, ...rest);
    });
    try {
      const r = await run("check", bad, good, "--format", "json", "--jobs", "1");
      expect(codes(r.out)).toEqual(["internal-error", null]);
      expect(json(r.out).files[0].error.message).toMatch(/engine-bad\.xlsx.*boom/);
      expect(json(r.out).files[1].findings.length).toBeGreaterThan(0);
      expect(r.code).toBe(2);
    } finally {
      spy.mockRestore();
    }
  });
});

describe("--annotate never loses a file", () => {
  const outputOf = (out: string, i = 0) => json(out).files[i].output;

  it("a re-run replaces the checker's own earlier copy (a new file, renamed in place), and nothing is left behind", async () => {
    const d = f("rerun-own");
    const x = await budget(path.join(d, "x.xlsx"));
    const out = path.join(d, "out");
    const first = await run("check", x, "--annotate", out, "--format", "json");
    expect(first.code).toBe(1);
    const copy = path.join(out, "x.审核.xlsx");
    expect(outputOf(first.out)).toEqual({ file: copy, error: null });
    const ino = fs.statSync(copy).ino;
    const second = await run("check", x, "--annotate", out, "--format", "json");
    expect(second.code).toBe(1);
    expect(outputOf(second.out)).toEqual({ file: copy, error: null });
    expect(fs.statSync(copy).ino).not.toBe(ino); // replaced by rename, not written through
    expect(fs.readdirSync(out)).toEqual(["x.审核.xlsx"]); // no temporary file left behind
  });

  it("a second run over dir/*.xlsx recognises its own copy among the inputs: skipped, and never written over", async () => {
    const d = f("rerun");
    const x = await budget(path.join(d, "x.xlsx"));
    const before = fs.readFileSync(x);
    await run("check", x, "--annotate", d);
    const copy = path.join(d, "x.审核.xlsx");
    const copyBytes = fs.readFileSync(copy);
    // the shell's glob on the second run: x.xlsx and x.审核.xlsx
    const second = await run("check", x, copy, "--annotate", d, "--format", "json");
    const doc = json(second.out);
    expect(doc.files.map((r: { file: string }) => r.file)).toEqual([x]);
    expect(doc.files[0].error).toBeNull();
    expect(doc.files[0].findings).toContainEqual(expect.objectContaining({ rule: "dev.person-month-price" }));
    expect(doc.files[0].output).toEqual({
      file: copy,
      error: { code: "output-not-written", message: expect.stringMatching(/也是本次检查的输入，不会被覆盖/) },
    });
    expect(doc.skipped).toEqual([
      { file: copy, code: "annotated-copy", message: expect.stringMatching(/标注副本，已跳过/) },
    ]);
    expect(second.code).toBe(2); // a copy that was asked for was not written
    expect(fs.readFileSync(copy).equals(copyBytes)).toBe(true);
    expect(fs.readFileSync(x).equals(before)).toBe(true);
    expect(fs.readdirSync(d).sort()).toEqual(["x.xlsx", "x.审核.xlsx"]);
    const text = await run("check", copy);
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/跳过：.*标注副本/);
  });

  it("an output path that is a symlink or a hard link to the original is refused; the original is untouched and the audit kept", async () => {
    const d = f("links");
    const x = await budget(path.join(d, "x.xlsx"));
    const y = await budget(path.join(d, "y.xlsx"));
    const out = path.join(d, "out");
    fs.mkdirSync(out);
    fs.symlinkSync(x, path.join(out, "x.审核.xlsx"));
    fs.linkSync(y, path.join(out, "y.审核.xlsx"));
    const before = [fs.readFileSync(x), fs.readFileSync(y)];
    const { code, out: stdout, err } = await run("check", x, y, "--annotate", out, "--format", "json");
    expect(code).toBe(2);
    const doc = json(stdout);
    expect(doc.files.map((r: { error: unknown }) => r.error)).toEqual([null, null]);
    expect(doc.files[0].findings.length).toBeGreaterThan(0);
    expect(doc.files[0].totals).not.toBeNull();
    expect(doc.files[0].output.error).toEqual({
      code: "output-not-written",
      message: expect.stringMatching(/是一个链接/),
    });
    expect(doc.files[1].output.error).toEqual({
      code: "output-not-written",
      message: expect.stringMatching(/是本次检查的输入文件/),
    });
    expect(fs.readFileSync(x).equals(before[0])).toBe(true);
    expect(fs.readFileSync(y).equals(before[1])).toBe(true);
    expect(fs.lstatSync(path.join(out, "x.审核.xlsx")).isSymbolicLink()).toBe(true);
    expect(err).toMatch(/x\.审核\.xlsx 是一个链接/);
  });

  it("an existing file the checker did not write is not replaced", async () => {
    const d = f("foreign");
    const x = await budget(path.join(d, "x.xlsx"));
    const out = path.join(d, "out");
    fs.mkdirSync(out);
    const theirs = await budget(path.join(out, "x.审核.xlsx")); // a real workbook, but not one of ours
    const before = fs.readFileSync(theirs);
    const { code, out: stdout } = await run("check", x, "--annotate", out, "--format", "json");
    expect(code).toBe(2);
    expect(outputOf(stdout).error.message).toMatch(/不是本工具写出的标注副本，未替换/);
    expect(fs.readFileSync(theirs).equals(before)).toBe(true);
  });

  it("two inputs that would share an output get distinct, deterministic names", async () => {
    const d = f("same-name");
    const a = await budget(path.join(d, "d1", "budget.xlsx"));
    const b = await budget(path.join(d, "d2", "budget.xlsx"));
    const c = await budget(path.join(d, "x.xlsx"));
    const e = path.join(d, "x.xlsm");
    fs.copyFileSync(c, e);
    const out = path.join(d, "out");
    const { code, out: stdout } = await run("check", a, b, c, e, "--annotate", out, "--format", "json");
    expect(code).toBe(1);
    const files = json(stdout).files.map((r: { output: { file: string } }) => path.basename(r.output.file));
    expect(files).toEqual(["budget.审核.xlsx", "budget.审核-2.xlsx", "x.审核.xlsx", "x.审核-2.xlsx"]);
    expect(fs.readdirSync(out).sort()).toEqual([...files].sort());
  });

  it("an annotate folder that is a file is an error about the output; the inputs' audits are still reported", async () => {
    const d = f("dir-is-file");
    const x = await budget(path.join(d, "x.xlsx"));
    fs.writeFileSync(path.join(d, "out"), "not a folder");
    const { code, out } = await run("check", x, "--annotate", path.join(d, "out"), "--format", "json");
    expect(code).toBe(2);
    const [r] = json(out).files;
    expect(r.error).toBeNull();
    expect(r.findings).toContainEqual(expect.objectContaining({ rule: "dev.person-month-price" }));
    expect(r.output.error.code).toBe("output-not-written");
    expect(r.output.error.message).toMatch(/不是文件夹/);
    expect(fs.readFileSync(path.join(d, "out"), "utf8")).toBe("not a folder");
  });

  it("with --annotate every file entry has `output`: null for a file that could not be audited", async () => {
    const d = f("output-null");
    const x = await budget(path.join(d, "x.xlsx"));
    const { out } = await run(
      "check",
      path.join(d, "missing.xlsx"),
      x,
      "--annotate",
      path.join(d, "out"),
      "--format",
      "json",
    );
    const files = json(out).files;
    expect(files[0]).toMatchObject({ error: { code: "file-not-found" }, output: null });
    expect(files[1].output).toEqual({ file: path.join(d, "out", "x.审核.xlsx"), error: null });
  });

  it("an output folder without write permission: output-not-written, audit kept", async () => {
    const d = f("no-write");
    const x = await budget(path.join(d, "x.xlsx"));
    const realFs = jest.requireActual("fs") as typeof fs;
    const open = realFs.openSync;
    const spy = jest.spyOn(realFs, "openSync").mockImplementation(((p: fs.PathLike, ...rest: never[]) => {
      if (String(p).endsWith(".tmp")) throw Object.assign(new Error("EACCES: permission denied"), { code: "EACCES" });
      return (open as (...a: unknown[]) => number)(p, ...rest);
    }) as typeof fs.openSync);
    try {
      const { code, out } = await run(
        "check",
        x,
        "--annotate",
        path.join(d, "out"),
        "--format",
        "json",
        "--lang",
        "en-US",
      );
      expect(code).toBe(2);
      expect(json(out).files[0].output.error).toEqual({
        code: "output-not-written",
        message: expect.stringMatching(/no permission/),
      });
      expect(json(out).files[0].totals).not.toBeNull();
    } finally {
      spy.mockRestore();
    }
  });
});

describe("--jobs", () => {
  it("checks files in worker threads with the report in input order, the same as --jobs 1", async () => {
    const root = path.join(__dirname, "../..");
    execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"], { cwd: root });
    const files = [
      await budget(f("jobs", "a.xlsx")),
      f("jobs", "missing.xlsx"),
      await budget(f("jobs", "b.xlsx")),
      await budget(f("jobs", "c.xlsx")),
    ];
    const bin = (jobs: string) => {
      try {
        return execFileSync(
          process.execPath,
          ["bin/budget-ruler.js", "check", ...files, "--format", "json", "--jobs", jobs],
          { cwd: root, encoding: "utf8", stdio: "pipe" },
        );
      } catch (e) {
        const err = e as { status: number; stdout: string };
        expect(err.status).toBe(2);
        return err.stdout;
      }
    };
    const parallel = json(bin("3"));
    const serial = json(bin("1"));
    expect(parallel.files.map((r: { file: string }) => r.file)).toEqual(files);
    expect(parallel).toEqual(serial);
    expect(codes(JSON.stringify(parallel))).toEqual([null, "file-not-found", null, null]);
  }, 60000);
});
