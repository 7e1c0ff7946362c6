import { compact, toHalfWidth } from "../parse/text";
import { toSimplified } from "../text/t2s";

const folded = new Map<string, string>();
/** Budget sheets repeat their wording line after line; beyond this many distinct texts the memo starts over. */
const FOLD_MEMO_LIMIT = 50_000;

/** Text as keywords are compared: half-width, upper case, no spaces ("ＰＣ 服务器" matches "PC服务器"), simplified (運維 matches 运维). */
export function fold(text: string): string {
  let f = folded.get(text);
  if (f === undefined) {
    if (folded.size >= FOLD_MEMO_LIMIT) folded.clear();
    f = toSimplified(compact(toHalfWidth(text)).toUpperCase());
    folded.set(text, f);
  }
  return f;
}

export interface Match<T> {
  keyword: string;
  value: T;
  /** Where the keyword ends in the folded text: Chinese compounds put the head noun last. */
  end: number;
}

/**
 * Finds the best keyword in a text: the longest wins (核心层交换机 over 交换机, 数据库审计 over 数据库); between
 * equally long ones the one that ends later wins, because the head noun of a Chinese compound comes last
 * (数据库服务器 is a server, not a database).
 */
export class KeywordMatcher<T> {
  /** Keywords by their first character, longest first: a text is scanned once, position by position. */
  private readonly byFirst = new Map<string, { folded: string; keyword: string; value: T }[]>();

  constructor(lists: Iterable<[T, readonly string[]]>) {
    for (const [value, words] of lists) {
      for (const w of words) {
        const folded = fold(w);
        if (!folded) continue;
        const bucket = this.byFirst.get(folded[0]) ?? [];
        bucket.push({ folded, keyword: w, value });
        this.byFirst.set(folded[0], bucket);
      }
    }
    for (const bucket of this.byFirst.values()) bucket.sort((a, b) => b.folded.length - a.folded.length);
  }

  match(text: string): Match<T> | null {
    const t = fold(text);
    let best: Match<T> | null = null;
    let bestLength = 0;
    for (let i = 0; i < t.length; i++) {
      const bucket = this.byFirst.get(t[i]);
      if (!bucket) continue;
      for (const e of bucket) {
        if (e.folded.length < bestLength) break;
        if (!t.startsWith(e.folded, i)) continue;
        const end = i + e.folded.length;
        if (e.folded.length > bestLength || end > best!.end) {
          best = { keyword: e.keyword, value: e.value, end };
          bestLength = e.folded.length;
        }
        break;
      }
    }
    return best;
  }

  has(text: string): boolean {
    return this.match(text) !== null;
  }
}

/** A word list folded once, for "does this text contain any of these words". */
export class WordSet {
  private readonly words: string[];
  constructor(words: readonly string[]) {
    this.words = words.map(fold).filter(Boolean);
  }
  inFolded(foldedText: string): boolean {
    return this.words.some((w) => foldedText.includes(w));
  }
  in(text: string): boolean {
    return this.inFolded(fold(text));
  }
}

/** Builds a matcher once per pack object (packs are immutable once loaded). */
export function cached<K extends object, V>(cache: WeakMap<K, V>, key: K, build: () => V): V {
  let v = cache.get(key);
  if (!v) {
    v = build();
    cache.set(key, v);
  }
  return v;
}
