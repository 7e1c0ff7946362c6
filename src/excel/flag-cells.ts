import type { FlagTarget } from "../core/plan/types";
import type { HostCapabilities } from "./bridge";
import type { ExcelRun } from "./host";
import type { QueuedWrite } from "./batch";
import { actionBytes, addressLists, groupBy, syncInChunks, syncWrites } from "./batch";
import { cellAddress } from "./addresses";
import { BridgeError, errorCode } from "./errors";
import { SETTING_FLAGS, queueSetting, readSetting } from "./settings";

/** Every note the add-in writes starts with this, so clearing can tell its notes from the user's. */
export const NOTE_MARKER = "预算标尺 Budget Ruler";
const NOTE_SEPARATOR = "\n——————\n";

/**
 * What clearing needs to put a cell back: the fill we applied (to see whether the cell still carries it)
 * and the one that was there. `original` is "" for no fill, else "color" or "color|pattern|patternColor".
 * `note` is the user's own note text on the cell before flagging, or null when there was none.
 */
type FlagEntry = [address: string, flag: string, original: string, note: string | null];

export interface FlagRecord {
  v: 1;
  sheets: Record<string, FlagEntry[]>;
}

interface ReadFill {
  target: FlagTarget;
  fill: Excel.RangeFill;
  note: Excel.Note | null;
}

/** Fills (and notes) the target cells, remembering in the workbook's settings what each cell looked like. */
export async function flagCells(run: ExcelRun, caps: HostCapabilities, targets: FlagTarget[]): Promise<number> {
  if (targets.length === 0) return 0;
  return run(async (context) => {
    const record: FlagRecord = { v: 1, sheets: {} };
    const fillProps = caps.rangeAreas ? "color,pattern,patternColor" : "color";
    // First the originals, in as few syncs as the request limit allows (one for any ordinary sheet).
    await syncInChunks(
      context,
      targets,
      (t) => actionBytes(t.sheet, t.address) * (caps.notes ? 2 : 1),
      (chunk) => {
        const reads: ReadFill[] = chunk.map((target) => {
          const fill = context.workbook.worksheets.getItem(target.sheet).getRange(target.address).format.fill;
          fill.load(fillProps);
          const note = caps.notes ? context.workbook.notes.getItemOrNullObject(cellAddress(target.sheet, target.address)) : null;
          note?.load("content");
          return { target, fill, note };
        });
        return () => {
          for (const r of reads) {
            const entries = (record.sheets[r.target.sheet] ??= []);
            const userNote = r.note && !r.note.isNullObject ? r.note.content : null;
            entries.push([r.target.address, r.target.fill.toUpperCase(), fillSignature(r.fill, caps), userNote]);
          }
        };
      },
    ).catch((err) => rethrowNamingSheet(err, targets));
    // Then the flags: one fill per (sheet, colour) through getRanges where the host has it.
    const writes: QueuedWrite[] = [];
    for (const [key, group] of groupBy(targets, (t) => `${t.sheet}\u0000${t.fill}`)) {
      const [sheet, color] = key.split("\u0000");
      for (const q of fillQueues(context, caps, sheet, group.map((t) => t.address), (fill) => (fill.color = color))) writes.push(q);
    }
    if (caps.notes) {
      const notesBefore = new Map(Object.entries(record.sheets).flatMap(([sheet, es]) => es.map((e) => [`${sheet}!${e[0]}`, e[3]] as const)));
      for (const t of targets) {
        const where = cellAddress(t.sheet, t.address);
        const before = notesBefore.get(`${t.sheet}!${t.address}`) ?? null;
        writes.push({
          bytes: actionBytes(where, t.note, before),
          queue: () => {
            if (before === null) context.workbook.notes.add(where, t.note);
            else context.workbook.notes.getItem(where).content = `${before}${NOTE_SEPARATOR}${t.note}`;
          },
        });
      }
    }
    const json = JSON.stringify(record);
    writes.push({ bytes: actionBytes(json), queue: () => queueSetting(context, SETTING_FLAGS, record) });
    await syncWrites(context, writes).catch((err) => rethrowNamingSheet(err, targets));
    return targets.length;
  });
}

/** Puts back the formatting of every flagged cell that still carries our fill; leaves cells the user re-coloured. */
export async function clearCells(run: ExcelRun, caps: HostCapabilities): Promise<{ restored: number; skipped: number }> {
  return run(async (context) => {
    const record = await readSetting<FlagRecord>(context, SETTING_FLAGS);
    if (!record) return { restored: 0, skipped: 0 };
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const present = new Set(sheets.items.map((ws) => ws.name));
    const all = Object.entries(record.sheets).flatMap(([sheet, entries]) => entries.map((e) => ({ sheet, e })));
    const live = all.filter((x) => present.has(x.sheet));
    const fillProps = caps.rangeAreas ? "color,pattern" : "color";
    const stillOurs: typeof live = [];
    const notesToFix: { sheet: string; e: FlagEntry; note: Excel.Note }[] = [];
    await syncInChunks(
      context,
      live,
      (x) => actionBytes(x.sheet, x.e[0]) * (caps.notes ? 2 : 1),
      (chunk) => {
        const reads = chunk.map((x) => {
          const fill = context.workbook.worksheets.getItem(x.sheet).getRange(x.e[0]).format.fill;
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
    );
    const writes: QueuedWrite[] = [];
    for (const [key, group] of groupBy(stillOurs, (x) => `${x.sheet}\u0000${x.e[2]}`)) {
      const [sheet, original] = key.split("\u0000");
      const addresses = group.map((x) => x.e[0]);
      for (const q of fillQueues(context, caps, sheet, addresses, (fill) => restoreFill(fill, original, caps))) writes.push(q);
    }
    for (const { e, note } of notesToFix) {
      writes.push({
        bytes: actionBytes(e[0], e[3]),
        queue: () => {
          if (e[3] === null) note.delete();
          else note.content = e[3];
        },
      });
    }
    writes.push({ bytes: actionBytes(SETTING_FLAGS), queue: () => context.workbook.settings.getItem(SETTING_FLAGS).delete() });
    await syncWrites(context, writes);
    return { restored: stillOurs.length, skipped: all.length - stillOurs.length };
  });
}

export async function hasFlagRecord(run: ExcelRun): Promise<boolean> {
  return run(async (context) => (await readSetting<FlagRecord>(context, SETTING_FLAGS)) !== null);
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

/** One queued write per getRanges list (≤ 8,000 characters), or per cell where the host lacks getRanges. */
function fillQueues(
  context: Excel.RequestContext,
  caps: HostCapabilities,
  sheet: string,
  addresses: string[],
  apply: (fill: Excel.RangeFill) => void,
): QueuedWrite[] {
  if (caps.rangeAreas) {
    return addressLists(addresses).map((list) => ({
      bytes: actionBytes(sheet, list),
      queue: () => apply(context.workbook.worksheets.getItem(sheet).getRanges(list).format.fill as unknown as Excel.RangeFill),
    }));
  }
  return addresses.map((a) => ({
    bytes: actionBytes(sheet, a),
    queue: () => apply(context.workbook.worksheets.getItem(sheet).getRange(a).format.fill),
  }));
}

function rethrowNamingSheet(err: unknown, targets: FlagTarget[]): never {
  if (errorCode(err) !== "ItemNotFound") throw err;
  const sheets = [...new Set(targets.map((t) => t.sheet))].join("、");
  throw new BridgeError(
    `找不到工作表“${sheets}”：检查之后它被重命名或删除了，请重新检查。`,
    `Sheet "${sheets}" is gone (renamed or deleted since the check); check again.`,
    sheets,
  );
}
