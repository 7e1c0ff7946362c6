// excel.check.10k_lines.syncs and excel.flag.10k_lines.max_request_bytes: the Office.js adapter against the
// fake Excel host (compiled by tsconfig.bench.json), on the same generated 10,000-line sheet as the core bench.
// Request bytes are the fake's measurement: each request serialised as Office.js's RichApi JSON (actions, object
// paths, arguments; see test/support/fake-excel.ts), the same figure the unit tests hold under 4 MB.
"use strict";

const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");
const { budgetWorkbook } = require("./generate");

async function run(print) {
  const root = path.join(__dirname, "..");
  execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.bench.json"], {
    cwd: root,
    stdio: "inherit",
  });
  const out = (p) => path.join(root, "dist", "bench", p);
  const { createOfficeBridge } = require(out("src/excel/office-bridge.js"));
  const { fakeFromSnapshot } = require(out("test/support/fake-from-snapshot.js"));
  const { audit } = require(out("src/core/engine.js"));
  const { loadStandard } = require(out("src/core/standards/load-standard.js"));
  const pack = loadStandard(JSON.parse(fs.readFileSync(path.join(root, "standards/yangpu-2023.json"), "utf8")));

  const book = fakeFromSnapshot(budgetWorkbook(10000), "1.18");
  const bridge = createOfficeBridge({ run: book.run, isSetSupported: book.isSetSupported });
  book.resetStats();
  const snapshot = await bridge.readWorkbook();
  print("excel.check.10k_lines.syncs", book.stats.syncs, "<= 2");
  print("excel.check.10k_lines.max_response_bytes", Math.max(...book.stats.responseBytes), "< 5242880");

  const { findings } = audit(snapshot, pack);
  // Flag every line's amount cell as well as the real findings: the worst case for request size.
  const sheet = snapshot.sheets[0];
  const all = [...findings];
  for (const line of audit(snapshot, pack).model.lines) {
    if (line.amount)
      all.push({ ...findings[0], rule: "bench", sheet: sheet.name, cell: `G${line.row + 1}`, row: line.row + 1 });
  }
  book.resetStats();
  const { flagged } = await bridge.flagFindings(all);
  print("excel.flag.10k_lines.flagged_cells", flagged);
  print("excel.flag.10k_lines.syncs", book.stats.syncs);
  print("excel.flag.10k_lines.max_request_bytes", Math.max(...book.stats.requestBytes), "< 4000000");
  const total = book.stats.requestBytes.reduce((a, b) => a + b, 0);
  print("excel.flag.10k_lines.request_bytes_per_cell", Math.round(total / flagged));
  book.resetStats();
  await bridge.clearFlags();
  print("excel.clear.10k_lines.syncs", book.stats.syncs);
}

module.exports = { run };
