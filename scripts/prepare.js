#!/usr/bin/env node
// `prepare` (run by `npm ci` / `npm install` in a checkout, and by `npm pack`): compiles the CLI into dist/.
// With `--omit=dev` there is no TypeScript to compile with: an existing build is kept, and without one the
// install still succeeds and says how to get the checker (a full `npm ci`, or the packed tarball, which carries
// the compiled CLI). An install from the tarball never runs this script.
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
