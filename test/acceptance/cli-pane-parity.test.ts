import * as path from "path";
import { audit, type AuditResult } from "../../src/core/engine";
import { readWorkbook } from "../../src/cli/read-xlsx";
import type { WorkbookSnapshot } from "../../src/core/snapshot/types";
import { fakeFromXlsx } from "../support/fake-from-xlsx";
import { API_LEVELS, cellsOf, findingKeys, paneFor, totals } from "../support/parity";
import { formulasCached, snapshotToXlsx } from "../support/snapshot-xlsx";
import { yangpu } from "../support/pack";
import { tempDir } from "../support/xlsx";
import { corpus } from "../corpus/index";
import { corpus2 } from "../corpus2/index";

/**
 * One workbook, one audit (issue 8, issue 15): every corpus workbook and both samples as real .xlsx bytes, read by
 * the CLI's reader, and the same file opened in the fake Excel host the way Excel hands it over (dates as serial
 * numbers under a date format, merged cells empty but the first, cached formula values, formulas apart) and read by
 * the pane's adapter at ExcelApi 1.6, 1.9, 1.13 and 1.18 (the APIs a level lacks are missing): the same cells, the
 * same findings, the same 送审 and 审定. (A formula saved without its value is left out: Excel computes it, a file
 * cannot.)
 */
const pack = yangpu();
const dir = tempDir();
const root = path.join(__dirname, "../..");
const workbooks: [string, () => Promise<string>][] = [
  ...[...corpus, ...corpus2]
    .filter((e) => formulasCached(e.build()))
    .map((e) => [e.name, () => snapshotToXlsx(e.build(), path.join(dir, e.name))] as [string, () => Promise<string>]),
  ...["sample-budget.xlsx", "sample-om-budget.xlsx"].map(
    (n) => [n, async () => path.join(root, "assets", n)] as [string, () => Promise<string>],
  ),
];

describe("the CLI and the pane read the same .xlsx the same way", () => {
  it("covers most of the corpora and the samples", () => expect(workbooks.length).toBeGreaterThan(100));
  describe.each(workbooks)("%s", (name, write) => {
    let file = "";
    let cli: WorkbookSnapshot;
    let cliAudit: AuditResult;
    beforeAll(async () => {
      file = await write();
      cli = (await readWorkbook(file)).snapshot;
      cliAudit = audit(cli, pack);
    });
    it.each(API_LEVELS)("at ExcelApi %s", async (level) => {
      const pane = await paneFor(await fakeFromXlsx(file, level)).readWorkbook();
      expect(cellsOf(pane)).toEqual(cellsOf(cli));
      const paneAudit = audit(pane, pack);
      expect(findingKeys(paneAudit)).toEqual(findingKeys(cliAudit));
      expect(totals(paneAudit)).toEqual(totals(cliAudit));
    });
  });
});
