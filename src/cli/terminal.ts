import picocolors from "picocolors";
import stringWidth from "string-width";
import type { Env } from "./lang";

/**
 * How the text report is laid out for where it goes: colour (a terminal, unless NO_COLOR or --no-color) and the
 * width to wrap to (the terminal's columns; none when stdout is a file or a pipe).
 */
export interface Layout {
  color: boolean;
  /** Columns to wrap at; null: lines are not wrapped. */
  width: number | null;
}

/** Where stdout goes: a terminal of some width, or not a terminal. */
export interface OutputTarget {
  isTTY: boolean;
  columns?: number;
}

/**
 * Colour only on a terminal, and never when NO_COLOR is set to anything non-empty (no-color.org); --no-color and
 * --color (given as `colorFlag`) decide over both.
 */
export function layoutFor(target: OutputTarget, env: Env, colorFlag?: boolean): Layout {
  const noColor = env.NO_COLOR !== undefined && env.NO_COLOR !== "";
  const width = target.isTTY && target.columns && target.columns >= 20 ? target.columns : null;
  return { color: colorFlag ?? (target.isTTY && !noColor), width };
}

/** Text cut to at most `width` columns, keeping its end (a path's file name) behind "…". */
export function fitWidth(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  const chars = [...text];
  let used = 1;
  let start = chars.length;
  while (start > 0 && used + displayWidth(chars[start - 1]) <= width) used += displayWidth(chars[--start]);
  return "…" + chars.slice(start).join("");
}

export type Colors = ReturnType<typeof picocolors.createColors>;

/** picocolors with colour on or off as the layout says (never guessed from the environment here). */
export function colors(layout: Layout): Colors {
  return picocolors.createColors(layout.color);
}

/** Display width in terminal columns: a CJK (wide or fullwidth) character counts two, escape sequences none. */
export const displayWidth = (text: string): number => stringWidth(text);

// Break opportunities, a small part of UAX #14 that fits this report's mix of Chinese and figures:
//  - a break is allowed at a space, and between two characters of which one is wide (CJK), except
//  - never before closing punctuation (，。、；：）］” % …) and never after opening punctuation (（［“ ¥ …);
//  - never after a digit (2.6万, 10%, 12,500 stay whole) and never between two narrow characters (numbers,
//    words, cell references such as F13 and rule ids stay whole), nor inside a clause number (三(二)).
const CLOSING = /[，。、；：！？）」』】］〕〉》”’,.;:!?)\]}%‰°…—]/u;
const OPENING = /[（「『【［〔〈《“‘([{¥￥$]/u;
const DIGIT = /[0-9０-９]/u;
const SPACE = /\s/u;

const isWide = (ch: string): boolean => stringWidth(ch) >= 2;

/** A clause number's head (三(二)1(1)): its bracket stays with it. */
const NUMERAL = /[一二三四五六七八九十〇]/u;

function breakAllowed(a: string, b: string): boolean {
  if (CLOSING.test(b) || OPENING.test(a) || DIGIT.test(a)) return false;
  if (b === "(" && NUMERAL.test(a)) return false;
  return isWide(a) || isWide(b);
}

/** The text cut into pieces that never break inside, each with the spaces before it. */
function atoms(text: string): { space: string; word: string }[] {
  const out: { space: string; word: string }[] = [];
  let space = "";
  let word = "";
  let prev = "";
  for (const ch of text) {
    if (SPACE.test(ch)) {
      if (word) {
        out.push({ space, word });
        space = "";
        word = "";
      }
      space += ch;
      prev = "";
      continue;
    }
    if (word && breakAllowed(prev, ch)) {
      out.push({ space, word });
      space = "";
      word = "";
    }
    word += ch;
    prev = ch;
  }
  if (word || space) out.push({ space, word });
  return out;
}

/**
 * One report line wrapped to `width` columns (CJK characters count two): continuation lines are indented by
 * `hang` spaces; a figure is never split, and a piece wider than a whole line is cut only as a last resort.
 */
export function wrapLine(text: string, width: number | null, hang: number): string[] {
  if (width === null || displayWidth(text) <= width) return [text];
  const lines: string[] = [];
  const indent = " ".repeat(Math.min(hang, Math.max(0, width - 10)));
  let line = "";
  let used = 0;
  const first = /^\s*/.exec(text)![0];
  const pieces = atoms(text.slice(first.length));
  line = first;
  used = displayWidth(first);
  let fresh = true;
  for (const { space, word } of pieces) {
    const w = displayWidth(word);
    const gap = fresh ? 0 : displayWidth(space);
    if (!fresh && used + gap + w > width) {
      lines.push(line.trimEnd());
      line = indent;
      used = indent.length;
      fresh = true;
    }
    if (fresh && used + w > width) {
      // A piece longer than a line (a very long path): cut it, character by character.
      for (const ch of word) {
        const cw = displayWidth(ch);
        if (used + cw > width && used > indent.length) {
          lines.push(line);
          line = indent;
          used = indent.length;
        }
        line += ch;
        used += cw;
      }
      fresh = false;
      continue;
    }
    line += (fresh ? "" : space) + word;
    used += (fresh ? 0 : gap) + w;
    fresh = false;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}
