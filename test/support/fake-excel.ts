/**
 * A fake Excel host for testing src/excel without Office: it keeps a grid per sheet (values, formulas, number
 * formats, fills), merged areas, notes and workbook settings, and behaves like Office.js where it matters:
 *
 * - every call on a proxy object only queues an operation; nothing happens until `context.sync()`;
 * - reading a property that was not loaded, or before the sync that loads it, throws (PropertyNotLoaded);
 * - each sync counts, with the bytes of its request (the queued operations as JSON) and of its response
 *   (the loaded data as JSON); a request or response over Excel on the web's 5 MB limit fails the sync;
 * - getRanges refuses address lists of 8,000 characters or more, and APIs above the host's ExcelApi version
 *   are missing (notes 1.18, merged areas 1.13, getRanges 1.9, fill pattern 1.9).
 *
 * The same file runs in jest and, bundled, inside the task pane page of the browser tests.
 */
import { evaluateFormula } from "./fake-formula";
import { columnLetters, parseA1 } from "../../src/core/snapshot/address";

export type FakeValue = string | number | boolean | null;

export interface FakeFill {
  color: string;
  /** "Solid" unless a pattern fill; "None" is never stored (no fill is `undefined`). */
  pattern?: string;
  patternColor?: string;
}

export interface FakeCell {
  value?: FakeValue;
  formula?: string;
  numberFormat?: string;
  fill?: FakeFill;
}

export interface FakeMerge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export class FakeSheet {
  cells = new Map<string, FakeCell>();
  merges: FakeMerge[] = [];
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  constructor(public name: string) {}

  cell(row: number, col: number): FakeCell | undefined {
    return this.cells.get(`${row},${col}`);
  }
  ensure(row: number, col: number): FakeCell {
    const key = `${row},${col}`;
    let c = this.cells.get(key);
    if (!c) this.cells.set(key, (c = {}));
    return c;
  }
  /** Rows of literal values (a string starting with "=" is a formula) written at row 0, col 0. */
  setRows(rows: FakeValue[][], origin = { row: 0, col: 0 }): this {
    rows.forEach((r, i) =>
      r.forEach((v, j) => {
        if (v === null || v === "") return;
        const c = this.ensure(origin.row + i, origin.col + j);
        if (typeof v === "string" && v.startsWith("=")) c.formula = v;
        else c.value = v;
      }),
    );
    return this;
  }
  /** The used range, like getUsedRange(valuesOnly): cells with a value or a formula. */
  usedBounds(valuesOnly: boolean): FakeMerge | null {
    let b: FakeMerge | null = null;
    for (const [key, c] of this.cells) {
      const has = c.formula !== undefined || (c.value !== undefined && c.value !== null && c.value !== "");
      if (!has && (valuesOnly || (!c.fill && !c.numberFormat))) continue;
      const [row, col] = key.split(",").map(Number);
      if (!b) b = { top: row, left: col, bottom: row, right: col };
      else {
        b.top = Math.min(b.top, row);
        b.left = Math.min(b.left, col);
        b.bottom = Math.max(b.bottom, row);
        b.right = Math.max(b.right, col);
      }
    }
    return b;
  }
}

export interface FakeStats {
  syncs: number;
  requestBytes: number[];
  responseBytes: number[];
  operations: number;
}

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  settings = new Map<string, unknown>();
  /** "Sheet!A1" → note text. */
  notes = new Map<string, string>();
  selection: { sheet: string; address: string } | null = null;
  activeSheet: string | null = null;
  stats: FakeStats = { syncs: 0, requestBytes: [], responseBytes: [], operations: 0 };

  constructor(public apiVersion = "1.18") {}

  addSheet(name: string): FakeSheet {
    const s = new FakeSheet(name);
    this.sheets.push(s);
    return s;
  }
  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }
  supports(version: string): boolean {
    return compareVersions(this.apiVersion, version) >= 0;
  }
  isSetSupported = (name: string, version = "1.1"): boolean => name === "ExcelApi" && this.supports(version);

  /** Recomputes every formula's cached value (a few passes settle chains of formulas). */
  recalculate(): void {
    for (let pass = 0; pass < 3; pass++) {
      for (const sheet of this.sheets) {
        for (const c of sheet.cells.values()) {
          if (!c.formula) continue;
          const v = evaluateFormula(c.formula, (name, r, col) => {
            const s = name ? this.sheet(name) : sheet;
            if (!s) return 0;
            const cell = s.cell(r, col);
            return cell?.value ?? null;
          });
          if (v !== undefined) c.value = v;
          else if (c.value === undefined) c.value = 0;
        }
      }
    }
  }

  resetStats(): void {
    this.stats = { syncs: 0, requestBytes: [], responseBytes: [], operations: 0 };
  }

  /** `Excel.run` against this workbook. */
  run = async <T>(batch: (context: FakeContext) => Promise<T>): Promise<T> => {
    const ctx = new FakeContext(this);
    const result = await batch(ctx);
    if (ctx.pending.length > 0) await ctx.sync();
    return result;
  };
}

export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
export const RANGES_ADDRESS_LIMIT = 8000;

function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

const encoder = new TextEncoder();
const bytes = (s: string) => encoder.encode(s).length;

interface Op {
  json: string;
  reads: boolean;
  run: () => unknown;
}

export class FakeContext {
  pending: Op[] = [];
  workbook: FakeWorkbookProxy;
  trackedObjects = { add: () => undefined, remove: () => undefined };
  constructor(public book: FakeWorkbook) {
    this.workbook = new FakeWorkbookProxy(this);
  }

  queue(target: string, op: string, args: unknown[], run: () => unknown): void {
    this.pending.push({ json: JSON.stringify({ t: target, o: op, a: args }), reads: op === "load", run });
  }

  async sync(): Promise<void> {
    const ops = this.pending;
    this.pending = [];
    const request = ops.reduce((n, op) => n + bytes(op.json) + 1, 2);
    const stats = this.book.stats;
    stats.syncs++;
    stats.operations += ops.length;
    stats.requestBytes.push(request);
    if (request > PAYLOAD_LIMIT) throw fakeError("RequestPayloadSizeLimitExceeded", `request of ${request} bytes`);
    let response = 2;
    // Formulas are recalculated lazily: once before the first read that follows writes, and at the end.
    let dirty = false;
    for (const op of ops) {
      if (dirty && op.reads) {
        this.book.recalculate();
        dirty = false;
      }
      const out = op.run();
      if (out === WROTE) dirty = true;
      else if (out !== undefined) response += bytes(JSON.stringify(out)) + 1;
    }
    if (dirty) this.book.recalculate();
    stats.responseBytes.push(response);
    if (response > PAYLOAD_LIMIT) throw fakeError("ResponsePayloadSizeLimitExceeded", `response of ${response} bytes`);
  }
}

const WROTE = Symbol("wrote");

function fakeError(code: string, message: string): Error {
  const err = new Error(`${code}: ${message}`) as Error & { code: string };
  err.code = code;
  return err;
}

/** Shared machinery of proxies: load() queues a snapshot of some properties, taken at sync time. */
abstract class Proxy {
  protected loaded = new Map<string, unknown>();
  protected loadQueued = new Set<string>();
  constructor(
    protected ctx: FakeContext,
    protected path: string,
  ) {}

  protected abstract readProp(name: string): unknown;

  load(props?: string | string[] | { select?: string }): this {
    const list = (
      typeof props === "string" ? props.split(",") : Array.isArray(props) ? props : props?.select ? props.select.split(",") : this.defaultProps()
    ).map((p) => p.trim());
    for (const p of list) this.loadQueued.add(p);
    this.ctx.queue(this.path, "load", [list], () => {
      const data: Record<string, unknown> = {};
      for (const p of list) {
        const v = this.readProp(p);
        this.loaded.set(p, v);
        data[p] = v;
      }
      return data;
    });
    return this;
  }

  protected defaultProps(): string[] {
    return [];
  }

  protected get<T>(name: string): T {
    if (!this.loaded.has(name)) {
      const why = this.loadQueued.has(name) ? "read before context.sync()" : "not loaded";
      throw fakeError("PropertyNotLoaded", `${this.path}.${name} ${why}`);
    }
    return this.loaded.get(name) as T;
  }

  protected set(name: string, value: unknown, apply: () => void): void {
    this.ctx.queue(this.path, "set", [name, value], () => {
      apply();
      return WROTE;
    });
  }
}

function parseCell(a: string): { row: number; col: number } {
  const p = parseA1(a);
  if (!p) throw fakeError("InvalidArgument", `bad address ${a}`);
  return p;
}

/** "A1", "A1:C3", "'My sheet'!B2" → sheet (if given) and rectangle. */
function parseAddress(address: string): { sheet: string | null; rect: FakeMerge } {
  let sheet: string | null = null;
  let ref = address.trim();
  const bang = ref.lastIndexOf("!");
  if (bang >= 0) {
    sheet = ref.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'");
    ref = ref.slice(bang + 1);
  }
  const [a, b] = ref.split(":");
  const p = parseCell(a);
  const q = b ? parseCell(b) : p;
  return { sheet, rect: { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) } };
}

function rectAddress(sheet: string, r: FakeMerge): string {
  const quoted = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  const a = `${columnLetters(r.left)}${r.top + 1}`;
  const b = `${columnLetters(r.right)}${r.bottom + 1}`;
  return `${quoted}!${a === b ? a : `${a}:${b}`}`;
}

class FakeWorkbookProxy extends Proxy {
  worksheets: FakeWorksheetCollection;
  settings: FakeSettingCollection;
  constructor(ctx: FakeContext) {
    super(ctx, "workbook");
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.settings = new FakeSettingCollection(ctx);
  }
  get notes(): FakeNoteCollection {
    if (!this.ctx.book.supports("1.18")) throw fakeError("ApiNotFound", "workbook.notes needs ExcelApi 1.18");
    return new FakeNoteCollection(this.ctx);
  }
  protected readProp(): unknown {
    return undefined;
  }
}

class FakeWorksheetCollection extends Proxy {
  constructor(ctx: FakeContext) {
    super(ctx, "worksheets");
  }
  protected readProp(name: string): unknown {
    if (name.startsWith("items")) {
      this.itemsLoaded = this.ctx.book.sheets.map((s) => {
        const ws = new FakeWorksheet(this.ctx, s.name);
        ws.preload({ name: s.name, visibility: s.visibility });
        return ws;
      });
      return this.ctx.book.sheets.map((s) => ({ name: s.name, visibility: s.visibility }));
    }
    return undefined;
  }
  private itemsLoaded: FakeWorksheet[] | null = null;
  get items(): FakeWorksheet[] {
    if (!this.itemsLoaded) throw fakeError("PropertyNotLoaded", "worksheets.items not loaded");
    return this.itemsLoaded;
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, name);
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, name, true);
  }
  add(name: string): FakeWorksheet {
    this.ctx.queue("worksheets", "add", [name], () => {
      if (this.ctx.book.sheet(name)) throw fakeError("ItemAlreadyExists", `sheet ${name}`);
      this.ctx.book.addSheet(name);
      return WROTE;
    });
    return new FakeWorksheet(this.ctx, name);
  }
}

class FakeWorksheet extends Proxy {
  constructor(
    ctx: FakeContext,
    public readonly sheetName: string,
    private orNull = false,
  ) {
    super(ctx, `ws(${sheetName})`);
  }
  preload(props: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(props)) this.loaded.set(k, v);
  }
  private sheet(): FakeSheet {
    const s = this.ctx.book.sheet(this.sheetName);
    if (!s) throw fakeError("ItemNotFound", `worksheet ${this.sheetName}`);
    return s;
  }
  protected readProp(name: string): unknown {
    if (name === "isNullObject") return !this.ctx.book.sheet(this.sheetName);
    if (this.orNull && !this.ctx.book.sheet(this.sheetName)) return undefined;
    const s = this.sheet();
    if (name === "name") return s.name;
    if (name === "visibility") return s.visibility;
    return undefined;
  }
  get name(): string {
    return this.get("name");
  }
  get visibility(): string {
    return this.get("visibility");
  }
  get isNullObject(): boolean {
    if (!this.orNull) return false;
    return this.get("isNullObject");
  }
  override load(props?: string | string[] | { select?: string }): this {
    super.load(props);
    if (this.orNull) super.load("isNullObject");
    return this;
  }
  getRange(address?: string): FakeRange {
    if (!address) return new FakeRange(this.ctx, this.sheetName, () => ({ top: 0, left: 0, bottom: 1048575, right: 16383 }));
    const { rect } = parseAddress(address);
    return new FakeRange(this.ctx, this.sheetName, () => rect);
  }
  getRanges(addresses: string): FakeRangeAreas {
    if (!this.ctx.book.supports("1.9")) throw fakeError("ApiNotFound", "getRanges needs ExcelApi 1.9");
    if (addresses.length >= RANGES_ADDRESS_LIMIT) throw fakeError("InvalidArgument", `getRanges address list of ${addresses.length} characters`);
    const rects = addresses.split(/[,;]/).map((a) => parseAddress(a).rect);
    return new FakeRangeAreas(this.ctx, this.sheetName, rects);
  }
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(this.ctx, this.sheetName, () => this.sheet().usedBounds(valuesOnly), true);
  }
  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(this.ctx, this.sheetName, () => {
      const b = this.sheet().usedBounds(valuesOnly);
      return b ?? { top: 0, left: 0, bottom: 0, right: 0 };
    });
  }
  activate(): void {
    this.ctx.queue(this.path, "activate", [], () => {
      this.sheet();
      this.ctx.book.activeSheet = this.sheetName;
    });
  }
}

class FakeRange extends Proxy {
  format: FakeRangeFormat;
  constructor(
    ctx: FakeContext,
    public readonly sheetName: string,
    private rectAt: () => FakeMerge | null,
    private orNull = false,
  ) {
    super(ctx, `ws(${sheetName}).range`);
    this.format = new FakeRangeFormat(ctx, this.path, () => this.cells());
  }
  private sheet(): FakeSheet {
    const s = this.ctx.book.sheet(this.sheetName);
    if (!s) throw fakeError("ItemNotFound", `worksheet ${this.sheetName}`);
    return s;
  }
  private rect(): FakeMerge {
    const r = this.rectAt();
    if (!r) throw fakeError("ItemNotFound", `used range of empty sheet ${this.sheetName}`);
    return r;
  }
  cells(): { row: number; col: number; sheet: FakeSheet }[] {
    const r = this.rect();
    const s = this.sheet();
    const out = [];
    for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) out.push({ row, col, sheet: s });
    return out;
  }
  private grid<T>(f: (c: FakeCell | undefined) => T): T[][] {
    const r = this.rect();
    const s = this.sheet();
    const out: T[][] = [];
    for (let row = r.top; row <= r.bottom; row++) {
      const line: T[] = [];
      for (let col = r.left; col <= r.right; col++) line.push(f(s.cell(row, col)));
      out.push(line);
    }
    return out;
  }
  protected readProp(name: string): unknown {
    if (name === "isNullObject") return this.rectAt() === null;
    if (this.orNull && this.rectAt() === null) return undefined;
    const r = this.rect();
    switch (name) {
      case "values":
        return this.grid((c) => (c?.value === undefined || c.value === null ? "" : c.value));
      case "formulas":
        return this.grid((c) => c?.formula ?? (c?.value === undefined || c.value === null ? "" : c.value));
      case "numberFormat":
        return this.grid((c) => c?.numberFormat ?? "General");
      case "address":
        return rectAddress(this.sheetName, r);
      case "rowIndex":
        return r.top;
      case "columnIndex":
        return r.left;
      case "rowCount":
        return r.bottom - r.top + 1;
      case "columnCount":
        return r.right - r.left + 1;
      default:
        throw fakeError("InvalidArgument", `unknown range property ${name}`);
    }
  }
  override load(props?: string | string[] | { select?: string }): this {
    super.load(props);
    if (this.orNull) super.load("isNullObject");
    return this;
  }
  get isNullObject(): boolean {
    return this.orNull ? this.get("isNullObject") : false;
  }
  get values(): FakeValue[][] {
    return this.get("values");
  }
  set values(v: FakeValue[][]) {
    this.set("values", v, () => this.write(v, false));
  }
  get formulas(): FakeValue[][] {
    return this.get("formulas");
  }
  set formulas(v: FakeValue[][]) {
    this.set("formulas", v, () => this.write(v, true));
  }
  get numberFormat(): string[][] {
    return this.get("numberFormat");
  }
  set numberFormat(v: string[][]) {
    this.set("numberFormat", v, () => {
      const r = this.rect();
      v.forEach((line, i) => line.forEach((f, j) => (this.sheet().ensure(r.top + i, r.left + j).numberFormat = f)));
    });
  }
  get address(): string {
    return this.get("address");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  private write(v: FakeValue[][], asFormulas: boolean): void {
    const r = this.rect();
    if (v.length !== r.bottom - r.top + 1 || v.some((line) => line.length !== r.right - r.left + 1)) {
      throw fakeError("InvalidArgument", `dimensions of the array do not match ${rectAddress(this.sheetName, r)}`);
    }
    const s = this.sheet();
    v.forEach((line, i) =>
      line.forEach((x, j) => {
        const c = s.ensure(r.top + i, r.left + j);
        if ((asFormulas || typeof x === "string") && typeof x === "string" && x.startsWith("=")) {
          c.formula = x;
          c.value = c.value ?? 0;
        } else {
          delete c.formula;
          c.value = x === "" ? null : x;
        }
      }),
    );
  }
  getMergedAreasOrNullObject(): FakeMergedAreas {
    if (!this.ctx.book.supports("1.13")) throw fakeError("ApiNotFound", "getMergedAreasOrNullObject needs ExcelApi 1.13");
    return new FakeMergedAreas(this.ctx, this.sheetName, () => this.rectAt());
  }
  select(): void {
    this.ctx.queue(this.path, "select", [], () => {
      this.ctx.book.selection = { sheet: this.sheetName, address: rectAddress(this.sheetName, this.rect()).split("!")[1] };
    });
  }
  clear(): void {
    this.ctx.queue(this.path, "clear", [], () => {
      const r = this.rect();
      const s = this.sheet();
      for (const key of [...s.cells.keys()]) {
        const [row, col] = key.split(",").map(Number);
        if (row >= r.top && row <= r.bottom && col >= r.left && col <= r.right) s.cells.delete(key);
      }
      return WROTE;
    });
  }
}

class FakeMergedAreas extends Proxy {
  constructor(
    ctx: FakeContext,
    private sheetName: string,
    private within: () => FakeMerge | null,
  ) {
    super(ctx, `ws(${sheetName}).mergedAreas`);
  }
  private inside(): FakeMerge[] {
    const w = this.within();
    if (!w) return [];
    const s = this.ctx.book.sheet(this.sheetName);
    return (s?.merges ?? []).filter((m) => m.top >= w.top && m.bottom <= w.bottom && m.left >= w.left && m.right <= w.right);
  }
  protected readProp(name: string): unknown {
    const areas = this.inside();
    if (name === "isNullObject") return areas.length === 0;
    if (name === "address") {
      if (areas.length === 0) throw fakeError("InvalidObjectPath", "null object");
      return areas.map((m) => rectAddress(this.sheetName, m)).join(",");
    }
    if (name === "areaCount") return areas.length;
    throw fakeError("InvalidArgument", `unknown property ${name}`);
  }
  override load(props?: string | string[] | { select?: string }): this {
    const list = typeof props === "string" ? props.split(",") : Array.isArray(props) ? props : [];
    super.load(["isNullObject"]);
    this.ctx.pending.pop();
    this.ctx.queue(this.path, "load", [list], () => {
      const isNull = this.inside().length === 0;
      this.loaded.set("isNullObject", isNull);
      if (isNull) return { isNullObject: true };
      const data: Record<string, unknown> = {};
      for (const p of list.map((x) => x.trim())) {
        data[p] = this.readProp(p);
        this.loaded.set(p, data[p]);
      }
      return data;
    });
    return this;
  }
  get isNullObject(): boolean {
    return this.get("isNullObject");
  }
  get address(): string {
    return this.get("address");
  }
}

class FakeRangeFormat {
  fill: FakeRangeFill;
  font: { bold: boolean };
  constructor(
    private ctx: FakeContext,
    path: string,
    cells: () => { row: number; col: number; sheet: FakeSheet }[],
  ) {
    this.fill = new FakeRangeFill(ctx, `${path}.format.fill`, cells);
    // Fonts are not modelled; setting one is a queued no-op so requests still count it.
    this.font = {
      set bold(v: boolean) {
        ctx.queue(`${path}.format.font`, "set", ["bold", v], () => undefined);
      },
      get bold(): boolean {
        throw fakeError("PropertyNotLoaded", "font.bold is not modelled");
      },
    };
  }
  autofitColumns(): void {
    this.ctx.queue("format", "autofitColumns", [], () => undefined);
  }
}

class FakeRangeFill extends Proxy {
  constructor(
    ctx: FakeContext,
    path: string,
    private cells: () => { row: number; col: number; sheet: FakeSheet }[],
  ) {
    super(ctx, path);
  }
  private uniform<T>(f: (fill: FakeFill | undefined) => T): T | null {
    const cells = this.cells();
    const first = f(cells[0].sheet.cell(cells[0].row, cells[0].col)?.fill);
    return cells.every((c) => f(c.sheet.cell(c.row, c.col)?.fill) === first) ? first : null;
  }
  protected readProp(name: string): unknown {
    // As Excel: a cell without fill reports white with pattern "None"; mixed cells report null.
    if (name === "color") return this.uniform((fill) => fill?.color ?? "#FFFFFF");
    if (name === "pattern") {
      if (!this.ctx.book.supports("1.9")) throw fakeError("ApiNotFound", "fill.pattern needs ExcelApi 1.9");
      return this.uniform((fill) => (fill ? (fill.pattern ?? "Solid") : "None"));
    }
    if (name === "patternColor") {
      if (!this.ctx.book.supports("1.9")) throw fakeError("ApiNotFound", "fill.patternColor needs ExcelApi 1.9");
      return this.uniform((fill) => fill?.patternColor ?? "#000000");
    }
    throw fakeError("InvalidArgument", `unknown fill property ${name}`);
  }
  get color(): string {
    return this.get("color");
  }
  set color(v: string) {
    this.set("color", v, () => {
      for (const c of this.cells()) {
        const cell = c.sheet.ensure(c.row, c.col);
        cell.fill = { color: v.toUpperCase() };
      }
    });
  }
  get pattern(): string {
    return this.get("pattern");
  }
  set pattern(v: string) {
    if (!this.ctx.book.supports("1.9")) throw fakeError("ApiNotFound", "fill.pattern needs ExcelApi 1.9");
    this.set("pattern", v, () => {
      for (const c of this.cells()) {
        const cell = c.sheet.ensure(c.row, c.col);
        if (v === "None") delete cell.fill;
        else cell.fill = { ...(cell.fill ?? { color: "#FFFFFF" }), pattern: v === "Solid" ? undefined : v };
      }
    });
  }
  get patternColor(): string {
    return this.get("patternColor");
  }
  set patternColor(v: string) {
    if (!this.ctx.book.supports("1.9")) throw fakeError("ApiNotFound", "fill.patternColor needs ExcelApi 1.9");
    this.set("patternColor", v, () => {
      for (const c of this.cells()) {
        const cell = c.sheet.ensure(c.row, c.col);
        if (cell.fill) cell.fill = { ...cell.fill, patternColor: v.toUpperCase() };
      }
    });
  }
  clear(): void {
    this.ctx.queue(this.path, "clear", [], () => {
      for (const c of this.cells()) {
        const cell = c.sheet.cell(c.row, c.col);
        if (cell) delete cell.fill;
      }
      return WROTE;
    });
  }
}

class FakeRangeAreas {
  format: { fill: FakeRangeFill };
  constructor(ctx: FakeContext, sheetName: string, rects: FakeMerge[]) {
    const cells = () => {
      const s = ctx.book.sheet(sheetName);
      if (!s) throw fakeError("ItemNotFound", `worksheet ${sheetName}`);
      const out = [];
      for (const r of rects) for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) out.push({ row, col, sheet: s });
      return out;
    };
    this.format = { fill: new FakeRangeFill(ctx, `ws(${sheetName}).areas.format.fill`, cells) };
  }
}

class FakeSettingCollection {
  constructor(private ctx: FakeContext) {}
  add(key: string, value: unknown): void {
    this.ctx.queue("settings", "add", [key, value], () => {
      this.ctx.book.settings.set(key, JSON.parse(JSON.stringify(value)));
      return WROTE;
    });
  }
  getItemOrNullObject(key: string): FakeSetting {
    return new FakeSetting(this.ctx, key);
  }
  getItem(key: string): FakeSetting {
    return new FakeSetting(this.ctx, key);
  }
}

class FakeSetting extends Proxy {
  constructor(
    ctx: FakeContext,
    private key: string,
  ) {
    super(ctx, `setting(${key})`);
  }
  protected readProp(name: string): unknown {
    if (name === "isNullObject") return !this.ctx.book.settings.has(this.key);
    if (name === "value") return this.ctx.book.settings.get(this.key) ?? null;
    if (name === "key") return this.key;
    throw fakeError("InvalidArgument", `unknown setting property ${name}`);
  }
  override load(props?: string | string[] | { select?: string }): this {
    super.load(props ?? ["value"]);
    super.load("isNullObject");
    return this;
  }
  get isNullObject(): boolean {
    return this.get("isNullObject");
  }
  get value(): unknown {
    return this.get("value");
  }
  delete(): void {
    this.ctx.queue(this.path, "delete", [], () => {
      this.ctx.book.settings.delete(this.key);
      return WROTE;
    });
  }
}

function noteKey(address: string): string {
  const { sheet, rect } = parseAddress(address);
  if (!sheet) throw fakeError("InvalidArgument", `note address needs a sheet: ${address}`);
  return rectAddress(sheet, rect);
}

class FakeNoteCollection {
  constructor(private ctx: FakeContext) {}
  add(cellAddress: string, content: string): void {
    this.ctx.queue("notes", "add", [cellAddress, content], () => {
      const key = noteKey(cellAddress);
      if (this.ctx.book.notes.has(key)) throw fakeError("InvalidArgument", `cell ${key} already has a note`);
      this.ctx.book.notes.set(key, content);
      return WROTE;
    });
  }
  getItemOrNullObject(cellAddress: string): FakeNote {
    return new FakeNote(this.ctx, noteKey(cellAddress));
  }
  getItem(cellAddress: string): FakeNote {
    return new FakeNote(this.ctx, noteKey(cellAddress));
  }
}

class FakeNote extends Proxy {
  constructor(
    ctx: FakeContext,
    private key: string,
  ) {
    super(ctx, `note(${key})`);
  }
  protected readProp(name: string): unknown {
    if (name === "isNullObject") return !this.ctx.book.notes.has(this.key);
    if (name === "content") return this.ctx.book.notes.get(this.key) ?? null;
    throw fakeError("InvalidArgument", `unknown note property ${name}`);
  }
  override load(props?: string | string[] | { select?: string }): this {
    super.load(props ?? ["content"]);
    super.load("isNullObject");
    return this;
  }
  get isNullObject(): boolean {
    return this.get("isNullObject");
  }
  get content(): string {
    return this.get("content");
  }
  set content(v: string) {
    this.set("content", v, () => {
      if (!this.ctx.book.notes.has(this.key)) throw fakeError("ItemNotFound", `note ${this.key}`);
      this.ctx.book.notes.set(this.key, v);
    });
  }
  delete(): void {
    this.ctx.queue(this.path, "delete", [], () => {
      this.ctx.book.notes.delete(this.key);
      return WROTE;
    });
  }
}
