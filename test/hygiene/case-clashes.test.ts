import * as path from "path";
import { caseClashes, listPaths } from "../../scripts/check-case-clashes";

describe("no two names differ only by case (scripts/check-case-clashes.js, run by npm run lint)", () => {
  it("finds none under src, test, scripts and bench", () => {
    const paths = listPaths(path.join(__dirname, "..", ".."));
    expect(paths).toContain("src/taskpane/CorrectionViews.tsx");
    expect(caseClashes(paths)).toEqual([]);
  });

  it("catches a component beside a module of the same name in another case (one import path on Windows and macOS)", () => {
    expect(
      caseClashes(["src/taskpane/Corrections.tsx", "src/taskpane/corrections.ts", "src/taskpane/App.tsx"]),
    ).toEqual([["src/taskpane/Corrections.tsx", "src/taskpane/corrections.ts"]]);
  });

  it("catches files and folders that differ only by case", () => {
    expect(caseClashes(["test/Support", "test/support", "src/a/Read.ts", "src/a/read.ts"])).toEqual([
      ["test/Support", "test/support"],
      ["src/a/Read.ts", "src/a/read.ts"],
    ]);
  });

  it("lets a declaration file sit beside its script, and equal names in other folders", () => {
    expect(
      caseClashes([
        "scripts/t2s-codegen.js",
        "scripts/t2s-codegen.d.ts",
        "src/cli/corrections.ts",
        "src/taskpane/corrections.ts",
      ]),
    ).toEqual([]);
  });
});
