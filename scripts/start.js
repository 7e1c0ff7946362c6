#!/usr/bin/env node
// `npm start`: builds the add-in for development and serves it on https://localhost:3000 in the background
// (pid in out/dev-server.pid; `npm stop` ends it), then says how to sideload manifest.xml.
// The Office template's office-addin-debugging cannot sideload on Linux and does not install here, so the
// sideloading step is the person's: see the README.
"use strict";

const { spawn } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
const pidFile = path.join(root, "out", "dev-server.pid");
fs.mkdirSync(path.dirname(pidFile), { recursive: true });

if (fs.existsSync(pidFile)) {
  const pid = Number(fs.readFileSync(pidFile, "utf8"));
  try {
    process.kill(pid, 0);
    console.log(`开发服务器已在运行（pid ${pid}）：https://localhost:3000/taskpane.html`);
    process.exit(0);
  } catch {
    fs.rmSync(pidFile);
  }
}

const log = fs.openSync(path.join(root, "out", "dev-server.log"), "a");
const child = spawn(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "serve", "--mode", "development"], {
  cwd: root,
  detached: true,
  stdio: ["ignore", log, log],
});
fs.writeFileSync(pidFile, String(child.pid));
child.unref();
console.log(`开发服务器启动中（pid ${child.pid}，日志 out/dev-server.log）：https://localhost:3000/taskpane.html`);
console.log("在 Excel 中旁加载 manifest.xml（Windows / Mac / Excel 网页版，步骤见 README）；结束时运行 npm stop。");
