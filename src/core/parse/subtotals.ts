import type { SubtotalRow } from "../model/types";
import { compact, toHalfWidth } from "./text";

/** Used when a pack has no `categories.subtotal` list. */
export const DEFAULT_SUBTOTAL_WORDS = ["小计", "合计", "总计", "共计"];

/** A label longer than this is a line that happens to contain a total word, not a total row. */
const MAX_EXTRA_CHARS = 10;
/**
 * Beyond this many characters (an explanatory bracket included) a label is never a total row; checked first, so a
 * huge cell is not run through the label patterns (one of which is quadratic on long runs of brackets).
 */
const MAX_TOTAL_LABEL_LENGTH = 200;

const OUTLINE_NUMBER = /^([一二三四五六七八九十]+[、.,]|\([一二三四五六七八九十\d]+\)|\d+[、.])/;

/** "一、硬件" → "硬件", "(二)软件" → "软件", "3.其他" → "其他": a label without its outline number. */
export function withoutOutlineNumber(text: string): string {
  return text.replace(OUTLINE_NUMBER, "");
}

/** What a total row's label says besides its total word: "硬件合计" → "硬件"; "合计" → "". */
export function totalQualifier(label: string, words: readonly string[]): string {
  let t = compact(toHalfWidth(label)).replace(/[:]$/, "");
  for (const w of words) if (t.endsWith(w)) t = t.slice(0, -w.length);
  return withoutOutlineNumber(t);
}

/** 小计 / 合计 / 总计 (共计, 总投资 ... count as 合计) when the label starts or ends with a total word. */
export function subtotalKind(label: string, words: readonly string[]): SubtotalRow["kind"] | null {
  // Cheap rejection first: this runs on every row, and a total label always holds a total word's first character.
  if (!words.some((w) => label.includes(w[0]))) return null;
  const folded = compact(toHalfWidth(label));
  if (folded.length > MAX_TOTAL_LABEL_LENGTH) return null;
  const t = withoutOutlineNumber(folded)
    .replace(/\([^)]*\)$/, "")
    .replace(/[:]$/, "");
  if (!t) return null;
  const word = words.find((w) => (t.startsWith(w) || t.endsWith(w)) && t.length <= w.length + MAX_EXTRA_CHARS);
  if (!word) return null;
  if (t.includes("小计")) return "小计";
  if (t.includes("总计")) return "总计";
  return "合计";
}

const CN_NUM = "一二三四五六七八九十";
const PART = new RegExp(`^第[${CN_NUM}\\d]+(部分|章|节)`);
const LEVEL1 = new RegExp(`^[${CN_NUM}]+[、.,]`);
const BARE_LEVEL1 = new RegExp(`^[${CN_NUM}]+$`);
const LEVEL2 = new RegExp(`^\\([${CN_NUM}]+\\)`);
const LEVEL3 = /^\(\d+\)/;

/**
 * Section headings: 第一部分 (level 0: 可研 estimates put 一、二、 under it), 一、 (level 1), (一)/（二） (level 2),
 * (1) (level 3); a bare 一 counts in the 序号 column.
 */
export function sectionLevel(text: string, inSeqColumn: boolean): number | null {
  const t = compact(toHalfWidth(text));
  if (!t) return null;
  if (PART.test(t)) return 0;
  if (LEVEL1.test(t) || (inSeqColumn && BARE_LEVEL1.test(t))) return 1;
  if (LEVEL2.test(t)) return 2;
  if (LEVEL3.test(t)) return 3;
  return null;
}

/** "一" + "硬件设备" → "一、硬件设备"; "(一)" + "其他费用" → "(一)其他费用"; one cell is used as written. */
export function sectionLabel(seq: string, name: string): string {
  if (!seq || seq === name) return name;
  if (!name || name.startsWith(seq)) return seq || name;
  if (BARE_LEVEL1.test(compact(seq))) return `${seq}、${name}`;
  // "1.2" + "服务器" → "1.2 服务器": an arabic outline number reads apart from the name it numbers.
  return /^\d+([.-]\d+)*$/.test(compact(toHalfWidth(seq))) ? `${seq} ${name}` : `${seq}${name}`;
}

interface OpenSection {
  level: number;
  label: string;
  ids: string[];
}

/**
 * Tracks which lines each total row should add up: 小计 covers the lines since the previous 小计 or the start
 * of the current section; 合计/总计 cover every line of the table; a section row with an amount covers its section.
 */
export class CoverTracker {
  private readonly all: string[] = [];
  private since: string[] = [];
  /** Lines since the last total row of any kind, whatever sections opened in between. */
  private sinceTotal: string[] = [];
  private open: OpenSection[] = [];

  addLine(id: string): void {
    this.all.push(id);
    this.since.push(id);
    this.sinceTotal.push(id);
    for (const s of this.open) s.ids.push(id);
  }

  /** Opens a section; the returned array fills with the ids of the lines under it. */
  openSection(level: number, label: string): string[] {
    this.open = this.open.filter((s) => s.level < level);
    const section: OpenSection = { level, label, ids: [] };
    this.open.push(section);
    this.since = [];
    return section.ids;
  }

  /** A heading that turned out to be a line still ends the sections at its level. */
  closeFrom(level: number): void {
    this.open = this.open.filter((s) => s.level < level);
  }

  currentSection(): string | null {
    return this.open.length ? this.open[this.open.length - 1].label : null;
  }

  /**
   * The innermost open section, when a qualified 合计 ("硬件合计" under "一、硬件设备") may be that section's
   * total rather than the table's: the label names it, or the figure is its sum. The caller decides.
   */
  openSectionOf(): { label: string; ids: readonly string[] } | null {
    const s = this.open[this.open.length - 1];
    return s && s.ids.length ? s : null;
  }

  /** Takes the innermost open section as what a section-level 合计 covers, and closes it. */
  coversSection(): string[] {
    const s = this.open.pop();
    this.since = [];
    this.sinceTotal = [];
    return s ? [...s.ids] : [];
  }

  /**
   * What a 小计 may cover, nearest first: the lines since the last total, then each open section from the
   * innermost out. "一、硬件 / (一)服务器 … / (二)网络 … / 小计" closes 一 when its figure is 一's sum.
   */
  subtotalCandidates(): string[][] {
    const out: string[][] = [];
    if (this.since.length) out.push(this.since);
    for (let i = this.open.length - 1; i >= 0; i--) if (this.open[i].ids.length) out.push(this.open[i].ids);
    if (this.sinceTotal.length > (out[out.length - 1]?.length ?? 0)) out.push(this.sinceTotal);
    // A 小计 over everything above it (the sections' subtotals added up, before 总计 adds the other fees).
    if (this.all.length > (out[out.length - 1]?.length ?? 0)) out.push(this.all);
    return out;
  }

  /** A 小计 that covers one of `subtotalCandidates()`: the sections inside the covered one are closed. */
  coversCandidate(ids: string[]): string[] {
    const at = this.open.findIndex((s) => s.ids === ids);
    if (at >= 0) this.open = this.open.slice(0, at + 1);
    else if (ids === this.sinceTotal || ids === this.all) this.open = [];
    this.since = [];
    this.sinceTotal = [];
    return [...ids];
  }

  coversFor(kind: SubtotalRow["kind"]): string[] {
    if (kind === "小计") {
      const covers = this.since.length ? this.since : [...(this.open[this.open.length - 1]?.ids ?? [])];
      this.since = [];
      this.sinceTotal = [];
      return covers;
    }
    this.open = [];
    this.since = [];
    this.sinceTotal = [];
    return [...this.all];
  }
}
