import Decimal from "decimal.js";
import type {
  BudgetLine,
  BudgetTable,
  ColumnRole,
  MoneyUnit,
  ReadField,
  ReadIssue,
  RowReading,
  SubtotalRow,
} from "../model/types";
import { countUnitOf } from "./amount";
import { TableView } from "./table-view";
import { RowClassifier, numberedDepth, NUMBERED_LEVEL, type RowKind } from "./row-kinds";
import { FieldReader } from "./field-reader";
import type { TableFrame } from "./find-tables";
import type { SheetGrid } from "./grid";
import { CoverTracker, sectionLevel, totalQualifier, withoutOutlineNumber } from "./subtotals";
import { lineMoney } from "../money";
import { compact, toHalfWidth } from "./text";
import { unitFromHeader } from "./units";
import { a1 } from "../snapshot/address";
import { EFFORT_UNIT } from "./effort-units";

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

/**
 * After the grand total, "三级等保测评（另行申报）" or a note "以下费用不计入总投资" puts lines outside the project,
 * exactly as the standard asks units to list 三级等保: they are read, not counted.
 */
const OUTSIDE = /另行申报|另行报批|单独申报|另行立项|另行安排|不计入|不纳入|不列入|未计入|不含在|不包含在|不在本项目/;
/** "项目合计", "费用合计" name the whole table, whatever section happens to be open. */
const GENERIC_QUALIFIERS = new Set([
  "项目",
  "本项目",
  "费用",
  "总",
  "投资",
  "总投资",
  "项目总投资",
  "全部",
  "预算",
  "概算",
  "估算",
]);

export function readTable(
  grid: SheetGrid,
  frame: TableFrame,
  tableIndex: number,
  subtotalWords: readonly string[],
): TableRead {
  const sheet = grid.name;
  const view = new TableView(grid, frame);
  const cols = frame.columns;
  const colOf = (role: ColumnRole) => view.colOf(role);
  const textAt = (r: number, role: ColumnRole) => view.textAt(r, role);
  const rows = new RowClassifier(view, subtotalWords);
  const classify = (r: number): RowKind => rows.kind(r);

  const fields = new FieldReader(view);
  const issues = fields.issues;
  const readField = (r: number, role: ColumnRole, lineId: string | null, unitOverride?: MoneyUnit) =>
    fields.read(r, role, lineId, unitOverride);

  // Text columns no role names (复杂程度, 系统级别): kept on the line, not dropped.
  const placed = new Set(cols.values());
  const otherTextCols = frame.headerCells
    .filter((h) => h.text && !placed.has(h.col) && !frame.columnInfo.some((i) => i.col === grid.col(h.col)))
    .map((h) => h.col);
  const tracker = new CoverTracker();
  const quantityHeaderUnit = EFFORT_UNIT.exec(compact(frame.headerTexts.get("quantity") ?? ""))?.[0] ?? "";
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
      id,
      sheet,
      row,
      tableIndex,
      section: tracker.currentSection(),
      seq: textAt(r, "seq") || null,
      // No line reaches a report without a name: its 规格 or 备注 stand in, else where it is.
      name: textAt(r, "name") || label || textAt(r, "spec") || textAt(r, "remark") || `（第 ${row + 1} 行，未填名称）`,
      nameCell: { sheet, row, col: grid.col(nameCol) },
      spec: textAt(r, "spec"),
      remark: textAt(r, "remark"),
      otherText: otherTextCols
        .map((c) => grid.text(r, c))
        .filter(Boolean)
        .join(" "),
      // "18人月" typed in the 数量 cell says the unit when the 单位 cell does not.
      // A count column headed 工日 / 人天 / 人·月 says the unit of every count in it.
      unitLabel:
        textAt(r, "unit") ||
        (colOf("quantity") !== undefined ? (countUnitOf(grid.raw(r, colOf("quantity")!)) ?? quantityHeaderUnit) : ""),
      // Every field declared up front, in one order: all lines share one object shape, which keeps the
      // classifier (it sets the traits in place) and the rules' loops fast on large sheets.
      quantity: readField(r, "quantity", id),
      // A row billed by effort gives its price in the 人月单价 column when the table has one beside the 单价.
      unitPrice:
        readField(r, "unitPrice", id) ??
        (frame.personMonthPrice !== undefined
          ? fields.read(r, "unitPrice", id, undefined, frame.personMonthPrice)
          : undefined),
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
  /** What the lines of `ids` add up to (a line whose money is unknown adds nothing). */
  const sumOf = (ids: readonly string[]): Decimal => {
    let sum = new Decimal(0);
    for (const id of ids) {
      const money = byId.has(id) ? lineMoney(byId.get(id)!) : null;
      if (money) sum = sum.plus(money);
    }
    return sum;
  };
  const sectionTotal = (label: string, amount: ReadField | undefined, r: number): boolean => {
    const section = tracker.openSectionOf();
    if (!section) return false;
    const qualifier = totalQualifier(label, subtotalWords);
    if (!qualifier || GENERIC_QUALIFIERS.has(qualifier)) {
      // A bare 合计 closing a section: the section's total when its figure is the section's sum and not the
      // table's (the reading that ties out, domain.md §3 default 19).
      if (!amount) return false;
      const own = amount.value.toDecimalPlaces(2);
      if (!sumOf(section.ids).toDecimalPlaces(2).equals(own)) return false;
      // The first section's 合计 equals the table's lines so far too: more lines after it say it was the section's.
      if (
        !sumOf(lines.map((l) => l.id))
          .toDecimalPlaces(2)
          .equals(own)
      )
        return true;
      // (Unless what follows is marked outside the project, as a line after the grand total is: 另行申报.)
      let n = r + 1;
      while (n < frame.bodyEnd && grid.isEmptyRow(n)) n++;
      if (n >= frame.bodyEnd || OUTSIDE.test(compact(grid.rowLabel(n)))) return false;
      const next = rows.kind(n);
      return next.kind === "line" || next.kind === "section";
    }
    const name = withoutOutlineNumber(compact(toHalfWidth(section.label)));
    if (name.includes(qualifier) || qualifier.includes(name)) return true;
    if (!amount) return false;
    return sumOf(section.ids).equals(amount.value);
  };

  /** The nearest run of lines a 小计's figure is the sum of; the lines since the last total when none is. */
  const subtotalCovers = (amount: ReadField | undefined): string[] => {
    const candidates = tracker.subtotalCandidates();
    if (amount && candidates.length > 1) {
      for (const ids of candidates) if (sumOf(ids).equals(amount.value)) return tracker.coversCandidate(ids);
    }
    return tracker.coversFor("小计");
  };

  const nextKind = (r: number): RowKind => rows.next(r);
  /** How each row was read, for the explanation (--explain, 读取明细). */
  const reading: RowReading[] = [];
  const read = (r: number, kind: RowReading["kind"], why: RowReading["why"], label: string, lineId?: string) => {
    const row: RowReading = { row: grid.row(r), kind, why, label };
    if (lineId) row.lineId = lineId;
    reading.push(row);
  };
  const lastLineId = () => lines[lines.length - 1]?.id;

  let lastRow = frame.headerRow;
  /** Past a 合计/总计 of the whole table; and past a row there that says what follows is outside the project. */
  let afterGrand = false;
  let outsideMode = false;
  /** Headings found by their sums, with the last row each covers: past it, their section is closed. */
  const closing: { level: number; after: number }[] = [];
  for (let r = frame.bodyStart; r < frame.bodyEnd; r++) {
    const k = classify(r);
    if (k.kind === "empty") continue;
    while (closing.length && r > closing[closing.length - 1].after) tracker.closeFrom(closing.pop()!.level);
    if (afterGrand && k.kind !== "subtotal" && OUTSIDE.test(compact(grid.rowLabel(r)))) {
      if (k.kind !== "line" && !(k.kind === "section" && k.hasAmount)) {
        outsideMode = true;
        texts.push(grid.rowLabel(r));
        read(r, "text", "outside-project", grid.rowLabel(r));
        continue;
      }
    }
    if (
      afterGrand &&
      (outsideMode || OUTSIDE.test(compact(grid.rowLabel(r)))) &&
      (k.kind === "line" || k.kind === "section")
    ) {
      addLine(r, true, grid.rowLabel(r));
      read(r, "outside", "outside-project", outside[outside.length - 1].name, outside[outside.length - 1].id);
      lastRow = r;
      continue;
    }
    if (k.kind === "note") {
      for (let n = r; n < frame.bodyEnd; n++) {
        if (grid.isEmptyRow(n)) continue;
        texts.push(grid.rowLabel(n));
        read(n, "note", n === r ? k.why : "note", grid.rowLabel(n));
      }
      break;
    }
    lastRow = r;
    if (k.kind === "continuation") {
      const line = lines[lines.length - 1];
      if (line && k.remark) line.remark = line.remark ? `${line.remark} ${k.text}` : k.text;
      else if (line) line.name = `${line.name}${k.text}`;
      else texts.push(k.text);
      read(r, k.remark ? "remark" : "continuation", k.why, k.text, lastLineId());
    } else if (k.kind === "text") {
      texts.push(grid.rowLabel(r));
      read(r, "text", k.why, grid.rowLabel(r));
    } else if (k.kind === "line") {
      // "2 系统集成费" after the children of "1" is 1's sibling: it ends the numbered section it is not under.
      const depth = numberedDepth(rows.seqOf(r));
      if (depth !== null) tracker.closeFrom(NUMBERED_LEVEL + depth);
      // "五 系统部署实施费 项 1 …": a line numbered like a section is that section's sibling, and ends the one open.
      // (Only 一 and （一）: "(1)" also numbers the children of an arabic "1".)
      const level = sectionLevel(rows.seqOf(r), true);
      if (level !== null && level <= 2) tracker.closeFrom(level);
      addLine(r);
      read(r, "line", k.why, lines[lines.length - 1].name, lastLineId());
    } else if (k.kind === "subtotal") {
      // "合计（元）" under a 万元 table states its own unit.
      const amount = readField(
        r,
        colOf("amount") !== undefined ? "amount" : "fee",
        null,
        unitFromHeader(k.label) ?? undefined,
      );
      const ofSection = k.total === "合计" && sectionTotal(k.label, amount, r);
      const covers = ofSection
        ? tracker.coversSection()
        : k.total === "小计"
          ? subtotalCovers(amount)
          : tracker.coversFor(k.total);
      if (k.total !== "小计" && !ofSection) afterGrand = true;
      subtotals.push({
        sheet,
        row: grid.row(r),
        tableIndex,
        label: k.label,
        kind: k.total,
        ...(amount ? { amount } : {}),
        covers,
      });
      read(r, k.total === "小计" || ofSection ? "subtotal" : "total", k.why, k.label);
    } else if (k.hasAmount) {
      // A heading with an amount is a 小计 for its lines, unless no lines follow: then it is a line itself.
      const next = nextKind(r);
      if (next.kind === "line" || (next.kind === "section" && next.level > k.level)) {
        const amount = readField(r, colOf("amount") !== undefined ? "amount" : "fee", null);
        const covers = tracker.openSection(k.level, k.label);
        if (k.closesAfter !== undefined) closing.push({ level: k.level, after: k.closesAfter });
        subtotals.push({
          sheet,
          row: grid.row(r),
          tableIndex,
          label: k.label,
          kind: "小计",
          ...(amount ? { amount } : {}),
          covers,
        });
        read(
          r,
          "subtotal",
          k.why === "numbered-parent-sums" || k.why === "heading-sums-below" ? k.why : "heading-with-amount",
          k.label,
        );
      } else {
        tracker.closeFrom(k.level);
        addLine(r, false, k.label);
        read(r, "line", "heading-became-line", lines[lines.length - 1].name, lastLineId());
      }
    } else {
      tracker.openSection(k.level, k.label);
      read(r, "section", k.why, k.label);
    }
  }

  const columns: BudgetTable["columns"] = {};
  for (const [role, c] of cols) columns[role] = grid.col(c);
  const table: BudgetTable = {
    index: tableIndex,
    sheet,
    headerRow: grid.row(frame.headerRow),
    firstRow: grid.row(frame.bodyStart),
    lastRow: grid.row(lastRow),
    columns,
    unit: frame.unit,
    columnUnits: frame.columnUnits,
    title: frame.title,
    role: "detail",
    columnInfo: frame.columnInfo,
    rows: reading,
  };
  purchaseTimesQuantity(lines, frame.headerTexts.get("purchase") ?? "");
  for (const line of lines) effortFromText(line);
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
  const named =
    issue
      .formula!.toUpperCase()
      .replace(/\$/g, "")
      .match(/[A-Z]{1,3}\d+/g) ?? [];
  if (
    named.length !== 2 ||
    !named.every((x) => refs.has(x)) ||
    !/^=\s*[A-Z$]+\d+\s*\*\s*[A-Z$]+\d+\s*$/i.test(issue.formula!)
  )
    return;
  line.amount = {
    value: q.value.times(p.value),
    cell: { sheet: issue.sheet, row: issue.row, col: issue.col },
    raw: null,
    formula: issue.formula,
    unit: p.unit,
  };
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
    l.purchase = {
      value: p.value.times(l.quantity!.value),
      cell: p.cell,
      raw: `${String(p.raw)} × ${String(l.quantity!.raw)}`,
      unit: p.unit,
      formula: p.formula,
      times: [l.quantity!.cell],
    };
  }
}

/** "（12人月）", "约18人·月", "工作量：6.5 人月" — a count of person-months, not a price per one (人月单价). */
const PERSON_MONTHS = /(\d+(?:\.\d+)?)\s*(?:个)?\s*人\s*[·・.]?\s*月(?!\s*(?:单价|价|费))/;

/** "人月单价17000元", "人月单价：2.2万元", "按15000元/人月测算": a price per person-month written in words. */
const PRICE_PER_MONTH = [
  /人\s*[·・.]?\s*月\s*单价\s*[:：为]?\s*(\d+(?:\.\d+)?)\s*(万元|万|元)?/,
  /(\d+(?:\.\d+)?)\s*(万元|万|元)\s*\/\s*人\s*[·・.]?\s*月/,
];

/**
 * A 人月 count, or a price per person-month, written in the line's name or 备注 is its effort basis when no column
 * gives one (domain.md §3 default 18): "流程引擎开发（12人月）" at 24万 is 2万 per person-month; "人月单价17000元"
 * beside 22.1万 is 13 person-months at 17,000.
 */
function effortFromText(line: BudgetLine): void {
  // The line's money: its amount, or in an O&M table the fee it asks for.
  const money = line.amount ?? line.fee;
  if (line.personMonths || !money) return;
  for (const text of [line.name, line.remark, line.spec, line.otherText]) {
    // Both forms need 月 (人月, 人·月): most lines are passed over without a regular expression.
    if (text.indexOf("月") < 0) continue;
    const t = toHalfWidth(text);
    const m = PERSON_MONTHS.exec(t);
    if (m) {
      const value = new Decimal(m[1]);
      if (value.isZero()) continue;
      line.personMonths = { value, cell: line.nameCell, raw: m[0], source: "text" };
      return;
    }
    for (const re of PRICE_PER_MONTH) {
      const p = re.exec(t);
      if (!p) continue;
      const unit = p[2] ? (p[2].startsWith("万") ? "万元" : "元") : (money.unit ?? "元");
      const price = new Decimal(p[1]).times(unit === "万元" ? 10000 : 1);
      if (price.isZero()) continue;
      line.personMonths = { value: money.value.dividedBy(price), cell: line.nameCell, raw: p[0], source: "text" };
      return;
    }
  }
}
