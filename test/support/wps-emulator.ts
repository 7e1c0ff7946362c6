/**
 * A WPS 表格 (ET) object-model emulator for testing src/wps without WPS: the classes and members the adapter uses
 * (src/wps/om.ts), behaving as WPS's spreadsheet object model does — which is Excel's VBA object model exposed to
 * JavaScript, called synchronously — where it matters, and counting every call:
 *
 * - `Cells.Item(row, col)` is 1-based; `Range("A1:C3")` takes A1 references, and several areas separated by commas
 *   (at most 255 characters, as VBA's Range argument);
 * - `Value2` returns a scalar for one cell and a 2D array (rows of columns) otherwise, dates as serial numbers (no
 *   Date conversion: that is `Value`), an empty cell as undefined, a formula's error as the error Variant's number
 *   (CVErr: #DIV/0! = -2146826281); setting it parses what is written as typing would — "'text" is text without the
 *   apostrophe, "=…" a formula, "12.5" a number — and `Formula` likewise, reading back constants as their text;
 * - `NumberFormat`, `MergeCells` and the `Interior` properties answer for the whole range, null where its cells
 *   differ; `MergeArea` is the merged area of the top-left cell (the cell itself when not merged);
 * - `Interior.ColorIndex` is xlNone (-4142) where there is no fill, while `Color` then reads white (16777215): no fill
 *   and a white fill are told apart only through ColorIndex/Pattern; colours are BGR integers;
 * - comments are per cell, listed by `Worksheet.Comments` (`Item(i).Parent` the cell, `Text()`); `AddComment`
 *   fails on a cell that has one;
 * - a sheet with `ProtectContents` refuses every write to its cells (values, formats, fills, comments, merges);
 *   deleting a sheet while `DisplayAlerts` is on would block on WPS's confirmation, so it fails here;
 * - formulas are recalculated after every write (test/support/fake-formula.ts).
 *
 * Sources (read for the member names and behaviours above):
 * - WPS 开放平台, “WPS 加载项开发说明” (open.wps.cn/documents/app-integration-dev/client/wpsoffice/wps-integration-mode/
 *   wps-addin-development/wps-addin-development-instructions.html): ribbon.xml + entry page, OnAddinLoad first, the
 *   API under `window.wps` / `window.Application`;
 * - the wpsjs 2.2.3 package's ET template (packages/@wps-jsapi/et: ribbon.xml, main.js, js/ribbon.js, js/taskpane.js):
 *   `window.Application.ActiveWorkbook`, `ActiveSheet.Cells.Item(1, 1).Formula`, `CreateTaskPane(url)`,
 *   `GetTaskPane(id).Visible`, `PluginStorage.getItem/setItem`, `ribbonUI.InvalidateControl`; its build.js and
 *   debug_xmlplugin.js for the publish.xml / jsplugins.xml forms;
 * - public add-in code using the ET model the same way, e.g. github.com/fxzqf/ksdocs js/app.js
 *   (`wps.EtApplication().Application`, `Workbooks`, `CreateTaskPane(url, title).Visible = true`);
 * - Microsoft's Excel VBA reference, which the ET model follows member for member: Range.Value2, Range.Formula,
 *   Range.NumberFormat (Null for mixed formats), Range.MergeCells (Null when partly merged), Range.MergeArea,
 *   Interior.ColorIndex / Color / Pattern (XlPattern values), Range.AddComment / Comment.Text / ClearComments,
 *   Worksheet.ProtectContents, XlSheetVisibility (xlSheetVeryHidden = 2), Application.DisplayAlerts.
 * None of this was run against a real WPS here: the README lists what a person checks on a real desktop.
 */
import { evaluateFormula } from "./fake-formula";
import { columnLetters, parseA1 } from "../../src/core/snapshot/address";
import type { FakeWorkbook } from "./fake-excel";

export type WpsCellValue = string | number | boolean;

export interface WpsFill {
  /** "#RRGGBB". */
  color: string;
  /** XlPattern; 1 solid. */
  pattern: number;
  patternColor?: string;
}

export interface WpsCell {
  value?: WpsCellValue;
  formula?: string;
  numberFormat?: string;
  fill?: WpsFill;
  comment?: string;
  bold?: boolean;
  size?: number;
}

interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const XL_NONE = -4142;
const WHITE = 16777215;
const MAX_ROW = 1_048_575;
/** The error Variants a formula can give, by the text Excel shows. */
const ERROR_CODES: Record<string, number> = {
  "#NULL!": -2146826288,
  "#DIV/0!": -2146826281,
  "#VALUE!": -2146826273,
  "#REF!": -2146826265,
  "#NAME?": -2146826259,
  "#NUM!": -2146826252,
  "#N/A": -2146826246,
};

const bgr = (hex: string) => {
  const n = parseInt(hex.replace("#", ""), 16);
  return ((n & 0xff) << 16) | (n & 0xff00) | ((n >> 16) & 0xff);
};
const hex = (color: number) => {
  const n = Number(color) & 0xffffff;
  const rgb = ((n & 0xff) << 16) | (n & 0xff00) | ((n >> 16) & 0xff);
  return `#${rgb.toString(16).padStart(6, "0").toUpperCase()}`;
};

function parseRef(ref: string): Rect {
  const [a, b] = ref.trim().replace(/\$/g, "").split(":");
  const whole = (x: string) => /^[A-Z]{1,3}$/i.test(x);
  if (whole(a) && (!b || whole(b))) {
    const l = parseA1(`${a}1`)!.col;
    const r = parseA1(`${b ?? a}1`)!.col;
    return { top: 0, left: Math.min(l, r), bottom: MAX_ROW, right: Math.max(l, r) };
  }
  const p = parseA1(a);
  const q = b ? parseA1(b) : p;
  if (!p || !q) throw new Error(`Range: invalid reference "${ref}"`);
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

const intersects = (a: Rect, b: Rect) =>
  a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

export class WpsEmulatorSheet {
  cells = new Map<string, WpsCell>();
  merges: Rect[] = [];
  /** XlSheetVisibility. */
  visible = -1;
  protectContents = false;
  columnWidths = new Map<number, number>();
  wrapped: string[] = [];
  constructor(
    readonly book: WpsEmulatorBook,
    public name: string,
  ) {}

  cell(row: number, col: number): WpsCell | undefined {
    return this.cells.get(`${row},${col}`);
  }
  ensure(row: number, col: number): WpsCell {
    const key = `${row},${col}`;
    let c = this.cells.get(key);
    if (!c) this.cells.set(key, (c = {}));
    return c;
  }
  /** The cell's content as a person sees it: { value, formula } with empty parts left out. */
  content(row: number, col: number): { value?: WpsCellValue; formula?: string } {
    const c = this.cell(row, col);
    const out: { value?: WpsCellValue; formula?: string } = {};
    if (c?.value !== undefined) out.value = c.value;
    if (c?.formula !== undefined) out.formula = c.formula;
    return out;
  }
  mergeAt(row: number, col: number): Rect | null {
    return this.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right) ?? null;
  }
  /** Cells holding anything (value, formula, format, fill, comment) and merged areas. */
  usedRect(): Rect | null {
    let b: Rect | null = null;
    const grow = (r: Rect) => {
      if (!b) b = { ...r };
      else {
        b.top = Math.min(b.top, r.top);
        b.left = Math.min(b.left, r.left);
        b.bottom = Math.max(b.bottom, r.bottom);
        b.right = Math.max(b.right, r.right);
      }
    };
    for (const [key, c] of this.cells) {
      if (
        c.value === undefined &&
        c.formula === undefined &&
        !c.numberFormat &&
        !c.fill &&
        c.comment === undefined &&
        !c.bold
      )
        continue;
      const [row, col] = key.split(",").map(Number);
      grow({ top: row, left: col, bottom: row, right: col });
    }
    for (const m of this.merges) grow(m);
    return b;
  }
}

class WpsEmulatorBook {
  sheets: WpsEmulatorSheet[] = [];
  Name = "预算.xlsx";
  date1904 = false;
  constructor(public app: WpsEmulator) {}
  addSheet(name: string): WpsEmulatorSheet {
    const s = new WpsEmulatorSheet(this, name);
    this.sheets.push(s);
    return s;
  }
  sheet(name: string): WpsEmulatorSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }
  recalculate(): void {
    for (let pass = 0; pass < 3; pass++) {
      for (const sheet of this.sheets) {
        for (const c of sheet.cells.values()) {
          if (!c.formula) continue;
          const v = evaluateFormula(c.formula, (name, r, col) => {
            const s = name ? this.sheet(name) : sheet;
            return s?.cell(r, col)?.value ?? null;
          });
          if (v !== undefined) c.value = v;
          else if (c.value === undefined) c.value = 0;
        }
      }
    }
  }
}

/** `window.Application` of a WPS 加载项 page, over one open workbook. */
export class WpsEmulator {
  /** Every property read or write and method call on any emulated object. */
  calls = 0;
  /** Calls by member name ("Range.Value2", "Interior.Color" …). */
  byMember = new Map<string, number>();
  DisplayAlerts = true;
  selection: { sheet: string; address: string } | null = null;
  activeSheet: string | null = null;
  book = new WpsEmulatorBook(this);
  /** No workbook open (ActiveWorkbook null). */
  closed = false;

  count(member: string): void {
    this.calls++;
    this.byMember.set(member, (this.byMember.get(member) ?? 0) + 1);
  }
  resetCalls(): void {
    this.calls = 0;
    this.byMember.clear();
  }

  get ActiveWorkbook(): WorkbookObject | null {
    this.count("Application.ActiveWorkbook");
    return this.closed ? null : new WorkbookObject(this.book);
  }
}

class WorkbookObject {
  constructor(private readonly book: WpsEmulatorBook) {}
  get Name(): string {
    this.book.app.count("Workbook.Name");
    return this.book.Name;
  }
  get Date1904(): boolean {
    this.book.app.count("Workbook.Date1904");
    return this.book.date1904;
  }
  get Worksheets(): WorksheetsObject {
    this.book.app.count("Workbook.Worksheets");
    return new WorksheetsObject(this.book);
  }
}

class WorksheetsObject {
  constructor(private readonly book: WpsEmulatorBook) {}
  get Count(): number {
    this.book.app.count("Worksheets.Count");
    return this.book.sheets.length;
  }
  Item(index: number | string): WorksheetObject {
    this.book.app.count("Worksheets.Item");
    const s = typeof index === "number" ? this.book.sheets[index - 1] : this.book.sheet(index);
    if (!s) throw new Error(`下标越界 (Subscript out of range): ${index}`);
    return new WorksheetObject(s);
  }
  Add(before?: WorksheetObject | null, after?: WorksheetObject | null): WorksheetObject {
    this.book.app.count("Worksheets.Add");
    let n = this.book.sheets.length + 1;
    while (this.book.sheets.some((s) => s.name.toLowerCase() === `sheet${n}`)) n++;
    const s = new WpsEmulatorSheet(this.book, `Sheet${n}`);
    const at = after
      ? this.book.sheets.indexOf(after.sheet) + 1
      : before
        ? this.book.sheets.indexOf(before.sheet)
        : this.book.sheets.length;
    this.book.sheets.splice(at, 0, s);
    this.book.app.activeSheet = s.name;
    return new WorksheetObject(s);
  }
}

class WorksheetObject {
  constructor(readonly sheet: WpsEmulatorSheet) {}
  private get app() {
    return this.sheet.book.app;
  }
  get Name(): string {
    this.app.count("Worksheet.Name");
    return this.sheet.name;
  }
  set Name(name: string) {
    this.app.count("Worksheet.Name=");
    if (!name || name.length > 31 || /[:\\/?*[\]]/.test(name)) throw new Error(`工作表名称无效: ${name}`);
    if (this.sheet.book.sheets.some((s) => s !== this.sheet && s.name.toLowerCase() === name.toLowerCase()))
      throw new Error(`工作表名称已存在: ${name}`);
    this.sheet.name = name;
  }
  get Visible(): number {
    this.app.count("Worksheet.Visible");
    return this.sheet.visible;
  }
  set Visible(v: number) {
    this.app.count("Worksheet.Visible=");
    this.sheet.visible = v;
  }
  get ProtectContents(): boolean {
    this.app.count("Worksheet.ProtectContents");
    return this.sheet.protectContents;
  }
  get UsedRange(): RangeObject {
    this.app.count("Worksheet.UsedRange");
    return new RangeObject(this.sheet, [this.sheet.usedRect() ?? { top: 0, left: 0, bottom: 0, right: 0 }]);
  }
  get Comments(): { Count: number; Item(index: number): { Text(): string; Parent: RangeObject } } {
    this.app.count("Worksheet.Comments");
    const app = this.app;
    const sheet = this.sheet;
    const list = [...sheet.cells]
      .filter(([, c]) => c.comment !== undefined)
      .map(([k]) => k.split(",").map(Number))
      .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    return {
      get Count() {
        app.count("Comments.Count");
        return list.length;
      },
      Item(index: number) {
        app.count("Comments.Item");
        const [row, col] = list[index - 1] ?? [];
        if (row === undefined) throw new Error(`下标越界 (Subscript out of range): ${index}`);
        return {
          Text: () => {
            app.count("Comment.Text");
            return sheet.cell(row, col)?.comment ?? "";
          },
          get Parent() {
            app.count("Comment.Parent");
            return new RangeObject(sheet, [{ top: row, left: col, bottom: row, right: col }]);
          },
        };
      },
    };
  }
  get Cells(): { Item(row: number, col: number): RangeObject } {
    this.app.count("Worksheet.Cells");
    return {
      Item: (row: number, col: number) => {
        this.app.count("Cells.Item");
        if (row < 1 || col < 1) throw new Error(`Cells.Item(${row}, ${col}): 1-based`);
        return new RangeObject(this.sheet, [{ top: row - 1, left: col - 1, bottom: row - 1, right: col - 1 }]);
      },
    };
  }
  Range(address: string): RangeObject {
    this.app.count("Worksheet.Range");
    if (address.length > 255) throw new Error("Range: reference longer than 255 characters");
    return new RangeObject(this.sheet, address.split(",").map(parseRef));
  }
  Activate(): void {
    this.app.count("Worksheet.Activate");
    this.app.activeSheet = this.sheet.name;
  }
  Delete(): void {
    this.app.count("Worksheet.Delete");
    if (this.app.DisplayAlerts) throw new Error("Delete would wait for the user to confirm (DisplayAlerts is on)");
    const i = this.sheet.book.sheets.indexOf(this.sheet);
    if (i >= 0) this.sheet.book.sheets.splice(i, 1);
  }
}

class RangeObject {
  constructor(
    private readonly sheet: WpsEmulatorSheet,
    private readonly areas: Rect[],
  ) {}
  private get app() {
    return this.sheet.book.app;
  }
  private get first(): Rect {
    return this.areas[0];
  }
  private writable(): void {
    if (this.sheet.protectContents)
      throw new Error(
        "您试图更改的单元格或图表受保护，因而是只读的。(The cell you are trying to change is protected.)",
      );
  }
  /** Every cell of every area (bounded: areas are cut to the cells that exist, for whole columns). */
  private *each(): Generator<[number, number]> {
    for (const a of this.areas) {
      const bottom = a.bottom === MAX_ROW ? Math.min(MAX_ROW, this.sheet.usedRect()?.bottom ?? 0) : a.bottom;
      for (let r = a.top; r <= bottom; r++) for (let c = a.left; c <= a.right; c++) yield [r, c];
    }
  }
  private changed(): void {
    this.sheet.book.recalculate();
  }

  get Row(): number {
    this.app.count("Range.Row");
    return this.first.top + 1;
  }
  get Column(): number {
    this.app.count("Range.Column");
    return this.first.left + 1;
  }
  get Rows(): { Count: number } {
    this.app.count("Range.Rows");
    const n = this.first.bottom - this.first.top + 1;
    return {
      get Count() {
        return n;
      },
    };
  }
  get Columns(): { Count: number } {
    this.app.count("Range.Columns");
    const n = this.first.right - this.first.left + 1;
    return {
      get Count() {
        return n;
      },
    };
  }

  private grid<T>(at: (row: number, col: number) => T): T | T[][] {
    const a = this.first;
    if (a.top === a.bottom && a.left === a.right) return at(a.top, a.left);
    const out: T[][] = [];
    for (let r = a.top; r <= a.bottom; r++) {
      const row: T[] = [];
      for (let c = a.left; c <= a.right; c++) row.push(at(r, c));
      out.push(row);
    }
    return out;
  }

  private valueAt(row: number, col: number): WpsCellValue | undefined {
    const m = this.sheet.mergeAt(row, col);
    if (m && (m.top !== row || m.left !== col)) return undefined;
    const c = this.sheet.cell(row, col);
    if (c?.value === undefined) return undefined;
    if (c.formula && typeof c.value === "string" && c.value in ERROR_CODES) return ERROR_CODES[c.value];
    return c.value;
  }

  get Value2(): unknown {
    this.app.count("Range.Value2");
    return this.grid((r, c) => this.valueAt(r, c));
  }
  set Value2(v: unknown) {
    this.app.count("Range.Value2=");
    this.put(v);
  }
  get Formula(): unknown {
    this.app.count("Range.Formula");
    return this.grid((r, c) => {
      const cell = this.sheet.cell(r, c);
      if (cell?.formula) return cell.formula;
      const v = this.valueAt(r, c);
      return v === undefined ? "" : typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v);
    });
  }
  set Formula(v: unknown) {
    this.app.count("Range.Formula=");
    this.put(v);
  }

  /** Writes as typing would: a scalar to every cell, a 2D array cell by cell over the first area. */
  private put(v: unknown): void {
    this.writable();
    const a = this.first;
    if (Array.isArray(v)) {
      for (let r = 0; r < v.length; r++) {
        const row = v[r] as unknown[];
        for (let c = 0; c < row.length; c++) {
          if (a.top + r > a.bottom || a.left + c > a.right) continue;
          this.typeInto(a.top + r, a.left + c, row[c]);
        }
      }
    } else for (const [r, c] of this.each()) this.typeInto(r, c, v);
    this.changed();
  }

  private typeInto(row: number, col: number, v: unknown): void {
    const cell = this.sheet.ensure(row, col);
    delete cell.formula;
    delete cell.value;
    if (v === undefined || v === null || v === "") return;
    if (typeof v === "number" || typeof v === "boolean") {
      cell.value = v;
      return;
    }
    const s = String(v);
    if (s.startsWith("'")) cell.value = s.slice(1);
    else if (s.startsWith("=") && s.length > 1) cell.formula = s;
    else if (/^\s*[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?\s*$/i.test(s)) cell.value = Number(s);
    else if (/^(TRUE|FALSE)$/i.test(s)) cell.value = s.toUpperCase() === "TRUE";
    else cell.value = s;
  }

  get NumberFormat(): string | null {
    this.app.count("Range.NumberFormat");
    let seen: string | null = null;
    for (const [r, c] of this.each()) {
      const f = this.sheet.cell(r, c)?.numberFormat ?? "General";
      if (seen === null) seen = f;
      else if (seen !== f) return null;
    }
    return seen ?? "General";
  }
  set NumberFormat(f: string) {
    this.app.count("Range.NumberFormat=");
    this.writable();
    for (const [r, c] of this.each()) {
      const cell = this.sheet.ensure(r, c);
      if (f === "General") delete cell.numberFormat;
      else cell.numberFormat = f;
    }
  }

  get MergeCells(): boolean | null {
    this.app.count("Range.MergeCells");
    let covered = 0;
    let total = 0;
    for (const a of this.areas) {
      total += (a.bottom - a.top + 1) * (a.right - a.left + 1);
      for (const m of this.sheet.merges) {
        if (!intersects(a, m)) continue;
        covered +=
          (Math.min(a.bottom, m.bottom) - Math.max(a.top, m.top) + 1) *
          (Math.min(a.right, m.right) - Math.max(a.left, m.left) + 1);
      }
    }
    return covered === 0 ? false : covered === total ? true : null;
  }
  get MergeArea(): RangeObject {
    this.app.count("Range.MergeArea");
    const m = this.sheet.mergeAt(this.first.top, this.first.left);
    return new RangeObject(this.sheet, [
      m ?? { top: this.first.top, left: this.first.left, bottom: this.first.top, right: this.first.left },
    ]);
  }
  Merge(): void {
    this.app.count("Range.Merge");
    this.writable();
    for (const a of this.areas) {
      this.sheet.merges = this.sheet.merges.filter((m) => !intersects(m, a));
      this.sheet.merges.push({ ...a });
    }
  }
  UnMerge(): void {
    this.app.count("Range.UnMerge");
    this.writable();
    this.sheet.merges = this.sheet.merges.filter((m) => !this.areas.some((a) => intersects(m, a)));
  }
  Clear(): void {
    this.app.count("Range.Clear");
    this.writable();
    for (const [r, c] of [...this.each()]) this.sheet.cells.delete(`${r},${c}`);
    this.sheet.merges = this.sheet.merges.filter((m) => !this.areas.some((a) => intersects(m, a)));
    this.changed();
  }
  Select(): void {
    this.app.count("Range.Select");
    const a = this.first;
    const address = `${columnLetters(a.left)}${a.top + 1}`;
    this.app.selection = {
      sheet: this.sheet.name,
      address:
        a.top === a.bottom && a.left === a.right ? address : `${address}:${columnLetters(a.right)}${a.bottom + 1}`,
    };
  }

  get Interior(): InteriorObject {
    this.app.count("Range.Interior");
    return new InteriorObject(
      this.sheet,
      () => [...this.each()],
      () => this.writable(),
    );
  }

  AddComment(text: string): { Text(): string; Delete(): void } {
    this.app.count("Range.AddComment");
    this.writable();
    const cell = this.sheet.ensure(this.first.top, this.first.left);
    if (cell.comment !== undefined) throw new Error("应用程序定义或对象定义错误 (the cell already has a comment)");
    cell.comment = text;
    return {
      Text: () => cell.comment ?? "",
      Delete: () => {
        delete cell.comment;
      },
    };
  }
  ClearComments(): void {
    this.app.count("Range.ClearComments");
    this.writable();
    for (const [r, c] of this.each()) {
      const cell = this.sheet.cell(r, c);
      if (cell) delete cell.comment;
    }
  }

  get Font(): { Bold: boolean; Size: number } {
    this.app.count("Range.Font");
    const cells = () => [...this.each()];
    const sheet = this.sheet;
    const app = this.app;
    const writable = () => this.writable();
    return {
      get Bold() {
        app.count("Font.Bold");
        return cells().every(([r, c]) => sheet.cell(r, c)?.bold === true);
      },
      set Bold(b: boolean) {
        app.count("Font.Bold=");
        writable();
        for (const [r, c] of cells()) sheet.ensure(r, c).bold = b;
      },
      get Size() {
        app.count("Font.Size");
        return sheet.cell(cells()[0][0], cells()[0][1])?.size ?? 11;
      },
      set Size(n: number) {
        app.count("Font.Size=");
        writable();
        for (const [r, c] of cells()) sheet.ensure(r, c).size = n;
      },
    };
  }
  get ColumnWidth(): number {
    this.app.count("Range.ColumnWidth");
    return this.sheet.columnWidths.get(this.first.left) ?? 8.38;
  }
  set ColumnWidth(w: number) {
    this.app.count("Range.ColumnWidth=");
    for (let c = this.first.left; c <= this.first.right; c++) this.sheet.columnWidths.set(c, w);
  }
  get WrapText(): boolean {
    this.app.count("Range.WrapText");
    return this.sheet.wrapped.length > 0;
  }
  set WrapText(w: boolean) {
    this.app.count("Range.WrapText=");
    if (w) this.sheet.wrapped.push(`${columnLetters(this.first.left)}:${columnLetters(this.first.right)}`);
  }
}

class InteriorObject {
  constructor(
    private readonly sheet: WpsEmulatorSheet,
    private readonly cells: () => [number, number][],
    private readonly writable: () => void,
  ) {}
  private get app() {
    return this.sheet.book.app;
  }
  /** One answer for every cell, or null. */
  private common<T>(of: (fill: WpsFill | undefined) => T): T | null {
    let first = true;
    let seen: T | null = null;
    for (const [r, c] of this.cells()) {
      const v = of(this.sheet.cell(r, c)?.fill);
      if (first) {
        seen = v;
        first = false;
      } else if (v !== seen) return null;
    }
    return seen;
  }
  private set(change: (cell: WpsCell) => void): void {
    this.writable();
    for (const [r, c] of this.cells()) change(this.sheet.ensure(r, c));
  }
  get Color(): number | null {
    this.app.count("Interior.Color");
    return this.common((f) => (f ? bgr(f.color) : WHITE));
  }
  set Color(color: number) {
    this.app.count("Interior.Color=");
    this.set((cell) => {
      cell.fill = { ...(cell.fill ?? { pattern: 1 }), color: hex(color) };
    });
  }
  get ColorIndex(): number | null {
    this.app.count("Interior.ColorIndex");
    // A filled cell's palette index is whatever colour is nearest; only xlNone matters to a caller.
    return this.common((f) => (f ? 1 : XL_NONE));
  }
  set ColorIndex(index: number) {
    this.app.count("Interior.ColorIndex=");
    if (index !== XL_NONE) throw new Error("ColorIndex: only xlNone is emulated");
    this.set((cell) => delete cell.fill);
  }
  get Pattern(): number | null {
    this.app.count("Interior.Pattern");
    return this.common((f) => (f ? f.pattern : XL_NONE));
  }
  set Pattern(p: number) {
    this.app.count("Interior.Pattern=");
    this.set((cell) => {
      if (p === XL_NONE) delete cell.fill;
      else cell.fill = { ...(cell.fill ?? { color: "#FFFFFF" }), pattern: p };
    });
  }
  get PatternColor(): number | null {
    this.app.count("Interior.PatternColor");
    return this.common((f) => (f?.patternColor ? bgr(f.patternColor) : 0));
  }
  set PatternColor(color: number) {
    this.app.count("Interior.PatternColor=");
    this.set((cell) => {
      if (cell.fill) cell.fill.patternColor = hex(color);
    });
  }
}

/**
 * The emulator holding what a fake Excel workbook holds (test/support/fake-from-xlsx.ts or fake-from-snapshot.ts:
 * a real .xlsx as a spreadsheet application hands it over): values, formulas with their results (an error result as
 * its text, which Value2 hands over as the error number), number formats, fills, merges, hidden sheets.
 */
export function wpsFromFake(fake: FakeWorkbook): WpsEmulator {
  const app = new WpsEmulator();
  for (const s of fake.sheets) {
    const sheet = app.book.addSheet(s.name);
    sheet.visible = s.visibility === "Visible" ? -1 : s.visibility === "Hidden" ? 0 : 2;
    for (const [key, c] of s.cells) {
      const [row, col] = key.split(",").map(Number);
      const cell: WpsCell = {};
      if (c.value !== undefined && c.value !== null && c.value !== "") cell.value = c.value;
      if (c.formula) cell.formula = c.formula;
      if (c.numberFormat) cell.numberFormat = c.numberFormat;
      if (c.fill) cell.fill = { color: c.fill.color.toUpperCase(), pattern: 1 };
      if (Object.keys(cell).length) sheet.cells.set(`${row},${col}`, cell);
    }
    sheet.merges = s.merges.map((m) => ({ ...m }));
  }
  return app;
}
