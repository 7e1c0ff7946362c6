import { EFFORT_UNIT, PERSON_MONTH_UNIT } from "../../../src/core/parse/effort-units";
import { categoryFromEvidence } from "../../../src/core/classify/evidence";
import { line } from "../../support/model";

/** One list of effort units for every reader (the unit column, count and price headers, the classifier). */
describe("units of effort", () => {
  it.each(["人月", "人·月", "人・月", "人.月", "人/月", "人／月", "人 / 月"])("%s is a person-month", (u) => {
    expect(PERSON_MONTH_UNIT.test(u)).toBe(true);
    expect(EFFORT_UNIT.test(u)).toBe(true);
  });
  it.each(["人天", "人日", "工日"])("%s is effort but not a person-month", (u) => {
    expect(EFFORT_UNIT.test(u)).toBe(true);
    expect(PERSON_MONTH_UNIT.test(u)).toBe(false);
  });
  it.each(["台", "套", "月", "人", "项", "年"])("%s is not effort", (u) => expect(EFFORT_UNIT.test(u)).toBe(false));

  it.each(["人月", "人／月", "人·月", "工日"])("work billed in %s that no keyword names is development", (u) => {
    const l = line({
      name: "数据治理",
      category: "other",
      unitLabel: u,
      quantity: 6,
      unitPrice: 18000,
      amount: 108000,
    });
    expect(categoryFromEvidence(l)?.category).toBe("development");
  });
});
