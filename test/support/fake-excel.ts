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
  /** Review → Protect Sheet: writes to cells, fills and notes fail with AccessDenied, as in Excel. */
  protected = false;
  /** Layout the add-in set (points): column widths by 0-based column, row heights by 0-based row. */
  columnWidths = new Map<number, number>();
  rowHeights = new Map<number, number>();
  /** Cells formatted to wrap text and how text is aligned, by range address as set. */
  formats = new Map<string, Record<string, unknown>>();
  /** Page Layout (ExcelApi 1.9) as set: orientation, paperSize, zoom, print title rows, the centre footer … */
  pageLayout: Record<string, unknown> = {};
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
  /** Excel on the web refuses a request over 5 MB with RequestPayloadSizeLimitExceeded; tests may lower it. */
  payloadLimit = PAYLOAD_LIMIT;
  /** Review → Protect Workbook (structure): adding a sheet fails with AccessDenied. */
  structureProtected = false;
  /** When set, the JSON text of every request is kept in `requests` (to look at the exact shape in tests). */
  recordRequests = false;
  requests: string[] = [];
  /** Called as each sync starts (1 for the first since resetStats), before the request is checked or run. */
  onSync?: (sync: number) => void;
  /**
   * The workbook as a saved .xlsx, when the test opened one (fake-from-xlsx): what Document.getFileAsync hands
   * over. A workbook built cell by cell has none, and asking for it fails as it does where the File API is missing.
   */
  file?: Uint8Array;
  /** Counts getFile calls (each is a whole-file transfer in Office). */
  fileReads = 0;

  /** Worksheets.onChanged handlers the add-in registered (ExcelApi 1.9), and how many were ever removed. */
  changeHandlers = new Set<(e: unknown) => unknown>();
  changeHandlersRemoved = 0;
  /** Worksheets.onSelectionChanged handlers (ExcelApi 1.9). */
  selectionHandlers = new Set<(e: unknown) => unknown>();

  /** A person selects a range (A1, on a sheet): the selection moves and onSelectionChanged is raised. */
  selectByUser(sheetName: string, address: string): void {
    this.selection = { sheet: sheetName, address };
    this.activeSheet = sheetName;
    const args = { type: "WorksheetSelectionChanged", worksheetId: sheetName, address };
    for (const h of [...this.selectionHandlers]) setTimeout(() => void h(args), 0);
  }

  constructor(public apiVersion = "1.18") {}

  /**
   * A person typing into a cell (a formula when the text starts with "="): written, recalculated, and
   * Worksheets.onChanged raised after the current task, as Excel raises it after the edit is committed.
   */
  edit(sheetName: string, row: number, col: number, content: FakeValue): void {
    const sheet = this.sheet(sheetName);
    if (!sheet) throw fakeError("ItemNotFound", `worksheet ${sheetName}`);
    const c = sheet.ensure(row, col);
    if (typeof content === "string" && content.startsWith("=")) {
      c.formula = content;
      c.value = c.value ?? 0;
    } else {
      delete c.formula;
      c.value = content === "" ? null : content;
    }
    this.recalculate();
    this.raiseChanged(sheetName, rectAddress(sheetName, { top: row, left: col, bottom: row, right: col }), "Unknown");
  }

  /** Raises Worksheets.onChanged for a range of a sheet (`trigger`: ExcelApi 1.14's triggerSource). */
  raiseChanged(sheetName: string, address: string, trigger: "ThisLocalAddin" | "Unknown"): void {
    if (this.changeHandlers.size === 0) return;
    const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
    const args = {
      type: "WorksheetChanged",
      changeType: "RangeEdited",
      source: "Local",
      worksheetId: sheetName,
      address: local,
      ...(this.supports("1.14") ? { triggerSource: trigger } : {}),
    };
    for (const h of [...this.changeHandlers]) setTimeout(() => void h(args), 0);
  }

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

  /** Document.getFileAsync(Compressed) with every slice read: the .xlsx bytes. */
  getFile = async (): Promise<Uint8Array> => {
    this.fileReads++;
    if (!this.file) throw fakeError("NotSupported", "this workbook has no file to hand over");
    return this.file;
  };

  /** `Excel.run` against this workbook. */
  run = async <T>(batch: (context: FakeContext) => Promise<T>): Promise<T> => {
    const ctx = new FakeContext(this);
    const result = await batch(ctx);
    if (ctx.pending.length > 0) await ctx.sync();
    return result;
  };
}

export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
const RANGES_ADDRESS_LIMIT = 8000;

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

/**
 * Office.js's request format (RichApi, as OfficeExtension.ClientRequestBase builds it): a request is
 * `{"AutoKeepReference":false,"Actions":[…],"ObjectPaths":{…}}`. Every proxy object is an object path (global
 * object 1, property 4, method 3, indexer 5) with the id of its parent and its arguments; creating one queues an
 * Instantiate action (ActionType 1), and a path used in a later request is instantiated again there. Loads are
 * Query actions (2) with `QueryInfo.Select`, method calls Method actions (3), property writes SetProperty
 * actions (4); ids come from one counter per context, and each action lists in `L` the paths it is the last to use.
 */
export interface ObjectPathInfo {
  Id: number;
  ObjectPathType: 1 | 3 | 4 | 5;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: { Arguments?: unknown[] };
}

class ObjectPath {
  constructor(
    readonly info: ObjectPathInfo,
    readonly parent: ObjectPath | null,
  ) {}
}

interface ActionInfo {
  Id: number;
  ActionType: 1 | 2 | 3 | 4;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: { Arguments?: unknown[] };
  QueryInfo?: { Select?: string[] };
  L?: number[];
}

interface Op {
  action: ActionInfo;
  path: ObjectPath;
  reads: boolean;
  run: () => unknown;
}

/** The JSON text Office.js sends for these actions (what the 5 MB limit of Excel on the web applies to). */
function requestText(ops: readonly Op[]): string {
  const lastUse = new Map<number, number>();
  for (let i = ops.length - 1; i >= 0; i--) {
    for (let p: ObjectPath | null = ops[i].path; p && !lastUse.has(p.info.Id); p = p.parent)
      lastUse.set(p.info.Id, ops[i].action.Id);
  }
  const byAction = new Map<number, number[]>();
  for (const [path, action] of [...lastUse].sort((a, b) => a[0] - b[0])) {
    const list = byAction.get(action);
    if (list) list.push(path);
    else byAction.set(action, [path]);
  }
  const objectPaths: Record<number, ObjectPathInfo> = {};
  for (const op of ops) for (let p: ObjectPath | null = op.path; p; p = p.parent) objectPaths[p.info.Id] = p.info;
  const actions = ops.map((op) => {
    const L = byAction.get(op.action.Id);
    return L ? { ...op.action, L } : op.action;
  });
  return JSON.stringify({ AutoKeepReference: false, Actions: actions, ObjectPaths: objectPaths });
}

class FakeContext {
  pending: Op[] = [];
  private instantiated = new Set<number>();
  private ids = 0;
  private processing = false;
  readonly root: ObjectPath;
  workbook: FakeWorkbookProxy;
  trackedObjects = { add: () => undefined, remove: () => undefined };
  constructor(public book: FakeWorkbook) {
    this.root = new ObjectPath({ Id: this.nextId(), ObjectPathType: 1, Name: "" }, null);
    this.workbook = new FakeWorkbookProxy(this);
  }

  nextId(): number {
    return ++this.ids;
  }

  /** A new object path under `parent`, instantiated at once as Office.js's ClientObject constructor does. */
  path(
    parent: ObjectPath,
    type: 3 | 4 | 5,
    name: string,
    args?: unknown[],
    run: () => unknown = () => undefined,
  ): ObjectPath {
    const info: ObjectPathInfo = {
      Id: this.nextId(),
      ObjectPathType: type,
      Name: name,
      ParentObjectPathId: parent.info.Id,
    };
    if (type !== 4) info.ArgumentInfo = { Arguments: args ?? [] };
    const p = new ObjectPath(info, parent);
    // Objects made while a response is processed (items of a loaded collection) queue nothing, as in Office.js.
    if (!this.processing) this.instantiate(p, run);
    return p;
  }

  /** An item of a loaded collection: Office.js makes these while processing a response, without queuing anything. */
  itemPath(parent: ObjectPath, key: unknown): ObjectPath {
    return new ObjectPath(
      {
        Id: this.nextId(),
        ObjectPathType: 5,
        Name: "",
        ParentObjectPathId: parent.info.Id,
        ArgumentInfo: { Arguments: [key] },
      },
      parent,
    );
  }

  private instantiate(p: ObjectPath, run: () => unknown = () => undefined): void {
    if (p.parent && !this.instantiated.has(p.parent.info.Id)) this.instantiate(p.parent);
    this.instantiated.add(p.info.Id);
    this.pending.push({
      action: { Id: this.nextId(), ActionType: 1, Name: "", ObjectPathId: p.info.Id },
      path: p,
      reads: false,
      run,
    });
  }

  /** Queues a Query (2), Method (3) or SetProperty (4) action on the object at `p`. */
  queue(
    p: ObjectPath,
    type: 2 | 3 | 4,
    name: string,
    args: unknown[] | { Select?: string[] },
    run: () => unknown,
  ): void {
    const action: ActionInfo = { Id: this.nextId(), ActionType: type, Name: name, ObjectPathId: p.info.Id };
    if (type === 2) action.QueryInfo = args as { Select?: string[] };
    else action.ArgumentInfo = { Arguments: args as unknown[] };
    if (!this.instantiated.has(p.info.Id)) this.instantiate(p);
    this.pending.push({ action, path: p, reads: type === 2, run });
  }

  async sync(): Promise<void> {
    const ops = this.pending;
    this.pending = [];
    this.instantiated = new Set();
    const text = ops.length === 0 ? "" : requestText(ops);
    if (this.book.recordRequests) this.book.requests.push(text);
    const request = bytes(text);
    const stats = this.book.stats;
    stats.syncs++;
    this.book.onSync?.(stats.syncs);
    stats.operations += ops.length;
    stats.requestBytes.push(request);
    if (request > this.book.payloadLimit)
      throw fakeError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
    let response = 2;
    // Formulas are recalculated lazily: once before the first read that follows writes, and at the end.
    let dirty = false;
    this.processing = true;
    try {
      for (const op of ops) {
        if (dirty && op.reads) {
          this.book.recalculate();
          dirty = false;
        }
        const out = op.run();
        if (out === WROTE) dirty = true;
        else if (out !== undefined) response += bytes(JSON.stringify(out)) + 1;
      }
    } finally {
      this.processing = false;
      if (dirty) this.book.recalculate();
    }
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

/** What Excel raises on writing to a protected sheet. */
function accessDenied(): Error {
  const err = new Error("You cannot perform the requested operation.") as Error & { code: string };
  err.code = "AccessDenied";
  return err;
}

/** Throws as Excel does when a write lands on a protected sheet. */
function writable(sheet: FakeSheet): FakeSheet {
  if (sheet.protected) throw accessDenied();
  return sheet;
}

/** Shared machinery of proxies: load() queues a snapshot of some properties, taken at sync time. */
abstract class Proxy {
  protected loaded = new Map<string, unknown>();
  protected loadQueued = new Set<string>();
  /** A *OrNullObject result: loading it also tells whether it exists. */
  protected orNullObject = false;
  constructor(
    protected ctx: FakeContext,
    readonly objectPath: ObjectPath,
  ) {}

  protected get path(): string {
    return `${this.objectPath.info.Name || "object"}#${this.objectPath.info.Id}`;
  }

  protected abstract readProp(name: string): unknown;

  load(props?: string | string[] | { select?: string }): this {
    const list = (
      typeof props === "string"
        ? props.split(",")
        : Array.isArray(props)
          ? props
          : props?.select
            ? props.select.split(",")
            : this.defaultProps()
    )
      .map((p) => p.trim())
      .filter(Boolean);
    for (const p of list) this.loadQueued.add(p);
    if (this.orNullObject) this.loadQueued.add("isNullObject");
    const select = list.map((p) => p.replace(/^items[/.]/i, ""));
    this.ctx.queue(this.objectPath, 2, "", list.length ? { Select: select } : {}, () => {
      const data: Record<string, unknown> = {};
      if (this.orNullObject) {
        const isNull = Boolean(this.readProp("isNullObject"));
        this.loaded.set("isNullObject", isNull);
        if (isNull) return { _IsNull: true };
      }
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
    const pascal = name[0].toUpperCase() + name.slice(1);
    this.ctx.queue(this.objectPath, 4, pascal, [value], () => {
      apply();
      return WROTE;
    });
  }

  protected method(name: string, args: unknown[], run: () => unknown): void {
    this.ctx.queue(this.objectPath, 3, name, args, run);
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
  const whole = /^\$?([A-Z]{1,3})$/;
  if (b !== undefined && whole.test(a) && whole.test(b)) {
    // Whole columns ("A:H"): every row of them.
    const l = parseCell(`${a.replace("$", "")}1`).col;
    const r = parseCell(`${b.replace("$", "")}1`).col;
    return { sheet, rect: { top: 0, left: Math.min(l, r), bottom: 1048575, right: Math.max(l, r) } };
  }
  const p = parseCell(a);
  const q = b ? parseCell(b) : p;
  return {
    sheet,
    rect: {
      top: Math.min(p.row, q.row),
      left: Math.min(p.col, q.col),
      bottom: Math.max(p.row, q.row),
      right: Math.max(p.col, q.col),
    },
  };
}

function rectAddress(sheet: string, r: FakeMerge): string {
  const quoted = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  const a = `${columnLetters(r.left)}${r.top + 1}`;
  const b = `${columnLetters(r.right)}${r.bottom + 1}`;
  return `${quoted}!${a === b ? a : `${a}:${b}`}`;
}

class FakeWorkbookProxy extends Proxy {
  private cache = new Map<string, unknown>();
  constructor(ctx: FakeContext) {
    super(ctx, ctx.root);
  }
  private prop<T>(name: string, make: (p: ObjectPath) => T): T {
    if (!this.cache.has(name)) this.cache.set(name, make(this.ctx.path(this.objectPath, 4, name)));
    return this.cache.get(name) as T;
  }
  get worksheets(): FakeWorksheetCollection {
    return this.prop("Worksheets", (p) => new FakeWorksheetCollection(this.ctx, p));
  }
  get settings(): FakeSettingCollection {
    return this.prop("Settings", (p) => new FakeSettingCollection(this.ctx, p));
  }
  get notes(): FakeNoteCollection {
    if (!this.ctx.book.supports("1.18")) throw fakeError("ApiNotFound", "workbook.notes needs ExcelApi 1.18");
    return this.prop("Notes", (p) => new FakeNoteCollection(this.ctx, p));
  }
  protected readProp(): unknown {
    return undefined;
  }
}

class FakeWorksheetCollection extends Proxy {
  protected readProp(name: string): unknown {
    if (name.startsWith("items")) {
      const prop = name.replace(/^items[/.]/, "");
      this.itemsLoaded ??= this.ctx.book.sheets.map(
        (s) => new FakeWorksheet(this.ctx, this.ctx.itemPath(this.objectPath, s.name), s.name),
      );
      const value = (s: FakeSheet): unknown => {
        if (prop === "name") return s.name;
        if (prop === "visibility") return s.visibility;
        if (prop === "protection/protected") return s.protected;
        throw fakeError("InvalidArgument", `unknown worksheet property ${prop}`);
      };
      this.itemsLoaded.forEach((ws, i) => {
        const v = value(this.ctx.book.sheets[i]);
        if (prop === "protection/protected") ws.protection.preload({ protected: v });
        else ws.preload({ [prop]: v });
      });
      return this.ctx.book.sheets.map(value);
    }
    return undefined;
  }
  private itemsLoaded: FakeWorksheet[] | null = null;
  get items(): FakeWorksheet[] {
    if (!this.itemsLoaded) throw fakeError("PropertyNotLoaded", "worksheets.items not loaded");
    return this.itemsLoaded;
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, this.ctx.path(this.objectPath, 5, "", [name]), name);
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, this.ctx.path(this.objectPath, 3, "GetItemOrNullObject", [name]), name, true);
  }
  /** Worksheets.onSelectionChanged (ExcelApi 1.9), as onChanged. */
  get onSelectionChanged(): { add: (h: (e: unknown) => unknown) => { context: FakeContext; remove: () => void } } {
    const ctx = this.ctx;
    if (!ctx.book.supports("1.9")) throw fakeError("ApiNotFound", "Worksheets.onSelectionChanged needs ExcelApi 1.9");
    return {
      add: (h) => {
        ctx.book.selectionHandlers.add(h);
        return { context: ctx, remove: () => void ctx.book.selectionHandlers.delete(h) };
      },
    };
  }
  /** Worksheets.onChanged (ExcelApi 1.9): add gives an EventHandlerResult whose remove takes effect at its sync. */
  get onChanged(): { add: (h: (e: unknown) => unknown) => { context: FakeContext; remove: () => void } } {
    const ctx = this.ctx;
    if (!ctx.book.supports("1.9")) throw fakeError("ApiNotFound", "Worksheets.onChanged needs ExcelApi 1.9");
    return {
      add: (h) => {
        ctx.book.changeHandlers.add(h);
        return {
          context: ctx,
          remove: () => {
            if (ctx.book.changeHandlers.delete(h)) ctx.book.changeHandlersRemoved++;
          },
        };
      },
    };
  }
  add(name: string): FakeWorksheet {
    const p = this.ctx.path(this.objectPath, 3, "Add", [name], () => {
      if (this.ctx.book.structureProtected) throw accessDenied();
      if (this.ctx.book.sheet(name)) throw fakeError("ItemAlreadyExists", `sheet ${name}`);
      this.ctx.book.addSheet(name);
      return WROTE;
    });
    return new FakeWorksheet(this.ctx, p, name);
  }
}

class FakeWorksheet extends Proxy {
  private protectionProxy: FakeWorksheetProtection | null = null;
  private pageLayoutProxy: FakePageLayout | null = null;
  constructor(
    ctx: FakeContext,
    path: ObjectPath,
    public readonly sheetName: string,
    orNull = false,
  ) {
    super(ctx, path);
    this.orNullObject = orNull;
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
    const s = this.sheet();
    if (name === "name") return s.name;
    if (name === "visibility") return s.visibility;
    return undefined;
  }
  get name(): string {
    return this.get("name");
  }
  /** Renames the sheet (a proxy got by the old name finds nothing afterwards, as getItem would not). */
  set name(v: string) {
    this.set("name", v, () => {
      const s = this.sheet();
      if (this.ctx.book.sheets.some((o) => o !== s && o.name.toLowerCase() === v.toLowerCase()))
        throw fakeError("ItemAlreadyExists", `sheet ${v}`);
      if (this.ctx.book.activeSheet === s.name) this.ctx.book.activeSheet = v;
      s.name = v;
    });
  }
  delete(): void {
    this.method("Delete", [], () => {
      const s = this.sheet();
      if (this.ctx.book.structureProtected) throw accessDenied();
      this.ctx.book.sheets = this.ctx.book.sheets.filter((o) => o !== s);
      return WROTE;
    });
  }
  /** ExcelApi 1.9: Page Layout. */
  get pageLayout(): FakePageLayout {
    if (!this.ctx.book.supports("1.9")) throw fakeError("ApiNotFound", "pageLayout needs ExcelApi 1.9");
    this.pageLayoutProxy ??= new FakePageLayout(this.ctx, this.ctx.path(this.objectPath, 4, "PageLayout"), () =>
      this.sheet(),
    );
    return this.pageLayoutProxy;
  }
  get visibility(): string {
    return this.get("visibility");
  }
  get isNullObject(): boolean {
    if (!this.orNullObject) return false;
    return this.get("isNullObject");
  }
  /** ExcelApi 1.2: the sheet's protection (Review → Protect Sheet). */
  get protection(): FakeWorksheetProtection {
    this.protectionProxy ??= new FakeWorksheetProtection(
      this.ctx,
      this.ctx.path(this.objectPath, 4, "Protection"),
      () => this.sheet(),
    );
    return this.protectionProxy;
  }
  getRange(address?: string): FakeRange {
    if (!address)
      return new FakeRange(
        this.ctx,
        this.ctx.path(this.objectPath, 3, "GetRange", [undefined]),
        this.sheetName,
        () => ({ top: 0, left: 0, bottom: 1048575, right: 16383 }),
      );
    const { rect } = parseAddress(address);
    return new FakeRange(
      this.ctx,
      this.ctx.path(this.objectPath, 3, "GetRange", [address]),
      this.sheetName,
      () => rect,
    );
  }
  getRanges(addresses: string): FakeRangeAreas {
    if (!this.ctx.book.supports("1.9")) throw fakeError("ApiNotFound", "getRanges needs ExcelApi 1.9");
    if (addresses.length >= RANGES_ADDRESS_LIMIT)
      throw fakeError("InvalidArgument", `getRanges address list of ${addresses.length} characters`);
    const rects = addresses.split(/[,;]/).map((a) => parseAddress(a).rect);
    return new FakeRangeAreas(
      this.ctx,
      this.ctx.path(this.objectPath, 3, "GetRanges", [addresses]),
      this.sheetName,
      rects,
    );
  }
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    const p = this.ctx.path(this.objectPath, 3, "GetUsedRangeOrNullObject", [valuesOnly]);
    return new FakeRange(this.ctx, p, this.sheetName, () => this.sheet().usedBounds(valuesOnly), true);
  }
  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(
      this.ctx,
      this.ctx.path(this.objectPath, 3, "GetUsedRange", [valuesOnly]),
      this.sheetName,
      () => {
        const b = this.sheet().usedBounds(valuesOnly);
        return b ?? { top: 0, left: 0, bottom: 0, right: 0 };
      },
    );
  }
  activate(): void {
    this.method("Activate", [], () => {
      this.sheet();
      this.ctx.book.activeSheet = this.sheetName;
    });
  }
}

/** Page Layout: each setting is kept on the sheet (FakeSheet.pageLayout) as it is set. */
class FakePageLayout extends Proxy {
  private hfProxy: Proxy | null = null;
  constructor(
    ctx: FakeContext,
    path: ObjectPath,
    private sheet: () => FakeSheet,
  ) {
    super(ctx, path);
  }
  protected readProp(name: string): unknown {
    return this.sheet().pageLayout[name];
  }
  private put(name: string, v: unknown): void {
    this.set(name, v, () => {
      writable(this.sheet()).pageLayout[name] = v;
    });
  }
  set orientation(v: string) {
    this.put("orientation", v);
  }
  set paperSize(v: string) {
    this.put("paperSize", v);
  }
  set centerHorizontally(v: boolean) {
    this.put("centerHorizontally", v);
  }
  set zoom(v: Record<string, unknown>) {
    this.put("zoom", v);
  }
  setPrintTitleRows(rows: string): void {
    this.method("SetPrintTitleRows", [rows], () => {
      writable(this.sheet()).pageLayout.printTitleRows = rows;
      return WROTE;
    });
  }
  get headersFooters(): { defaultForAllPages: { centerFooter: string } } {
    const sheet = this.sheet;
    const ctx = this.ctx;
    const hf = (this.hfProxy ??= new (class extends Proxy {
      protected readProp(): unknown {
        return undefined;
      }
    })(ctx, ctx.path(this.objectPath, 4, "HeadersFooters")));
    const page = new (class extends Proxy {
      protected readProp(): unknown {
        return undefined;
      }
      set centerFooter(v: string) {
        this.set("centerFooter", v, () => {
          writable(sheet()).pageLayout.centerFooter = v;
        });
      }
    })(ctx, ctx.path(hf.objectPath, 4, "DefaultForAllPages"));
    return { defaultForAllPages: page as unknown as { centerFooter: string } };
  }
}

class FakeWorksheetProtection extends Proxy {
  constructor(
    ctx: FakeContext,
    path: ObjectPath,
    private sheet: () => FakeSheet,
  ) {
    super(ctx, path);
  }
  preload(props: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(props)) this.loaded.set(k, v);
  }
  protected readProp(name: string): unknown {
    if (name === "protected") return this.sheet().protected;
    throw fakeError("InvalidArgument", `unknown protection property ${name}`);
  }
  get protected(): boolean {
    return this.get("protected");
  }
}

class FakeRange extends Proxy {
  private formatProxy: FakeRangeFormat | null = null;
  constructor(
    ctx: FakeContext,
    path: ObjectPath,
    public readonly sheetName: string,
    private rectAt: () => FakeMerge | null,
    orNull = false,
  ) {
    super(ctx, path);
    this.orNullObject = orNull;
  }
  get format(): FakeRangeFormat {
    this.formatProxy ??= new FakeRangeFormat(
      this.ctx,
      this.ctx.path(this.objectPath, 4, "Format"),
      () => this.cells(),
      () => ({ sheet: this.sheet(), rect: this.rect() }),
    );
    return this.formatProxy;
  }
  unmerge(): void {
    this.method("Unmerge", [], () => {
      const r = this.rect();
      const s = writable(this.sheet());
      s.merges = s.merges.filter((m) => m.bottom < r.top || m.top > r.bottom || m.right < r.left || m.left > r.right);
      return WROTE;
    });
  }
  /** Merges the range into one cell (`across`: each row on its own). */
  merge(across = false): void {
    this.method("Merge", [across], () => {
      const r = this.rect();
      const s = writable(this.sheet());
      const rows = across
        ? Array.from({ length: r.bottom - r.top + 1 }, (_, i) => ({ ...r, top: r.top + i, bottom: r.top + i }))
        : [r];
      for (const m of rows) if (m.right > m.left || m.bottom > m.top) s.merges.push(m);
      return WROTE;
    });
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
    for (let row = r.top; row <= r.bottom; row++)
      for (let col = r.left; col <= r.right; col++) out.push({ row, col, sheet: s });
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
  get isNullObject(): boolean {
    return this.orNullObject ? this.get("isNullObject") : false;
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
      const s = writable(this.sheet());
      v.forEach((line, i) => line.forEach((f, j) => (s.ensure(r.top + i, r.left + j).numberFormat = f)));
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
    this.ctx.book.raiseChanged(this.sheetName, rectAddress(this.sheetName, r), "ThisLocalAddin");
    const s = writable(this.sheet());
    v.forEach((line, i) =>
      line.forEach((x, j) => {
        const c = s.ensure(r.top + i, r.left + j);
        if (typeof x === "string" && x.startsWith("'")) {
          // Excel's prefix character: what follows is text, stored without the apostrophe.
          delete c.formula;
          c.value = x.slice(1) === "" ? null : x.slice(1);
        } else if ((asFormulas || typeof x === "string") && typeof x === "string" && x.startsWith("=")) {
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
    if (!this.ctx.book.supports("1.13"))
      throw fakeError("ApiNotFound", "getMergedAreasOrNullObject needs ExcelApi 1.13");
    return new FakeMergedAreas(
      this.ctx,
      this.ctx.path(this.objectPath, 3, "GetMergedAreasOrNullObject", []),
      this.sheetName,
      () => this.rectAt(),
    );
  }
  select(): void {
    this.method("Select", [], () => {
      this.ctx.book.selection = {
        sheet: this.sheetName,
        address: rectAddress(this.sheetName, this.rect()).split("!")[1],
      };
    });
  }
  clear(applyTo?: string): void {
    this.method("Clear", [applyTo], () => {
      const r = this.rect();
      const s = writable(this.sheet());
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
    path: ObjectPath,
    private sheetName: string,
    private within: () => FakeMerge | null,
  ) {
    super(ctx, path);
    this.orNullObject = true;
  }
  private inside(): FakeMerge[] {
    const w = this.within();
    if (!w) return [];
    const s = this.ctx.book.sheet(this.sheetName);
    // A merged area is one cell to Excel: a range that meets part of it has it among its merged areas, whole.
    return (s?.merges ?? []).filter(
      (m) => m.top <= w.bottom && m.bottom >= w.top && m.left <= w.right && m.right >= w.left,
    );
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
  get isNullObject(): boolean {
    return this.get("isNullObject");
  }
  get address(): string {
    return this.get("address");
  }
}

type CellsOf = () => { row: number; col: number; sheet: FakeSheet }[];

class FakeRangeFormat {
  private fillProxy: FakeRangeFill | null = null;
  private fontProxy: FakeRangeFont | null = null;
  constructor(
    private ctx: FakeContext,
    readonly objectPath: ObjectPath,
    private cells: CellsOf,
    private area?: () => { sheet: FakeSheet; rect: FakeMerge },
  ) {}
  /** A layout property written (and counted) like Office.js does; kept on the sheet where a test can see it. */
  private layout(name: string, v: unknown, apply: (sheet: FakeSheet, rect: FakeMerge) => void): void {
    const pascal = name[0].toUpperCase() + name.slice(1);
    this.ctx.queue(this.objectPath, 4, pascal, [v], () => {
      if (!this.area) throw fakeError("InvalidArgument", `${name} on a range list`);
      const { sheet, rect } = this.area();
      apply(writable(sheet), rect);
      return WROTE;
    });
  }
  set columnWidth(v: number) {
    this.layout("columnWidth", v, (s, r) => {
      for (let c = r.left; c <= r.right; c++) s.columnWidths.set(c, v);
    });
  }
  set useStandardHeight(v: boolean) {
    this.layout("useStandardHeight", v, (s, r) => {
      if (v) for (const row of [...s.rowHeights.keys()]) if (row >= r.top && row <= r.bottom) s.rowHeights.delete(row);
    });
  }
  set rowHeight(v: number) {
    this.layout("rowHeight", v, (s, r) => {
      if (r.bottom - r.top > 100_000) throw fakeError("InvalidArgument", "row height of whole columns");
      for (let row = r.top; row <= r.bottom; row++) s.rowHeights.set(row, v);
    });
  }
  private aligned(name: string, v: unknown): void {
    this.layout(name, v, (s, r) => {
      const key = `${columnLetters(r.left)}${r.top + 1}:${columnLetters(r.right)}${r.bottom + 1}`;
      s.formats.set(key, { ...(s.formats.get(key) ?? {}), [name]: v });
    });
  }
  set wrapText(v: boolean) {
    this.aligned("wrapText", v);
  }
  set verticalAlignment(v: string) {
    this.aligned("verticalAlignment", v);
  }
  set horizontalAlignment(v: string) {
    this.aligned("horizontalAlignment", v);
  }
  get fill(): FakeRangeFill {
    this.fillProxy ??= new FakeRangeFill(this.ctx, this.ctx.path(this.objectPath, 4, "Fill"), this.cells);
    return this.fillProxy;
  }
  get font(): FakeRangeFont {
    this.fontProxy ??= new FakeRangeFont(this.ctx, this.ctx.path(this.objectPath, 4, "Font"));
    return this.fontProxy;
  }
  autofitColumns(): void {
    this.ctx.queue(this.objectPath, 3, "AutofitColumns", [], () => undefined);
  }
}

/** Fonts are not modelled; setting one is queued (and counted) like any property write. */
class FakeRangeFont extends Proxy {
  protected readProp(): unknown {
    throw fakeError("PropertyNotLoaded", "font is not modelled");
  }
  set bold(v: boolean) {
    this.set("bold", v, () => undefined);
  }
  set size(v: number) {
    this.set("size", v, () => undefined);
  }
  get bold(): boolean {
    return this.get("bold");
  }
}

class FakeRangeFill extends Proxy {
  constructor(
    ctx: FakeContext,
    path: ObjectPath,
    private cells: CellsOf,
  ) {
    super(ctx, path);
  }
  private uniform<T>(f: (fill: FakeFill | undefined) => T): T | null {
    const cells = this.cells();
    const first = f(cells[0].sheet.cell(cells[0].row, cells[0].col)?.fill);
    return cells.every((c) => f(c.sheet.cell(c.row, c.col)?.fill) === first) ? first : null;
  }
  private each(f: (c: { row: number; col: number; sheet: FakeSheet }) => void): void {
    const cells = this.cells();
    for (const sheet of new Set(cells.map((c) => c.sheet))) writable(sheet);
    cells.forEach(f);
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
    this.set("color", v, () =>
      this.each((c) => {
        const cell = c.sheet.ensure(c.row, c.col);
        cell.fill = { color: v.toUpperCase() };
      }),
    );
  }
  get pattern(): string {
    return this.get("pattern");
  }
  set pattern(v: string) {
    if (!this.ctx.book.supports("1.9")) throw fakeError("ApiNotFound", "fill.pattern needs ExcelApi 1.9");
    this.set("pattern", v, () =>
      this.each((c) => {
        const cell = c.sheet.ensure(c.row, c.col);
        if (v === "None") delete cell.fill;
        else cell.fill = { ...(cell.fill ?? { color: "#FFFFFF" }), pattern: v === "Solid" ? undefined : v };
      }),
    );
  }
  get patternColor(): string {
    return this.get("patternColor");
  }
  set patternColor(v: string) {
    if (!this.ctx.book.supports("1.9")) throw fakeError("ApiNotFound", "fill.patternColor needs ExcelApi 1.9");
    this.set("patternColor", v, () =>
      this.each((c) => {
        const cell = c.sheet.ensure(c.row, c.col);
        if (cell.fill) cell.fill = { ...cell.fill, patternColor: v.toUpperCase() };
      }),
    );
  }
  clear(): void {
    this.method("Clear", [], () => {
      this.each((c) => {
        const cell = c.sheet.cell(c.row, c.col);
        if (cell) delete cell.fill;
      });
      return WROTE;
    });
  }
}

class FakeRangeAreas {
  private formatProxy: FakeRangeFormat | null = null;
  constructor(
    private ctx: FakeContext,
    readonly objectPath: ObjectPath,
    private sheetName: string,
    private rects: FakeMerge[],
  ) {}
  get format(): FakeRangeFormat {
    const cells = () => {
      const s = this.ctx.book.sheet(this.sheetName);
      if (!s) throw fakeError("ItemNotFound", `worksheet ${this.sheetName}`);
      const out = [];
      for (const r of this.rects)
        for (let row = r.top; row <= r.bottom; row++)
          for (let col = r.left; col <= r.right; col++) out.push({ row, col, sheet: s });
      return out;
    };
    this.formatProxy ??= new FakeRangeFormat(this.ctx, this.ctx.path(this.objectPath, 4, "Format"), cells);
    return this.formatProxy;
  }
}

class FakeSettingCollection extends Proxy {
  protected readProp(): unknown {
    return undefined;
  }
  add(key: string, value: unknown): FakeSetting {
    const p = this.ctx.path(this.objectPath, 3, "Add", [key, value], () => {
      this.ctx.book.settings.set(key, JSON.parse(JSON.stringify(value)));
      return WROTE;
    });
    return new FakeSetting(this.ctx, p, key);
  }
  getItemOrNullObject(key: string): FakeSetting {
    return new FakeSetting(this.ctx, this.ctx.path(this.objectPath, 3, "GetItemOrNullObject", [key]), key, true);
  }
  getItem(key: string): FakeSetting {
    return new FakeSetting(this.ctx, this.ctx.path(this.objectPath, 5, "", [key]), key);
  }
}

class FakeSetting extends Proxy {
  constructor(
    ctx: FakeContext,
    path: ObjectPath,
    private key: string,
    orNull = false,
  ) {
    super(ctx, path);
    this.orNullObject = orNull;
  }
  protected readProp(name: string): unknown {
    if (name === "isNullObject") return !this.ctx.book.settings.has(this.key);
    if (name === "value") return this.ctx.book.settings.get(this.key) ?? null;
    if (name === "key") return this.key;
    throw fakeError("InvalidArgument", `unknown setting property ${name}`);
  }
  protected override defaultProps(): string[] {
    return ["value"];
  }
  get isNullObject(): boolean {
    return this.orNullObject ? this.get("isNullObject") : false;
  }
  get value(): unknown {
    return this.get("value");
  }
  delete(): void {
    this.method("Delete", [], () => {
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

class FakeNoteCollection extends Proxy {
  protected readProp(): unknown {
    return undefined;
  }
  add(cellAddress: string, content: string): FakeNote {
    const key = noteKey(cellAddress);
    const p = this.ctx.path(this.objectPath, 3, "Add", [cellAddress, content], () => {
      noteSheet(this.ctx.book, cellAddress);
      if (this.ctx.book.notes.has(key)) throw fakeError("InvalidArgument", `cell ${key} already has a note`);
      this.ctx.book.notes.set(key, content);
      return WROTE;
    });
    return new FakeNote(this.ctx, p, key, cellAddress);
  }
  getItemOrNullObject(cellAddress: string): FakeNote {
    return new FakeNote(
      this.ctx,
      this.ctx.path(this.objectPath, 3, "GetItemOrNullObject", [cellAddress]),
      noteKey(cellAddress),
      cellAddress,
      true,
    );
  }
  getItem(cellAddress: string): FakeNote {
    return new FakeNote(
      this.ctx,
      this.ctx.path(this.objectPath, 5, "", [cellAddress]),
      noteKey(cellAddress),
      cellAddress,
    );
  }
}

/** The sheet a note address is on, refusing writes when it is protected. */
function noteSheet(book: FakeWorkbook, cellAddress: string): FakeSheet {
  const name = parseAddress(cellAddress).sheet!;
  const s = book.sheet(name);
  if (!s) throw fakeError("ItemNotFound", `worksheet ${name}`);
  return writable(s);
}

class FakeNote extends Proxy {
  constructor(
    ctx: FakeContext,
    path: ObjectPath,
    private key: string,
    private cellAddress: string,
    orNull = false,
  ) {
    super(ctx, path);
    this.orNullObject = orNull;
  }
  protected readProp(name: string): unknown {
    if (name === "isNullObject") return !this.ctx.book.notes.has(this.key);
    if (name === "content") return this.ctx.book.notes.get(this.key) ?? null;
    throw fakeError("InvalidArgument", `unknown note property ${name}`);
  }
  protected override defaultProps(): string[] {
    return ["content"];
  }
  get isNullObject(): boolean {
    return this.orNullObject ? this.get("isNullObject") : false;
  }
  get content(): string {
    return this.get("content");
  }
  set content(v: string) {
    this.set("content", v, () => {
      noteSheet(this.ctx.book, this.cellAddress);
      if (!this.ctx.book.notes.has(this.key)) throw fakeError("ItemNotFound", `note ${this.key}`);
      this.ctx.book.notes.set(this.key, v);
    });
  }
  delete(): void {
    this.method("Delete", [], () => {
      noteSheet(this.ctx.book, this.cellAddress);
      this.ctx.book.notes.delete(this.key);
      return WROTE;
    });
  }
}
