import type { FileResult } from "../cli/file-result";

/*
 * What the page and its workers say to each other (plain data: structured clone). Results cross packed
 * (src/cli/transfer.ts: every Decimal as { $decimal }), as they cross the CLI's worker processes.
 */

export type Lang = "zh-CN" | "en-US";
export interface Both {
  zh: string;
  en: string;
}

/** The standard to check with: 自动, a bundled pack, or a pack file of the user's own (its text). */
export type StandardChoice =
  { kind: "auto" } | { kind: "id"; id: string } | { kind: "file"; name: string; text: string };

export interface Setup {
  standard: StandardChoice;
  lang: Lang;
  /** The values the user typed, by setup field name (kind, system, tier, the packs' profile values); blank: not given. */
  values: Record<string, string>;
  includeHidden: boolean;
}

/** A field the page offers: a project field or a profile value some pack uses. */
export interface FieldInfo {
  name: string;
  type: string;
  choices: string[] | null;
  label: Both;
  /** The packs that use it (empty for kind, system and tier, which every pack uses). */
  packs: string[];
}

export interface PackInfo {
  id: string;
  title: string;
}

/** One row of the page's table, computed in the worker (labels in both languages, money exact in 元). */
export interface Row {
  project: string | null;
  kind: Both | null;
  system: Both | null;
  standard: { id: string; title: string; reason: Both } | null;
  /** 元, exact decimal strings; null for a file that was not audited. */
  submitted: string | null;
  approved: string | null;
  reduction: string | null;
  /** 审减率 as a fraction ("0.0727"). */
  rate: string | null;
  errors: number;
  warnings: number;
  route: Both | null;
  /** Why it could not be read (code and message), or why it was skipped. */
  problem: { code: string; message: string } | null;
}

export type Request =
  | { type: "hello" }
  | { type: "setup"; setup: Setup }
  /** `explain`: with how every row was read (`reading`), as --explain; never with `annotate` (the copy is the CLI's). */
  | { type: "check"; file: string; name: string; bytes: ArrayBuffer; annotate: boolean; explain: boolean }
  | { type: "json"; results: FileResult[] }
  | { type: "summary"; results: FileResult[]; lang: Lang };

export type Reply =
  | { type: "hello"; packs: PackInfo[]; fields: FieldInfo[]; version: string }
  | { type: "setup"; error: string | null }
  | { type: "check"; result: FileResult; row: Row; copy: ArrayBuffer | null; copyError: string | null }
  | { type: "json"; text: string }
  | { type: "summary"; bytes: ArrayBuffer }
  | { type: "failed"; message: string };
