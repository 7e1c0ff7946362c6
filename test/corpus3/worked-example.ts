import { d, str } from "./money";
import type { Content, Item } from "./model";
import { review } from "./review";
import { approve } from "./verdict";

/**
 * domain.md §6's worked example (the upgrade sample, 万元): 开发 26 → 20 (10 人月 × 2), 集成 4.68 → 4.16 (8% × 52),
 * 项目建设费 审定 102.16, four fees 12.5 → 10.216; 送审 121.18, 审定 112.376. Rebuilt as content and run through the
 * reviewer and the verdict, in 元.
 */
export function workedExample(): { submitted: string; approved: string } {
  const w = (x: number) => d(x).times(10000);
  let n = 0;
  const line = (name: string, cat: Item["cat"], amount: number, extra: Partial<Item> = {}): Item => ({
    id: `w${++n}`,
    name,
    cat,
    amount: w(amount),
    ...extra,
  });
  const items: Item[] = [
    line("服务器", "hardware", 30),
    line("数据库软件", "product-software", 22),
    line("流程审批模块定制开发", "development", 26, { effort: { count: d(10), price: w(2.6), where: "unit" } }),
    line("数据治理服务", "data-service", 26),
    line("系统集成费", "integration", 4.68),
    line("咨询费", "consulting", 5),
    line("监理费", "supervision", 3.5),
    line("软件测评费", "software-test", 2.5),
    line("安全测评费", "security-test", 1.5),
  ];
  const c: Content = {
    facts: { kind: "upgrade", system: "other", tier: null, unitName: "", projectName: "", year: 2025 },
    unit: "万元",
    groups: [{ id: "g", role: "fees", title: "", items, subs: [] }],
    omEstimate: [],
    violation: "",
  };
  const rev = review(c);
  const a = approve(c, rev.findings);
  return { submitted: str(a.submitted), approved: str(a.total) };
}
