import { loadStandard, StandardPackError } from "../../../src/core/standards/load-standard";
import { PROFILE_VALUE_NAMES } from "../../../src/core/profile/profile-values";
import packSchema from "../../../standards/standard.schema.json";
import { packRaw } from "./packs";

type Raw = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function refused(mutate: (raw: Raw) => void, id = "qingpu-2024"): StandardPackError {
  const raw = packRaw(id) as Raw;
  mutate(raw);
  try {
    loadStandard(raw);
  } catch (err) {
    if (err instanceof StandardPackError) return err;
    throw err;
  }
  throw new Error("the pack was accepted");
}

describe("the loader cross-checks a pack's data", () => {
  it("a rule naming a message the pack does not have", () => {
    const e = refused((r) => (r.rules["qingpu.mid-term-check"].params.cases[0].message = "qingpu.nowhere"));
    expect([e.code, e.field]).toEqual(["standard-invalid", "/rules/qingpu.mid-term-check/params/cases/0/message"]);
    expect(e.zh).toContain("qingpu.nowhere");
  });
  it("a message without its English template", () => {
    const e = refused((r) => delete r.messages["qingpu.mid-term-check"]["en-US"]);
    expect(e.field).toBe("/messages/qingpu.mid-term-check");
  });
  it("a profile value the pack does not declare, or one that does not exist", () => {
    expect(
      refused((r) => (r.profileValues = r.profileValues.filter((n: string) => n !== "approved_total"))).messageEn,
    ).toContain("profileValues does not list");
    expect(
      refused((r) => (r.rules["qingpu.major-project"].params.cases[1].when.profile = { major: true })).messageEn,
    ).toContain("not a known profile value");
  });
  it("a pattern that is not a regular expression", () => {
    const e = refused((r) => (r.rules["qingpu.naming-new"].params.patterns = ["(大系统"]));
    expect(e.field).toBe("/rules/qingpu.naming-new/params/patterns/0");
  });
  it("an error severity in a draft pack", () => {
    const e = refused((r) => (r.rules["gongshu.supervision-required"].severity = "error"), "gongshu-draft");
    expect(e.field).toBe("/rules/gongshu.supervision-required/severity");
  });
  it("a maintenance-rate rule in a pack whose device classes have no rates", () => {
    const e = refused((r) => (r.rules["om.hardware-rate"] = { severity: "error", citation: "x" }));
    expect(e.field).toBe("/hardwareClasses/classes/A/rate");
  });
  it("the schema's profile value names are the core's", () => {
    expect((packSchema as Raw).properties.profileValues.items.enum).toEqual(PROFILE_VALUE_NAMES);
  });
});
