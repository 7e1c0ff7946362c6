import type { MoneyUnit } from "../model/types";
import type { StandardPack } from "../standards/types";
import type { CellChange } from "../plan/types";
import type { UnadjustedFinding, Verdict, VerdictLine } from "../plan/verdict";
import { findingText, renderRef, type MessageRef } from "../standards/messages";
import { RESTATED_NOTE, UNADJUSTED_REASONS } from "../labels/verdict";

/**
 * The verdict's words, rendered at the edge: the verdict (plan/verdict.ts) and the 按标准核定 plan carry pack
 * message ids and arguments; a host renders them here, in its language, with the pack the budget was checked with.
 */
type Lang = "zh-CN" | "en-US";

/** A verdict line's reason: its messages in `lang`, each once, joined as the language joins clauses. */
export function verdictReason(
  line: { messages: readonly MessageRef[] },
  pack: StandardPack,
  unit: MoneyUnit,
  lang: Lang,
): string {
  const texts = [...new Set(line.messages.map((m) => renderRef(pack, m, unit, lang)))];
  return texts.join(lang === "zh-CN" ? "；" : "; ");
}

/** Why an error finding is left to a person: the finding's own message, then the verdict's reason for leaving it. */
export function unadjustedReason(u: UnadjustedFinding, pack: StandardPack, unit: MoneyUnit, lang: Lang): string {
  const template = UNADJUSTED_REASONS[u.why][lang === "zh-CN" ? "zh" : "en"];
  const message = findingText(u.finding, pack, unit, lang);
  return template.replace("{message}", () => message);
}

/**
 * Why 按标准核定 writes a cell: the verdict's reason for its line; on a line whose amount is already within the cap
 * (only its 单价 or 费率 changes), followed by a note that says so.
 */
export function changeReason(c: CellChange, pack: StandardPack, unit: MoneyUnit, lang: Lang): string {
  const reason = verdictReason(c, pack, unit, lang);
  if (!c.restated) return reason;
  const l = lang === "zh-CN" ? "zh" : "en";
  const what = c.role === "rate" ? RESTATED_NOTE.rate[l] : RESTATED_NOTE.unitPrice[l];
  return reason + RESTATED_NOTE.note[l].replace("{what}", what);
}

/** A verdict line with its reason in both languages: what a report or a thread-crossing result carries. */
export type ReasonedLine = VerdictLine & { reason: string; reasonEn: string };
export type ReasonedUnadjusted = UnadjustedFinding & { reason: string; reasonEn: string };
export type ReasonedVerdict = Omit<Verdict, "lines" | "restated" | "unadjusted"> & {
  lines: ReasonedLine[];
  restated: ReasonedLine[];
  unadjusted: ReasonedUnadjusted[];
};

/**
 * The verdict with every reason rendered in both languages, for hosts whose reports are written away from the pack
 * (the CLI's results cross threads; a 审核意见表 is written in the language chosen later).
 */
export function withReasons(v: Verdict, pack: StandardPack): ReasonedVerdict {
  const line = (l: VerdictLine): ReasonedLine => ({
    ...l,
    reason: verdictReason(l, pack, v.unit, "zh-CN"),
    reasonEn: verdictReason(l, pack, v.unit, "en-US"),
  });
  return {
    ...v,
    lines: v.lines.map(line),
    restated: v.restated.map(line),
    unadjusted: v.unadjusted.map((u) => ({
      ...u,
      reason: unadjustedReason(u, pack, v.unit, "zh-CN"),
      reasonEn: unadjustedReason(u, pack, v.unit, "en-US"),
    })),
  };
}
