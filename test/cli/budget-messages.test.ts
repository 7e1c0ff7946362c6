import { DEFAULT_BUDGET, overTime } from "../../src/cli/budget";

/** A file stopped for its time: the CLI names the flag that raises the limit; the offline page has none to name. */
describe("the time limit's message", () => {
  it("in the CLI names --max-seconds with a value that would let the file through", () => {
    const m = overTime("a.xlsx", { ...DEFAULT_BUDGET, seconds: 60 }, false);
    expect(m).toEqual({
      code: "too-slow",
      message:
        "检查 a.xlsx 用时超过 60 秒的上限，已停止（其他文件照常检查）；如确需检查，请加大上限，例如 --max-seconds 240",
    });
  });

  it.each([false, true])("in the page (en: %s) names no command-line flag", (en) => {
    const m = overTime("a.xlsx", DEFAULT_BUDGET, en, false);
    expect(m.code).toBe("too-slow");
    expect(m.message).not.toMatch(/--/);
    expect(m.message).toMatch(en ? /was stopped/ : /已停止/);
  });
});
