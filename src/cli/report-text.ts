import {
  CATEGORY_LABELS, formatMoney, formatPercent, fromYuan, KIND_LABELS, label, measuredText, NO_TIER_LABEL,
  ROW_KIND_LABELS, ROW_WHY_LABELS, SEVERITY_LABELS, SYSTEM_LABELS, TIER_LABELS, totalsLines, type Finding,
  type MoneyUnit, type ProjectProfile, type ReadingTable, type Severity, type StandardPack, type Verdict,
} from "../core";
import Decimal from "decimal.js";
import type { FileResult } from "./file-result";

type Lang = "zh-CN" | "en-US";

/** Severity tags of the text report: the labels of the one table, in capitals in English ("ERROR", "WARNING"). */
function severityTag(s: Severity, lang: Lang): string {
  const l = label(SEVERITY_LABELS, s, lang);
  return lang === "zh-CN" ? l : l.toUpperCase();
}
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function profileLine(p: ProjectProfile, lang: Lang): string {
  const tier = p.tier ? label(TIER_LABELS, p.tier, lang) : lang === "zh-CN" ? NO_TIER_LABEL.zh : NO_TIER_LABEL.en;
  if (lang === "en-US") return `Project: ${label(KIND_LABELS, p.kind, lang)}, system: ${label(SYSTEM_LABELS, p.system, lang)}, tier: ${tier}, amounts in ${p.unit}`;
  return `项目：${label(KIND_LABELS, p.kind, lang)}类，系统类型 ${label(SYSTEM_LABELS, p.system, lang)}，规模 ${tier}，金额单位 ${p.unit}`;
}

/** What a finding's actual / limit are, said in its measure: "（实际 2.6 万元，限值 2 万元）", " [actual 9%, limit 8%]". */
function measured(f: Finding, unit: MoneyUnit, lang: Lang): string {
  // Info findings state a route or a reminder: their limit is a threshold, not something exceeded.
  if (!f.measure || f.severity === "info" || (f.actual === null && f.limit === null)) return "";
  const actual = measuredText(f.actual, f.measure, unit, lang);
  const limit = measuredText(f.limit, f.measure, unit, lang);
  const zh = lang === "zh-CN";
  const parts = [actual !== null ? `${zh ? "实际 " : "actual "}${actual}` : null, limit !== null ? `${zh ? "限值 " : "limit "}${limit}` : null].filter(Boolean);
  return zh ? `［${parts.join("，")}］` : ` [${parts.join(", ")}]`;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** 元 shown in the sheet's unit to the cent: 2.86048 万元, 28,604.8 元. */
function exactMoney(yuan: Decimal, unit: MoneyUnit): string {
  const fixed = fromYuan(yuan, unit).toDecimalPlaces(unit === "万元" ? 6 : 2).toFixed();
  const [int, frac] = fixed.split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${frac ? `${grouped}.${frac}` : grouped} ${unit}`;
}

/** The verdict at the end of a file's report: 送审 / 审定 / 审减 / 审减率, each reduced line, what is left to a person. */
function verdictLines(v: Verdict, unit: MoneyUnit, lang: Lang): string[] {
  const m = (d: Decimal) => exactMoney(d, unit);
  const rate = formatPercent(v.reductionRate);
  const out: string[] = [];
  if (lang === "zh-CN") {
    out.push(`  审定：送审 ${m(v.submitted)}，审定 ${m(v.approved)}，审减 ${m(v.reduction)}，审减率 ${rate}`);
    for (const l of v.lines)
      out.push(`    ${l.sheet}!${l.cell} ${l.name}：${m(l.submitted)} → ${m(l.approved)}（审减 ${m(l.reduction)}）${l.reason}（依据：${l.citations.join("；")}）`);
    for (const u of v.unadjusted) out.push(`    未核减 ${u.sheet ? `${u.sheet}!${u.cell ?? u.row ?? ""}` : "（全表）"} ${u.reason}（依据：${u.citation}；${u.rule}）`);
  } else {
    out.push(`  Verdict: submitted ${m(v.submitted)}, approved ${m(v.approved)}, reduction ${m(v.reduction)} (${rate})`);
    for (const l of v.lines)
      out.push(`    ${l.sheet}!${l.cell} ${l.name}: ${m(l.submitted)} → ${m(l.approved)} (−${m(l.reduction)}) ${l.reasonEn} (${l.citations.join("; ")})`);
    for (const u of v.unadjusted) out.push(`    Not adjusted ${u.sheet ? `${u.sheet}!${u.cell ?? u.row ?? ""}` : "(workbook)"} ${u.reasonEn} (${u.citation}; ${u.rule})`);
  }
  return out;
}

/**
 * The readable report: per file the profile, counts, each finding with its place and clause (errors, then
 * warnings, then info), the totals, and the verdict.
 */
export function textReport(results: readonly FileResult[], pack: StandardPack, lang: Lang): string {
  const zh = lang === "zh-CN";
  const out: string[] = [zh ? `预算标尺 · ${pack.title}` : `Budget Ruler · ${pack.titleEn ?? pack.title}`, ""];
  for (const r of results) {
    out.push(`== ${r.file}`);
    if (r.skipped) {
      out.push(zh ? `  跳过：${r.skipped.message}` : `  Skipped: ${r.skipped.message}`, "");
      continue;
    }
    if (r.error) {
      out.push(zh ? `  无法读取：${r.error.message}` : `  Cannot read: ${r.error.message}`, "");
      continue;
    }
    if (r.standard) out.push(zh ? `  标准：${r.standard.title}（${r.standard.id}；${r.standard.reason.zh}）` : `  Standard: ${r.standard.id} (${r.standard.reason.en})`);
    out.push(`  ${profileLine(r.profile!, lang)}`);
    const count = (s: Severity) => r.findings.filter((f) => f.severity === s).length;
    out.push(
      zh
        ? `  错误 ${count("error")} 项，警告 ${count("warning")} 项，提示 ${count("info")} 项`
        : `  ${plural(count("error"), "error", "errors")}, ${plural(count("warning"), "warning", "warnings")}, ${plural(count("info"), "note", "notes")}`,
    );
    const ordered = r.findings.map((f, i) => ({ f, i })).sort((a, b) => RANK[a.f.severity] - RANK[b.f.severity] || a.i - b.i);
    for (const { f } of ordered) {
      const where = f.sheet ? `${f.sheet}!${f.cell ?? f.row ?? ""}` : zh ? "（全表）" : "(workbook)";
      const text = zh ? f.message : f.messageEn;
      out.push(`  ${severityTag(f.severity, lang)} ${where} ${text}${measured(f, r.unit, lang)}${zh ? `（依据：${f.citation}；${f.rule}）` : ` (${f.citation}; ${f.rule})`}`);
    }
    // The totals that fit the budget's kind, as the core decided them (AuditResult.amounts).
    if (r.amounts) out.push(...totalsLines(r.amounts, r.unit, lang).map((l) => `  ${l}`));
    if (r.review) out.push(...verdictLines(r.review, r.unit, lang));
    if (r.reading) out.push(...readingLines(r.reading, lang));
    if (r.output?.error) out.push(zh ? `  标注副本未写出：${r.output.error.message}` : `  Annotated copy not written: ${r.output.error.message}`);
    else if (r.output) out.push(zh ? `  标注副本：${r.output.file}` : `  Annotated copy: ${r.output.file}`);
    out.push("");
  }
  return out.join("\n");
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
    out.push(zh ? `  · ${t.sheet}（第 ${t.headerRow} 行表头，单位：${t.unit}${role}）` : `  · ${t.sheet} (header on row ${t.headerRow}, in ${t.unit}${role})`);
    for (const r of t.rows) {
      const kind = label(ROW_KIND_LABELS, r.kind, lang);
      const amount = r.amount ? formatMoney(r.amount, t.unit) : "";
      const parts = [r.label];
      if (r.category) parts.push(label(CATEGORY_LABELS, r.category, lang));
      if (r.covers) {
        const agrees = r.amount ? r.covers.sum.minus(r.amount).abs().lessThan(0.005) : false;
        const sum = formatMoney(r.covers.sum, t.unit);
        parts.push(zh ? `所含 ${r.covers.lines} 行之和 ${sum}，${agrees ? "相符" : "不符"}` : `the ${r.covers.lines} lines it covers add up to ${sum}: ${agrees ? "agrees" : "does not agree"}`);
      }
      parts.push(label(ROW_WHY_LABELS, r.why, lang));
      out.push(`    ${String(r.row).padStart(5)}  ${padWide(kind, 10)} ${padWide(amount, 18)} ${parts.join(" · ")}`);
    }
    const sum = formatMoney(t.counted.sum, t.unit);
    out.push(zh ? `    计入：${t.counted.lines} 行明细，共 ${sum}` : `    Counted: ${t.counted.lines} lines, ${sum} in all`);
  }
  return out;
}

/** Pads to a display width, counting a CJK character as two columns. */
function padWide(text: string, width: number): string {
  let w = 0;
  for (const ch of text) w += /[\u1100-\uffff]/.test(ch) ? 2 : 1;
  return text + " ".repeat(Math.max(0, width - w));
}
