import type Decimal from "decimal.js";
import { mulberry32 } from "../support/rng";
import { d } from "./money";

/** The seeded choices of one workbook: every random decision goes through here (mulberry32, test/support/rng.ts). */
export class Rand {
  private readonly next: () => number;
  constructor(readonly seed: number) {
    this.next = mulberry32(seed);
  }

  float(): number {
    return this.next();
  }

  /** An integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(xs: readonly T[]): T {
    if (xs.length === 0) throw new Error("pick from nothing");
    return xs[Math.floor(this.next() * xs.length)];
  }

  weighted<T>(pairs: readonly (readonly [T, number])[]): T {
    const total = pairs.reduce((a, [, w]) => a + w, 0);
    let x = this.next() * total;
    for (const [v, w] of pairs) {
      x -= w;
      if (x < 0) return v;
    }
    return pairs[pairs.length - 1][0];
  }

  shuffle<T>(xs: readonly T[]): T[] {
    const a = [...xs];
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [a[i], a[j]] = [a[j], a[i]];
    }
    return a;
  }

  /** A multiple of `step` in [lo, hi] (money in 元, rates as fractions). */
  step(lo: number, hi: number, step: number): Decimal {
    const n = this.int(Math.ceil(lo / step - 1e-9), Math.floor(hi / step + 1e-9));
    return d(step).times(n);
  }

  /** An independent stream for a sub-task (so a retry does not shift the other choices). */
  fork(): Rand {
    return new Rand(Math.floor(this.next() * 0x7fffffff) ^ (this.seed * 2654435761));
  }
}
