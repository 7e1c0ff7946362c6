import {
  columnLetters,
  findingsSheet,
  qualify,
  reviewSheet,
  type Finding,
  type ReportCell,
  type ReportSheet,
} from "../core";
import {
  fingerprint,
  parseResultsRecord,
  placeResultsSheets,
  SETTING_RESULTS,
  type ResultsExtras,
  type ResultsRecord,
  type ResultsRole,
  type ResultsTarget,
  type ResultsWritten,
} from "../excel/results-sheet";
import { BridgeError } from "../excel/errors";
import { bgr, type WpsApplication, type WpsWorkbook, type WpsWorksheet } from "./om";
import { activeBook, areaLists, explainWrite, grid, listSheets, rangeA1, rectOf } from "./sheets";
import { protectedSheetError } from "../excel/refusals";
import { Store, STORE_SHEET } from "./store";

/** What a sheet holds, for the fingerprint: its used range's place and formulas (two reads). */
function contentOf(ws: WpsWorksheet): string {
  const used = ws.UsedRange;
  const r = rectOf(used);
  return fingerprint(
    rangeA1(r.top, r.left, r.bottom, r.right),
    grid(used.Formula, r.bottom - r.top + 1, r.right - r.left + 1),
  );
}

/** A report cell as WPS takes it in Formula, and its number format (null: General). */
function wpsCell(c: ReportCell): [string | number, string | null] {
  if (c === null) return ["", null];
  // Every text goes in behind the apostrophe: "2023" or "=x" typed as text stays that text.
  if (typeof c === "string") return [`'${c}`, null];
  if ("number" in c) return [c.number, c.format];
  const target = "href" in c ? c.href : `#${qualify(c.link.sheet, c.link.address)}`;
  return [`=HYPERLINK("${target.replace(/"/g, '""')}","${c.text.replace(/"/g, '""')}")`, null];
}

/**
 * The results sheets (审核意见表, 审核结果) as src/excel/results-sheet.ts writes them, with the same rules: only
 * sheets the add-in created are written to (listed with a fingerprint in the store); one edited since is kept and a
 * new one written beside it; the language switch renames ours. Written in whole ranges: the cells in one Formula
 * call, formats by column runs and by multi-area ranges — calls grow with the report's columns and styled rows'
 * address lists, not cell by cell. Page setup (A4 landscape, repeated header, page numbers) is left to WPS's
 * 页面布局: the pane says so (src/taskpane/host.ts).
 */
export function writeResultsWps(
  app: WpsApplication,
  findings: Finding[],
  locale: "zh-CN" | "en-US",
  extras: ResultsExtras = {},
): ResultsWritten {
  const book = activeBook(app);
  const opts = { locale, unit: extras.unit ?? "元" } as const;
  const sheets: { role: ResultsRole; sheet: ReportSheet }[] = [];
  if (extras.document) sheets.push({ role: "review", sheet: reviewSheet(extras.document, opts) });
  sheets.push({ role: "findings", sheet: findingsSheet(findings, opts) });
  const all = listSheets(book);
  const byName = new Map(all.map((s) => [s.name, s.ws]));
  const store = Store.load(book, all);
  const record = parseResultsRecord(store.get(SETTING_RESULTS)) ?? { sheets: [] };
  const ours = record.sheets.filter((s) => byName.has(s.name));
  const unedited = new Set(ours.filter((s) => contentOf(byName.get(s.name)!) === s.fingerprint).map((s) => s.name));
  const kept = ours.filter((s) => !unedited.has(s.name)).map((s) => s.name);
  const targets = placeResultsSheets(sheets, ours, unedited, byName.keys());
  const locked = targets.map((t) => t.reuse).filter((n): n is string => n !== null && byName.get(n)!.ProtectContents);
  if (locked.length) throw protectedSheetError(locked, "wps");
  const spare = ours.filter((s) => unedited.has(s.name) && !targets.some((t) => t.reuse === s.name));
  const written: ResultsRecord = { sheets: [] };
  try {
    let first: WpsWorksheet | null = null;
    for (const t of targets) {
      const ws = writeSheet(book, byName, t);
      first ??= ws;
      written.sheets.push({ role: t.role, name: t.name, fingerprint: contentOf(ws) });
    }
    if (spare.length) {
      const alerts = app.DisplayAlerts;
      app.DisplayAlerts = false;
      try {
        for (const s of spare) byName.get(s.name)!.Delete();
      } finally {
        app.DisplayAlerts = alerts;
      }
    }
    first?.Activate();
    store.set(SETTING_RESULTS, written);
    store.save(app);
  } catch (err) {
    throw explainWrite(
      err,
      book,
      targets.map((t) => t.name),
    );
  }
  return { sheets: targets.map((t) => t.name), kept };
}

function writeSheet(book: WpsWorkbook, byName: Map<string, WpsWorksheet>, t: ResultsTarget): WpsWorksheet {
  let ws: WpsWorksheet;
  if (t.reuse !== null) {
    ws = byName.get(t.reuse)!;
    const used = ws.UsedRange;
    used.UnMerge();
    used.Clear();
    if (t.reuse !== t.name) ws.Name = t.name;
  } else {
    const sheets = book.Worksheets;
    // After the last sheet that is not our store (which stays last).
    let after = sheets.Item(sheets.Count);
    if (after.Name === STORE_SHEET && sheets.Count > 1) after = sheets.Item(sheets.Count - 1);
    try {
      ws = sheets.Add(null, after);
      ws.Name = t.name;
    } catch (err) {
      const detail = err instanceof Error ? err.message : String(err);
      throw new BridgeError(
        `无法添加“${t.name}”工作表（${detail}）：工作簿的结构可能受保护，请在“审阅”选项卡中取消“保护工作簿”后重试。`,
        `Could not add the "${t.name}" sheet (${detail}): the workbook's structure may be protected; unprotect it (Review → Protect Workbook) and try again.`,
        t.name,
      );
    }
  }
  const { sheet } = t;
  const width = sheet.widths.length;
  const last = columnLetters(width - 1);
  const cells = sheet.rows.map((r) => r.cells.map(wpsCell));
  // Formats first, by runs of one format down each column (a number written into a text cell would stay text).
  for (let c = 0; c < width; c++) {
    let start = 0;
    for (let r = 1; r <= cells.length; r++) {
      const f = cells[start][c][1];
      if (r < cells.length && cells[r][c][1] === f) continue;
      if (f) ws.Range(rangeA1(start, c, r - 1, c)).NumberFormat = f;
      start = r;
    }
  }
  ws.Range(`A1:${last}${cells.length}`).Formula = cells.map((row) => row.map((x) => x[0]));
  sheet.widths.forEach((w, i) => {
    ws.Range(`${columnLetters(i)}:${columnLetters(i)}`).ColumnWidth = w;
  });
  if (sheet.wrap) ws.Range(`A:${last}`).WrapText = true;
  const rowsOf = (styles: string[]) =>
    sheet.rows.flatMap((r, i) => (styles.includes(r.style ?? "") ? [`A${i + 1}:${last}${i + 1}`] : []));
  for (const list of areaLists(rowsOf(["header", "total", "section", "subtotal", "title"])))
    ws.Range(list).Font.Bold = true;
  for (const list of areaLists(rowsOf(["header"]))) ws.Range(list).Interior.Color = bgr("#D9E1F2");
  for (const list of areaLists(rowsOf(["total"]))) ws.Range(list).Interior.Color = bgr("#F2F2F2");
  for (const list of areaLists(sheet.rows.flatMap((r, i) => (r.style === "title" ? [`A${i + 1}`] : []))))
    ws.Range(list).Font.Size = 16;
  const merges = sheet.rows.flatMap((r, i) =>
    (r.merge ?? [])
      .filter(([a, b]) => b > a)
      .map(([a, b]) => `${columnLetters(a)}${i + 1}:${columnLetters(b)}${i + 1}`),
  );
  for (const list of areaLists(merges)) ws.Range(list).Merge();
  return ws;
}
