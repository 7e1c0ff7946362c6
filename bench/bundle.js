// taskpane.bundle.gzip_bytes: the production task pane bundle (JavaScript of dist/web), gzipped.
"use strict";

const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

async function run(print) {
  const root = path.join(__dirname, "..");
  execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"], {
    cwd: root,
    stdio: "ignore",
  });
  const dir = path.join(root, "dist", "web");
  const js = fs.readdirSync(dir).filter((f) => f.startsWith("taskpane") && f.endsWith(".js"));
  const bytes = js.reduce((n, f) => n + zlib.gzipSync(fs.readFileSync(path.join(dir, f)), { level: 9 }).length, 0);
  print("taskpane.bundle.gzip_bytes", bytes, "<= 250000");
}

module.exports = { run };
