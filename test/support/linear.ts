import { performance } from "perf_hooks";

/** The fastest of `runs` timings of `fn`, in milliseconds (the least disturbed by the machine's other work). */
function fastest(fn: () => void, runs: number): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/**
 * How much longer `work` takes on an input ten times bigger: about 10 when it is linear, 100 when quadratic. A ratio
 * of two timings on the same machine, so it holds on a slow or busy one where a bound in seconds would not.
 */
export function growthOfTenfold(work: (n: number) => void, n: number): number {
  work(n); // compiled and warm before timing
  const small = fastest(() => work(n), 5);
  const large = fastest(() => work(10 * n), 3);
  return large / small;
}

/** Linear with room for noise and caches (×10 expected, ×100 for quadratic): under ×35. */
export const LINEAR_TENFOLD = 35;
