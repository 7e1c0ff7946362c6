import { planFlags } from "../../../src/core/plan/flags";
import type { Finding } from "../../../src/core/model/finding";

const groupFinding = (n: number): Finding =>
  ({
    rule: "tier.oa",
    severity: "error",
    sheet: "预算表",
    row: 4,
    cell: "G4",
    message: "OA 总投资超过大型上限",
    messageEn: "OA total above the large tier",
    actual: "1",
    limit: "1",
    citation: "五(一)",
    lineId: null,
    measure: "money",
    cells: Array.from({ length: n }, (_, i) => `G${i + 4}`),
    lineIds: Array.from({ length: n }, (_, i) => `预算表!${i + 4}`),
    capRate: null,
  }) as Finding;

describe("a group finding's flags", () => {
  it("flag every cell of the group, each note saying it is one of the group", () => {
    const flags = planFlags([groupFinding(3)]);
    expect(flags.map((f) => f.address)).toEqual(["G4", "G5", "G6"]);
    expect(flags[1].note).toContain("本格是一组 3 行（G4、G5、G6）中的一行");
  });

  it("name at most a few cells in each note, so 10,000 lines do not make 10,000 notes of 10,000 names", () => {
    const flags = planFlags([groupFinding(10_000)], "en-US");
    expect(flags).toHaveLength(10_000);
    expect(flags[0].note).toContain("one of a group of 10000 lines (G4, G5, G6, G7, G8, G9 and 9994 more)");
    expect(Math.max(...flags.map((f) => f.note.length))).toBeLessThan(300);
  });
});
