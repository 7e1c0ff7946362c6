#!/usr/bin/env node
// `npm stop`: ends the dev server `npm start` left running.
"use strict";

const fs = require("fs");
const path = require("path");

const pidFile = path.join(__dirname, "..", "out", "dev-server.pid");
if (!fs.existsSync(pidFile)) {
  console.log("没有正在运行的开发服务器。");
  process.exit(0);
}
const pid = Number(fs.readFileSync(pidFile, "utf8"));
try {
  process.kill(-pid); // the whole process group: webpack and its workers
} catch {
  try {
    process.kill(pid);
  } catch {
    // already gone
  }
}
fs.rmSync(pidFile);
console.log(`开发服务器已停止（pid ${pid}）。`);
