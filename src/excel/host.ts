import type { HostCapabilities } from "./bridge";

/** `Excel.run` as the adapter needs it; tests pass the fake host's. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
export type IsSetSupported = (name: string, version?: string) => boolean;

export interface ExcelHost {
  run: ExcelRun;
  isSetSupported: IsSetSupported;
  /**
   * The open workbook as .xlsx bytes (the File API, Document.getFileAsync): where Office.js cannot tell merged
   * areas (below ExcelApi 1.13) they are read from it. Absent where the host has no File API.
   */
  getFile?: () => Promise<Uint8Array>;
}

/** Baseline is ExcelApi 1.6 (the manifest's minimum); newer sets switch on better behaviour where present. */
export function detectCapabilities(isSetSupported: IsSetSupported): HostCapabilities {
  const has = (v: string) => {
    try {
      return isSetSupported("ExcelApi", v);
    } catch {
      return false;
    }
  };
  return { notes: has("1.18"), rangeAreas: has("1.9"), mergedAreas: has("1.13") };
}
