import type { MoneyUnit } from "../model/types";
import { compact, toHalfWidth } from "./text";

/**
 * "单位：万元", "金额单位:元", "单位：人民币万元", "单位/万元", "单位：万", "（万元）" in a title or a line above
 * the header. A bare "万" after 单位 means 万元 (nothing else is counted in 万 on a budget).
 */
export function unitFromTitle(text: string): MoneyUnit | null {
  const t = compact(toHalfWidth(text));
  const m = /(?<!编制)单位[:/]?(?:人民币|RMB)?(万元|万|元)/i.exec(t) ?? /\((?:人民币)?(万元|元)\)/.exec(t);
  if (!m) return null;
  return m[1] === "元" ? "元" : "万元";
}

/**
 * A unit stated for what follows ("金额单位：万元", "单位：元") — not a field's own unit ("申报金额（万元）" on a
 * form states the unit of that one figure).
 */
export function unitStatement(text: string): MoneyUnit | null {
  const m = /(?<!编制)单位[:/]?(?:人民币|RMB)?(万元|万|元)/i.exec(compact(toHalfWidth(text)));
  return m ? (m[1] === "元" ? "元" : "万元") : null;
}

/** The unit a header states for its column: "金额（万元）", "单价(元)", "单价(元/台)", "合价/万元". */
export function unitFromHeader(text: string): MoneyUnit | null {
  const t = compact(toHalfWidth(text));
  if (t.includes("万元")) return "万元";
  if (/[(/:]元/.test(t) || /元\)/.test(t) || /[价额费值]元$/.test(t)) return "元";
  return null;
}
