/**
 * Injected into the real task pane page by the browser tests (page.addInitScript): a fake Excel holding the
 * acceptance O&M budget, exposed as the pane's test host. The location hash picks variants:
 * "#dark", "#en-US", "#api=1.6", "#book=oa" (the upgrade sample, 万元, instead of the O&M budget), comma-separated.
 */
import { fakeFromSnapshot } from "../support/fake-from-snapshot";
import { oaUpgrade, omBudget } from "../acceptance/workbooks";

const options = new Set(location.hash.replace(/^#/, "").split(",").filter(Boolean));
const api = [...options].find((o) => o.startsWith("api="))?.slice(4) ?? "1.18";
const construction = options.has("book=oa");
const book = fakeFromSnapshot(construction ? oaUpgrade() : omBudget(), api);
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
