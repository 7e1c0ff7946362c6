#!/usr/bin/env node
// Fails when two paths under src, test, scripts or bench differ only by letter case — as files, as folders, or as
// modules (the path an import names, without its extension: `Corrections.tsx` beside `corrections.ts` are both
// `./corrections` to a case-insensitive file system, so the build breaks on Windows and macOS). Run by `npm run lint`.
"use strict";

const fs = require("fs");
const path = require("path");

const ROOTS = ["src", "test", "scripts", "bench"];
const SKIP = new Set(["node_modules", "dist", "out", "coverage", "test-results"]);
const MODULE_EXT = /(\.d\.ts|\.tsx|\.ts|\.jsx|\.js|\.cjs|\.mjs|\.json)$/;

/** Every folder and file under the roots, as forward-slash paths relative to `root`. */
function listPaths(root, roots = ROOTS) {
  const out = [];
  const walk = (rel) => {
    for (const entry of fs.readdirSync(path.join(root, rel), { withFileTypes: true })) {
      if (SKIP.has(entry.name)) continue;
      const child = `${rel}/${entry.name}`;
      out.push(child);
      if (entry.isDirectory()) walk(child);
    }
  };
  for (const r of roots) if (fs.existsSync(path.join(root, r))) walk(r);
  return out;
}

/**
 * The groups of paths that clash: equal when letter case is ignored — as paths, or as module paths (the extension
 * left out) — but not equal as written. A `.d.ts` beside its `.js`, spelled alike, is one module and no clash.
 */
function caseClashes(paths) {
  const groups = new Map();
  const add = (key, p) => {
    const k = key.toLowerCase();
    if (!groups.has(k)) groups.set(k, new Map());
    groups.get(k).set(p, key);
  };
  for (const p of paths) {
    add(p, p);
    const mod = p.replace(MODULE_EXT, "");
    if (mod !== p) add(`module:${mod}`, p);
  }
  const clashes = [];
  const seen = new Set();
  for (const members of groups.values()) {
    const spellings = new Set(members.values());
    if (spellings.size < 2) continue;
    const list = [...members.keys()].sort();
    const id = list.join("\n");
    if (seen.has(id)) continue;
    seen.add(id);
    clashes.push(list);
  }
  return clashes;
}

if (require.main === module) {
  const clashes = caseClashes(listPaths(path.join(__dirname, "..")));
  for (const group of clashes) console.error(`Names that differ only by case: ${group.join(", ")}`);
  if (clashes.length > 0) {
    console.error("Rename one of each group so its name says what it holds (and update the imports).");
    process.exit(1);
  }
}

module.exports = { caseClashes, listPaths };
