#!/usr/bin/env node
// `npm run corpus:gen -- --seed N --count M`: generates M budget workbooks from seed N (test/corpus3), audits each
// and prints the share read exactly and the first failures by dimension. Runs through jest (ts-jest compiles the
// generator and the engine from their sources).
"use strict";
const { spawnSync } = require("child_process");
const { parseArgs } = require("node:util");
const path = require("path");

const { values } = parseArgs({
  options: {
    seed: { type: "string", default: "1" },
    count: { type: "string", default: "20000" },
    failures: { type: "string", default: "10" },
  },
});
const root = path.resolve(__dirname, "..");
const jest = path.join(root, "node_modules", "jest", "bin", "jest.js");
const run = spawnSync(
  process.execPath,
  [jest, "--rootDir", root, "--roots", "<rootDir>/test/corpus3", "--testMatch", "**/run.debug.ts"],
  {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, SEED: values.seed, COUNT: values.count, FAILURES: values.failures },
  },
);
process.exit(run.status ?? 1);
