import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { availableStandards, loadStandardById, loadStandardFromFile } from "../../src/cli/standards";
import { StandardPackError } from "../../src/core/standards/load-standard";
import { yangpuRaw } from "../support/pack";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "br-packs-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

function thrown(fn: () => unknown): StandardPackError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(StandardPackError);
    return err as StandardPackError;
  }
  throw new Error("no error");
}

describe("bundled packs", () => {
  it.each(availableStandards())("%s loads strictly under its own file name", (id) => {
    expect(loadStandardById(id).id).toBe(id);
  });

  it("an unknown id is a StandardPackError naming the ones there are, in either language", () => {
    const err = thrown(() => loadStandardById("nowhere-2099"));
    expect(err.code).toBe("standard-unknown-id");
    expect(err.message).toMatch(/未知的标准：nowhere-2099（可用：.*yangpu-2023/);
    expect(thrown(() => loadStandardById("nowhere-2099", "en-US")).message).toMatch(
      /^unknown standard: nowhere-2099 \(available: .*yangpu-2023/,
    );
  });
});

describe("loadStandardFromFile", () => {
  it("loads a user's pack whose id is its file name", () => {
    const raw = yangpuRaw();
    raw.id = "my-pack";
    const file = write("my-pack.json", JSON.stringify(raw));
    expect(loadStandardFromFile(file).id).toBe("my-pack");
  });

  it("refuses a pack whose id claims to be another pack", () => {
    const file = write("district-x.json", JSON.stringify(yangpuRaw()));
    const err = thrown(() => loadStandardFromFile(file));
    expect([err.code, err.file, err.field]).toEqual(["standard-id-mismatch", file, "/id"]);
  });

  it('is as strict as the bundled packs: a rate of "400"', () => {
    const raw = yangpuRaw() as { id: string; hardwareClasses: { classes: { A: { rate: string } } } };
    raw.id = "strict";
    raw.hardwareClasses.classes.A.rate = "400";
    const file = write("strict.json", JSON.stringify(raw));
    const err = thrown(() => loadStandardFromFile(file, "en-US"));
    expect(err.code).toBe("standard-invalid");
    expect(err.field).toBe("/hardwareClasses/classes/A/rate");
    expect(err.message).toBe(
      `standards pack file ${file} is invalid: field /hardwareClasses/classes/A/rate should be a ratio between 0 and 1 (a decimal string, e.g. "0.04" for 4%), but is "400"`,
    );
    expect(err.zh).toContain("应为 0 到 1 之间的比率");
  });

  it("reports invalid JSON with the path as given, line and column", () => {
    const file = write("broken.json", '{\n  "id": "broken",\n  "title": \n}');
    const err = thrown(() => loadStandardFromFile(file));
    expect([err.code, err.file, err.line, err.column]).toEqual(["standard-invalid-json", file, 4, 1]);
    expect(err.message).toBe(`标准包文件 ${file} 不是有效的 JSON：第 4 行第 1 列，此处的字符 "}" 不符合 JSON 语法`);
  });

  it("a missing file, a directory and an oversized file each say what they are", () => {
    expect(thrown(() => loadStandardFromFile(path.join(dir, "nope.json"))).code).toBe("standard-not-found");
    const sub = path.join(dir, "folder.json");
    fs.mkdirSync(sub);
    const notFile = thrown(() => loadStandardFromFile(sub));
    expect([notFile.code, notFile.message]).toEqual(["standard-unreadable", `标准包文件 ${sub} 不是文件`]);
    const big = write("big.json", " ".repeat(5 * 1024 * 1024 + 1));
    expect(thrown(() => loadStandardFromFile(big, "en-US")).message).toMatch(/is too large \(5242881 bytes/);
  });

  it("an unreadable file is not reported as missing", () => {
    if (process.getuid?.() === 0) return; // root reads everything
    const file = write("locked.json", "{}");
    fs.chmodSync(file, 0o000);
    expect(thrown(() => loadStandardFromFile(file)).code).toBe("standard-unreadable");
  });
});
