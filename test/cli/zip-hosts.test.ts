import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import { crc32 as shimCrc32, inflateRawSync } from "../../src/web/zlib-inflate";
import { BUNDLED_PACKS } from "../../src/web/packs";
import { centralDirectory, storedZip, writeZip } from "../../src/cli/zip";

/**
 * The page runs src/cli/zip.ts with its own `zlib` (src/web/zlib-inflate.ts, on fflate): it must inflate what Node
 * inflates and stop where Node stops; and the zip writer must give the same bytes whenever and wherever it runs.
 */
describe("the page's zlib: inflate only, capped as Node's", () => {
  const text = Buffer.from(Array.from({ length: 20000 }, (_, i) => `<c r="A${i}"><v>${i * 7}</v></c>`).join(""));
  const deflated = zlib.deflateRawSync(text);

  it("inflates to Node's bytes", () => {
    expect(Buffer.from(inflateRawSync(deflated, { maxOutputLength: text.length + 1 })).equals(text)).toBe(true);
    expect(inflateRawSync(zlib.deflateRawSync(Buffer.alloc(0)), { maxOutputLength: 1 }).length).toBe(0);
  });

  it("throws a RangeError past the cap (zip.ts reads it as Node's ERR_BUFFER_TOO_LARGE), and stops early on a bomb", () => {
    expect(() => zlib.inflateRawSync(deflated, { maxOutputLength: 1000 })).toThrow(
      expect.objectContaining({ code: "ERR_BUFFER_TOO_LARGE" }),
    );
    expect(() => inflateRawSync(deflated, { maxOutputLength: 1000 })).toThrow(RangeError);
    const bomb = zlib.deflateRawSync(Buffer.alloc(512 * 1024 * 1024));
    const t = Date.now();
    expect(() => inflateRawSync(bomb, { maxOutputLength: 1024 })).toThrow(RangeError);
    expect(Date.now() - t).toBeLessThan(1000);
  });

  it("leaves the checksum to zip.ts's table", () => expect(shimCrc32).toBeUndefined());
});

describe("the zip writer gives the same bytes whenever it runs", () => {
  it("dates new entries with the latest time of the entries it copies", () => {
    const original = storedZip([{ name: "a.xml", data: Buffer.from("<a/>"), crc32: 0 }]);
    const [entry] = centralDirectory(original);
    const write = () =>
      Buffer.concat(
        writeZip([
          { name: "a.xml", copy: entry, from: original },
          { name: "b.xml", data: Buffer.from("<b/>") },
        ]),
      );
    const first = write();
    const realNow = Date.now;
    Date.now = () => realNow() + 3 * 86400_000;
    jest.useFakeTimers({ now: realNow() + 3 * 86400_000 });
    try {
      expect(write().equals(first)).toBe(true);
    } finally {
      jest.useRealTimers();
      Date.now = realNow;
    }
    const [, added] = centralDirectory(first);
    expect([added.date, added.time]).toEqual([entry.date, entry.time]);
  });
});

describe("the packs compiled into the page", () => {
  it("are every pack in standards/, as the CLI lists them", () => {
    const dir = path.join(__dirname, "..", "..", "standards");
    const ids = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith(".json") && !f.endsWith(".schema.json"))
      .map((f) => f.slice(0, -5))
      .sort();
    expect(Object.keys(BUNDLED_PACKS).sort()).toEqual(ids);
    for (const id of ids)
      expect(BUNDLED_PACKS[id]).toEqual(JSON.parse(fs.readFileSync(path.join(dir, `${id}.json`), "utf8")));
  });
});
