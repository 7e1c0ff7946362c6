import Decimal from "decimal.js";
import type { ProjectKind, SystemType } from "../model/types";
import type { SheetSnapshot } from "../snapshot/types";
import type { StandardPack } from "../standards/types";
import { resolvedRules } from "../rules/resolve";
import { packMoney } from "../money";
import { columnLetters } from "../snapshot/address";
import { audit } from "../engine";

/** The kinds a budget unit starts a budget for: a construction (new build or upgrade) or an O&M budget. */
export type TemplateKind = Extract<ProjectKind, "construction" | "upgrade" | "om">;

export interface TemplateOptions {
  kind: TemplateKind;
  /** The budget year an O&M title names ("××系统(2025年运维项目)"); the host gives this year. */
  year?: number;
  /** The system type of a construction budget (its title names it); ignored for O&M. */
  system?: SystemType;
  /** 编制单位 / 建设单位 as the title and the 编制单位 line name it. */
  unitName?: string;
}

/**
 * A compliant starting sheet in the pack's terms: the workbook snapshot of one sheet (values computed exactly beside
 * the live formulas that produce them, number formats, merges) that a host writes as it is, plus column widths.
 */
export interface BudgetTemplate {
  sheet: SheetSnapshot;
  /** Column widths in characters, A first. */
  widths: number[];
}

/** What the template needs of the pack's resolved rules: each number read from the rule the audit runs. */
interface Limits {
  /** dev.person-month-price: the 人月 price cap (元). */
  personMonth: Decimal | null;
  /** fees.integration-rate: the allowed range on 软硬件购置费. */
  integration: { min: Decimal; max: Decimal } | null;
  /** fees.security-test-rate: the allowed range on 项目建设费. */
  securityTest: { min: Decimal; max: Decimal } | null;
  /** fees.four-fees-cap: the cap on 项目建设费. */
  fourFees: Decimal | null;
  /** om.hardware-rate: the class rates (the pack's hardware classes, when the rule runs). */
  hardware: { cls: "A" | "B" | "C"; rate: Decimal; device: string }[] | null;
  securityDevice: Decimal | null;
  productSoftware: Decimal | null;
  appSoftware: Decimal | null;
  /** generic.presence rules of the kind: a line the pack requires (等保测评, 源代码审查 …), by the words it looks for. */
  required: { kinds: string[]; categories: string[]; keywords: string[] }[];
}

function ratio(v: unknown): Decimal | null {
  return typeof v === "string" && v !== "" ? new Decimal(v) : null;
}

/** Reads the limits from the rules the pack runs, by implementation: the same numbers the audit checks against. */
function limitsOf(pack: StandardPack): Limits {
  const byImpl = new Map<string, Record<string, unknown>>();
  for (const r of resolvedRules(pack).values())
    byImpl.set(r.impl.id, (r.entry.params ?? {}) as Record<string, unknown>);
  const p = (id: string) => byImpl.get(id);
  const range = (id: string) => {
    const params = p(id);
    const min = ratio(params?.minRatio);
    const max = ratio(params?.maxRatio);
    return min && max ? { min, max } : null;
  };
  const dev = p("dev.person-month-price");
  const classes = pack.hardwareClasses.classes;
  const hardware = p("om.hardware-rate")
    ? (["A", "B", "C"] as const)
        .filter((cls) => classes[cls]?.rate)
        .map((cls) => ({ cls, rate: new Decimal(classes[cls].rate!), device: classes[cls].devices[0] ?? "设备" }))
    : null;
  const appRates = p("om.app-software-rate")?.rates as Record<string, string> | undefined;
  const required: Limits["required"] = [];
  for (const r of resolvedRules(pack).values()) {
    if (r.impl.id !== "generic.presence") continue;
    const params = (r.entry.params ?? {}) as {
      when?: { kinds?: string[] };
      require?: { categories?: string[]; keywords?: string[] };
    };
    required.push({
      kinds: params.when?.kinds ?? [],
      categories: params.require?.categories ?? [],
      keywords: params.require?.keywords ?? [],
    });
  }
  return {
    personMonth: dev ? packMoney(dev.maxPrice as never) : null,
    integration: range("fees.integration-rate"),
    securityTest: range("fees.security-test-rate"),
    fourFees: ratio(p("fees.four-fees-cap")?.maxRatio),
    hardware: hardware?.length ? hardware : null,
    securityDevice: ratio(p("om.security-device-rate")?.maxRate),
    productSoftware: ratio(p("om.product-software-rate")?.domesticMaxRate),
    appSoftware: ratio(appRates?.complex),
    required,
  };
}

/** The district as the title names it: the last part of the jurisdiction (上海市杨浦区 → 杨浦区). */
function district(pack: StandardPack): string {
  const m = /[^省市]*[区县市]$/.exec(pack.jurisdiction);
  return m ? m[0] : (pack.places?.[0] ?? "");
}

/** The words a title gives a system, so the profile inference reads the type back from it. */
const SYSTEM_TITLE: Record<SystemType, string> = {
  oa: "协同办公（OA）",
  "video-conference": "视频会议",
  website: "门户网站",
  "server-room": "机房",
  "info-release": "信息发布",
  hotline: "服务热线",
  other: "业务应用",
};

const MONEY_FORMAT = "#,##0.00";
const RATE_FORMAT = "0.00%";
const pct = (r: Decimal) => `${r.times(100).toFixed()}%`;
const round2 = (d: Decimal) => d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);

/** A row being laid out: text, numbers, and formulas with the value they compute. */
type Cell = string | number | { formula: string; value: Decimal; format?: string } | { rate: Decimal } | null;

/**
 * Lays rows out from row 0, turning each { formula } into the formula and its exact value, and { rate } into a
 * fraction shown as a percentage. Returns the sheet.
 */
function sheetOf(name: string, rows: Cell[][], widths: number[], merges: SheetSnapshot["merges"]): BudgetTemplate {
  const cols = widths.length;
  const values: SheetSnapshot["values"] = [];
  const formulas: (string | null)[][] = [];
  const formats: (string | null)[][] = [];
  for (const row of rows) {
    const v: SheetSnapshot["values"][number] = [];
    const f: (string | null)[] = [];
    const n: (string | null)[] = [];
    for (let c = 0; c < cols; c++) {
      const cell = row[c] ?? null;
      if (cell !== null && typeof cell === "object" && "formula" in cell) {
        v.push(cell.value.toNumber());
        f.push(cell.formula);
        n.push(cell.format ?? MONEY_FORMAT);
      } else if (cell !== null && typeof cell === "object") {
        v.push(cell.rate.toNumber());
        f.push(null);
        n.push(RATE_FORMAT);
      } else {
        v.push(cell);
        f.push(null);
        n.push(typeof cell === "number" && c >= 4 ? MONEY_FORMAT : null);
      }
    }
    values.push(v);
    formulas.push(f);
    formats.push(n);
  }
  return {
    sheet: { name, origin: { row: 0, col: 0 }, values, formulas, numberFormats: formats, merges },
    widths,
  };
}

/** Where a line's amount is: its row (0-based) in the amount column. */
const ref = (col: number, row: number) => `${columnLetters(col)}${row + 1}`;

/**
 * A construction (or upgrade) estimate: 硬件设备, 软件购置, 应用软件开发, 系统集成, 其他费用 with a 小计 each and a 合计;
 * 金额 = 数量 × 单价 as live formulas; the integration and security-test fees as rates of their bases, the 人月 price
 * at its cap, the four fees within theirs, each cap written beside its line — every number from the pack's rules.
 */
function constructionTemplate(
  pack: StandardPack,
  limits: Limits,
  opts: TemplateOptions,
  title: string,
): BudgetTemplate {
  const system = opts.system ?? "other";
  const unit = opts.unitName?.trim() || "XX单位";
  // 信息发布 has a cap on its whole total (议事规则): its examples are a tenth of the others.
  const k = system === "info-release" ? new Decimal("0.1") : new Decimal(1);
  const G = 6; // 金额
  const rows: Cell[][] = [
    [title],
    [`编制单位：${unit}`, null, null, null, null, null, null, "单位：元"],
    ["序号", "名称", "规格型号/说明", "单位", "数量", "单价", "金额", "备注"],
  ];
  const amounts: Decimal[] = [];
  const amountRows: number[] = [];
  /** A line: 金额 = 数量 × 单价 as a formula. */
  const line = (seq: number, name: string, spec: string, unitWord: string, qty: number, price: Decimal, note = "") => {
    const r = rows.length;
    const value = price.times(qty);
    rows.push([seq, name, spec, unitWord, qty, price.toNumber(), { formula: `=E${r + 1}*F${r + 1}`, value }, note]);
    amounts[r] = value;
    amountRows.push(r);
    return r;
  };
  /** A line whose amount is a formula of other amounts (a fee as a rate of its base). */
  const feeLine = (seq: number, name: string, formula: string, value: Decimal, note: string) => {
    const r = rows.length;
    rows.push([seq, name, null, "项", null, null, { formula, value }, note]);
    amounts[r] = value;
    amountRows.push(r);
    return r;
  };
  const plainFee = (seq: number, name: string, value: Decimal, note = "") => {
    const r = rows.length;
    rows.push([seq, name, null, "项", 1, value.toNumber(), { formula: `=E${r + 1}*F${r + 1}`, value }, note]);
    amounts[r] = value;
    amountRows.push(r);
    return r;
  };
  const subtotals: number[] = [];
  const subtotal = (from: number, to: number) => {
    const r = rows.length;
    let sum = new Decimal(0);
    for (let i = from; i <= to; i++) if (amounts[i]) sum = sum.plus(amounts[i]);
    rows.push([null, "小计", null, null, null, null, { formula: `=SUM(${ref(G, from)}:${ref(G, to)})`, value: sum }]);
    amounts[r] = sum;
    subtotals.push(r);
  };
  const section = (seq: string, name: string) => rows.push([seq, name]);
  const sumOf = (rs: number[]) => rs.reduce((s, r) => s.plus(amounts[r]), new Decimal(0));
  const plus = (rs: number[]) => rs.map((r) => ref(G, r)).join("+");

  section("一", "硬件设备");
  const hw = [
    line(1, "服务器", "2路机架式，2×16核/256G内存", "台", 2, k.times(50000)),
    line(2, "接入交换机", "24口千兆", "台", 2, k.times(20000)),
  ];
  subtotal(hw[0], hw[1]);
  section("二", "软件购置");
  const sw = [
    line(1, "国产数据库软件", "正版授权", "套", 1, k.times(80000)),
    line(2, "国产操作系统", "服务器版授权", "套", 2, k.times(5000)),
  ];
  subtotal(sw[0], sw[1]);
  section("三", "应用软件开发");
  const price = limits.personMonth ?? new Decimal(20000);
  const devNote = limits.personMonth
    ? `人月单价不超过 ${price.dividedBy(10000).toFixed()} 万元`
    : "按人月数 × 人月单价计";
  const dev = [
    line(
      1,
      `${SYSTEM_TITLE[system]}系统定制开发`,
      "功能模块详见需求清单",
      "人月",
      k.times(10).toNumber(),
      price,
      devNote,
    ),
  ];
  subtotal(dev[0], dev[0]);
  section("四", "系统集成");
  const purchase = [...hw, ...sw];
  let integration: number;
  if (limits.integration) {
    // The middle of the range, as a rate of the 软硬件购置费 the formula adds up.
    const rate = limits.integration.min.plus(limits.integration.max).dividedBy(2);
    const value = round2(sumOf(purchase).times(rate));
    integration = feeLine(
      1,
      "系统集成费",
      `=ROUND((${plus(purchase)})*${rate.toFixed()},2)`,
      value,
      `按软硬件购置费的 ${pct(limits.integration.min)}–${pct(limits.integration.max)} 计取（本表 ${pct(rate)}）`,
    );
  } else integration = plainFee(1, "系统集成费", k.times(10000));
  subtotal(integration, integration);
  // 项目建设费: the sections above (the pack's construction base).
  const construction = [...purchase, ...dev, integration];
  const buildRefs = subtotals.map((r) => ref(G, r)).join("+");
  const build = sumOf(construction);

  section("五", "其他费用");
  const fourNote = limits.fourFees
    ? `咨询、监理、软件测评、安全测评四项合计不超过项目建设费的 ${pct(limits.fourFees)}`
    : "";
  const other = [
    plainFee(1, "咨询费", k.times(12000), fourNote),
    plainFee(2, "信息系统工程监理费", k.times(10000), fourNote),
    plainFee(3, "软件测评费", k.times(10000), fourNote),
  ];
  if (limits.securityTest) {
    const rate = limits.securityTest.min.plus(limits.securityTest.max).dividedBy(2);
    other.push(
      feeLine(
        4,
        "安全测评费",
        `=ROUND((${buildRefs})*${rate.toFixed()},2)`,
        round2(build.times(rate)),
        `按项目建设费的 ${pct(limits.securityTest.min)}–${pct(limits.securityTest.max)} 计取（本表 ${pct(rate)}）`,
      ),
    );
  } else other.push(plainFee(4, "安全测评费", k.times(5000)));
  other.push(plainFee(5, "商用密码应用安全性评估（密码测评）费", k.times(8000)));
  // Lines the pack requires that the sections above do not have (罗湖's 等保测评 and 源代码审查 …).
  const names = rows.map((r) => String(r[1] ?? ""));
  for (const req of limits.required) {
    if (!req.kinds.includes(opts.kind) || req.keywords.length === 0) continue;
    if (names.some((n) => req.keywords.some((w) => n.includes(w)))) continue;
    const name = requiredLineName(req.keywords);
    other.push(plainFee(other.length + 1, name, k.times(10000)));
    names.push(name);
  }
  subtotal(other[0], other[other.length - 1]);
  const total = subtotals.reduce((s, r) => s.plus(amounts[r]), new Decimal(0));
  rows.push([
    null,
    "合计",
    null,
    null,
    null,
    null,
    { formula: `=${subtotals.map((r) => ref(G, r)).join("+")}`, value: total },
  ]);
  return sheetOf("投资估算表", rows, [6, 30, 24, 6, 8, 12, 14, 36], [{ top: 0, left: 0, bottom: 0, right: 7 }]);
}

/**
 * An O&M budget by class: 硬件设备维护 (one line per class of the pack, at its rate), 安全设备维护, 基础软件维护 and
 * 应用软件维护, 年维护费 = 购置金额 × 维护费率 as live formulas, each rate at the class's cap — or, under a pack with
 * no maintenance rates, plain amounts and no rate column formulas.
 */
function omTemplate(pack: StandardPack, limits: Limits, opts: TemplateOptions, title: string): BudgetTemplate {
  const unit = opts.unitName?.trim() || "XX单位";
  const G = 6;
  const rows: Cell[][] = [
    [title],
    [`编制单位：${unit}`, null, null, null, null, null, null, "单位：元"],
    ["序号", "名称", "规格型号", "数量", "购置金额", "维护费率", "年维护费", "备注"],
  ];
  const amounts: Decimal[] = [];
  const subtotals: number[] = [];
  const line = (
    seq: number,
    name: string,
    spec: string,
    qty: number,
    base: number,
    rate: Decimal | null,
    note = "",
  ) => {
    const r = rows.length;
    if (rate) {
      const value = round2(new Decimal(base).times(rate));
      rows.push([seq, name, spec, qty, base, { rate }, { formula: `=ROUND(E${r + 1}*F${r + 1},2)`, value }, note]);
      amounts[r] = value;
    } else {
      // No rate in the pack: the fee as an amount the unit states and justifies.
      const value = new Decimal(base).times("0.05");
      rows.push([seq, name, spec, qty, base, null, value.toNumber(), note]);
      amounts[r] = value;
    }
    return r;
  };
  const subtotal = (from: number, to: number) => {
    const r = rows.length;
    let sum = new Decimal(0);
    for (let i = from; i <= to; i++) if (amounts[i]) sum = sum.plus(amounts[i]);
    rows.push([null, "小计", null, null, null, null, { formula: `=SUM(${ref(G, from)}:${ref(G, to)})`, value: sum }]);
    amounts[r] = sum;
    subtotals.push(r);
  };
  rows.push(["(一)", "硬件设备维护"]);
  const hwRows: number[] = [];
  const classes = limits.hardware ?? [{ cls: "C" as const, rate: null as Decimal | null, device: "服务器" }];
  const bases: Record<string, number> = { A: 200000, B: 50000, C: 100000 };
  classes.forEach((c, i) =>
    hwRows.push(
      line(
        i + 1,
        `${c.device}维保`,
        "原厂维保",
        1,
        bases[c.cls] ?? 100000,
        c.rate,
        c.rate ? `${c.cls}类设备，费率不超过 ${pct(c.rate)}` : "",
      ),
    ),
  );
  subtotal(hwRows[0], hwRows[hwRows.length - 1]);
  rows.push(["(二)", "安全设备维护"]);
  const sec = line(
    1,
    "防火墙日常运行维护及特征库升级",
    "",
    1,
    80000,
    limits.securityDevice,
    limits.securityDevice ? `费率不超过 ${pct(limits.securityDevice)}` : "",
  );
  subtotal(sec, sec);
  rows.push(["(三)", "基础软件维护"]);
  const prod = line(
    1,
    "国产数据库软件原厂服务",
    "国产",
    1,
    80000,
    limits.productSoftware,
    limits.productSoftware ? `国产软件费率不超过 ${pct(limits.productSoftware)}` : "",
  );
  subtotal(prod, prod);
  rows.push(["(四)", "应用软件维护"]);
  const app = line(
    1,
    "业务应用系统应用软件运维",
    "原开发费",
    1,
    1000000,
    limits.appSoftware,
    limits.appSoftware ? `较复杂，费率不超过 ${pct(limits.appSoftware)}` : "较复杂",
  );
  subtotal(app, app);
  const total = subtotals.reduce((s, r) => s.plus(amounts[r]), new Decimal(0));
  rows.push([
    null,
    "合计",
    null,
    null,
    null,
    null,
    { formula: `=${subtotals.map((r) => ref(G, r)).join("+")}`, value: total },
  ]);
  return sheetOf("运维预算表", rows, [6, 30, 14, 6, 14, 10, 14, 30], [{ top: 0, left: 0, bottom: 0, right: 7 }]);
}

/**
 * 新建预算表: a compliant starting sheet for `opts.kind` in the pack's terms. Every limit it writes (the 人月 price,
 * the fee ranges, the four fees' cap, the maintenance rates) is read from the pack's resolved rules; a pack without
 * a rule writes no formula for it. Filled with its own example rows it passes the audit with no error or warning.
 */
export function budgetTemplate(pack: StandardPack, opts: TemplateOptions): BudgetTemplate {
  const limits = limitsOf(pack);
  const build = (title: string) =>
    opts.kind === "om" ? omTemplate(pack, limits, opts, title) : constructionTemplate(pack, limits, opts, title);
  // The title in the words the pack's naming rules ask for (青浦: "××平台建设项目", "××系统建设项目(升级改造)",
  // "××系统(2025年运维项目)"): the first of the usual forms its audit does not object to.
  let best: { template: BudgetTemplate; objections: number } | null = null;
  for (const title of titleCandidates(pack, opts)) {
    const template = build(title);
    const objections = audit({ name: title, sheets: [template.sheet] }, pack).findings.filter(
      (f) => f.severity !== "info",
    ).length;
    if (objections === 0) return template;
    if (!best || objections < best.objections) best = { template, objections };
  }
  return best!.template;
}

/** The usual ways a budget is titled, the plainest first. */
function titleCandidates(pack: StandardPack, opts: TemplateOptions): string[] {
  const head = `${district(pack)}${opts.unitName?.trim() || "XX单位"}`;
  if (opts.kind === "om") {
    const year = opts.year ?? 2025;
    return [`${head}电子政务系统运维项目预算表`, `${head}电子政务系统(${year}年运维项目)预算表`];
  }
  const base = SYSTEM_TITLE[opts.system ?? "other"];
  if (opts.kind === "upgrade")
    return [`${head}${base}系统升级改造项目投资估算表`, `${head}${base}系统建设项目(升级改造)投资估算表`];
  return [`${head}${base}系统建设项目投资估算表`, `${head}${base}平台建设项目投资估算表`];
}

/** A line for a required item, named by the words the rule looks for ("代码审查" → 代码审查费, "等级保护" → 等级保护测评费). */
function requiredLineName(keywords: readonly string[]): string {
  const activity = /(测评|审查|审计|评估|检测|测试|监理)$/;
  const named = [...keywords].filter((w) => activity.test(w)).sort((a, b) => b.length - a.length)[0];
  return named ? `${named}费` : `${keywords[0]}测评费`;
}
