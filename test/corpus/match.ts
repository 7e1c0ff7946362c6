import type { Finding } from "../../src/core/model/finding";
import type { Expect } from "./kit";

/** A finding matches an expectation when rule and severity agree, the sheet agrees (either may be unsaid), and the row and cell agree when given. */
export function matches(e: Expect, f: Finding): boolean {
  if (e.rule !== f.rule || e.severity !== f.severity) return false;
  if (e.sheet !== undefined && f.sheet !== null && e.sheet !== f.sheet) return false;
  if (e.row !== undefined && f.row !== e.row) return false;
  if (e.cell !== undefined && f.cell !== e.cell) return false;
  return true;
}

/** Same rule (any severity), sheet compatible: the finding is about the expected thing but in the wrong place/severity. */
export function near(e: Expect, f: Finding): boolean {
  return e.rule === f.rule && (e.sheet === undefined || f.sheet === null || e.sheet === f.sheet);
}
