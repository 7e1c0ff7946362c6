import * as fs from "fs";
import * as os from "os";
import * as path from "path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { validateManifest } = require("../../scripts/validate-manifest.js") as {
  validateManifest(file: string): Promise<string[]>;
};

const shipped = path.join(__dirname, "../../manifest.xml");
const original = fs.readFileSync(shipped, "utf8");

function variant(edit: (xml: string) => string): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "manifest-")), "manifest.xml");
  fs.writeFileSync(file, edit(original));
  return file;
}

describe("manifest.xml (offline validation)", () => {
  it("the shipped manifest passes the Office schemas and the resid check", async () => {
    expect(await validateManifest(shipped)).toEqual([]);
  });

  it("is a read/write task pane for Excel with zh-CN default and an en-US override", () => {
    expect(original).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
    expect(original).toMatch(/<DefaultLocale>zh-CN<\/DefaultLocale>/);
    expect(original).toMatch(/<Host Name="Workbook"\/>/);
    expect(original).toMatch(/Locale="en-US"/);
    expect(original).toMatch(/<OfficeTab id="TabHome">/);
  });

  const broken: [string, (xml: string) => string, RegExp][] = [
    ["an unknown permission", (x) => x.replace("ReadWriteDocument", "Everything"), /Permissions/],
    [
      "a resid with no resource",
      (x) => x.replace('resid="Group.Label"', 'resid="Missing.Label"'),
      /resid "Missing.Label"/,
    ],
    ["a missing Id", (x) => x.replace(/<Id>[^<]+<\/Id>/, ""), /Id|Version/],
    [
      "an element out of order",
      (x) =>
        x
          .replace("<Version>0.1.0.0</Version>", "")
          .replace("</ProviderName>", "</ProviderName><Version>0.1.0.0</Version>"),
      /Version|ProviderName/,
    ],
  ];
  it.each(broken)("rejects %s", async (_label, edit, message) => {
    const problems = await validateManifest(variant(edit));
    expect(problems.join("\n")).toMatch(message);
  });

  it("every icon the manifest names exists in assets/", () => {
    for (const m of original.matchAll(/https:\/\/localhost:3000\/assets\/([\w-]+\.png)/g)) {
      expect(fs.existsSync(path.join(__dirname, "../../assets", m[1]))).toBe(true);
    }
  });
});
