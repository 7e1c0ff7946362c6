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

/**
 * Turns findings into one flag per cell: the worst severity decides the fill, the note lists every finding
 * on that cell with its clause. Findings without a cell are not flagged on the sheet (they stay in the list).
 */
export function planFlags(findings: readonly Finding[], locale: "zh-CN" | "en-US" = "zh-CN"): FlagTarget[] {
  const byCell = new Map<string, FlagTarget & { lines: string[] }>();
  for (const f of checkFindings(findings)) {
    if (typeof f.sheet !== "string" || typeof f.cell !== "string" || !f.sheet || !f.cell) continue;
    const pos = parseA1(f.cell);
    if (!pos) continue;
    const key = `${f.sheet}\u0000${f.cell}`;
    const text =
      locale === "zh-CN"
        ? `【${LABEL_ZH[f.severity]}】${f.message}（依据：${f.citation}）`
        : `[${LABEL_EN[f.severity]}] ${f.messageEn} (${f.citation})`;
    const existing = byCell.get(key);
    if (existing) {
      if (RANK[f.severity] < RANK[existing.severity]) {
        existing.severity = f.severity;
        existing.fill = SEVERITY_FILL[f.severity];
      }
      if (!existing.rules.includes(f.rule)) existing.rules.push(f.rule);
      existing.lines.push(text);
      continue;
    }
    byCell.set(key, {
      sheet: f.sheet,
      row: pos.row,
      col: pos.col,
      address: f.cell,
      severity: f.severity,
      fill: SEVERITY_FILL[f.severity],
      note: "",
      rules: [f.rule],
      lines: [text],
    });
  }
  return [...byCell.values()].map(({ lines, ...target }) => ({ ...target, note: `预算标尺 Budget Ruler\n${lines.join("\n")}` }));
}
