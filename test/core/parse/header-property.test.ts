import { audit } from "../../../src/core/engine";
import type { ColumnRole } from "../../../src/core/model/types";
import type { CellValue, WorkbookSnapshot } from "../../../src/core/snapshot/types";
import { HEADER_SYNONYMS, roleOfHeader } from "../../../src/core/parse/header";
import { yangpu } from "../../support/pack";
import { corpus } from "../../corpus/index";
import { corpus2 } from "../../corpus2/index";
import { mulberry32 } from "../../support/rng";

/**
 * Properties of reading (issue 8): the findings follow what the columns hold, not the words over them or where they
 * stand. Over every corpus workbook: renaming each recognised header cell to another accepted wording of its role,
 * and reordering a single-sheet table's columns, leave the findings (rule, severity, sheet, row) unchanged.
 */
const pack = yangpu();
const all = [...corpus, ...corpus2].map((e) => ({ name: e.name, build: e.build }));

const key = (snapshot: WorkbookSnapshot) =>
  audit(snapshot, pack)
    .findings.map((f) => `${f.rule}|${f.severity}|${f.sheet}|${f.row}`)
    .sort();

/** Chinese wordings of a role that name it on their own (English ones are tested in header.test.ts). */
function wordings(role: ColumnRole): string[] {
  return HEADER_SYNONYMS[role].filter((w) => /[\u4e00-\u9fff]/.test(w) && roleOfHeader(w) === role);
}

function renamed(snapshot: WorkbookSnapshot, random: () => number): WorkbookSnapshot {
  const model = audit(snapshot, pack).model;
  const copy: WorkbookSnapshot = JSON.parse(JSON.stringify(snapshot));
  for (const table of model.tables) {
    const sheet = copy.sheets.find((s) => s.name === table.sheet)!;
    const r = table.headerRow - sheet.origin.row;
    for (const info of table.columnInfo) {
      const c = info.col - sheet.origin.col;
      const cell = sheet.values[r]?.[c];
      if (
        !info.role ||
        info.evidence[0]?.kind !== "header" ||
        typeof cell !== "string" ||
        roleOfHeader(cell) !== info.role
      )
        continue;
      const unit = /[(（]\s*(万元|元)\s*[)）]/.exec(cell)?.[0] ?? "";
      const choices = wordings(info.role);
      sheet.values[r][c] = choices[Math.floor(random() * choices.length)] + unit;
    }
  }
  return copy;
}

describe("renaming a header to another accepted wording leaves the findings unchanged", () => {
  it.each(all.map((e) => [e.name, e] as const))("%s", (_name, entry) => {
    const snapshot = entry.build();
    const random = mulberry32(entry.name.length * 7919);
    const base = key(snapshot);
    for (let variant = 0; variant < 3; variant++) expect(key(renamed(snapshot, random))).toEqual(base);
  });
});

/** The table's columns in another order (the same permutation on every row); formulas dropped, their values kept. */
function reordered(snapshot: WorkbookSnapshot, random: () => number): WorkbookSnapshot {
  const s = snapshot.sheets[0];
  const width = Math.max(...s.values.map((r) => r.length));
  const order = Array.from({ length: width }, (_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const move = <T>(row: T[] | undefined | null): T[] => order.map((i) => row?.[i] as T);
  return {
    ...snapshot,
    sheets: [
      {
        ...s,
        values: s.values.map((r) => move<CellValue>(r).map((v) => v ?? null)),
        formulas: undefined,
        numberFormats: s.numberFormats?.map((r) => move(r ?? [])),
        merges: [],
      },
    ],
  } as WorkbookSnapshot;
}

/**
 * Single-sheet workbooks whose merges are title rows only (a one-row merge holds its text in one cell, wherever the
 * columns go) and whose every formula has its value: reordering keeps what they say.
 */
const reorderable = all.filter((e) => {
  const snap = e.build();
  if (
    snap.sheets.length !== 1 ||
    snap.sheets[0].hidden ||
    snap.sheets[0].merges.some((m) => m.bottom > m.top || m.top > 2)
  )
    return false;
  // One table: a permutation of every column would interleave two tables side by side or stacked.
  if (audit(snap, pack).model.tables.length !== 1) return false;
  const s = snap.sheets[0];
  return s.values.every((row, r) => row.every((v, c) => !(s.formulas?.[r]?.[c] && (v === null || v === ""))));
});

describe("reordering a table's columns leaves the findings unchanged", () => {
  it("has enough workbooks to say something", () => expect(reorderable.length).toBeGreaterThan(25));
  it.each(reorderable.map((e) => [e.name, e] as const))("%s", (_name, entry) => {
    const snapshot = entry.build();
    const random = mulberry32(entry.name.length * 104729);
    const base = key({
      ...snapshot,
      sheets: [{ ...snapshot.sheets[0], formulas: undefined, merges: [] }],
    } as WorkbookSnapshot);
    for (let variant = 0; variant < 2; variant++) expect(key(reordered(snapshot, random))).toEqual(base);
  });
});
