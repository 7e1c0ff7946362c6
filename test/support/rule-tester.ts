import * as fs from "fs";
import * as path from "path";
import Decimal from "decimal.js";
import type { BudgetLine, ProfileOverrides, ProjectKind } from "../../src/core/model/types";
import type { Finding, Severity } from "../../src/core/model/finding";
import type { StandardPack } from "../../src/core/standards/types";
import { loadStandard } from "../../src/core/standards/load-standard";
import { auditModel } from "../../src/core/engine";
import { line, model, type LineSpec } from "./model";

/**
 * A rule tester in the manner of ESLint's RuleTester: one table per rule kind, each row a minimal budget run under a
 * real pack entry (standards/*.json) — `valid` rows give no finding of that entry, `invalid` rows exactly the findings
 * listed. A finding is compared on the fields its row gives (severity always; messageId, actual, limit, cell, cells
 * when given), so a row states what the rule decides and nothing it does not.
 */

/** A budget as the rows describe it: a kind, lines in 万元, the values the user gave and the heading (the title). */
export interface Row {
  name: string;
  kind?: ProjectKind;
  /** The lines; by default one development line of 50 万元. */
  lines?: BudgetLine[];
  overrides?: ProfileOverrides;
  /** The project's title, as the heading above the table. */
  title?: string;
}

export interface ExpectedFinding {
  severity: Severity;
  messageId?: string;
  /** Decimal strings, money in 元. */
  actual?: string | null;
  limit?: string | null;
  cell?: string | null;
  cells?: string[];
  /** Words the rendered Chinese message contains (what a row cannot say otherwise, such as an observed figure). */
  says?: string;
}

export interface InvalidRow extends Row {
  findings: ExpectedFinding[];
}

export interface RuleTable {
  valid: Row[];
  invalid: InvalidRow[];
  /** The entry fires on every budget (a notice): the table has no valid row. */
  always?: true;
}

/** A line of `amount` 万元 (the unit every row's budget is in). */
export function w(
  name: string,
  category: LineSpec["category"],
  amount: Decimal.Value,
  more: Partial<LineSpec> = {},
): BudgetLine {
  return line({ name, category, unit: "万元", amount, ...more });
}

/** 万元 as 元, the unit findings report money in. */
export const yuan = (wan: Decimal.Value): string => new Decimal(wan).times(10000).toFixed();

const packs = new Map<string, { raw: Record<string, unknown>; pack: StandardPack }>();

function loadPack(id: string) {
  let p = packs.get(id);
  if (!p) {
    const raw = JSON.parse(fs.readFileSync(path.join(__dirname, "../../standards", `${id}.json`), "utf8")) as Record<
      string,
      unknown
    >;
    p = { raw, pack: loadStandard(JSON.parse(JSON.stringify(raw)), { expectedId: id }) };
    packs.set(id, p);
  }
  return p;
}

/** The kinds a table was written for, so a test can require one for every generic kind. */
export const testedKinds = new Set<string>();

/** The findings of one pack entry on a row's budget. */
function findingsOf(packId: string, rule: string, row: Row): Finding[] {
  const lines = row.lines ?? [w("应用软件定制开发", "development", "50")];
  const heading = row.title ? `预算表\n${row.title}` : "预算表";
  const m = model(lines, { kind: row.kind ?? "construction", unit: "万元" }, { headingText: heading });
  return auditModel(m, loadPack(packId).pack, row.overrides ?? {}).findings.filter((f) => f.rule === rule);
}

function picked(f: Finding, e: ExpectedFinding): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(e) as (keyof ExpectedFinding)[])
    out[key] = key === "says" ? (f.message.includes(e.says!) ? e.says : f.message) : f[key];
  return out;
}

/**
 * Declares the table of `kind` under the pack entry `rule` of `packId` (a describe block with one test per row).
 * The entry must use the kind, so the table tests what it says it tests.
 */
export function ruleTester(kind: string, packId: string, rule: string, table: RuleTable): void {
  testedKinds.add(kind);
  describe(`${kind} — ${rule}`, () => {
    it(`${rule} is an entry of ${packId} that uses ${kind}`, () => {
      const entry = (loadPack(packId).raw.rules as Record<string, { uses?: string }>)[rule];
      expect(entry?.uses).toBe(kind);
      expect(table.valid.length > 0 || table.always === true).toBe(true);
      expect(table.invalid.length).toBeGreaterThan(0);
    });
    if (table.valid.length > 0)
      it.each(table.valid.map((r) => [r.name, r] as const))("valid: %s", (_name, row) => {
        expect(findingsOf(packId, rule, row)).toEqual([]);
      });
    it.each(table.invalid.map((r) => [r.name, r] as const))("invalid: %s", (_name, row) => {
      const found = findingsOf(packId, rule, row);
      expect(found.map((f, i) => picked(f, row.findings[i] ?? { severity: f.severity }))).toEqual(row.findings);
    });
  });
}
