/**
 * Injected into the real task pane page by the browser tests (page.addInitScript): a fake Excel holding the
 * acceptance O&M budget, exposed as the pane's test host. The location hash picks variants:
 * "#dark", "#en-US", "#api=1.6", "#book=oa" (the upgrade sample, 万元, instead of the O&M budget), "#book=qingpu" (the
 * upgrade sample drafted in 青浦: its title and 编制单位 name 青浦 instead of 杨浦), comma-separated.
 */
import { fakeFromSnapshot } from "../support/fake-from-snapshot";
import { oaUpgrade, omBudget } from "../acceptance/workbooks";

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
const book = fakeFromSnapshot(qingpu ? inQingpu(oaUpgrade()) : construction ? oaUpgrade() : omBudget(), api);
// The user's own formatting, which clearing must give back.
if (!construction) book.sheet("运维预算表")!.ensure(5, 6).fill = { color: "#FFFF00" };

const host = {
  run: book.run,
  isSetSupported: book.isSetSupported,
  theme: options.has("dark") ? ("dark" as const) : ("light" as const),
  locale: options.has("en-US") ? ("en-US" as const) : ("zh-CN" as const),
  book,
};
(window as unknown as { __budgetRulerTestHost: typeof host }).__budgetRulerTestHost = host;
