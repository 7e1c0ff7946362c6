import Decimal from "decimal.js";
import { audit } from "../../src/core/engine";
import type { Finding } from "../../src/core/model/finding";
import type { StandardPack } from "../../src/core/standards/types";
import { evaluateFormula } from "../support/fake-formula";
import { matches } from "../corpus/match";
import { DIMENSIONS } from "./dimensions";
import type { Generated } from "./generate";
import { d, str, sum } from "./money";

/**
 * Audits generated workbooks with the engine and compares to their truth: (a) the lines read (sheet, row, amount
 * in 元), (b) their categories, (c) 送审, (d) the error/warning findings (matched as test/corpus/match.ts does),
 * (e) 审定. Prints the shares, the failures by dimension value and the first failing workbooks with a short diff.
 */

export interface Score {
  name: string;
  dims: Record<string, string>;
  lines: boolean;
  categories: boolean;
  submitted: boolean;
  findings: boolean;
  approved: boolean;
  crashed: boolean;
  diff: string[];
  missingRules: string[];
  extraRules: string[];
  categoryPairs: string[];
}

const decStr = (v: { toFixed(): string }): string => str(d(v.toFixed()));
const fmtF = (f: Finding) => `${f.severity} ${f.rule} ${f.sheet ?? "-"}!${f.cell ?? f.row ?? "-"}`;

export function scoreOne(g: Generated, pack: StandardPack): Score {
  const s: Score = {
    name: g.name,
    dims: g.dims,
    lines: false,
    categories: false,
    submitted: false,
    findings: false,
    approved: false,
    crashed: false,
    diff: [],
    missingRules: [],
    extraRules: [],
    categoryPairs: [],
  };
  let result: ReturnType<typeof audit>;
  try {
    result = audit(g.snapshot, pack);
  } catch (e) {
    s.crashed = true;
    s.diff.push(`CRASH ${(e as Error).message.slice(0, 200)}`);
    return s;
  }
  // (a) lines
  const truth = new Map<string, number>();
  for (const l of g.truth.lines) {
    const k = `${l.sheet}!${l.row} ${l.amount}`;
    truth.set(k, (truth.get(k) ?? 0) + 1);
  }
  const read = new Map<string, number>();
  const engineCat = new Map<string, string>();
  for (const l of result.model.lines) {
    // An O&M line holds what it asks for as its 年运维费 (`fee`) when there is no 金额 column.
    const money = l.amount ?? l.fee;
    if (!money) continue;
    const k = `${l.sheet}!${l.row + 1} ${decStr(money.value)}`;
    read.set(k, (read.get(k) ?? 0) + 1);
    // Keyed with the amount too: two tables side by side put two lines on one row.
    engineCat.set(`${l.sheet}!${l.row + 1} ${decStr(money.value)}`, l.category);
  }
  const missing: string[] = [];
  const extra: string[] = [];
  for (const [k, n] of truth) for (let i = read.get(k) ?? 0; i < n; i++) missing.push(k);
  for (const [k, n] of read) for (let i = truth.get(k) ?? 0; i < n; i++) extra.push(k);
  s.lines = missing.length === 0 && extra.length === 0;
  if (!s.lines)
    s.diff.push(
      `lines: missing ${missing.slice(0, 4).join(", ")}${missing.length > 4 ? ` (+${missing.length - 4})` : ""}; extra ${extra.slice(0, 4).join(", ")}${extra.length > 4 ? ` (+${extra.length - 4})` : ""}`,
    );
  // (b) categories
  const wrongCats: string[] = [];
  for (const l of g.truth.lines) {
    const c = engineCat.get(`${l.sheet}!${l.row} ${decStr(new Decimal(l.amount))}`);
    if (c !== undefined && c !== l.category) {
      wrongCats.push(`${l.name}: ${l.category}→${c}`);
      s.categoryPairs.push(`${l.category}→${c}`);
    }
  }
  s.categories = wrongCats.length === 0;
  if (!s.categories) s.diff.push(`categories: ${wrongCats.slice(0, 3).join("; ")}`);
  // (c) 送审
  s.submitted = decStr(result.review.submitted) === g.truth.submitted;
  if (!s.submitted) s.diff.push(`submitted: engine ${decStr(result.review.submitted)} truth ${g.truth.submitted}`);
  // (d) findings
  const found = result.findings.filter((f) => f.severity !== "info");
  const missed = g.truth.expect.filter((e) => !found.some((f) => matches(e, f)));
  const unexpected = found.filter((f) => !g.truth.expect.some((e) => matches(e, f)));
  s.findings = missed.length === 0 && unexpected.length === 0;
  s.missingRules = missed.map((e) => `${e.rule}:${e.severity}`);
  s.extraRules = unexpected.map((f) => `${f.rule}:${f.severity}`);
  if (missed.length)
    s.diff.push(
      `MISS ${missed.map((e) => `${e.severity} ${e.rule} ${e.sheet ?? "*"}!${e.cell ?? e.row ?? "-"}`).join("; ")}`,
    );
  if (unexpected.length)
    s.diff.push(
      `FALSE ${unexpected
        .slice(0, 3)
        .map((f) => `${fmtF(f)} — ${f.message.slice(0, 80)}`)
        .join("; ")}`,
    );
  // (e) 审定
  s.approved = decStr(result.review.approved) === g.truth.approved;
  if (!s.approved) s.diff.push(`approved: engine ${decStr(result.review.approved)} truth ${g.truth.approved}`);
  return s;
}

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : "-");

export function report(scores: Score[], ms: number, showFailures = 8): string {
  const n = scores.length;
  const read = (s: Score) => s.lines && s.submitted;
  const all = (s: Score) => s.lines && s.categories && s.submitted && s.findings && s.approved;
  const out: string[] = [];
  out.push(`corpus 3: ${n} workbooks audited in ${(ms / 1000).toFixed(1)} s`);
  out.push(
    `  read exactly (a lines + c 送审): ${scores.filter(read).length}/${n} = ${pct(scores.filter(read).length, n)}`,
  );
  out.push(
    `  all criteria (a–e):             ${scores.filter(all).length}/${n} = ${pct(scores.filter(all).length, n)}`,
  );
  const crit: [string, (s: Score) => boolean][] = [
    ["a lines", (s) => s.lines],
    ["b categories", (s) => s.categories],
    ["c 送审", (s) => s.submitted],
    ["d findings", (s) => s.findings],
    ["e 审定", (s) => s.approved],
  ];
  out.push(
    `  per criterion: ${crit.map(([k, f]) => `${k} ${pct(scores.filter(f).length, n)}`).join(" · ")}; crashes ${scores.filter((s) => s.crashed).length}`,
  );

  const tally = (xs: string[]) => {
    const m = new Map<string, number>();
    for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
    return [...m].sort((a, b) => b[1] - a[1]);
  };
  const top = (xs: string[], k: number) =>
    tally(xs)
      .slice(0, k)
      .map(([x, c]) => `${x} ×${c}`)
      .join(", ") || "none";
  out.push(
    `  findings missed: ${top(
      scores.flatMap((s) => s.missingRules),
      8,
    )}`,
  );
  out.push(
    `  findings unexpected: ${top(
      scores.flatMap((s) => s.extraRules),
      8,
    )}`,
  );
  out.push(
    `  categories (truth→engine): ${top(
      scores.flatMap((s) => s.categoryPairs),
      8,
    )}`,
  );

  for (const [label, ok] of [
    ["read (a+c)", read],
    ["all (a–e)", all],
  ] as const) {
    const rows: { key: string; n: number; fail: number; example: string }[] = [];
    for (const dim of DIMENSIONS) {
      const vals = new Map<string, Score[]>();
      for (const s of scores) {
        const v = s.dims[dim.name] ?? "?";
        if (!vals.has(v)) vals.set(v, []);
        vals.get(v)!.push(s);
      }
      for (const [v, ss] of vals) {
        const failing = ss.filter((s) => !ok(s));
        rows.push({ key: `${dim.name}=${v}`, n: ss.length, fail: failing.length, example: failing[0]?.name ?? "" });
      }
    }
    const base = scores.filter((s) => !ok(s)).length / Math.max(1, n);
    rows.sort((a, b) => b.fail / b.n - a.fail / a.n || b.n - a.n);
    out.push(`  failing most on ${label} (overall ${pct(base * n, n)}), value: failed/n:`);
    for (const x of rows.filter((x) => x.n >= Math.max(5, n / 200)).slice(0, 12)) {
      const ex = scores.find((s) => s.name === x.example);
      out.push(
        `    ${x.key.padEnd(34)} ${String(x.fail).padStart(5)}/${String(x.n).padEnd(5)} ${pct(x.fail, x.n).padStart(6)}  e.g. ${x.example} ${ex ? (ex.diff[0]?.slice(0, 110) ?? "") : ""}`,
      );
    }
  }
  const failing = scores.filter((s) => !all(s)).slice(0, showFailures);
  if (failing.length) out.push(`  first failing workbooks:`);
  for (const s of failing) {
    out.push(`    ${s.name} [${s.dims.project} ${s.dims.sheetLayout} ${s.dims.template} ${s.dims.violation}]`);
    for (const dline of s.diff.slice(0, 5)) out.push(`      ${dline.slice(0, 220)}`);
  }
  return out.join("\n");
}

/** Generation soundness: lines add up, every cached formula equals its formula, nothing is NaN or undefined. */
export function soundness(g: Generated): string[] {
  const problems: string[] = [];
  const total = sum(g.truth.lines.map((l) => d(l.amount)));
  if (!total.eq(d(g.truth.submitted))) problems.push(`lines sum ${str(total)} ≠ submitted ${g.truth.submitted}`);
  for (const x of [g.truth.submitted, g.truth.approved, ...g.truth.lines.map((l) => l.amount)]) {
    if (!/^-?\d+(\.\d+)?$/.test(x)) problems.push(`not a decimal: ${x}`);
  }
  if (d(g.truth.approved).gt(d(g.truth.submitted))) problems.push("approved above submitted");
  if (g.truth.lines.length === 0) problems.push("no lines");
  for (const l of g.truth.lines) {
    if (!l.sheet || !l.name || !l.category || !Number.isInteger(l.row) || l.row < 1)
      problems.push(`bad line ${JSON.stringify(l)}`);
    const s = g.snapshot.sheets.find((x) => x.name === l.sheet);
    const amount = s?.values[l.row - 1 - s.origin.row]?.some((v) => v !== null);
    if (!amount) problems.push(`line ${l.sheet}!${l.row} is an empty row`);
  }
  for (const e of g.truth.expect)
    if (!e.rule || !["error", "warning"].includes(e.severity)) problems.push(`bad expectation ${JSON.stringify(e)}`);
  for (const [k, v] of Object.entries(g.dims))
    if (typeof v !== "string" || v === "") problems.push(`dimension ${k} unset`);
  const byName = new Map(g.snapshot.sheets.map((s) => [s.name, s]));
  for (const s of g.snapshot.sheets) {
    const lookup = (sheet: string | null, row: number, col: number): unknown => {
      const t = sheet === null ? s : byName.get(sheet);
      if (!t) throw new Error(`unknown sheet ${sheet}`);
      return t.values[row - t.origin.row]?.[col - t.origin.col] ?? null;
    };
    s.values.forEach((row, i) =>
      row.forEach((v, j) => {
        if (v === undefined || (typeof v === "number" && !Number.isFinite(v)))
          problems.push(`${s.name} r${i} c${j}: ${String(v)}`);
        const f = s.formulas?.[i]?.[j];
        if (!f || v === null) return;
        const want = evaluateFormula(f, lookup);
        if (want === undefined || typeof v !== "number" || Number(v.toPrecision(15)) !== want) {
          problems.push(`${s.name}!${f} cached ${String(v)} but evaluates to ${String(want)}`);
        }
      }),
    );
  }
  return problems;
}
