import type Decimal from "decimal.js";
import { statedCount, type AbsFinding } from "./review";
import { allItems, type Cat, type Content, type Item } from "./model";
import { d, round, sum } from "./money";

/**
 * 审定 per domain.md §6: line caps, then integration, then security test, then the four fees on the approved
 * 项目建设费, each line never above 送审 and rounded half-up to 0.01 元. The text does not say whether a line is
 * rounded after every step or only at the end; both are computed and a budget on which they differ is drawn again.
 */

const BASE: Cat[] = [
  "hardware",
  "security-product",
  "product-software",
  "development",
  "data-service",
  "facility",
  "integration",
];
const PURCHASE: Cat[] = ["hardware", "security-product", "product-software"];
const FOUR: Cat[] = ["consulting", "supervision", "software-test", "security-test"];
const CAP_PRICE = d(20000);

export interface Approved {
  byItem: Map<string, Decimal>;
  total: Decimal;
  submitted: Decimal;
  /** The two readings of "rounded" disagree. */
  ambiguous: boolean;
}

function run(c: Content, findings: AbsFinding[], roundEachStep: boolean): Map<string, Decimal> {
  const main = allItems(c.groups).filter((i) => !i.standFor);
  const all = [...main, ...allItems(c.omEstimate)];
  const ok = new Map<string, Decimal>(all.map((i) => [i.id, i.amount]));
  const byId = new Map(all.map((i) => [i.id, i]));
  const settle = (id: string, v: Decimal) => {
    const cap = byId.get(id)!.amount;
    const x = v.gt(cap) ? cap : v;
    ok.set(id, roundEachStep ? round(x, 2) : x);
  };
  const errs = findings.filter((f) => f.severity === "error");
  // 1. line caps
  for (const f of errs) {
    if (!f.item) continue;
    const it = byId.get(f.item)!;
    switch (f.rule) {
      case "dev.person-month-price": {
        const n = statedCount(it);
        settle(it.id, n ? n.times(CAP_PRICE) : it.amount.times(CAP_PRICE).div(it.effort!.price));
        break;
      }
      case "om.hardware-rate":
      case "om.security-device-rate":
      case "om.product-software-rate":
      case "om.app-software-rate":
        settle(it.id, it.upkeep!.base.times(f.capRate!));
        break;
      case "om.excluded-item":
      case "cost.excluded-dengbao":
        settle(it.id, d(0));
        break;
      default:
        break;
    }
  }
  const total = (cats: Cat[]) => sum(main.filter((i) => cats.includes(i.cat)).map((i) => ok.get(i.id)!));
  const spread = (lines: Item[], target: Decimal) => {
    const cur = sum(lines.map((i) => ok.get(i.id)!));
    if (cur.lte(target) || cur.isZero()) return;
    const before = lines.map((i) => ok.get(i.id)!);
    lines.forEach((i, k) => settle(i.id, target.times(before[k]).div(cur)));
  };
  // 2. integration, 3. security test, 4. the four fees
  if (errs.some((f) => f.rule === "fees.integration-rate"))
    spread(
      main.filter((i) => i.cat === "integration"),
      total(PURCHASE).times(0.08),
    );
  if (errs.some((f) => f.rule === "fees.security-test-rate"))
    spread(
      main.filter((i) => i.cat === "security-test"),
      total(BASE).times(0.02),
    );
  if (errs.some((f) => f.rule === "fees.four-fees-cap"))
    spread(
      main.filter((i) => FOUR.includes(i.cat)),
      total(BASE).times(0.1),
    );
  for (const [id, v] of ok) ok.set(id, round(v, 2));
  return ok;
}

export function approve(c: Content, findings: AbsFinding[]): Approved {
  const a = run(c, findings, true);
  const b = run(c, findings, false);
  let ambiguous = false;
  for (const [id, v] of a) if (!v.eq(b.get(id)!)) ambiguous = true;
  // The 运维费用估算 of a construction workbook is not asked for (不计入建设投资): not in 送审 or 审定.
  const items = allItems(c.groups).filter((i) => !i.standFor);
  return {
    byItem: a,
    total: sum(items.map((i) => a.get(i.id)!)),
    submitted: sum(items.map((i) => i.amount)),
    ambiguous,
  };
}
