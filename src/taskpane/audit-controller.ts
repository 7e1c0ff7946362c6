import type { ExcelBridge, ReadProgress, SkippedCell } from "../excel/bridge";
import { qualify } from "../core/snapshot/address";
import { audit, type AuditResult } from "../core/engine";
import { planMaintenanceRecalc } from "../core/plan/maintenance-recalc";
import type { CellChange } from "../core/plan/types";
import type { Locale, Params, StringKey } from "./i18n";
import { localizedError, toPaneError, type PaneError } from "./pane-error";
import { AUTO_CHOICES, choicesFromSaved, choicesToOverrides, choicesToSaved, type ProfileChoices } from "./profile-choices";
import { defaultStandardId, getStandard, hasStandard } from "./standards";

export type BusyWith = "init" | "check" | "clear" | "recalc" | "revert" | "results";

/** A status line kept as keys, not text, so switching the language re-words it. */
export interface StatusMessage {
  intent: "success" | "info";
  parts: { key: StringKey; params?: Params }[];
}

export interface PaneState {
  locale: Locale;
  standardId: string;
  choices: ProfileChoices;
  busy: BusyWith | null;
  progress: ReadProgress | null;
  result: AuditResult | null;
  /** The choices changed after `result` was computed. */
  stale: boolean;
  /** The O&M recalculation planned from `result`. */
  plan: CellChange[];
  recalcOpen: boolean;
  hasFlags: boolean;
  canRevert: boolean;
  status: StatusMessage | null;
  error: PaneError | null;
}

export interface Actions {
  check: boolean;
  clear: boolean;
  recalc: boolean;
  revert: boolean;
  results: boolean;
  choices: boolean;
}

export function availableActions(s: PaneState): Actions {
  const idle = s.busy === null;
  return {
    check: idle,
    clear: idle && s.hasFlags,
    recalc: idle && s.plan.length > 0,
    revert: idle && s.canRevert,
    results: idle && s.result !== null,
    choices: idle,
  };
}

/** At most this many skipped cells are named in the status line; the rest are counted. */
const SKIPPED_NAMED = 10;

/**
 * The status parts naming the cells 撤销重算 left alone ("；F6、G6 在重算后被修改过，未恢复（…重算前为 F6=0.1、G6=10000）"):
 * the sheet too where the cells are on more than one sheet, and what they held before the recalculation, so an
 * edit kept is never a value lost without a trace. Parts, not text, so switching the language re-words it.
 */
function skippedParts(skipped: readonly SkippedCell[]): StatusMessage["parts"] {
  const manySheets = new Set(skipped.map((c) => c.sheet)).size > 1;
  const named = skipped.slice(0, SKIPPED_NAMED);
  const where = (c: SkippedCell) => (manySheets ? qualify(c.sheet, c.address) : c.address);
  const list = (item: (c: SkippedCell) => StatusMessage["parts"]) => named.flatMap((c, i) => [...(i > 0 ? [{ key: "status.listSep" as const }] : []), ...item(c)]);
  const parts: StatusMessage["parts"] = [{ key: "status.revertSkippedOpen" }, ...list((c) => [{ key: "status.cell", params: { cell: where(c) } }])];
  if (skipped.length > named.length) parts.push({ key: "status.revertMore", params: { n: skipped.length - named.length } });
  parts.push({ key: "status.revertSkippedMiddle" });
  parts.push(
    ...list((c) =>
      c.before === ""
        ? [{ key: "status.cellWas", params: { cell: where(c), before: "" } }, { key: "recalc.empty" }]
        : [{ key: "status.cellWas", params: { cell: where(c), before: c.before.length > 40 ? `${c.before.slice(0, 40)}…` : c.before } }],
    ),
  );
  parts.push({ key: "status.revertSkippedClose" });
  return parts;
}

function isMaintenance(result: AuditResult): boolean {
  return result.model.profile.kind === "om" || result.model.lines.some((l) => l.category.startsWith("om-"));
}

/**
 * The pane's flow, free of React: state plus async actions against an ExcelBridge. Actions never throw; a
 * failure lands in `state.error` so the pane can show it and carry on. One action runs at a time.
 */
export class AuditController {
  private state: PaneState;
  private readonly listeners = new Set<() => void>();
  private lastSaved = "";
  private saving: Promise<void> = Promise.resolve();

  constructor(
    private readonly bridge: ExcelBridge,
    locale: Locale = "zh-CN",
  ) {
    this.state = {
      locale,
      standardId: defaultStandardId(),
      choices: AUTO_CHOICES,
      busy: null,
      progress: null,
      result: null,
      stale: false,
      plan: [],
      recalcOpen: false,
      hasFlags: false,
      canRevert: false,
      status: null,
      error: null,
    };
  }

  readonly getState = (): PaneState => this.state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(patch: Partial<PaneState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
  }

  private async run(kind: BusyWith, action: () => Promise<void>): Promise<void> {
    if (this.state.busy) return;
    this.set({ busy: kind, error: null, status: null });
    try {
      await action();
    } catch (err) {
      this.set({ error: toPaneError(err) });
    } finally {
      this.set({ busy: null, progress: null });
    }
  }

  init(): Promise<void> {
    return this.run("init", async () => {
      const saved = await this.bridge.loadChoices();
      const standardId = saved.standardId && hasStandard(saved.standardId) ? saved.standardId : defaultStandardId();
      const choices = choicesFromSaved(saved.overrides);
      this.lastSaved = JSON.stringify({ standardId, overrides: choicesToSaved(choices) });
      this.set({ standardId, choices });
      const [canRevert, hasFlags] = await Promise.all([this.bridge.canRevert(), this.bridge.hasFlags()]);
      this.set({ canRevert, hasFlags });
    });
  }

  setLocale(locale: Locale): void {
    this.set({ locale });
  }

  setStandard(standardId: string): Promise<void> {
    this.set({ standardId, stale: this.state.result !== null });
    return this.saveChoices();
  }

  setChoice<K extends "kind" | "system" | "tier">(key: K, value: ProfileChoices[K]): Promise<void> {
    this.set({ choices: { ...this.state.choices, [key]: value }, stale: this.state.result !== null });
    return this.saveChoices();
  }

  /** Typing only updates the field; the amount is saved on commit (blur) or at the next check. */
  setLastYearOm(text: string): void {
    this.set({ choices: { ...this.state.choices, lastYearOm: text }, stale: this.state.result !== null });
  }

  /** Saves the choices in the workbook when they differ from what was last saved; saves run in order. */
  saveChoices(): Promise<void> {
    const choices = { standardId: this.state.standardId, overrides: choicesToSaved(this.state.choices) };
    const key = JSON.stringify(choices);
    if (key === this.lastSaved) return this.saving;
    this.lastSaved = key;
    this.saving = this.saving.then(async () => {
      try {
        await this.bridge.saveChoices(choices);
      } catch (err) {
        this.lastSaved = "";
        this.set({ error: toPaneError(err) });
      }
    });
    return this.saving;
  }

  check(): Promise<void> {
    return this.run("check", () => this.checkNow(false));
  }

  private async checkNow(quiet: boolean): Promise<void> {
    const { standardId, choices } = this.state;
    const pack = getStandard(standardId);
    const overrides = choicesToOverrides(choices);
    void this.saveChoices();
    const snapshot = await this.bridge.readWorkbook((progress) => this.set({ progress }));
    this.set({ progress: null });
    const result = audit(snapshot, pack, overrides);
    // Nothing that looks like a budget: say so rather than show an empty, "clean" result.
    if (result.model.tables.length === 0) throw localizedError("error.noTable");
    const plan = planMaintenanceRecalc(result.model, pack);
    // Shown before flagging, so the findings are there even if the sheet cannot be formatted.
    this.set({ result, plan, stale: false });
    // The flags of the previous check would otherwise stay on cells that are now fine.
    if (this.state.hasFlags) {
      await this.bridge.clearFlags();
      this.set({ hasFlags: false });
    }
    const { flagged } = await this.bridge.flagFindings(result.findings, this.state.locale);
    this.set({ hasFlags: flagged > 0 });
    if (!quiet && plan.length === 0 && isMaintenance(result)) {
      this.set({ status: { intent: "info", parts: [{ key: "status.noRecalc" }] } });
    }
  }

  clearFlags(): Promise<void> {
    return this.run("clear", async () => {
      const { restored, skipped } = await this.bridge.clearFlags();
      const parts: StatusMessage["parts"] = [{ key: "status.cleared", params: { n: restored } }];
      if (skipped > 0) parts.push({ key: "status.clearedSkipped", params: { skipped } });
      this.set({ hasFlags: false, status: { intent: "success", parts } });
    });
  }

  openRecalc(): void {
    if (this.state.busy) return;
    if (this.state.plan.length === 0) {
      this.set({ status: { intent: "info", parts: [{ key: "status.noRecalc" }] } });
      return;
    }
    this.set({ recalcOpen: true, error: null, status: null });
  }

  cancelRecalc(): void {
    this.set({ recalcOpen: false });
  }

  applyRecalc(): Promise<void> {
    const changes = this.state.plan;
    // Closed first: a modal dialog would hide the progress and any error behind it.
    this.set({ recalcOpen: false });
    return this.run("recalc", async () => {
      const { written } = await this.bridge.applyChanges(changes);
      this.set({ canRevert: true, plan: [], status: { intent: "success", parts: [{ key: "status.recalculated", params: { n: written } }] } });
      await this.checkNow(true);
    });
  }

  revert(): Promise<void> {
    return this.run("revert", async () => {
      const { restored, skipped } = await this.bridge.revertChanges();
      const parts: StatusMessage["parts"] = [{ key: "status.reverted", params: { n: restored } }];
      if (skipped.length > 0) parts.push(...skippedParts(skipped));
      this.set({ status: { intent: skipped.length > 0 ? "info" : "success", parts } });
      this.set({ canRevert: await this.bridge.canRevert() });
      await this.checkNow(true);
    });
  }

  writeResultsSheet(): Promise<void> {
    return this.run("results", async () => {
      const findings = this.state.result?.findings ?? [];
      await this.bridge.writeResultsSheet(findings, this.state.locale);
      this.set({ status: { intent: "success", parts: [{ key: "status.resultsWritten", params: { n: findings.length } }] } });
    });
  }

  /** Cells are selected outside `run`: jumping around must work while the list is shown, and is not a state change. */
  async selectCell(sheet: string, address: string): Promise<void> {
    try {
      await this.bridge.selectCell(sheet, address);
    } catch (err) {
      this.set({ error: toPaneError(err) });
    }
  }

  dismissError(): void {
    this.set({ error: null });
  }

  dismissStatus(): void {
    this.set({ status: null });
  }
}
