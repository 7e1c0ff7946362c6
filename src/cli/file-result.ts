import type { Finding, Totals } from "../core/model/finding";
import type { MoneyUnit, ProjectProfile } from "../core/model/types";
import type { Verdict } from "../core/plan/verdict";
import type { StandardPack } from "../core/standards/types";

/** What checking one file produced: an audit, or the reason it could not be read. */
export interface FileResult {
  file: string;
  error: { code: string; message: string } | null;
  profile: ProjectProfile | null;
  findings: Finding[];
  totals: Totals | null;
  unit: MoneyUnit;
  /** 审定 (domain.md §6); null for a file that could not be checked. */
  review?: Verdict | null;
  /** The pack this file was checked with (per file under --standard auto) and why. */
  pack?: StandardPack;
  standard?: { id: string; title: string; reason: { zh: string; en: string } };
}
