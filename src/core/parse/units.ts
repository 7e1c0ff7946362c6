import type { MoneyUnit } from "../model/types";
import { compact, toHalfWidth } from "./text";

/** "单位：万元", "金额单位:元", "（万元）" in a title or a line above the header. */
export function unitFromTitle(text: string): MoneyUnit | null {
  const t = compact(toHalfWidth(text));
  const m = /单位:?(万元|元)/.exec(t) ?? /\((万元|元)\)/.exec(t);
  return m ? (m[1] as MoneyUnit) : null;
}

/** The unit a header states for its column: "金额（万元）", "单价(元)", "单价(元/台)", "合价/万元". */
export function unitFromHeader(text: string): MoneyUnit | null {
  const t = compact(toHalfWidth(text));
  if (t.includes("万元")) return "万元";
  if (/[(/:]元/.test(t) || /元\)/.test(t) || /[价额费值]元$/.test(t)) return "元";
  return null;
}
