import * as fs from "fs";
import * as path from "path";
import { loadStandard, idFromFileName } from "../../src/core/standards/load-standard";
import { bundledPack } from "../../src/core/standards/bundled-pack";
import { BUNDLED_FILES, SERVED_STANDARDS, servedPackUrl } from "../../src/taskpane/standards";

const root = path.join(__dirname, "..", "..");

/**
 * The pane carries no schema validators: its bundled packs, and the packs it fetches from its own origin (copied into
 * dist/web/standards/ by webpack), are validated here, with the strict loader, on every build — a pack that is not
 * valid fails the suite and never reaches the pane.
 */
describe("the packs bundled into the pane", () => {
  it.each(BUNDLED_FILES.map((b) => [b.file, b] as const))("%s passes the strict loader", (_file, b) => {
    expect(() => loadStandard(b.json, { file: b.file, expectedId: idFromFileName(b.file) })).not.toThrow();
  });
});

describe("the packs the pane fetches", () => {
  it.each(SERVED_STANDARDS.map((s) => [s.id, s] as const))(
    "%s passes the strict loader and the pane's own check, and the picker's titles match it",
    (id, s) => {
      const file = path.join("standards", `${id}.json`);
      const json = JSON.parse(fs.readFileSync(path.join(root, file), "utf8"));
      expect(() => loadStandard(json, { file, expectedId: idFromFileName(file) })).not.toThrow();
      expect(bundledPack(json, id).id).toBe(id);
      expect({ title: json.title, titleEn: json.titleEn ?? json.title }).toEqual({
        title: s.title,
        titleEn: s.titleEn,
      });
      // Fetched relative to the page, so from the pane's own origin (connect-src 'self').
      expect(servedPackUrl(id)).toBe(`standards/${id}.json`);
    },
  );

  it("are the packs in standards/ besides the bundled ones, and webpack copies each of them", () => {
    const files = fs
      .readdirSync(path.join(root, "standards"))
      .filter((f) => f.endsWith(".json") && f !== "standard.schema.json")
      .map((f) => f.replace(/\.json$/, ""));
    const bundled = BUNDLED_FILES.map((b) => idFromFileName(b.file));
    expect([...bundled, ...SERVED_STANDARDS.map((s) => s.id)].sort()).toEqual(files.sort());
    const config = fs.readFileSync(path.join(root, "webpack.config.js"), "utf8");
    for (const s of SERVED_STANDARDS) expect(config).toContain(`"${s.id}"`);
  });
});
