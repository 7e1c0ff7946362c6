/**
 * Injected into the real task pane page by the browser tests (page.addInitScript): a fake Excel holding the
 * acceptance O&M budget, exposed as the pane's test host. The location hash picks variants:
 * "#dark", "#en-US", "#api=1.6", "#book=oa" (the upgrade sample, 万元, instead of the O&M budget), "#book=qingpu" (the
 * upgrade sample drafted in 青浦: its title and 编制单位 name 青浦 instead of 杨浦), "#book=notes" (no budget table, only
 * text), "#book=blank" (one empty sheet, to draft in), "#book=big" (an O&M budget of 10,000 over-rate lines),
 * "#bigrecord" (a crafted 5.7 MB flag record in the settings), comma-separated.
 */
import { fakeFromSnapshot } from "../support/fake-from-snapshot";
import { oaUpgrade, omBudget } from "../acceptance/workbooks";
import type { WorkbookSnapshot } from "../../src/core/snapshot/types";

const options = new Set(location.hash.replace(/^#/, "").split(",").filter(Boolean));
const api = [...options].find((o) => o.startsWith("api="))?.slice(4) ?? "1.18";
const qingpu = options.has("book=qingpu");
const construction = options.has("book=oa") || qingpu;
function inQingpu(wb: ReturnType<typeof oaUpgrade>): ReturnType<typeof oaUpgrade> {
  const swap = (v: unknown) => (typeof v === "string" ? v.replace(/杨浦/g, "青浦") : v);
  return {
    ...wb,
    sheets: wb.sheets.map((sh) => ({ ...sh, values: sh.values.map((row) => row.map(swap)) as typeof sh.values })),
  };
}
const sheet = (name: string, values: WorkbookSnapshot["sheets"][number]["values"]): WorkbookSnapshot => ({
  name: "当前工作簿",
  sheets: [{ name, origin: { row: 0, col: 0 }, values, merges: [] }],
});
/** 10,000 PC server maintenance lines at 10% (the cap is 8%): 按标准核定 plans 20,000 cells. */
function big(): WorkbookSnapshot {
  const rows: WorkbookSnapshot["sheets"][number]["values"] = [
    ["2025年度杨浦区XX委电子政务系统运维项目预算表"],
    [null, null, null, null, null, null, "单位：元"],
    ["序号", "设备名称", "品牌型号", "数量", "购置金额", "维护费率", "年维护费"],
  ];
  for (let i = 1; i <= 10000; i++) rows.push([i, `PC服务器维保${i}`, "NF5280", 1, 100000, 0.1, 10000]);
  return sheet("运维预算表", rows);
}
const which = [...options].find((o) => o.startsWith("book="))?.slice(5);
const snapshot =
  which === "notes"
    ? sheet("会议纪要", [["会议纪要"], ["讨论了项目进度，下周提交预算。"]])
    : which === "blank"
      ? sheet("Sheet1", [[null]])
      : which === "big"
        ? big()
        : qingpu
          ? inQingpu(oaUpgrade())
          : construction
            ? oaUpgrade()
            : omBudget();
const book = fakeFromSnapshot(snapshot, api);
// The user's own formatting, which clearing must give back.
if (!which && !construction) book.sheet("运维预算表")!.ensure(5, 6).fill = { color: "#FFFF00" };
// A crafted flag record larger than Excel on the web hands back in one response.
if (options.has("bigrecord"))
  book.settings.set("budgetRuler.flags", JSON.stringify({ version: 1, cells: [], pad: "x".repeat(5.7 * 1024 * 1024) }));

const host = {
  run: book.run,
  isSetSupported: book.isSetSupported,
  theme: options.has("dark") ? ("dark" as const) : ("light" as const),
  locale: options.has("en-US") ? ("en-US" as const) : ("zh-CN" as const),
  book,
};
(window as unknown as { __budgetRulerTestHost: typeof host }).__budgetRulerTestHost = host;
