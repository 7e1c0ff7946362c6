import * as fs from "fs";
import * as path from "path";
import { LocalizedError } from "../../src/core/errors";
import { audit } from "../../src/core/engine";
import { parseCorrections } from "../../src/core/model/parse-corrections";
import { parseStandard } from "../../src/core/standards/load-standard";
import { SetupError } from "../../src/core/setup/messages";
import { readWorkbook } from "../../src/cli/read-xlsx";
import { parseArgs } from "../../src/cli/args";
import { PatchError } from "../../src/cli/patch-package";
import { OutputError } from "../../src/cli/annotate";
import { RecordError } from "../../src/excel/records";
import { BridgeError } from "../../src/excel/errors";
import { localizedError } from "../../src/taskpane/pane-error";
import { yangpu } from "../support/pack";
import { tempDir } from "../support/xlsx";

/**
 * One localized error type (issue 15 §4): whatever layer refuses something a person gave it — the core's input
 * checks, a pack, a corrections file, a setup value, a workbook file, the command line, a saved record in the
 * workbook, the pane itself — throws a LocalizedError with a code and whole sentences in Chinese and in English.
 */
function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (err) {
    return err;
  }
  throw new Error("nothing was thrown");
}

const CJK = /[\u4e00-\u9fff]/;

const dir = tempDir();
const notAWorkbook = path.join(dir, "预算.xlsx");
fs.writeFileSync(notAWorkbook, "这不是工作簿");

const cases: [string, () => unknown][] = [
  ["the core refusing its input", () => thrown(() => audit(null as never, yangpu()))],
  ["a malformed snapshot", () => thrown(() => audit({ sheets: [{ name: 3 }] } as never, yangpu()))],
  ["a corrections file", () => thrown(() => parseCorrections("{", "corrections.json"))],
  ["a standard pack", () => thrown(() => parseStandard("{", "my-pack.json"))],
  ["a setup value", () => new SetupError({ messageId: "setup.no-table.workbook", params: {} })],
  ["a file that is not a workbook", () => thrown(() => readWorkbook(notAWorkbook))],
  ["the command line", () => thrown(() => parseArgs(["check", "--no-such-flag"]))],
  ["a copy that cannot be patched", () => new PatchError("无法写出", "cannot be written")],
  ["an output that cannot be written", () => new OutputError("无法写出", "cannot be written")],
  ["a saved record", () => new RecordError("记录无效", "the record is invalid", "预算表", "G6")],
  ["the Excel adapter", () => new BridgeError("无法写入", "cannot write", "预算表", "G6")],
  ["the pane itself", () => localizedError("error.unknown")],
];

describe("every error a person reads is one localized type", () => {
  it.each(cases)("%s", (_name, make) => {
    const err = make();
    expect(err).toBeInstanceOf(LocalizedError);
    const e = err as LocalizedError;
    expect(e.code).toMatch(/^[a-z][\w.-]*$/i);
    expect(e.text("zh-CN")).toMatch(CJK);
    expect(e.text("en-US")).not.toBe("");
    expect(e.text("en-US")).not.toBe(e.text("zh-CN"));
    expect(e.messageEn).toBe(e.text("en-US"));
  });

  it("the command line's usage errors are in English too", () => {
    const e = thrown(() => parseArgs(["check", "a.xlsx", "--jobs", "many"])) as LocalizedError;
    expect([e.code, e.text("zh-CN"), e.text("en-US")]).toEqual([
      "usage",
      "--jobs 应为正整数，而不是“many”",
      '--jobs must be a positive whole number, not "many"',
    ]);
  });
});
