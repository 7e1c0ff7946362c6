import {
  CATEGORY_LABELS,
  findingText,
  formatMoney,
  formatMoneyIn,
  formatPercent,
  KIND_LABELS,
  label,
  measuredText,
  NO_TIER_LABEL,
  ROW_KIND_LABELS,
  ROW_WHY_LABELS,
  SEVERITY_LABELS,
  SYSTEM_LABELS,
  TIER_LABELS,
  totalsLines,
  type Finding,
  type MoneyUnit,
  type ProjectProfile,
  type ReadingTable,
  type Severity,
  type StandardPack,
  type ReasonedVerdict,
} from "../core";
import Decimal from "decimal.js";
import type { FileResult } from "./file-result";
import { colors, displayWidth, type Layout, wrapLine } from "./terminal";

type Lang = "zh-CN" | "en-US";

/** Severity tags of the text report: the labels of the one table, in capitals in English ("ERROR", "WARNING"). */
function severityTag(s: Severity, lang: Lang): string {
  const l = label(SEVERITY_LABELS, s, lang);
  return lang === "zh-CN" ? l : l.toUpperCase();
}
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function profileLine(p: ProjectProfile, lang: Lang): string {
  const tier = p.tier ? label(TIER_LABELS, p.tier, lang) : lang === "zh-CN" ? NO_TIER_LABEL.zh : NO_TIER_LABEL.en;
  if (lang === "en-US")
    return `Project: ${label(KIND_LABELS, p.kind, lang)}, system: ${label(SYSTEM_LABELS, p.system, lang)}, tier: ${tier}, amounts in ${p.unit === "万元" ? "CNY 10k (万元)" : "CNY (元)"}`;
  return `项目：${label(KIND_LABELS, p.kind, lang)}类，系统类型 ${label(SYSTEM_LABELS, p.system, lang)}，规模 ${tier}，金额单位 ${p.unit}`;
}

/** What a finding's actual / limit are, said in its measure: "（实际 2.6 万元，限值 2 万元）", " [actual 9%, limit 8%]". */
function measured(f: Finding, unit: MoneyUnit, lang: Lang): string {
  // Info findings state a route or a reminder: their limit is a threshold, not something exceeded.
  if (!f.measure || f.severity === "info" || (f.actual === null && f.limit === null)) return "";
  const actual = measuredText(f.actual, f.measure, unit, lang);
  const limit = measuredText(f.limit, f.measure, unit, lang);
  const zh = lang === "zh-CN";
  const parts = [
    actual !== null ? `${zh ? "实际 " : "actual "}${actual}` : null,
    limit !== null ? `${zh ? "限值 " : "limit "}${limit}` : null,
  ].filter(Boolean);
  return zh ? `［${parts.join("，")}］` : ` [${parts.join(", ")}]`;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** 元 shown in the sheet's unit to the cent: 2.86048 万元, 28,604.8 元. */
function exactMoney(yuan: Decimal, unit: MoneyUnit, lang: Lang): string {
  return formatMoneyIn(yuan, unit, lang === "zh-CN" ? "zh" : "en", unit === "万元" ? 6 : 2);
}

/** Options of the text report: rule ids (--verbose), colour and width (see terminal.ts). */
export interface TextOptions {
  /** --verbose: each finding and reduction also names its rule id (the JSON report always does). */
  verbose?: boolean;
  layout?: Layout;
  /** The pack each file was checked with (its findings are worded from it); the head pack when not given. */
  packOf?: (r: FileResult) => StandardPack;
}

/** A line of the report before layout: its text, the indent of its continuation lines, a prefix to colour. */
interface Line {
  text: string;
  hang: number;
  paint?: { prefix: string; with: (s: string) => string };
}

/**
 * A citation without the standard's name when it is the standard the file was checked with (named once, in the
 * file's 标准 line): "杨浦区区本级电子政务项目通用类配置标准 三(三)1(1)" → "本标准 三(三)1(1)"; other documents
 * (the 管理办法, the 议事规则) keep their names.
 */
export function shortCitation(citation: string, standardTitle: string | undefined, lang: Lang): string {
  if (!standardTitle) return citation;
  const self = lang === "zh-CN" ? "本标准" : "the standard";
  const base = standardTitle.replace(/(（[^（）]*）|\([^()]*\))+$/u, "").trim();
  for (const name of [standardTitle, base]) {
    if (name && citation.startsWith(name)) return self + citation.slice(name.length);
  }
  return citation;
}

/** The verdict at the end of a file's report: 送审 / 审定 / 审减 / 审减率, each reduced line, what is left to a person. */
function verdictLines(
  v: ReasonedVerdict,
  unit: MoneyUnit,
  lang: Lang,
  cite: (c: string) => string,
  verbose: boolean,
): Line[] {
  const m = (d: Decimal) => exactMoney(d, unit, lang);
  const rate = formatPercent(v.reductionRate);
  const out: Line[] = [];
  const rules = (ids: readonly string[]) =>
    verbose && ids.length ? (lang === "zh-CN" ? `；${ids.join("、")}` : `; ${ids.join(", ")}`) : "";
  if (lang === "zh-CN") {
    out.push({
      text: `  审定：送审 ${m(v.submitted)}，审定 ${m(v.approved)}，审减 ${m(v.reduction)}，审减率 ${rate}`,
      hang: 4,
    });
    for (const l of v.lines)
      out.push({
        text: `    ${l.sheet}!${l.cell} ${l.name}：${m(l.submitted)} → ${m(l.approved)}（审减 ${m(l.reduction)}）${l.reason}（依据：${l.citations.map(cite).join("；")}${rules(l.rules)}）`,
        hang: 6,
      });
    for (const u of v.unadjusted)
      out.push({
        text: `    未核减 ${u.sheet ? `${u.sheet}!${u.cell ?? u.row ?? ""}` : "（全表）"} ${u.reason}（依据：${cite(u.citation)}${rules([u.rule])}）`,
        hang: 6,
      });
  } else {
    out.push({
      text: `  Verdict: submitted ${m(v.submitted)}, approved ${m(v.approved)}, reduction ${m(v.reduction)} (${rate})`,
      hang: 4,
    });
    for (const l of v.lines)
      out.push({
        text: `    ${l.sheet}!${l.cell} ${l.name}: ${m(l.submitted)} → ${m(l.approved)} (−${m(l.reduction)}) ${l.reasonEn} (${l.citations.map(cite).join("; ")}${rules(l.rules)})`,
        hang: 6,
      });
    for (const u of v.unadjusted)
      out.push({
        text: `    Not adjusted ${u.sheet ? `${u.sheet}!${u.cell ?? u.row ?? ""}` : "(workbook)"} ${u.reasonEn} (${cite(u.citation)}${rules([u.rule])})`,
        hang: 6,
      });
  }
  return out;
}

/** The batch's one closing line: files, errors, warnings and 送审 / 审定 / 审减 over every file checked, in 万元. */
function batchLine(results: readonly FileResult[], lang: Lang): string {
  const zh = lang === "zh-CN";
  const checked = results.filter((r) => !r.skipped);
  const unreadable = checked.filter((r) => r.error).length;
  const skipped = results.length - checked.length;
  const count = (s: Severity) => checked.reduce((n, r) => n + r.findings.filter((f) => f.severity === s).length, 0);
  const sum = (pick: (v: ReasonedVerdict) => Decimal) =>
    checked.reduce((t, r) => (r.review && !r.error ? t.plus(pick(r.review)) : t), new Decimal(0));
  const submitted = sum((v) => v.submitted);
  const approved = sum((v) => v.approved);
  const reduction = sum((v) => v.reduction);
  const rate = submitted.isZero() ? "0%" : formatPercent(reduction.dividedBy(submitted));
  const m = (d: Decimal) => exactMoney(d, "万元", lang);
  if (zh) {
    const also = [unreadable ? `${unreadable} 个无法读取` : "", skipped ? `${skipped} 个跳过` : ""]
      .filter(Boolean)
      .join("，");
    return `共 ${checked.length} 个文件${also ? `（${also}）` : ""}：错误 ${count("error")} 项，警告 ${count("warning")} 项；送审 ${m(submitted)}，审定 ${m(approved)}，审减 ${m(reduction)}（${rate}）`;
  }
  const also = [unreadable ? `${unreadable} unreadable` : "", skipped ? `${skipped} skipped` : ""]
    .filter(Boolean)
    .join(", ");
  return `${plural(checked.length, "file", "files")}${also ? ` (${also})` : ""}: ${plural(count("error"), "error", "errors")}, ${plural(count("warning"), "warning", "warnings")}; submitted ${m(submitted)}, approved ${m(approved)}, reduction ${m(reduction)} (${rate})`;
}

/**
 * The readable report: per file the standard (named once), the profile, counts, each finding with its place and
 * clause (errors, then warnings, then info; rule ids with --verbose), the totals, and the verdict; after a batch,
 * one line of totals. Laid out for where it goes: coloured by severity and wrapped to the width on a terminal.
 */
export function textReport(
  results: readonly FileResult[],
  pack: StandardPack,
  lang: Lang,
  options: TextOptions = {},
): string {
  const zh = lang === "zh-CN";
  const verbose = options.verbose ?? false;
  const layout: Layout = options.layout ?? { color: false, width: null };
  const c = colors(layout);
  const PAINT: Record<Severity, (s: string) => string> = {
    error: (s) => c.bold(c.red(s)),
    warning: (s) => c.bold(c.yellow(s)),
    info: (s) => c.cyan(s),
  };
  const out: Line[] = [
    {
      text: zh ? "预算标尺" : "Budget Ruler",
      hang: 0,
      paint: { prefix: zh ? "预算标尺" : "Budget Ruler", with: c.bold },
    },
    { text: "", hang: 0 },
  ];
  // With no file read, the head names the standard that would have been used.
  if (!results.some((r) => r.standard))
    out.splice(0, 1, {
      text: zh ? `预算标尺 · ${pack.title}` : `Budget Ruler · ${pack.titleEn ?? pack.title}`,
      hang: 2,
    });
  const push = (text: string, hang = 4) => out.push({ text, hang });
  for (const r of results) {
    out.push({ text: `== ${r.file}`, hang: 3, paint: { prefix: `== ${r.file}`, with: c.bold } });
    if (r.skipped) {
      push(zh ? `  跳过：${r.skipped.message}` : `  Skipped: ${r.skipped.message}`);
      push("", 0);
      continue;
    }
    if (r.error) {
      const head = zh ? "  无法读取：" : "  Cannot read: ";
      out.push({ text: head + r.error.message, hang: 4, paint: { prefix: head, with: PAINT.error } });
      push("", 0);
      continue;
    }
    if (r.standard)
      push(
        zh
          ? `  标准：${r.standard.title}（${r.standard.id}；${r.standard.reason.zh}）`
          : `  Standard: ${r.standard.id} (${r.standard.reason.en})`,
      );
    const cite = (citation: string) => shortCitation(citation, r.standard?.title, lang);
    push(`  ${profileLine(r.profile!, lang)}`);
    const count = (s: Severity) => r.findings.filter((f) => f.severity === s).length;
    push(
      zh
        ? `  错误 ${count("error")} 项，警告 ${count("warning")} 项，提示 ${count("info")} 项`
        : `  ${plural(count("error"), "error", "errors")}, ${plural(count("warning"), "warning", "warnings")}, ${plural(count("info"), "note", "notes")}`,
    );
    const ordered = r.findings
      .map((f, i) => ({ f, i }))
      .sort((a, b) => RANK[a.f.severity] - RANK[b.f.severity] || a.i - b.i);
    for (const { f } of ordered) {
      const where = f.sheet ? `${f.sheet}!${f.cell ?? f.row ?? ""}` : zh ? "（全表）" : "(workbook)";
      const text = findingText(f, options.packOf?.(r) ?? pack, r.unit, lang);
      const tag = severityTag(f.severity, lang);
      const rule = verbose ? (zh ? `；${f.rule}` : `; ${f.rule}`) : "";
      const basis = zh ? `（依据：${cite(f.citation)}${rule}）` : ` (${cite(f.citation)}${rule})`;
      out.push({
        text: `  ${tag} ${where} ${text}${measured(f, r.unit, lang)}${basis}`,
        hang: 4,
        paint: { prefix: `  ${tag}`, with: (s) => s.replace(tag, PAINT[f.severity](tag)) },
      });
    }
    // The totals that fit the budget's kind, as the core decided them (AuditResult.amounts).
    if (r.amounts) for (const l of totalsLines(r.amounts, r.unit, lang)) push(`  ${l}`);
    if (r.review) out.push(...verdictLines(r.review, r.unit, lang, cite, verbose));
    if (r.reading) for (const l of readingLines(r.reading, lang)) out.push({ text: l, hang: 8 });
    if (r.output?.error)
      push(
        zh ? `  标注副本未写出：${r.output.error.message}` : `  Annotated copy not written: ${r.output.error.message}`,
      );
    else if (r.output) push(zh ? `  标注副本：${r.output.file}` : `  Annotated copy: ${r.output.file}`);
    push("", 0);
  }
  if (results.length > 1) {
    const total = batchLine(results, lang);
    out.push({
      text: total,
      hang: 2,
      paint: { prefix: total.slice(0, total.indexOf(zh ? "：" : ":") + 1), with: c.bold },
    });
  }
  return out.flatMap((l) => render(l, layout)).join("\n");
}

/** A line wrapped to the layout's width, its prefix coloured (only its first row carries the prefix). */
function render(line: Line, layout: Layout): string[] {
  const rows = wrapLine(line.text, layout.width, line.hang);
  if (layout.color && line.paint && rows[0].startsWith(line.paint.prefix))
    rows[0] = line.paint.with(line.paint.prefix) + rows[0].slice(line.paint.prefix.length);
  return rows;
}

/**
 * --explain: each table as read — every row with what it was read as, its amount in the sheet's unit, its name,
 * category and why; each total against the lines it covers; what the counted lines add up to.
 */
function readingLines(tables: readonly ReadingTable[], lang: Lang): string[] {
  const zh = lang === "zh-CN";
  const out: string[] = [zh ? "  读取明细：" : "  How it was read:"];
  for (const t of tables) {
    const role = t.role === "summary" ? (zh ? "，汇总表" : ", summary") : "";
    out.push(
      zh
        ? `  · ${t.sheet}（第 ${t.headerRow} 行表头，单位：${t.unit}${role}）`
        : `  · ${t.sheet} (header on row ${t.headerRow}, in ${t.unit}${role})`,
    );
    for (const r of t.rows) {
      const kind = label(ROW_KIND_LABELS, r.kind, lang);
      const amount = r.amount ? formatMoney(r.amount, t.unit) : "";
      const parts = [r.label];
      if (r.category) parts.push(label(CATEGORY_LABELS, r.category, lang));
      if (r.covers) {
        const agrees = r.amount ? r.covers.sum.minus(r.amount).abs().lessThan(0.005) : false;
        const sum = formatMoney(r.covers.sum, t.unit);
        parts.push(
          zh
            ? `所含 ${r.covers.lines} 行之和 ${sum}，${agrees ? "相符" : "不符"}`
            : `the ${r.covers.lines} lines it covers add up to ${sum}: ${agrees ? "agrees" : "does not agree"}`,
        );
      }
      parts.push(label(ROW_WHY_LABELS, r.why, lang));
      out.push(`    ${String(r.row).padStart(5)}  ${padWide(kind, 10)} ${padWide(amount, 18)} ${parts.join(" · ")}`);
    }
    const sum = formatMoney(t.counted.sum, t.unit);
    out.push(
      zh ? `    计入：${t.counted.lines} 行明细，共 ${sum}` : `    Counted: ${t.counted.lines} lines, ${sum} in all`,
    );
  }
  return out;
}

/** Pads to a display width, counting a CJK character as two columns. */
function padWide(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - displayWidth(text)));
}
