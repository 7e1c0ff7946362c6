import * as path from "path";
import { audit, type AuditResult } from "../../src/core/engine";
import { readWorkbook } from "../../src/cli/read-xlsx";
import type { WorkbookSnapshot } from "../../src/core/snapshot/types";
import { createWpsBridge } from "../../src/wps/wps-bridge";
import { fakeFromXlsx } from "../support/fake-from-xlsx";
import { cellsOf, findingKeys, totals } from "../support/parity";
import { formulasCached, snapshotToXlsx } from "../support/snapshot-xlsx";
import { wpsFromFake } from "../support/wps-emulator";
import { yangpu } from "../support/pack";
import { tempDir } from "../support/xlsx";
import { corpus } from "../corpus/index";
import { corpus2 } from "../corpus2/index";

/**
 * One workbook, one audit, in WPS too: every corpus workbook and both samples as real .xlsx bytes, read by the CLI's
 * reader, and the same file opened in the WPS object-model emulator as a spreadsheet application hands it over
 * (dates as serial numbers under their format, merged cells empty but the first, formulas with their results, errors
 * as error values) and read by the WPS adapter: the same cells and merges, the same findings, the same 送审 and 审定.
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

describe("the CLI and the WPS adapter read the same .xlsx the same way", () => {
  it("covers most of the corpora and the samples", () => expect(workbooks.length).toBeGreaterThan(100));
  it.each(workbooks)("%s", async (_name, write) => {
    const file = await write();
    const cli: WorkbookSnapshot = (await readWorkbook(file)).snapshot;
    const cliAudit: AuditResult = audit(cli, pack);
    const app = wpsFromFake(await fakeFromXlsx(file, "1.18"));
    const wps = await createWpsBridge(app as never).readWorkbook();
    expect(cellsOf(wps)).toEqual(cellsOf(cli));
    const wpsAudit = audit(wps, pack);
    expect(findingKeys(wpsAudit)).toEqual(findingKeys(cliAudit));
    expect(totals(wpsAudit)).toEqual(totals(cliAudit));
  });
});
