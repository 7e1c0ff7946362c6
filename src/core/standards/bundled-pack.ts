import type { StandardPack } from "./types";
import { findImplementation } from "../rules/registry";
import { checkPackData } from "./check-pack-data";

/**
 * A pack compiled into an adapter (the task pane's bundled packs). It was validated with the strict loader at build
 * time — test/taskpane/bundled-packs.test.ts loads every bundled pack with `loadStandard` and fails the build when one
 * is not valid — so the pane carries no schema validators (about 29 KB gzipped of its bundle budget). At run time only
 * what a mismatched build could break is checked: the id against the file name, every rule's implementation, and the
 * pack's own cross-references.
 */
export function bundledPack(json: unknown, expectedId: string): StandardPack {
  const pack = json as StandardPack;
  if (!pack || typeof pack !== "object" || pack.id !== expectedId || !pack.rules) {
    throw new Error(`bundled pack ${expectedId} does not match its file`);
  }
  for (const [ruleId, entry] of Object.entries(pack.rules)) {
    if (!findImplementation(entry.uses ?? ruleId))
      throw new Error(`bundled pack ${expectedId}: rule ${ruleId} has no implementation`);
  }
  const problem = checkPackData(pack);
  if (problem) throw new Error(`bundled pack ${expectedId}: ${problem.field} ${problem.detail.en}`);
  return pack;
}
