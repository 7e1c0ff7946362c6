import { planFlags, type Finding } from "../core";
import type { ExcelBridge, HostCapabilities, SavedChoices } from "./bridge";
import type { ExcelHost } from "./host";
import { detectCapabilities } from "./host";
import { readSheet, readSheets } from "./read-sheets";
import { clearCells, flagCells, hasFlagRecord } from "./flag-cells";
import { applyCellChanges, hasRevertRecord, revertCellChanges } from "./cell-changes";
import { writeResults } from "./results-sheet";
import {
  SETTING_CHOICES,
  SETTING_CORRECTIONS,
  queueDeleteSetting,
  queueReadSetting,
  queueSetting,
  readSetting,
  readingRecord,
  removeRecord,
} from "./settings";
import { watchChanges, watchSelection } from "./events";
import { writeTemplateSheet } from "./template-sheet";
import { BridgeError } from "./errors";

/** The task pane's view of Excel, over Office.js (or the fake host in tests). */
export function createOfficeBridge(host: ExcelHost): ExcelBridge {
  const caps: HostCapabilities = detectCapabilities(host.isSetSupported);
  const run = host.run;
  return {
    capabilities: async () => caps,
    readWorkbook: (onProgress, opts) => readSheets(run, caps, onProgress, { ...opts, getFile: host.getFile }),
    async flagFindings(findings: Finding[], locale: "zh-CN" | "en-US" = "zh-CN") {
      // A second check replaces the first one's flags rather than stacking on them (and on their originals).
      if (await hasFlagRecord(run)) await clearCells(run, caps);
      return { flagged: await flagCells(run, caps, planFlags(findings, locale)) };
    },
    clearFlags: () => clearCells(run, caps),
    hasFlags: () => hasFlagRecord(run),
    async selectCell(sheet: string, address: string) {
      await run(async (context) => {
        const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
        ws.load("name");
        await context.sync();
        if (ws.isNullObject) {
          throw new BridgeError(
            `找不到工作表“${sheet}”（可能已重命名或删除），请重新检查。`,
            `Sheet "${sheet}" not found (renamed or deleted?); check again.`,
            sheet,
            address,
          );
        }
        ws.activate();
        ws.getRange(address).select();
        await context.sync();
      });
    },
    applyChanges: async (changes) => ({ written: await applyCellChanges(run, changes) }),
    revertChanges: () => revertCellChanges(run),
    canRevert: () => hasRevertRecord(run),
    writeResultsSheet: (findings, locale, extras) =>
      writeResults(run, findings, locale, extras, { pageLayout: caps.rangeAreas }),
    loadChoices: () =>
      readingRecord("choices", () =>
        run(async (context) => (await readSetting<SavedChoices>(context, SETTING_CHOICES)) ?? {}),
      ),
    async saveChoices(choices: SavedChoices) {
      await run(async (context) => {
        queueSetting(context, SETTING_CHOICES, choices);
        await context.sync();
      });
    },
    // Raw: the pane validates what it reads back (a crafted workbook must not reach the engine unchecked).
    loadCorrections: () =>
      readingRecord("corrections", () =>
        run(async (context) => {
          const value = queueReadSetting(context, SETTING_CORRECTIONS);
          await context.sync();
          return value();
        }),
      ),
    removeSavedRecord: (record) => removeRecord(run, record),
    watchChanges: (listener) => watchChanges(run, caps, listener),
    writeTemplate: (template) => writeTemplateSheet(run, template),
    watchSelection: (listener) => watchSelection(run, caps, listener),
    ...(caps.mergedAreas ? { readSheet: (name: string) => readSheet(run, caps, name) } : {}),
    async saveCorrections(corrections) {
      await run(async (context) => {
        if (corrections) queueSetting(context, SETTING_CORRECTIONS, corrections);
        else queueDeleteSetting(context, SETTING_CORRECTIONS);
        await context.sync();
      });
    },
  };
}
