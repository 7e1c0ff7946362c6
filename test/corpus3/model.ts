import type Decimal from "decimal.js";
import type { Unit } from "./money";

/** A budget before it is laid out: what a unit decided to ask for, line by line, with the facts a reviewer needs. */

export type Cat =
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
  | "other";

export type Kind = "construction" | "upgrade" | "om" | "service";
export type System = "oa" | "video-conference" | "website" | "server-room" | "info-release" | "hotline" | "other";
export type Tier = "small" | "medium" | "large";

/** Where a development line states its 人月. */
export type PmWhere = "unit" | "name" | "name-cont" | "remark-count" | "remark-price" | "column" | "none";

export interface Effort {
  count: Decimal;
  /** 元 per 人月. */
  price: Decimal;
  where: PmWhere;
}

export interface Upkeep {
  /** 原值 / 原开发费, 元. */
  base: Decimal;
  rate: Decimal;
  cls?: "A" | "B" | "C";
  sw?: "tool" | "domestic" | "tool-domestic" | "unknown";
  complexity?: "simple" | "complex" | "very-complex" | null;
}

export interface Item {
  id: string;
  name: string;
  cat: Cat;
  spec?: string;
  unit?: string;
  qty?: Decimal;
  /** 元 per unit. */
  price?: Decimal;
  /** 元: the amount the line asks for (as typed when it disagrees with 数量 × 单价). */
  amount: Decimal;
  /** The amount was typed and is not 数量 × 单价 (an inserted arithmetic error). */
  typo?: boolean;
  effort?: Effort;
  upkeep?: Upkeep;
  note?: string;
  /** The note carries what a reviewer needs (人月, software type, complexity): with no 备注 column it joins the name. */
  noteEssential?: boolean;
  /** 计算依据 text. */
  basis?: string;
  /** Second row of a wrapped name (text only). */
  wrap?: string;
  /** A merged 说明 row under the line. */
  explain?: string;
  dengbaoLevel?: 2 | 3;
  /** 上年预算数 (元) for a last-year column; null: new this year. */
  lastYear?: Decimal | null;
  /** A fee computed from group sums: the writer may write =ROUND((a+b)*rate, dp) when it can refer to them. */
  feeOf?: { groups: string[]; rate: Decimal; dp: number };
  /** Not a line: a summary row standing for a detail table (domain.md §3.12). */
  standFor?: { sheet: string; label: string; mode: "formula" | "equal" | "see" };
}

export type GroupRole =
  | "engineering"
  | "hardware"
  | "software"
  | "development"
  | "data"
  | "facility"
  | "integration"
  | "fees"
  | "contingency"
  | "om-hw"
  | "om-sec"
  | "om-sw"
  | "om-app"
  | "om-other"
  | "service"
  | "summary-parts";

export interface Group {
  id: string;
  role: GroupRole;
  title: string;
  items: Item[];
  subs: Group[];
  /** A one-line section the clerk writes as the section row itself (四、系统集成费 | 5.2). */
  single?: boolean;
}

export interface Facts {
  kind: Kind;
  system: System;
  /** Declared tier (title / cover), null when not stated. */
  tier: Tier | null;
  seats?: number;
  terminals?: number;
  area?: number;
  unitName: string;
  /** The project's name as the unit writes it ("协同办公（OA）系统建设项目"). */
  projectName: string;
  year: number;
}

export interface Content {
  facts: Facts;
  /** Unit of the main table. */
  unit: Unit;
  groups: Group[];
  /** Lines of a 运维费用估算 sheet inside a construction workbook. */
  omEstimate: Group[];
  /** The violation actually inserted. */
  violation: string;
}

export const allItems = (groups: readonly Group[]): Item[] => groups.flatMap((g) => [...g.items, ...allItems(g.subs)]);
