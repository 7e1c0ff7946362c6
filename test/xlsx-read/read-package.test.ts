import { readPackage } from "../../src/xlsx-read/read-snapshot";
import { XlsxReadError } from "../../src/xlsx-read/errors";
import { slideFormula } from "../../src/xlsx-read/shared-formula";
import { isDateFormat } from "../../src/core/snapshot/dates";
import { minimalPackage, partSource } from "../support/package-parts";

const LIMITS = { maxRows: 200_000, maxCells: 5_000_000 };
const read = (parts: Record<string, string | Uint8Array>, limits = LIMITS) =>
  readPackage(partSource(parts), "t.xlsx", limits);
const sheet = (xml: string, opts = {}) => read(minimalPackage([{ name: "表1", xml }], opts)).snapshot.sheets[0];

/** Styles: xf 0 General, 1 a date (14), 2 a custom date, 3 a money format, 4 a time of day. */
const STYLES =
  '<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/><numFmt numFmtId="165" formatCode="#,##0.00&quot;元&quot;"/></numFmts>' +
  '<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="20"/></cellXfs>';

describe("every cell has a reading, whatever its format claims", () => {
  it("an error result under a date format is the error value, not a failure", () => {
    const s = sheet('<sheetData><row r="1"><c r="A1" s="1" t="e"><f>1/0</f><v>#DIV/0!</v></c></row></sheetData>', {
      styles: STYLES,
    });
    expect(s.values).toEqual([["#DIV/0!"]]);
    expect(s.formulas).toEqual([["=1/0"]]);
  });

  it("a serial beyond 9999-12-31 under a date format stays the number", () => {
    const s = sheet(
      '<sheetData><row r="1"><c r="A1" s="1"><v>1000000000000</v></c><c r="B1" s="2"><v>-5</v></c><c r="C1" s="1"><v>45444</v></c></row></sheetData>',
      { styles: STYLES },
    );
    expect(s.values).toEqual([[1e12, -5, "2024-06-01"]]);
    expect(s.numberFormats?.[0]).toEqual(["mm-dd-yy", 'yyyy"年"m"月"d"日"', "mm-dd-yy"]);
  });

  it('an ISO-8601 duration in a t="d" cell is text; an ISO date is the date', () => {
    const s = sheet(
      '<sheetData><row r="1"><c r="A1" t="d"><v>PT0H11M0.000S</v></c><c r="B1" t="d"><v>2024-06-01T00:00:00</v></c><c r="C1" t="d"><v>not a date</v></c></row></sheetData>',
    );
    expect(s.values).toEqual([["PT0H11M0.000S", "2024-06-01", "not a date"]]);
  });

  it("a time-of-day format and a money format keep numbers; booleans, inline and formula strings read as such", () => {
    const s = sheet(
      '<sheetData><row r="1"><c r="A1" s="4"><v>0.5</v></c><c r="B1" s="3"><v>26000</v></c><c r="C1" t="b"><v>1</v></c>' +
        '<c r="D1" t="inlineStr"><is><t>服务器</t></is></c><c r="E1" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="F1"><v>abc</v></c><c r="G1"><v></v></c></row></sheetData>',
      { styles: STYLES },
    );
    expect(s.values).toEqual([[0.5, 26000, true, "服务器", "ab", "abc"]]);
  });

  it("shared strings: rich text runs joined, phonetic guides left out, _x000D_ decoded, an index out of range empty", () => {
    const parts = minimalPackage(
      [
        {
          name: "表1",
          xml: '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>9</v></c><c r="D1"><v>1</v></c></row></sheetData>',
        },
      ],
      { strings: [] },
    );
    parts["xl/sharedStrings.xml"] =
      '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><r><t>富</t></r><r><rPr><b/></rPr><t>文本</t></r><rPh sb="0" eb="1"><t>ふ</t></rPh></si><si><t>a_x000D_b</t></si></sst>';
    expect(read(parts).snapshot.sheets[0].values).toEqual([["富文本", "a\rb", null, 1]]);
  });
});

describe("work proportional to content, not to declared ranges", () => {
  it("a text longer than Excel lets a cell hold is read to Excel's 32,767 characters", () => {
    const huge = "预".repeat(100_000);
    const parts = minimalPackage(
      [
        {
          name: "表1",
          xml: `<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>${huge}</t></is></c></row></sheetData>`,
        },
      ],
      { strings: [huge] },
    );
    expect(read(parts).snapshot.sheets[0].values[0].map((v) => (v as string).length)).toEqual([32_767, 32_767]);
  });

  it("a merged whole column, a whole-sheet validation and a whole-sheet dimension cost nothing; merges are cut to the content", () => {
    const s = sheet(
      '<dimension ref="A1:XFD1048576"/><sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row><row r="3"><c r="B3"><v>3</v></c></row></sheetData>' +
        '<mergeCells count="2"><mergeCell ref="A1:A1048576"/><mergeCell ref="C1:XFD1048576"/></mergeCells>' +
        '<dataValidations count="1"><dataValidation type="whole" sqref="A1:XFD1048576"/></dataValidations>' +
        '<conditionalFormatting sqref="A:XFD"><cfRule type="expression" priority="1"><formula>TRUE</formula></cfRule></conditionalFormatting>',
    );
    expect(s.values).toEqual([
      [1, 2],
      [null, null],
      [null, 3],
    ]);
    expect(s.merges).toEqual([{ top: 0, left: 0, bottom: 2, right: 0 }]);
  });

  it("a value inside a merge (not its top-left) is dropped, as Excel shows it", () => {
    const s = sheet(
      '<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><v>3</v></c></row></sheetData><mergeCells><mergeCell ref="A1:B1"/></mergeCells>',
    );
    expect(s.values).toEqual([[1, null, 3]]);
  });

  it("styled empty cells far away do not widen the sheet; the row limit counts cells with content only", () => {
    const s = sheet(
      '<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576" s="3"/></row></sheetData>',
      { styles: STYLES },
    );
    expect(s.values).toEqual([[1]]);
    expect(() =>
      sheet(
        '<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="300000"><c r="A300000"><v>1</v></c></row></sheetData>',
      ),
    ).toThrow(expect.objectContaining({ code: "too-large", raise: { flag: "--max-rows", value: "1048576" } }));
  });

  it("cells far apart cost what they are, not the width between them: 20,000 rows with one cell at XFD are refused by the cell limit", () => {
    const rows = Array.from(
      { length: 20_000 },
      (_, i) => `<row r="${i + 1}"><c r="XFD${i + 1}"><v>1</v></c></row>`,
    ).join("");
    expect(() => sheet(`<sheetData>${rows}</sheetData>`)).toThrow(
      expect.objectContaining({ code: "too-large", raise: { flag: "--max-cells", value: String(20_000 * 16_384) } }),
    );
  });

  it("content over the cell limit is too-large, naming the flag", () => {
    const err = (() => {
      try {
        read(
          minimalPackage([
            {
              name: "宽",
              xml: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="400"><c r="XFD400"><v>1</v></c></row></sheetData>',
            },
          ]),
        );
      } catch (e) {
        return e as XlsxReadError;
      }
    })();
    expect(err).toBeInstanceOf(XlsxReadError);
    expect(err?.raise?.flag).toBe("--max-cells");
    expect(err?.zh).toContain("400 行 × 16384 列");
  });
});

describe("read what other writers write", () => {
  it("namespace-prefixed markup (Open XML SDK, ClosedXML) reads as the plain one", () => {
    const plain = minimalPackage(
      [
        {
          name: "预算",
          xml: '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>5</v></c></row></sheetData><mergeCells><mergeCell ref="A2:B2"/></mergeCells>',
        },
      ],
      { strings: ["名称"] },
    );
    const prefixed: Record<string, string> = {};
    for (const [k, v] of Object.entries(plain))
      prefixed[k] =
        k.endsWith(".rels") || k.startsWith("[")
          ? v
          : v
              .replace(
                /xmlns="http:\/\/schemas.openxmlformats.org\/spreadsheetml\/2006\/main"/,
                'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"',
              )
              .replace(/<(\/?)(?!\?)(\w+)/g, "<$1x:$2");
    expect(prefixed["xl/workbook.xml"]).toContain("<x:sheet ");
    expect(read(prefixed).snapshot).toEqual(read(plain).snapshot);
  });

  it("Strict Open XML relationship types and sheet parts with any name, absolute targets, upper-case names", () => {
    const STRICT = "http://purl.oclc.org/ooxml/officeDocument/relationships";
    const parts = {
      "_rels/.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="a" Type="${STRICT}/officeDocument" Target="/XL/Workbook.xml"/></Relationships>`,
      "xl/_rels/workbook.xml.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="s1" Type="${STRICT}/worksheet" Target="/xl/worksheets/Budget%20Sheet.xml"/><Relationship Id="c1" Type="${STRICT}/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>`,
      "xl/workbook.xml":
        '<workbook xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main" xmlns:r="http://purl.oclc.org/ooxml/officeDocument/relationships"><sheets><sheet name="图" sheetId="2" r:id="c1"/><sheet name="预算" sheetId="1" state="veryHidden" r:id="s1"/></sheets></workbook>',
      "xl/worksheets/Budget Sheet.xml":
        '<worksheet xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main"><sheetData><row><c><v>1</v></c><c><v>2</v></c></row><row><c t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>',
    };
    const got = read(parts);
    expect(got.otherSheets).toEqual(["图"]);
    expect(got.snapshot.sheets).toEqual([
      expect.objectContaining({
        name: "预算",
        hidden: true,
        values: [
          [1, 2],
          ["x", null],
        ],
      }),
    ]);
  });

  it("a DOCTYPE with an entity bomb is dropped, its entities left unexpanded; the rest of the workbook is read", () => {
    const parts = minimalPackage(
      [
        {
          name: "表1",
          xml: '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row></sheetData>',
        },
      ],
      { strings: ["x"] },
    );
    parts["xl/sharedStrings.xml"] =
      '<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>炸&c;弹</t></si><si><t>a &amp; b</t></si></sst>';
    expect(read(parts).snapshot.sheets[0].values).toEqual([["炸弹", "a & b"]]);
  });

  it("stray text before the root element is passed over", () => {
    const parts = minimalPackage([
      { name: "表1", xml: '<sheetData><row r="1"><c r="A1"><v>7</v></c></row></sheetData>' },
    ]);
    parts["xl/worksheets/sheet1.xml"] = parts["xl/worksheets/sheet1.xml"].replace("<worksheet", "foo\n<worksheet");
    expect(read(parts).snapshot.sheets[0].values).toEqual([[7]]);
  });

  it("a truncated worksheet is damaged, naming the part and the line, in words", () => {
    const parts = minimalPackage([
      { name: "表1", xml: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>' },
    ]);
    parts["xl/worksheets/sheet1.xml"] = parts["xl/worksheets/sheet1.xml"].slice(0, -40);
    let err: XlsxReadError | undefined;
    try {
      read(parts);
    } catch (e) {
      err = e as XlsxReadError;
    }
    expect(err).toMatchObject({ code: "corrupt-file", part: "xl/worksheets/sheet1.xml" });
    expect(err?.zh).toMatch(/xl\/worksheets\/sheet1\.xml 的 XML 在第 1 行/);
    expect(err?.en).not.toMatch(/TypeError|undefined|Cannot read/);
  });

  it("a workbook the listed sheet part of which is missing reads that sheet as empty", () => {
    const parts = minimalPackage([
      { name: "A", xml: "<sheetData/>" },
      { name: "B", xml: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>' },
    ]);
    delete (parts as Record<string, string>)["xl/worksheets/sheet1.xml"];
    expect(read(parts).snapshot.sheets.map((s) => [s.name, s.values])).toEqual([
      ["A", []],
      ["B", [[1]]],
    ]);
  });
});

describe("shared formulas read as Excel shows them in each cell", () => {
  it.each([
    ["A2*B2", "C2", "C5", "A5*B5"],
    ["$A$1+A2", "B2", "D4", "$A$1+C4"],
    ["SUM(A1:A9)+LOG10(B2)", "C1", "C2", "SUM(A2:A10)+LOG10(B3)"],
    ["明细表!E3*2", "F3", "F4", "明细表!E4*2"],
    ['"A1"&A1', "B1", "B2", '"A1"&A2'],
    ["'My Sheet'!$B3", "A1", "B2", "'My Sheet'!$B4"],
    ["A1", "B2", "A1", "#REF!"],
  ])("%s from %s to %s", (formula, from, to, expected) => {
    const pos = (a: string) => ({ row: Number(a.replace(/\D/g, "")), col: a.replace(/\d/g, "").charCodeAt(0) - 64 });
    expect(slideFormula(formula, pos(from), pos(to))).toBe(expected);
  });

  it("in a sheet: the master's formula slid to each dependent", () => {
    const s = sheet(
      '<sheetData><row r="1"><c r="A1"><v>2</v></c><c r="B1"><f t="shared" ref="B1:B3" si="0">A1*2</f><v>4</v></c></row><row r="2"><c r="A2"><v>3</v></c><c r="B2"><f t="shared" si="0"/><v>6</v></c></row></sheetData>',
    );
    expect(s.formulas).toEqual([
      [null, "=A1*2"],
      [null, "=A2*2"],
    ]);
  });
});

describe("which formats show dates", () => {
  it.each([
    ["yyyy-mm-dd", true],
    ["YYYY/MM/DD", true],
    ['yyyy"年"m"月"d"日"', true],
    ["[$-804]yyyy年m月", true],
    ["mmm-yy", true],
    ["d-mmm", true],
    ["h:mm", false],
    ["mm:ss", false],
    ["[h]:mm:ss", false],
    ["General", false],
    ["0.00", false],
    ['#,##0.00"元"', false],
    ["0.00E+00", false],
    ["[Red]#,##0", false],
    ["@", false],
    ['0.00" 万元"', false],
    ["#,##0_);[Red](#,##0)", false],
  ])("%s → %s", (fmt, date) => expect(isDateFormat(fmt)).toBe(date));
});
