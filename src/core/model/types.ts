import type Decimal from "decimal.js";
import type { CellValue } from "../snapshot/types";
import type { Corrections } from "./corrections";
import type { UnreadableReason } from "../parse/bounds";

/** The unit a sheet (or a single cell) writes money in. Internally all money is Decimal 元. */
export type MoneyUnit = "元" | "万元";

export type Category =
  | "hardware"
  | "security-product"
  | "product-software"
  | "development"
  | "data-service"
  | "facility"
  | "integration"
  | "consulting"
  | "supervision"
  | "software-test"
  | "security-test"
  | "crypto-test"
  | "dengbao"
  | "management"
  | "contingency"
  | "om-hardware"
  | "om-security-device"
  | "om-product-software"
  | "om-app-software"
  | "om-excluded"
  | "subtotal"
  | "other";

export const CATEGORIES: readonly Category[] = [
  "hardware",
  "security-product",
  "product-software",
  "development",
  "data-service",
  "facility",
  "integration",
  "consulting",
  "supervision",
  "software-test",
  "security-test",
  "crypto-test",
  "dengbao",
  "management",
  "contingency",
  "om-hardware",
  "om-security-device",
  "om-product-software",
  "om-app-software",
  "om-excluded",
  "subtotal",
  "other",
];

export type HardwareClass = "A" | "B" | "C";
export type SoftwareType = "tool" | "domestic" | "tool-domestic" | "unknown";
export type Complexity = "simple" | "complex" | "very-complex";

/** 0-based worksheet coordinates of one cell. */
export interface CellRef {
  sheet: string;
  row: number;
  col: number;
}

/** A number read from a cell. `value` is in 元 for money fields, a plain ratio for rates (0.04), a count otherwise. */
export interface ReadField {
  value: Decimal;
  cell: CellRef;
  raw: CellValue;
  formula?: string;
  /** For money: the unit the cell was written in (its own "1.2万" or the column's/sheet's unit). */
  unit?: MoneyUnit;
  /** When `value` is this cell times other cells (a per-unit 原值 × 数量): those other cells. */
  times?: CellRef[];
  /** "text": read from the words of the line (the name or 备注: "（12人月）"), not from a column of its own. */
  source?: "text";
}

/** The column roles a table finder recognises from header synonyms. */
export type ColumnRole =
  | "seq"
  | "name"
  | "spec"
  | "unit"
  | "quantity"
  | "unitPrice"
  | "amount"
  | "remark"
  | "purchase"
  | "rate"
  | "fee"
  | "devCost"
  | "personMonths";

export interface BudgetLine {
  /** Stable id within a workbook: `${sheet}!${row}` with the 1-based row. */
  id: string;
  sheet: string;
  /** 0-based worksheet row. */
  row: number;
  tableIndex: number;
  /** The enclosing section heading ("一、硬件设备" / "(二)其他费用"), if any. */
  section: string | null;
  seq: string | null;
  name: string;
  nameCell: CellRef;
  spec: string;
  remark: string;
  /** Text of columns no role names (复杂程度, 系统级别 …): read for the traits a reviewer looks for there. */
  otherText: string;
  /** Text of the 单位 column: 台, 套, 人月, 项, ㎡ ... */
  unitLabel: string;
  quantity?: ReadField;
  unitPrice?: ReadField;
  amount?: ReadField;
  purchase?: ReadField;
  rate?: ReadField;
  fee?: ReadField;
  devCost?: ReadField;
  personMonths?: ReadField;

  category: Category;
  categorySource: "keyword" | "override" | "unit" | "evidence" | "none";
  matchedKeyword?: string;
  /** For a category (or `other`) decided from evidence rather than a keyword: what decided it, zh-CN and en-US. */
  categoryEvidence?: { zh: string; en: string };
  hardwareClass?: { cls: HardwareClass; defaulted: boolean; keyword?: string; corrected?: boolean };
  softwareType?: SoftwareType;
  complexity?: Complexity | null;
  /** 等保 level (2, 3) when the text states it. */
  dengbaoLevel?: number | null;
}

/** A 小计 / 合计 / 总计 row with the lines it is supposed to add up. */
export interface SubtotalRow {
  sheet: string;
  row: number;
  tableIndex: number;
  label: string;
  kind: "小计" | "合计" | "总计";
  amount?: ReadField;
  /** ids of the BudgetLines this row should equal the sum of. */
  covers: string[];
}

/** Why a column got its role (or none): header words, content, arithmetic, a repeat of another column, a user's say. */
export interface ColumnEvidence {
  kind:
    | "header"
    | "head-noun"
    | "content"
    | "arithmetic"
    | "formula"
    | "repeat"
    | "override"
    | "unplaced"
    | "conflict"
    | "competing";
  /** The header text, the rows that agree ("11/12"), or the column repeated ("F×0.0001"). */
  detail: string;
}

/** One column of a table as the engine reads it: its role (null when none), how sure, and why. */
export interface ColumnInfo {
  /** 0-based worksheet column. */
  col: number;
  header: string;
  role: ColumnRole | null;
  /** A column restating another in another unit (折合万元): not a role of its own, and no finding. */
  repeats?: ColumnRole;
  /** One of the columns another column adds up (设备购置费 of a 可研 matrix whose 合计 is the amount). */
  partOf?: ColumnRole;
  confidence: "high" | "medium" | "low";
  evidence: ColumnEvidence[];
}

/** Why a row was read as it was: an id that the explanation renders in each language (labels/row-reading.ts). */
export type RowWhy =
  | "column-numbers"
  | "signature"
  | "note"
  | "note-between-lines"
  | "unfinished-name"
  | "qualifier-row"
  | "numbering-goes-on"
  | "spanning-text"
  | "total-word"
  | "outline-number"
  | "numbered-parent-sums"
  | "heading-sums-below"
  | "heading-opens-lines"
  | "heading-with-amount"
  | "heading-became-line"
  | "breakdown"
  | "named-with-figures"
  | "no-name"
  | "outside-project"
  | "om-sheet"
  | "stands-for-detail"
  | "restates-subtotal";

/** How one non-empty row of a table was read: what `check --explain` and the 读取明细 sheet show. */
export interface RowReading {
  /** 0-based worksheet row. */
  row: number;
  kind:
    | "line"
    | "subtotal"
    | "total"
    | "section"
    | "continuation"
    | "remark"
    | "text"
    | "note"
    | "outside"
    | "detail-sheet";
  why: RowWhy;
  /** The row's text as the reviewer sees it: the line's name, the total's label, the note. */
  label: string;
  /** The line read from it (kind line, outside, detail-sheet). */
  lineId?: string;
}

export interface BudgetTable {
  index: number;
  sheet: string;
  /** 0-based worksheet row of the header (the last header row when the header spans two rows). */
  headerRow: number;
  firstRow: number;
  lastRow: number;
  columns: Partial<Record<ColumnRole, number>>;
  /** The unit money columns are written in, unless a column or cell says otherwise. */
  unit: MoneyUnit;
  /** Units per money column when a header states its own ("单价(元)" while the title says 万元). */
  columnUnits: Partial<Record<ColumnRole, MoneyUnit>>;
  title: string;
  /** Every column the engine placed or could not place, with its evidence. */
  columnInfo: ColumnInfo[];
  /** Every non-empty body row and how it was read, in sheet order. */
  rows?: RowReading[];
  /** "detail" tables carry lines; a "summary" table's amounts refer to other sheets and are not counted. */
  role: "detail" | "summary";
}

/** Something in the sheet that could not be read; becomes a `sheet.unreadable-amount` finding. */
export interface ReadIssue {
  sheet: string;
  row: number;
  col: number;
  field: ColumnRole;
  raw: CellValue;
  lineId: string | null;
  /** A formula saved without its computed value (files written by tools that do not calculate). */
  formula?: string;
  /** Why it could not be read when it is not simply "not a number": a number out of the bounds, or far too long. */
  reason?: Exclude<UnreadableReason, "not-a-number">;
}

export type ProjectKind = "construction" | "upgrade" | "om" | "service";
export type SystemType = "oa" | "video-conference" | "website" | "server-room" | "info-release" | "hotline" | "other";
export type Tier = "small" | "medium" | "large";

export interface ProjectProfile {
  kind: ProjectKind;
  system: SystemType;
  tier: Tier | null;
  unit: MoneyUnit;
  /** Where each value came from, so the UI can say "inferred from the title". */
  sources: { kind: ProfileSource; system: ProfileSource; tier: ProfileSource };
}
export type ProfileSource = "override" | "title" | "cover" | "sheet-name" | "lines" | "default";

/** A project fact a cover sheet, 申报表 or 项目概况 block states as a key–value pair (domain.md §3 default 14). */
export interface StatedFact {
  key: "name" | "unit" | "kind" | "system" | "tier" | "seats" | "terminals" | "area";
  /** As written: "升级改造", "30", "150㎡". */
  value: string;
  sheet: string;
  /** 0-based worksheet row and column of the key. */
  row: number;
  col: number;
}

/** What the user (CLI flags or task pane) says about the project; each wins over inference. */
export interface ProfileOverrides {
  kind?: ProjectKind;
  system?: SystemType;
  tier?: Tier | null;
  /** Last year's O&M amount in 元, for the O&M change rule. */
  lastYearOm?: Decimal;
  /** Category overrides per line id. */
  lineCategories?: Record<string, Category>;
  /** Categories, device classes and column roles the user corrected (keyed by sheet + name / header). */
  corrections?: Corrections;
  /** Audit hidden sheets too (by default they are skipped and named, domain.md §3.9). */
  includeHiddenSheets?: boolean;
  // Profile values of district-packs.md §0.4 (src/core/profile/profile-values.ts names them): money in 元.
  /** 申报/投资金额: wins over the computed total in every threshold rule. */
  declaredTotal?: Decimal;
  /** 批复金额 / 核定概算. */
  approvedTotal?: Decimal;
  /** 变更内容涉及金额. */
  changeAmount?: Decimal;
  majorProject?: boolean;
  reviewRoute?: "fast-iteration" | "normal";
  /** 上年度信息化建设资金. */
  lastYearItFunds?: Decimal;
  /** 本部门本年已备案项目总额. */
  filedTotal?: Decimal;
  systemLevel?: "big" | "sub" | "module";
  subsystemsThisYear?: number;
  fundingType?: "government-investment" | "department-budget";
  /** Luohu 综合类项目. */
  comprehensive?: boolean;
  /** 竣工验收日期, YYYY-MM-DD. */
  acceptanceDate?: string;
  inAnnualPlan?: boolean;
  /** 续建. */
  continuation?: boolean;
  /** 涉密. */
  classified?: boolean;
  /** 建设单位. */
  unitName?: string;
  /** Gongshu 投资额度较大、技术复杂. */
  largeOrComplex?: boolean;
  /** Project names of the other workbooks checked in the same run (for rules on split applications). */
  runTitles?: string[];
}

export interface BudgetModel {
  workbookName?: string;
  tables: BudgetTable[];
  /** All counted detail lines, in sheet order (lines of summary tables excluded). */
  lines: BudgetLine[];
  subtotals: SubtotalRow[];
  issues: ReadIssue[];
  /** Titles, sheet names and notes joined, for keyword rules (seat counts, areas stated in a note). */
  titleText: string;
  /** Sheet names and the rows above each table only: what the project calls itself, for profile inference. */
  headingText: string;
  sheetNames: string[];
  /** Lines the sheet itself puts outside the project (after the grand total, 另行申报): read, classified, not counted. */
  outsideLines: BudgetLine[];
  /**
   * Ids of the outside lines that are an O&M estimate inside a construction workbook (default 15): classified and
   * audited as O&M lines, never counted in the construction money.
   */
  omEstimateIds?: string[];
  /** Hidden sheets left out of the audit (domain.md §3.9), in workbook order. */
  skippedSheets: string[];
  /** Facts stated as key–value pairs outside the budget tables (cover sheets, 申报表, 项目概况). */
  statedFacts?: StatedFact[];
  profile: ProjectProfile;
}
