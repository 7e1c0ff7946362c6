import type Decimal from "decimal.js";
import { TIER_LIMITS } from "./construction";
import { allItems, type Cat, type Content, type Item, type Tier } from "./model";
import { d, sum, ZERO } from "./money";

/**
 * The reviewer: the error and warning findings domain.md §4 (pack yangpu-2023) gives for a budget's content,
 * computed from the amounts as written. Layout findings (arithmetic typed wrong, a 小计 typed wrong, a formula saved
 * without its value) are added by the writer. A ratio or total close to a limit is "borderline": such a budget is
 * drawn again, so that every expectation is clear-cut.
 */

export interface AbsFinding {
  rule: string;
  severity: "error" | "warning";
  /** The line the finding is about (its row; the cell when `cell` says which). */
  item?: string;
  cell?: "price" | "amount";
  /** Lines of a group rule (the sheet is theirs when they share one). */
  items?: string[];
  /** For the verdict: the cap rate named (O&M), or the kind of adjustment. */
  capRate?: Decimal;
}

export interface Review {
  findings: AbsFinding[];
  borderline: string[];
}

const BASE_CATS: Cat[] = [
  "hardware",
  "security-product",
  "product-software",
  "development",
  "data-service",
  "facility",
  "integration",
];
const PURCHASE_CATS: Cat[] = ["hardware", "security-product", "product-software"];
const FOUR: Cat[] = ["consulting", "supervision", "software-test", "security-test"];

const of = (items: Item[], cats: Cat[]): Decimal => sum(items.filter((i) => cats.includes(i.cat)).map((i) => i.amount));

/** The 人月 count a reviewer can read off the sheet (null when only a price is stated, or nothing). */
export function statedCount(it: Item): Decimal | null {
  const w = it.effort?.where;
  return w && w !== "none" && w !== "remark-price" ? it.effort!.count : null;
}

export function review(c: Content): Review {
  const findings: AbsFinding[] = [];
  const borderline: string[] = [];
  const items = allItems(c.groups).filter((i) => !i.standFor);
  const estimate = allItems(c.omEstimate);
  const { kind } = c.facts;
  const building = kind === "construction" || kind === "upgrade";
  /** Is x within ±2% of a limit? (relative) */
  const near = (x: Decimal, limit: Decimal | number, label: string): void => {
    const l = d(limit);
    if (l.gt(0) && x.minus(l).abs().div(l).lt(0.02)) borderline.push(label);
  };

  for (const it of [...items, ...estimate]) lineRules(it, kind, estimate.includes(it), findings);

  if (building) {
    const P = of(items, PURCHASE_CATS);
    const C = of(items, BASE_CATS);
    const other = of(items, ["other"]);
    const I = of(items, ["integration"]);
    const integ = items.filter((i) => i.cat === "integration");
    if (integ.length) {
      if (P.isZero()) borderline.push("integration without purchase");
      else {
        const ratio = I.div(P);
        near(ratio, 0.08, "integration 8%");
        near(ratio, 0.05, "integration 5%");
        if (ratio.gt(0.08))
          findings.push({
            rule: "fees.integration-rate",
            severity: "error",
            item: integ[0].id,
            items: integ.map((i) => i.id),
            capRate: d(0.08),
          });
        else if (ratio.lt(0.05))
          findings.push({
            rule: "fees.integration-rate",
            severity: "warning",
            item: integ[0].id,
            items: integ.map((i) => i.id),
          });
      }
    }
    const sec = items.filter((i) => i.cat === "security-test");
    if (sec.length && C.gt(0)) {
      const S = of(items, ["security-test"]);
      for (const base of [C, C.plus(other)]) {
        near(S.div(base), 0.02, "security 2%");
        near(S.div(base), 0.005, "security 0.5%");
      }
      const ratio = S.div(C);
      if (ratio.gt(0.02))
        findings.push({
          rule: "fees.security-test-rate",
          severity: "error",
          item: sec[0].id,
          items: sec.map((i) => i.id),
          capRate: d(0.02),
        });
      else if (ratio.lt(0.005))
        findings.push({
          rule: "fees.security-test-rate",
          severity: "warning",
          item: sec[0].id,
          items: sec.map((i) => i.id),
        });
    }
    const four = items.filter((i) => FOUR.includes(i.cat));
    if (four.length && C.gt(0)) {
      const F = of(items, FOUR);
      near(F.div(C), 0.1, "four fees");
      near(F.div(C.plus(other)), 0.1, "four fees with other");
      if (F.gt(C.times(0.1)))
        findings.push({ rule: "fees.four-fees-cap", severity: "error", items: four.map((i) => i.id), capRate: d(0.1) });
    }
    if (!items.some((i) => i.cat === "crypto-test"))
      findings.push({ rule: "fees.crypto-test-missing", severity: "warning" });
    const A = buildAmount(items);
    if (!items.some((i) => i.cat === "supervision")) {
      near(A, 1000000, "supervision 100万");
      if (A.gte(1000000)) findings.push({ rule: "process.supervision-required", severity: "error" });
    }
    tierRules(c, items, A, findings, near, borderline);
  }
  return { findings, borderline };
}

/** 建设金额 (domain.md §3.6): every line of the construction budget except 等保. */
const buildAmount = (items: Item[]): Decimal => sum(items.filter((i) => i.cat !== "dengbao").map((i) => i.amount));

function lineRules(it: Item, kind: string, inEstimate: boolean, out: AbsFinding[]): void {
  if (it.cat === "development") {
    const e = it.effort;
    if (!e || e.where === "none") out.push({ rule: "dev.effort-basis-missing", severity: "warning", item: it.id });
    else if (e.price.gt(20000))
      out.push({
        rule: "dev.person-month-price",
        severity: "error",
        item: it.id,
        cell: e.where === "unit" ? "price" : undefined,
      });
  }
  if (
    it.cat === "dengbao" &&
    (it.dengbaoLevel ?? 0) >= 3 &&
    (kind === "construction" || kind === "upgrade") &&
    !inEstimate
  ) {
    out.push({ rule: "cost.excluded-dengbao", severity: "error", item: it.id });
  }
  const up = it.upkeep;
  if (!up) {
    if (it.cat === "om-excluded" && kind === "om")
      out.push({ rule: "om.excluded-item", severity: "error", item: it.id });
    return;
  }
  const ratio = it.amount.div(up.base);
  const rateCheck = (cap: number, rule: string, severity: "error" | "warning" = "error") => {
    if (up.rate.gt(cap) || ratio.gt(cap))
      out.push({ rule, severity, item: it.id, capRate: severity === "error" ? d(cap) : undefined });
  };
  switch (it.cat) {
    case "om-hardware":
      rateCheck({ A: 0.04, B: 0.06, C: 0.08 }[up.cls ?? "A"], "om.hardware-rate");
      break;
    case "om-security-device":
      rateCheck(0.1, "om.security-device-rate");
      break;
    case "om-product-software":
      if (up.sw === "unknown") out.push({ rule: "om.product-software-rate", severity: "warning", item: it.id });
      else rateCheck(up.sw === "domestic" ? 0.1 : 0.05, "om.product-software-rate");
      break;
    case "om-app-software": {
      if (up.complexity)
        rateCheck({ simple: 0.07, complex: 0.12, "very-complex": 0.2 }[up.complexity], "om.app-software-rate");
      else if (up.rate.gt(0.2))
        out.push({ rule: "om.app-software-rate", severity: "error", item: it.id, capRate: d(0.2) });
      else if (up.rate.gte(0.07)) out.push({ rule: "om.app-software-rate", severity: "warning", item: it.id });
      break;
    }
    default:
      break;
  }
}

function tierRules(
  c: Content,
  items: Item[],
  A: Decimal,
  out: AbsFinding[],
  near: (x: Decimal, l: Decimal | number, s: string) => void,
  borderline: string[],
): void {
  const { kind, system } = c.facts;
  const qtyOf = (pred: (i: Item) => boolean) => sum(items.filter(pred).map((i) => i.qty ?? d(1)));
  if (system === "oa" || system === "website") {
    const lim = TIER_LIMITS[system][c.facts.tier ?? "large"];
    const servers = qtyOf((i) => (i.cat === "hardware" || i.cat === "security-product") && i.name.includes("服务器"));
    const devs = items.filter((i) => i.cat === "development");
    const known = sum(
      devs.map((i) =>
        i.effort && i.effort.where !== "none" && i.effort.where !== "remark-price" ? i.effort.count : ZERO,
      ),
    );
    const all = sum(devs.map((i) => i.effort?.count ?? ZERO));
    const pmOver = known.gt(lim.pm);
    if (!pmOver && all.gt(lim.pm)) borderline.push("tier 人月 not all stated");
    near(A, lim.total, "tier total");
    if (servers.gt(lim.servers) || pmOver || A.gt(lim.total)) out.push({ rule: `tier.${system}`, severity: "error" });
  } else if (system === "video-conference") {
    const terminals = qtyOf((i) => i.cat === "hardware" && i.name.includes("终端"));
    const mcu = qtyOf((i) => i.cat === "hardware" && /MCU|多点控制/.test(i.name));
    const t: Tier = c.facts.tier ?? (terminals.lt(10) ? "small" : terminals.lte(30) ? "medium" : "large");
    const lim = {
      small: { term: 10, mcu: 1, total: 500000 },
      medium: { term: 30, mcu: 1, total: 1650000 },
      large: { term: Infinity, mcu: 2, total: Infinity },
    }[t];
    if (Number.isFinite(lim.total)) near(A, lim.total, "video total");
    if (terminals.gt(lim.term) || mcu.gt(lim.mcu) || A.gt(lim.total))
      out.push({ rule: "tier.video-conference", severity: "error" });
  } else if (system === "server-room") {
    const area = c.facts.area ?? 0;
    if ([20, 100, 300].includes(area)) borderline.push("area on a tier bound");
    if (area > 300) out.push({ rule: "tier.server-room", severity: "warning" });
    else {
      const limit = area <= 20 ? 300000 : area <= 100 ? 1000000 : 2400000;
      near(A, limit, "server room total");
      if (A.gt(limit)) out.push({ rule: "tier.server-room", severity: "error" });
    }
  } else if (system === "info-release") {
    near(A, 100000, "info release 10万");
    if (A.gt(100000)) out.push({ rule: "tier.info-release", severity: "error" });
  } else if (system === "hotline" && kind === "construction") {
    if ((c.facts.seats ?? 0) < 30) out.push({ rule: "policy.hotline", severity: "warning" });
  }
}
