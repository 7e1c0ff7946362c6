/**
 * Fuzz test of the engine: thousands of generated workbooks — random grids of every kind of cell value, and
 * realistic budget skeletons (title, unit line, header, sections, lines, 小计/合计, notes, summary sheets) with
 * mutated cells so the parser's deep paths are reached — audited with a fixed seed. Every audit must finish without
 * an exception and give a well-formed result. A failure prints the seed and case number; FUZZ_SEED and FUZZ_CASES
 * override the defaults to explore further (`FUZZ_SEED=7 FUZZ_CASES=20000 npx jest test/core/fuzz`).
 */
import Decimal from "decimal.js";
import type { CellValue, MergedRange, SheetSnapshot, WorkbookSnapshot } from "../../src/core/snapshot/types";
import type { ProfileOverrides, ReadField } from "../../src/core/model/types";
import type { AuditResult } from "../../src/core/engine";
import { audit } from "../../src/core/engine";
import { planFlags } from "../../src/core/plan/flags";
import { planApproval } from "../../src/core/plan/approval-plan";
import { parseA1 } from "../../src/core/snapshot/address";
import { yangpu } from "../support/pack";
import { mulberry32 } from "../support/rng";

const SEED = Number(process.env.FUZZ_SEED ?? 20261202);
const CASES = Number(process.env.FUZZ_CASES ?? 3000);

/** mulberry32: a small, fast, seeded PRNG (no dependency; the same sequence on every machine). */
class Rng {
  private readonly draw: () => number;
  constructor(seed: number) {
    this.draw = mulberry32(seed);
  }
  next(): number {
    return this.draw();
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  range(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)];
  }
}

const NUMBERS: readonly number[] = [
  0,
  -0,
  1,
  2,
  3,
  4,
  10,
  12,
  45000,
  8000,
  90000,
  24000,
  0.04,
  0.06,
  0.08,
  0.1 + 0.2,
  1.5,
  2.5,
  -5,
  100,
  1e15,
  1e15 + 2,
  1e11,
  1.5e11,
  1e-10,
  1e-11,
  1e300,
  -1e300,
  5e-324,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  Number.MAX_SAFE_INTEGER,
  2 ** 53 + 2,
  123456789.123,
  0.30000000000000004,
  -1e-17,
  7,
  20,
  30,
  300,
];
const NUMERIC_TEXTS: readonly string[] = [
  "1e9999999999",
  "1e100000",
  "-1e100000",
  "1e-100000",
  "0e99999999999",
  "１２.５",
  "1,200",
  "1,20",
  "1.2万",
  "1.2万元",
  "20,000元",
  "4%",
  "４％",
  "¥80,000.00",
  "￥1,200",
  "2.5万/人月",
  "8,000元/台",
  "-",
  "—",
  "/",
  "",
  "  ",
  "1 200",
  "12345678901234567890123",
  "1".repeat(64),
  "1".repeat(65),
  "1.2.3",
  "+5",
  ".5",
  "5.",
  "1e15",
  "1e16",
  "NaN",
  "Infinity",
  "-Infinity",
  "0x10",
  "1_000",
  "3台",
  "50%",
  "1e-9%",
  "400",
  "0.00000000001",
  "-0",
  "9007199254740993",
];
const WORDS: readonly string[] = [
  "服务器",
  "PC服务器",
  "核心层交换机",
  "接入层交换机",
  "防火墙",
  "数据库软件（国产）",
  "操作系统",
  "应用软件定制开发",
  "系统集成费",
  "咨询费",
  "监理费",
  "软件测评",
  "安全测评",
  "密码测评",
  "三级等保测评",
  "管理费",
  "不可预见费",
  "设备维保",
  "防火墙特征库升级",
  "数据库维护（国产）",
  "应用软件运维（简单）",
  "应用系统运维（非常复杂）",
  "带宽租用",
  "机房装修",
  "视频会议终端",
  "MCU",
  "坐席",
  "微信公众号",
  "小计",
  "合计",
  "总计",
  "硬件合计",
  "项目合计",
  "其中：硬件",
  "一、硬件设备",
  "二、软件",
  "(一)软件",
  "（二）其他费用",
  "1",
  "1.1",
  "1.2",
  "2",
  "(1)",
  "第一部分",
  "注：以上价格含税",
  "说明：",
  "单位：万元",
  "单位：元",
  "金额单位：万元",
  "人月",
  "人·月",
  "台",
  "套",
  "项",
  "年",
  "平方米",
  "㎡",
  "见附件",
  "待定",
  "若干",
  "汇总",
  "运维",
  "年运维",
  "建设项目",
  "升级改造",
  "OA",
  "协同办公",
  "小型",
  "中型",
  "大型",
  "小型机",
  "简单",
  "较复杂",
  "工具",
  "国产",
  "12345",
  "热线",
  "呼叫中心",
  "门户网站",
  "机房",
  "80平方米",
  "30个坐席",
  "见硬件清单表",
  "以下为软件部分",
  "1 2 3",
  "栏次",
];
const HEADER_WORDS: readonly string[] = [
  "序号",
  "编号",
  "名称",
  "费用名称",
  "项目名称",
  "规格",
  "规格及说明",
  "单位",
  "数量",
  "单价",
  "单价(元)",
  "单价（万元）",
  "人月单价",
  "金额",
  "金额（万元）",
  "合价",
  "小计",
  "备注",
  "购置金额",
  "设备原值",
  "单台原值",
  "费率",
  "维护费率(%)",
  "年维护费",
  "运维费",
  "原开发费",
  "人月",
  "工作量",
  "折合（万元）",
  "Amount",
  "Qty",
  "Unit Price",
  "Description",
];
const NASTY: readonly string[] = [
  "\u0000",
  "\u0007\u0008",
  "a\nb\r\nc\t",
  "\ud800",
  "\udfff",
  "x\ud800y",
  "😀",
  "\u202e服务器",
  "\u200b",
  "\ufeff合计",
  "=SUM(A1:A3)",
  "'汇总'!G5",
  "''''",
  "((((",
  "））",
  "【",
  "]]]",
  "!!!",
  "%%%",
  "￥",
  "·",
  "　",
  "\u00a0",
  "\u2028",
];

function longString(rng: Rng): string {
  const n = rng.pick([200, 1000, 5000, 30_000]);
  const unit = rng.pick([
    "(",
    "9",
    " ",
    "人 ",
    "合计(",
    "见附件",
    "'",
    "[",
    "1.",
    "一",
    "a",
    "😀",
    "\u0000",
    "1平方米",
  ]);
  const body = unit.repeat(Math.ceil(n / unit.length));
  return rng.pick([body, `合计${body})a`, `人${body}月x`, `${body}平方米`, `=${body}!A1`, `服务器${body}`]);
}

function anyValue(rng: Rng): CellValue | undefined {
  const k = rng.int(100);
  if (k < 12) return null;
  if (k < 14) return undefined;
  if (k < 34) return rng.pick(NUMBERS);
  if (k < 44) return rng.next() < 0.5 ? rng.int(100000) : Math.round(rng.next() * 1e6) / 100;
  if (k < 60) return rng.pick(NUMERIC_TEXTS);
  if (k < 82) return rng.pick(WORDS);
  if (k < 88) return rng.pick(HEADER_WORDS);
  if (k < 94) return rng.pick(NASTY);
  if (k < 97) return rng.chance(0.5);
  if (k < 99) return `${rng.pick(WORDS)}${rng.pick(NASTY)}${rng.pick(WORDS)}`;
  return rng.chance(0.25) ? longString(rng) : rng.pick(WORDS).repeat(rng.range(2, 30));
}

function anyFormula(rng: Rng, sheets: readonly string[]): string | null {
  const k = rng.int(10);
  if (k < 5) return null;
  const r = rng.range(1, 30);
  const other = rng.pick(sheets.length ? sheets : ["Sheet1"]);
  return rng.pick([
    `=E${r}*F${r}`,
    `=SUM(G3:G${r})`,
    `='${other.replace(/'/g, "''")}'!G${r}`,
    `=${other}!G${r}`,
    "=",
    "=1/0",
    "",
    `=SUM('${other}'!G:G)`,
    rng.pick(NASTY),
    `=${rng.pick(WORDS)}`,
  ]);
}

function anyFormat(rng: Rng): string | null {
  return rng.pick([null, "General", "0%", "0.00%", "#,##0.00", "@", "0.00_);[Red](0.00)", "", "%"]);
}

function anyMerges(rng: Rng, rows: number, cols: number, origin: { row: number; col: number }): MergedRange[] {
  const out: MergedRange[] = [];
  const n = rng.int(4);
  for (let i = 0; i < n; i++) {
    const top = origin.row + rng.range(-2, rows + 2);
    const left = origin.col + rng.range(-2, cols + 2);
    const kind = rng.int(4);
    if (kind === 0)
      out.push({ top, left, bottom: top, right: left + rng.range(0, 8) }); // a wide title merge
    else if (kind === 1) out.push({ top, left, bottom: top + rng.range(0, 4), right: left + rng.range(0, 2) });
    else if (kind === 2)
      out.push({ top, left, bottom: top - rng.range(1, 3), right: left - rng.range(1, 3) }); // inverted
    else
      out.push({ top: rng.range(-5, 5), left: rng.range(-5, 5), bottom: rng.range(0, 1000), right: rng.range(0, 50) });
  }
  return out;
}

/** A parallel grid (formulas or formats) that may be missing, shorter than values, or have missing rows. */
function sideGrid<T>(rng: Rng, values: CellValue[][], make: () => T | null): (T | null)[][] | undefined {
  const k = rng.int(4);
  if (k === 0) return undefined;
  const rows = k === 1 ? rng.int(values.length + 1) : values.length;
  const out: (T | null)[][] = [];
  for (let r = 0; r < rows; r++) {
    if (rng.chance(0.05)) {
      out.push(null as unknown as (T | null)[]);
      continue;
    }
    const width = rng.chance(0.3) ? rng.int((values[r]?.length ?? 0) + 1) : (values[r]?.length ?? 0);
    const row: (T | null)[] = [];
    for (let c = 0; c < width; c++) row.push(make());
    out.push(row);
  }
  return out;
}

function randomSheet(rng: Rng, name: string, sheetNames: readonly string[]): SheetSnapshot {
  const rows = rng.int(26);
  const values: CellValue[][] = [];
  let width = 0;
  for (let r = 0; r < rows; r++) {
    if (rng.chance(0.04)) {
      values.push(null as unknown as CellValue[]);
      continue;
    }
    const len = rng.int(13);
    width = Math.max(width, len);
    const row: CellValue[] = [];
    for (let c = 0; c < len; c++) row.push(anyValue(rng) as CellValue);
    values.push(row);
  }
  const origin = { row: rng.chance(0.7) ? 0 : rng.int(6), col: rng.chance(0.7) ? 0 : rng.int(6) };
  return finishSheet(rng, name, origin, values, width, sheetNames, () => anyFormula(rng, sheetNames));
}

function finishSheet(
  rng: Rng,
  name: string,
  origin: { row: number; col: number },
  values: CellValue[][],
  width: number,
  sheetNames: readonly string[],
  formula: () => string | null,
  formulas?: (string | null)[][],
): SheetSnapshot {
  const s: Record<string, unknown> = {
    name,
    values,
    formulas: formulas ?? sideGrid(rng, values, formula),
    numberFormats: sideGrid(rng, values, () => anyFormat(rng)),
    merges: anyMerges(rng, values.length, width, origin),
  };
  if (rng.chance(0.9)) s.origin = origin;
  if (rng.chance(0.1)) delete s.merges;
  if (rng.chance(0.1)) s.hidden = rng.chance(0.5);
  void sheetNames;
  return s as unknown as SheetSnapshot;
}

interface Layout {
  header: string[];
  /** Builds a line row from a name and figures. */
  row: (seq: CellValue, name: string, rng: Rng) => CellValue[];
  amountCol: number;
}

const CONSTRUCTION: readonly [string, string, number, number][] = [
  ["PC服务器", "台", 3, 45000],
  ["接入层交换机", "台", 12, 8000],
  ["防火墙", "台", 2, 60000],
  ["数据库软件（国产）", "套", 2, 80000],
  ["操作系统", "套", 6, 3000],
  ["应用软件定制开发", "人月", 10, 26000],
  ["数据迁移服务", "项", 1, 50000],
  ["系统集成费", "项", 1, 30000],
  ["咨询费", "项", 1, 40000],
  ["监理费", "项", 1, 35000],
  ["软件测评", "项", 1, 25000],
  ["安全测评", "项", 1, 15000],
  ["三级等保测评", "项", 1, 20000],
  ["视频会议终端", "台", 12, 9000],
  ["MCU", "台", 2, 100000],
  ["机房装修", "平方米", 80, 2000],
  ["坐席", "个", 20, 5000],
  ["某种东西", "个", 1, 1000],
  ["笔记本电脑", "台", 20, 6000],
  ["不可预见费", "项", 1, 10000],
];
const OM: readonly [string, number, number][] = [
  ["核心层交换机维保", 500000, 0.04],
  ["PC服务器维保", 300000, 0.1],
  ["防火墙特征库升级", 200000, 0.12],
  ["数据库维护（国产）", 400000, 0.12],
  ["操作系统维护（工具）", 100000, 0.06],
  ["应用软件运维（简单）", 1000000, 0.09],
  ["应用系统运维", 800000, 0.15],
  ["带宽租用", 0, 0],
  ["某设备维保", 100000, 0.05],
  ["UPS维保", 60000, 0.06],
];

function layouts(rng: Rng): Layout {
  const variant = rng.int(4);
  if (variant === 0 || variant === 1) {
    const header = [
      "序号",
      rng.pick(["名称", "费用名称", "项目名称"]),
      rng.pick(["规格", "规格及说明"]),
      "单位",
      "数量",
      rng.pick(["单价", "单价(元)", "单价（万元）", "人月单价"]),
      rng.pick(["金额", "合价", "金额（万元）", "小计"]),
      "备注",
    ];
    return {
      header,
      amountCol: 6,
      row: (seq, name, r) => {
        const item = CONSTRUCTION.find((c) => c[0] === name) ?? r.pick(CONSTRUCTION);
        const q = item[2];
        const p = item[3];
        const a = r.chance(0.85) ? q * p : q * p + r.range(-1000, 1000);
        return [seq, name, r.chance(0.3) ? "详见技术参数" : "", item[1], q, p, a, r.chance(0.2) ? r.pick(WORDS) : null];
      },
    };
  }
  if (variant === 2) {
    const header = [
      "序号",
      "名称",
      "数量",
      rng.pick(["购置金额", "设备原值", "单台原值"]),
      rng.pick(["费率", "维护费率(%)"]),
      rng.pick(["年维护费", "运维费"]),
      "原开发费",
      "备注",
    ];
    return {
      header,
      amountCol: 5,
      row: (seq, name, r) => {
        const item = OM.find((o) => o[0] === name) ?? r.pick(OM);
        const q = r.chance(0.7) ? 1 : r.range(2, 4);
        const dev = /应用/.test(item[0]);
        const base = item[1];
        const rate = header[4].includes("%") ? item[2] * 100 : item[2];
        const fee = Math.round(base * item[2] * (r.chance(0.3) ? q : 1) * 100) / 100;
        return [
          seq,
          name,
          q,
          dev ? null : base,
          rate,
          fee,
          dev ? base : null,
          r.chance(0.2) ? r.pick(["简单", "较复杂", "国产", "工具"]) : null,
        ];
      },
    };
  }
  const header = ["序号", "费用名称", "单位", "人月", "单价", "金额"];
  return {
    header,
    amountCol: 5,
    row: (seq, name, r) => {
      const pm = r.range(1, 20);
      const price = r.pick([15000, 20000, 26000]);
      return [seq, name, r.pick(["人月", "项", "人·月"]), pm, price, pm * price];
    },
  };
}

/** A realistic budget sheet: title, unit line, header, sections with lines and 小计, a 合计, a note. */
function budgetSheet(rng: Rng, name: string, sheetNames: readonly string[]): SheetSnapshot {
  const layout = layouts(rng);
  const width = layout.header.length;
  const pad = (row: CellValue[]) => [...row, ...Array<CellValue>(Math.max(0, width - row.length)).fill(null)];
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const push = (row: CellValue[], amountFormula: string | null = null) => {
    values.push(pad(row));
    const f = Array<string | null>(width).fill(null);
    if (amountFormula) f[layout.amountCol] = amountFormula;
    formulas.push(f);
  };
  const kind = rng.pick(["建设项目", "升级改造项目", "年运维项目", "服务项目", ""]);
  const system = rng.pick(["协同办公系统", "视频会议系统", "门户网站", "机房", "微信公众号", "服务热线", "信息系统"]);
  push([`XX局${system}${kind}${rng.pick(["投资估算表", "预算表", ""])}${rng.pick(["", "（小型）", "（大型）"])}`]);
  if (rng.chance(0.6))
    push([
      "编制单位：XX局",
      ...Array<CellValue>(width - 2).fill(null),
      rng.pick(["单位：元", "单位：万元", "金额单位：万元", ""]),
    ]);
  if (rng.chance(0.2)) push([]);
  push(layout.header);
  if (rng.chance(0.15)) push(layout.header.map((_, i) => i + 1));
  const names =
    layout.amountCol === 5 && layout.header.length === 8 ? OM.map((o) => o[0]) : CONSTRUCTION.map((c) => c[0]);
  const sections = rng.range(0, 3);
  let seq = 0;
  for (let s = 0; s <= sections; s++) {
    const style = rng.int(4);
    if (sections > 0) {
      const label = [
        ["一", "二", "三", "四"][s],
        `(${["一", "二", "三", "四"][s]})`,
        String(s + 1),
        `第${["一", "二", "三", "四"][s]}部分`,
      ][style];
      push([
        label,
        rng.pick(["硬件设备", "软件", "其他费用", "运维服务"]),
        ...(rng.chance(0.3) ? [null, null, null, null, null] : []),
      ]);
    }
    const first = values.length;
    const n = rng.range(1, 8);
    for (let i = 0; i < n; i++) {
      seq++;
      const seqText: CellValue =
        style === 2 && sections > 0 ? `${s + 1}.${i + 1}` : rng.chance(0.1) ? `(${i + 1})` : seq;
      const row = layout.row(seqText, rng.pick(names), rng);
      push(row, rng.chance(0.5) ? `=E${values.length + 1}*F${values.length + 1}` : null);
    }
    if (rng.chance(0.7)) {
      let sum = 0;
      for (let r = first; r < values.length; r++) sum += Number(values[r][layout.amountCol]) || 0;
      if (rng.chance(0.2)) sum += rng.range(1, 5000);
      const total = pad([null, rng.pick(["小计", "硬件合计", "小计（元）", "合计"])]);
      total[layout.amountCol] = sum;
      push(total, `=SUM(G${first + 1}:G${values.length})`);
    }
  }
  if (rng.chance(0.8)) {
    const total = pad([null, rng.pick(["合计", "总计", "项目合计", "合计（万元）"])]);
    total[layout.amountCol] = rng.chance(0.7)
      ? values.reduce(
          (acc, r) => acc + (typeof r[layout.amountCol] === "number" ? (r[layout.amountCol] as number) : 0),
          0,
        ) / 2
      : rng.range(0, 1e6);
    push(total);
  }
  if (rng.chance(0.5))
    push([rng.pick(["注：以上价格含税。", "注1：开发按人月测算", "说明：机房面积约80平方米，30个坐席"])]);
  if (rng.chance(0.3)) push([rng.pick(WORDS), rng.pick(WORDS)]);

  // Mutations: the deep paths are reached by sheets that are nearly right.
  const mutations = rng.pick([0, 1, 1, 2, 3, 6]);
  for (let m = 0; m < mutations; m++) {
    const r = rng.int(values.length);
    const c = rng.int(width + 1);
    const v = anyValue(rng);
    if (v === undefined) delete values[r][c];
    else values[r][c] = v;
  }
  if (rng.chance(0.1)) values[rng.int(values.length)].length = rng.int(width); // ragged
  if (rng.chance(0.05)) values.splice(rng.int(values.length), 0, null as unknown as CellValue[]);
  if (rng.chance(0.1))
    formulas[rng.int(formulas.length)] = rng.chance(0.5) ? (null as unknown as (string | null)[]) : [];
  if (rng.chance(0.15)) formulas.length = rng.int(formulas.length);
  const origin = { row: rng.chance(0.8) ? 0 : rng.int(4), col: rng.chance(0.8) ? 0 : rng.int(3) };
  const sheet = finishSheet(rng, name, origin, values, width, sheetNames, () => anyFormula(rng, sheetNames), formulas);
  if (rng.chance(0.5))
    sheet.merges = [
      { top: origin.row, left: origin.col, bottom: origin.row, right: origin.col + width - 1 },
      ...(sheet.merges ?? []),
    ];
  return sheet;
}

/** A 汇总 sheet whose amounts point at the other sheets' totals. */
function summarySheet(rng: Rng, name: string, others: readonly string[]): SheetSnapshot {
  const values: CellValue[][] = [["序号", "项目", "金额"]];
  const formulas: (string | null)[][] = [[null, null, null]];
  others.forEach((o, i) => {
    values.push([
      i + 1,
      rng.chance(0.7) ? o : rng.pick(WORDS),
      rng.chance(0.8) ? rng.range(1000, 2e6) : (anyValue(rng) as CellValue),
    ]);
    formulas.push([
      null,
      null,
      rng.chance(0.8) ? `='${o.replace(/'/g, "''")}'!G${rng.range(5, 30)}` : anyFormula(rng, others),
    ]);
  });
  values.push([null, "合计", rng.range(1000, 4e6)]);
  formulas.push([null, null, `=SUM(C2:C${values.length - 1})`]);
  return { name, origin: { row: 0, col: 0 }, values, formulas, merges: [] };
}

const SHEET_NAMES = [
  "投资估算表",
  "预算表",
  "硬件清单",
  "软件清单",
  "运维预算",
  "汇总",
  "汇总表",
  "附表1",
  "",
  "Sheet1",
  "'引号'表",
  "表 空格",
  "\ud800",
  "运维 费用",
];

function workbookCase(rng: Rng): WorkbookSnapshot {
  const count = rng.pick([1, 1, 1, 2, 2, 3]);
  const names: string[] = [];
  for (let i = 0; i < count; i++)
    names.push(rng.chance(0.9) ? rng.pick(SHEET_NAMES) : longString(rng).slice(0, rng.pick([31, 500])));
  const sheets: SheetSnapshot[] = [];
  names.forEach((n, i) => {
    const k = rng.int(10);
    if (k < 3) sheets.push(randomSheet(rng, n, names));
    else if (k < 9 || i === 0) sheets.push(budgetSheet(rng, n, names));
    else
      sheets.push(
        summarySheet(
          rng,
          n,
          names.filter((_, j) => j !== i),
        ),
      );
  });
  if (count > 1 && rng.chance(0.3)) sheets.push(summarySheet(rng, rng.pick(["汇总", "汇总表", "总预算"]), names));
  if (rng.chance(0.03)) sheets.push({ name: "空表", origin: { row: 0, col: 0 }, values: [], merges: [] });
  return { name: rng.chance(0.9) ? "fuzz.xlsx" : undefined, sheets };
}

function overridesCase(rng: Rng, snapshot: WorkbookSnapshot): ProfileOverrides {
  const o: ProfileOverrides = {};
  if (rng.chance(0.2)) o.kind = rng.pick(["construction", "upgrade", "om", "service"] as const);
  if (rng.chance(0.2))
    o.system = rng.pick([
      "oa",
      "video-conference",
      "website",
      "server-room",
      "info-release",
      "hotline",
      "other",
    ] as const);
  if (rng.chance(0.15)) o.tier = rng.pick(["small", "medium", "large", null] as const);
  if (rng.chance(0.15)) o.lastYearOm = new Decimal(rng.pick(["0", "1", "850000", "1200000.5", "1e15", "0.01"]));
  if (rng.chance(0.1) && snapshot.sheets[0])
    o.lineCategories = {
      [`${snapshot.sheets[0].name}!${rng.range(3, 12)}`]: rng.pick([
        "hardware",
        "development",
        "om-hardware",
        "subtotal",
        "other",
      ] as const),
    };
  return o;
}

const DECIMAL_STRING = /^-?\d+(\.\d+)?$/;
const A1 = /^[A-Z]{1,4}[1-9]\d*$/;
const SEVERITIES = new Set(["error", "warning", "info"]);
const MAX_MESSAGE = 300;
const MAX_MESSAGE_EN = 400;

function sheetBox(s: SheetSnapshot) {
  const origin = s.origin ?? { row: 0, col: 0 };
  const rows = s.values.length;
  const cols = s.values.reduce((m, r) => Math.max(m, r?.length ?? 0), 0);
  return { top: origin.row, left: origin.col, bottom: origin.row + rows - 1, right: origin.col + cols - 1 };
}

function checkField(f: ReadField | undefined, where: string): void {
  if (!f) return;
  if (!Decimal.isDecimal(f.value) || !f.value.isFinite()) throw new Error(`${where}: value is not a finite Decimal`);
  if (f.value.toFixed().length > 80)
    throw new Error(`${where}: value prints in ${f.value.toFixed().length} characters`);
}

/** Throws (with a reason) when the result is not well formed. */
function checkResult(snapshot: WorkbookSnapshot, result: AuditResult, ruleIds: Set<string>): void {
  const boxes = new Map<string, ReturnType<typeof sheetBox>[]>();
  for (const s of snapshot.sheets) boxes.set(s.name, [...(boxes.get(s.name) ?? []), sheetBox(s)]);
  for (const f of result.findings) {
    const at = `${f.rule} ${f.sheet}!${f.cell}`;
    if (!ruleIds.has(f.rule)) throw new Error(`unknown rule ${f.rule}`);
    if (!SEVERITIES.has(f.severity)) throw new Error(`${at}: severity ${String(f.severity)}`);
    if (typeof f.message !== "string" || !f.message || f.message.length > MAX_MESSAGE)
      throw new Error(`${at}: message of ${String(f.message?.length)} characters`);
    if (typeof f.messageEn !== "string" || !f.messageEn || f.messageEn.length > MAX_MESSAGE_EN)
      throw new Error(`${at}: messageEn of ${String(f.messageEn?.length)} characters`);
    if (typeof f.citation !== "string") throw new Error(`${at}: citation`);
    for (const v of [f.actual, f.limit]) {
      if (v !== null && (typeof v !== "string" || !DECIMAL_STRING.test(v) || v.length > 60))
        throw new Error(`${at}: actual/limit ${String(v).slice(0, 80)}`);
    }
    if (f.lineId !== undefined && f.lineId !== null && typeof f.lineId !== "string") throw new Error(`${at}: lineId`);
    if (f.sheet !== null && (typeof f.sheet !== "string" || !boxes.has(f.sheet)))
      throw new Error(`${at}: sheet is not one of the workbook's`);
    if (f.row !== null && (!Number.isSafeInteger(f.row) || f.row < 1)) throw new Error(`${at}: row ${f.row}`);
    if (f.cell !== null) {
      if (typeof f.cell !== "string" || !A1.test(f.cell) || f.sheet === null)
        throw new Error(`${at}: cell is not an A1 address on a sheet`);
      const p = parseA1(f.cell)!;
      if (f.row !== p.row + 1) throw new Error(`${at}: row ${f.row} is not the cell's`);
      const inside = boxes
        .get(f.sheet)!
        .some((b) => p.row >= b.top && p.row <= b.bottom && p.col >= b.left && p.col <= b.right);
      if (!inside) throw new Error(`${at}: cell outside the sheet`);
    }
  }
  for (const [k, v] of Object.entries(result.totals)) {
    if (typeof v !== "string" || !DECIMAL_STRING.test(v) || v.length > 40)
      throw new Error(`totals.${k} = ${String(v).slice(0, 80)}`);
  }
  for (const l of result.model.lines) {
    for (const role of [
      "quantity",
      "unitPrice",
      "amount",
      "purchase",
      "rate",
      "fee",
      "devCost",
      "personMonths",
    ] as const)
      checkField(l[role], `${l.id}.${role}`);
  }
  for (const st of result.model.subtotals) checkField(st.amount, `${st.sheet}!${st.row + 1} total`);
  for (const change of planApproval(result.model, result.review)) {
    if (typeof change.after.value === "number" && !Number.isFinite(change.after.value))
      throw new Error(`recalc ${change.address}: ${change.after.value}`);
    if (!A1.test(change.address)) throw new Error(`recalc address ${change.address}`);
  }
  for (const flag of planFlags(result.findings))
    if (!A1.test(flag.address)) throw new Error(`flag address ${flag.address}`);
  JSON.stringify(result.findings);
}

const pack = yangpu();

describe("fuzz: generated workbooks never make the engine throw and always give a well-formed result", () => {
  it(`audits ${CASES} workbooks (seed ${SEED})`, () => {
    const rng = new Rng(SEED);
    const ruleIds = new Set(Object.keys(pack.rules));
    const seen = new Map<string, number>();
    let lines = 0;
    let subtotals = 0;
    let tables = 0;
    let sheets = 0;
    let longest = 0;
    const started = Date.now();
    for (let i = 0; i < CASES; i++) {
      const snapshot = workbookCase(rng);
      const overrides = overridesCase(rng, snapshot);
      let result: AuditResult;
      try {
        result = audit(snapshot, pack, overrides);
        checkResult(snapshot, result, ruleIds);
      } catch (e) {
        const repro = JSON.stringify({ overrides, snapshot }, (_k, v) =>
          typeof v === "string" && v.length > 200 ? `${v.slice(0, 200)}…(${v.length})` : v,
        );
        throw new Error(`case ${i} of seed ${SEED}: ${(e as Error).stack ?? String(e)}\n${repro.slice(0, 4000)}`);
      }
      sheets += snapshot.sheets.length;
      for (const f of result.findings) {
        seen.set(f.rule, (seen.get(f.rule) ?? 0) + 1);
        longest = Math.max(longest, f.message.length, f.messageEn.length);
      }
      lines += result.model.lines.length;
      subtotals += result.model.subtotals.length;
      tables += result.model.tables.length;
    }
    const seconds = (Date.now() - started) / 1000;
    // The generator reaches the parser's deep paths and most rules, not only the "no table" exit.
    expect(tables).toBeGreaterThan(CASES);
    expect(lines).toBeGreaterThan(CASES * 5);
    expect(subtotals).toBeGreaterThan(CASES);
    for (const rule of [
      "sheet.unreadable-amount",
      "sheet.line-arithmetic",
      "sheet.subtotal-mismatch",
      "sheet.unclassified-line",
      "dev.person-month-price",
      "dev.effort-basis-missing",
      "fees.four-fees-cap",
      "fees.integration-rate",
      "fees.crypto-test-missing",
      "cost.excluded-dengbao",
      "om.hardware-rate",
      "om.app-software-rate",
      "om.excluded-item",
      "process.review-route",
      "process.supervision-required",
    ])
      expect({ rule, reached: seen.has(rule) }).toEqual({ rule, reached: true });
    const missing = [...ruleIds].filter((r) => !seen.has(r));
    console.log(
      `fuzz: ${CASES} workbooks, ${sheets} sheets, ${tables} tables, ${lines} lines, ${subtotals} totals in ${seconds.toFixed(1)} s; longest message ${longest}; rules never seen: ${missing.join(", ") || "none"}`,
    );
  });
});
