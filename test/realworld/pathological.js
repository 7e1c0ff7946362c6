#!/usr/bin/env node
"use strict";
/**
 * Crafted (pathological) xlsx workbooks, generated in memory, deterministic, Node built-ins only.
 *
 *   const { pathologicalWorkbooks } = require("./pathological.js");
 *   for (const { name, description, bytes, expect } of pathologicalWorkbooks()) { ... }
 *
 *   node test/realworld/pathological.js <outdir>                 writes <outdir>/<name>.xlsx and index.json
 *   node test/realworld/pathological.js <outdir> --libreoffice   also converts each with
 *        `prlimit --as=4294967296 timeout 60 soffice --headless --convert-to "csv:Text - txt - csv (StarCalc):44,34,76,1"
 *        --outdir <outdir>/csv <file>` (UTF-8 csv of the first sheet) and prints whether
 *        LibreOffice agrees with `expect` (this is how the LIBREOFFICE table below was filled in).
 *
 * Every variant starts from the same minimal budget workbook: one sheet "预算表" with the header
 * 序号/名称/数量/单价/金额 and three lines (金额 = 数量 × 单价 as formulas with cached values), shared strings,
 * a styles part with a date format (xf 1 = numFmtId 14, xf 4 = [h]:mm:ss) and docProps.
 *
 * `expect` is what a robust reader should conclude: "readable" = the budget cells can be read (the odd part
 * may be ignored), "unreadable" = the reader should refuse the file with an error (not crash, hang or blow up).
 */
const zlib = require("zlib");

// ------------------------------------------------------------------------------------------- zip writer
const CRC_TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();
function crc32(buf) {
  if (typeof zlib.crc32 === "function") return zlib.crc32(buf) >>> 0;
  let c = -1;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

/**
 * entries: [{ name, data: Buffer|string, store?: true, raw?: {bytes, crc, size} }] -> zip Buffer.
 * `raw` writes the given bytes as the deflated data with the given crc/size (to fake a damaged entry).
 * Fixed timestamps (1980-01-01) and compression level keep the output byte-identical between runs.
 */
function zip(entries) {
  const locals = [];
  const central = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    let method, comp, crc, size;
    if (e.raw) {
      method = 8;
      comp = e.raw.bytes;
      crc = e.raw.crc;
      size = e.raw.size;
    } else {
      const data = Buffer.isBuffer(e.data) ? e.data : Buffer.from(e.data, "utf8");
      crc = crc32(data);
      size = data.length;
      if (e.store) {
        method = 0;
        comp = data;
      } else {
        method = 8;
        comp = zlib.deflateRawSync(data, { level: 6 });
      }
    }
    const flags = /[^\x20-\x7e]/.test(e.name) ? 0x0800 : 0; // UTF-8 names
    const lh = Buffer.alloc(30);
    lh.writeUInt32LE(0x04034b50, 0);
    lh.writeUInt16LE(20, 4);
    lh.writeUInt16LE(flags, 6);
    lh.writeUInt16LE(method, 8);
    lh.writeUInt16LE(0, 10);
    lh.writeUInt16LE(0x21, 12); // 1980-01-01 00:00
    lh.writeUInt32LE(crc, 14);
    lh.writeUInt32LE(comp.length, 18);
    lh.writeUInt32LE(size, 22);
    lh.writeUInt16LE(name.length, 26);
    lh.writeUInt16LE(0, 28);
    const ch = Buffer.alloc(46);
    ch.writeUInt32LE(0x02014b50, 0);
    ch.writeUInt16LE(20, 4);
    ch.writeUInt16LE(20, 6);
    ch.writeUInt16LE(flags, 8);
    ch.writeUInt16LE(method, 10);
    ch.writeUInt16LE(0, 12);
    ch.writeUInt16LE(0x21, 14);
    ch.writeUInt32LE(crc, 16);
    ch.writeUInt32LE(comp.length, 20);
    ch.writeUInt32LE(size, 24);
    ch.writeUInt16LE(name.length, 28);
    ch.writeUInt32LE(offset, 42);
    locals.push(lh, name, comp);
    central.push(ch, name);
    offset += 30 + name.length + comp.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

// ------------------------------------------------------------------------------------------- workbook model
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RNS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";
const RT = (t) => `${RNS}/${t}`;
const CT = {
  workbook: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  chartsheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml",
  sst: "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  core: "application/vnd.openxmlformats-package.core-properties+xml",
  app: "application/vnd.openxmlformats-officedocument.extended-properties+xml",
};
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const HEADER = ["序号", "名称", "数量", "单价", "金额"];
const LINES = [
  [1, "服务器", 2, 35000],
  [2, "数据库软件", 1, 120000],
  [3, "运维服务", 12, 8000],
];

/** Cell xml. o: {t, s, v, f, fAttrs, is, noRef} */
function c(ref, o) {
  const attrs = (o.noRef ? "" : ` r="${ref}"`) + (o.s != null ? ` s="${o.s}"` : "") + (o.t ? ` t="${o.t}"` : "");
  const f = o.f != null || o.fAttrs ? `<f${o.fAttrs || ""}${o.f == null ? "/>" : `>${esc(o.f)}</f>`}` : "";
  const v = o.v != null ? `<v>${esc(o.v)}</v>` : "";
  const is = o.is != null ? `<is>${o.is}</is>` : "";
  return `<c${attrs}>${f}${v}${is}</c>`;
}
const row = (r, cells, o = {}) => `<row${o.noRef ? "" : ` r="${r}"`}${o.attrs || ""}>${cells.join("")}</row>`;

/**
 * The base budget rows. opts.strings: "shared" (default) | "inline"; opts.noCellRefs / opts.noRowRefs drop r=;
 * opts.sharedFormula: the 金额 column as one shared formula with the given ref.
 */
function budgetRows(opts = {}) {
  const strings = [];
  const str = (ref, text) => {
    if (opts.strings === "inline") return c(ref, { t: "inlineStr", is: `<t>${esc(text)}</t>`, noRef: opts.noCellRefs });
    let i = strings.indexOf(text);
    if (i < 0) {
      strings.push(text);
      i = strings.length - 1;
    }
    return c(ref, { t: "s", v: i, noRef: opts.noCellRefs });
  };
  const num = (ref, v, o = {}) => c(ref, { v, noRef: opts.noCellRefs, ...o });
  const rows = [
    row(
      1,
      HEADER.map((h, i) => str(`${"ABCDE"[i]}1`, h)),
      { noRef: opts.noRowRefs },
    ),
  ];
  LINES.forEach(([n, name, qty, price], i) => {
    const r = i + 2;
    let fo = { f: `C${r}*D${r}` };
    if (opts.sharedFormula)
      fo =
        i === 0
          ? { f: `C${r}*D${r}`, fAttrs: ` t="shared" ref="${opts.sharedFormula}" si="0"` }
          : { fAttrs: ' t="shared" si="0"' };
    rows.push(
      row(
        r,
        [
          num(`A${r}`, n),
          str(`B${r}`, name),
          num(`C${r}`, qty),
          num(`D${r}`, price, { s: 3 }),
          num(`E${r}`, qty * price, { s: 3, ...fo }),
        ],
        { noRef: opts.noRowRefs },
      ),
    );
  });
  return { rows, strings };
}

function sheetXml(o = {}) {
  return (
    DECL +
    `<worksheet xmlns="${MAIN}" xmlns:r="${RNS}">` +
    `<dimension ref="${o.dim || "A1:E4"}"/>` +
    `<sheetViews><sheetView workbookViewId="0"${o.selected === false ? "" : ' tabSelected="1"'}/></sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15"/><cols><col min="2" max="2" width="14" customWidth="1"/></cols>' +
    `<sheetData>${(o.rows || []).join("")}</sheetData>` +
    (o.mergeCells || "") +
    (o.cf || "") +
    (o.dv || "") +
    (o.hyperlinks || "") +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    (o.drawing || "") +
    "</worksheet>"
  );
}

function sstXml(strings) {
  return (
    DECL +
    `<sst xmlns="${MAIN}" count="${strings.length}" uniqueCount="${strings.length}">` +
    strings.map((s) => `<si><t${/^\s|\s$/.test(s) ? ' xml:space="preserve"' : ""}>${esc(s)}</t></si>`).join("") +
    "</sst>"
  );
}

const STYLES =
  DECL +
  `<styleSheet xmlns="${MAIN}">` +
  '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd\\ hh:mm"/></numFmts>' +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="46" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '<dxfs count="1"><dxf><font><b/><color rgb="FFFF0000"/></font></dxf></dxfs>' +
  "</styleSheet>";

const CORE =
  DECL +
  '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
  'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
  'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>budget-ruler test</dc:creator>' +
  '<dcterms:created xsi:type="dcterms:W3CDTF">2024-01-01T00:00:00Z</dcterms:created></cp:coreProperties>';
const APP =
  DECL +
  '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">' +
  "<Application>budget-ruler pathological.js</Application></Properties>";

/**
 * Assembles a package. book: {
 *   sheets: [{ name, xml, kind?: "worksheet"|"chartsheet", part?, state?, rels?: [{id, type, target, external?}] }],
 *   strings?: string[] | sstXml?: string | Buffer, styles?, activeTab?, absoluteTargets?, parts?: [{name, data, type?}],
 *   rootRels?: extra package relationships xml, defaults?: {ext: type}, entries?: (list) => list }
 */
function build(book) {
  const parts = []; // {name, data, type}
  const wbRels = [];
  const sheetsXml = [];
  book.sheets.forEach((s, i) => {
    const kind = s.kind || "worksheet";
    const part = s.part || `xl/${kind}s/sheet${i + 1}.xml`;
    const rid = `rId${i + 1}`;
    wbRels.push({ id: rid, type: RT(kind), target: part });
    sheetsXml.push(
      `<sheet name="${esc(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="${rid}"/>`,
    );
    parts.push({ name: part, data: s.xml, type: CT[kind] });
    if (s.rels) parts.push({ name: relsName(part), data: relsXml(s.rels) });
  });
  let n = book.sheets.length;
  wbRels.push({ id: `rId${++n}`, type: RT("styles"), target: "xl/styles.xml" });
  parts.push({ name: "xl/styles.xml", data: book.styles || STYLES, type: CT.styles });
  if (book.strings || book.sstXml) {
    wbRels.push({ id: `rId${++n}`, type: RT("sharedStrings"), target: "xl/sharedStrings.xml" });
    parts.push({ name: "xl/sharedStrings.xml", data: book.sstXml || sstXml(book.strings), type: CT.sst });
  }
  const wb =
    DECL +
    `<workbook xmlns="${MAIN}" xmlns:r="${RNS}">` +
    `<bookViews><workbookView activeTab="${book.activeTab || 0}"/></bookViews>` +
    `<sheets>${sheetsXml.join("")}</sheets><calcPr calcId="191029"/></workbook>`;
  const target = (p) => (book.absoluteTargets ? "/" + p : p.replace(/^xl\//, ""));
  parts.unshift(
    { name: "xl/workbook.xml", data: wb, type: CT.workbook },
    { name: "xl/_rels/workbook.xml.rels", data: relsXml(wbRels.map((r) => ({ ...r, target: target(r.target) }))) },
  );
  parts.push(
    { name: "docProps/core.xml", data: CORE, type: CT.core },
    { name: "docProps/app.xml", data: APP, type: CT.app },
  );
  for (const p of book.parts || []) parts.push(p);
  const rootRels = [
    { id: "rId1", type: RT("officeDocument"), target: book.absoluteTargets ? "/xl/workbook.xml" : "xl/workbook.xml" },
    { id: "rId2", type: `${PKG}/metadata/core-properties`, target: "docProps/core.xml" },
    { id: "rId3", type: RT("extended-properties"), target: "docProps/app.xml" },
    ...(book.rootRels || []),
  ];
  const defaults = {
    rels: "application/vnd.openxmlformats-package.relationships+xml",
    xml: "application/xml",
    ...(book.defaults || {}),
  };
  const ct =
    DECL +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    Object.entries(defaults)
      .map(([e, t]) => `<Default Extension="${e}" ContentType="${t}"/>`)
      .join("") +
    parts
      .filter((p) => p.type)
      .map((p) => `<Override PartName="/${esc(p.name)}" ContentType="${p.type}"/>`)
      .join("") +
    "</Types>";
  let list = [
    { name: "[Content_Types].xml", data: ct },
    { name: "_rels/.rels", data: relsXml(rootRels) },
    ...parts.map((p) => ({ name: p.name, data: p.data, raw: p.raw })),
  ];
  if (book.transform)
    list = list.map((e) => (e.raw || Buffer.isBuffer(e.data) ? e : { ...e, data: book.transform(e.name, e.data) }));
  return zip(list);
}
function relsName(part) {
  const i = part.lastIndexOf("/");
  return `${part.slice(0, i)}/_rels/${part.slice(i + 1)}.rels`;
}
function relsXml(rels) {
  return (
    DECL +
    `<Relationships xmlns="${PKG}">` +
    rels
      .map(
        (r) =>
          `<Relationship Id="${r.id}" Type="${r.type}" Target="${esc(r.target)}"${r.external ? ' TargetMode="External"' : ""}/>`,
      )
      .join("") +
    "</Relationships>"
  );
}

/** The base book, with optional tweaks: rowsOpts for budgetRows, sheet options, extra rows. */
function budgetBook(o = {}) {
  const { rows, strings } = budgetRows(o.rowsOpts || {});
  if (o.moreRows) rows.push(...o.moreRows(strings));
  return {
    strings: o.rowsOpts && o.rowsOpts.strings === "inline" ? null : strings,
    sheets: [{ name: "预算表", xml: sheetXml({ rows, ...(o.sheet || {}) }), rels: o.sheetRels }],
  };
}
// ------------------------------------------------------------------------------------------- transforms
/** Puts every SpreadsheetML element of the main parts under the x: prefix (as the Open XML SDK writes). */
function prefixX(name, xml) {
  if (!/^xl\/(workbook|styles|sharedStrings|worksheets\/[^/]+)\.xml$/.test(name)) return xml;
  return xml.replace(`xmlns="${MAIN}"`, `xmlns:x="${MAIN}"`).replace(/<(\/?)([A-Za-z][\w.-]*)(?=[\s/>])/g, "<$1x:$2");
}
/** Strict Open XML: purl.oclc.org namespaces and relationship types, conformance="strict". */
function strict(_name, xml) {
  return xml
    .replace(
      /http:\/\/schemas\.openxmlformats\.org\/spreadsheetml\/2006\/main/g,
      "http://purl.oclc.org/ooxml/spreadsheetml/main",
    )
    .replace(
      /http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships\/extended-properties/g,
      "http://purl.oclc.org/ooxml/officeDocument/relationships/extendedProperties",
    )
    .replace(
      /http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/extended-properties/g,
      "http://purl.oclc.org/ooxml/officeDocument/extendedProperties",
    )
    .replace(
      /http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships/g,
      "http://purl.oclc.org/ooxml/officeDocument/relationships",
    )
    .replace(/http:\/\/schemas\.openxmlformats\.org\/drawingml\/2006\//g, "http://purl.oclc.org/ooxml/drawingml/")
    .replace(/<workbook (xmlns="[^"]*")/, '<workbook $1 conformance="strict"');
}

// ------------------------------------------------------------------------------------------- chart parts
const CHART =
  DECL +
  '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="' +
  RNS +
  '"><c:chart><c:plotArea><c:layout/>' +
  '<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/>' +
  "<c:tx><c:strRef><c:f>预算表!$E$1</c:f></c:strRef></c:tx>" +
  "<c:cat><c:strRef><c:f>预算表!$B$2:$B$4</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>预算表!$E$2:$E$4</c:f></c:numRef></c:val></c:ser>" +
  '<c:axId val="1"/><c:axId val="2"/></c:barChart>' +
  '<c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="b"/><c:crossAx val="2"/></c:catAx>' +
  '<c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="l"/><c:crossAx val="1"/></c:valAx>' +
  "</c:plotArea></c:chart></c:chartSpace>";
const DRAWING =
  DECL +
  '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:absoluteAnchor><xdr:pos x="0" y="0"/>' +
  '<xdr:ext cx="8000000" cy="5000000"/><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Chart 1"/>' +
  '<xdr:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></xdr:cNvGraphicFramePr></xdr:nvGraphicFramePr>' +
  '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic>' +
  '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
  `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${RNS}" r:id="rId1"/>` +
  "</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:absoluteAnchor></xdr:wsDr>";

// ------------------------------------------------------------------------------------------- variants
const colName = (n) => {
  let s = "";
  for (n++; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

const VARIANTS = [
  [
    "base",
    "Valid minimal workbook: sheet 预算表, header 序号/名称/数量/单价/金额 and three lines, 金额 as formulas with cached values.",
    "readable",
    () => build(budgetBook()),
  ],
  [
    "dv-whole-sheet",
    'One list data validation with sqref="A1:XFD1048576" (the whole sheet).',
    "readable",
    () =>
      build(
        budgetBook({
          sheet: {
            dv: '<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="A1:XFD1048576"><formula1>"服务器,软件,服务"</formula1></dataValidation></dataValidations>',
          },
        }),
      ),
  ],
  [
    "dv-twenty-whole-columns",
    "Twenty data validations, each on a whole column (A1:A1048576 … T1:T1048576).",
    "readable",
    () =>
      build(
        budgetBook({
          sheet: {
            dv: `<dataValidations count="20">${Array.from({ length: 20 }, (_, i) => `<dataValidation type="decimal" operator="greaterThanOrEqual" allowBlank="1" sqref="${colName(i)}1:${colName(i)}1048576"><formula1>0</formula1></dataValidation>`).join("")}</dataValidations>`,
          },
        }),
      ),
  ],
  [
    "merge-whole-column",
    "One merge over the whole column A (A1:A1048576); the 序号 values below A1 are still stored.",
    "readable",
    () =>
      build(
        budgetBook({
          sheet: { mergeCells: '<mergeCells count="1"><mergeCell ref="A1:A1048576"/></mergeCells>' },
        }),
      ),
  ],
  [
    "merge-whole-sheet",
    "One merge over the whole sheet (A1:XFD1048576).",
    "readable",
    () =>
      build(
        budgetBook({
          sheet: { mergeCells: '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>' },
        }),
      ),
  ],
  [
    "merges-50000",
    "50,000 small two-cell merges (A10:B10 … A50009:B50009) below the budget.",
    "readable",
    () => {
      const m = [];
      for (let r = 10; r < 50010; r++) m.push(`<mergeCell ref="A${r}:B${r}"/>`);
      return build(budgetBook({ sheet: { mergeCells: `<mergeCells count="${m.length}">${m.join("")}</mergeCells>` } }));
    },
  ],
  [
    "cf-whole-sheet",
    'Conditional formatting with sqref="A:XFD" (whole-column shorthand covering the sheet).',
    "readable",
    () =>
      build(
        budgetBook({
          sheet: {
            cf: '<conditionalFormatting sqref="A:XFD"><cfRule type="cellIs" dxfId="0" priority="1" operator="greaterThan"><formula>100000</formula></cfRule></conditionalFormatting>',
          },
        }),
      ),
  ],
  [
    "hyperlink-whole-column",
    "An external hyperlink whose ref is the whole column B (B1:B1048576).",
    "readable",
    () =>
      build(
        budgetBook({
          sheet: { hyperlinks: '<hyperlinks><hyperlink ref="B1:B1048576" r:id="rId1"/></hyperlinks>' },
          sheetRels: [{ id: "rId1", type: RT("hyperlink"), target: "https://example.com/budget", external: true }],
        }),
      ),
  ],
  [
    "dimension-whole-sheet",
    '<dimension ref="A1:XFD1048576"/> on a sheet holding A1:E4.',
    "readable",
    () =>
      build(
        budgetBook({
          sheet: { dim: "A1:XFD1048576" },
        }),
      ),
  ],
  [
    "shared-formula-whole-column",
    "金额 as one shared formula (C2*D2) whose ref is E2:E1048576; E3, E4 reference it by si.",
    "readable",
    () =>
      build(
        budgetBook({
          rowsOpts: { sharedFormula: "E2:E1048576" },
        }),
      ),
  ],
  [
    "error-under-date-format",
    'F5 = E2/0 with cached error #DIV/0! (t="e") under a date number format (numFmtId 14).',
    "readable",
    () =>
      build(
        budgetBook({
          moreRows: () => [row(5, [c("F5", { s: 1, t: "e", f: "E2/0", v: "#DIV/0!" })])],
          sheet: { dim: "A1:F5" },
        }),
      ),
  ],
  [
    "huge-number-under-date-format",
    "The number 1e12 in F5 (numFmtId 14) and G5 (yyyy-mm-dd hh:mm) formatted as dates (far beyond 9999-12-31).",
    "readable",
    () =>
      build(
        budgetBook({
          moreRows: () => [row(5, [c("F5", { s: 1, v: "1000000000000" }), c("G5", { s: 2, v: "1E+12" })])],
          sheet: { dim: "A1:G5" },
        }),
      ),
  ],
  [
    "t-d-duration",
    'A t="d" cell (F5) holding the ISO 8601 duration PT0H11M0.000S (not a date) under [h]:mm:ss.',
    "readable",
    () =>
      build(
        budgetBook({
          moreRows: () => [row(5, [c("F5", { s: 4, t: "d", v: "PT0H11M0.000S" })])],
          sheet: { dim: "A1:F5" },
        }),
      ),
  ],
  [
    "t-d-iso-date",
    't="d" cells holding the ISO dates 2023-05-17T00:00:00 (F5) and 2023-05-17 (G5) under a date format.',
    "readable",
    () =>
      build(
        budgetBook({
          moreRows: () => [
            row(5, [c("F5", { s: 1, t: "d", v: "2023-05-17T00:00:00" }), c("G5", { s: 1, t: "d", v: "2023-05-17" })]),
          ],
          sheet: { dim: "A1:G5" },
        }),
      ),
  ],
  [
    "prefixed-markup",
    "Every SpreadsheetML element of workbook, sheet, shared strings and styles under the x: prefix (xmlns:x=…), as the Open XML SDK writes.",
    "readable",
    () =>
      build({
        ...budgetBook(),
        transform: prefixX,
      }),
  ],
  [
    "strict-ooxml",
    'Strict Open XML: purl.oclc.org/ooxml namespaces and relationship types, workbook conformance="strict".',
    "readable",
    () =>
      build({
        ...budgetBook(),
        transform: strict,
      }),
  ],
  [
    "huge-shared-string-20mb",
    'One 20 MB shared string ("预算明细 budget line " repeated) in B5.',
    "readable",
    () => {
      const b = budgetBook({ moreRows: (s) => [row(5, [c("B5", { t: "s", v: s.length })])], sheet: { dim: "A1:E5" } });
      const piece = Buffer.from("预算明细 budget line ", "utf8");
      const big = Buffer.alloc(20 * 1024 * 1024 - ((20 * 1024 * 1024) % piece.length));
      big.fill(piece);
      const sst = sstXml(b.strings).replace(/<\/sst>$/, "");
      b.sstXml = Buffer.concat([
        Buffer.from(
          sst.replace(
            /count="\d+" uniqueCount="\d+"/,
            `count="${b.strings.length + 1}" uniqueCount="${b.strings.length + 1}"`,
          ),
        ),
        Buffer.from("<si><t>"),
        big,
        Buffer.from("</t></si></sst>"),
      ]);
      b.strings = null;
      return build(b);
    },
  ],
  [
    "shared-strings-100000",
    "100,000 distinct shared strings, each used once in column B of rows 5..100004.",
    "readable",
    () => {
      const b = budgetBook({
        moreRows: (s) => {
          const out = [];
          for (let i = 0; i < 100000; i++)
            out.push(`<row r="${i + 5}"><c r="B${i + 5}" t="s"><v>${s.push(`明细${i}`) - 1}</v></c></row>`);
          return out;
        },
        sheet: { dim: "A1:E100004" },
      });
      return build(b);
    },
  ],
  [
    "deep-nesting-100000",
    "An inline-string cell B5 whose <is> holds an element nested 100,000 levels deep (<d><d>…<t>深</t>…</d></d>).",
    "readable",
    () =>
      build(
        budgetBook({
          moreRows: () => [
            row(5, [`<c r="B5" t="inlineStr"><is>${"<d>".repeat(100000)}<t>深</t>${"</d>".repeat(100000)}</is></c>`]),
          ],
          sheet: { dim: "A1:E5" },
        }),
      ),
  ],
  [
    "billion-laughs",
    "sharedStrings.xml starts with a DOCTYPE declaring the nested-entity 'billion laughs' (&lol9; ≈ 10^9 \"lol\") and uses &lol9; in a string. " +
      "Expected readable, as LibreOffice reads it: OPC (ECMA-376 Part 2) does not allow DTD declarations in package XML, so the DTD is dropped and " +
      "the entity is never expanded — the string reads without it, and the budget cells are read.",
    "readable",
    () => {
      const b = budgetBook({ moreRows: (s) => [row(5, [c("B5", { t: "s", v: s.length })])], sheet: { dim: "A1:E5" } });
      let dtd = '<!DOCTYPE sst [<!ENTITY lol "lol">';
      dtd += '<!ENTITY lol1 "' + "&lol;".repeat(10) + '">';
      for (let i = 2; i <= 9; i++) dtd += `<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`;
      dtd += "]>\n";
      b.sstXml = sstXml(b.strings)
        .replace(DECL, DECL + dtd)
        .replace("</sst>", "<si><t>&lol9;</t></si></sst>")
        .replace(
          /count="\d+" uniqueCount="\d+"/,
          `count="${b.strings.length + 1}" uniqueCount="${b.strings.length + 1}"`,
        );
      b.strings = null;
      return build(b);
    },
  ],
  [
    "damaged-thumbnail",
    "docProps/thumbnail.jpeg (referenced from _rels/.rels) stored as deflate data that cannot be inflated (reserved block type); every other part is fine.",
    "readable",
    () =>
      build({
        ...budgetBook(),
        defaults: { jpeg: "image/jpeg" },
        rootRels: [{ id: "rId4", type: `${PKG}/metadata/thumbnail`, target: "docProps/thumbnail.jpeg" }],
        parts: [
          { name: "docProps/thumbnail.jpeg", raw: { bytes: Buffer.alloc(64, 0xff), crc: 0x12345678, size: 2048 } },
        ],
      }),
  ],
  [
    "truncated-half",
    "The base workbook cut to half its bytes (no central directory).",
    "unreadable",
    () => {
      const full = build(budgetBook());
      return Buffer.from(full.subarray(0, Math.floor(full.length / 2)));
    },
  ],
  [
    "sheet-part-renamed",
    "The sheet part is xl/worksheets/budget_2023.xml (not sheetN.xml), found only through workbook.xml.rels.",
    "readable",
    () => {
      const b = budgetBook();
      b.sheets[0].part = "xl/worksheets/budget_2023.xml";
      return build(b);
    },
  ],
  [
    "sheet-part-name-with-space",
    'The sheet part is the zip entry "xl/worksheets/Budget Sheet.xml", referenced with a literal space (Target="worksheets/Budget Sheet.xml", ' +
      'Override PartName="/xl/worksheets/Budget Sheet.xml") as some non-Excel writers do; a space is not valid in an OPC part name, but readers tolerate it.',
    "readable",
    () => {
      const b = budgetBook();
      b.sheets[0].part = "xl/worksheets/Budget Sheet.xml";
      return build(b);
    },
  ],
  [
    "absolute-rel-targets",
    'Every relationship target is an absolute part name (Target="/xl/worksheets/sheet1.xml", "/xl/workbook.xml" …).',
    "readable",
    () =>
      build({
        ...budgetBook(),
        absoluteTargets: true,
      }),
  ],
  [
    "chartsheet",
    "A worksheet 预算表 plus a chartsheet 图表 (bar chart of 金额) as the second sheet.",
    "readable",
    () => {
      const b = budgetBook();
      b.sheets.push({
        name: "图表",
        kind: "chartsheet",
        rels: [{ id: "rId1", type: RT("drawing"), target: "../drawings/drawing1.xml" }],
        xml:
          DECL +
          `<chartsheet xmlns="${MAIN}" xmlns:r="${RNS}"><sheetPr/><sheetViews><sheetView workbookViewId="0"/></sheetViews>` +
          '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><drawing r:id="rId1"/></chartsheet>',
      });
      b.parts = [
        { name: "xl/drawings/drawing1.xml", data: DRAWING, type: CT.drawing },
        {
          name: "xl/drawings/_rels/drawing1.xml.rels",
          data: relsXml([{ id: "rId1", type: RT("chart"), target: "../charts/chart1.xml" }]),
        },
        { name: "xl/charts/chart1.xml", data: CHART, type: CT.chart },
      ];
      return build(b);
    },
  ],
  [
    "very-hidden-first-sheet",
    'The first sheet "_calc" is state="veryHidden" (holds a number); 预算表 is the second, visible, active sheet.',
    "readable",
    () => {
      const b = budgetBook();
      b.sheets.unshift({
        name: "_calc",
        state: "veryHidden",
        xml: sheetXml({ rows: [row(1, [c("A1", { v: 42 })])], dim: "A1", selected: false }),
      });
      b.activeTab = 1;
      return build(b);
    },
  ],
  [
    "cells-without-r",
    "No <c> element has an r attribute (positions implied by order).",
    "readable",
    () => build(budgetBook({ rowsOpts: { noCellRefs: true } })),
  ],
  [
    "rows-without-r",
    "No <row> element has an r attribute (cells keep theirs).",
    "readable",
    () => build(budgetBook({ rowsOpts: { noRowRefs: true } })),
  ],
  [
    "inline-strings",
    'Every text cell is t="inlineStr" with <is><t>…</t></is>; no sharedStrings part.',
    "readable",
    () => build(budgetBook({ rowsOpts: { strings: "inline" } })),
  ],
  [
    "t-str-formula",
    'F5:F7 are formula strings (t="str", B2&"-"&A2 … with cached text).',
    "readable",
    () =>
      build(
        budgetBook({
          moreRows: () =>
            LINES.map(([n, name], i) =>
              row(i + 5, [c(`F${i + 5}`, { t: "str", f: `B${i + 2}&"-"&A${i + 2}`, v: `${name}-${n}` })]),
            ),
          sheet: { dim: "A1:F7" },
        }),
      ),
  ],
  [
    "t-e-errors",
    'Error cells (t="e") without formulas: #N/A #REF! #VALUE! #NAME? #NUM! #NULL! #DIV/0! #GETTING_DATA.',
    "readable",
    () =>
      build(
        budgetBook({
          moreRows: () => [
            row(
              5,
              ["#N/A", "#REF!", "#VALUE!", "#NAME?", "#NUM!", "#NULL!", "#DIV/0!", "#GETTING_DATA"].map((e, i) =>
                c(`${colName(i)}5`, { t: "e", v: e }),
              ),
            ),
          ],
          sheet: { dim: "A1:H5" },
        }),
      ),
  ],
  [
    "t-b-booleans",
    'Boolean cells (t="b") 1 and 0, one as a formula result (C2>1).',
    "readable",
    () =>
      build(
        budgetBook({
          moreRows: () => [
            row(5, [c("A5", { t: "b", v: 1 }), c("B5", { t: "b", v: 0 }), c("C5", { t: "b", f: "C2>1", v: 1 })]),
          ],
          sheet: { dim: "A1:E5" },
        }),
      ),
  ],
];

/**
 * What LibreOffice 7.4.7 (Debian 12, headless, `soffice --headless --convert-to csv`) made of each workbook, filled in
 * from `node pathological.js <dir> --libreoffice`: verdict, and whether the exported csv had cells.
 */
const LIBREOFFICE = {
  base: { verdict: "readable", hasCells: true },
  "dv-whole-sheet": { verdict: "readable", hasCells: true },
  "dv-twenty-whole-columns": { verdict: "readable", hasCells: true },
  "merge-whole-column": { verdict: "readable", hasCells: true },
  "merge-whole-sheet": { verdict: "readable", hasCells: true },
  "merges-50000": { verdict: "readable", hasCells: true },
  "cf-whole-sheet": { verdict: "readable", hasCells: true },
  "hyperlink-whole-column": { verdict: "readable", hasCells: true },
  "dimension-whole-sheet": { verdict: "readable", hasCells: true },
  "shared-formula-whole-column": { verdict: "readable", hasCells: true },
  "error-under-date-format": { verdict: "readable", hasCells: true, note: "F5 exported as #DIV/0!" },
  "huge-number-under-date-format": {
    verdict: "readable",
    hasCells: true,
    note: "1e12 under a date format is shown as #FMT",
  },
  "t-d-duration": { verdict: "readable", hasCells: true, note: "the duration is kept as the text PT0H11M0.000S" },
  "t-d-iso-date": { verdict: "readable", hasCells: true, note: "both exported as 5/17/2023" },
  "prefixed-markup": { verdict: "readable", hasCells: true },
  "strict-ooxml": { verdict: "readable", hasCells: true },
  "huge-shared-string-20mb": { verdict: "readable", hasCells: true, note: "the whole 20 MB string is exported" },
  "shared-strings-100000": { verdict: "readable", hasCells: true, note: "all 100,000 strings exported" },
  "deep-nesting-100000": {
    verdict: "readable",
    hasCells: true,
    note: "the budget is read; the deeply nested cell B5 comes out empty",
  },
  "billion-laughs": {
    verdict: "readable",
    hasCells: true,
    note: "the budget cells are read; the &lol9; string is dropped (entity not expanded)",
  },
  "damaged-thumbnail": { verdict: "readable", hasCells: true, note: "the bad thumbnail entry is ignored" },
  "truncated-half": { verdict: "unreadable", hasCells: false, note: '"source file could not be loaded"' },
  "sheet-part-renamed": { verdict: "readable", hasCells: true },
  "sheet-part-name-with-space": { verdict: "readable", hasCells: true },
  "absolute-rel-targets": { verdict: "readable", hasCells: true },
  chartsheet: { verdict: "readable", hasCells: true },
  "very-hidden-first-sheet": {
    verdict: "readable",
    hasCells: true,
    note: "it exports the veryHidden first sheet (42), not the active 预算表",
  },
  "cells-without-r": { verdict: "readable", hasCells: true },
  "rows-without-r": { verdict: "readable", hasCells: true },
  "inline-strings": { verdict: "readable", hasCells: true },
  "t-str-formula": { verdict: "readable", hasCells: true },
  "t-e-errors": { verdict: "readable", hasCells: true, note: "#GETTING_DATA becomes Err:509" },
  "t-b-booleans": { verdict: "readable", hasCells: true, note: "exported as TRUE/FALSE" },
};

/** @returns {{name: string, description: string, bytes: Buffer, expect: "readable"|"unreadable", libreoffice?: object}[]} */
function pathologicalWorkbooks() {
  return VARIANTS.map(([name, description, expect, make]) => {
    const lo = LIBREOFFICE[name];
    const loText = lo
      ? ` LibreOffice 7.4: ${lo.verdict}${lo.verdict === "readable" ? (lo.hasCells ? ", csv has cells" : ", csv empty") : ""}` +
        `${lo.note ? ` (${lo.note})` : ""} — ${(lo.verdict === "readable") === (expect === "readable") ? "agrees" : "disagrees"} with expect.`
      : "";
    return { name, description: description + loText, bytes: make(), expect, libreoffice: lo };
  });
}

module.exports = { pathologicalWorkbooks, zip, crc32 };

// ------------------------------------------------------------------------------------------- CLI
if (require.main === module) {
  const fs = require("fs");
  const path = require("path");
  const outDir = process.argv[2];
  if (!outDir) {
    console.error("usage: node pathological.js <outdir> [--libreoffice]");
    process.exit(2);
  }
  const t0 = Date.now();
  const books = pathologicalWorkbooks();
  const ms = Date.now() - t0;
  fs.mkdirSync(outDir, { recursive: true });
  const index = books.map((b) => {
    fs.writeFileSync(path.join(outDir, `${b.name}.xlsx`), b.bytes);
    return {
      name: b.name,
      file: `${b.name}.xlsx`,
      bytes: b.bytes.length,
      expect: b.expect,
      description: b.description,
    };
  });
  fs.writeFileSync(path.join(outDir, "index.json"), JSON.stringify(index, null, 1) + "\n");
  console.log(
    `${books.length} workbooks generated in ${ms} ms, heap ${(process.memoryUsage().rss / 1048576).toFixed(0)} MB rss`,
  );
  if (process.argv.includes("--libreoffice")) {
    const { spawnSync } = require("child_process");
    const csvDir = path.join(outDir, "csv");
    const profile = path.join(outDir, "lo-profile");
    const result = {};
    for (const b of books) {
      const csv = path.join(csvDir, `${b.name}.csv`);
      fs.rmSync(csv, { force: true });
      const t = Date.now();
      const r = spawnSync(
        "prlimit",
        [
          "--as=4294967296",
          "timeout",
          "-k",
          "10",
          "60",
          "soffice",
          `-env:UserInstallation=file://${path.resolve(profile)}`,
          "--headless",
          "--norestore",
          "--convert-to",
          "csv:Text - txt - csv (StarCalc):44,34,76,1",
          "--outdir",
          csvDir,
          path.join(outDir, `${b.name}.xlsx`),
        ],
        { encoding: "utf8" },
      );
      const verdict = fs.existsSync(csv) ? "readable" : r.status === 124 || r.status === 137 ? "timeout" : "unreadable";
      const text = verdict === "readable" ? fs.readFileSync(csv, "utf8") : "";
      result[b.name] = {
        verdict,
        exit: r.status,
        hasCells: /[^,"\s]/.test(text),
        seconds: (Date.now() - t) / 1000,
        csvHead: text.slice(0, 300),
      };
      console.log(
        `${b.name.padEnd(30)} expect ${b.expect.padEnd(10)} LibreOffice ${verdict.padEnd(10)} ${JSON.stringify(text.slice(0, 100))}`,
      );
    }
    fs.writeFileSync(path.join(outDir, "libreoffice.json"), JSON.stringify(result, null, 1) + "\n");
  }
}
