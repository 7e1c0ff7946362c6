import Decimal from "decimal.js";
import type {
  BudgetLine,
  BudgetModel,
  Category,
  CellRef,
  ColumnRole,
  MoneyUnit,
  ProjectProfile,
  ReadField,
  SubtotalRow,
} from "../../src/core/model/types";

/**
 * Builders for rule tests: a line is described by its name, category and numbers, in 元 unless `unit` says 万元.
 * Columns follow a fixed layout: A 序号, B 名称, C 规格, D 单位, E 数量, F 单价, G 金额, H 购置金额, I 费率, J 年维护费, K 原开发费, L 备注.
 */
const COLS: Record<ColumnRole, number> = {
  seq: 0,
  name: 1,
  spec: 2,
  unit: 3,
  quantity: 4,
  unitPrice: 5,
  amount: 6,
  purchase: 7,
  rate: 8,
  fee: 9,
  devCost: 10,
  remark: 11,
  personMonths: 12,
};

export interface LineSpec {
  name: string;
  category: Category;
  sheet?: string;
  row?: number; // 1-based
  unit?: MoneyUnit;
  unitLabel?: string;
  spec?: string;
  remark?: string;
  quantity?: Decimal.Value;
  unitPrice?: Decimal.Value;
  amount?: Decimal.Value;
  purchase?: Decimal.Value;
  rate?: Decimal.Value;
  fee?: Decimal.Value;
  devCost?: Decimal.Value;
  personMonths?: Decimal.Value;
  hardwareClass?: BudgetLine["hardwareClass"];
  softwareType?: BudgetLine["softwareType"];
  complexity?: BudgetLine["complexity"];
  dengbaoLevel?: number | null;
}

let autoRow = 5;

function field(
  sheet: string,
  row0: number,
  role: ColumnRole,
  v: Decimal.Value,
  money: boolean,
  unit: MoneyUnit,
): ReadField {
  const cell: CellRef = { sheet, row: row0, col: COLS[role] };
  const value = money && unit === "万元" ? new Decimal(v).times(10000) : new Decimal(v);
  return { value, cell, raw: typeof v === "number" ? v : String(v), unit: money ? unit : undefined };
}

export function line(spec: LineSpec): BudgetLine {
  const sheet = spec.sheet ?? "预算表";
  const row1 = spec.row ?? autoRow++;
  const row0 = row1 - 1;
  const unit = spec.unit ?? "元";
  const l: BudgetLine = {
    id: `${sheet}!${row1}`,
    sheet,
    row: row0,
    tableIndex: 0,
    section: null,
    seq: null,
    name: spec.name,
    nameCell: { sheet, row: row0, col: COLS.name },
    spec: spec.spec ?? "",
    remark: spec.remark ?? "",
    otherText: "",
    unitLabel: spec.unitLabel ?? "",
    category: spec.category,
    categorySource: "keyword",
    hardwareClass: spec.hardwareClass,
    softwareType: spec.softwareType,
    complexity: spec.complexity,
    dengbaoLevel: spec.dengbaoLevel,
  };
  const money: [ColumnRole, Decimal.Value | undefined][] = [
    ["unitPrice", spec.unitPrice],
    ["amount", spec.amount],
    ["purchase", spec.purchase],
    ["fee", spec.fee],
    ["devCost", spec.devCost],
  ];
  for (const [role, v] of money)
    if (v !== undefined) (l as unknown as Record<string, ReadField>)[role] = field(sheet, row0, role, v, true, unit);
  const plain: [ColumnRole, Decimal.Value | undefined][] = [
    ["quantity", spec.quantity],
    ["rate", spec.rate],
    ["personMonths", spec.personMonths],
  ];
  for (const [role, v] of plain)
    if (v !== undefined) (l as unknown as Record<string, ReadField>)[role] = field(sheet, row0, role, v, false, unit);
  return l;
}

export function profile(p: Partial<ProjectProfile> = {}): ProjectProfile {
  return {
    kind: "construction",
    system: "other",
    tier: null,
    unit: "元",
    sources: { kind: "override", system: "override", tier: "override" },
    ...p,
  };
}

export function model(
  lines: BudgetLine[],
  p: Partial<ProjectProfile> = {},
  extra: Partial<BudgetModel> = {},
): BudgetModel {
  const sheets = [...new Set(lines.map((l) => l.sheet))];
  return {
    tables: [],
    lines,
    subtotals: [] as SubtotalRow[],
    issues: [],
    titleText: "",
    headingText: "",
    sheetNames: sheets.length ? sheets : ["预算表"],
    skippedSheets: [],
    outsideLines: [],
    profile: profile(p),
    ...extra,
  };
}
