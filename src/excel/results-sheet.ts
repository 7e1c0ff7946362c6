import {
  columnLetters,
  FINDINGS_SHEET_NAME,
  findingsSheet,
  qualify,
  REVIEW_SHEET_NAME,
  reviewSheet,
  type Finding,
  type MoneyUnit,
  type ReportCell,
  type ReportSheet,
  type ReviewDocument,
} from "../core";
import type { ExcelRun } from "./host";
import { objectBytes, setBytes, methodBytes, syncInChunks, syncWrites, utf8Bytes, type QueuedWrite } from "./batch";
import { explainWriteError, queueSheetStates } from "./sheet-state";
import { protectedSheetError } from "./refusals";
import { BridgeError, isAccessDenied } from "./errors";
import { queueReadSetting, queueSetting } from "./settings";
import { isSheetName } from "./records";

/** The names our results sheets get first (a user's sheet of that name keeps it; ours gets a number). */
export const RESULTS_SHEET_NAMES = [
  FINDINGS_SHEET_NAME["zh-CN"],
  FINDINGS_SHEET_NAME["en-US"],
  REVIEW_SHEET_NAME["zh-CN"],
  REVIEW_SHEET_NAME["en-US"],
];

/**
 * Which sheets the add-in wrote, and a fingerprint of what each held when it had written it: a sheet is ours
 * only while it is listed here, and rewritten in place only while it still holds exactly what we wrote.
 */
export const SETTING_RESULTS = "budgetRuler.results";

export type ResultsRole = "review" | "findings";

export interface ResultsRecord {
  sheets: { role: ResultsRole; name: string; fingerprint: string }[];
}

/** What the results sheets need besides the findings. */
export interface ResultsExtras {
  /** The verdict with the project's facts and lines (reviewDocument): with it a 审核意见表 is written too (shown). */
  document?: ReviewDocument | null;
  /** The unit the budget is written in: amounts are shown in it (元 when not given). */
  unit?: MoneyUnit;
}

/** What a write did: the sheets written, and our earlier sheets that someone edited (kept, new ones written beside). */
export interface ResultsWritten {
  sheets: string[];
  kept: string[];
}

/** A record read back from the workbook's settings, validated (nothing in a workbook is trusted); null when none. */
export function parseResultsRecord(raw: unknown): ResultsRecord | null {
  let value = raw;
  if (typeof value === "string") {
    try {
      value = JSON.parse(value);
    } catch {
      return null;
    }
  }
  const sheets = (value as { sheets?: unknown } | null)?.sheets;
  if (!Array.isArray(sheets)) return null;
  const ok = sheets.filter(
    (s): s is ResultsRecord["sheets"][number] =>
      !!s &&
      typeof s === "object" &&
      (s.role === "review" || s.role === "findings") &&
      isSheetName(s.name) &&
      typeof s.fingerprint === "string",
  );
  return { sheets: ok };
}

/** The names of the sheets the add-in wrote, from the record (for the reader to leave out). */
export function ourSheets(raw: unknown): Set<string> {
  return new Set(parseResultsRecord(raw)?.sheets.map((s) => s.name) ?? []);
}

/** A 53-bit hash (cyrb53) of what a sheet holds: its used range's address and formulas. */
export function fingerprint(address: string | null, formulas: unknown[][] | null): string {
  const text = JSON.stringify([address ?? "", formulas ?? []]);
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** A report cell as Office.js takes it in `range.formulas`, and its number format. */
function officeCell(c: ReportCell): [string | number, string] {
  if (c === null) return ["", "General"];
  if (typeof c === "string") return [text(c), "General"];
  if ("number" in c) return [c.number, c.format];
  const target = "href" in c ? c.href : `#${qualify(c.link.sheet, c.link.address)}`;
  return [`=HYPERLINK("${target.replace(/"/g, '""')}","${c.text.replace(/"/g, '""')}")`, "General"];
}

/** Queues the load of a sheet's used range (values only) for its fingerprint; read after the caller's sync. */
function queueContent(ws: Excel.Worksheet): () => string {
  const used = ws.getUsedRangeOrNullObject(true);
  used.load("address,formulas");
  // Read only through the returned function, after the caller's sync.
  /* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load */
  return () =>
    used.isNullObject ? fingerprint(null, null) : fingerprint(used.address.replace(/^.*!/, ""), used.formulas);
  /* eslint-enable office-addins/call-sync-before-read, office-addins/call-sync-after-load */
}

/** `base`, or `base (2)`, `base (3)` … the first name no sheet has (compared as Excel does, ignoring case). */
export function freeName(base: string, taken: Set<string>): string {
  const has = (n: string) => [...taken].some((t) => t.toLowerCase() === n.toLowerCase());
  let name = base;
  for (let i = 2; has(name); i++) name = `${base.slice(0, 26)} (${i})`;
  return name;
}

export interface ResultsTarget {
  role: ResultsRole;
  sheet: ReportSheet;
  /** The name it gets. */
  name: string;
  /** Our sheet of this role, unedited, rewritten in place (and renamed when the language changed); null: a new sheet. */
  reuse: string | null;
}

/**
 * Where each results sheet goes, in any host: our unedited sheet of its role (renamed to the sheet's name when that
 * is free, as after a language switch), else a new sheet under a free name — never a person's sheet, never one of
 * ours edited since (`ours`: our recorded sheets still present; `unedited`: those still holding what we wrote).
 */
export function placeResultsSheets(
  sheets: readonly { role: ResultsRole; sheet: ReportSheet }[],
  ours: ResultsRecord["sheets"],
  unedited: ReadonlySet<string>,
  present: Iterable<string>,
): ResultsTarget[] {
  const taken = new Set(present);
  const targets: ResultsTarget[] = [];
  for (const { role, sheet } of sheets) {
    const mine = ours.find((s) => s.role === role && unedited.has(s.name) && !targets.some((t) => t.reuse === s.name));
    if (mine) {
      taken.delete(mine.name);
      const name = mine.name === sheet.name || !has(taken, sheet.name) ? sheet.name : mine.name;
      taken.add(name);
      targets.push({ role, sheet, name, reuse: mine.name });
    } else {
      const name = freeName(sheet.name, taken);
      taken.add(name);
      targets.push({ role, sheet, name, reuse: null });
    }
  }
  return targets;
}

/**
 * Writes the visible results sheets — the layout of src/core/report/review-sheet.ts, the one the CLI's annotated
 * copy has: the 审核意见表 when `extras.document` is given (a document to print and sign), then the 审核结果
 * findings list. Never over a person's work:
 *
 * - only sheets the add-in created are written to: they are listed, with a fingerprint of what they held, in the
 *   workbook's settings; a user's own sheet named 审核意见表 is none of them (it is audited like any sheet);
 * - one of ours is rewritten in place only when it still holds exactly what we wrote; edited since, it is left as
 *   it is (no longer ours) and a new sheet is written beside it — the result says which were kept;
 * - our sheets follow the language: written in English after Chinese, the same sheets are renamed and rewritten.
 *
 * Office.js batched: one sync for the sheets and the record, one to fingerprint our sheets, the rows by request
 * size (one sync for any ordinary budget), one for the formats, one for the new record — never one per row.
 */
export async function writeResults(
  run: ExcelRun,
  findings: Finding[],
  locale: "zh-CN" | "en-US",
  extras: ResultsExtras = {},
  host: { pageLayout: boolean } = { pageLayout: true },
): Promise<ResultsWritten> {
  const opts = { locale, unit: extras.unit ?? "元" } as const;
  const sheets: { role: ResultsRole; sheet: ReportSheet }[] = [];
  if (extras.document) sheets.push({ role: "review", sheet: reviewSheet(extras.document, opts) });
  sheets.push({ role: "findings", sheet: findingsSheet(findings, opts) });
  return run(async (context) => {
    const statesOf = queueSheetStates(context);
    const recordOf = queueReadSetting(context, SETTING_RESULTS);
    await context.sync();
    const states = statesOf();
    const record = parseResultsRecord(recordOf()) ?? { sheets: [] };
    const ours = record.sheets.filter((s) => states.present.has(s.name));

    // Which of our sheets still hold what we wrote.
    const contents = ours.map((s) => queueContent(context.workbook.worksheets.getItem(s.name)));
    if (ours.length) await context.sync();
    const unedited = new Set(ours.filter((s, i) => contents[i]() === s.fingerprint).map((s) => s.name));
    const kept = ours.filter((s) => !unedited.has(s.name)).map((s) => s.name);

    // Where each sheet goes: our unedited sheet of that role, else a new sheet under a free name.
    const targets = placeResultsSheets(sheets, ours, unedited, states.present);
    const locked = targets.map((t) => t.reuse).filter((n): n is string => n !== null && states.protected.has(n));
    if (locked.length) throw protectedSheetError(locked, "excel");
    // An unedited sheet of ours this write no longer needs (no verdict this time): it goes, as it was only ours.
    const spare = ours.filter((s) => unedited.has(s.name) && !targets.some((t) => t.reuse === s.name));

    const reads: (() => string)[] = [];
    for (const t of targets) reads.push(await writeSheet(context, t, host.pageLayout));
    for (const s of spare) context.workbook.worksheets.getItem(s.name).delete();
    context.workbook.worksheets.getItem(targets[0].name).activate();
    await context.sync();
    const next: ResultsRecord = {
      sheets: targets.map((t, i) => ({ role: t.role, name: t.name, fingerprint: reads[i]() })),
    };
    queueSetting(context, SETTING_RESULTS, next);
    await context.sync();
    return { sheets: targets.map((t) => t.name), kept };
  });
}

function has(names: Set<string>, name: string): boolean {
  return [...names].some((n) => n.toLowerCase() === name.toLowerCase());
}

/** Points of a column `w` characters wide (Excel: 7 px per character plus 5 px padding at the default font). */
export const columnPoints = (w: number) => Math.round((w * 7 + 5) * 0.75 * 100) / 100;

/**
 * Writes one sheet: its rows by request size, then the formats (bold rows, fills, merges, row heights, column
 * widths, wrapping, page setup) as byte-counted writes; queues the read of what it holds afterwards.
 */
async function writeSheet(context: Excel.RequestContext, t: ResultsTarget, pageLayout: boolean): Promise<() => string> {
  const { sheet } = t;
  const present = t.reuse !== null;
  let ws = present ? context.workbook.worksheets.getItem(t.reuse!) : context.workbook.worksheets.add(t.name);
  if (present) {
    // Emptied rather than deleted and added again, so nothing else moves: contents, formats, merges, row heights.
    const all = ws.getRange();
    all.unmerge();
    all.clear();
    all.format.useStandardHeight = true;
    // Ours in the other language: renamed, then reached by its new name.
    if (t.reuse !== t.name) {
      ws.name = t.name;
      ws = context.workbook.worksheets.getItem(t.name);
    }
  }
  const width = sheet.widths.length;
  const last = columnLetters(width - 1);
  const rows = sheet.rows.map((r) => {
    const cells = r.cells.map(officeCell);
    return { style: r.style, formulas: cells.map((c) => c[0]), formats: cells.map((c) => c[1]) };
  });
  let top = 0;
  try {
    await syncInChunks(
      context,
      rows,
      (r) => utf8Bytes(JSON.stringify(r.formulas)) + utf8Bytes(JSON.stringify(r.formats)) + 2,
      (chunk) => {
        const range = ws.getRange(`A${top + 1}:${last}${top + chunk.length}`);
        // Formats first: a number written into a cell formatted as text would stay text.
        range.numberFormat = chunk.map((r) => r.formats);
        range.formulas = chunk.map((r) => r.formulas);
        top += chunk.length;
      },
      {
        shared: () => ({
          key: "rows",
          bytes:
            objectBytes("method", "GetRange", [`A1048576:${last}1048576`]) +
            setBytes("formulas", []) +
            setBytes("numberFormat", []),
        }),
      },
    );
    await syncWrites(context, formatWrites(ws, sheet, last, pageLayout));
    return queueContent(ws);
  } catch (err) {
    // Adding a sheet to a workbook whose structure is protected is refused the same way (AccessDenied).
    if (!present && isAccessDenied(err)) throw structureProtectedError(t.name);
    throw explainWriteError(err, [t.name]);
  }
}

/** The formats of a sheet as byte-counted writes (so thousands of wrapped rows never make one oversized request). */
function formatWrites(ws: Excel.Worksheet, sheet: ReportSheet, last: string, pageLayout: boolean): QueuedWrite[] {
  const range = (address: string) => objectBytes("method", "GetRange", [address]) + objectBytes("property", "Format");
  const writes: QueuedWrite[] = [];
  const add = (bytes: number, queue: () => void) => writes.push({ bytes, queue });
  sheet.widths.forEach((w, i) => {
    const col = columnLetters(i);
    add(range(`${col}:${col}`) + setBytes("columnWidth", 999.99), () => {
      ws.getRange(`${col}:${col}`).format.columnWidth = columnPoints(w);
    });
  });
  if (sheet.wrap) {
    add(range(`A:${last}`) + setBytes("wrapText", true) + setBytes("verticalAlignment", "Top"), () => {
      const f = ws.getRange(`A:${last}`).format;
      f.wrapText = true;
      f.verticalAlignment = "Top";
    });
  }
  sheet.rows.forEach((r, i) => {
    const address = `A${i + 1}:${last}${i + 1}`;
    if (
      r.style === "header" ||
      r.style === "total" ||
      r.style === "section" ||
      r.style === "subtotal" ||
      r.style === "title"
    ) {
      add(
        range(address) +
          objectBytes("property", "Font") +
          setBytes("bold", true) +
          objectBytes("property", "Fill") +
          setBytes("color", "#D9E1F2"),
        () => {
          const f = ws.getRange(address).format;
          f.font.bold = true;
          if (r.style === "header") f.fill.color = "#D9E1F2";
          if (r.style === "total") f.fill.color = "#F2F2F2";
        },
      );
    }
    if (r.style === "title") {
      add(
        range(`A${i + 1}`) +
          objectBytes("property", "Font") +
          setBytes("size", 16) +
          setBytes("horizontalAlignment", "Center"),
        () => {
          const f = ws.getRange(`A${i + 1}`).format;
          f.font.size = 16;
          f.horizontalAlignment = "Center";
        },
      );
    }
    for (const [a, b] of r.merge ?? []) {
      if (b <= a) continue;
      const merged = `${columnLetters(a)}${i + 1}:${columnLetters(b)}${i + 1}`;
      add(objectBytes("method", "GetRange", [merged]) + methodBytes("Merge", [false]), () =>
        ws.getRange(merged).merge(false),
      );
    }
    if (r.height !== undefined) {
      add(range(address) + setBytes("rowHeight", 999.99), () => {
        ws.getRange(address).format.rowHeight = r.height!;
      });
    }
  });
  if (!pageLayout) return writes;
  const page = sheet.page;
  const repeat = page ? `$${page.repeatRows[0]}:$${page.repeatRows[1]}` : "$1:$1";
  add(
    objectBytes("property", "PageLayout") +
      6 * setBytes("orientation", "Landscape") +
      methodBytes("SetPrintTitleRows", [repeat]) +
      200,
    () => {
      // Handed on on paper too: A4 landscape, one page wide, the header on every page, page numbers (ExcelApi 1.9).
      const layout = ws.pageLayout;
      layout.orientation = "Landscape";
      layout.paperSize = "A4";
      layout.centerHorizontally = true;
      layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      layout.setPrintTitleRows(repeat);
      if (page) layout.headersFooters.defaultForAllPages.centerFooter = page.footer.replace(/^&C/, "");
    },
  );
  return writes;
}

export function structureProtectedError(name: string): BridgeError {
  return new BridgeError(
    `工作簿的结构受保护，无法添加“${name}”工作表。请在 Excel 的“审阅”选项卡中点击“保护工作簿”取消保护，然后重试。`,
    `The workbook's structure is protected, so the "${name}" sheet cannot be added. Unprotect it first (Review → Protect Workbook), then try again.`,
    name,
  );
}

/** A message starting with "=" would become a formula; Excel's own escape is a leading apostrophe. */
function text(s: string): string {
  return /^[=+\-@]/.test(s) ? `'${s}` : s;
}
