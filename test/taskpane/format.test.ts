import Decimal from "decimal.js";
import { formatCellValue, formatFigure, formatRatio, formatSheetMoney, formatYuan } from "../../src/taskpane/format";
import type { CellChange } from "../../src/core/plan/types";
import { formatPaneError, localizedError, toPaneError } from "../../src/taskpane/pane-error";
import { BridgeError } from "../../src/excel/errors";
import {
  choicesFromSaved,
  choicesToOverrides,
  choicesToSaved,
  valuesFromSaved,
  valuesToSaved,
} from "../../src/taskpane/profile-choices";
import { parseFieldValue, flagNaming, type PlainValue } from "../../src/core/setup";
import type { ProfileValueSpec } from "../../src/core/profile/profile-values";

/** The core's one parser as the pane's fields use it: the value read (money as Decimal), or null when refused. */
function parseProfileValue(spec: ProfileValueSpec, text: string): PlainValue | Decimal | null | undefined {
  const name = (Object.keys(PROFILE_VALUES) as (keyof typeof PROFILE_VALUES)[]).find(
    (n) => PROFILE_VALUES[n] === spec,
  )!;
  const r = parseFieldValue({ name, ...spec }, text, flagNaming);
  if (!r.ok) return null;
  if (r.value === undefined) return null;
  return spec.type === "money" ? new Decimal(r.value as string) : r.value;
}
const parseYuanInput = (text: string) => parseProfileValue(PROFILE_VALUES.last_year_om, text) as Decimal | null;
import { PROFILE_VALUES } from "../../src/core/profile/profile-values";
import { getStandard, listStandards } from "../../src/taskpane/standards";

describe("formatYuan", () => {
  it.each([
    ["1234567", "1,234,567.00 元"],
    ["1234567.5", "1,234,567.50 元"],
    ["0", "0.00 元"],
    ["999.999", "1,000.00 元"],
    ["-45000", "-45,000.00 元"],
    ["12345678901234567890.12", "12,345,678,901,234,567,890.12 元"],
  ])("%s → %s", (yuan, text) => {
    expect(formatYuan(yuan, "zh-CN")).toBe(text);
  });

  it("says CNY in English", () => {
    expect(formatYuan("1000", "en-US")).toBe("CNY 1,000.00");
  });
});

describe("formatSheetMoney", () => {
  it("shows money in the sheet's unit, exact, two decimals at least, one convention per language", () => {
    expect(formatSheetMoney("1211800", "元", "zh-CN")).toBe("1,211,800.00 元");
    expect(formatSheetMoney("1211800", "万元", "zh-CN")).toBe("121.18 万元");
    expect(formatSheetMoney("1123760", "万元", "zh-CN")).toBe("112.376 万元");
    expect(formatSheetMoney("260000", "万元", "zh-CN")).toBe("26.00 万元");
    expect(formatSheetMoney("260000", "元", "en-US")).toBe("CNY 260,000.00");
    expect(formatSheetMoney("260000", "万元", "en-US")).toBe("CNY 26.00 (10k)");
    expect(formatSheetMoney("12345678901.23", "万元", "zh-CN")).toBe("1,234,567.890123 万元");
  });
});

describe("parseYuanInput", () => {
  it("takes plain and grouped amounts", () => {
    expect(parseYuanInput("230000")?.toFixed()).toBe("230000");
    expect(parseYuanInput(" 1,234.50 ")?.toFixed()).toBe("1234.5");
  });
  it.each(["", "abc", "1.2万", "-5", "1e5"])("rejects %p", (text) => {
    expect(parseYuanInput(text)).toBeNull();
  });
});

describe("formatCellValue", () => {
  it("shows empty cells, numbers and text", () => {
    expect(formatCellValue(null, "zh-CN")).toBe("（空）");
    expect(formatCellValue(12000.5, "zh-CN")).toBe("12,000.5");
    expect(formatCellValue(0.08, "zh-CN")).toBe("0.08");
    expect(formatCellValue("10%", "en-US")).toBe("10%");
  });
});

describe("按标准核定 preview", () => {
  const change = (over: Partial<CellChange>): CellChange => ({
    sheet: "运维预算表",
    row: 5,
    col: 6,
    address: "G6",
    before: { value: 10000, formula: null },
    after: { formula: "=E6*F6", value: 8000 },
    lineId: "运维预算表!6",
    lineName: "PC服务器维保",
    messages: [],
    restated: false,
    citation: "三(三)1(1)",
    role: "amount",
    measure: "money",
    unit: "元",
    figures: { before: "10000", after: "8000" },
    ...over,
  });

  it("shows money in the cell's unit, 送审 → 审定", () => {
    expect(formatFigure(change({}), "before", "zh-CN")).toBe("10,000 元");
    expect(formatFigure(change({}), "after", "en-US")).toBe("CNY 8,000");
    const wan = change({ unit: "万元", figures: { before: "3.5", after: "2.86048" } });
    expect([formatFigure(wan, "before", "zh-CN"), formatFigure(wan, "after", "zh-CN")]).toEqual([
      "3.5 万元",
      "2.86048 万元",
    ]);
    expect(formatFigure(change({ figures: { before: "9876.5424", after: "9876.54" } }), "before", "zh-CN")).toBe(
      "9,876.54 元",
    );
  });

  it("shows rates as percentages, whatever the cell writes (0.1, 10% or 10 in a 费率(%) column)", () => {
    const rate = change({
      role: "rate",
      measure: "ratio",
      unit: null,
      address: "F6",
      before: { value: 10, formula: null },
      after: { formula: null, value: 8 },
      figures: { before: "0.1", after: "0.08" },
    });
    expect([formatFigure(rate, "before", "zh-CN"), formatFigure(rate, "after", "zh-CN")]).toEqual(["10%", "8%"]);
    expect(formatRatio("0.0727")).toBe("7.27%");
    expect(formatRatio("0.125")).toBe("12.5%");
  });
});

describe("pane errors", () => {
  it("append the sheet and cell a BridgeError names", () => {
    const err = toPaneError(new BridgeError("写入失败", "Write failed", "运维预算表", "G7"));
    expect(formatPaneError(err, "zh-CN")).toBe("写入失败（工作表 运维预算表，单元格 G7）");
    expect(formatPaneError(err, "en-US")).toBe("Write failed (sheet 运维预算表, cell G7)");
  });

  it("show a plain error's message, and something for a non-error", () => {
    expect(formatPaneError(toPaneError(new Error("boom")), "en-US")).toBe("boom");
    expect(formatPaneError(toPaneError("text thrown"), "zh-CN")).toBe("text thrown");
    expect(formatPaneError(toPaneError(undefined), "zh-CN")).toBe("未知错误");
    expect(formatPaneError(toPaneError({ message: "office error", code: "GeneralException" }), "zh-CN")).toBe(
      "office error",
    );
  });

  it("word the pane's own errors in both locales", () => {
    const err = toPaneError(localizedError("error.unknownStandard", { id: "abc" }));
    expect(formatPaneError(err, "zh-CN")).toContain("abc");
    expect(formatPaneError(err, "en-US")).toMatch(/^Standard abc/);
  });
});

describe("profile choices", () => {
  it("round-trip through the saved form, dropping auto and unknown values", () => {
    const choices = choicesFromSaved({ kind: "om", system: "nonsense" as never, tier: null, lastYearOm: "230000" });
    expect(choices).toEqual({
      kind: "om",
      system: "auto",
      tier: "auto",
      lastYearOm: "230000",
      includeHidden: false,
      values: {},
    });
    expect(choicesToSaved(choices)).toEqual({ kind: "om", lastYearOm: "230000" });
    expect(choicesFromSaved(undefined)).toEqual({
      kind: "auto",
      system: "auto",
      tier: "auto",
      lastYearOm: "",
      includeHidden: false,
      values: {},
    });
  });

  it("become engine overrides with the amount as a Decimal", () => {
    const o = choicesToOverrides({
      kind: "auto",
      system: "website",
      tier: "small",
      lastYearOm: "1,000",
      includeHidden: false,
      values: {},
    });
    expect(o.kind).toBeUndefined();
    expect(o.system).toBe("website");
    expect(o.tier).toBe("small");
    expect(o.lastYearOm?.toFixed()).toBe("1000");
    expect(o.includeHiddenSheets).toBeUndefined();
  });

  it("keep 包含隐藏工作表 only when it is ticked, saved and passed to the engine", () => {
    const on = { ...choicesFromSaved({ includeHiddenSheets: true }) };
    expect(on.includeHidden).toBe(true);
    expect(choicesToSaved(on)).toEqual({ includeHiddenSheets: true });
    expect(choicesToOverrides(on).includeHiddenSheets).toBe(true);
    expect(choicesFromSaved({ includeHiddenSheets: "yes" as never }).includeHidden).toBe(false);
  });

  it("refuse an amount that is not a number", () => {
    expect(() =>
      choicesToOverrides({
        kind: "auto",
        system: "auto",
        tier: "auto",
        lastYearOm: "lots",
        includeHidden: false,
        values: {},
      }),
    ).toThrow(/lots/);
  });
});

describe("a pack's profile values", () => {
  it("read back from a workbook keep only known names with short text values", () => {
    expect(
      valuesFromSaved({
        approved_total: "100万",
        nonsense: "1",
        change_amount: 5,
        __proto__x: "y",
        unit_name: "x".repeat(201),
      }),
    ).toEqual({ approved_total: "100万" });
    expect(valuesFromSaved(["approved_total"])).toEqual({});
    expect(valuesFromSaved(null)).toEqual({});
    expect(valuesToSaved({ approved_total: " ", review_route: "normal" })).toEqual({ review_route: "normal" });
    expect(valuesToSaved({ approved_total: "" })).toBeUndefined();
  });

  it("are parsed by type: money as Decimal, counts, real dates, listed choices, yes/no, text", () => {
    expect(parseProfileValue(PROFILE_VALUES.approved_total, "1,000,000.50")?.toString()).toBe("1000000.5");
    expect(Decimal.isDecimal(parseProfileValue(PROFILE_VALUES.approved_total, "100"))).toBe(true);
    expect(parseProfileValue(PROFILE_VALUES.approved_total, "lots")).toBeNull();
    expect(parseProfileValue(PROFILE_VALUES.subsystems_this_year, "3")).toBe(3);
    expect(parseProfileValue(PROFILE_VALUES.subsystems_this_year, "2.5")).toBeNull();
    expect(parseProfileValue(PROFILE_VALUES.acceptance_date, "2024-02-29")).toBe("2024-02-29");
    expect(parseProfileValue(PROFILE_VALUES.acceptance_date, "2023-02-29")).toBeNull();
    expect(parseProfileValue(PROFILE_VALUES.review_route, "normal")).toBe("normal");
    expect(parseProfileValue(PROFILE_VALUES.review_route, "fast")).toBeNull();
    expect(parseProfileValue(PROFILE_VALUES.classified, "false")).toBe(false);
    expect(parseProfileValue(PROFILE_VALUES.classified, "yes")).toBeNull();
    expect(parseProfileValue(PROFILE_VALUES.unit_name, " 某局 ")).toBe("某局");
    expect(parseProfileValue(PROFILE_VALUES.unit_name, "  ")).toBeNull();
  });
});

describe("bundled standards", () => {
  it("list the Yangpu pack first and load it validated", () => {
    expect(listStandards()[0]).toEqual({
      id: "yangpu-2023",
      title: "杨浦区区本级电子政务项目通用类配置标准（2023）",
      titleEn: "Yangpu District e-government project configuration standard (2023)",
    });
    const pack = getStandard("yangpu-2023");
    expect(pack.id).toBe("yangpu-2023");
    expect(getStandard("yangpu-2023")).toBe(pack);
  });

  it("name an unknown id", () => {
    expect(() => getStandard("nowhere")).toThrow(/nowhere/);
  });
});

describe("error location", () => {
  test.each([
    ["a message that names neither gets both", "单元格受保护", "单元格受保护（工作表 运维，单元格 G6）"],
    [
      "a message that already names sheet and cell is left alone",
      "单元格 运维!G6 在检查后被修改过",
      "单元格 运维!G6 在检查后被修改过",
    ],
  ])("%s", (_, message, shown) => {
    expect(formatPaneError({ message, sheet: "运维", address: "G6" }, "zh-CN")).toBe(shown);
  });
});
