import type Decimal from "decimal.js";
import type { ExcelBridge, HostCapabilities, ReadProgress, SkippedCell } from "../excel/bridge";
import type { SavedRecord } from "../excel/settings";
import {
  audit,
  budgetTemplate,
  noTableOutcome,
  planApproval,
  profileFieldsFor,
  renderBoth,
  selectPack,
  type AuditResult,
  type Category,
  type CellChange,
  type ColumnRole,
  type Corrections,
  type HardwareClass,
  type SheetSnapshot,
  type StandardPack,
  withReasons,
  type SystemType,
  type WorkbookSnapshot,
  type TemplateKind,
} from "../core";
import type { Locale, Params, StringKey } from "./i18n";
import { formatSheetMoney } from "./format";
import { toPaneError, type PaneError } from "./pane-error";
import {
  AUTO_CHOICES,
  choicesFromSaved,
  choicesToOverrides,
  choicesToSaved,
  valuesToSaved,
  type ProfileChoices,
  type ProfileField,
} from "./profile-choices";
import { reviewDocument } from "../core";
import {
  AUTO_STANDARD,
  defaultStandardId,
  fetchStandard,
  getAllStandards,
  hasStandard,
  listStandards,
} from "./standards";
import { choiceReason, packTitle } from "./pack-text";
import { paneNaming } from "./naming";
import {
  columnCorrectionOf,
  columnRef,
  correctionCount,
  correctionsFromSaved,
  findLine,
  lineRef,
  withColumnCorrection,
  withLineCorrection,
  withoutCorrection,
} from "./corrections";

export type BusyWith =
  "init" | "check" | "live" | "clear" | "approve" | "revert" | "results" | "correct" | "record" | "template";

/** 边写边查 waits this long after the last edit before it checks again. */
export const LIVE_DELAY_MS = 500;
/** 边写边查 starts on for budgets up to this many lines; a larger one is checked when asked (the user may turn it on). */
export const LIVE_MAX_LINES = 3000;

/** A status line kept as keys, not text, so switching the language re-words it. */
export interface StatusMessage {
  intent: "success" | "info" | "warning";
  /** `paramsEn`: parameters worded for English, where a parameter is text (a reason from the core). */
  parts: { key: StringKey; params?: Params; paramsEn?: Params }[];
}

/** The pack the last check used, and under 自动 why (the setup layer's reason, rendered in both languages). */
export interface UsedStandard {
  id: string;
  auto: boolean;
  reason: { zh: string; en: string } | null;
}

export interface PaneState {
  locale: Locale;
  /** A pack's id, or "auto" (自动: the district the workbook names, as the CLI's default). */
  standardId: string;
  /** The pack the last check used. */
  used: UsedStandard | null;
  /** The profile values the pack in view declares it uses (the chosen pack, or under 自动 the one the last check used). */
  profileFields: ProfileField[];
  choices: ProfileChoices;
  /** The user's corrections of lines and columns, saved in the workbook; every check applies them. */
  corrections: Corrections;
  busy: BusyWith | null;
  progress: ReadProgress | null;
  result: AuditResult | null;
  /** The pack `result` was checked with: its findings are worded from it, in the pane's language. */
  resultPack: StandardPack | null;
  /** The choices changed after `result` was computed. */
  stale: boolean;
  /** 按标准核定: the cell changes that bring `result` to its 审定 (every adjustable finding, any kind of budget). */
  plan: CellChange[];
  approveOpen: boolean;
  hasFlags: boolean;
  canRevert: boolean;
  status: StatusMessage | null;
  error: PaneError | null;
  /** 送审 (元) as it stood before the 按标准核定 that can still be undone: the summary keeps showing what was submitted. */
  submittedBefore: string | null;
  /** The last check found no budget table: the core's outcome (hidden sheets left out named), shown as guidance. */
  noTable: { zh: string; en: string } | null;
  /** Saved records too large to read back, each offered for removal (nothing else stops because of them). */
  oversized: SavedRecord[];
  /** 边写边查: an edit to the workbook re-checks it about half a second after the last change. */
  live: boolean;
  /** The host can tell the pane about edits (Worksheets.onChanged): 边写边查 is offered. */
  canWatch: boolean;
  /** 新建预算表's dialog is open (asking the kind and, for a construction budget, the system). */
  templateOpen: boolean;
  /** The line the user is on (selected in the sheet, or through a finding): its cap is shown. */
  selectedLine: string | null;
  /** 按上限填入: the preview shows (and writes) the changes of this line only; null for the whole 按标准核定. */
  approveScope: string | null;
}

export interface Actions {
  check: boolean;
  clear: boolean;
  approve: boolean;
  revert: boolean;
  results: boolean;
  choices: boolean;
  /** Correcting a line or a column re-runs the audit, so it needs a result and no other action running. */
  correct: boolean;
}

export function availableActions(s: PaneState): Actions {
  const idle = s.busy === null;
  return {
    check: idle,
    clear: idle && s.hasFlags,
    approve: idle && s.plan.length > 0,
    revert: idle && s.canRevert,
    results: idle && s.result !== null,
    choices: idle,
    correct: idle && s.result !== null,
  };
}

/** At most this many skipped cells are named in the status line; the rest are counted. */
const SKIPPED_NAMED = 10;

/**
 * The status parts naming the cells 撤销核定 left alone ("；F6、G6 在核定后被修改过，未恢复（…核定前为 F6=0.1、G6=10000）"):
 * the sheet too where the cells are on more than one sheet, and what they held before the approval, so an
 * edit kept is never a value lost without a trace. Parts, not text, so switching the language re-words it.
 */
function skippedParts(skipped: readonly SkippedCell[]): StatusMessage["parts"] {
  const manySheets = new Set(skipped.map((c) => c.sheet)).size > 1;
  const named = skipped.slice(0, SKIPPED_NAMED);
  // Sheet names as the user reads them on the tab, unquoted.
  const where = (c: SkippedCell) => (manySheets ? `${c.sheet}!${c.address}` : c.address);
  const list = (item: (c: SkippedCell) => StatusMessage["parts"]) =>
    named.flatMap((c, i) => [...(i > 0 ? [{ key: "status.listSep" as const }] : []), ...item(c)]);
  const parts: StatusMessage["parts"] = [
    { key: "status.revertSkippedOpen" },
    ...list((c) => [{ key: "status.cell", params: { cell: where(c) } }]),
  ];
  if (skipped.length > named.length)
    parts.push({ key: "status.revertMore", params: { n: skipped.length - named.length } });
  parts.push({ key: "status.revertSkippedMiddle" });
  parts.push(
    ...list((c) =>
      c.before === ""
        ? [{ key: "status.cellWas", params: { cell: where(c), before: "" } }, { key: "cell.empty" }]
        : [
            {
              key: "status.cellWas",
              params: { cell: where(c), before: c.before.length > 40 ? `${c.before.slice(0, 40)}…` : c.before },
            },
          ],
    ),
  );
  parts.push({ key: "status.revertSkippedClose" });
  return parts;
}

/** "7.27%" for a 4-place ratio. */
function percent(ratio: Decimal): string {
  return `${ratio.times(100).toDecimalPlaces(2).toFixed()}%`;
}

/** Why 按标准核定 has nothing to write: all within the standard, or only excesses a person must allocate. */
function nothingToApprove(result: AuditResult): StatusMessage {
  const n = result.review.unadjusted.length;
  return {
    intent: "info",
    parts: [n > 0 ? { key: "status.onlyUnadjusted", params: { n } } : { key: "status.nothingToApprove" }],
  };
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
  private savingCorrections: Promise<void> = Promise.resolve();
  private caps: HostCapabilities | null = null;
  private notesTold = false;
  /** The user turned 边写边查 on or off: the size rule no longer decides. */
  private liveChosen = false;
  private liveTimer: ReturnType<typeof setTimeout> | null = null;
  /** The user edited while a check read the workbook: that check may have missed it, so another follows. */
  private editedWhileChecking = false;
  /** The workbook as the last check read it, and the sheets edited since (边写边查 reads only those again). */
  private lastSnapshot: WorkbookSnapshot | null = null;
  private editedSheets = new Set<string>();
  /** An edit came from a sheet the host could not name: the next live re-check reads the whole workbook. */
  private editedUnknown = false;
  private stopWatching: (() => Promise<void>) | null = null;
  private stopSelection: (() => Promise<void>) | null = null;

  constructor(
    private readonly bridge: ExcelBridge,
    locale: Locale = "zh-CN",
  ) {
    this.state = {
      locale,
      standardId: defaultStandardId(),
      used: null,
      profileFields: [],
      choices: AUTO_CHOICES,
      corrections: {},
      busy: null,
      progress: null,
      result: null,
      resultPack: null,
      stale: false,
      plan: [],
      approveOpen: false,
      hasFlags: false,
      canRevert: false,
      status: null,
      error: null,
      submittedBefore: null,
      noTable: null,
      oversized: [],
      live: true,
      canWatch: false,
      templateOpen: false,
      selectedLine: null,
      approveScope: null,
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

  private async run(kind: BusyWith, action: () => Promise<void>, opts: { keepStatus?: boolean } = {}): Promise<void> {
    if (this.state.busy) return;
    this.set({ busy: kind, error: null, ...(opts.keepStatus ? {} : { status: null }) });
    try {
      await action();
    } catch (err) {
      if (!this.absorbOversized(err)) this.set({ error: toPaneError(err) });
    } finally {
      this.set({ busy: null, progress: null });
      if (this.editedWhileChecking) {
        this.editedWhileChecking = false;
        if (this.state.live) this.scheduleLive();
      }
    }
  }

  /**
   * A saved record too large to read back: listed (the pane offers to remove it) instead of shown as an error, so
   * nothing else stops because of it. False for any other error.
   */
  private absorbOversized(err: unknown): boolean {
    const e = err as { code?: unknown; record?: unknown } | null;
    if (e?.code !== "oversized-record" || typeof e.record !== "string") return false;
    const record = e.record as SavedRecord;
    if (!this.state.oversized.includes(record)) this.set({ oversized: [...this.state.oversized, record] });
    return true;
  }

  /** `read()`, or `fallback` when the record it reads is too large (listed for removal). */
  private async orWhenOversized<T>(read: () => Promise<T>, fallback: T): Promise<T> {
    try {
      return await read();
    } catch (err) {
      if (this.absorbOversized(err)) return fallback;
      throw err;
    }
  }

  init(): Promise<void> {
    return this.run("init", async () => {
      this.caps = await this.bridge.capabilities();
      const saved = await this.orWhenOversized(() => this.bridge.loadChoices(), {});
      const standardId = saved.standardId && hasStandard(saved.standardId) ? saved.standardId : defaultStandardId();
      const choices = choicesFromSaved(saved.overrides, saved.profileValues);
      this.lastSaved = JSON.stringify(this.savedForm(standardId, choices));
      this.set({ standardId, choices });
      await this.showFieldsOf(standardId);
      await this.loadCorrections();
      const [canRevert, hasFlags] = await Promise.all([
        this.orWhenOversized(() => this.bridge.canRevert(), false),
        this.orWhenOversized(() => this.bridge.hasFlags(), false),
      ]);
      this.set({ canRevert, hasFlags });
      await this.watch();
    });
  }

  /** Listens for edits (边写边查) where the host can say; the pane's own writes are never reported. */
  private async watch(): Promise<void> {
    if (!this.bridge.watchChanges || this.stopWatching) return;
    try {
      this.stopWatching = await this.bridge.watchChanges((edit) => this.edited(edit.sheet));
    } catch {
      // An event the host refuses: the pane checks when asked, as before.
      this.stopWatching = null;
    }
    this.set({ canWatch: this.stopWatching !== null });
    if (this.bridge.watchSelection && !this.stopSelection) {
      this.stopSelection = await this.bridge
        .watchSelection((sel) => this.selected(sel.sheet, sel.address))
        .catch(() => null);
    }
  }

  /** The line at a cell (its row on its sheet), if the last check read one there. */
  private lineAt(sheet: string, address: string): string | null {
    const m = /^\$?[A-Z]+\$?(\d+)/.exec(address.replace(/^.*!/, ""));
    if (!m || !this.state.result) return null;
    const row = Number(m[1]) - 1;
    return this.state.result.model.lines.find((l) => l.sheet === sheet && l.row === row)?.id ?? null;
  }

  /** The selection moved: the pane shows the cap of the line it is on (or none). */
  private selected(sheet: string, address: string): void {
    const line = this.lineAt(sheet, address);
    if (line !== this.state.selectedLine) this.set({ selectedLine: line });
  }

  /** 按上限填入: the changes that bring the selected line to its cap, previewed as 按标准核定's are. */
  fillToCap(lineId: string): void {
    if (this.state.busy || !this.state.plan.some((c) => c.lineId === lineId)) return;
    this.set({ approveOpen: true, approveScope: lineId, error: null, status: null });
  }

  /** The changes the preview shows and 写入 writes: the whole plan, or one line's under 按上限填入. */
  scopedPlan(): CellChange[] {
    const scope = this.state.approveScope;
    return scope ? this.state.plan.filter((c) => c.lineId === scope) : this.state.plan;
  }

  /** Stops listening and any re-check waiting (the pane is closing). */
  async dispose(): Promise<void> {
    if (this.liveTimer) clearTimeout(this.liveTimer);
    this.liveTimer = null;
    const stops = [this.stopWatching, this.stopSelection];
    this.stopWatching = null;
    this.stopSelection = null;
    for (const stop of stops) if (stop) await stop().catch(() => undefined);
  }

  /** An edit to the workbook: re-check LIVE_DELAY_MS after the last one, once a check has shown a result. */
  private edited(sheet?: string): void {
    if (!this.state.live || (!this.state.result && !this.state.noTable)) return;
    if (sheet) this.editedSheets.add(sheet);
    else this.editedUnknown = true;
    // Below ExcelApi 1.14 the pane's own writes are reported too: those come while it works (an approval re-checks
    // by itself). One that arrives after costs one more check, never a loop: a check writes formats and notes only.
    const busy = this.state.busy;
    if (busy === "check" || busy === "live") this.editedWhileChecking = true;
    if (busy) return;
    this.scheduleLive();
  }

  private scheduleLive(): void {
    if (this.liveTimer) clearTimeout(this.liveTimer);
    this.liveTimer = setTimeout(() => {
      this.liveTimer = null;
      // Waits while the pane works or a dialog is open (the preview must stay the plan it shows).
      if (this.state.busy || this.state.approveOpen || this.state.templateOpen) return this.scheduleLive();
      if (!this.state.live) return;
      void this.run("live", () => this.checkNow(true, true), { keepStatus: true });
    }, LIVE_DELAY_MS);
  }

  /** Turns 边写边查 on or off; turning it on checks at once when the result is out of date. */
  setLive(live: boolean): void {
    this.liveChosen = true;
    this.set({ live });
    if (!live && this.liveTimer) {
      clearTimeout(this.liveTimer);
      this.liveTimer = null;
    }
  }

  openTemplate(): void {
    if (this.state.busy || !this.bridge.writeTemplate) return;
    this.set({ templateOpen: true, error: null });
  }

  cancelTemplate(): void {
    this.set({ templateOpen: false });
  }

  /** The pack a new budget is drafted in: the chosen one, under 自动 the one the last check used, else the default. */
  templatePackId(): string {
    if (this.state.standardId !== AUTO_STANDARD) return this.state.standardId;
    return this.state.used?.id ?? listStandards()[0].id;
  }

  /**
   * 新建预算表: writes a compliant starting sheet in the pack's terms (its title names the district, so 自动 finds the
   * pack again), then checks the workbook so the pane shows it passing.
   */
  createTemplate(kind: TemplateKind, system: SystemType): Promise<void> {
    this.set({ templateOpen: false });
    return this.run("template", async () => {
      const pack = await fetchStandard(this.templatePackId());
      const template = budgetTemplate(pack, { kind, system, year: new Date().getFullYear() });
      const { sheet } = await this.bridge.writeTemplate!(template);
      await this.checkNow(true);
      this.set({
        status: {
          intent: "success",
          parts: [
            {
              key: "template.written",
              params: { sheet, standard: packTitle(pack, "zh-CN") },
              paramsEn: { sheet, standard: packTitle(pack, "en-US") },
            },
          ],
        },
      });
    });
  }

  /** Removes a saved record too large to read back, without reading it. */
  removeSavedRecord(record: SavedRecord): Promise<void> {
    return this.run("record", async () => {
      await this.bridge.removeSavedRecord?.(record);
      const patch: Partial<PaneState> = { oversized: this.state.oversized.filter((r) => r !== record) };
      if (record === "flags") patch.hasFlags = false;
      if (record === "revert") patch.canRevert = false;
      this.set({ ...patch, status: { intent: "success", parts: [{ key: `oversized.removed.${record}` }] } });
    });
  }

  /** The saved corrections, validated: a record that is not valid is ignored as a whole, and the pane says so. */
  private async loadCorrections(): Promise<void> {
    let raw: unknown;
    try {
      raw = await this.bridge.loadCorrections();
    } catch (err) {
      if (!this.absorbOversized(err)) this.set({ error: toPaneError(err) });
      return;
    }
    const loaded = correctionsFromSaved(raw);
    this.set({ corrections: loaded.corrections });
    if (!loaded.ok) {
      this.set({
        status: {
          intent: "warning",
          parts: [
            {
              key: "corrections.invalidSaved",
              params: { reason: loaded.reasonZh },
              paramsEn: { reason: loaded.reasonEn },
            },
          ],
        },
      });
    }
  }

  setLocale(locale: Locale): void {
    this.set({ locale });
  }

  setStandard(standardId: string): Promise<void> {
    this.set({ standardId, stale: this.state.result !== null });
    return Promise.all([this.saveChoices(), this.showFieldsOf(standardId)]).then(() => undefined);
  }

  /**
   * Shows the profile fields of a chosen pack (fetching it if it is served); under 自动 those of the pack the last
   * check used. A pack that cannot be loaded is shown as an error naming it.
   */
  private async showFieldsOf(standardId: string): Promise<void> {
    if (standardId === AUTO_STANDARD) {
      const used = this.state.used;
      this.set({ profileFields: used?.auto ? profileFieldsFor(await fetchStandard(used.id)) : [] });
      return;
    }
    try {
      const pack = await fetchStandard(standardId);
      if (this.state.standardId === standardId) this.set({ profileFields: profileFieldsFor(pack) });
    } catch (err) {
      if (this.state.standardId === standardId) this.set({ profileFields: [], error: toPaneError(err) });
    }
  }

  /** A profile value of the pack as typed; `save` for selects (saved at once), text inputs save on commit. */
  setProfileValue(name: string, text: string, save = false): Promise<void> {
    this.set({
      choices: { ...this.state.choices, values: { ...this.state.choices.values, [name]: text } },
      stale: this.state.result !== null,
    });
    return save ? this.saveChoices() : Promise.resolve();
  }

  private savedForm(standardId: string, choices: ProfileChoices) {
    const profileValues = valuesToSaved(choices.values);
    return { standardId, overrides: choicesToSaved(choices), ...(profileValues ? { profileValues } : {}) };
  }

  setChoice<K extends "kind" | "system" | "tier" | "includeHidden">(key: K, value: ProfileChoices[K]): Promise<void> {
    this.set({ choices: { ...this.state.choices, [key]: value }, stale: this.state.result !== null });
    return this.saveChoices();
  }

  /** Typing only updates the field; the amount is saved on commit (blur) or at the next check. */
  setLastYearOm(text: string): void {
    this.set({ choices: { ...this.state.choices, lastYearOm: text }, stale: this.state.result !== null });
  }

  /** Saves the choices in the workbook when they differ from what was last saved; saves run in order. */
  saveChoices(): Promise<void> {
    const choices = this.savedForm(this.state.standardId, this.state.choices);
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

  /**
   * The workbook for a live re-check: the last snapshot with only the sheets edited since read again (one request
   * each), or null when that cannot be relied on (a sheet it did not read, an edit from an unnamed sheet, a host
   * that reads sheets only all together).
   */
  private async readEdited(): Promise<WorkbookSnapshot | null> {
    const last = this.lastSnapshot;
    const edited = [...this.editedSheets];
    const known = (name: string) => last?.sheets.some((s) => s.name === name && !s.hidden);
    if (!last || !this.bridge.readSheet || this.editedUnknown || edited.length === 0 || !edited.every(known))
      return null;
    const fresh = new Map<string, SheetSnapshot | null>();
    for (const name of edited) fresh.set(name, await this.bridge.readSheet(name));
    const sheets = last.sheets.flatMap((s) =>
      fresh.has(s.name) ? (fresh.get(s.name) ? [fresh.get(s.name)!] : []) : [s],
    );
    return { ...last, sheets };
  }

  private async checkNow(quiet: boolean, reread = false): Promise<void> {
    const { standardId, choices } = this.state;
    // A chosen pack is loaded before the read, so a pack that cannot be fetched stops the check at once.
    const chosen = standardId === AUTO_STANDARD ? null : await fetchStandard(standardId);
    // The values typed are checked before the workbook is read (a chosen pack's own too; under 自动 once it is known).
    choicesToOverrides(choices, chosen ?? {});
    void this.saveChoices();
    const edited = reread ? await this.readEdited() : null;
    this.editedSheets.clear();
    this.editedUnknown = false;
    const snapshot =
      edited ??
      (await this.bridge.readWorkbook((progress) => this.set({ progress }), { includeHidden: choices.includeHidden }));
    this.lastSnapshot = snapshot;
    this.set({ progress: null });
    // 自动, as the CLI's `--standard auto`: the district the title, 编制单位 or a sheet name names.
    const selection = selectPack(
      snapshot,
      chosen ? { auto: false, pack: chosen } : { auto: true, packs: await getAllStandards() },
      paneNaming,
    );
    const pack = selection.pack;
    const used: UsedStandard = {
      id: pack.id,
      auto: selection.auto,
      reason: selection.auto ? choiceReason(selection.reason, pack) : null,
    };
    const profileFields = profileFieldsFor(pack);
    const overrides = choicesToOverrides(choices, pack);
    if (correctionCount(this.state.corrections) > 0) overrides.corrections = this.state.corrections;
    this.set({ used, profileFields });
    const result = audit(snapshot, pack, overrides, { naming: paneNaming });
    // Nothing that looks like a budget: say how to give the pane one rather than show an empty, "clean" result.
    const noTable = noTableOutcome(result.model, { naming: paneNaming });
    if (noTable) {
      this.set({ result: null, resultPack: null, plan: [], stale: false, noTable: renderBoth(noTable.message) });
      return;
    }
    const plan = planApproval(result.model, result.review);
    // 边写边查 starts on for budgets of a few thousand lines; a larger one is checked when asked, unless chosen.
    const live = this.liveChosen ? this.state.live : result.model.lines.length <= LIVE_MAX_LINES;
    // Shown before flagging, so the findings are there even if the sheet cannot be formatted.
    this.set({ result, resultPack: pack, plan, stale: false, noTable: null, live });
    // The flags of the previous check would otherwise stay on cells that are now fine. A flag record too large to
    // read back stops the flags (their originals could not be kept), never the findings: it is offered for removal.
    if (this.state.oversized.includes("flags")) return;
    if (this.state.hasFlags) {
      await this.bridge.clearFlags();
      this.set({ hasFlags: false });
    }
    const { flagged } = await this.bridge.flagFindings(result.findings, this.state.locale);
    this.set({ hasFlags: flagged > 0 });
    if (!quiet && plan.length === 0) this.set({ status: nothingToApprove(result) });
    // A host without notes (below ExcelApi 1.18) flags by fill only: said once.
    if (flagged > 0 && this.caps && !this.caps.notes && !this.notesTold) {
      this.notesTold = true;
      const notes = { key: "notes.unsupported" as const };
      const status = this.state.status;
      this.set({
        status: status ? { ...status, parts: [...status.parts, notes] } : { intent: "info", parts: [notes] },
      });
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

  openApprove(): void {
    if (this.state.busy) return;
    if (this.state.plan.length === 0) {
      if (this.state.result) this.set({ status: nothingToApprove(this.state.result) });
      return;
    }
    this.set({ approveOpen: true, approveScope: null, error: null, status: null });
  }

  cancelApprove(): void {
    this.set({ approveOpen: false, approveScope: null });
  }

  /**
   * Writes the plan through the safe write path (it refuses if a cell changed since the check, saves the undo
   * record first, names a protected sheet), then checks again so the findings and the summary show the result.
   */
  applyApprove(): Promise<void> {
    const changes = this.scopedPlan();
    const scoped = this.state.approveScope !== null;
    const review = this.state.result?.review;
    // What was submitted stays 送审 after the sheet holds the approved amounts (until the approval is undone).
    // (A line filled to its cap while drafting is the unit's own figure: 送审 follows the sheet.)
    const submittedBefore = scoped
      ? this.state.submittedBefore
      : (this.state.submittedBefore ?? review?.submitted.toFixed() ?? null);
    // Closed first: a modal dialog would hide the progress and any error behind it.
    this.set({ approveOpen: false, approveScope: null });
    return this.run("approve", async () => {
      const { written } = await this.bridge.applyChanges(changes);
      this.set({ submittedBefore });
      const lines = new Set(changes.filter((c) => c.role === "amount").map((c) => c.lineId)).size;
      const parts: StatusMessage["parts"] = [{ key: "status.approved", params: { lines, n: written } }];
      if (review && !review.reduction.isZero() && !scoped) {
        const unit = this.state.result?.model.profile.unit ?? "元";
        parts.push({
          key: "status.approvedReduction",
          params: {
            amount: formatSheetMoney(review.reduction.toFixed(), unit, "zh-CN"),
            rate: percent(review.reductionRate),
          },
          paramsEn: {
            amount: formatSheetMoney(review.reduction.toFixed(), unit, "en-US"),
            rate: percent(review.reductionRate),
          },
        });
      }
      this.set({ canRevert: true, plan: [], status: { intent: "success", parts } });
      await this.checkNow(true);
    });
  }

  revert(): Promise<void> {
    return this.run("revert", async () => {
      const { restored, skipped } = await this.bridge.revertChanges();
      const parts: StatusMessage["parts"] = [{ key: "status.reverted", params: { n: restored } }];
      if (skipped.length > 0) parts.push(...skippedParts(skipped));
      this.set({ status: { intent: skipped.length > 0 ? "info" : "success", parts } });
      const canRevert = await this.bridge.canRevert();
      this.set({ canRevert, submittedBefore: canRevert ? this.state.submittedBefore : null });
      await this.checkNow(true);
    });
  }

  writeResultsSheet(): Promise<void> {
    return this.run("results", async () => {
      const result = this.state.result;
      const findings = result?.findings ?? [];
      // The 审核意见表 (a document: the project, every line by section, 送审 / 审定 / 审减) too, in the budget's unit,
      // as the CLI's annotated copy has it.
      const used = this.state.used;
      const pack = result && used ? await fetchStandard(used.id) : null;
      const extras =
        result && pack
          ? {
              document: reviewDocument(result.model, pack, withReasons(result.review, pack)),
              unit: result.model.profile.unit,
            }
          : undefined;
      const { sheets, kept } = await this.bridge.writeResultsSheet(findings, this.state.locale, extras);
      const parts: StatusMessage["parts"] = [{ key: "status.resultsWritten", params: { n: findings.length } }];
      // Our earlier sheets someone edited are kept as they are; the new ones stand beside them.
      if (kept.length)
        parts.push({
          key: "status.resultsKept",
          params: { kept: kept.join("、"), sheets: sheets.join("、") },
          paramsEn: { kept: kept.join(", "), sheets: sheets.join(", ") },
        });
      this.set({ status: { intent: kept.length ? "info" : "success", parts } });
    });
  }

  /**
   * Sets a line's category and/or device class (null clears a corrected class), keyed by sheet + name +
   * occurrence so inserting a row above does not move it; saves it in the workbook and checks again with it.
   */
  correctLine(lineId: string, patch: { category?: Category; hardwareClass?: HardwareClass | null }): Promise<void> {
    const model = this.state.result?.model;
    const line = model ? findLine(model, lineId) : null;
    const ref = model && line ? lineRef(model, line) : null;
    if (!ref) return Promise.resolve();
    return this.applyCorrections(withLineCorrection(this.state.corrections, ref, patch));
  }

  /** Sets the role of a column of a table (null: no role; undefined: back to what the engine reads). */
  correctColumn(tableIndex: number, col: number, role: ColumnRole | null | undefined): Promise<void> {
    const table = this.state.result?.model.tables.find((t) => t.index === tableIndex);
    const info = table?.columnInfo.find((c) => c.col === col);
    if (!table || !info) return Promise.resolve();
    const ref = columnRef(table, info);
    if (role !== undefined && columnCorrectionOf(this.state.corrections, ref)?.role === role) return Promise.resolve();
    return this.applyCorrections(withColumnCorrection(this.state.corrections, ref, role));
  }

  removeCorrection(kind: "lines" | "columns", index: number): Promise<void> {
    return this.applyCorrections(withoutCorrection(this.state.corrections, kind, index));
  }

  private applyCorrections(next: Corrections): Promise<void> {
    if (this.state.busy) return Promise.resolve();
    this.set({ corrections: next });
    const saved = this.saveCorrections(next);
    // Without a result there is nothing to re-run yet; the next check applies them.
    if (!this.state.result) return saved;
    return this.run("correct", async () => {
      await saved;
      await this.checkNow(true);
      this.set({
        status: { intent: "success", parts: [{ key: "corrections.applied", params: { n: correctionCount(next) } }] },
      });
    });
  }

  /** Saves in order; a failed save is shown and the corrections stay in use for this session. */
  private saveCorrections(next: Corrections): Promise<void> {
    this.savingCorrections = this.savingCorrections.then(async () => {
      try {
        await this.bridge.saveCorrections(correctionCount(next) > 0 ? next : null);
      } catch (err) {
        this.set({ error: toPaneError(err) });
      }
    });
    return this.savingCorrections;
  }

  /** Cells are selected outside `run`: jumping around must work while the list is shown, and is not a state change. */
  async selectCell(sheet: string, address: string): Promise<void> {
    this.selected(sheet, address);
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
