import type { BudgetLine, BudgetTable, ColumnRole, MoneyUnit, ReadField, ReadIssue, SubtotalRow } from "../model/types";
import { countUnitOf, readAmount, readNumber, readRate, type Reading } from "./amount";
import type { TableFrame } from "./find-tables";
import type { SheetGrid } from "./grid";
import { MONEY_ROLES, NUMERIC_ROLES } from "./header";
import { CoverTracker, sectionLabel, sectionLevel, subtotalKind, totalQualifier, withoutOutlineNumber } from "./subtotals";
import { lineMoney } from "../money";
import { compact, isBlank, toHalfWidth } from "./text";
import { NumberField } from "./number-field";
import { unitFromHeader } from "./units";
import { a1 } from "../snapshot/address";
import { numberInRange } from "./bounds";

export interface TableRead {
  table: BudgetTable;
  lines: BudgetLine[];
  subtotals: SubtotalRow[];
  issues: ReadIssue[];
  /** Notes under the table and text rows inside it that are neither lines nor totals. */
  texts: string[];
  /** Lines after the grand total that the sheet itself puts outside the project (另行申报, 不计入总投资). */
  outside: BudgetLine[];
  /** In a summary table: the ids of the lines that stand for a detail sheet (not counted; the detail is). */
  standing?: Set<string>;
}

type RowKind =
  | { kind: "empty" }
  | { kind: "note" }
  | { kind: "text" }
  | { kind: "line" }
  | { kind: "subtotal"; total: SubtotalRow["kind"]; label: string }
  | { kind: "section"; level: number; label: string; hasAmount: boolean };

const NOTE = /^(注|说明|备注|填表说明|编制说明)\s*[\d１-９]*\s*[:：]|^注\s*[\d１-９]+[、.．]/;
/**
 * After the grand total, "三级等保测评（另行申报）" or a note "以下费用不计入总投资" puts lines outside the project,
 * exactly as the standard asks units to list 三级等保: they are read, not counted.
 */
const OUTSIDE = /另行申报|另行报批|单独申报|另行立项|另行安排|不计入|不纳入|不列入|未计入|不含在|不包含在|不在本项目/;
/** "其中：硬件" rows break a total down again; counting them would count their money twice. */
const BREAKDOWN = /^其中/;
/** "项目合计", "费用合计" name the whole table, whatever section happens to be open. */
const GENERIC_QUALIFIERS = new Set(["项目", "本项目", "费用", "总", "投资", "总投资", "项目总投资", "全部", "预算", "概算", "估算"]);
const QUANTITY_LIKE: readonly ColumnRole[] = ["quantity", "unitPrice", "rate"];
/** Arabic-numbered parents ("1", "1.2") nest below 一、/(一)/(1) headings. */
const NUMBERED_LEVEL = 4;

/** "1" → 0, "1.2" / "1-2" → 1, "1.2.3" → 2; null for anything that is not an arabic outline number. */
function numberedDepth(seq: string): number | null {
  const t = compact(toHalfWidth(seq)).replace(/[.、]$/, "");
  return /^\d+([.-]\d+)*$/.test(t) ? (t.match(/[.-]/g)?.length ?? 0) : null;
}

/** Forms often number their columns under the header (1 2 3 ... or 栏次); that row is not a line. */
function isColumnNumberRow(grid: SheetGrid, r: number): boolean {
  const nums: number[] = [];
  for (let c = 0; c < grid.colCount; c++) {
    const v = grid.raw(r, c);
    if (isBlank(v)) continue;
    const n = typeof v === "number" ? v : Number(String(v).trim());
    if (!Number.isInteger(n)) return false;
    nums.push(n);
  }
  return nums.length >= 3 && nums.every((n, i) => i === 0 || n === nums[i - 1] + 1);
}

export function readTable(
  grid: SheetGrid,
  frame: TableFrame,
  tableIndex: number,
  subtotalWords: readonly string[],
): TableRead {
  const sheet = grid.name;
  const cols = frame.columns;
  const colOf = (role: ColumnRole) => cols.get(role);
  const textAt = (r: number, role: ColumnRole) => {
    const c = colOf(role);
    return c === undefined ? "" : grid.text(r, c);
  };
  const blankAt = (r: number, role: ColumnRole) => {
    const c = colOf(role);
    return c === undefined || isBlank(grid.raw(r, c));
  };

  /**
   * "1 硬件设备 … 42" followed by "1.1 服务器", "1.2 …" (or "(1) …"): the numbered row is the parent of the rows
   * numbered under it and carries their total, so it is a heading (a 小计 when it has an amount), never a line —
   * counting it as a line would count its children's money twice.
   */
  const numberedParentLevel = (r: number, seq: string): number | null => {
    const depth = numberedDepth(seq);
    if (depth === null) return null;
    const t = compact(toHalfWidth(seq)).replace(/[.、]$/, "");
    let n = r + 1;
    while (n < frame.bodyEnd && grid.isEmptyRow(n)) n++;
    if (n >= frame.bodyEnd) return null;
    const next = compact(toHalfWidth(textAt(n, "seq")));
    const child = next.startsWith(`${t}.`) || next.startsWith(`${t}-`) || /^\(\d+\)$/.test(next);
    return child ? NUMBERED_LEVEL + depth : null;
  };

  // nextKind looks ahead from headings; remembering each row's kind keeps every row classified once.
  const kinds: (RowKind | undefined)[] = [];
  const classify = (r: number): RowKind => (kinds[r] ??= classifyRow(r));
  const classifyRow = (r: number): RowKind => {
    if (grid.isEmptyRow(r)) return { kind: "empty" };
    if (isColumnNumberRow(grid, r)) return { kind: "text" };
    const first = grid.firstText(r);
    if (NOTE.test(compact(first))) return { kind: "note" };
    const spanning = grid.spanningText(r);
    if (spanning !== null) {
      const total = subtotalKind(spanning, subtotalWords);
      if (total) return { kind: "subtotal", total, label: spanning };
      const level = sectionLevel(spanning, false);
      if (level !== null) return { kind: "section", level, label: spanning, hasAmount: false };
      // Text written across the table ("1. 软件开发费按人月测算…", "以下为软件部分") is not a line; reading goes on.
      return { kind: "text" };
    }
    const seq = textAt(r, "seq");
    const name = textAt(r, "name");
    for (const label of first === name || first === seq ? [name, seq] : [name, seq, first]) {
      const total = label ? subtotalKind(label, subtotalWords) : null;
      if (total) return { kind: "subtotal", total, label };
    }
    const hasNumbers = NUMERIC_ROLES.some((role) => !blankAt(r, role));
    const lineLike = QUANTITY_LIKE.some((role) => !blankAt(r, role)) || textAt(r, "unit") !== "";
    if (!lineLike) {
      const level = sectionLevel(seq, true) ?? sectionLevel(name, false) ?? numberedParentLevel(r, seq);
      if (level !== null) {
        return { kind: "section", level, label: sectionLabel(seq, name), hasAmount: !blankAt(r, "amount") || !blankAt(r, "fee") };
      }
    }
    if (BREAKDOWN.test(compact(toHalfWidth(name)))) return { kind: "text" };
    if (name || (seq && hasNumbers)) return { kind: "line" };
    return { kind: "text" };
  };

  const issues: ReadIssue[] = [];
  const readField = (r: number, role: ColumnRole, lineId: string | null, unitOverride?: MoneyUnit): ReadField | undefined => {
    const c = colOf(role);
    if (c === undefined) return undefined;
    const raw = grid.raw(r, c);
    const columnUnit = unitOverride ?? frame.columnUnits[role] ?? frame.unit;
    const money = MONEY_ROLES.includes(role);
    // The fast lane takes numbers within the bounds (bounds.ts; money in 元); the others are read below and refused.
    if (typeof raw === "number" && role !== "rate" && numberInRange(money && columnUnit === "万元" ? raw * 10000 : raw)) {
      const field = new NumberField(raw, { sheet, row: grid.row(r), col: grid.col(c) }, money ? columnUnit : undefined);
      field.formula = grid.formula(r, c);
      return field;
    }
    let reading: Reading;
    if (role === "rate") reading = readRate(raw, frame.headerTexts.get(role) ?? "", grid.numberFormat(r, c));
    else if (money) reading = readAmount(raw, columnUnit);
    else reading = readNumber(raw);
    const cell = { sheet, row: grid.row(r), col: grid.col(c) };
    const formula = grid.formula(r, c);
    if (reading.status === "empty" && raw === null && formula) {
      // A formula with no cached value reads as nothing, not as 0: the figure is unknown until Excel computes it.
      issues.push({ ...cell, field: role, raw, lineId, formula });
      return undefined;
    }
    if (reading.status === "empty") return undefined;
    if (reading.status === "invalid") {
      issues.push({ ...cell, field: role, raw, lineId, ...(reading.reason !== "not-a-number" ? { reason: reading.reason } : {}) });
      return undefined;
    }
    const field: ReadField = { value: reading.value, cell, raw };
    if (formula) field.formula = formula;
    if (money) field.unit = reading.unit;
    return field;
  };

  // Text columns no role names (复杂程度, 系统级别): kept on the line, not dropped.
  const placed = new Set(cols.values());
  const otherTextCols = frame.headerCells
    .filter((h) => h.text && !placed.has(h.col) && !frame.columnInfo.some((i) => i.col === grid.col(h.col)))
    .map((h) => h.col);
  const tracker = new CoverTracker();
  const lines: BudgetLine[] = [];
  const subtotals: SubtotalRow[] = [];
  const texts: string[] = [];

  const outside: BudgetLine[] = [];
  /** `label`: what names the line when its name cell is empty (a heading's text, the row's text). */
  const addLine = (r: number, outsideProject = false, label = ""): void => {
    const row = grid.row(r);
    const id = `${sheet}!${row + 1}${grid.band}`;
    const nameCol = colOf("name") ?? colOf("seq") ?? 0;
    const line: BudgetLine = {
      id, sheet, row, tableIndex,
      section: tracker.currentSection(),
      seq: textAt(r, "seq") || null,
      // No line reaches a report without a name: its 规格 or 备注 stand in, else where it is.
      name: textAt(r, "name") || label || textAt(r, "spec") || textAt(r, "remark") || `（第 ${row + 1} 行，未填名称）`,
      nameCell: { sheet, row, col: grid.col(nameCol) },
      spec: textAt(r, "spec"),
      remark: textAt(r, "remark"),
      otherText: otherTextCols.map((c) => grid.text(r, c)).filter(Boolean).join(" "),
      // "18人月" typed in the 数量 cell says the unit when the 单位 cell does not.
      unitLabel: textAt(r, "unit") || (colOf("quantity") !== undefined ? countUnitOf(grid.raw(r, colOf("quantity")!)) ?? "" : ""),
      // Every field declared up front, in one order: all lines share one object shape, which keeps the
      // classifier (it sets the traits in place) and the rules' loops fast on large sheets.
      quantity: readField(r, "quantity", id),
      unitPrice: readField(r, "unitPrice", id),
      amount: readField(r, "amount", id),
      purchase: readField(r, "purchase", id),
      rate: readField(r, "rate", id),
      fee: readField(r, "fee", id),
      devCost: readField(r, "devCost", id),
      personMonths: readField(r, "personMonths", id),
      category: "other",
      categorySource: "none",
      matchedKeyword: undefined,
      categoryEvidence: undefined,
      hardwareClass: undefined,
      softwareType: undefined,
      complexity: undefined,
      dengbaoLevel: undefined,
    };
    amountFromItsFormula(line, issues);
    if (outsideProject) {
      outside.push(line);
      return;
    }
    lines.push(line);
    byId.set(id, line);
    tracker.addLine(id);
  };

  /**
   * "硬件合计" closing "一、硬件设备": a 合计 with a qualifier, inside an open section, totals that section when its
   * qualifier names the section or its figure is the section's sum; otherwise it is the table's 合计.
   */
  const byId = new Map<string, BudgetLine>();
  const sectionTotal = (label: string, amount: ReadField | undefined): boolean => {
    const section = tracker.openSectionOf();
    const qualifier = totalQualifier(label, subtotalWords);
    if (!section || !qualifier || GENERIC_QUALIFIERS.has(qualifier)) return false;
    const name = withoutOutlineNumber(compact(toHalfWidth(section.label)));
    if (name.includes(qualifier) || qualifier.includes(name)) return true;
    if (!amount) return false;
    let sum = amount.value.minus(amount.value);
    for (const id of section.ids) {
      const money = byId.has(id) ? lineMoney(byId.get(id)!) : null;
      if (money) sum = sum.plus(money);
    }
    return sum.equals(amount.value);
  };

  /** The nearest run of lines a 小计's figure is the sum of; the lines since the last total when none is. */
  const subtotalCovers = (amount: ReadField | undefined): string[] => {
    const candidates = tracker.subtotalCandidates();
    if (amount && candidates.length > 1) {
      for (const ids of candidates) {
        let sum = amount.value.minus(amount.value);
        for (const id of ids) sum = sum.plus(lineMoney(byId.get(id)!) ?? 0);
        if (sum.equals(amount.value)) return tracker.coversCandidate(ids);
      }
    }
    return tracker.coversFor("小计");
  };

  const nextKind = (r: number): RowKind => {
    for (let k = r + 1; k < frame.bodyEnd; k++) {
      const kind = classify(k);
      if (kind.kind !== "empty") return kind;
    }
    return { kind: "empty" };
  };

  let lastRow = frame.headerRow;
  /** Past a 合计/总计 of the whole table; and past a row there that says what follows is outside the project. */
  let afterGrand = false;
  let outsideMode = false;
  for (let r = frame.bodyStart; r < frame.bodyEnd; r++) {
    const k = classify(r);
    if (k.kind === "empty") continue;
    if (afterGrand && k.kind !== "subtotal" && OUTSIDE.test(compact(grid.rowLabel(r)))) {
      if (k.kind !== "line" && !(k.kind === "section" && k.hasAmount)) {
        outsideMode = true;
        texts.push(grid.rowLabel(r));
        continue;
      }
    }
    if (afterGrand && (outsideMode || OUTSIDE.test(compact(grid.rowLabel(r)))) && (k.kind === "line" || k.kind === "section")) {
      addLine(r, true, grid.rowLabel(r));
      lastRow = r;
      continue;
    }
    if (k.kind === "note") {
      for (let n = r; n < frame.bodyEnd; n++) if (!grid.isEmptyRow(n)) texts.push(grid.rowLabel(n));
      break;
    }
    lastRow = r;
    if (k.kind === "text") texts.push(grid.rowLabel(r));
    else if (k.kind === "line") {
      // "2 系统集成费" after the children of "1" is 1's sibling: it ends the numbered section it is not under.
      const depth = numberedDepth(textAt(r, "seq"));
      if (depth !== null) tracker.closeFrom(NUMBERED_LEVEL + depth);
      addLine(r);
    }
    else if (k.kind === "subtotal") {
      // "合计（元）" under a 万元 table states its own unit.
      const amount = readField(r, colOf("amount") !== undefined ? "amount" : "fee", null, unitFromHeader(k.label) ?? undefined);
      const ofSection = k.total === "合计" && sectionTotal(k.label, amount);
      const covers = ofSection ? tracker.coversSection() : k.total === "小计" ? subtotalCovers(amount) : tracker.coversFor(k.total);
      if (k.total !== "小计" && !ofSection) afterGrand = true;
      subtotals.push({ sheet, row: grid.row(r), tableIndex, label: k.label, kind: k.total, ...(amount ? { amount } : {}), covers });
    } else if (k.hasAmount) {
      // A heading with an amount is a 小计 for its lines, unless no lines follow: then it is a line itself.
      const next = nextKind(r);
      if (next.kind === "line" || (next.kind === "section" && next.level > k.level)) {
        const amount = readField(r, colOf("amount") !== undefined ? "amount" : "fee", null);
        const covers = tracker.openSection(k.level, k.label);
        subtotals.push({ sheet, row: grid.row(r), tableIndex, label: k.label, kind: "小计", ...(amount ? { amount } : {}), covers });
      } else {
        tracker.closeFrom(k.level);
        addLine(r, false, k.label);
      }
    } else tracker.openSection(k.level, k.label);
  }

  const columns: BudgetTable["columns"] = {};
  for (const [role, c] of cols) columns[role] = grid.col(c);
  const table: BudgetTable = {
    index: tableIndex, sheet,
    headerRow: grid.row(frame.headerRow),
    firstRow: grid.row(frame.bodyStart),
    lastRow: grid.row(lastRow),
    columns, unit: frame.unit, columnUnits: frame.columnUnits, title: frame.title, role: "detail",
    columnInfo: frame.columnInfo,
  };
  purchaseTimesQuantity(lines, frame.headerTexts.get("purchase") ?? "");
  return { table, lines, subtotals, issues, texts, outside };
}

/**
 * A 金额 saved as =数量×单价 without its computed value: the figure is still unknown to the file (the cell is
 * reported unreadable), but the formula says what it is, so totals and fee bases count 数量 × 单价 rather than lose it.
 */
function amountFromItsFormula(line: BudgetLine, issues: readonly ReadIssue[]): void {
  if (line.amount || !line.quantity || !line.unitPrice) return;
  const issue = issues.find((i) => i.lineId === line.id && i.field === "amount" && i.formula);
  if (!issue) return;
  const { quantity: q, unitPrice: p } = line;
  const refs = new Set([a1(q.cell.row, q.cell.col), a1(p.cell.row, p.cell.col)].map((x) => x.toUpperCase()));
  const named = (issue.formula!.toUpperCase().replace(/\$/g, "").match(/[A-Z]{1,3}\d+/g) ?? []);
  if (named.length !== 2 || !named.every((x) => refs.has(x)) || !/^=\s*[A-Z$]+\d+\s*\*\s*[A-Z$]+\d+\s*$/i.test(issue.formula!)) return;
  line.amount = { value: q.value.times(p.value), cell: { sheet: issue.sheet, row: issue.row, col: issue.col }, raw: null, formula: issue.formula, unit: p.unit };
}

/**
 * "数量 4 | 设备原值 50,000 | 8% | 年维护费 16,000": the 原值 column is per unit when its header says so (单价, 单台)
 * or when most lines' fees are exactly 数量 × 原值 × 费率 and not 原值 × 费率. The fee's base is then 数量 × 原值.
 */
function purchaseTimesQuantity(lines: BudgetLine[], header: string): void {
  const counted = lines.filter((l) => l.quantity && l.purchase && !l.quantity.value.equals(1));
  if (!counted.length) return;
  const perUnitHeader = /单价|单台|每台|单套/.test(header);
  if (!perUnitHeader) {
    const priced = counted.filter((l) => l.rate && l.fee);
    const fits = priced.filter((l) => {
      const fee = l.fee!.value.toDecimalPlaces(2);
      const onUnit = l.purchase!.value.times(l.rate!.value).toDecimalPlaces(2);
      return !onUnit.equals(fee) && onUnit.times(l.quantity!.value).toDecimalPlaces(2).equals(fee);
    });
    if (!priced.length || fits.length * 2 <= priced.length) return;
  }
  for (const l of counted) {
    const p = l.purchase!;
    l.purchase = { value: p.value.times(l.quantity!.value), cell: p.cell, raw: `${String(p.raw)} × ${String(l.quantity!.raw)}`, unit: p.unit, formula: p.formula, times: [l.quantity!.cell] };
  }
}
