import type { AuditResult } from "../../src/core/engine";
import { createOfficeBridge } from "../../src/excel/office-bridge";
import { a1 } from "../../src/core/snapshot/address";
import type { WorkbookSnapshot } from "../../src/core/snapshot/types";
import type { FakeWorkbook } from "./fake-excel";

/** What the CLI and the pane are compared on, from a real .xlsx (test/acceptance/cli-pane-parity.test.ts). */
export const API_LEVELS = ["1.6", "1.9", "1.13", "1.18"];

/** The pane's adapter over a fake Excel, with the File API the fake offers. */
export function paneFor(book: FakeWorkbook) {
  const host = { run: book.run as never, isSetSupported: book.isSetSupported, getFile: book.getFile };
  return createOfficeBridge(host);
}

export const findingKeys = (result: AuditResult) =>
  result.findings.map((f) => `${f.rule}|${f.severity}|${f.sheet}|${f.cell}|${f.message}`);
export const totals = (result: AuditResult) => ({
  送审: result.review.submitted.toString(),
  审定: result.review.approved.toString(),
});

/** Every non-empty cell of the visible sheets by its worksheet address, and every merge: what the engine is given. */
export function cellsOf(snapshot: WorkbookSnapshot): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const s of snapshot.sheets) {
    if (s.hidden) continue;
    s.values.forEach((row, r) =>
      row.forEach((v, c) => {
        const at = `${s.name}!${a1(s.origin.row + r, s.origin.col + c)}`;
        if (v !== null) out[at] = v;
        const f = s.formulas?.[r]?.[c];
        if (f) out[`${at} formula`] = f;
      }),
    );
    for (const m of s.merges) out[`${s.name}!${a1(m.top, m.left)}:${a1(m.bottom, m.right)} merged`] = true;
  }
  return out;
}
