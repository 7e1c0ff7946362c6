import type { Finding, Severity } from "../model/finding";
import type { WorkbookSnapshot } from "../snapshot/types";
import type { StandardPack } from "./types";
import { compact, toHalfWidth } from "../parse/text";
import { toSimplified } from "../text/t2s";
import type { SetupMessage } from "../setup/messages";

export interface PackChoice {
  pack: StandardPack;
  /** Where the place word was found; "fallback" when none was. */
  source: "title" | "unit" | "sheet-name" | "fallback" | "explicit";
  /** The place word that decided it, as the pack writes it. */
  place: string | null;
  /** Why, as a message each host renders (setup/messages.ts). */
  reason: SetupMessage;
}

/** Rows from the top of a sheet that count as its title (the table's header is usually further down). */
const TITLE_ROWS = 8;
const UNIT_LABEL = /(?:编制单位|建设单位|申报单位|填报单位|编报单位|项目单位)/;

const norm = (t: string) => toSimplified(compact(toHalfWidth(t)));

/** The texts a district is named in, strongest first: title rows, 编制单位 (and the cell after it), sheet names. */
function texts(snapshot: WorkbookSnapshot): Record<"title" | "unit" | "sheet-name", string[]> {
  const out = { title: [] as string[], unit: [] as string[], "sheet-name": [] as string[] };
  for (const sheet of snapshot.sheets) {
    if (sheet.hidden) continue;
    out["sheet-name"].push(norm(sheet.name));
    sheet.values.forEach((row, r) => {
      row.forEach((v, c) => {
        if (typeof v !== "string" || !v.trim()) return;
        const t = norm(v);
        if (r < TITLE_ROWS && !UNIT_LABEL.test(t)) out.title.push(t);
        if (UNIT_LABEL.test(t)) {
          out.unit.push(t);
          const next = row[c + 1];
          if (typeof next === "string") out.unit.push(norm(next));
        }
      });
    });
  }
  return out;
}

/**
 * `--standard auto`: the pack whose place words (杨浦, 青浦, 罗湖, 拱墅, 青阳 …, each pack's `places`) the workbook's
 * title rows name — else its 编制单位, else a sheet name — traditional characters matching as simplified ones.
 * Within one source the word found first wins. None found: the fallback pack. Pure.
 */
export function choosePack(
  snapshot: WorkbookSnapshot,
  packs: readonly StandardPack[],
  fallbackId = "yangpu-2023",
): PackChoice {
  const sources = texts(snapshot);
  for (const source of ["title", "unit", "sheet-name"] as const) {
    let best: { pack: StandardPack; place: string; at: number } | null = null;
    sources[source].forEach((text, i) => {
      for (const pack of packs) {
        for (const place of pack.places ?? []) {
          const at = text.indexOf(norm(place));
          if (at < 0) continue;
          const pos = i * 100000 + at;
          if (!best || pos < best.at) best = { pack, place, at: pos };
        }
      }
    });
    if (best) {
      const b = best as { pack: StandardPack; place: string };
      return {
        pack: b.pack,
        source,
        place: b.place,
        reason: { messageId: `setup.pack.${source}`, params: { place: { text: b.place } } },
      };
    }
  }
  const fallback = packs.find((p) => p.id === fallbackId) ?? packs[0];
  return {
    pack: fallback,
    source: "fallback",
    place: null,
    reason: { messageId: "setup.pack.fallback", params: { id: { text: fallback.id } } },
  };
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * The highest severity among the findings as far as the exit code is concerned: a draft pack's findings are advisory,
 * so none of them counts as an error (gongshu-draft never sets exit code 1). Null when there are no findings.
 */
export function exitSeverity(
  pack: Pick<StandardPack, "status">,
  findings: readonly Pick<Finding, "severity">[],
): Severity | null {
  let best: Severity | null = null;
  for (const f of findings) {
    const s: Severity = pack.status === "draft" && f.severity === "error" ? "warning" : f.severity;
    if (best === null || RANK[s] < RANK[best]) best = s;
  }
  return best;
}
