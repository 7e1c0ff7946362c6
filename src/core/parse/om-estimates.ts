import type { ParsedWorkbook } from "./types";

/** Said of a table that is not part of the construction cost (default 15). */
export const APART_FROM_CONSTRUCTION = /不计入建设投资|不计入项目?总投资|不纳入建设投资/;
/** What an O&M estimate sheet or table is called. */
export const OM_ESTIMATE_NAME = /运维费用?估算|运维费用?测算|运行维护费用?估算/;
/** A sheet or table that says it is an O&M estimate, or that it is not part of the construction cost. */
const OM_ESTIMATE = new RegExp(
  `${OM_ESTIMATE_NAME.source}|年度运维|运维经费|运维费用?预算|运行维护费预算|${APART_FROM_CONSTRUCTION.source}`,
);

/**
 * An O&M estimate sheet inside a construction workbook (domain.md §3 default 15): its lines are read and shown,
 * but set apart from the construction money — not in the bases of the fee caps, not in 建设金额 — as the sheet
 * itself says. Only in a workbook whose kind is construction or upgrade, and only when another table is the
 * construction budget. Returns the workbook with those lines moved to the lines outside the project, and their ids
 * (the audit reads them with the O&M rules).
 */
export function setApartOmEstimates(parsed: ParsedWorkbook): ParsedWorkbook {
  const detail = parsed.tables.filter((t) => t.role === "detail");
  const om = detail.filter((t) => OM_ESTIMATE.test(`${t.sheet} ${t.title}`));
  if (!om.length || om.length === detail.length) return parsed;
  const apart = new Set(om.map((t) => `${t.sheet}\u0000${t.index}`));
  const moved = parsed.lines.filter((l) => apart.has(`${l.sheet}\u0000${l.tableIndex}`));
  if (!moved.length) return parsed;
  const ids = new Set(moved.map((l) => l.id));
  for (const t of om)
    for (const row of t.rows ?? [])
      if (row.lineId && ids.has(row.lineId) && row.kind === "line")
        Object.assign(row, { kind: "outside", why: "om-sheet" });
  return {
    ...parsed,
    lines: parsed.lines.filter((l) => !ids.has(l.id)),
    outsideLines: [...parsed.outsideLines, ...moved],
    omEstimateIds: [...ids],
  };
}
