import { yangpu } from "../support/pack";
import { generateBudget, type Generated } from "./generate";
import { report, scoreOne, soundness } from "./score";
import { workedExample } from "./worked-example";

/**
 * Corpus 3: 2,000 generated budgets (seeds 1..2000). Asserts only that generation is sound — lines add up to 送审,
 * every cached formula equals its formula, nothing is NaN — and that the verdict code reproduces domain.md §6's
 * worked example; the engine's scores are printed, not asserted (the threshold is for the project to set).
 */

const COUNT = 2000;

describe("corpus 3", () => {
  const made: Generated[] = [];

  test("the verdict reproduces domain.md §6's worked example", () => {
    expect(workedExample()).toEqual({ submitted: "1211800", approved: "1123760" });
  });

  test(`generates ${COUNT} sound workbooks`, () => {
    const problems: string[] = [];
    for (let seed = 1; seed <= COUNT; seed++) {
      const g = generateBudget(seed);
      made.push(g);
      for (const p of soundness(g)) problems.push(`${g.name}: ${p}`);
    }
    expect(problems.slice(0, 20)).toEqual([]);
    expect(new Set(made.map((g) => JSON.stringify(g.snapshot))).size).toBeGreaterThan(COUNT * 0.99);
  });

  test("generation is deterministic for a seed", () => {
    for (let seed = 1; seed <= 40; seed++)
      expect(JSON.stringify(generateBudget(seed))).toBe(JSON.stringify(made[seed - 1]));
  });

  test("engine scores (printed)", () => {
    const pack = yangpu();
    const t0 = Date.now();
    const scores = made.map((g) => scoreOne(g, pack));
    console.log(report(scores, Date.now() - t0));
  });
});
