#!/usr/bin/env node
"use strict";
/**
 * Rebuilds the real-world xlsx regression set in test/realworld/ (documentation, not run in CI).
 *
 *   node test/realworld/collect.js [extract|verdict|flags|manifest|curate|all]
 *
 * Environment (defaults in brackets):
 *   MIRRORS   directory of bare git snapshots named <owner>+<name>/repo   [/work/.mirror]
 *   WORK      scratch directory (raw files, LibreOffice output, full manifest) [/work/realworld]
 *   OUT       destination of the curated set                              [this file's directory]
 *   JOBS      parallel LibreOffice instances                               [2]
 *
 * Steps
 *   extract   every .xlsx/.xlsm/.xltx/.xltm under the listed folders of each snapshot (plus the two smallest
 *             .xls/.ods/.xlsb of each repository as negative cases), skipping blobs over 5 MB or absent from the
 *             snapshot, deduplicated by sha256, to $WORK/raw/<owner>+<name>/<path with "/" replaced by "__">.
 *   verdict   LibreOffice's verdict per file: `soffice --headless --convert-to csv --outdir <dir> <files…>` in
 *             batches (≤ 25 files / 4 MB, two instances with their own profiles), under `prlimit --as=4GiB
 *             --fsize=4GiB` and `timeout`; each file without a csv after its batch is retried alone under `timeout 60`.
 *             readable = a csv came out (hasCells: it holds more than separators); timeout = killed at 60 s;
 *             unreadable = no csv (error, crash). Cached by sha256 in $WORK/verdicts.json; OVERRIDES below.
 *   flags     cheap structural flags read from the zip (own central-directory reader + zlib; `unzip -tqq` for
 *             the zip integrity flag), writer guess from docProps/app.xml <Application>. Cached in $WORK/flags.json.
 *   manifest  $WORK/manifest.json (every extracted file, with `expect`: what a robust xlsx reader should conclude,
 *             see expectation()) and summary counts on stdout.
 *   curate    picks the regression set (every LibreOffice timeout, up to 30 unreadable files, then the smallest
 *             files for every flag, writer and repository, repositories round-robin, then small files up to 380,
 *             at most 12 MB), copies it to $OUT/files/<repo-short>--<basename> and writes $OUT/manifest.json.
 *
 * Requires git, unzip, prlimit (util-linux), coreutils `timeout` and LibreOffice (soffice) on PATH. Full run: about
 * 25 minutes on 2 cores (LibreOffice); re-runs reuse the caches.
 */
const fs = require("fs");
const path = require("path");
const crypto = require("crypto");
const zlib = require("zlib");
const { execFileSync, spawn, spawnSync } = require("child_process");

const MIRRORS = process.env.MIRRORS || "/work/.mirror";
const WORK = process.env.WORK || "/work/realworld";
const OUT = process.env.OUT || __dirname;
const JOBS = Number(process.env.JOBS || 2);
const MAX_BYTES = 5 * 1024 * 1024;

/** Repositories, the folders searched in each, and the licence of the repository (from its LICENSE file). */
const REPOS = [
  {
    repo: "jmcnamara/XlsxWriter",
    short: "xlsxwriter",
    license: "BSD-2-Clause",
    under: ["xlsxwriter/test/comparison/"],
  },
  { repo: "jmcnamara/rust_xlsxwriter", short: "rxlsxwriter", license: "MIT OR Apache-2.0", under: ["tests/input/"] },
  { repo: "apache/poi", short: "poi", license: "Apache-2.0", under: ["test-data/"] },
  {
    repo: "ClosedXML/ClosedXML",
    short: "closedxml",
    license: "MIT",
    under: ["ClosedXML.Tests/", "ClosedXML.Sandbox/"],
  },
  { repo: "PHPOffice/PhpSpreadsheet", short: "phpspreadsheet", license: "MIT", under: ["tests/", "samples/"] },
  { repo: "ExcelDataReader/ExcelDataReader", short: "edr", license: "MIT", under: ["src/TestData/"] },
  { repo: "tafia/calamine", short: "calamine", license: "MIT", under: ["tests/"] },
  { repo: "mini-software/MiniExcel", short: "miniexcel", license: "Apache-2.0", under: ["tests/", "samples/"] },
  { repo: "exceljs/exceljs", short: "exceljs", license: "MIT", under: ["spec/", "test/"] },
  { repo: "SheetJS/test_files", short: "sheetjs", license: "Apache-2.0", under: [""] },
];
const OOXML_EXT = /\.(xlsx|xlsm|xltx|xltm)$/i;
const ODD_EXT = /\.(xls|ods|xlsb)$/i;
const ODD_PER_EXT = 2;

const gitDir = (repo) => path.join(MIRRORS, repo.replace("/", "+"), "repo");
const git = (repo, args, opts = {}) =>
  execFileSync("git", [`--git-dir=${gitDir(repo)}`, ...args], { maxBuffer: 1 << 30, ...opts });
const sha256 = (buf) => crypto.createHash("sha256").update(buf).digest("hex");
const readJson = (p, dflt) => (fs.existsSync(p) ? JSON.parse(fs.readFileSync(p, "utf8")) : dflt);
const writeJson = (p, v) => fs.writeFileSync(p, JSON.stringify(v, null, 1) + "\n");
const rawName = (p) => p.replace(/\//g, "__");

// ---------------------------------------------------------------------------------------------- extract
function extract() {
  const seen = new Map(); // sha256 -> entry
  const entries = [];
  const skipped = [];
  for (const r of REPOS) {
    const commit = git(r.repo, ["rev-parse", "HEAD"]).toString().trim();
    const lines = git(r.repo, ["ls-tree", "-r", "-z", "--long", "HEAD"]).toString("utf8").split("\0").filter(Boolean);
    const cands = [];
    for (const line of lines) {
      const m = /^(\d+) (\w+) ([0-9a-f]+)\s+(\S+)\t(.*)$/.exec(line);
      if (!m || m[2] !== "blob") continue;
      const p = m[5];
      if (!r.under.some((u) => p.startsWith(u))) continue;
      const odd = ODD_EXT.test(p);
      if (!OOXML_EXT.test(p) && !odd) continue;
      cands.push({ path: p, blob: m[3], size: m[4] === "BAD" || m[4] === "-" ? null : Number(m[4]), odd });
    }
    // negative cases: the ODD_PER_EXT smallest of each odd extension
    const oddKeep = new Set();
    for (const ext of ["xls", "ods", "xlsb"]) {
      cands
        .filter((c) => c.odd && c.size != null && c.path.toLowerCase().endsWith("." + ext))
        .sort((a, b) => a.size - b.size)
        .slice(0, ODD_PER_EXT)
        .forEach((c) => oddKeep.add(c.path));
    }
    for (const c of cands) {
      if (c.odd && !oddKeep.has(c.path)) continue;
      if (c.size == null) {
        skipped.push({ repo: r.repo, path: c.path, reason: "absent from snapshot" });
        continue;
      }
      if (c.size > MAX_BYTES) {
        skipped.push({ repo: r.repo, path: c.path, reason: `over 5 MB (${c.size})` });
        continue;
      }
      let buf;
      try {
        buf = git(r.repo, ["cat-file", "blob", c.blob]);
      } catch {
        skipped.push({ repo: r.repo, path: c.path, reason: "blob missing" });
        continue;
      }
      if (buf.subarray(0, 40).toString("latin1").startsWith("version https://git-lfs")) {
        skipped.push({ repo: r.repo, path: c.path, reason: "git-lfs pointer" });
        continue;
      }
      const h = sha256(buf);
      if (seen.has(h)) {
        seen.get(h).alsoAt.push({ repo: r.repo, path: c.path });
        continue;
      }
      const raw = path.join(r.repo.replace("/", "+"), rawName(c.path));
      fs.mkdirSync(path.join(WORK, "raw", path.dirname(raw)), { recursive: true });
      fs.writeFileSync(path.join(WORK, "raw", raw), buf);
      const e = { repo: r.repo, path: c.path, commit, sha256: h, size: buf.length, raw, alsoAt: [] };
      seen.set(h, e);
      entries.push(e);
    }
  }
  writeJson(path.join(WORK, "extracted.json"), entries);
  writeJson(path.join(WORK, "skipped.json"), skipped);
  console.log(`extracted ${entries.length} unique files; skipped ${skipped.length}`);
}

// ---------------------------------------------------------------------------------------------- verdict
/**
 * Runs `prlimit --as=4GiB --fsize=4GiB timeout -k 10 <secs> soffice --headless --convert-to csv --outdir <dir> <files...>`;
 * resolves {code, out}. The address-space cap stops decompression/billion-laughs style files from eating the
 * machine (one POI/calamine test file drove soffice.bin past 18 GB resident); LibreOffice then aborts.
 */
const LO_MEMORY_LIMIT = 4 * 1024 * 1024 * 1024;
const LO_FILE_LIMIT = 4 * 1024 * 1024 * 1024; // output files (SIGXFSZ, exit 153, past it)
function soffice(files, outdir, secs, profile) {
  fs.mkdirSync(outdir, { recursive: true });
  const args = [
    `--as=${LO_MEMORY_LIMIT}`,
    `--fsize=${LO_FILE_LIMIT}`,
    "timeout",
    "-k",
    "10",
    String(secs),
    "soffice",
    `-env:UserInstallation=file://${profile}`,
    "--headless",
    "--norestore",
    "--convert-to",
    "csv",
    "--outdir",
    outdir,
    ...files,
  ];
  return new Promise((resolve) => {
    const p = spawn("prlimit", args, { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    p.stdout.on("data", (d) => {
      out += d;
    });
    p.stderr.on("data", (d) => {
      out += d;
    });
    p.on("close", (code) => resolve({ code, out }));
  });
}

const csvName = (raw) => path.basename(raw).replace(/\.[^.]*$/, "") + ".csv";
/** A csv has cells when it holds something besides separators, quotes and line breaks (first 64 MB looked at). */
function csvHasCells(file) {
  const fd = fs.openSync(file, "r");
  const buf = Buffer.alloc(Math.min(fs.fstatSync(fd).size, 64 * 1024 * 1024));
  fs.readSync(fd, buf, 0, buf.length, 0);
  fs.closeSync(fd);
  return /[^,"\s]/.test(buf.toString("latin1"));
}
/** Records a readable verdict and drops big csv files (one POI test file expands to a 12.5 GB csv). */
function readableVerdict(csv, how) {
  const size = fs.statSync(csv).size;
  const v = { verdict: "readable", hasCells: csvHasCells(csv), csvBytes: size, how };
  if (size > 1024 * 1024) fs.rmSync(csv);
  return v;
}

async function verdict() {
  const entries = readJson(path.join(WORK, "extracted.json"), []);
  const cachePath = path.join(WORK, "verdicts.json");
  const cache = readJson(cachePath, {});
  const todo = entries.filter((e) => !cache[e.sha256]).sort((a, b) => a.size - b.size);
  // batches of at most 25 files / 4 MB whose csv names do not collide
  const batches = [];
  let cur = [],
    bytes = 0,
    names = new Set();
  for (const e of todo) {
    const n = csvName(e.raw);
    if (cur.length >= 25 || bytes + e.size > 4e6 || names.has(n)) {
      batches.push(cur);
      cur = [];
      bytes = 0;
      names = new Set();
    }
    cur.push(e);
    bytes += e.size;
    names.add(n);
  }
  if (cur.length) batches.push(cur);
  console.log(`verdict: ${todo.length} files in ${batches.length} batches, ${JOBS} jobs`);
  let next = 0,
    done = 0;
  const worker = async (w) => {
    const profile = path.join(WORK, `lo-profile-${w}`);
    while (next < batches.length) {
      const bi = next++;
      const batch = batches[bi];
      const outdir = path.join(WORK, "csv", `b${bi}`);
      fs.rmSync(outdir, { recursive: true, force: true });
      const res = await soffice(
        batch.map((e) => path.join(WORK, "raw", e.raw)),
        outdir,
        60 + 15 * batch.length,
        profile,
      );
      for (const e of batch) {
        const csv = path.join(outdir, csvName(e.raw));
        if (fs.existsSync(csv)) {
          cache[e.sha256] = readableVerdict(csv, "batch");
          continue;
        }
        // no csv from the batch: this file alone, with the per-file timeout
        const od = path.join(WORK, "csv", `single-${e.sha256.slice(0, 12)}`);
        fs.rmSync(od, { recursive: true, force: true });
        const r1 = await soffice([path.join(WORK, "raw", e.raw)], od, 60, profile);
        const c1 = path.join(od, csvName(e.raw));
        const msg = r1.out
          .split("\n")
          .filter((l) => /error|warn|exception/i.test(l) && !/javaldx/.test(l))
          .join(" | ")
          .slice(0, 300);
        const loaded = / -> .* using filter/.test(r1.out); // soffice prints this once the document is loaded
        if (fs.existsSync(c1)) cache[e.sha256] = readableVerdict(c1, "single");
        else if (r1.code === 124 || r1.code === 137) {
          cache[e.sha256] = {
            verdict: "timeout",
            hasCells: false,
            how: "single",
            message: loaded ? "loaded, then timed out writing the csv" : msg || "timed out loading",
          };
        } else {
          // exit 81 is soffice's "restart" code, >128 a signal; both mean it crashed (e.g. on the memory cap)
          const crashed = r1.code > 128 || r1.code === 81 || /terminate|abort|bad_alloc|segmentation/i.test(r1.out);
          cache[e.sha256] = {
            verdict: "unreadable",
            hasCells: false,
            how: "single",
            exit: r1.code,
            crashed,
            loaded,
            message: msg || (crashed ? "crashed" : ""),
          };
        }
      }
      for (const d of fs.readdirSync(path.join(WORK, "csv"))) {
        // soffice leaves lu*.tmp behind when killed mid-export
        for (const f of fs.readdirSync(path.join(WORK, "csv", d)))
          if (f.endsWith(".tmp")) fs.rmSync(path.join(WORK, "csv", d, f));
      }
      done++;
      if (done % 10 === 0 || res.code === 124) {
        console.log(`  batch ${done}/${batches.length}${res.code === 124 ? " (batch timed out)" : ""}`);
        writeJson(cachePath, cache);
      }
    }
  };
  await Promise.all(Array.from({ length: JOBS }, (_, w) => worker(w)));
  writeJson(cachePath, cache);
}

// ---------------------------------------------------------------------------------------------- zip reader
/** Minimal zip reader: central directory entries; {name, method, csize, usize, offset}. Throws on damage. */
function zipEntries(buf) {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65557); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error("no end of central directory");
  let count = buf.readUInt16LE(eocd + 10);
  let cdOff = buf.readUInt32LE(eocd + 16);
  if (cdOff === 0xffffffff || count === 0xffff) {
    // zip64
    const loc = eocd - 20;
    if (loc >= 0 && buf.readUInt32LE(loc) === 0x07064b50) {
      const z64 = Number(buf.readBigUInt64LE(loc + 8));
      count = Number(buf.readBigUInt64LE(z64 + 32));
      cdOff = Number(buf.readBigUInt64LE(z64 + 48));
    }
  }
  const out = [];
  let p = cdOff;
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error("bad central directory");
    const method = buf.readUInt16LE(p + 10);
    let csize = buf.readUInt32LE(p + 20),
      usize = buf.readUInt32LE(p + 24);
    const nlen = buf.readUInt16LE(p + 28),
      xlen = buf.readUInt16LE(p + 30),
      clen = buf.readUInt16LE(p + 32);
    let offset = buf.readUInt32LE(p + 42);
    const name = buf.subarray(p + 46, p + 46 + nlen).toString("utf8");
    let x = p + 46 + nlen;
    const xend = x + xlen;
    while (x + 4 <= xend) {
      // zip64 extra
      const id = buf.readUInt16LE(x),
        sz = buf.readUInt16LE(x + 2);
      if (id === 1) {
        let q = x + 4;
        if (usize === 0xffffffff) {
          usize = Number(buf.readBigUInt64LE(q));
          q += 8;
        }
        if (csize === 0xffffffff) {
          csize = Number(buf.readBigUInt64LE(q));
          q += 8;
        }
        if (offset === 0xffffffff) {
          offset = Number(buf.readBigUInt64LE(q));
        }
      }
      x += 4 + sz;
    }
    out.push({ name, method, csize, usize, offset });
    p = xend + clen;
  }
  return out;
}
function zipRead(buf, e, limit = 400 * 1024 * 1024) {
  if (buf.readUInt32LE(e.offset) !== 0x04034b50) throw new Error("bad local header " + e.name);
  const start = e.offset + 30 + buf.readUInt16LE(e.offset + 26) + buf.readUInt16LE(e.offset + 28);
  const data = buf.subarray(start, start + e.csize);
  if (e.method === 0) return data;
  if (e.method === 8) return zlib.inflateRawSync(data, { maxOutputLength: limit });
  throw new Error(`method ${e.method}`);
}

// ---------------------------------------------------------------------------------------------- flags
const WHOLE_REF =
  /^(?:\$?[A-Z]{1,3}\$?\d*:\$?XFD\$?\d*|\$?[A-Z]{1,3}\$?\d*:\$?[A-Z]{1,3}\$?1048576|\$?[A-Z]{1,3}:\$?[A-Z]{1,3}|\$?\d+:\$?\d+)$/;
const DATE_BUILTIN = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57]);
function isDateCode(code) {
  const s = code
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[(?!h\]|hh\]|m\]|mm\]|s\]|ss\])[^\]]*\]/gi, "")
    .split(";")[0];
  return /[yde]/i.test(s.replace(/General/gi, "")) || (/h|s/i.test(s) && /m/i.test(s)) || /\[(h|m|s)+\]/i.test(s);
}
function writerFamily(app) {
  if (!app) return "(no app.xml)";
  const rules = [
    [/Macintosh Excel/i, "Microsoft Excel (Mac)"],
    [/Microsoft (Office )?Excel/i, "Microsoft Excel"],
    [/LibreOffice/i, "LibreOffice"],
    [/OpenOffice/i, "OpenOffice"],
    [/Apache POI/i, "Apache POI"],
    [/SheetJS/i, "SheetJS"],
    [/WPS|Kingsoft/i, "WPS Office"],
    [/Google/i, "Google Sheets"],
    [/Numbers/i, "Apple Numbers"],
    [/Gnumeric/i, "Gnumeric"],
    [/openpyxl/i, "openpyxl"],
    [/PhpSpreadsheet|PHPExcel/i, "PhpSpreadsheet"],
    [/EPPlus/i, "EPPlus"],
    [/ClosedXML/i, "ClosedXML"],
    [/MiniExcel/i, "MiniExcel"],
    [/NPOI/i, "NPOI"],
    [/Aspose/i, "Aspose"],
    [/xlsxwriter/i, "XlsxWriter"],
    [/SpreadsheetGear/i, "SpreadsheetGear"],
    [/Syncfusion|Essential/i, "Syncfusion"],
    [/GrapeCity|SpreadJS/i, "GrapeCity"],
  ];
  for (const [re, name] of rules) if (re.test(app)) return name;
  return app.replace(/\s+/g, " ").trim().slice(0, 40);
}

/** Non-empty <v>/<t> values in the sheetData of the first sheet in workbook order (null when it cannot be found). */
function firstSheetValues(entries, get, wbName) {
  if (!wbName) return null;
  const dir = path.posix.dirname(wbName);
  const find = (n) => entries.find((e) => e.name.toLowerCase() === n.toLowerCase());
  const wb = get(find(wbName));
  const relsE = find(`${dir}/_rels/${path.posix.basename(wbName)}.rels`);
  if (!relsE) return null;
  const rels = get(relsE);
  const id = (/<(?:\w+:)?sheet\b[^>]*?\s(?:\w+:)?id="([^"]+)"/.exec(wb) || [])[1];
  if (!id) return null;
  const rel = [...rels.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)]
    .map((m) => m[0])
    .find((r) => r.includes(`Id="${id}"`));
  if (!rel) return null;
  let target = (/Target="([^"]+)"/.exec(rel) || [])[1] || "";
  try {
    target = decodeURIComponent(target);
  } catch {
    /* keep as is */
  }
  target = target.startsWith("/") ? target.slice(1) : path.posix.normalize(path.posix.join(dir, target));
  const se = find(target) || find(target.replace(/\\/g, "/"));
  if (!se) return null;
  const data = (/<(?:\w+:)?sheetData\b[\s\S]*<\/(?:\w+:)?sheetData>/.exec(get(se)) || [""])[0];
  return (data.match(/<(?:\w+:)?(?:v|t)(?:\s[^>]*)?>[^<]/g) || []).length;
}

function flagsOf(file) {
  const buf = fs.readFileSync(file);
  const flags = new Set();
  const d = {};
  const ext = path.extname(file).slice(1).toLowerCase();
  const magic = buf.subarray(0, 8);
  const isZip = magic.readUInt32LE(0) === 0x04034b50 || buf.includes(Buffer.from("PK\x05\x06", "latin1"));
  const isCfb = magic.toString("hex") === "d0cf11e0a1b11ae1";
  if (/^(xls|xlsb|ods)$/.test(ext)) flags.add(`odd-ext-${ext}`);
  if (!isZip) {
    flags.add("not-zip");
    if (isCfb) {
      flags.add("cfb");
      if (buf.includes(Buffer.from("EncryptedPackage", "utf16le"))) flags.add("encrypted");
    } else if (/^\s*</.test(buf.subarray(0, 200).toString("latin1"))) flags.add("xml-or-html");
    else flags.add("text-or-other");
    if (/^(xlsx|xlsm|xltx|xltm)$/.test(ext)) flags.add("ooxml-ext-mismatch");
    return {
      flags: [...flags],
      application: null,
      appVersion: null,
      writer: isCfb ? "(cfb)" : "(not a zip)",
      details: d,
    };
  }
  const t = spawnSync("unzip", ["-tqq", file], { stdio: "ignore" });
  if (t.status !== 0) flags.add("zip-test-fails");
  let entries;
  try {
    entries = zipEntries(buf);
  } catch (err) {
    flags.add("zip-unreadable");
    d.zipError = String(err.message);
    return { flags: [...flags], application: null, appVersion: null, writer: "(unreadable zip)", details: d };
  }
  const names = entries.map((e) => e.name);
  if (new Set(names.map((n) => n.toLowerCase())).size !== names.length) flags.add("duplicate-entries");
  if (names.some((n) => n.includes("\\"))) flags.add("backslash-part-names");
  const canonical =
    /^(\[Content_Types\]\.xml|_rels\/\.rels|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/styles\.xml|xl\/sharedStrings\.xml|xl\/worksheets\/sheet\d+\.xml)$/;
  if (
    names.some(
      (n) =>
        !canonical.test(n) &&
        canonical.test(
          n.replace(/\\/g, "/").replace(
            /[a-z_]+/gi,
            (w) =>
              ({
                content_types: "Content_Types",
                _rels: "_rels",
                rels: "rels",
                xl: "xl",
                workbook: "workbook",
                styles: "styles",
                sharedstrings: "sharedStrings",
                worksheets: "worksheets",
                xml: "xml",
              })[w.toLowerCase()] || w.toLowerCase(),
          ),
        ),
    )
  )
    flags.add("part-name-case-mismatch");
  const get = (e) => {
    try {
      let b = zipRead(buf, e);
      const le = (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0x3c && b[1] === 0);
      const be = (b[0] === 0xfe && b[1] === 0xff) || (b[0] === 0 && b[1] === 0x3c);
      if (le || be) {
        // UTF-16 XML: re-encode as UTF-8 so the patterns below apply
        flags.add("xml-utf16");
        if (be) {
          b = Buffer.from(b);
          b.swap16();
        }
        b = Buffer.from(b.toString("utf16le").replace(/^\ufeff/, ""), "utf8");
      }
      return b.toString("latin1");
    } catch (err) {
      flags.add("zip-entry-error");
      d.entryError = `${e.name}: ${err.message}`;
      return "";
    }
  };
  const byName = (re) => entries.filter((e) => re.test(e.name));
  if (!names.some((n) => /^\[Content_Types\]\.xml$/i.test(n))) flags.add("no-content-types");
  const appE = entries.find((e) => /^docProps\/app\.xml$/i.test(e.name));
  let application = null,
    appVersion = null;
  if (appE) {
    const x = get(appE);
    const xu = Buffer.from(x, "latin1").toString("utf8");
    application = (/<(?:\w+:)?Application>([^<]*)</.exec(xu) || [])[1] || null;
    appVersion = (/<(?:\w+:)?AppVersion>([^<]*)</.exec(xu) || [])[1] || null;
  } else flags.add("no-app-xml");
  if (names.some((n) => /vbaProject\.bin$/i.test(n))) flags.add("vba");
  if (names.some((n) => /pivotTables?\//i.test(n) || /pivotTable\d*\.xml$/i.test(n))) flags.add("pivot");
  if (names.some((n) => /externalLinks?\//i.test(n))) flags.add("external-links");
  if (names.some((n) => /\/charts\/chart[^/]*\.xml$/i.test(n))) flags.add("charts");
  if (names.some((n) => /chartsheets\/[^/]+\.xml$/i.test(n))) flags.add("chartsheet");
  if (names.some((n) => /(^|\/)(comments|threadedComments)[^/]*\.xml$/i.test(n))) flags.add("comments");
  if (names.some((n) => /\/tables\/[^/]+\.xml$/i.test(n))) flags.add("tables");
  if (names.some((n) => /\/media\//i.test(n))) flags.add("images");
  if (names.some((n) => /\/dialogsheets\//i.test(n) || /\/macrosheets\//i.test(n))) flags.add("macro-or-dialog-sheet");
  const sheetParts = names.filter((n) => /worksheets\/[^/]+\.xml$/i.test(n));
  if (sheetParts.some((n) => !/^xl\/worksheets\/sheet\d+\.xml$/.test(n))) flags.add("nonstandard-part-names");
  const wbParts = names.filter((n) => /(^|\/)workbook[^/]*\.xml$/i.test(n));
  if (wbParts.some((n) => n !== "xl/workbook.xml")) flags.add("nonstandard-part-names");

  // all xml-ish parts except media; joined text per group
  const text = (re) =>
    byName(re)
      .filter((e) => e.usize < 400 * 1024 * 1024)
      .map(get)
      .join("\n");
  const rels = text(/\.rels$/i);
  const wb = text(/(^|\/)workbook[^/]*\.xml$/i);
  const sheets = text(/worksheets\/[^/]+\.xml$/i);
  const ss = text(/sharedStrings[^/]*\.xml$/i);
  const styles = text(/(^|\/)styles[^/]*\.xml$/i);
  const others = text(/(pivotCache|pivotTable|tables|externalLink)[^/]*\/[^/]+\.xml$/i);
  const all = [rels, wb, sheets, ss, styles, others].join("\n");

  if (/<[A-Za-z_][\w.-]*:(workbook|worksheet|sst|styleSheet)[\s>]/.test(wb + sheets + ss + styles))
    flags.add("prefixed-markup");
  const root = /<(?:(\w+):)?workbook\b[^>]*>/.exec(wb);
  const rootNs = root && new RegExp(`\\sxmlns${root[1] ? ":" + root[1] : ""}="([^"]*)"`).exec(root[0]);
  if (
    wb &&
    (!rootNs ||
      !/^http:\/\/(schemas\.openxmlformats\.org\/spreadsheetml\/2006\/main|purl\.oclc\.org\/ooxml\/spreadsheetml\/main)$/.test(
        rootNs[1],
      ))
  ) {
    flags.add("nonstandard-namespace");
    d.workbookNamespace = rootNs ? rootNs[1] : null;
  }
  if (byName(/\.(xml|rels)$/i).some((e) => e.csize > 0 && /^(\xef\xbb\xbf)/.test(get(e).slice(0, 3))))
    flags.add("xml-bom");
  d.firstSheetValues = firstSheetValues(entries, get, wbParts[0]);
  if (/purl\.oclc\.org\/ooxml/.test(all)) flags.add("strict");
  if (/Target="\/[^"]*"/.test(rels)) flags.add("absolute-rel-targets");
  if (/<!DOCTYPE/i.test(all)) flags.add("doctype");
  if (/<(\w+:)?dataValidations?[\s>]/.test(sheets)) flags.add("data-validations");
  const merges = (sheets.match(/<(\w+:)?mergeCell[\s/>]/g) || []).length;
  if (merges) {
    flags.add("merge-cells");
    d.merges = merges;
  }
  if (merges >= 100) flags.add("many-merges");
  const whole = [];
  for (const m of all.matchAll(/\b(sqref|ref)="([^"]*)"/g)) {
    for (const tok of m[2].split(/\s+/))
      if (WHOLE_REF.test(tok)) {
        whole.push(`${m[1]}=${tok}`);
        break;
      }
    if (whole.length > 5) break;
  }
  for (const m of (sheets + wb).matchAll(/<(?:\w+:)?(?:f|definedName)\b[^>]*>([^<]*)</g)) {
    if (/(^|[^\w])\$?[A-Z]{1,3}\$?\d+:\$?[A-Z]{1,3}\$?1048576\b|\$?\b[A-Z]{1,3}:\$?[A-Z]{1,3}\b(?![\w(])/.test(m[1])) {
      d.wholeInFormula = m[1].slice(0, 60);
      break;
    }
  }
  if (whole.length) {
    flags.add("whole-range");
    d.wholeRanges = whole;
  }
  if (/<(\w+:)?dimension\s+ref="[^"]*(1048576|XFD)/.test(sheets)) flags.add("whole-dimension");
  if (/<(\w+:)?c\b[^>]*\st="d"/.test(sheets)) flags.add("t-d-cells");
  if (/<(\w+:)?c\b[^>]*\st="e"/.test(sheets)) flags.add("error-cells");
  if (/<(\w+:)?c\b[^>]*\st="inlineStr"/.test(sheets)) flags.add("inline-strings");
  if (/<(\w+:)?c\b[^>]*\st="str"/.test(sheets)) flags.add("str-formulas");
  if (/<(\w+:)?c\b[^>]*\st="b"/.test(sheets)) flags.add("bool-cells");
  if (/<(\w+:)?f\b[^>]*\st="shared"/.test(sheets)) flags.add("shared-formulas");
  if (/<(\w+:)?f\b[^>]*\st="array"/.test(sheets)) flags.add("array-formulas");
  if (/<(\w+:)?c(?=[\s>/])(?![^>]*\sr=)[^>]*>/.test(sheets)) flags.add("cells-without-r");
  if (/<(\w+:)?row(?=[\s>/])(?![^>]*\sr=)[^>]*>/.test(sheets)) flags.add("rows-without-r");
  if (/<(\w+:)?r>|<(\w+:)?rPr[\s>]/.test(ss + sheets)) flags.add("rich-text");
  if (/<(\w+:)?conditionalFormatting[\s>]/.test(sheets)) flags.add("conditional-formatting");
  if (/<(\w+:)?hyperlinks?[\s>]/.test(sheets)) flags.add("hyperlinks");
  if (/<(\w+:)?definedName[\s>]/.test(wb)) flags.add("defined-names");
  if (/\sstate="hidden"/.test(wb)) flags.add("hidden-sheet");
  if (/\sstate="veryHidden"/.test(wb)) flags.add("very-hidden-sheet");
  if (/date1904="(1|true)"/.test(wb)) flags.add("date1904");
  if (/<(\w+:)?sheetProtection[\s>]|<(\w+:)?workbookProtection[\s>]/.test(sheets + wb)) flags.add("protection");
  // date formats used by some cell style
  const custom = new Map();
  for (const m of styles.matchAll(/<(?:\w+:)?numFmt\b[^>]*>/g)) {
    const id = /numFmtId="(\d+)"/.exec(m[0]),
      code = /formatCode="([^"]*)"/.exec(m[0]);
    if (id && code) custom.set(Number(id[1]), code[1].replace(/&quot;/g, '"').replace(/&amp;/g, "&"));
  }
  const xfs = (/<(?:\w+:)?cellXfs\b[\s\S]*?<\/(?:\w+:)?cellXfs>/.exec(styles) || [""])[0];
  for (const m of xfs.matchAll(/numFmtId="(\d+)"/g)) {
    const id = Number(m[1]);
    if (custom.has(id) ? isDateCode(custom.get(id)) : DATE_BUILTIN.has(id)) {
      flags.add("date-formats");
      break;
    }
  }
  d.sheets = sheetParts.length;
  d.uncompressed = entries.reduce((s, e) => s + e.usize, 0);
  return { flags: [...flags].sort(), application, appVersion, writer: writerFamily(application), details: d };
}

function flagsStep() {
  const entries = readJson(path.join(WORK, "extracted.json"), []);
  const cachePath = path.join(WORK, "flags.json");
  const cache = readJson(cachePath, {});
  let n = 0;
  for (const e of entries) {
    if (cache[e.sha256]) continue;
    try {
      cache[e.sha256] = flagsOf(path.join(WORK, "raw", e.raw));
    } catch (err) {
      cache[e.sha256] = {
        flags: ["flag-scan-error"],
        application: null,
        appVersion: null,
        writer: "?",
        details: { error: String(err.message) },
      };
    }
    if (++n % 200 === 0) {
      console.log(`  flags ${n}`);
      writeJson(cachePath, cache);
    }
  }
  writeJson(cachePath, cache);
}

// ---------------------------------------------------------------------------------------------- manifest
const countBy = (arr, f) =>
  arr.reduce((m, x) => {
    for (const k of [].concat(f(x))) m[k] = (m[k] || 0) + 1;
    return m;
  }, {});
function sortObj(o) {
  return Object.fromEntries(Object.entries(o).sort((a, b) => b[1] - a[1]));
}

/**
 * Verdicts set by hand, with the evidence. poc-shared-strings.xlsx (POI) holds one 1 MB shared string used by
 * thousands of cells: LibreOffice loads it and, without the output cap, writes a 12.5 GB csv full of that string;
 * under the 4 GB --fsize cap the export fails ("SfxBaseModel::impl_store"), which is not a load failure.
 */
const OVERRIDES = {
  "apache/poi:test-data/spreadsheet/poc-shared-strings.xlsx": {
    verdict: "readable",
    hasCells: true,
    message:
      "loaded; the csv export is 12.5 GB (one 1 MB shared string repeated in thousands of cells), over the 4 GB cap",
  },
};

/**
 * What a robust xlsx reader should make of the file — a judgement, separate from LibreOffice's verdict:
 * ["readable" | "unreadable", why]. LibreOffice failing is not proof of damage: it crashes on one valid Excel file
 * and refuses packages with backslash or differently-cased part names that the libraries read on purpose.
 */
/** Expectations decided by hand, with the evidence, where LibreOffice's verdict alone misleads. */
const EXPECT_BY_HAND = {
  "tafia/calamine:tests/issue252.xlsx": [
    "unreadable",
    "its xl/_rels/workbook.xml.rels is garbled (bad CRC, malformed XML): LibreOffice opens the package but finds no cells; a reader should say it is damaged",
  ],
};

function expectation(e, v, flags) {
  if (EXPECT_BY_HAND[`${e.repo}:${e.path}`]) return EXPECT_BY_HAND[`${e.repo}:${e.path}`];
  const ext = path.extname(e.path).slice(1).toLowerCase();
  if (flags.includes("encrypted")) return ["unreadable", "encrypted (password-protected) package"];
  if (/^(xls|xlsb|ods)$/.test(ext))
    return [
      "unreadable",
      `not an xlsx package: .${ext}${v.verdict === "readable" ? " (LibreOffice reads it as that format)" : ""}`,
    ];
  if (flags.includes("not-zip")) return ["unreadable", "not a zip package"];
  if (flags.includes("zip-unreadable")) return ["unreadable", "damaged zip (no readable central directory)"];
  if (v.verdict === "readable") return ["readable", "LibreOffice reads it"];
  if (flags.includes("lo-crash")) return ["readable", "valid package on which LibreOffice 7.4 crashes"];
  if (flags.includes("backslash-part-names"))
    return ["readable", "backslash part names: LibreOffice refuses, the source library reads it on purpose"];
  if (flags.includes("part-name-case-mismatch"))
    return ["readable", "part names in another case: LibreOffice refuses, the source library reads it on purpose"];
  if (v.verdict === "timeout" && flags.includes("lo-huge-csv"))
    return ["readable", "loads in LibreOffice; its used range reaches XFD1048576 so the csv export never ends"];
  return ["unreadable", `LibreOffice: ${v.message || v.verdict}`];
}

function manifest() {
  const entries = readJson(path.join(WORK, "extracted.json"), []);
  const verdicts = readJson(path.join(WORK, "verdicts.json"), {});
  const flags = readJson(path.join(WORK, "flags.json"), {});
  const rows = entries.map((e) => {
    const v = OVERRIDES[`${e.repo}:${e.path}`] || verdicts[e.sha256] || { verdict: "not-run", hasCells: false };
    const f = flags[e.sha256] || { flags: [], writer: "?" };
    const extra = [];
    if (v.verdict === "readable" && !v.hasCells && f.details && f.details.firstSheetValues > 0)
      extra.push("lo-lost-cells");
    if (v.crashed) extra.push("lo-crash");
    if (/csv export is|writing the csv/.test(v.message || "")) extra.push("lo-huge-csv");
    const allFlags = [...f.flags, ...extra].sort();
    const [expect, expectWhy] = expectation(e, v, allFlags);
    return {
      repo: e.repo,
      path: e.path,
      commit: e.commit,
      sha256: e.sha256,
      size: e.size,
      raw: e.raw,
      verdict: v.verdict,
      firstSheetCsvNonEmpty: !!v.hasCells,
      csvBytes: v.csvBytes ?? null,
      loMessage: v.message || undefined,
      application: f.application,
      appVersion: f.appVersion,
      writer: f.writer,
      flags: allFlags,
      details: f.details,
      expect,
      expectWhy,
      alsoAt: e.alsoAt,
    };
  });
  writeJson(path.join(WORK, "manifest.json"), rows);
  const summary = {
    total: rows.length,
    duplicatesDropped: rows.reduce((s, r) => s + r.alsoAt.length, 0),
    skipped: countBy(readJson(path.join(WORK, "skipped.json"), []), (s) => s.reason.replace(/ \(.*/, "")),
    perRepo: sortObj(countBy(rows, (r) => r.repo)),
    perVerdict: sortObj(
      countBy(
        rows,
        (r) => r.verdict + (r.verdict === "readable" ? (r.firstSheetCsvNonEmpty ? " (cells)" : " (empty csv)") : ""),
      ),
    ),
    perFlag: sortObj(countBy(rows, (r) => r.flags)),
    perWriter: sortObj(countBy(rows, (r) => r.writer)),
  };
  writeJson(path.join(WORK, "summary.json"), summary);
  console.log(JSON.stringify(summary, null, 1));
  return rows;
}

// ---------------------------------------------------------------------------------------------- curate
/** Flags the curated set must cover, with how many files to take for each (smallest first, repos round-robin). */
const WANT = {
  "prefixed-markup": 40,
  strict: 40,
  "t-d-cells": 12,
  "date-formats": 12,
  "error-cells": 10,
  "whole-range": 16,
  "whole-dimension": 6,
  "many-merges": 8,
  "merge-cells": 8,
  comments: 10,
  vba: 8,
  pivot: 8,
  charts: 10,
  chartsheet: 4,
  "external-links": 8,
  "rich-text": 10,
  "shared-formulas": 10,
  "array-formulas": 4,
  "inline-strings": 10,
  "str-formulas": 6,
  "hidden-sheet": 8,
  "very-hidden-sheet": 4,
  "data-validations": 10,
  "conditional-formatting": 6,
  hyperlinks: 6,
  tables: 6,
  images: 4,
  "defined-names": 6,
  date1904: 6,
  "cells-without-r": 8,
  "rows-without-r": 8,
  "nonstandard-part-names": 8,
  "absolute-rel-targets": 6,
  doctype: 4,
  "no-app-xml": 8,
  "no-content-types": 3,
  "zip-test-fails": 8,
  "zip-unreadable": 6,
  "zip-entry-error": 4,
  "not-zip": 8,
  encrypted: 3,
  "ooxml-ext-mismatch": 6,
  "odd-ext-xlsb": 2,
  "odd-ext-ods": 2,
  "odd-ext-xls": 2,
  protection: 4,
  "bool-cells": 4,
  "macro-or-dialog-sheet": 3,
  "duplicate-entries": 3,
  "nonstandard-namespace": 4,
  "xml-bom": 6,
  "xml-utf16": 3,
  "lo-lost-cells": 10,
  "backslash-part-names": 6,
  "part-name-case-mismatch": 4,
  "lo-crash": 2,
  "lo-huge-csv": 2,
};
const BUDGET = 12 * 1024 * 1024;
const TARGET = 380;

function shortName(r, used) {
  const short = REPOS.find((x) => x.repo === r.repo).short;
  const base = path.basename(r.path);
  const clean = (s) =>
    s
      .normalize("NFKD")
      .replace(/[^\x20-\x7e]/g, "")
      .replace(/[^A-Za-z0-9._-]+/g, "_")
      .replace(/_+/g, "_");
  let name = `${short}--${clean(base)}`;
  if (/--_?\./.test(name) || clean(base) !== base.replace(/ /g, "_")) {
    const ext = path.extname(base).toLowerCase();
    name = `${short}--${clean(path.basename(base, path.extname(base))).slice(0, 40)}-${r.sha256.slice(0, 8)}${ext}`;
  }
  if (used.has(name.toLowerCase())) {
    const parent = clean(path.basename(path.dirname(r.path))).slice(0, 30);
    name = `${short}--${parent}--${clean(base)}`;
  }
  if (used.has(name.toLowerCase())) name = name.replace(/(\.[^.]*)?$/, (m) => `-${r.sha256.slice(0, 8)}${m}`);
  used.add(name.toLowerCase());
  return name;
}

function curate() {
  const rows = readJson(path.join(WORK, "manifest.json"), []);
  const pool = rows.filter((r) => r.verdict !== "not-run");
  const chosen = new Map();
  let total = 0;
  const take = (r, why) => {
    if (chosen.has(r.sha256)) {
      chosen.get(r.sha256).why.add(why);
      return true;
    }
    if (total + r.size > BUDGET) return false;
    chosen.set(r.sha256, { r, why: new Set([why]) });
    total += r.size;
    return true;
  };
  /** Takes up to n rows of `list`, smallest first, alternating repositories; large files only when nothing smaller. */
  const pick = (list, n, why, maxSize = 600 * 1024) => {
    const byRepo = new Map();
    const sorted = list.slice().sort((a, b) => a.size - b.size);
    const small = sorted.filter((r) => r.size <= maxSize);
    for (const r of small.length ? small : sorted.slice(0, 1)) {
      if (!byRepo.has(r.repo)) byRepo.set(r.repo, []);
      byRepo.get(r.repo).push(r);
    }
    let got = list.filter((r) => chosen.has(r.sha256)).length;
    const queues = [...byRepo.values()];
    while (got < n && queues.some((q) => q.length)) {
      for (const q of queues) {
        const r = q.shift();
        if (r && !chosen.has(r.sha256) && got < n && take(r, why)) got++;
      }
    }
  };
  // 1. the rare and deliberately broken
  pick(
    pool.filter((r) => r.verdict === "timeout"),
    10,
    "libreoffice-timeout",
    Infinity,
  );
  pick(
    pool.filter((r) => r.verdict === "unreadable" && !r.flags.includes("not-zip")),
    24,
    "libreoffice-unreadable",
  );
  pick(
    pool.filter((r) => r.verdict === "unreadable"),
    30,
    "libreoffice-unreadable",
  );
  pick(
    pool.filter((r) => r.verdict === "readable" && !r.firstSheetCsvNonEmpty),
    10,
    "libreoffice-empty-csv",
  );
  // 2. every flag
  const flagOrder = Object.keys(WANT).sort(
    (a, b) => pool.filter((r) => r.flags.includes(a)).length - pool.filter((r) => r.flags.includes(b)).length,
  );
  for (const f of flagOrder)
    pick(
      pool.filter((r) => r.flags.includes(f)),
      WANT[f],
      f,
      ["prefixed-markup", "strict"].includes(f) ? 1.5e6 : 600 * 1024,
    );
  for (const f of new Set(pool.flatMap((r) => r.flags)))
    pick(
      pool.filter((r) => r.flags.includes(f)),
      2,
      f,
    );
  // 3. every writer and every repository
  for (const w of new Set(pool.map((r) => r.writer)))
    pick(
      pool.filter((r) => r.writer === w),
      3,
      `writer:${w}`,
    );
  for (const rp of REPOS)
    pick(
      pool.filter((r) => r.repo === rp.repo),
      12,
      `repo:${rp.short}`,
      300 * 1024,
    );
  // 4. fill with small files up to TARGET, always into the least represented repository that still has some
  const have = (rp) => [...chosen.values()].filter((c) => c.r.repo === rp.repo).length;
  const exhausted = new Set();
  while (chosen.size < TARGET && exhausted.size < REPOS.length) {
    const rp = REPOS.filter((x) => !exhausted.has(x.repo)).sort((a, b) => have(a) - have(b))[0];
    const before = chosen.size;
    pick(
      pool.filter((r) => r.repo === rp.repo),
      have(rp) + 1,
      "fill",
      120 * 1024,
    );
    if (chosen.size === before) exhausted.add(rp.repo);
  }

  const filesDir = path.join(OUT, "files");
  fs.rmSync(filesDir, { recursive: true, force: true });
  fs.mkdirSync(filesDir, { recursive: true });
  const used = new Set();
  const out = [...chosen.values()]
    .sort((a, b) => a.r.repo.localeCompare(b.r.repo) || a.r.path.localeCompare(b.r.path))
    .map(({ r }) => {
      const file = shortName(r, used);
      fs.copyFileSync(path.join(WORK, "raw", r.raw), path.join(filesDir, file));
      return {
        file,
        repo: r.repo,
        path: r.path,
        commit: r.commit,
        license: REPOS.find((x) => x.repo === r.repo).license,
        sha256: r.sha256,
        bytes: r.size,
        writer: r.writer,
        application: r.application,
        appVersion: r.appVersion,
        libreoffice: r.verdict,
        libreofficeHasCells: r.firstSheetCsvNonEmpty,
        libreofficeMessage: r.loMessage,
        expect: r.expect,
        expectWhy: r.expectWhy,
        flags: r.flags,
      };
    });
  writeJson(path.join(OUT, "manifest.json"), out);
  console.log(
    JSON.stringify(
      {
        files: out.length,
        bytes: out.reduce((s, r) => s + r.bytes, 0),
        perRepo: sortObj(countBy(out, (r) => r.repo)),
        perVerdict: sortObj(countBy(out, (r) => r.libreoffice)),
        perWriter: sortObj(countBy(out, (r) => r.writer)),
        perFlag: sortObj(countBy(out, (r) => r.flags)),
      },
      null,
      1,
    ),
  );
}

// ---------------------------------------------------------------------------------------------- main
async function main() {
  const step = process.argv[2] || "all";
  fs.mkdirSync(WORK, { recursive: true });
  if (step === "extract" || step === "all") extract();
  if (step === "verdict" || step === "all") await verdict();
  if (step === "flags" || step === "all") flagsStep();
  if (step === "manifest" || step === "all") manifest();
  if (step === "curate" || step === "all") curate();
}
if (require.main === module)
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
module.exports = { flagsOf, zipEntries, zipRead };
