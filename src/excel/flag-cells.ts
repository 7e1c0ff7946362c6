import type { FlagTarget } from "../core";
import type { HostCapabilities } from "./bridge";
import type { ExcelRun } from "./host";
import type { QueuedWrite } from "./batch";
import type { FlagEntry, FlagRecord } from "./records";
import {
  addressLists,
  groupBy,
  loadBytes,
  methodBytes,
  objectBytes,
  setBytes,
  syncInChunks,
  syncWrites,
} from "./batch";
import { cellAddress } from "./addresses";
import { RecordError, validateFlagRecord } from "./records";
import { assertWritable, explainWriteError, queueSheetStates, sheetShare, worksheetCache } from "./sheet-state";
import { SETTING_FLAGS, queueReadSetting, queueSetting, readingRecord } from "./settings";
import { invalidFlagRecord } from "./refusals";

/** Every note the add-in writes starts with this, so clearing can tell its notes from the user's. */
const NOTE_MARKER = "预算标尺 Budget Ruler";
const NOTE_SEPARATOR = "\n——————\n";

interface ReadFill {
  target: FlagTarget;
  fill: Excel.RangeFill;
  note: Excel.Note | null;
}

/** Request bytes of reading one cell's fill (and note): its range, format and fill proxies and their loads. */
function fillReadBytes(sheet: string, address: string, caps: HostCapabilities, fillProps: string): number {
  const fill =
    objectBytes("method", "GetRange", [address]) +
    objectBytes("property", "Format") +
    objectBytes("property", "Fill") +
    loadBytes(fillProps);
  return (
    fill +
    (caps.notes
      ? objectBytes("method", "GetItemOrNullObject", [cellAddress(sheet, address)]) + loadBytes("content")
      : 0)
  );
}

/**
 * Fills (and notes) the target cells, remembering in the workbook's settings what each cell looked like. The
 * first request reads the originals and whether each sheet exists and is protected; a protected sheet is named
 * and nothing is written.
 */
export async function flagCells(run: ExcelRun, caps: HostCapabilities, targets: FlagTarget[]): Promise<number> {
  if (targets.length === 0) return 0;
  const sheets = [...new Set(targets.map((t) => t.sheet))];
  return run(async (context) => {
    const record: FlagRecord = { v: 1, sheets: {} };
    const fillProps = caps.rangeAreas ? "color,pattern,patternColor" : "color";
    const wsOf = worksheetCache(context);
    let checked = false;
    // First the originals, in as few syncs as the request limit allows (one for any ordinary sheet).
    await syncInChunks(
      context,
      targets,
      (t) => fillReadBytes(t.sheet, t.address, caps, fillProps),
      (chunk) => {
        const states = checked ? null : queueSheetStates(context);
        const reads: ReadFill[] = chunk.map((target) => {
          const fill = wsOf(target.sheet).getRange(target.address).format.fill;
          fill.load(fillProps);
          const note = caps.notes
            ? context.workbook.notes.getItemOrNullObject(cellAddress(target.sheet, target.address))
            : null;
          note?.load("content");
          return { target, fill, note };
        });
        return () => {
          if (states) {
            assertWritable(states(), sheets);
            checked = true;
          }
          for (const r of reads) {
            const entries = (record.sheets[r.target.sheet] ??= []);
            const userNote = r.note && !r.note.isNullObject ? r.note.content : null;
            entries.push([r.target.address, r.target.fill.toUpperCase(), fillSignature(r.fill, caps), userNote]);
          }
        };
      },
      { shared: (t) => sheetShare(t.sheet) },
    ).catch((err) => {
      throw explainWriteError(err, sheets);
    });
    // Then the flags: one fill per (sheet, colour) through getRanges where the host has it.
    const writes: QueuedWrite[] = [];
    for (const [key, group] of groupBy(targets, (t) => `${t.sheet}\u0000${t.fill}`)) {
      const [sheet, color] = key.split("\u0000");
      for (const q of fillQueues(
        wsOf,
        caps,
        sheet,
        group.map((t) => t.address),
        setBytes("color", color),
        (fill) => (fill.color = color),
      ))
        writes.push(q);
    }
    if (caps.notes) {
      const notesBefore = new Map(
        Object.entries(record.sheets).flatMap(([sheet, es]) => es.map((e) => [`${sheet}!${e[0]}`, e[3]] as const)),
      );
      for (const t of targets) {
        const where = cellAddress(t.sheet, t.address);
        const before = notesBefore.get(`${t.sheet}!${t.address}`) ?? null;
        const content = before === null ? t.note : `${before}${NOTE_SEPARATOR}${t.note}`;
        writes.push({
          bytes:
            before === null
              ? objectBytes("method", "Add", [where, content])
              : objectBytes("indexer", "", [where]) + setBytes("content", content),
          queue: () => {
            if (before === null) context.workbook.notes.add(where, content);
            else context.workbook.notes.getItem(where).content = content;
          },
        });
      }
    }
    writes.push({
      bytes: objectBytes("method", "Add", [SETTING_FLAGS, JSON.stringify(record)]),
      queue: () => queueSetting(context, SETTING_FLAGS, record),
    });
    await syncWrites(context, writes).catch((err) => {
      throw explainWriteError(err, sheets);
    });
    return targets.length;
  });
}

/**
 * Puts back the formatting of every flagged cell that still carries our fill; leaves cells the user re-coloured.
 * The saved record is validated first: an invalid one is refused (and removed) with nothing written; a
 * protected sheet is named before anything is written.
 */
export async function clearCells(
  run: ExcelRun,
  caps: HostCapabilities,
): Promise<{ restored: number; skipped: number }> {
  return run(async (context) => {
    const raw = queueReadSetting(context, SETTING_FLAGS);
    const statesOf = queueSheetStates(context);
    await readingRecord("flags", () => context.sync());
    const value = raw();
    if (value === null) return { restored: 0, skipped: 0 };
    let record: FlagRecord;
    try {
      record = validateFlagRecord(value);
    } catch (err) {
      if (!(err instanceof RecordError)) throw err;
      context.workbook.settings.getItem(SETTING_FLAGS).delete();
      await context.sync();
      throw invalidFlagRecord(err);
    }
    const states = statesOf();
    const all = Object.entries(record.sheets).flatMap(([sheet, entries]) => entries.map((e) => ({ sheet, e })));
    // Cells of sheets renamed or deleted since are left (counted as skipped); the others must be writable.
    const live = all.filter((x) => states.present.has(x.sheet));
    const sheets = [...new Set(live.map((x) => x.sheet))];
    assertWritable(states, sheets);
    const fillProps = caps.rangeAreas ? "color,pattern" : "color";
    const stillOurs: typeof live = [];
    const notesToFix: { sheet: string; e: FlagEntry; note: Excel.Note }[] = [];
    const wsOf = worksheetCache(context);
    await syncInChunks(
      context,
      live,
      (x) => fillReadBytes(x.sheet, x.e[0], caps, fillProps),
      (chunk) => {
        const reads = chunk.map((x) => {
          const fill = wsOf(x.sheet).getRange(x.e[0]).format.fill;
          fill.load(fillProps);
          const note = caps.notes ? context.workbook.notes.getItemOrNullObject(cellAddress(x.sheet, x.e[0])) : null;
          note?.load("content");
          return { x, fill, note };
        });
        return () => {
          for (const { x, fill, note } of reads) {
            const solid = !caps.rangeAreas || fill.pattern === "Solid";
            if (solid && (fill.color ?? "").toUpperCase() === x.e[1]) stillOurs.push(x);
            if (note && !note.isNullObject && note.content.includes(NOTE_MARKER)) notesToFix.push({ ...x, note });
          }
        };
      },
      { shared: (x) => sheetShare(x.sheet) },
    ).catch((err) => {
      throw explainWriteError(err, sheets);
    });
    const writes: QueuedWrite[] = [];
    for (const [key, group] of groupBy(stillOurs, (x) => `${x.sheet}\u0000${x.e[2]}`)) {
      const [sheet, original] = key.split("\u0000");
      const addresses = group.map((x) => x.e[0]);
      for (const q of fillQueues(wsOf, caps, sheet, addresses, restoreBytes(original, caps), (fill) =>
        restoreFill(fill, original, caps),
      ))
        writes.push(q);
    }
    for (const { sheet, e, note } of notesToFix) {
      const where = cellAddress(sheet, e[0]);
      writes.push({
        bytes:
          objectBytes("method", "GetItemOrNullObject", [where]) +
          (e[3] === null ? methodBytes("Delete") : setBytes("content", e[3])),
        queue: () => {
          if (e[3] === null) note.delete();
          else note.content = e[3];
        },
      });
    }
    writes.push({
      bytes: objectBytes("indexer", "", [SETTING_FLAGS]) + methodBytes("Delete"),
      queue: () => context.workbook.settings.getItem(SETTING_FLAGS).delete(),
    });
    await syncWrites(context, writes).catch((err) => {
      throw explainWriteError(err, sheets);
    });
    return { restored: stillOurs.length, skipped: all.length - stillOurs.length };
  });
}

/** There is a flag record (it is validated when used). */
export async function hasFlagRecord(run: ExcelRun): Promise<boolean> {
  return run(async (context) => {
    const raw = queueReadSetting(context, SETTING_FLAGS);
    await readingRecord("flags", () => context.sync());
    return raw() !== null;
  });
}

function fillSignature(fill: Excel.RangeFill, caps: HostCapabilities): string {
  if (caps.rangeAreas) {
    if (fill.pattern === "None") return "";
    const color = (fill.color ?? "#FFFFFF").toUpperCase();
    return fill.pattern === "Solid" ? color : `${color}|${fill.pattern}|${(fill.patternColor ?? "").toUpperCase()}`;
  }
  // Before ExcelApi 1.9 a white fill cannot be told from no fill; "no fill" is the far more common one.
  const color = (fill.color ?? "#FFFFFF").toUpperCase();
  return color === "#FFFFFF" ? "" : color;
}

function restoreFill(fill: Excel.RangeFill, original: string, caps: HostCapabilities): void {
  if (original === "") {
    fill.clear();
    return;
  }
  const [color, pattern, patternColor] = original.split("|");
  fill.color = color;
  if (caps.rangeAreas && pattern) {
    fill.pattern = pattern as Excel.FillPattern;
    if (patternColor) fill.patternColor = patternColor;
  }
}

/** Request bytes of putting an original fill back: a Clear, or colour (and pattern) writes. */
function restoreBytes(original: string, caps: HostCapabilities): number {
  if (original === "") return methodBytes("Clear");
  const [color, pattern, patternColor] = original.split("|");
  return (
    setBytes("color", color) +
    (caps.rangeAreas && pattern
      ? setBytes("pattern", pattern) + (patternColor ? setBytes("patternColor", patternColor) : 0)
      : 0)
  );
}

/**
 * One queued write per getRanges list (≤ 8,000 characters), or per cell where the host lacks getRanges.
 * `applyBytes` is what `apply` queues on the fill.
 */
function fillQueues(
  wsOf: (sheet: string) => Excel.Worksheet,
  caps: HostCapabilities,
  sheet: string,
  addresses: string[],
  applyBytes: number,
  apply: (fill: Excel.RangeFill) => void,
): QueuedWrite[] {
  const fillPaths = objectBytes("property", "Format") + objectBytes("property", "Fill") + applyBytes;
  if (caps.rangeAreas) {
    return addressLists(addresses).map((list) => ({
      bytes: objectBytes("method", "GetRanges", [list]) + fillPaths,
      shared: sheetShare(sheet),
      queue: () => apply(wsOf(sheet).getRanges(list).format.fill as unknown as Excel.RangeFill),
    }));
  }
  return addresses.map((a) => ({
    bytes: objectBytes("method", "GetRange", [a]) + fillPaths,
    shared: sheetShare(sheet),
    queue: () => apply(wsOf(sheet).getRange(a).format.fill),
  }));
}
