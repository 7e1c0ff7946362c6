#!/usr/bin/env node
// The `dependencies` script (run by `npm ci` / `npm install` in a checkout, after node_modules changed): compiles
// the CLI into dist/. Not `prepare`: npm lists a package's `prepare` as an unapproved install script when the packed
// tarball is installed (`npm install -g ./budget-ruler-*.tgz`), although it never runs it there; `dependencies`
// runs only for the project itself. `npm pack` compiles through `prepack`.
// With `--omit=dev` there is no TypeScript to compile with: an existing build is kept, and without one the
// install still succeeds and says how to get the checker (a full `npm ci`, or the packed tarball, which carries
// the compiled CLI).
"use strict";

const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
let tsc;
try {
  tsc = require.resolve("typescript/bin/tsc", { paths: [root] });
} catch {
  const built = fs.existsSync(path.join(root, "dist", "src", "cli", "main.js"));
  console.log(
    built
      ? "prepare: TypeScript is not installed (--omit=dev); the CLI already built in dist/ is used as it is."
      : "prepare: TypeScript is not installed (--omit=dev), so the CLI is not compiled. Run `npm ci` to build it, or install the packed checker (see README).",
  );
  process.exit(0);
}
const r = spawnSync(process.execPath, [tsc, "-p", "tsconfig.cli.json"], { cwd: root, stdio: "inherit" });
process.exit(r.status ?? 1);
