import type { Dims } from "./dimensions";
import type { Unit } from "./money";
import type { Rand } from "./rand";

/** Column roles of a budget table and the words clerks head them with. */
export type Role =
  | "seq"
  | "name"
  | "spec"
  | "unit"
  | "qty"
  | "price"
  | "amount"
  | "note"
  | "basis"
  | "blank"
  | "listPrice"
  | "discount"
  | "year1"
  | "year2"
  | "lastYear"
  | "fundA"
  | "fundB"
  | "exTax"
  | "taxRate"
  | "tax"
  | "wan"
  | "pm"
  | "base"
  | "rate"
  | "mxHw"
  | "mxSw"
  | "mxInst"
  | "mxOther";

export interface Col {
  role: Role;
  head: string;
  /** Group header over consecutive columns (two-row headers). */
  group?: string;
  /** Money columns: the unit the column is written in. */
  unit?: Unit;
}

const MONEY_ROLES: Role[] = [
  "price",
  "amount",
  "listPrice",
  "year1",
  "year2",
  "lastYear",
  "fundA",
  "fundB",
  "exTax",
  "tax",
  "base",
  "mxHw",
  "mxSw",
  "mxInst",
  "mxOther",
];
/** Money columns summed on 小计 / 合计 rows besides the amount. */
export const SUMMED_EXTRAS: Role[] = [
  "year1",
  "year2",
  "lastYear",
  "fundA",
  "fundB",
  "exTax",
  "tax",
  "mxHw",
  "mxSw",
  "mxInst",
  "mxOther",
];

const ORDERS: Record<string, Role[]> = {
  std: ["seq", "name", "spec", "unit", "qty", "price", "amount", "note"],
  noSpec: ["seq", "name", "unit", "qty", "price", "amount", "note"],
  qtyUnitSwap: ["seq", "name", "spec", "qty", "unit", "price", "amount", "note"],
  priceFirst: ["seq", "name", "spec", "unit", "price", "qty", "amount", "note"],
  minimal: ["name", "qty", "price", "amount"],
  amountOnly: ["seq", "name", "amount", "note"],
  specLast: ["seq", "name", "unit", "qty", "price", "amount", "spec", "note"],
  leadBlank: ["seq", "blank", "name", "unit", "qty", "price", "amount", "note"],
  matrix: ["seq", "name", "mxHw", "mxSw", "mxInst", "mxOther", "amount", "note"],
};
const OM_ORDERS: Record<string, Role[]> = {
  std: ["seq", "name", "spec", "qty", "base", "rate", "amount", "note"],
  noSpec: ["seq", "name", "qty", "base", "rate", "amount", "note"],
  qtyUnitSwap: ["seq", "name", "qty", "spec", "base", "rate", "amount", "note"],
  priceFirst: ["seq", "name", "spec", "base", "rate", "qty", "amount", "note"],
  minimal: ["name", "base", "rate", "amount"],
  amountOnly: ["seq", "name", "base", "rate", "amount", "note"],
  specLast: ["seq", "name", "qty", "base", "rate", "amount", "spec", "note"],
  leadBlank: ["seq", "blank", "name", "qty", "base", "rate", "amount", "note"],
};

export interface ColumnPlan {
  cols: Col[];
  /** Unit of the amount (and other money) columns, and of the price column. */
  unit: Unit;
  priceUnit: Unit;
}

function insertBefore(roles: Role[], before: Role, add: Role[]): Role[] {
  const k = roles.indexOf(before);
  return k < 0 ? [...roles, ...add] : [...roles.slice(0, k), ...add, ...roles.slice(k)];
}
function insertAfter(roles: Role[], after: Role, add: Role[]): Role[] {
  const k = roles.indexOf(after);
  return k < 0 ? [...roles, ...add] : [...roles.slice(0, k + 1), ...add, ...roles.slice(k + 1)];
}

/**
 * The columns of a table: the order of the columnOrder dimension, the extra columns of extraColumn, a 工作量（人月）
 * column when a line states its effort there, header words from the vocabulary dimensions, units in the headers
 * when unitPlacement says so, and a group header for two-row headers.
 */
export function planColumns(
  r: Rand,
  dims: Dims,
  opts: { om: boolean; unit: Unit; year: number; pmColumn: boolean; headerRows: 1 | 2 },
): ColumnPlan {
  let roles = [...(opts.om ? (OM_ORDERS[dims.columnOrder] ?? OM_ORDERS.std) : ORDERS[dims.columnOrder])];
  const extra = dims.extraColumn;
  if (extra === "basis") roles = roles.includes("note") ? insertBefore(roles, "note", ["basis"]) : [...roles, "basis"];
  if (extra === "years") roles = insertAfter(roles, "amount", ["year1", "year2"]);
  if (extra === "lastYear") roles = insertBefore(roles, "amount", ["lastYear"]);
  if (extra === "funding") roles = insertAfter(roles, "amount", ["fundA", "fundB"]);
  if (extra === "tax") roles = insertBefore(roles, "amount", ["exTax", "taxRate", "tax"]);
  if (extra === "discount" && roles.includes("price")) roles = insertBefore(roles, "price", ["listPrice", "discount"]);
  if (extra === "wanRepeat") roles = insertAfter(roles, "amount", ["wan"]);
  if (opts.pmColumn && roles.includes("qty")) roles = insertBefore(roles, "amount", ["pm"]);

  const unit = opts.unit;
  const mixed = dims.unitPlacement === "mixed-cols" && roles.includes("price");
  const priceUnit: Unit = mixed ? "元" : unit;
  const inHeader = dims.unitPlacement === "header" || mixed;
  const tag = (u: Unit) => (inHeader ? r.pick([`（${u}）`, `(${u})`]) : "");
  const y = opts.year;
  const amountWord = opts.om
    ? r.pick(["年维护费", "年运维费", "运维费用", "金额", "维保费用"])
    : extra === "lastYear"
      ? r.pick([`${y}年申请数`, "本年申请数"])
      : extra === "tax"
        ? r.pick(["含税金额", "价税合计"])
        : extra === "matrix"
          ? "合计"
          : dims.amountHeader;
  const head = (role: Role): string => {
    switch (role) {
      case "seq":
        return r.pick(["序号", "序号", "编号", "项次"]);
      case "name":
        return opts.om ? r.pick(["设备名称", "运维内容", "项目名称", "名称", "运维对象", "服务内容"]) : dims.nameHeader;
      case "spec":
        return opts.om
          ? r.pick(["品牌型号", "设备型号", "规格型号"])
          : r.pick(["规格型号", "主要技术参数", "规格及配置", "品牌型号", "技术要求"]);
      case "unit":
        return r.pick(["单位", "单位", "计量单位"]);
      case "qty":
        return opts.om ? r.pick(["数量", "数量（台）"]) : r.pick(["数量", "数量", "工程量"]);
      case "price":
        return (
          (extra === "discount"
            ? r.pick(["折后单价", "优惠单价"])
            : extra === "tax"
              ? "含税单价"
              : r.pick(["单价", "单价", "综合单价"])) + tag(priceUnit)
        );
      case "amount":
        return amountWord + tag(unit);
      case "note":
        return r.pick(["备注", "备注", "说明"]);
      case "basis":
        return r.pick(["计算依据", "测算依据", "取费依据"]);
      case "blank":
        return "";
      case "listPrice":
        return r.pick(["原单价", "市场单价", "报价单价"]) + tag(priceUnit);
      case "discount":
        return r.pick(["折扣", "折扣率"]);
      case "year1":
        return `${y}年` + tag(unit);
      case "year2":
        return `${y + 1}年` + tag(unit);
      case "lastYear":
        return r.pick([`${y - 1}年预算数`, "上年预算数"]) + tag(unit);
      case "fundA":
        return r.pick(["财政资金", "区级财政资金"]) + tag(unit);
      case "fundB":
        return r.pick(["单位自筹", "其他资金"]) + tag(unit);
      case "exTax":
        return "不含税金额" + tag(unit);
      case "taxRate":
        return "税率";
      case "tax":
        return "税额" + tag(unit);
      case "wan":
        return r.pick(["折合（万元）", "折合万元"]);
      case "pm":
        return r.pick(["工作量（人月）", "人月数"]);
      case "base":
        return r.pick(["原值", "购置金额", "设备原值", "计算基数", "资产原值"]) + tag(unit);
      case "rate":
        return dims.omRateStyle === "percent"
          ? r.pick(["费率（%）", "维护费率(%)"])
          : r.pick(["费率", "维护费率", "运维费率"]);
      case "mxHw":
        return "设备购置费" + tag(unit);
      case "mxSw":
        return "软件购置及开发费" + tag(unit);
      case "mxInst":
        return "安装工程费" + tag(unit);
      case "mxOther":
        return "其他费用" + tag(unit);
    }
  };
  const cols: Col[] = roles.map((role) => ({
    role,
    head: head(role),
    unit: MONEY_ROLES.includes(role) ? (role === "price" || role === "listPrice" ? priceUnit : unit) : undefined,
  }));

  if (opts.headerRows === 2) {
    const at = (rs: Role[]) => {
      const k = roles.indexOf(rs[0]);
      return k >= 0 && rs.every((x, j) => roles[k + j] === x) ? k : -1;
    };
    const options: { roles: Role[]; group: string; subs?: string[] }[] = [
      mixed
        ? {
            roles: ["price", "amount"],
            group: "金额",
            subs: [`单价${tag(priceUnit)}`, `${r.pick(["合价", "小计", "总价"])}${tag(unit)}`],
          }
        : {
            roles: ["price", "amount"],
            group: r.pick(["金额", "投资估算", "预算金额"]) + tag(unit),
            subs: ["单价", r.pick(["合价", "小计", "总价"])],
          },
      { roles: ["fundA", "fundB"], group: "资金来源" },
      { roles: ["year1", "year2"], group: r.pick(["分年度投资", "分年度资金安排"]) },
      { roles: ["mxHw", "mxSw", "mxInst", "mxOther", "amount"], group: "投资估算" + tag(unit) },
      { roles: ["exTax", "taxRate", "tax"], group: "税金计算" },
      { roles: ["qty", "price", "amount"], group: r.pick(["申报预算", "预算测算"]) },
      { roles: ["base", "rate", "amount"], group: r.pick(["运维费用测算", "费用测算"]) },
    ];
    const found = r.shuffle(options).find((o) => at(o.roles) >= 0);
    if (found) {
      const k = at(found.roles);
      found.roles.forEach((_, j) => {
        cols[k + j].group = found.group;
        if (found.subs) cols[k + j].head = found.subs[j];
      });
    }
  }
  return { cols, unit, priceUnit };
}
