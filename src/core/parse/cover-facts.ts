import type { StatedFact } from "../model/types";
import type { SheetGrid } from "./grid";
import { compact, toHalfWidth } from "./text";

/**
 * Project facts stated as key–value pairs on a cover sheet, a 申报表 or a 项目概况 block (domain.md §3 default 14):
 * "建设性质：升级改造" in one cell, or "建设性质 | 新建" in two cells side by side. Only keys a reviewer reads for the
 * project's kind, system, size and counts are taken; the value is kept as written, with where it was found.
 */
const KEYS: readonly [StatedFact["key"], RegExp][] = [
  ["name", /^(项目名称|工程名称|项目全称)$/],
  ["unit", /^(建设单位|申报单位|项目单位|项目建设单位)$/],
  ["kind", /^(建设性质|项目性质|项目类型|项目类别|建设类型|申报类型)$/],
  ["system", /^(系统类型|系统类别|系统名称|建设内容类型)$/],
  ["tier", /^(建设规模|项目规模|系统规模|规模)$/],
  ["seats", /^(坐席数|坐席数量|坐席)$/],
  ["terminals", /^(终端数|终端数量|视频终端数|会场数|终端)$/],
  ["area", /^(机房面积|建筑面积|使用面积|面积)$/],
];

const MAX_KEY = 12;
const MAX_VALUE = 60;

function keyOf(text: string): StatedFact["key"] | null {
  const t = compact(toHalfWidth(text)).replace(/[:：]$/, "");
  if (!t || t.length > MAX_KEY) return null;
  for (const [key, re] of KEYS) if (re.test(t)) return key;
  return null;
}

/** Every stated fact of a sheet, top to bottom; rows of a budget table are not looked at (`skip`). */
export function coverFacts(grid: SheetGrid, skip: (r: number) => boolean): StatedFact[] {
  const facts: StatedFact[] = [];
  for (let r = 0; r < grid.rowCount; r++) {
    if (skip(r) || grid.isEmptyRow(r)) continue;
    for (let c = 0; c < grid.colCount; c++) {
      const text = grid.text(r, c);
      if (!text) continue;
      const inCell = /^([^:：]{1,12})[:：]\s*(.+)$/.exec(text);
      const key = keyOf(inCell ? inCell[1] : text);
      if (!key) continue;
      let value = inCell ? inCell[2].trim() : "";
      if (!value) for (let k = c + 1; k < grid.colCount && !value; k++) value = grid.text(r, k);
      if (!value || value.length > MAX_VALUE) continue;
      facts.push({ key, value, sheet: grid.name, row: grid.row(r), col: grid.col(c) });
    }
  }
  return facts;
}

/** A stated count or area as a phrase the count rules read ("坐席数：30" → "30坐席"), beside the fact itself. */
export function factPhrase(fact: StatedFact): string {
  const n = /(\d+(?:\.\d+)?)/.exec(toHalfWidth(fact.value))?.[1];
  // A unit's name is for the report's heading only: not text the keyword rules read.
  if (fact.key === "unit") return "";
  if (!n) return fact.value;
  if (fact.key === "seats") return `${n}个坐席`;
  if (fact.key === "area") return /㎡|平方米|平米|m2/i.test(fact.value) ? fact.value : `${n}平方米`;
  if (fact.key === "terminals") return `${n}个终端`;
  return fact.value;
}
