import { loadStandard, idFromFileName } from "../../src/core/standards/load-standard";
import { BUNDLED_FILES } from "../../src/taskpane/standards";

/**
 * The pane carries no schema validators: its bundled packs are validated here, with the strict loader, on every
 * build — a pack that is not valid fails the suite and never reaches the pane.
 */
describe("the packs bundled into the pane", () => {
  it.each(BUNDLED_FILES.map((b) => [b.file, b] as const))("%s passes the strict loader", (_file, b) => {
    expect(() => loadStandard(b.json, { file: b.file, expectedId: idFromFileName(b.file) })).not.toThrow();
  });
});
