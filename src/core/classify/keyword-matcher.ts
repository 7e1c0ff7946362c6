import { compact, toHalfWidth } from "../parse/text";

/** Text as keywords are compared: half-width, upper case, no spaces ("ＰＣ 服务器" matches "PC服务器"). */
export function fold(text: string): string {
  return compact(toHalfWidth(text)).toUpperCase();
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
  private readonly entries: { folded: string; keyword: string; value: T }[];

  constructor(lists: Iterable<[T, readonly string[]]>) {
    this.entries = [];
    for (const [value, words] of lists) for (const w of words) this.entries.push({ folded: fold(w), keyword: w, value });
    this.entries.sort((a, b) => b.folded.length - a.folded.length);
  }

  match(text: string): Match<T> | null {
    const t = fold(text);
    if (!t) return null;
    let best: Match<T> | null = null;
    let bestLength = 0;
    for (const e of this.entries) {
      if (e.folded.length < bestLength) break;
      const at = t.lastIndexOf(e.folded);
      if (at < 0) continue;
      const end = at + e.folded.length;
      if (!best || end > best.end) {
        best = { keyword: e.keyword, value: e.value, end };
        bestLength = e.folded.length;
      }
    }
    return best;
  }

  has(text: string): boolean {
    return this.match(text) !== null;
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
