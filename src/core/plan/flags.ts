import type { Finding, Severity } from "../model/finding";
import type { FlagTarget } from "./types";
import { parseA1 } from "../snapshot/address";
import { checkFindings } from "../validate-input";

/** Excel's own "bad / neutral" style fills, so flags look native; info in a light blue. */
export const SEVERITY_FILL: Record<Severity, string> = {
  error: "#FFC7CE",
  warning: "#FFEB9C",
  info: "#DDEBF7",
};

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const LABEL_ZH: Record<Severity, string> = { error: "错误", warning: "警告", info: "提示" };
const LABEL_EN: Record<Severity, string> = { error: "Error", warning: "Warning", info: "Info" };

/** "G4" on the finding's own sheet, or "'其他费用'!G4" / "Sheet2!G4" on another: the sheet and the A1 cell. */
function splitCell(ref: string, home: string): { sheet: string; cell: string } | null {
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(ref);
  if (!m) return { sheet: home, cell: ref };
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  return sheet ? { sheet, cell: m[3] } : null;
}

/**
 * Turns findings into one flag per cell: the worst severity decides the fill, the note lists every finding
 * on that cell with its clause. Every cell a finding involves (`cells`) is flagged, so a group finding such as
 * fees.four-fees-cap marks each of its lines, the note on each saying it is one line of the group and what the
 * group comes to (the finding's message states the group's figure). Findings without a cell are not flagged on the
 * sheet (they stay in the list).
 */
export function planFlags(findings: readonly Finding[], locale: "zh-CN" | "en-US" = "zh-CN"): FlagTarget[] {
  const byCell = new Map<string, FlagTarget & { lines: string[] }>();
  for (const f of checkFindings(findings)) {
    if (typeof f.sheet !== "string" || typeof f.cell !== "string" || !f.sheet || !f.cell) continue;
    const refs = f.cells?.length ? f.cells : [f.cell];
    const group = (f.lineIds?.length ?? 0) > 1;
    const text = noteText(f, group ? refs : null, locale);
    for (const ref of refs) {
      const where = splitCell(ref, f.sheet);
      const pos = where ? parseA1(where.cell) : null;
      if (!where || !pos) continue;
      const key = `${where.sheet}\u0000${where.cell}`;
      const existing = byCell.get(key);
      if (existing) {
        if (RANK[f.severity] < RANK[existing.severity]) {
          existing.severity = f.severity;
          existing.fill = SEVERITY_FILL[f.severity];
        }
        if (!existing.rules.includes(f.rule)) existing.rules.push(f.rule);
        if (!existing.lines.includes(text)) existing.lines.push(text);
        continue;
      }
      byCell.set(key, {
        sheet: where.sheet,
        row: pos.row,
        col: pos.col,
        address: where.cell,
        severity: f.severity,
        fill: SEVERITY_FILL[f.severity],
        note: "",
        rules: [f.rule],
        lines: [text],
      });
    }
  }
  return [...byCell.values()].map(({ lines, ...target }) => ({
    ...target,
    note: `预算标尺 Budget Ruler\n${lines.join("\n")}`,
  }));
}

/** One finding's line in a note; for a group finding, which group the cell belongs to. */
/** A group's cells as a note names them: the first few, then how many more (a tier total may involve thousands). */
const NAMED_IN_NOTE = 6;

function groupList(group: readonly string[], sep: string, more: (n: number) => string): string {
  const named = group.slice(0, NAMED_IN_NOTE).join(sep);
  return group.length > NAMED_IN_NOTE ? `${named}${more(group.length - NAMED_IN_NOTE)}` : named;
}

function noteText(f: Finding, group: readonly string[] | null, locale: "zh-CN" | "en-US"): string {
  if (locale === "zh-CN") {
    const part = group
      ? `本格是一组 ${group.length} 行（${groupList(group, "、", (n) => ` 等，另 ${n} 行`)}）中的一行，该组合计超限：`
      : "";
    return `【${LABEL_ZH[f.severity]}】${part}${f.message}（依据：${f.citation}）`;
  }
  const part = group
    ? `This cell is one of a group of ${group.length} lines (${groupList(group, ", ", (n) => ` and ${n} more`)}) whose total is over the limit: `
    : "";
  return `[${LABEL_EN[f.severity]}] ${part}${f.messageEn} (${f.citation})`;
}
