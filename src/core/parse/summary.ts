import Decimal from "decimal.js";
import type { BudgetLine, SubtotalRow } from "../model/types";
import type { StandardPack } from "../standards/types";
import { lineMoney, sum, toYuan } from "../money";
import type { TableRead } from "./read-lines";
import { compact, toHalfWidth } from "./text";

const SUMMARY_SHEET = /汇总|总表|总预算|总估算|总概算|总投资|预算总|估算总|概算总/;
/**
 * Excel sheet names are at most 31 characters (62 with every quote doubled); the bounds, and an unquoted name
 * starting only after a delimiter, keep the scan linear on any formula text a snapshot may hold.
 */
const SHEET_REF = /'((?:[^']|''){1,100})'!|(?<![^\s'!=+\-*/(),:;&^<>])([^\s'!=+\-*/(),:;&^<>]{1,100})!/g;

/** Sheet names a formula refers to: ='硬件清单'!G20, SUM('软件'!G:G), =Sheet2!A1. */
export function referencedSheets(formula: string): string[] {
  const names: string[] = [];
  for (const m of formula.matchAll(SHEET_REF)) names.push(m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]);
  return names;
}

/** Only totals count: a detail line may well take its unit price from a price-list sheet. */
function moneyCells(line: BudgetLine) {
  return [line.amount, line.fee].filter((f) => f !== undefined);
}

/** Most of the table's amount formulas point at other sheets that hold tables, and its lines are not quantity × price. */
function refersToDetailSheets(read: TableRead, detailSheets: Set<string>): boolean {
  if (read.lines.filter((l) => l.quantity).length * 2 > read.lines.length) return false;
  const rows = [...read.lines, ...read.subtotals] as (BudgetLine | SubtotalRow)[];
  let withFormula = 0;
  let crossSheet = 0;
  for (const row of rows) {
    const fields = "name" in row ? moneyCells(row) : row.amount ? [row.amount] : [];
    const formulas = fields.map((f) => f.formula).filter((f): f is string => !!f);
    if (!formulas.length) continue;
    withFormula++;
    if (formulas.some((f) => referencedSheets(f).some((s) => s !== read.table.sheet && detailSheets.has(s))))
      crossSheet++;
  }
  return crossSheet > 0 && crossSheet * 2 >= withFormula;
}

function key(text: string): string {
  // "1.1 硬件设备购置费", "（二）其他费用", "三、": the outline number is not part of what a line is called.
  return compact(toHalfWidth(text)).replace(
    /^([一二三四五六七八九十]+[、.,]|\([一二三四五六七八九十\d]+\)|\d+(?:[.-]\d+)*[、.]?)/,
    "",
  );
}

/** Most line names name another sheet, table title or section. */
function namesOtherParts(read: TableRead, others: TableRead[]): boolean {
  const targets = new Set<string>();
  for (const o of others) {
    targets.add(key(o.table.sheet));
    if (o.table.title) targets.add(key(o.table.title));
    for (const l of o.lines) if (l.section) targets.add(key(l.section));
  }
  const names = read.lines.map((l) => key(l.name)).filter((n) => n.length >= 2);
  if (!names.length) return false;
  const hits = names.filter((n) => [...targets].some((t) => t.length >= 2 && (t.includes(n) || n.includes(t))));
  return hits.length * 2 >= names.length;
}

function tableTotal(read: TableRead): Decimal | null {
  const grand = [...read.subtotals].reverse().find((s) => s.kind !== "小计" && s.amount);
  if (grand?.amount) return grand.amount.value;
  const amounts = read.lines.map(lineMoney).filter((v): v is Decimal => !!v);
  return amounts.length ? sum(amounts) : null;
}

/** The table's total equals the detail tables' total within the pack's arithmetic tolerance. */
function totalMatches(read: TableRead, others: TableRead[], pack: StandardPack): boolean {
  const own = tableTotal(read);
  if (!own || own.isZero()) return false;
  const detail = sum(others.map((o) => tableTotal(o) ?? new Decimal(0)));
  const tolerance = Decimal.max(
    toYuan(pack.tolerance.absolute, read.table.unit),
    detail.abs().times(pack.tolerance.relative),
  );
  return own.minus(detail).abs().lessThanOrEqualTo(tolerance);
}

/** "见附表1", "详见硬件清单", "见明细表": the line says where its detail is. */
const SEE_DETAIL = /详见|见.{0,12}(表|清单|附件|明细)/;

/**
 * "见附表2", "详见硬件清单": the line refers to a detail the workbook holds — the words after 见 name another table's
 * sheet or title (附表2 ↔ sheet 附表2). "详见功能清单" with no such table refers to a document, not a sheet: the line is
 * the summary's own.
 */
function seesADetail(line: BudgetLine, others: TableRead[]): boolean {
  const m = SEE_DETAIL.exec(texts(line));
  if (!m) return false;
  const said = key(texts(line).slice(m.index));
  const names = others.flatMap((o) => [key(o.table.sheet), key(o.table.title)]).filter((n) => n.length >= 2);
  const ref = /附表\s*([0-9一二三四五六七八九十]+)/.exec(said)?.[0];
  if (ref) return names.some((n) => n.includes(key(ref)));
  return names.some((n) => said.includes(n) || n.includes(said.replace(/^详?见/, "").replace(/[。；;,，].*$/, "")));
}

function texts(line: BudgetLine): string {
  return `${line.name} ${line.spec} ${line.remark}`;
}

/** The totals a summary line may restate: each other table's total and each of its subtotals, with what names them. */
function detailTotals(others: TableRead[]): { value: Decimal; names: string[] }[] {
  const out: { value: Decimal; names: string[] }[] = [];
  for (const o of others) {
    const names = [key(o.table.sheet), key(o.table.title)].filter((n) => n.length >= 2);
    const total = tableTotal(o);
    if (total && !total.isZero()) out.push({ value: total, names });
    for (const st of o.subtotals)
      if (st.amount && !st.amount.value.isZero())
        out.push({ value: st.amount.value, names: [...names, key(st.label)] });
  }
  return out;
}

/** What the detail tables are called: sheet names, titles and section headings. */
function detailNames(others: TableRead[]): string[] {
  const names = new Set<string>();
  for (const o of others) {
    names.add(key(o.table.sheet));
    if (o.table.title) names.add(key(o.table.title));
    for (const l of o.lines) if (l.section) names.add(key(l.section));
  }
  return [...names].filter((n) => n.length >= 2);
}

function namesOneOf(line: BudgetLine, names: string[]): boolean {
  const n = key(line.name);
  return n.length >= 2 && names.some((t) => t.length >= 2 && (t.includes(n) || n.includes(t)));
}

/**
 * The lines of a summary table that stand for a detail sheet (domain.md §3.12): a formula into it, "见…表", or an
 * amount equal to a detail table's total (on a sheet that calls itself a summary, or naming that detail). The
 * other lines — 咨询, 监理, 预备费 that appear nowhere else — are the summary's own lines, and are counted.
 */
function standingLines(read: TableRead, others: TableRead[], pack: StandardPack, namedSummary: boolean): Set<string> {
  const detailSheets = new Set(others.map((o) => o.table.sheet));
  const totals = detailTotals(others);
  const allNames = detailNames(others);
  const standing = new Set<string>();
  for (const line of read.lines) {
    const formulas = moneyCells(line)
      .map((f) => f.formula)
      .filter((f): f is string => !!f);
    const intoDetail =
      !line.quantity &&
      formulas.some((f) => referencedSheets(f).some((s) => s !== read.table.sheet && detailSheets.has(s)));
    const money = lineMoney(line);
    const tolerance = money
      ? Decimal.max(toYuan(pack.tolerance.absolute, read.table.unit), money.abs().times(pack.tolerance.relative))
      : null;
    const equalsTotal =
      money && tolerance && !money.isZero()
        ? totals.some(
            (t) =>
              t.value.minus(money).abs().lessThanOrEqualTo(tolerance) && (namedSummary || namesOneOf(line, t.names)),
          )
        : false;
    const namesDetail = namedSummary && namesOneOf(line, allNames) && !line.quantity;
    if (intoDetail || seesADetail(line, others) || equalsTotal || namesDetail) standing.add(line.id);
  }
  return standing;
}

/**
 * How many lines of `read` equal a distinct detail total or section subtotal of `others` (each detail figure bound
 * to at most one line, the first that equals it): the evidence that a table restates others line by line.
 */
function boundOneToOne(read: TableRead, others: TableRead[], pack: StandardPack): number {
  const totals = detailTotals(others);
  const used = new Set<number>();
  let bound = 0;
  for (const line of read.lines) {
    const money = lineMoney(line);
    if (!money || money.isZero()) continue;
    const tolerance = Decimal.max(
      toYuan(pack.tolerance.absolute, read.table.unit),
      money.abs().times(pack.tolerance.relative),
    );
    const k = totals.findIndex((t, i) => !used.has(i) && t.value.minus(money).abs().lessThanOrEqualTo(tolerance));
    if (k < 0) continue;
    used.add(k);
    bound++;
  }
  return bound;
}

/**
 * Marks the tables whose amounts restate other sheets (a 汇总 sheet), and in each the lines that stand for a
 * detail, so that nothing is counted twice and nothing is lost. A single-sheet workbook has no summary.
 */
export function markSummaries(reads: TableRead[], sheetCount: number, pack: StandardPack): void {
  if (sheetCount < 2) return;
  const sheetsWithTables = new Set(reads.map((r) => r.table.sheet));
  const whole = new Set<TableRead>();
  for (const read of reads) {
    const others = new Set([...sheetsWithTables].filter((s) => s !== read.table.sheet));
    if (others.size && refersToDetailSheets(read, others)) whole.add(read);
  }
  for (const read of reads) {
    if (whole.has(read) || !SUMMARY_SHEET.test(read.table.sheet)) continue;
    const others = reads.filter(
      (o) => o.table.sheet !== read.table.sheet && !whole.has(o) && !SUMMARY_SHEET.test(o.table.sheet),
    );
    if (!others.length) continue;
    if (namesOtherParts(read, others) || totalMatches(read, others, pack)) whole.add(read);
  }
  // A summary sheet named like any other ("预算表" beside "附表1", "附表2"): typed figures, no quantities, and a
  // total that is exactly the other sheets' total.
  // Its lines must stand for the others one to one (each bound to a distinct detail total or section): two detail
  // sheets whose totals merely happen to be equal are both details, and neither is lost.
  for (const read of reads) {
    if (whole.has(read) || read.lines.filter((l) => l.quantity).length * 2 > read.lines.length) continue;
    const others = reads.filter((o) => o.table.sheet !== read.table.sheet && !whole.has(o));
    if (others.length && totalMatches(read, others, pack) && boundOneToOne(read, others, pack) > 0) whole.add(read);
  }
  for (const read of reads) {
    const others = reads.filter((o) => o.table.sheet !== read.table.sheet && !whole.has(o));
    if (!others.length) continue;
    // A summary whose total is the details' total restates them all: none of its lines is its own.
    const all = whole.has(read) && totalMatches(read, others, pack);
    const standing = all
      ? new Set(read.lines.map((l) => l.id))
      : standingLines(read, others, pack, whole.has(read) || SUMMARY_SHEET.test(read.table.sheet));
    if (!standing.size) continue;
    read.table.role = "summary";
    read.standing = standing;
    for (const row of read.table.rows ?? []) {
      if (row.kind === "line" && row.lineId && standing.has(row.lineId))
        Object.assign(row, { kind: "detail-sheet", why: "stands-for-detail" });
    }
  }
}
