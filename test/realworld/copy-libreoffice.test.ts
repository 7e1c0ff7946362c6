import * as fs from "fs";
import * as path from "path";
import { spawnSync } from "child_process";
import { findingsSheet } from "../../src/core/report/review-sheet";
import type { CheckSettings } from "../../src/cli/audit-file";
import { checkFile } from "../../src/cli/check-file";
import { DEFAULT_LIMITS, zipParts } from "../../src/cli/open-package";
import { openZip } from "../../src/cli/read-xlsx";
import { patchPackage } from "../../src/cli/patch-package";
import { readPackage } from "../../src/xlsx-read/read-snapshot";
import { realworldPicks, syntheticFlags } from "../support/copy-fidelity";
import { yangpu } from "../support/pack";
import { snapshotToXlsx } from "../support/snapshot-xlsx";
import { tempDir } from "../support/xlsx";
import { corpus } from "../corpus/index";

/**
 * Issue 16: LibreOffice opens every annotated copy and reads the same cells from every original sheet as from the
 * original. Each original and its copy are converted by LibreOffice (headless, to .xlsx) and both conversions are
 * read by our reader: the copy's conversion must exist wherever the original's does, and hold the same values and
 * formulas on the original's sheets. Skipped, saying so, where LibreOffice (`soffice`) is not installed.
 */

const soffice = spawnSync("sh", ["-c", "command -v soffice"], { encoding: "utf8" }).stdout.trim();
const describeLo = soffice ? describe : describe.skip;
if (!soffice)
  process.stdout.write(
    "copy-libreoffice: soffice not installed — LibreOffice check skipped (apt-get install -y libreoffice-calc-nogui)\n",
  );

/** The real-world workbooks with the structures issue 16 names that LibreOffice opens. */
const ISSUE_FEATURES = [
  "pivot",
  "charts",
  "external-links",
  "tables",
  "vba",
  "comments",
  "rich-text",
  "conditional-formatting",
];

function convert(files: string[], outdir: string, profile: string): void {
  fs.mkdirSync(outdir, { recursive: true });
  spawnSync(
    soffice,
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--norestore",
      "--convert-to",
      "xlsx",
      "--outdir",
      outdir,
      ...files,
    ],
    {
      stdio: "ignore",
      timeout: 15 * 60 * 1000,
    },
  );
}

function sheetsOf(file: string) {
  return readPackage(zipParts(openZip(file)), path.basename(file), DEFAULT_LIMITS).snapshot.sheets;
}

describeLo("LibreOffice reads the copy as it reads the original", () => {
  const dir = tempDir();
  const pairs: { name: string; original: string; copy: string; added: number }[] = [];

  beforeAll(
    async () => {
      const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, "manifest.json"), "utf8")) as {
        file: string;
        libreoffice: string;
        libreofficeHasCells: boolean;
      }[];
      const readable = new Set(
        manifest.filter((m) => m.libreoffice === "readable" && m.libreofficeHasCells).map((m) => m.file),
      );
      fs.mkdirSync(path.join(dir, "orig"));
      fs.mkdirSync(path.join(dir, "copy"));
      for (const pick of realworldPicks(ISSUE_FEATURES).filter((p) => readable.has(path.basename(p.file)))) {
        const name = path.basename(pick.file).replace(/\.\w+$/, "");
        const zip = openZip(pick.file);
        let snapshot;
        try {
          snapshot = readPackage(zipParts(zip), name, DEFAULT_LIMITS).snapshot;
        } catch {
          continue;
        }
        const flags = syntheticFlags(snapshot);
        const original = path.join(dir, "orig", `${name}.xlsx`);
        const copy = path.join(dir, "copy", `${name}.xlsx`);
        fs.copyFileSync(pick.file, original);
        fs.writeFileSync(
          copy,
          patchPackage(zip, { flags, sheets: [findingsSheet([], { locale: "zh-CN", unit: "元" })], markSheet: 0 }),
        );
        pairs.push({ name, original, copy, added: 1 });
      }
      // A few corpus workbooks, their copies written by the checker itself (review sheet and findings sheet).
      const settings: CheckSettings = { lang: "zh-CN", limits: DEFAULT_LIMITS, inputs: { ids: [], paths: [] } };
      for (const book of corpus.slice(0, 6)) {
        const original = await snapshotToXlsx(book.build(), path.join(dir, "orig", `corpus-${book.name}.xlsx`));
        const copy = path.join(dir, "copy", `corpus-${book.name}.xlsx`);
        const result = await checkFile({ file: original, out: copy }, { packs: [yangpu()], fixed: {} }, settings);
        if (result.output?.error === null)
          pairs.push({ name: `corpus-${book.name}`, original, copy, added: result.review ? 2 : 1 });
      }
      convert(
        pairs.map((p) => p.original),
        path.join(dir, "lo-orig"),
        path.join(dir, "profile-1"),
      );
      convert(
        pairs.map((p) => p.copy),
        path.join(dir, "lo-copy"),
        path.join(dir, "profile-2"),
      );
    },
    20 * 60 * 1000,
  );

  it("covers pivots, charts, external links, tables, VBA, comments, rich text, conditional formats and the corpus", () => {
    expect(pairs.length).toBeGreaterThan(40);
  });

  it("every copy opens, with the same cells on every original sheet", () => {
    const problems: string[] = [];
    let compared = 0;
    for (const p of pairs) {
      const fromOriginal = path.join(dir, "lo-orig", `${p.name}.xlsx`);
      const fromCopy = path.join(dir, "lo-copy", `${p.name}.xlsx`);
      if (!fs.existsSync(fromOriginal)) continue; // LibreOffice does not convert the original either
      if (!fs.existsSync(fromCopy)) {
        problems.push(`${p.name}: LibreOffice converts the original but not the copy`);
        continue;
      }
      const a = sheetsOf(fromOriginal);
      const b = sheetsOf(fromCopy);
      if (b.length !== a.length + p.added)
        problems.push(`${p.name}: ${b.length} sheets in the copy, ${a.length} + ${p.added} expected`);
      a.forEach((s, i) => {
        const t = b[i];
        if (
          !t ||
          t.name !== s.name ||
          JSON.stringify(t.values) !== JSON.stringify(s.values) ||
          JSON.stringify(t.formulas) !== JSON.stringify(s.formulas)
        )
          problems.push(`${p.name}: sheet ${s.name} reads differently`);
      });
      compared++;
    }
    expect(problems).toEqual([]);
    expect(compared).toBeGreaterThan(40);
  });
});
