import * as fs from "fs";
import * as path from "path";
import type { BudgetLine, BudgetModel, ProfileOverrides, ProjectProfile } from "../../../src/core/model/types";
import type { Finding } from "../../../src/core/model/finding";
import type { StandardPack } from "../../../src/core/standards/types";
import { loadStandard } from "../../../src/core/standards/load-standard";
import { auditModel } from "../../../src/core/engine";
import type { FieldNaming } from "../../../src/core/setup";
import { model } from "../../support/model";

export const DISTRICT_PACKS = ["qingpu-2024", "luohu-2024", "gongshu-draft", "qingyang-2024"] as const;

const cache = new Map<string, StandardPack>();

/** A bundled pack, validated as the product loads it. */
export function pack(id: string): StandardPack {
  let p = cache.get(id);
  if (!p) {
    const json = JSON.parse(fs.readFileSync(path.join(__dirname, "../../../standards", `${id}.json`), "utf8"));
    cache.set(id, (p = loadStandard(json, { expectedId: id })));
  }
  return p;
}

export function packRaw(id: string): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(path.join(__dirname, "../../../standards", `${id}.json`), "utf8"));
}

/** Audits hand-built lines under a pack; `title` becomes the heading text (the project's name). */
export function run(
  id: string,
  lines: BudgetLine[],
  opts: {
    profile?: Partial<ProjectProfile>;
    overrides?: ProfileOverrides;
    title?: string;
    extra?: Partial<BudgetModel>;
    naming?: FieldNaming;
  } = {},
): Finding[] {
  const m = model(lines, opts.profile ?? {}, {
    headingText: opts.title ? `预算表\n${opts.title}` : "预算表",
    ...(opts.extra ?? {}),
  });
  return auditModel(m, pack(id), opts.overrides ?? {}, { naming: opts.naming }).findings;
}

export function ofRule(findings: Finding[], rule: string): Finding[] {
  return findings.filter((f) => f.rule === rule);
}

import Decimal from "decimal.js";
import { line, type LineSpec } from "../../support/model";

export const wan = (v: Decimal.Value) => new Decimal(v).times(10000);
export const yuan = (v: Decimal.Value) => wan(v).toFixed();

/** A line in 万元. */
export function w(name: string, category: LineSpec["category"], amount: Decimal.Value, more: Partial<LineSpec> = {}) {
  return line({ name, category, unit: "万元", amount, ...more });
}

/** A budget of exactly `total` 万元: one development line plus `others`, which are taken out of the development. */
export function budget(total: Decimal.Value, others: ReturnType<typeof w>[] = []) {
  const rest = others.reduce((a, l) => a.plus(l.amount?.value ?? 0), new Decimal(0));
  const dev = new Decimal(total).minus(rest.dividedBy(10000));
  return [w("应用软件定制开发", "development", dev.toFixed()), ...others];
}
