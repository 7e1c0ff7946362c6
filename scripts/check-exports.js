#!/usr/bin/env node
// Lists the exports nobody imports: every `export` of a TypeScript module under src (and the shared helpers under
// test) that no other file of src, test, bench, scripts or bin imports, re-exports or requires. Such an export is dead
// code or a name that should stay private to its module (an exported type that its own module uses is allowed: it
// names what an exported function takes or returns). Syntax only (the TypeScript parser, no type checking), so it
// runs in about a second. Run by `npm run lint`; exits 1 and names each one.
"use strict";

const fs = require("fs");
const path = require("path");
const ts = require("typescript");

const ROOT = path.join(__dirname, "..");
const SCANNED = ["src", "test", "bench", "scripts", "bin"];
const SKIP = new Set(["node_modules", "dist", "out", "coverage", "test-results"]);
const RESOLVE_EXT = [".ts", ".tsx", ".d.ts", ".js", "/index.ts", "/index.tsx"];

/**
 * Exports used from outside the TypeScript import graph, as `file#name` (a script requiring a .ts file through a
 * register hook, a path built at run time).
 */
const USED_ELSEWHERE = new Set([
  "src/core/rules/registry.ts#IMPLEMENTATIONS", // scripts/build-validators.js
  // The page's `zlib` (webpack.config.js resolves src/cli/zip.ts's `import * as zlib from "zlib"` here).
  "src/web/zlib-inflate.ts#inflateRawSync",
  "src/web/zlib-inflate.ts#crc32",
]);

function listFiles(dir, out = []) {
  if (!fs.existsSync(dir)) return out;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue;
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) listFiles(p, out);
    else if (/\.(tsx?|js|cjs|mjs)$/.test(entry.name)) out.push(p);
  }
  return out;
}

const rel = (p) => path.relative(ROOT, p).split(path.sep).join("/");

function resolve(from, spec) {
  if (!spec.startsWith(".")) return null;
  const base = path.resolve(path.dirname(from), spec);
  for (const candidate of [base, ...RESOLVE_EXT.map((ext) => base + ext)]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) {
      // A compiled file (dist/src/x.js, or a test's own build of it) stands for its source.
      return candidate;
    }
  }
  // A script's .js beside its .d.ts, or a compiled path: map dist/<file>.js to <file>.ts.
  const m = rel(base).match(/^dist\/(.+?)(\.js)?$/);
  if (m)
    for (const ext of [".ts", ".tsx"])
      if (fs.existsSync(path.join(ROOT, m[1] + ext))) return path.join(ROOT, m[1] + ext);
  return null;
}

/** The exports of one module (name → line) and what it takes from others (file → names, or "*" for all). */
function scan(file) {
  const text = fs.readFileSync(file, "utf8");
  const kind = file.endsWith(".tsx") ? ts.ScriptKind.TSX : file.endsWith(".ts") ? ts.ScriptKind.TS : ts.ScriptKind.JS;
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const exports = new Map();
  const uses = [];
  const lineOf = (node) => sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
  const use = (spec, names) => {
    const target = resolve(file, spec);
    if (target) uses.push({ target, names });
  };
  const hasExport = (node) =>
    ts.canHaveModifiers(node) && (ts.getModifiers(node) || []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  const isDefault = (node) => (ts.getModifiers(node) || []).some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);

  for (const st of sf.statements) {
    if (ts.isImportDeclaration(st)) {
      const c = st.importClause;
      const names = [];
      if (!c) names.push("*");
      else {
        if (c.name) names.push("default");
        if (c.namedBindings) {
          if (ts.isNamespaceImport(c.namedBindings)) names.push("*");
          else for (const e of c.namedBindings.elements) names.push((e.propertyName || e.name).text);
        }
      }
      use(st.moduleSpecifier.text, names);
    } else if (ts.isExportDeclaration(st)) {
      if (st.moduleSpecifier) {
        if (!st.exportClause || ts.isNamespaceExport(st.exportClause)) use(st.moduleSpecifier.text, ["*"]);
        else
          use(
            st.moduleSpecifier.text,
            st.exportClause.elements.map((e) => (e.propertyName || e.name).text),
          );
      }
      // A name passed on from another module is that module's to keep: here it only has to be used.
      const local = !st.moduleSpecifier;
      if (st.exportClause && ts.isNamedExports(st.exportClause))
        for (const e of st.exportClause.elements)
          exports.set(e.name.text, { line: lineOf(e), type: local && (st.isTypeOnly || e.isTypeOnly) });
      else if (st.exportClause) exports.set(st.exportClause.name.text, { line: lineOf(st), type: false });
    } else if (ts.isExportAssignment(st)) {
      exports.set("default", { line: lineOf(st), type: false });
    } else if (hasExport(st)) {
      const type = ts.isInterfaceDeclaration(st) || ts.isTypeAliasDeclaration(st);
      if (isDefault(st)) exports.set("default", { line: lineOf(st), type });
      else if (ts.isVariableStatement(st)) {
        for (const d of st.declarationList.declarations)
          if (ts.isIdentifier(d.name)) exports.set(d.name.text, { line: lineOf(d), type });
      } else if (st.name && ts.isIdentifier(st.name)) exports.set(st.name.text, { line: lineOf(st), type });
    }
  }

  const visit = (node) => {
    if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      let q = node.qualifier;
      while (q && ts.isQualifiedName(q)) q = q.left;
      use(node.argument.literal.text, [q ? q.text : "*"]);
    } else if (ts.isCallExpression(node) && node.arguments.length > 0 && ts.isStringLiteralLike(node.arguments[0])) {
      const callee = node.expression;
      const isImport = callee.kind === ts.SyntaxKind.ImportKeyword;
      const isRequire = ts.isIdentifier(callee) && callee.text === "require";
      if (isImport || isRequire) use(node.arguments[0].text, ["*"]);
    } else if (kind === ts.ScriptKind.JS && ts.isStringLiteralLike(node)) {
      // Scripts and benchmarks reach compiled modules through built paths: out("src/core/engine.js").
      const m = node.text.match(/^(?:dist\/)?((?:src|test)\/[\w./-]+)\.js$/);
      if (m)
        for (const ext of [".ts", ".tsx"])
          if (fs.existsSync(path.join(ROOT, m[1] + ext)))
            uses.push({ target: path.join(ROOT, m[1] + ext), names: ["*"] });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  /** How often a name occurs in the module's own text (its declaration counts once). */
  const occurrences = (name) =>
    (text.match(new RegExp(`(?<![\\w$])${name.replace(/\$/g, "\\$")}(?![\\w$])`, "g")) || []).length;
  return { exports, uses, occurrences };
}

/** Every export of a checked module (src, and test's non-test modules) that nothing imports, as `file:line name`. */
function unusedExports() {
  const files = SCANNED.flatMap((d) => listFiles(path.join(ROOT, d)));
  const scanned = new Map(files.map((f) => [f, scan(f)]));
  const used = new Map();
  for (const [file, { uses }] of scanned) {
    for (const { target, names } of uses) {
      if (target === file) continue;
      if (!used.has(target)) used.set(target, new Set());
      for (const n of names) used.get(target).add(n);
    }
  }
  const unused = [];
  for (const [file, { exports, occurrences }] of scanned) {
    const r = rel(file);
    const checked =
      /\.tsx?$/.test(r) &&
      !r.endsWith(".d.ts") &&
      !/\.test\.tsx?$/.test(r) &&
      (r.startsWith("src/") || r.startsWith("test/"));
    if (!checked) continue;
    const names = used.get(file) || new Set();
    if (names.has("*")) continue;
    for (const [name, { line, type }] of exports) {
      if (names.has(name) || USED_ELSEWHERE.has(`${r}#${name}`)) continue;
      // A type its own module uses (the parameters or result of an exported function) may stay exported: it
      // names what callers pass. A type nothing uses, and any value nobody imports, may not.
      if (type && occurrences(name) > 1) continue;
      unused.push(`${r}:${line} ${name}`);
    }
  }
  return unused.sort();
}

if (require.main === module) {
  const unused = unusedExports();
  for (const u of unused) console.error(`export nobody imports: ${u}`);
  if (unused.length > 0) {
    console.error(
      `${unused.length} exports nobody imports: remove them, or drop \`export\` if the module uses them itself.`,
    );
    process.exit(1);
  }
}

module.exports = { unusedExports };
