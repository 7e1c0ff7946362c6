import { planFlags, type Corrections } from "../core";
import type { ExcelBridge, HostCapabilities, SavedChoices } from "../excel/bridge";
import { BridgeError } from "../excel/errors";
import { SETTING_CHOICES, SETTING_CORRECTIONS } from "../excel/settings";
import type { WpsApplication } from "./om";
import { readWpsWorkbook } from "./read";
import { applyWps, canRevertWps, clearWps, flagWps, hasFlagsWps, revertWps } from "./write";
import { writeResultsWps } from "./results";
import { activeBook, listSheets } from "./sheets";
import { Store } from "./store";

/**
 * The task pane's view of WPS 表格: the same ExcelBridge the Office.js adapter implements (src/excel/office-bridge.ts),
 * over the WPS object model (`window.Application` in a WPS 加载项 page). WPS calls are synchronous; the bridge's
 * methods stay promises so the pane does not know which host it has. The host-neutral pieces are the Office
 * adapter's own: the flag and undo records and their validation (src/excel/records.ts), the cell comparison
 * (cell-content.ts), the results-sheet record and fingerprint (results-sheet.ts), the setting keys (settings.ts).
 */
export function createWpsBridge(app: WpsApplication): ExcelBridge {
  // Comments are notes; fills can be told from "no fill" (ColorIndex xlNone); MergeCells/MergeArea give merges.
  const caps: HostCapabilities = { notes: true, rangeAreas: true, mergedAreas: true };
  const run = async <T>(work: () => T): Promise<T> => work();
  const store = () => Store.load(activeBook(app));
  return {
    capabilities: async () => caps,
    readWorkbook: (onProgress, opts) => run(() => readWpsWorkbook(app, onProgress, opts)),
    flagFindings: (findings, locale = "zh-CN") =>
      run(() => {
        // A second check replaces the first one's flags rather than stacking on them (and on their originals).
        if (hasFlagsWps(app)) clearWps(app);
        return { flagged: flagWps(app, planFlags(findings, locale)) };
      }),
    clearFlags: () => run(() => clearWps(app)),
    hasFlags: () => run(() => hasFlagsWps(app)),
    selectCell: (sheet, address) =>
      run(() => {
        const ws = listSheets(activeBook(app)).find((s) => s.name === sheet)?.ws;
        if (!ws) {
          throw new BridgeError(
            `找不到工作表“${sheet}”（可能已重命名或删除），请重新检查。`,
            `Sheet "${sheet}" not found (renamed or deleted?); check again.`,
            sheet,
            address,
          );
        }
        ws.Activate();
        ws.Range(address).Select();
      }),
    applyChanges: (changes) => run(() => ({ written: applyWps(app, changes) })),
    revertChanges: () => run(() => revertWps(app)),
    canRevert: () => run(() => canRevertWps(app)),
    writeResultsSheet: (findings, locale, extras) => run(() => writeResultsWps(app, findings, locale, extras)),
    loadChoices: () =>
      run(() => {
        const raw = store().get(SETTING_CHOICES);
        if (raw === null) return {};
        try {
          const value = JSON.parse(raw) as unknown;
          return value && typeof value === "object" && !Array.isArray(value) ? (value as SavedChoices) : {};
        } catch {
          return {};
        }
      }),
    saveChoices: (choices) =>
      run(() => {
        const s = store();
        s.set(SETTING_CHOICES, choices);
        s.save(app);
      }),
    // Raw: the pane validates what it reads back (parseCorrections), as for the Office adapter.
    loadCorrections: () => run(() => store().get(SETTING_CORRECTIONS)),
    saveCorrections: (corrections: Corrections | null) =>
      run(() => {
        const s = store();
        if (corrections) s.set(SETTING_CORRECTIONS, corrections);
        else s.delete(SETTING_CORRECTIONS);
        s.save(app);
      }),
  };
}
