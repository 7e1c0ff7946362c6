import * as fs from "fs";
import * as path from "path";
import packSchema from "../../../standards/standard.schema.json";
import { IMPLEMENTATIONS } from "../../../src/core/rules/registry";
import { AMOUNT, KEYWORD, RATIO, WORDS } from "../../../src/core/rules/schema-parts";
import { generateValidators } from "../../../scripts/validators-codegen";
import { paramsValidators } from "../../../src/core/standards/validators";

const root = path.join(__dirname, "..", "..", "..");
const generatedFile = path.join(root, "src", "core", "standards", "validators.generated.ts");

describe("validators compiled at build time", () => {
  it("are up to date with the pack schema and every rule's paramsSchema (else run npm run build:validators)", () => {
    const fresh = generateValidators(packSchema, IMPLEMENTATIONS);
    const committed = fs.readFileSync(generatedFile, "utf8");
    // Comparing lengths first keeps the failure readable; then the whole text.
    expect(committed.length).toBe(fresh.length);
    expect(committed === fresh).toBe(true);
  });

  it("compile nothing and import nothing at run time", () => {
    const committed = fs.readFileSync(generatedFile, "utf8");
    expect(committed).not.toMatch(/new Function|\beval\(|require\(|^import /m);
  });

  it("cover every implementation", () => {
    expect(Object.keys(paramsValidators).sort()).toEqual(IMPLEMENTATIONS.map((i) => i.id).sort());
  });

  it("share one definition of each kind of value between the pack schema and the rules' params", () => {
    const defs = (packSchema as unknown as { definitions: Record<string, Record<string, unknown>> }).definitions;
    expect(defs.ratio).toEqual(RATIO);
    expect(defs.amount).toEqual(AMOUNT);
    expect(defs.keyword).toEqual(KEYWORD);
    expect({ ...defs.words, items: KEYWORD }).toEqual(WORDS);
  });

  it("the loader no longer depends on ajv", () => {
    const sources = ["load-standard.ts", "validators.ts", "pack-messages.ts", "json-position.ts"].map((f) =>
      fs.readFileSync(path.join(root, "src", "core", "standards", f), "utf8"),
    );
    for (const text of sources) expect(text).not.toMatch(/from "ajv|require\("ajv/);
  });
});
