#!/usr/bin/env node
// Offline manifest validation: the Office XML schemas (copied into scripts/manifest-xsd from the shared
// set, because `office-addin-manifest validate` needs an online service) plus a check that every `resid`
// names an entry of <Resources>, which XSD cannot express. Usage: validate-manifest.js [manifest.xml]
"use strict";

const fs = require("fs");
const path = require("path");
const { validateXML } = require("xmllint-wasm");

const XSD_DIR = path.join(__dirname, "manifest-xsd");
const MAIN_XSD = "OfficeAppManifestV1_1.xsd";

async function validateManifest(file) {
  const xml = fs.readFileSync(file, "utf8");
  const schemaFiles = fs.readdirSync(XSD_DIR).filter((f) => f.endsWith(".xsd"));
  const result = await validateXML({
    xml: [{ fileName: path.basename(file), contents: xml }],
    schema: [{ fileName: MAIN_XSD, contents: fs.readFileSync(path.join(XSD_DIR, MAIN_XSD), "utf8") }],
    preload: schemaFiles
      .filter((f) => f !== MAIN_XSD)
      .map((f) => ({ fileName: f, contents: fs.readFileSync(path.join(XSD_DIR, f), "utf8") })),
  });
  const problems = result.errors.map((e) => `${path.basename(file)}:${e.loc ? e.loc.lineNumber : "?"}: ${e.message}`);

  const ids = new Set([...xml.matchAll(/<bt:(?:Image|Url|String)\s+id="([^"]+)"/g)].map((m) => m[1]));
  for (const m of xml.matchAll(/resid="([^"]+)"/g)) {
    if (!ids.has(m[1])) problems.push(`${path.basename(file)}: resid "${m[1]}" is not defined in <Resources>`);
  }
  return problems;
}

if (require.main === module) {
  const file = process.argv[2] || path.join(__dirname, "..", "manifest.xml");
  validateManifest(file).then(
    (problems) => {
      if (problems.length) {
        for (const p of problems) console.error(p);
        console.error(`清单校验失败 / manifest invalid: ${file}`);
        process.exitCode = 1;
      } else {
        console.log(`清单校验通过 / manifest valid: ${file}`);
      }
    },
    (err) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}

module.exports = { validateManifest };
