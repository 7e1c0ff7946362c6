import { XL_SHEET_VERY_HIDDEN, type WpsApplication, type WpsWorkbook, type WpsWorksheet } from "./om";
import { grid, listSheets, rangeA1 } from "./sheets";

/**
 * What the add-in remembers in a WPS workbook — the same records the Office adapter keeps in the workbook's
 * settings (src/excel/settings.ts keys: flags, revert, choices, corrections, results) — lives in a very hidden sheet
 * of ours, so it travels with the file: WPS has no add-in settings store in the document, and a custom document
 * property holds at most 255 characters. Row by row: the key in column A, its JSON text in the next cells, 30,000
 * characters a cell (a cell holds 32,767), each behind the apostrophe that keeps text text. Read and written whole,
 * in one Value2 call each way. Nothing read back is trusted: the callers validate every record (src/excel/records.ts).
 */
export const STORE_SHEET = "_BudgetRuler";
const CHUNK = 30_000;

export class Store {
  private constructor(
    private readonly book: WpsWorkbook,
    private ws: WpsWorksheet | null,
    private readonly values: Map<string, string>,
  ) {}

  /** The store of the workbook: one sheet lookup and one read. */
  static load(book: WpsWorkbook, sheets = listSheets(book)): Store {
    const ws = sheets.find((s) => s.name === STORE_SHEET)?.ws ?? null;
    const values = new Map<string, string>();
    if (ws) {
      const used = ws.UsedRange;
      const rows = grid(used.Value2, used.Rows.Count, used.Columns.Count);
      // Only a store written from A1 is ours as we wrote it.
      if (used.Row === 1 && used.Column === 1) {
        for (const row of rows) {
          const key = row[0];
          if (typeof key !== "string" || key === "") continue;
          values.set(
            key,
            row
              .slice(1)
              .filter((x): x is string => typeof x === "string")
              .join(""),
          );
        }
      }
    }
    return new Store(book, ws, values);
  }

  /** The raw JSON text kept under `key`, or null: the caller validates it. */
  get(key: string): string | null {
    return this.values.get(key) ?? null;
  }

  set(key: string, value: unknown): void {
    this.values.set(key, JSON.stringify(value));
  }

  delete(key: string): void {
    this.values.delete(key);
  }

  /**
   * Writes the store back: the sheet emptied and refilled in one Value2 write, created (very hidden, after the last
   * sheet) when first needed, and deleted when nothing is left in it, so a workbook flagged and cleared is as it was.
   */
  save(app: WpsApplication): void {
    if (this.values.size === 0) {
      if (this.ws) {
        const alerts = app.DisplayAlerts;
        app.DisplayAlerts = false;
        try {
          this.ws.Delete();
        } finally {
          app.DisplayAlerts = alerts;
        }
        this.ws = null;
      }
      return;
    }
    if (!this.ws) {
      const sheets = this.book.Worksheets;
      const ws = sheets.Add(null, sheets.Item(sheets.Count));
      ws.Name = STORE_SHEET;
      ws.Visible = XL_SHEET_VERY_HIDDEN;
      this.ws = ws;
    } else {
      this.ws.UsedRange.Clear();
    }
    const rows: string[][] = [];
    for (const [key, text] of this.values) {
      const chunks: string[] = [];
      for (let i = 0; i < text.length; i += CHUNK) chunks.push(`'${text.slice(i, i + CHUNK)}`);
      rows.push([`'${key}`, ...chunks]);
    }
    const width = Math.max(...rows.map((r) => r.length));
    for (const r of rows) while (r.length < width) r.push("");
    this.ws.Range(rangeA1(0, 0, rows.length - 1, width - 1)).Value2 = rows;
  }
}
