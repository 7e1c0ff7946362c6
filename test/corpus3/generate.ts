import type { WorkbookSnapshot } from "../../src/core/snapshot/types";
import { Maker } from "./content-kit";
import { constructionContent } from "./construction";
import { pickDims } from "./dimensions";
import { layOut } from "./layout";
import { allItems, type Content } from "./model";
import { round, str, sum, type Unit } from "./money";
import { estimateContent, omContent, serviceContent } from "./om";
import { Rand } from "./rand";
import { PROJECTS, resolveDims } from "./resolve";
import { review, type AbsFinding } from "./review";
import { expectations } from "./truth";
import { approve } from "./verdict";

/**
 * A seeded, realistic 电子政务项目 budget workbook with its ground truth: the lines (sheet, row, amount in 元,
 * category), the 送审 total, the project facts, the findings a careful reviewer writes down under yangpu-2023, and
 * the 审定 total of domain.md §6.
 */
export interface Generated {
  name: string;
  dims: Record<string, string>;
  snapshot: WorkbookSnapshot;
  truth: {
    unit: "元" | "万元";
    lines: { sheet: string; row: number; name: string; amount: string; category: string }[];
    submitted: string;
    project: {
      kind: "construction" | "upgrade" | "om" | "service";
      system: "oa" | "video-conference" | "website" | "server-room" | "info-release" | "hotline" | "other";
      tier: "small" | "medium" | "large" | null;
    };
    expect: { rule: string; severity: "error" | "warning"; sheet?: string; row?: number; cell?: string }[];
    approved: string;
  };
}

/** The content rules a violation must produce (rule:severity), and those it may bring along. */
function required(vio: string, c: Content): string[] {
  const v = vio.split(":")[0];
  switch (v) {
    case "dev-price":
      return ["dev.person-month-price:error"];
    case "four-fees":
      return ["fees.four-fees-cap:error"];
    case "integration-high":
      return ["fees.integration-rate:error"];
    case "integration-low":
      return ["fees.integration-rate:warning"];
    case "sectest-high":
      return ["fees.security-test-rate:error"];
    case "sectest-low":
      return ["fees.security-test-rate:warning"];
    case "crypto-missing":
      return ["fees.crypto-test-missing:warning"];
    case "supervision-missing":
      return ["process.supervision-required:error"];
    case "tier": {
      const s = c.facts.system;
      if (s === "hotline") return ["policy.hotline:warning"];
      if (s === "server-room")
        return [vio.endsWith("uncovered") ? "tier.server-room:warning" : "tier.server-room:error"];
      return [`tier.${s}:error`];
    }
    case "om-hw":
      return ["om.hardware-rate:error"];
    case "om-sec":
      return ["om.security-device-rate:error"];
    case "om-sw":
      return ["om.product-software-rate:error"];
    case "om-sw-unknown":
      return ["om.product-software-rate:warning"];
    case "om-app":
    case "om-app-unknown-high":
      return ["om.app-software-rate:error"];
    case "om-app-unknown":
      return ["om.app-software-rate:warning"];
    case "om-excluded":
      return ["om.excluded-item:error"];
    default:
      return [];
  }
}

function acceptable(found: AbsFinding[], c: Content, dims: Record<string, string>): boolean {
  const need = required(c.violation, c);
  const allowed = new Set(need);
  if (dims.devBasis === "none") allowed.add("dev.effort-basis-missing:warning");
  if (dims.dengbao.startsWith("level3")) allowed.add("cost.excluded-dengbao:error");
  const keys = new Set(found.map((f) => `${f.rule}:${f.severity}`));
  for (const k of keys) if (!allowed.has(k)) return false;
  return need.every((k) => keys.has(k));
}

function content(dims: Record<string, string>, r: Rand, attempt: number): Content {
  const { kind, system } = PROJECTS[dims.project];
  const m = new Maker(r, dims, dims.unit as Unit);
  const c =
    kind === "om"
      ? omContent(m)
      : kind === "service"
        ? serviceContent(m)
        : constructionContent(m, kind, system, attempt);
  if ((kind === "construction" || kind === "upgrade") && dims.omEstimate === "sheet")
    c.omEstimate = estimateContent(m, c);
  if (dims.extraColumn === "lastYear") {
    for (const it of allItems(c.groups))
      it.lastYear = r.chance(0.75) ? round(it.amount.times(r.step(0.85, 1.1, 0.01)).div(100), 0).times(100) : null;
  }
  if (c.violation.startsWith("arithmetic") && !allItems(c.groups).some((i) => i.typo)) c.violation = "none";
  return c;
}

export function generateBudget(seed: number): Generated {
  const rand = new Rand(seed);
  const dims = resolveDims(pickDims(rand), rand);
  let picked: { c: Content; found: AbsFinding[]; approved: ReturnType<typeof approve> } | null = null;
  for (let attempt = 0; attempt < 70 && !picked; attempt++) {
    const use = attempt < 45 ? dims : { ...dims, violation: "none" };
    const c = content(use, rand.fork(), attempt % 45);
    const rev = review(c);
    if (rev.borderline.length || !acceptable(rev.findings, c, use)) continue;
    const approved = approve(c, rev.findings);
    if (approved.ambiguous) continue;
    picked = { c, found: rev.findings, approved };
  }
  if (!picked) throw new Error(`seed ${seed}: no acceptable budget for ${JSON.stringify(dims)}`);
  const { c, found, approved } = picked;
  dims.violation = c.violation;
  if (dims.sheetLayout === "summary-formula" && dims.formulas === "constants") dims.sheetLayout = "summary-equal";
  let laid: ReturnType<typeof layOut>;
  try {
    laid = layOut(c, dims, rand.fork());
  } catch (e) {
    throw new Error(`seed ${seed} ${JSON.stringify(dims)}: ${(e as Error).message}`);
  }
  if (!laid.wrong.length && dims.violation === "subtotal-wrong") dims.violation = "none";

  // Lines of the 运维费用估算 sheet are outside the project (不计入建设投资, domain.md §3.15): not counted.
  const items = allItems(c.groups).filter((i) => !i.standFor);
  const lines = items.map((it) => {
    const at = laid.lines.get(it.id);
    if (!at) throw new Error(`seed ${seed}: line ${it.id} ${it.name} was not laid out`);
    return { sheet: at.sheet, row: at.row, name: it.name, amount: str(it.amount), category: it.cat };
  });
  const submitted = sum(items.map((i) => i.amount));
  if (!submitted.eq(approved.submitted)) throw new Error(`seed ${seed}: submitted disagrees`);
  return {
    name: `g${String(seed).padStart(6, "0")}`,
    dims,
    snapshot: laid.snapshot,
    truth: {
      unit: dims.unit as Unit,
      lines,
      submitted: str(submitted),
      project: { kind: c.facts.kind, system: c.facts.system, tier: c.facts.tier },
      expect: expectations(found, laid, c),
      approved: str(approved.total),
    },
  };
}
