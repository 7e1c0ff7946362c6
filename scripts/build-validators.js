#!/usr/bin/env node
// npm run build:validators — regenerates src/core/standards/validators.generated.ts (see validators-codegen.js).
// The rules are TypeScript: they are loaded through a small require hook that transpiles them with the project's
// own typescript, so this works on a fresh clone before any build.
"use strict";

const fs = require("fs");
const path = require("path");
const ts = require("typescript");
const { generateValidators } = require("./validators-codegen");

const root = path.join(__dirname, "..");
require.extensions[".ts"] = (module, filename) => {
  const source = fs.readFileSync(filename, "utf8");
  const out = ts.transpileModule(source, {
    fileName: filename,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true },
  });
  module._compile(out.outputText, filename);
};

const packSchema = JSON.parse(fs.readFileSync(path.join(root, "standards", "standard.schema.json"), "utf8"));
const { IMPLEMENTATIONS } = require(path.join(root, "src", "core", "rules", "registry.ts"));
const target = path.join(root, "src", "core", "standards", "validators.generated.ts");
const text = generateValidators(packSchema, IMPLEMENTATIONS);
if (fs.existsSync(target) && fs.readFileSync(target, "utf8") === text) {
  console.log(`${path.relative(root, target)} is up to date`);
} else {
  fs.writeFileSync(target, text);
  console.log(`wrote ${path.relative(root, target)} (${text.length} characters)`);
}
