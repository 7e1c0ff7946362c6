import { dumpSnapshot } from "./dump";
import { generateBudget } from "./generate";

test("find", () => {
  const want = JSON.parse(process.env.DIMS ?? "{}") as Record<string, string>;
  for (let s = 1; s <= 3000; s++) {
    const g = generateBudget(s);
    if (!Object.entries(want).every(([k, v]) => g.dims[k] === v)) continue;
    console.log(
      `${g.name} ${JSON.stringify(g.dims)}\n${dumpSnapshot(g.snapshot, 20)}\n${g.truth.expect.map((e) => JSON.stringify(e)).join("\n")}`,
    );
    return;
  }
});
