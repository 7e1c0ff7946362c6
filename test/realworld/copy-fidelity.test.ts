import * as fs from "fs";
import * as path from "path";
import { planFlags } from "../../src/core/plan/flags";
import { findingsSheet, reviewSheet } from "../../src/core/report/review-sheet";
import type { CheckSettings } from "../../src/cli/audit-file";
import { checkFile } from "../../src/cli/check-file";
import { DEFAULT_LIMITS, zipParts } from "../../src/cli/open-package";
import { openZip } from "../../src/cli/read-xlsx";
import { patchPackage } from "../../src/cli/patch-package";
import { readPackage } from "../../src/xlsx-read/read-snapshot";
import { checkCopy, FEATURES, realworldPicks, syntheticFlags } from "../support/copy-fidelity";
import { minimalPackage } from "../support/package-parts";
import { yangpu } from "../support/pack";
import { formulasCached, snapshotToXlsx } from "../support/snapshot-xlsx";
import { tempDir } from "../support/xlsx";
import { corpus } from "../corpus/index";
import { corpus2 } from "../corpus2/index";
import { storedZip, crc32 } from "../../src/cli/zip";

/**
 * Issue 16: the annotated copy is the original package with only what the audit adds — flagged cells' styles, notes,
 * the report sheets and the mark. For every corpus workbook (audited for real, its copy written by the checker) and
 * for real-world workbooks with pivots, charts, external links, tables, VBA, comments of their own, rich text,
 * conditional formats (x14 too), prefixed and Strict markup (flagged on cells of our choosing, since they are not
 * budgets), the copy is compared with the original part by part: every other part is byte for byte the same, the
 * changed parts only gain what they may, our reader reads the same cells from every original sheet, and the fills and
 * notes are where the flags are — in the XML, and through exceljs wherever exceljs can open the original.
 */

const dir = tempDir();

describe("real-world workbooks: the copy changes only what it flags", () => {
  const picks = realworldPicks(FEATURES);
  const results: { file: string; flags: string[]; exceljs: boolean; changed: string[] }[] = [];

  it("the set covers every structure issue 16 names", () => {
    for (const f of [
      "pivot",
      "charts",
      "external-links",
      "tables",
      "vba",
      "comments",
      "rich-text",
      "conditional-formatting",
      "prefixed-markup",
      "strict",
    ]) {
      expect(picks.filter((p) => p.flags.includes(f)).length).toBeGreaterThanOrEqual(4);
    }
    expect(picks.length).toBeGreaterThan(150);
  });

  it.each(picks.map((p) => [path.basename(p.file), p] as const))("%s", async (_name, pick) => {
    const original = fs.readFileSync(pick.file);
    const zip = openZip(pick.file);
    let snapshot;
    try {
      snapshot = readPackage(zipParts(zip), "x", DEFAULT_LIMITS).snapshot;
    } catch {
      return; // not read by the checker (named as damaged in realworld.test.ts): no copy is written for it
    }
    const flags = syntheticFlags(snapshot);
    const copy = patchPackage(zip, {
      flags,
      sheets: [findingsSheet([], { locale: "zh-CN", unit: "元" })],
      markSheet: 0,
    });
    // exceljs expands declared ranges and checks merges quadratically, reads Strict packages without their
    // relationships and picks one of two parts whose names differ in case: it is asked only where it reads the original.
    const exceljs =
      original.length < 1_000_000 &&
      !pick.flags.some((f) =>
        [
          "many-merges",
          "whole-range",
          "whole-dimension",
          "strict",
          "part-name-case-mismatch",
          "duplicate-entries",
          "backslash-part-names",
        ].includes(f),
      );
    const check = await checkCopy(original, copy, flags, 1, { exceljs });
    expect(check.problems).toEqual([]);
    results.push({ file: pick.file, flags: pick.flags, exceljs: check.exceljs, changed: check.changed });
  });

  afterAll(() => {
    // What was exercised, for the record: files, how many exceljs could open, parts copied unchanged.
    const withExceljs = results.filter((r) => r.exceljs).length;
    process.stdout.write(
      `copy fidelity: ${results.length} real-world copies checked, ${withExceljs} also through exceljs\n`,
    );
  });
});

describe("corpus workbooks: the checker's own copies", () => {
  const settings: CheckSettings = { lang: "zh-CN", limits: DEFAULT_LIMITS, inputs: { ids: [], paths: [] } };
  const books = [...corpus, ...corpus2].filter((e) => formulasCached(e.build()));

  it.each(books.map((b) => [b.name, b] as const))("%s", async (name, book) => {
    const file = await snapshotToXlsx(book.build(), path.join(dir, `${name}.xlsx`));
    const out = path.join(dir, "copies", `${name}.审核.xlsx`);
    const result = await checkFile({ file, out }, { packs: [yangpu()], fixed: {} }, settings);
    expect(result.output).toEqual({ file: out, error: null });
    const flags = planFlags(result.findings ?? [], "zh-CN");
    const check = await checkCopy(fs.readFileSync(file), fs.readFileSync(out), flags, result.review ? 2 : 1);
    expect(check.problems).toEqual([]);
    expect(check.exceljs).toBe(true);
  });
});

/** A package from part texts, zipped. */
function pack(parts: Record<string, string>): Buffer {
  return storedZip(
    Object.entries(parts).map(([name, text]) => ({
      name,
      data: Buffer.from(text, "utf8"),
      crc32: crc32(Buffer.from(text, "utf8")),
    })),
  );
}

/** A verdict of one reduced line on sheet 表, whose link points at 表!B1. */
const REVIEW = {
  project: {
    name: "测试项目",
    unitName: null,
    kind: "construction" as const,
    system: "other" as const,
    tier: null,
    standard: { title: "测试标准", titleEn: "Test standard" },
    documents: [],
  },
  lines: [
    { id: "表!1", sheet: "表", row: 1, group: "表", heading: "", cell: "B1", name: "开发 <&>", submitted: "100" },
  ],
  review: {
    submitted: "100",
    approved: "80",
    reduction: "20",
    reductionRate: "0.2",
    lines: [
      {
        sheet: "表",
        cell: "B1",
        name: "开发 <&>",
        submitted: "100",
        approved: "80",
        reduction: "20",
        reason: "人月单价超标",
        reasonEn: "over",
        citations: ["三(一)2"],
      },
    ],
    unadjusted: [],
  },
};
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

describe("crafted packages: the places a patch can go wrong", () => {
  async function roundTrip(parts: Record<string, string>, flags: Parameters<typeof checkCopy>[2]) {
    const file = path.join(dir, `crafted-${Math.random().toString(36).slice(2)}.xlsx`);
    const original = pack(parts);
    fs.writeFileSync(file, original);
    const copy = patchPackage(openZip(file), {
      flags,
      sheets: [
        reviewSheet(REVIEW, { locale: "zh-CN", unit: "元" }),
        findingsSheet([], { locale: "zh-CN", unit: "元" }),
      ],
      markSheet: 1,
    });
    const check = await checkCopy(original, copy, flags, 2);
    return { copy, check };
  }
  const flag = (address: string, row: number, col: number, note = "预算标尺 Budget Ruler\n超标") => ({
    sheet: "表",
    row,
    col,
    address,
    severity: "error" as const,
    fill: "#FFC7CE",
    note,
    rules: ["t"],
  });

  it("a cell with a comment of its own keeps it, ours added after it; comments, VML shapes and authors merged", async () => {
    const parts = minimalPackage([
      {
        name: "表",
        xml: '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>名称</t></is></c><c r="B1"><v>5</v></c></row></sheetData><legacyDrawing r:id="rC2"/>',
      },
    ]);
    parts["xl/worksheets/_rels/sheet1.xml.rels"] =
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rC1" Type="${REL}/comments" Target="../comments1.xml"/><Relationship Id="rC2" Type="${REL}/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/></Relationships>`;
    parts["xl/comments1.xml"] =
      '<?xml version="1.0"?><comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>张三</author></authors><commentList><comment ref="B1" authorId="0"><text><r><t>请核实</t></r></text></comment></commentList></comments>';
    parts["xl/drawings/vmlDrawing1.vml"] =
      '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"/><v:shape id="_x0000_s1025" type="#_x0000_t202"><x:ClientData ObjectType="Note"><x:Row>0</x:Row><x:Column>1</x:Column></x:ClientData></v:shape></xml>';
    const { copy, check } = await roundTrip(parts, [flag("B1", 0, 1), flag("A1", 0, 0), flag("C4", 3, 2)]);
    expect(check.problems).toEqual([]);
    const text = (await import("../support/package-diff")).zipPartsOf(copy).get("xl/comments1.xml")!.toString("utf8");
    expect(text).toMatch(/<t>请核实<\/t><\/r><r>[\s\S]*预算标尺 Budget Ruler/);
    expect(text).toContain("<author>张三</author><author>预算标尺 Budget Ruler</author>");
    expect(check.changed.sort()).toEqual([
      "[Content_Types].xml",
      "xl/_rels/workbook.xml.rels",
      "xl/comments1.xml",
      "xl/drawings/vmlDrawing1.vml",
      "xl/workbook.xml",
      "xl/worksheets/sheet1.xml",
    ]);
  });

  it("prefixed markup, an empty <sheetData/>, cells and rows without r, an x14 extension after the cells", async () => {
    const NS =
      'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
    const base = minimalPackage([
      { name: "表", xml: "" },
      { name: "空", xml: "" },
    ]);
    base["xl/workbook.xml"] =
      `<?xml version="1.0"?><x:workbook ${NS}><x:sheets><x:sheet name="表" sheetId="1" r:id="rId1"/><x:sheet name="空" sheetId="2" r:id="rId2"/></x:sheets></x:workbook>`;
    base["xl/worksheets/sheet1.xml"] =
      `<?xml version="1.0"?><x:worksheet ${NS}><x:sheetData><x:row><x:c t="inlineStr"><x:is><x:t>a</x:t></x:is></x:c><x:c><x:v>1</x:v></x:c></x:row><x:row><x:c><x:v>2</x:v></x:c></x:row></x:sheetData><x:extLst><x:ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:conditionalFormattings><x14:conditionalFormatting><x14:cfRule type="dataBar" id="{1}"/></x14:conditionalFormatting></x14:conditionalFormattings></x:ext></x:extLst></x:worksheet>`;
    base["xl/worksheets/sheet2.xml"] = `<?xml version="1.0"?><x:worksheet ${NS}><x:sheetData/></x:worksheet>`;
    base["xl/styles.xml"] =
      `<?xml version="1.0"?><x:styleSheet ${NS}><x:fonts count="1"><x:font><x:sz val="11"/><x:name val="宋体"/><x:charset val="134"/></x:font></x:fonts><x:fills count="2"><x:fill><x:patternFill patternType="none"/></x:fill><x:fill><x:patternFill patternType="gray125"/></x:fill></x:fills><x:borders count="1"><x:border/></x:borders><x:cellXfs count="1"><x:xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></x:cellXfs></x:styleSheet>`;
    base["xl/_rels/workbook.xml.rels"] = base["xl/_rels/workbook.xml.rels"].replace(
      "</Relationships>",
      `<Relationship Id="rT" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    );
    const flags = [
      flag("B1", 0, 1),
      flag("C1", 0, 2),
      flag("A2", 1, 0),
      flag("A5", 4, 0),
      { ...flag("B2", 1, 1), sheet: "空" },
    ];
    const { copy, check } = await roundTrip(base, flags);
    expect(check.problems).toEqual([]);
    const sheet = (await import("../support/package-diff"))
      .zipPartsOf(copy)
      .get("xl/worksheets/sheet1.xml")!
      .toString("utf8");
    // The note's drawing goes before the extension list, as the schema orders them; new elements carry the prefix.
    expect(sheet).toMatch(/<\/x:sheetData><x:legacyDrawing [^>]*\/><x:extLst>/);
    expect(sheet).toMatch(/<x:c s="\d+"><x:v>1<\/x:v><\/x:c><x:c r="C1" s="\d+"\/><\/x:row>/);
    expect(sheet).toMatch(/<x:row r="5"><x:c r="A5" s="\d+"\/><\/x:row><\/x:sheetData>/);
  });

  it("a package without a styles part gets one; a UTF-16 workbook part stays UTF-16", async () => {
    const parts = minimalPackage([
      { name: "表", xml: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>' },
    ]);
    const file = path.join(dir, "utf16.xlsx");
    const wb = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(
        parts["xl/workbook.xml"].replace('<?xml version="1.0"?>', '<?xml version="1.0" encoding="UTF-16"?>'),
        "utf16le",
      ),
    ]);
    const entries = Object.entries(parts).map(([name, text]) => {
      const data = name === "xl/workbook.xml" ? wb : Buffer.from(text, "utf8");
      return { name, data, crc32: crc32(data) };
    });
    const original = storedZip(entries);
    fs.writeFileSync(file, original);
    const flags = [flag("A1", 0, 0)];
    const copy = patchPackage(openZip(file), {
      flags,
      sheets: [findingsSheet([], { locale: "zh-CN", unit: "元" })],
      markSheet: 0,
    });
    const check = await checkCopy(original, copy, flags, 1);
    expect(check.problems).toEqual([]);
    expect(check.added).toContain("xl/styles.xml");
    const copied = (await import("../support/package-diff")).zipPartsOf(copy).get("xl/workbook.xml")!;
    expect([copied[0], copied[1]]).toEqual([0xff, 0xfe]);
  });
});
