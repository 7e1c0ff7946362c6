import Decimal from "decimal.js";
import type { WorkbookSnapshot } from "./snapshot/types";
import type { BudgetModel, ProfileOverrides } from "./model/types";
import type { Finding, Severity, Totals } from "./model/finding";
import type { StandardPack } from "./standards/types";
import type { FindingDraft, RuleContext, RuleImplementation } from "./rules/types";
import type { CellRef } from "./model/types";
import { readWorkbook } from "./parse/read-workbook";
import { setApartOmEstimates } from "./parse/om-estimates";
import { inferProfile } from "./profile/infer-profile";
import { classifyLines } from "./classify/classify-lines";
import { computeFacts } from "./rules/facts";
import { resolvedRules, type ResolvedRule } from "./rules/resolve";
import { a1, qualify } from "./snapshot/address";
import { lineMoneyField } from "./money";
import { reviewBudget, type Verdict } from "./plan/verdict";
import { checkSnapshot } from "./snapshot/validate";
import { checkModel, checkOverrides, checkPack } from "./validate-input";
import { simplifiedSnapshot } from "./text/t2s";
import { reportTotals, type ReportTotals } from "./report/totals";
import { flagNaming, type FieldNaming } from "./setup/fields";

export interface AuditResult {
  model: BudgetModel;
  findings: Finding[];
  totals: Totals;
  /** 审定: the reviewer's verdict on the budget (domain.md §6). */
  review: Verdict;
  /** The totals a report shows, fitting the budget's kind (项目建设费 / 其他费用 / 建设金额, or its O&M or service total). */
  amounts: ReportTotals;
}

/** How the host wants the audit worded where that depends on the host. */
export interface AuditOptions {
  /** How a message names a value the user can give (a CLI flag, a pane label); by flag when not given. */
  naming?: FieldNaming;
}

/**
 * Builds the budget model of a workbook: tables and lines, the project profile, each line's category.
 * Out-of-type input is refused with a CoreInputError (a SnapshotError naming the sheet, row and column for the
 * snapshot); see snapshot/validate.ts for what is tolerated. Any value a valid snapshot can hold is audited.
 */
export function buildModel(
  snapshot: WorkbookSnapshot,
  pack: StandardPack,
  overrides: ProfileOverrides = {},
): BudgetModel {
  pack = checkPack(pack);
  overrides = checkOverrides(overrides);
  // A workbook in traditional characters reads like a simplified one (district-packs.md §0.5).
  const read = readWorkbook(simplifiedSnapshot(checkSnapshot(snapshot)), pack, overrides);
  const profile = inferProfile(read, pack, overrides);
  // An O&M estimate inside a construction workbook stays outside the construction money (default 15).
  const parsed = profile.kind === "construction" || profile.kind === "upgrade" ? setApartOmEstimates(read) : read;
  const lines = classifyLines(parsed.lines, pack, profile, overrides);
  // The O&M estimate's lines are what an O&M budget would hold: classified as one (its exclusions included).
  const estimate = new Set(parsed.omEstimateIds ?? []);
  const outsideLines = [
    ...classifyLines(
      parsed.outsideLines.filter((l) => !estimate.has(l.id)),
      pack,
      profile,
      overrides,
    ),
    ...classifyLines(
      parsed.outsideLines.filter((l) => estimate.has(l.id)),
      pack,
      { ...profile, kind: "om" },
      overrides,
    ),
  ].sort((a, b) => parsed.sheetNames.indexOf(a.sheet) - parsed.sheetNames.indexOf(b.sheet) || a.row - b.row);
  return { ...parsed, lines, outsideLines, profile };
}

/** The whole audit: snapshot in, model + findings + totals out. Pure. */
export function audit(
  snapshot: WorkbookSnapshot,
  pack: StandardPack,
  overrides: ProfileOverrides = {},
  options: AuditOptions = {},
): AuditResult {
  return auditModel(buildModel(snapshot, pack, overrides), pack, overrides, options);
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function auditModel(
  model: BudgetModel,
  pack: StandardPack,
  overrides: ProfileOverrides = {},
  options: AuditOptions = {},
): AuditResult {
  pack = checkPack(pack);
  overrides = checkOverrides(overrides);
  checkModel(model);
  const facts = computeFacts(model, pack);
  const findings: Finding[] = [];
  // What each finding tells its rule's cap: for the verdict only, so it never reaches a report or a host.
  const capFacts = new Map<Finding, unknown>();
  const rules = resolvedRules(pack);
  for (const { id, entry, impl } of rules.values()) {
    const ctx: RuleContext = {
      model,
      pack,
      overrides,
      facts,
      entry: { ...entry, id },
      naming: options.naming ?? flagNaming,
    };
    for (const draft of impl.check(ctx, (entry.params ?? {}) as never)) {
      const finding = toFinding(ctx, draft, impl);
      findings.push(finding);
      if (draft.capFacts !== undefined) capFacts.set(finding, draft.capFacts);
    }
  }
  // Reviewed before the estimate's findings join: the estimate is not part of 送审 (default 15).
  const review = reviewBudget(model, pack, findings, facts, capFacts, rules);
  findings.push(...auditOmEstimate(model, pack, rules, overrides, options, findings));
  const sheetOrder = new Map(model.sheetNames.map((name, i) => [name, i]));
  findings.sort(
    (a, b) =>
      (sheetOrder.get(a.sheet ?? "") ?? -1) - (sheetOrder.get(b.sheet ?? "") ?? -1) ||
      (a.row ?? 0) - (b.row ?? 0) ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      a.rule.localeCompare(b.rule),
  );
  return {
    model,
    findings,
    totals: {
      construction: facts.constructionBase.toFixed(),
      other: facts.grand.minus(facts.constructionBase).toFixed(),
      grand: facts.grand.toFixed(),
    },
    review,
    amounts: reportTotals(model, pack, facts),
  };
}

/**
 * An O&M estimate inside a construction workbook is audited with the O&M rules (domain.md §3 default 15): the
 * line rules run on its lines as on an O&M budget's. Its findings change no amount; one the main audit already
 * made (the same rule on the same cell) is not made twice.
 */
function auditOmEstimate(
  model: BudgetModel,
  pack: StandardPack,
  rules: ReadonlyMap<string, ResolvedRule>,
  overrides: ProfileOverrides,
  options: AuditOptions,
  made: readonly Finding[],
): Finding[] {
  const ids = new Set(model.omEstimateIds ?? []);
  const lines = model.outsideLines.filter((l) => ids.has(l.id));
  if (!lines.length) return [];
  const estimate: BudgetModel = {
    ...model,
    lines,
    outsideLines: [],
    subtotals: [],
    issues: [],
    profile: { ...model.profile, kind: "om" },
  };
  const facts = computeFacts(estimate, pack);
  const seen = new Set(made.map((f) => `${f.rule}\u0000${f.sheet}\u0000${f.cell}`));
  const out: Finding[] = [];
  for (const { id, entry, impl } of rules.values()) {
    if (impl.scope !== "line" || impl.notALimit) continue;
    const ctx: RuleContext = {
      model: estimate,
      pack,
      overrides,
      facts,
      entry: { ...entry, id },
      naming: options.naming ?? flagNaming,
    };
    for (const draft of impl.check(ctx, (entry.params ?? {}) as never)) {
      const f = toFinding(ctx, draft, impl);
      if (!seen.has(`${f.rule}\u0000${f.sheet}\u0000${f.cell}`)) out.push(f);
    }
  }
  return out;
}

function asString(v: Decimal | string | null | undefined): string | null {
  if (v === null || v === undefined) return null;
  return typeof v === "string" ? v : v.toFixed();
}

/** The cells a finding involves, its own first, each once: A1 on the finding's sheet, qualified on another. */
function involvedCells(cell: CellRef | null, draft: FindingDraft): { cells: string[]; lineIds: string[] } {
  const refs: CellRef[] = [];
  if (cell) refs.push(cell);
  for (const r of draft.cells ?? []) refs.push(r);
  // Sets, not includes(): a group finding (a tier total, the four fees) may involve thousands of lines.
  const lineIds = new Set<string>(draft.line ? [draft.line.id] : []);
  for (const l of draft.lines ?? []) {
    refs.push(lineMoneyField(l)?.cell ?? l.nameCell);
    lineIds.add(l.id);
  }
  const home = cell?.sheet ?? refs[0]?.sheet;
  const cells = new Set<string>();
  for (const r of refs) cells.add(r.sheet === home ? a1(r.row, r.col) : qualify(r.sheet, a1(r.row, r.col)));
  return { cells: [...cells], lineIds: [...lineIds] };
}

function toFinding(ctx: RuleContext, draft: FindingDraft, impl: RuleImplementation<never, unknown>): Finding {
  const line = draft.line ?? null;
  const cell = draft.cell ?? line?.amount?.cell ?? line?.fee?.cell ?? line?.nameCell ?? null;
  const hasValues = (draft.actual ?? null) !== null || (draft.limit ?? null) !== null;
  const { cells, lineIds } = involvedCells(cell, draft);
  return {
    rule: ctx.entry.id,
    severity: draft.severity ?? ctx.entry.severity,
    sheet: cell?.sheet ?? line?.sheet ?? null,
    row: cell ? cell.row + 1 : line ? line.row + 1 : null,
    cell: cell ? a1(cell.row, cell.col) : null,
    message: draft.message,
    messageEn: draft.messageEn,
    actual: asString(draft.actual),
    limit: asString(draft.limit),
    citation: ctx.entry.citation,
    lineId: line?.id ?? null,
    measure: hasValues ? (draft.measure ?? impl.measure ?? null) : null,
    cells,
    lineIds,
    capRate: asString(draft.capRate),
    ...(draft.messageId ? { messageId: draft.messageId, params: draft.params ?? {} } : {}),
    ...(draft.needs?.length ? { needs: [...draft.needs] } : {}),
  };
}

export { Decimal };
export { CoreInputError, SnapshotError } from "./errors";
