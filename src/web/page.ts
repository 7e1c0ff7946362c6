import Decimal from "decimal.js";
import { zipSync } from "fflate";
import { CATEGORY_LABELS, label, ROW_KIND_LABELS, ROW_WHY_LABELS, SEVERITY_LABELS } from "../core";
import { overTime, DEFAULT_BUDGET } from "../cli/budget";
import { copyName } from "../cli/copy-name";
import { byPath } from "../cli/path-order";
import type { FileResult } from "../cli/file-result";
import { failedResult, internalError } from "../cli/file-result";
import type { FieldInfo, Lang, PackInfo, Reply, Request, Row, Setup, StandardChoice } from "./protocol";
import { STRINGS, type Strings } from "./strings";

/*
 * The page (dist/budget-ruler.html, dist/web/check.html): chooses files, runs the CLI's own check of each in a pool of
 * Web Workers (worker.ts, one per core), shows one row per file and a file's details, and offers the CLI's outputs as
 * downloads. It draws with the DOM alone; every audit, report and workbook is the worker's (the CLI's code).
 */

declare const BUDGET_RULER_WORKER: string;

// ---------------------------------------------------------------------------------------------------------------- workers

type Pending = { resolve: (r: Reply) => void; reject: (e: Error) => void };

/** One worker and its requests in flight, by id. */
class Channel {
  private next = 1;
  private readonly pending = new Map<number, Pending>();
  readonly worker: Worker;
  constructor(url: string) {
    this.worker = new Worker(url);
    this.worker.onmessage = (e: MessageEvent<{ id: number; reply: Reply }>) => {
      const p = this.pending.get(e.data.id);
      this.pending.delete(e.data.id);
      if (!p) return;
      if (e.data.reply.type === "failed") p.reject(new Error(e.data.reply.message));
      else p.resolve(e.data.reply);
    };
    this.worker.onerror = (e) => {
      e.preventDefault();
      for (const p of this.pending.values()) p.reject(new Error(e.message || "worker error"));
      this.pending.clear();
    };
  }
  ask<T extends Reply["type"]>(request: Request, transfer: Transferable[] = []): Promise<Extract<Reply, { type: T }>> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (r: Reply) => void, reject });
      this.worker.postMessage({ id, request }, transfer);
    });
  }
  stop(): void {
    this.worker.terminate();
    for (const p of this.pending.values()) p.reject(new Error("stopped"));
    this.pending.clear();
  }
}

const workerUrl = URL.createObjectURL(new Blob([BUDGET_RULER_WORKER], { type: "text/javascript" }));
const cores = Math.max(1, Math.min(8, navigator.hardwareConcurrency || 2));

/** Workers started and idle: started when the page opens (each compiles the engine once), reused by every run. */
const warm: Channel[] = [];
const takeChannel = () => warm.pop() ?? new Channel(workerUrl);
function giveBack(c: Channel): void {
  if (warm.length < cores) warm.push(c);
  else c.stop();
}

/** The workers of a run: one per core (at most as many as files), each set up with the run's standard and values. */
class Pool {
  readonly channels: Channel[] = [];
  private stopped = false;
  constructor(
    private readonly setup: Setup,
    size: number,
  ) {
    for (let i = 0; i < size; i++) this.channels.push(takeChannel());
  }
  private async fresh(): Promise<Channel> {
    const c = new Channel(workerUrl);
    await c.ask<"setup">({ type: "setup", setup: this.setup });
    return c;
  }
  async start(): Promise<string | null> {
    const replies = await Promise.all(this.channels.map((c) => c.ask<"setup">({ type: "setup", setup: this.setup })));
    return replies[0]?.error ?? null;
  }
  /** Checks every task, `jobs` at a time; each result is handed to `done` as it comes. */
  async run(
    tasks: readonly { file: string; name: string; blob: Blob }[],
    annotate: boolean,
    done: (i: number, reply: Extract<Reply, { type: "check" }>) => void,
  ): Promise<void> {
    let next = 0;
    const en = this.setup.lang === "en-US";
    const lane = async (slot: number) => {
      while (!this.stopped && next < tasks.length) {
        const i = next++;
        const task = tasks[i];
        const bytes = await task.blob.arrayBuffer();
        let timer = 0;
        const overtime = new Promise<"too-slow">((resolve) => {
          timer = window.setTimeout(() => resolve("too-slow"), DEFAULT_BUDGET.seconds * 1000);
        });
        const channel = this.channels[slot];
        let failure = "";
        const reply = await Promise.race([
          channel.ask<"check">({ type: "check", file: task.file, name: task.name, bytes, annotate, explain: false }, [
            bytes,
          ]),
          overtime,
        ]).catch((e: Error) => {
          failure = e.message;
          return null;
        });
        window.clearTimeout(timer);
        if (this.stopped) return;
        if (reply === "too-slow" || reply === null) {
          // Stopped for its time (too-slow, as the CLI's --max-seconds default), or its worker failed (out of memory:
          // internal-error, the CLI's wording): the file gets its reason, a new worker goes on with the rest.
          channel.stop();
          this.channels[slot] = await this.fresh();
          const error =
            reply === "too-slow"
              ? overTime(task.file, DEFAULT_BUDGET, en, false)
              : internalError(task.file, failure, en);
          done(i, {
            type: "check",
            result: failedResult(task.file, error),
            row: failedRow(error),
            copy: null,
            copyError: null,
          });
          continue;
        }
        done(i, reply);
      }
    };
    await Promise.all(this.channels.map((_, slot) => lane(slot)));
  }
  /** Ends the run: its workers go back to the warm set, or (`cancel`) are stopped in the middle of their work. */
  stop(cancel = false): void {
    if (this.stopped) return;
    this.stopped = true;
    for (const c of this.channels) {
      if (cancel) c.stop();
      else giveBack(c);
    }
  }
}

const failedRow = (problem: { code: string; message: string }): Row => ({
  project: null,
  kind: null,
  system: null,
  standard: null,
  submitted: null,
  approved: null,
  reduction: null,
  rate: null,
  errors: 0,
  warnings: 0,
  route: null,
  problem,
});

// ------------------------------------------------------------------------------------------------------------------ state

interface Chosen {
  file: File;
  /** The path shown and reported: the folder-relative path when a folder was chosen, else the file's name. */
  path: string;
}

const state = {
  lang: (navigator.language?.toLowerCase().startsWith("zh") !== false ? "zh-CN" : "en-US") as Lang,
  files: [] as Chosen[],
  packs: [] as PackInfo[],
  fields: [] as FieldInfo[],
  ownPack: null as { name: string; text: string } | null,
  /** The last run: its setup, its results (packed) and rows, in the files' order. */
  run: null as null | { setup: Setup; files: Chosen[]; results: (FileResult | null)[]; rows: (Row | null)[] },
  sort: { col: -1, up: true },
  selected: -1,
  pool: null as Pool | null,
};

const t = (): Strings => STRINGS[state.lang];
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<string, string>> = {},
  ...children: (Node | string | null)[]
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) if (v !== undefined) e.setAttribute(k, v);
  for (const c of children) if (c !== null) e.append(c);
  return e;
}

// -------------------------------------------------------------------------------------------------------------- choosing

const isWorkbook = (name: string) => /\.xls[xm]$/i.test(name) && !name.startsWith("~$");
const collator = new Intl.Collator(undefined, { numeric: true });

function addFiles(list: Iterable<Chosen>): void {
  const seen = new Set(state.files.map((f) => f.path));
  for (const c of list) {
    if (seen.has(c.path)) continue;
    state.files.push(c);
    seen.add(c.path);
  }
  state.files.sort((a, b) => byPath(a.path, b.path));
  $("chosen").textContent = t().chosen(state.files.length);
}

function fromInput(input: HTMLInputElement): Chosen[] {
  const out: Chosen[] = [];
  for (const file of Array.from(input.files ?? [])) {
    const rel = (file as File & { webkitRelativePath?: string }).webkitRelativePath || file.name;
    // A folder brings every file under it: only its workbooks are checked, as `check DIR` does.
    if (rel !== file.name && !isWorkbook(file.name)) continue;
    out.push({ file, path: rel });
  }
  return out;
}

/** The files of a drop, folders walked (webkitGetAsEntry), workbooks only inside folders. */
async function fromDrop(items: DataTransferItemList): Promise<Chosen[]> {
  const out: Chosen[] = [];
  type Entry = {
    isFile: boolean;
    isDirectory: boolean;
    name: string;
    fullPath: string;
    file(cb: (f: File) => void, err: (e: unknown) => void): void;
    createReader(): { readEntries(cb: (e: Entry[]) => void, err: (e: unknown) => void): void };
  };
  const walk = async (entry: Entry, inFolder: boolean): Promise<void> => {
    if (entry.isFile) {
      if (inFolder && !isWorkbook(entry.name)) return;
      const file = await new Promise<File>((resolve, reject) => entry.file(resolve, reject));
      out.push({ file, path: entry.fullPath.replace(/^\//, "") });
    } else if (entry.isDirectory) {
      const reader = entry.createReader();
      for (;;) {
        const batch = await new Promise<Entry[]>((resolve, reject) => reader.readEntries(resolve, reject));
        if (!batch.length) break;
        for (const e of batch) await walk(e, true);
      }
    }
  };
  const entries = Array.from(items)
    .map((i) => (i.webkitGetAsEntry?.() ?? null) as Entry | null)
    .filter((e): e is Entry => e !== null);
  for (const e of entries) await walk(e, false);
  return out;
}

// -------------------------------------------------------------------------------------------------------------- running

function currentSetup(): Setup | string {
  const choice = ($("standard") as HTMLSelectElement).value;
  let standard: StandardChoice;
  if (choice === "auto") standard = { kind: "auto" };
  else if (choice === "own") {
    if (!state.ownPack) return t().badPack + t().packFile;
    standard = { kind: "file", ...state.ownPack };
  } else standard = { kind: "id", id: choice };
  const values: Record<string, string> = {};
  for (const input of Array.from(document.querySelectorAll<HTMLInputElement | HTMLSelectElement>("[data-field]")))
    if (!input.closest("[hidden]") && input.value.trim()) values[input.dataset.field!] = input.value;
  return { standard, lang: state.lang, values, includeHidden: ($("hidden") as HTMLInputElement).checked };
}

function setStatus(text: string, error = false): void {
  const s = $("status");
  s.textContent = text;
  s.className = error ? "status error" : "status";
}

async function runCheck(): Promise<void> {
  if (!state.files.length) return setStatus(t().noFiles, true);
  const setup = currentSetup();
  if (typeof setup === "string") return setStatus(setup, true);
  const files = [...state.files];
  const pool = new Pool(setup, Math.min(cores, files.length));
  state.pool = pool;
  const error = await pool.start().catch((e: Error) => e.message);
  if (error) {
    pool.stop(true);
    state.pool = null;
    return setStatus(t().badPack + error, true);
  }
  state.run = { setup, files, results: files.map(() => null), rows: files.map(() => null) };
  state.selected = -1;
  renderDetails();
  const started = performance.now();
  let done = 0;
  const progress = $<HTMLProgressElement>("progress");
  progress.max = files.length;
  progress.value = 0;
  setBusy(true);
  setStatus(t().progress(0, files.length, pool.channels.length));
  renderTable();
  const run = state.run;
  await pool.run(
    files.map((c) => ({ file: c.path, name: c.file.name, blob: c.file })),
    false,
    (i, reply) => {
      run.results[i] = reply.result;
      run.rows[i] = reply.row;
      progress.value = ++done;
      setStatus(t().progress(done, files.length, pool.channels.length));
      showResult(i);
    },
  );
  if (state.pool !== pool) return; // cancelled
  pool.stop();
  state.pool = null;
  if (state.sort.col >= 0) renderTable();
  else $("results").querySelector("tfoot")?.replaceWith(footEl());
  setBusy(false);
  document.body.dataset.state = "done";
  setStatus(t().finished(files.length, ((performance.now() - started) / 1000).toFixed(1)));
}

function cancel(): void {
  if (!state.pool || !state.run) return;
  state.pool.stop(true);
  state.pool = null;
  setBusy(false);
  const done = state.run.results.filter(Boolean).length;
  setStatus(t().cancelled(done, state.run.files.length));
}

function setBusy(busy: boolean): void {
  ($("run") as HTMLButtonElement).disabled = busy;
  ($("cancel") as HTMLButtonElement).disabled = !busy;
  document.body.dataset.state = busy ? "running" : "idle";
  for (const id of ["json", "summary", "copies"]) ($(id) as HTMLButtonElement).disabled = busy || !state.run;
}

// ------------------------------------------------------------------------------------------------------------ downloads

function download(name: string, data: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = el("a", { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A worker set up as the last run was, for a report or a copy; stopped after `use`. */
async function withWorker<T>(use: (c: Channel) => Promise<T>): Promise<T> {
  const c = takeChannel();
  let ok = false;
  try {
    await c.ask<"setup">({ type: "setup", setup: state.run!.setup });
    const out = await use(c);
    ok = true;
    return out;
  } finally {
    if (ok) giveBack(c);
    else c.stop();
  }
}

const checkedResults = () => state.run!.results.filter((r): r is FileResult => r !== null);

async function busyButton(id: string, work: () => Promise<void>): Promise<void> {
  const b = $<HTMLButtonElement>(id);
  const text = b.textContent;
  b.disabled = true;
  b.textContent = t().working;
  try {
    await work();
  } catch (e) {
    setStatus(String((e as Error).message ?? e), true);
  } finally {
    b.disabled = false;
    b.textContent = text;
  }
}

/** The JSON report: the CLI's `--format json` of the same files (without --explain's readings). */
async function downloadJson(): Promise<void> {
  const results = checkedResults().map(({ reading: _, ...r }) => r);
  const reply = await withWorker((c) => c.ask<"json">({ type: "json", results }));
  download("budget-ruler-report.json", reply.text, "application/json");
}

async function downloadSummary(): Promise<void> {
  const reply = await withWorker((c) =>
    c.ask<"summary">({ type: "summary", results: checkedResults(), lang: state.run!.setup.lang }),
  );
  download(t().summaryName, reply.bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
}

/** Each input's copy name, as `check --annotate` names them (a second input of the same stem gets -2 …). */
function copyNames(files: readonly Chosen[]): string[] {
  const taken = new Set<string>();
  return files.map((c) => {
    const stem = c.file.name.replace(/\.[^.]*$/, "");
    let name = copyName(stem);
    for (let k = 2; taken.has(name.toLowerCase()); k++) name = copyName(stem, k);
    taken.add(name.toLowerCase());
    return name;
  });
}

async function copyOf(i: number): Promise<{ name: string; bytes: ArrayBuffer } | string> {
  const run = state.run!;
  const c = run.files[i];
  const bytes = await c.file.arrayBuffer();
  const reply = await withWorker((w) =>
    w.ask<"check">({ type: "check", file: c.path, name: c.file.name, bytes, annotate: true, explain: false }, [bytes]),
  );
  if (!reply.copy) return reply.copyError ?? reply.row.problem?.message ?? "";
  return { name: copyNames(run.files)[i], bytes: reply.copy };
}

async function downloadOneCopy(i: number): Promise<void> {
  const copy = await copyOf(i);
  if (typeof copy === "string") return setStatus(copy, true);
  download(copy.name, copy.bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
}

/** Every annotated copy, as `check --annotate DIR` writes them, in one zip (stored: they are zips already). */
async function downloadAllCopies(): Promise<void> {
  const run = state.run!;
  const names = copyNames(run.files);
  const pool = new Pool(run.setup, Math.min(cores, run.files.length));
  const entries: Record<string, [Uint8Array, { level: 0 }]> = {};
  try {
    await pool.start();
    await pool.run(
      run.files.map((c) => ({ file: c.path, name: c.file.name, blob: c.file })),
      true,
      (i, reply) => {
        if (reply.copy) entries[names[i]] = [new Uint8Array(reply.copy), { level: 0 }];
      },
    );
  } finally {
    pool.stop();
  }
  download(t().zipName, zipSync(entries) as Uint8Array<ArrayBuffer>, "application/zip");
}

// ------------------------------------------------------------------------------------------------------------ rendering

const wan = (yuan: string | null) => (yuan === null ? null : new Decimal(yuan).dividedBy(10000));
/** Two decimals with thousands separators, from the exact decimal (never through a float): 1,211,800.00. */
function grouped(d: Decimal): string {
  const [whole, cents] = d.toFixed(2, Decimal.ROUND_HALF_UP).split(".");
  return `${whole.replace(/\B(?=(\d{3})+$)/g, ",")}.${cents}`;
}
const fmt = (d: Decimal | null) => (d === null ? "" : grouped(d));
const pct = (fraction: Decimal | null) =>
  fraction === null ? "" : `${fraction.times(100).toFixed(2, Decimal.ROUND_HALF_UP)}%`;
const pick = (b: { zh: string; en: string } | null) => (b ? (state.lang === "zh-CN" ? b.zh : b.en) : "");

/** A column's value for sorting and its text. */
function cell(i: number, col: number): { sort: string | number; text: string } {
  const s = t();
  const run = state.run!;
  const r = run.rows[i];
  const path = run.files[i].path;
  if (!r) return col === 0 ? { sort: path, text: path } : { sort: "", text: "" };
  const money = (v: string | null) => ({ sort: v === null ? -Infinity : Number(v), text: fmt(wan(v)) });
  switch (col) {
    case 0:
      return { sort: path, text: path };
    case 1:
      return { sort: r.project ?? "", text: r.project ?? "" };
    case 2:
      return { sort: pick(r.kind), text: [pick(r.kind), pick(r.system)].filter(Boolean).join(" · ") };
    case 3: {
      const text = r.standard ? s.standardWhy(r.standard.title, pick(r.standard.reason)) : "";
      return { sort: r.standard?.title ?? "", text };
    }
    case 4:
      return money(r.submitted);
    case 5:
      return money(r.approved);
    case 6:
      return money(r.reduction);
    case 7:
      return {
        sort: r.rate === null ? -Infinity : Number(r.rate),
        text: pct(r.rate === null ? null : new Decimal(r.rate)),
      };
    case 8:
      return { sort: r.errors, text: r.problem ? "" : String(r.errors) };
    case 9:
      return { sort: r.warnings, text: r.problem ? "" : String(r.warnings) };
    case 10:
      return { sort: pick(r.route), text: pick(r.route) };
    default:
      return { sort: r.problem?.code ?? "", text: r.problem ? s.problem(r.problem.message, r.problem.code) : "" };
  }
}

function renderTable(): void {
  const run = state.run;
  const table = $("results");
  table.hidden = !run;
  $("downloads").hidden = !run;
  if (!run) return;
  const s = t();
  const head = el(
    "tr",
    {},
    ...s.cols.map((name, col) => {
      const arrow = state.sort.col === col ? (state.sort.up ? " ▲" : " ▼") : "";
      const b = el("button", { type: "button", "data-col": String(col) }, name + arrow);
      b.onclick = () => {
        state.sort = { col, up: state.sort.col === col ? !state.sort.up : true };
        renderTable();
      };
      return el("th", { scope: "col", class: col >= 4 && col <= 9 ? "num" : "" }, b);
    }),
  );
  const order = run.files.map((_, i) => i);
  if (state.sort.col >= 0) {
    const { col, up } = state.sort;
    order.sort((a, b) => {
      const x = cell(a, col).sort;
      const y = cell(b, col).sort;
      const c = typeof x === "number" && typeof y === "number" ? x - y : collator.compare(String(x), String(y));
      return up ? c : -c;
    });
  }
  const body = el("tbody");
  rowEls.clear();
  for (const i of order) body.append(rowEl(i));
  table.replaceChildren(el("caption", {}, s.results), el("thead", {}, head), body, footEl());
}

/** The table's rows by file index, to replace one when its result comes in. */
const rowEls = new Map<number, HTMLTableRowElement>();

function rowEl(i: number): HTMLTableRowElement {
  const s = t();
  const r = state.run!.rows[i];
  const tr = el("tr", { "data-index": String(i), class: !r ? "pending" : r.problem ? "unreadable" : "" });
  s.cols.forEach((_, col) => {
    const c = cell(i, col);
    const td = el("td", { class: col >= 4 && col <= 9 ? "num" : col === 10 ? "route" : "" }, c.text);
    if (col === 8 && r && r.errors) td.classList.add("has-errors");
    if (col === 0 && r) {
      const open = el("button", { type: "button", class: "link" }, c.text);
      open.onclick = () => void openDetails(i);
      td.replaceChildren(open);
    }
    tr.append(td);
  });
  rowEls.set(i, tr);
  return tr;
}

/** The totals row: exact sums in 元, shown in 万元; 审减率 = 审减 ÷ 送审 (as the 汇总 computes it). */
function footEl(): HTMLTableSectionElement {
  const s = t();
  const run = state.run!;
  const rows = run.rows.filter((r): r is Row => r !== null);
  const sum = (key: "submitted" | "approved" | "reduction") =>
    rows.reduce((acc, r) => (r[key] === null ? acc : acc.plus(r[key]!)), new Decimal(0));
  const submitted = sum("submitted");
  const reduction = sum("reduction");
  const rate =
    reduction.isZero() || submitted.lte(0)
      ? new Decimal(0)
      : reduction.dividedBy(submitted).toDecimalPlaces(4, Decimal.ROUND_HALF_UP);
  const bad = rows.filter((r) => r.problem && r.problem.code !== "annotated-copy").length;
  const totals = [
    s.total(run.files.length, bad),
    "",
    "",
    "",
    fmt(wan(submitted.toString())),
    fmt(wan(sum("approved").toString())),
    fmt(wan(reduction.toString())),
    pct(rate),
    String(rows.reduce((n, r) => n + r.errors, 0)),
    String(rows.reduce((n, r) => n + r.warnings, 0)),
    "",
    bad ? String(bad) : "",
  ];
  return el(
    "tfoot",
    {},
    el("tr", {}, ...totals.map((v, col) => el("td", { class: col >= 4 && col <= 9 ? "num" : "" }, v))),
  );
}

/**
 * A result came in: its row is replaced in place (the order stays until the run ends when a column is sorted), the
 * totals at most every 200 ms — a page redrawing a hundred rows per result would stop answering.
 */
let footTimer = 0;
function showResult(i: number): void {
  rowEls.get(i)?.replaceWith(rowEl(i));
  if (footTimer) return;
  footTimer = window.setTimeout(() => {
    footTimer = 0;
    if (state.run) $("results").querySelector("tfoot")?.replaceWith(footEl());
  }, 200);
}

/** Exact money (a packed Decimal) with two decimals and thousands separators: 258,400.00. */
const money = (v: unknown) => {
  const d = (v as { $decimal?: string } | null)?.$decimal;
  return d === undefined ? "" : grouped(new Decimal(d));
};

function miniTable(cols: readonly string[], rows: (string | number)[][], numeric: number[] = []): HTMLTableElement {
  return el(
    "table",
    { class: "mini" },
    el("thead", {}, el("tr", {}, ...cols.map((c, k) => el("th", { class: numeric.includes(k) ? "num" : "" }, c)))),
    el(
      "tbody",
      {},
      ...rows.map((r) =>
        el("tr", {}, ...r.map((v, k) => el("td", { class: numeric.includes(k) ? "num" : "" }, String(v)))),
      ),
    ),
  );
}

/** Opens a file's details; how its rows were read is asked for then (the batch itself does not keep it). */
async function openDetails(i: number): Promise<void> {
  const run = state.run!;
  state.selected = i;
  const r = run.results[i];
  if (r && !r.error && !r.skipped && !r.reading) {
    const c = run.files[i];
    const bytes = await c.file.arrayBuffer();
    const reply = await withWorker((w) =>
      w.ask<"check">({ type: "check", file: c.path, name: c.file.name, bytes, annotate: false, explain: true }, [
        bytes,
      ]),
    ).catch(() => null);
    if (reply && state.run === run) r.reading = reply.result.reading ?? [];
  }
  if (state.run === run && state.selected === i) renderDetails();
}

function renderDetails(): void {
  const box = $("details");
  const run = state.run;
  const r = run && state.selected >= 0 ? run.results[state.selected] : null;
  box.hidden = !r;
  if (!r || !run) return box.replaceChildren();
  const s = t();
  const lang = state.lang;
  const i = state.selected;
  const close = el("button", { type: "button", class: "close" }, s.close);
  close.onclick = () => {
    state.selected = -1;
    renderDetails();
  };
  const parts: (Node | string)[] = [el("h2", {}, s.detailsOf(run.files[i].path)), close];
  const row = run.rows[i];
  if (row?.problem) parts.push(el("p", { class: "status error" }, s.problem(row.problem.message, row.problem.code)));
  if (!r.error && !r.skipped) {
    const copy = el("button", { type: "button", id: "copy" }, s.copy);
    copy.onclick = () => void busyButton("copy", () => downloadOneCopy(i));
    parts.push(copy);
    if (row?.standard) parts.push(el("p", {}, s.standardWhy(row.standard.title, pick(row.standard.reason))));
    parts.push(el("h3", {}, s.findings(r.findings.length)));
    parts.push(
      r.findings.length
        ? miniTable(
            s.fcols,
            r.findings.map((f) => [
              label(SEVERITY_LABELS, f.severity, lang),
              f.sheet ?? "",
              f.cell ?? "",
              lang === "zh-CN" ? f.message : f.messageEn,
              f.citation ?? "",
            ]),
          )
        : el("p", {}, s.noFindings),
    );
    const v = r.review;
    parts.push(el("h3", {}, s.verdict));
    if (v) {
      parts.push(
        el(
          "p",
          {},
          s.verdictLine(
            money(v.submitted),
            money(v.approved),
            money(v.reduction),
            pct(new Decimal((v.reductionRate as unknown as { $decimal: string }).$decimal)),
          ),
        ),
      );
      parts.push(
        v.lines.length
          ? miniTable(
              s.vcols,
              v.lines.map((l) => [
                l.sheet,
                l.cell ?? "",
                l.name,
                money(l.submitted),
                money(l.approved),
                money(l.reduction),
                lang === "zh-CN" ? l.reason : l.reasonEn,
              ]),
              [3, 4, 5],
            )
          : el("p", {}, s.noReduction),
      );
    }
    parts.push(el("h3", {}, s.reading));
    for (const table of r.reading ?? []) {
      parts.push(el("h4", {}, s.header(table.sheet, table.headerRow, table.unit)));
      parts.push(
        miniTable(
          s.rcols,
          table.rows.map((x) => [
            x.row,
            label(ROW_KIND_LABELS, x.kind, lang),
            x.why ? label(ROW_WHY_LABELS, x.why, lang) : "",
            x.label ?? "",
            x.category ? (lang === "zh-CN" ? CATEGORY_LABELS[x.category].zh : CATEGORY_LABELS[x.category].en) : "",
            x.amount ? money(x.amount) : "",
          ]),
          [5],
        ),
      );
    }
  }
  box.replaceChildren(...parts);
  box.scrollIntoView({ block: "start" });
}

function renderFields(): void {
  const choice = ($("standard") as HTMLSelectElement).value;
  $("pack-file-row").hidden = choice !== "own";
  for (const row of Array.from(document.querySelectorAll<HTMLElement>("[data-field-row]"))) {
    const packs = (row.dataset.packs ?? "").split(",").filter(Boolean);
    row.hidden = packs.length > 0 && choice !== "auto" && choice !== "own" && !packs.includes(choice);
  }
}

/** Builds the page in the current language (values the user typed are kept). */
function render(): void {
  const s = t();
  document.documentElement.lang = state.lang;
  document.title = s.title;
  const values = new Map(
    Array.from(document.querySelectorAll<HTMLInputElement>("[data-field]")).map((i) => [i.dataset.field!, i.value]),
  );
  const standard = ($("standard") as HTMLSelectElement | null)?.value ?? "auto";
  const hidden = ($("hidden") as HTMLInputElement | null)?.checked ?? false;
  const fieldRows = state.fields.map((f) => {
    const id = `field-${f.name}`;
    let input: HTMLInputElement | HTMLSelectElement;
    if (f.type === "choice" || f.type === "boolean") {
      const options =
        f.type === "boolean"
          ? [
              ["true", s.yes],
              ["false", s.no],
            ]
          : (f.choices ?? []).map((c) => [c, c]);
      input = el(
        "select",
        { id },
        el("option", { value: "" }, f.packs.length ? s.notGiven : s.autoValue),
        ...options.map(([v, text]) => el("option", { value: v }, text)),
      );
    } else input = el("input", { id, type: "text", inputmode: f.type === "text" ? "text" : "decimal" });
    input.dataset.field = f.name;
    input.value = values.get(f.name) ?? "";
    return el(
      "div",
      { class: "field", "data-field-row": "", "data-packs": f.packs.join(",") },
      el("label", { for: id }, pick(f.label)),
      input,
    );
  });
  const app = $("app");
  app.replaceChildren(
    el(
      "header",
      {},
      el("h1", {}, s.title),
      (() => {
        const b = el("button", { type: "button", id: "lang" }, s.lang);
        b.onclick = () => {
          state.lang = state.lang === "zh-CN" ? "en-US" : "zh-CN";
          render();
        };
        return b;
      })(),
    ),
    el("p", { class: "privacy", id: "privacy" }, s.privacy),
    el(
      "section",
      {},
      el("h2", {}, s.step1),
      el(
        "div",
        { id: "drop", class: "drop" },
        s.drop + " ",
        el("label", { class: "button", for: "files" }, s.chooseFiles),
        el("input", { type: "file", id: "files", multiple: "", accept: ".xlsx,.xlsm" }),
        " ",
        el("label", { class: "button", for: "folder" }, s.chooseFolder),
        el("input", { type: "file", id: "folder", webkitdirectory: "", multiple: "" }),
        el(
          "p",
          {},
          el("span", { id: "chosen" }, s.chosen(state.files.length)),
          " ",
          el("button", { type: "button", id: "clear" }, s.clear),
        ),
      ),
    ),
    el(
      "section",
      {},
      el("h2", {}, s.step2),
      el(
        "div",
        { class: "field" },
        el("label", { for: "standard" }, s.standard),
        el(
          "select",
          { id: "standard" },
          el("option", { value: "auto" }, s.auto),
          ...state.packs.map((p) => el("option", { value: p.id }, `${p.title}（${p.id}）`)),
          el("option", { value: "own" }, s.ownPack),
        ),
      ),
      el(
        "div",
        { class: "field", id: "pack-file-row" },
        el("label", { for: "pack-file" }, s.packFile),
        el("input", { type: "file", id: "pack-file", accept: ".json" }),
        el("span", { id: "pack-name" }, state.ownPack?.name ?? ""),
      ),
      el("div", { class: "fields" }, ...fieldRows),
      el("p", { class: "note" }, s.fieldsNote),
      el("label", { class: "check" }, el("input", { type: "checkbox", id: "hidden" }), " " + s.includeHidden),
    ),
    el(
      "section",
      {},
      el("h2", {}, s.step3),
      el(
        "div",
        { class: "actions" },
        el("button", { type: "button", id: "run", class: "primary" }, s.run),
        el("button", { type: "button", id: "cancel", disabled: "" }, s.cancel),
        el("progress", { id: "progress", value: "0", max: "1" }),
      ),
      el("p", { id: "status", class: "status", role: "status" }),
    ),
    el("table", { id: "results", class: "results", hidden: "" }),
    el(
      "section",
      { id: "downloads", hidden: "" },
      el("h2", {}, s.downloads),
      el("button", { type: "button", id: "json" }, s.json),
      el("button", { type: "button", id: "summary" }, s.summary),
      el("button", { type: "button", id: "copies" }, s.copies),
    ),
    el("section", { id: "details", class: "details", hidden: "" }),
    el("footer", {}, s.browsers),
  );
  ($("standard") as HTMLSelectElement).value = standard;
  ($("hidden") as HTMLInputElement).checked = hidden;
  wire();
  renderFields();
  renderTable();
  renderDetails();
  setBusy(state.pool !== null);
}

function wire(): void {
  for (const id of ["files", "folder"]) {
    const input = $<HTMLInputElement>(id);
    input.onchange = () => {
      addFiles(fromInput(input));
      input.value = "";
    };
  }
  const drop = $("drop");
  drop.ondragover = (e) => {
    e.preventDefault();
    drop.classList.add("over");
  };
  drop.ondragleave = () => drop.classList.remove("over");
  drop.ondrop = (e) => {
    e.preventDefault();
    drop.classList.remove("over");
    if (e.dataTransfer) void fromDrop(e.dataTransfer.items).then(addFiles);
  };
  $("clear").onclick = () => {
    state.files = [];
    $("chosen").textContent = t().chosen(0);
  };
  $("standard").onchange = renderFields;
  const packFile = $<HTMLInputElement>("pack-file");
  packFile.onchange = async () => {
    const f = packFile.files?.[0];
    if (!f) return;
    // No pack is anywhere near 5 MB (the CLI's limit, src/cli/standards.ts): a bigger file is not read.
    if (f.size > 5 * 1024 * 1024) return setStatus(t().badPack + f.name, true);
    state.ownPack = { name: f.name, text: await f.text() };
    $("pack-name").textContent = f.name;
  };
  $("run").onclick = () => void runCheck();
  $("cancel").onclick = cancel;
  $("json").onclick = () => void busyButton("json", downloadJson);
  $("summary").onclick = () => void busyButton("summary", downloadSummary);
  $("copies").onclick = () => void busyButton("copies", downloadAllCopies);
}

async function main(): Promise<void> {
  for (let i = 0; i < cores; i++) warm.push(new Channel(workerUrl));
  const hello = takeChannel();
  const info = await hello.ask<"hello">({ type: "hello" });
  giveBack(hello);
  state.packs = info.packs;
  state.fields = info.fields;
  document.body.dataset.version = info.version;
  render();
  document.body.dataset.state = "idle";
}

void main();
