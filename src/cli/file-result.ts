import type { Finding, Totals } from "../core/model/finding";
import type { MoneyUnit, ProjectProfile } from "../core/model/types";

/** What checking one file produced: an audit, or the reason it could not be read. */
export interface FileResult {
  file: string;
  error: { code: string; message: string } | null;
  profile: ProjectProfile | null;
  findings: Finding[];
  totals: Totals | null;
  unit: MoneyUnit;
}
