import type { Dims } from "./dimensions";
import type { Kind, System } from "./model";
import type { Rand } from "./rand";

/**
 * Settles the combinations a clerk could not write, so that every workbook is one a unit could submit: numbers typed as
 * text are never under a live formula, a 人月 unit needs a 单位 column, a printed form with 本页小计 has no section sums,
 * an O&M budget has no 可研 matrix. Returns the dimension values actually used.
 */

export const PROJECTS: Record<string, { kind: Kind; system: System }> = {
  "oa-new": { kind: "construction", system: "oa" },
  "video-new": { kind: "construction", system: "video-conference" },
  "website-new": { kind: "construction", system: "website" },
  "server-room-new": { kind: "construction", system: "server-room" },
  "info-release-new": { kind: "construction", system: "info-release" },
  "hotline-new": { kind: "construction", system: "hotline" },
  "other-new": { kind: "construction", system: "other" },
  "other-upgrade": { kind: "upgrade", system: "other" },
  "oa-upgrade": { kind: "upgrade", system: "oa" },
  om: { kind: "om", system: "other" },
  service: { kind: "service", system: "other" },
};

const CONSTRUCTION_VIOLATIONS = [
  "dev-price",
  "four-fees",
  "integration-high",
  "integration-low",
  "sectest-high",
  "sectest-low",
  "crypto-missing",
  "supervision-missing",
  "arithmetic",
  "subtotal-wrong",
  "tier",
];
const OM_VIOLATIONS = [
  "om-hw",
  "om-sec",
  "om-sw",
  "om-sw-unknown",
  "om-app",
  "om-app-unknown",
  "om-app-unknown-high",
  "om-excluded",
];

export function resolveDims(raw: Dims, rand: Rand): Dims {
  const e: Dims = { ...raw };
  const { kind, system } = PROJECTS[e.project];
  const om = kind === "om";
  const service = kind === "service";

  // ── the violation, for what this project can break ──
  let vio = e.violation;
  if (om) {
    if (vio !== "none" && !["dev-price", "arithmetic", "subtotal-wrong"].includes(vio)) vio = rand.pick(OM_VIOLATIONS);
  } else if (service) {
    if (vio !== "none" && !["arithmetic", "subtotal-wrong"].includes(vio))
      vio = rand.pick(["arithmetic", "subtotal-wrong"]);
  } else {
    if (vio === "om-rate") vio = rand.pick(CONSTRUCTION_VIOLATIONS);
    if (vio === "tier" && system === "other")
      vio = rand.pick(["four-fees", "dev-price", "integration-high", "crypto-missing"]);
    if (vio === "supervision-missing" && !["other", "hotline", "video-conference"].includes(system))
      vio = "crypto-missing";
    if (
      system === "info-release" &&
      [
        "four-fees",
        "integration-high",
        "integration-low",
        "sectest-high",
        "sectest-low",
        "supervision-missing",
      ].includes(vio)
    )
      vio = "tier";
    if (system === "hotline" && kind !== "construction" && vio === "tier") vio = "four-fees";
  }
  e.violation = vio;

  // ── what an O&M or service budget does not have ──
  if (om || service) {
    if (e.template === "keyan") e.template = "grouped";
    if (e.sheetLayout === "side-by-side") e.sheetLayout = "stacked";
    e.omEstimate = "none";
    e.dengbao = "none";
    const allowed = om
      ? ["none", "lastYear", "funding", "wanRepeat", "basis"]
      : ["none", "lastYear", "funding", "wanRepeat", "tax", "basis"];
    if (!allowed.includes(e.extraColumn)) e.extraColumn = "none";
    if (om && ["matrix"].includes(e.columnOrder)) e.columnOrder = "std";
  }
  if (!om && e.omEstimate === "none") e.omRateStyle = "n/a";
  if (om) {
    if (["unit", "column"].includes(e.devBasis)) e.devBasis = "name";
  }

  if (e.extraColumn === "lastYear" && kind === "construction") e.extraColumn = "none";

  // ── columns ──
  if (e.extraColumn === "matrix") e.columnOrder = "matrix";
  // Tier rules count servers, terminals, MCUs and seats: a form without a 数量 column cannot show them.
  if (
    ["oa", "website", "video-conference", "hotline"].includes(system) &&
    ["amountOnly", "matrix"].includes(e.columnOrder)
  ) {
    e.columnOrder = "std";
    if (e.extraColumn === "matrix") e.extraColumn = "none";
  }
  if (e.violation === "arithmetic" && ["amountOnly", "matrix"].includes(e.columnOrder)) {
    e.columnOrder = "std";
    if (e.extraColumn === "matrix") e.extraColumn = "none";
  }
  const hasUnitCol = !["minimal", "amountOnly", "matrix"].includes(e.columnOrder) && !om;
  const hasQtyPrice = !["amountOnly", "matrix"].includes(e.columnOrder);
  if (e.devBasis === "unit" && !hasUnitCol) e.devBasis = "name";
  if (e.devBasis === "column" && (om || !hasQtyPrice)) e.devBasis = "remark-count";
  if (["discount", "tax", "lastYear"].includes(e.extraColumn) && !hasQtyPrice && !om) e.extraColumn = "none";

  // ── units ──
  // ¥ and "12.5万" cells belong to 元 forms (a 万元 sheet has no reason to say 万 in a cell)
  if (["currency", "wan"].includes(e.numbersAsText) || e.extraColumn === "tax" || e.extraColumn === "wanRepeat")
    e.unit = "元";
  if (e.unitPlacement === "cell") {
    e.unit = "元";
    e.numbersAsText = "wan";
  }
  if (e.unitPlacement === "mixed-cols") {
    if (
      !hasQtyPrice ||
      om ||
      (e.unit === "元" &&
        (["currency", "wan"].includes(e.numbersAsText) || e.extraColumn === "tax" || e.extraColumn === "wanRepeat"))
    )
      e.unitPlacement = "header";
    else e.unit = "万元";
  }
  if (e.unitPlacement === "none" && e.unit === "万元") e.unitPlacement = "row";
  if (e.numbersAsText === "wan" && e.unitPlacement === "none") e.unitPlacement = "row";

  // ── formulas ──
  if (e.numbersAsText !== "none") e.formulas = "constants";
  if (e.formulas === "uncached-totals" && ["head-sum", "mixed"].includes(e.sectionSums)) e.formulas = "cached";

  // ── pages and sheets ──
  if (e.violation === "subtotal-wrong") {
    e.paging = "none";
    if (e.sheetLayout !== "single" && e.sheetLayout !== "stacked") e.sheetLayout = "single";
  }
  if (e.paging === "pages") {
    e.sheetLayout = "single";
    e.sectionSums = "none";
    if (e.template === "keyan") e.template = "grouped";
    if (!["below-named", "below-in-seq"].includes(e.totalPlace)) e.totalPlace = "below-named";
  }
  if (e.template === "flat") e.sectionSums = "none";
  if (
    e.violation === "subtotal-wrong" &&
    !["sub-below", "named-sub-below"].includes(e.sectionSums) &&
    !["below-named", "below-in-seq"].includes(e.totalPlace)
  ) {
    e.totalPlace = "below-named";
  }
  if (
    e.formulas === "uncached-totals" &&
    !["sub-below", "named-sub-below"].includes(e.sectionSums) &&
    !["below-named", "below-in-seq", "above"].includes(e.totalPlace)
  ) {
    e.formulas = "cached";
  }
  if (!e.sheetLayout.startsWith("summary")) e.detailUnit = "n/a";
  if (kind !== "construction" && kind !== "upgrade") e.omEstimate = "none";
  return e;
}
