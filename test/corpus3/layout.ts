import type Decimal from "decimal.js";
import type { WorkbookSnapshot } from "../../src/core/snapshot/types";
import { planColumns, type ColumnPlan, type Col } from "./columns";
import { tierWord } from "./construction";
import type { Dims } from "./dimensions";
import { Grid, sheetRef, snapshotOf } from "./grid";
import { PEOPLE, VENDORS } from "./items";
import { allItems, type Content, type Group, type Item } from "./model";
import { d, inUnit, num, type Unit } from "./money";
import type { Rand } from "./rand";
import { PROJECTS } from "./resolve";
import { cnNum, writeTable, type Flag, type StandForCell, type TablePlaced } from "./table";

/**
 * Lays a budget out as a workbook: cover or 申报表, the main sheet (one table, stacked tables, two side by side, or a
 * 汇总表 whose lines stand for 明细 sheets), an O&M estimate sheet, a hidden scratch sheet; titles, unit statements,
 * facts blocks and what clerks write under a table.
 */

export interface PlacedLine {
  sheet: string;
  row: number;
  amountCell: string;
  priceCell?: string;
}

export interface Laid {
  snapshot: WorkbookSnapshot;
  lines: Map<string, PlacedLine>;
  wrong: (Flag & { sheet: string })[];
  uncached: (Flag & { sheet: string })[];
  mainSheet: string;
}

const SYSTEM_TYPE: Record<string, string> = {
  oa: "办公自动化（OA）",
  "video-conference": "视频会议系统",
  website: "门户网站",
  "server-room": "机房",
  "info-release": "信息发布（微信公众号）",
  hotline: "服务热线",
  other: "业务应用系统",
};
const KIND_WORD: Record<string, string> = {
  construction: "新建",
  upgrade: "升级改造",
  om: "运维",
  service: "购买服务",
};

export function layOut(c: Content, dims: Dims, r: Rand): Laid {
  const grids: Grid[] = [];
  const lines = new Map<string, PlacedLine>();
  const wrong: Laid["wrong"] = [];
  const uncached: Laid["uncached"] = [];
  const f = c.facts;
  const om = f.kind === "om";
  const used = new Set<string>();
  const uniqueName = (n: string) => {
    let name = n;
    for (let k = 2; used.has(name); k++) name = `${n} (${k})`;
    used.add(name);
    return name;
  };
  const absorb = (g: Grid, p: TablePlaced) => {
    for (const [id, l] of p.lines) lines.set(id, { sheet: g.name, ...l });
    for (const w of p.wrong) wrong.push({ sheet: g.name, ...w });
    for (const u of p.uncached) uncached.push({ sheet: g.name, ...u });
  };

  // ── names and titles ──
  const factsInTitle = dims.facts === "title" || dims.facts === "title+kv";
  const declaredTier = f.tier ? tierWord(f.tier) : "";
  const suffix = om
    ? r.pick(["预算表", "费用预算明细表", "预算明细"])
    : f.kind === "service"
      ? r.pick(["预算表", "费用测算表"])
      : dims.template === "keyan"
        ? r.pick(["投资估算表", "投资估算表", "总投资估算表"])
        : dims.template === "flat"
          ? r.pick(["预算清单", "报价单", "预算明细表"])
          : r.pick(["预算表", "项目预算明细表", "经费预算表"]);
  const countNote = f.seats ? `（${f.seats}坐席）` : f.area ? `（机房面积约${f.area}㎡）` : "";
  const fullTitle = `${r.chance(0.7) ? f.unitName : ""}${declaredTier}${f.projectName}${suffix}${countNote}`;
  const genericTitle = r.pick(
    om || f.kind === "service"
      ? ["费用预算明细表", "预算明细表", "费用测算表"]
      : ["投资估算表", "预算明细表", "项目预算表", "报价单", "费用预算表"],
  );
  const mainTitle = factsInTitle ? fullTitle : genericTitle;
  const unitText = (u: Unit) => r.pick([`单位：${u}`, `金额单位：${u}`, `单位：${u}`]);

  // ── cover / 申报表 ──
  if (dims.facts === "cover-page")
    grids.push(coverPage(c, r, uniqueName(r.pick(["封面", "封面", "目录及封面"])), declaredTier));
  if (dims.facts === "kv-sheet" || dims.facts === "title+kv")
    grids.push(kvSheet(c, r, uniqueName(r.pick(["项目申报表", "项目基本信息", "申报表"])), dims));

  const topRow = dims.origin === "B2" ? 1 : 0;
  const left = dims.origin === "A1" ? 0 : 1;
  const headerRows: 1 | 2 = dims.headerRows === "two" ? 2 : 1;
  const pmColumn = allItems(c.groups).some((i) => i.effort?.where === "column");
  const plan = (unit: Unit, om2 = om): ColumnPlan =>
    planColumns(r, dims, { om: om2, unit, year: f.year, pmColumn, headerRows });
  const presentRoles = new Set(allItems(c.groups).length ? collectRoles(c.groups) : []);
  const base = {
    headerRows,
    numbering: dims.numbering,
    formulas: dims.formulas,
    text: dims.numbersAsText,
    rateStyle: dims.omRateStyle,
    wrapSome: dims.wrappedNames === "some",
    explain: dims.explainRows === "some",
    daxie: dims.daxie === "row",
    presentRoles,
    r,
  };

  /** Title, unit statement and facts block above a table; returns the first free row. */
  const head = (g: Grid, row: number, width: number, title: string, unit: Unit, withFacts: boolean): number => {
    let t = title;
    if (dims.unitPlacement === "title") t = `${t}${r.pick([`（单位：${unit}）`, `（${unit}）`])}`;
    g.set(row, left, t);
    g.merge(row, left, row, left + width - 1);
    row++;
    if (withFacts && dims.facts === "block") row = factsBlock(g, c, row, left, width, r, declaredTier);
    if (
      dims.unitPlacement === "row" ||
      dims.unitPlacement === "cell" ||
      (dims.unitPlacement === "none" && unit !== "元")
    ) {
      if (r.chance(0.4)) g.set(row, left, `编制单位：${f.unitName}`);
      g.set(row, left + width - 1, unitText(unit));
      row++;
    }
    return row;
  };

  const mainName = uniqueName(dims.sheetName);
  const main = new Grid(mainName);
  const flat = dims.template === "flat";
  const totalSpec = (word?: string) =>
    dims.totalPlace === "none" ? null : { place: dims.totalPlace, word: word ?? dims.totalWord };
  const sections = (groups: Group[]): Group[] => (dims.template === "keyan" ? keyanTree(groups, r) : groups);
  const paging =
    dims.paging === "pages"
      ? { every: r.int(8, 14), title: r.pick(["续表", `${mainTitle}（续）`, "（续上表）"]) }
      : null;
  const detailSheets: Grid[] = [];

  const detailRoles = om
    ? ["om-hw", "om-sec", "om-sw", "om-app"]
    : ["hardware", "software", "development", "data", "facility"];
  if (dims.sheetLayout.startsWith("summary") && !c.groups.some((g) => detailRoles.includes(g.role)))
    dims.sheetLayout = "single";
  if (dims.sheetLayout.startsWith("summary")) {
    // ── details first, so the summary can refer to their totals ──
    const standFor = new Map<string, StandForCell>();
    const summaryGroups: Group[] = [];
    const standItems: Item[] = [];
    let n = 0;
    const labelWord = r.pick(["附表", "附表", "明细表"]);
    const mode =
      dims.sheetLayout === "summary-formula" ? "formula" : dims.sheetLayout === "summary-equal" ? "equal" : "see";
    for (const g of c.groups) {
      if (!detailRoles.includes(g.role)) continue;
      n++;
      const dUnit: Unit = dims.detailUnit === "元" ? "元" : c.unit;
      const label = `${labelWord}${n}`;
      const name = uniqueName(r.pick([label, `${label}${g.title}`, `${g.title}明细`]));
      const dg = new Grid(name);
      const dp = plan(dUnit);
      let row = head(
        dg,
        0,
        dp.cols.length,
        `${label}：${g.title}${r.pick(["明细表", "清单", "测算表"])}`,
        dUnit,
        false,
      );
      if (
        g.role === "development" &&
        dp.cols.some((x) => x.role === "qty") &&
        g.items.every((i) => i.effort?.where === "unit") &&
        r.chance(0.6)
      ) {
        renameForEffort(dp.cols);
      }
      const p = writeTable({
        ...base,
        grid: dg,
        top: row,
        left,
        plan: dp,
        sections: [g],
        flat: true,
        sums: "none",
        total: { place: "below-named", word: r.pick(["合计", "小计", "合计"]) },
        formulas: dims.formulas === "constants" ? "constants" : "cached",
        wrongSum: false,
        paging: null,
        standFor: new Map(),
      });
      absorb(dg, p);
      row = p.endRow;
      footer(dg, row, left, p.width, dims, r, c, true);
      detailSheets.push(dg);
      const it: Item = {
        id: `s${n}`,
        name: g.title,
        cat: "other",
        amount: p.total,
        standFor: { sheet: name, label, mode },
      };
      const ref = sheetRef(name, p.totalCell!);
      standFor.set(it.id, { ref: dUnit === c.unit ? `=${ref}` : `=${ref}/10000`, value: p.total });
      standItems.push(it);
    }
    const rest = c.groups.filter((g) => !detailRoles.includes(g.role));
    if (om) {
      if (standItems.length)
        summaryGroups.push(group("summary-parts", r.pick(["运维费用", "运维费用构成"]), standItems));
      summaryGroups.push(...rest);
    } else {
      const integ = rest.filter((g) => g.role === "integration").flatMap((g) => g.items);
      if (standItems.length + integ.length)
        summaryGroups.push(
          group("engineering", r.pick(["工程费用", "建设费用", "项目建设费"]), [...standItems, ...integ]),
        );
      summaryGroups.push(...rest.filter((g) => g.role !== "integration"));
    }
    const sp = plan(c.unit);
    const sumPlan: ColumnPlan = { unit: c.unit, priceUnit: c.unit, cols: summaryCols(sp, r, dims, c.unit) };
    let row = head(
      main,
      topRow,
      sumPlan.cols.length,
      r.pick([`${mainTitle}（汇总）`, `${mainTitle.replace(/表$/, "")}汇总表`, mainTitle]),
      c.unit,
      true,
    );
    const p = writeTable({
      ...base,
      grid: main,
      top: row,
      left,
      plan: sumPlan,
      sections: summaryGroups,
      flat,
      sums: dims.sectionSums,
      total: totalSpec(),
      wrongSum: false,
      paging: null,
      standFor,
    });
    absorb(main, p);
    row = footer(main, p.endRow, left, p.width, dims, r, c, false);
    grids.push(main, ...detailSheets);
  } else if (dims.sheetLayout === "stacked") {
    const mp = plan(c.unit);
    let row = head(main, topRow, mp.cols.length, mainTitle, c.unit, true);
    const parts = om || f.kind === "service" ? c.groups : stackParts(c.groups, r);
    let wrongLeft = c.violation.startsWith("subtotal-wrong");
    const totals: { cell: string; value: Decimal }[] = [];
    let last: TablePlaced | null = null;
    const caption = r.pick([
      (k: number) => `表${k + 1}：`,
      (k: number) => `${cnNum(k + 1)}、`,
      (k: number) => `附表${k + 1} `,
    ]);
    parts.forEach((g, k) => {
      main.set(row, left, `${caption(k)}${g.title}`);
      row++;
      const p = writeTable({
        ...base,
        grid: main,
        top: row,
        left,
        plan: mp,
        sections: [g],
        flat: true,
        sums: "none",
        total: { place: "below-named", word: r.pick(["小计", "合计"]) },
        wrongSum: wrongLeft,
        paging: null,
        standFor: new Map(),
        daxie: false,
      });
      wrongLeft = false;
      absorb(main, p);
      totals.push({ cell: p.totalCell!, value: p.total });
      row = p.endRow + 1;
      last = p;
    });
    if (last && r.chance(0.6)) {
      const lp = last as TablePlaced;
      const amountCol = colOfCell(lp.totalCell!);
      const rw = row++;
      main.set(rw, left + (mp.cols[0].role === "seq" ? 1 : 0), r.pick(["项目总投资", "总计", "合计"]));
      const value = totals.reduce((a, t) => a.plus(t.value), d(0));
      const anyWrong = wrong.length > 0;
      if (
        dims.formulas !== "constants" &&
        dims.numbersAsText === "none" &&
        !anyWrong &&
        dims.formulas !== "uncached-totals"
      ) {
        main.formula(rw, amountCol, `=${totals.map((t) => t.cell).join("+")}`, {
          fmt: c.unit === "万元" ? "0.00" : "#,##0.00",
        });
      } else main.set(rw, amountCol, num(inUnit(value, c.unit)));
    }
    footer(main, row, left, mp.cols.length, dims, r, c, false);
    grids.push(main);
  } else if (dims.sheetLayout === "side-by-side" && sideBySide(c)) {
    const mp = plan(c.unit);
    const leftGroups = c.groups.filter((g) => g.role !== "fees" && g.role !== "contingency");
    const rightItems = c.groups.filter((g) => g.role === "fees" || g.role === "contingency").flatMap((g) => g.items);
    const rp: ColumnPlan = {
      unit: c.unit,
      priceUnit: c.unit,
      cols: [
        { role: "seq", head: "序号" },
        { role: "name", head: r.pick(["费用名称", "其他费用名称", "项目"]) },
        {
          role: "amount",
          head: `${r.pick(["金额", "费用"])}${dims.unitPlacement === "header" ? `（${c.unit}）` : ""}`,
          unit: c.unit,
        },
        { role: r.chance(0.5) ? "basis" : "note", head: r.pick(["计算依据", "取费标准", "备注"]) },
      ],
    };
    const width = mp.cols.length + 1 + rp.cols.length;
    let row = head(main, topRow, width, mainTitle, c.unit, true);
    main.set(row, left, r.pick(["一、工程费用", "工程费用", "表一 建设费用"]));
    main.set(row, left + mp.cols.length + 1, r.pick(["二、工程建设其他费用", "其他费用", "表二 其他费用"]));
    row++;
    const lp = writeTable({
      ...base,
      grid: main,
      top: row,
      left,
      plan: mp,
      sections: leftGroups,
      flat,
      sums: dims.sectionSums,
      total: { place: "below-named", word: r.pick(["小计", "工程费用小计"]) },
      wrongSum: false,
      paging: null,
      standFor: new Map(),
      daxie: false,
    });
    const rpl = writeTable({
      ...base,
      grid: main,
      top: row,
      left: left + mp.cols.length + 1,
      plan: rp,
      headerRows: 1,
      sections: [group("fees", "其他费用", rightItems)],
      flat: true,
      sums: "none",
      total: { place: "below-named", word: r.pick(["小计", "其他费用小计"]) },
      wrongSum: false,
      paging: null,
      standFor: new Map(),
      daxie: false,
    });
    absorb(main, lp);
    absorb(main, rpl);
    row = Math.max(lp.endRow, rpl.endRow);
    if (r.chance(0.5)) {
      const value = lp.total.plus(rpl.total);
      main.set(row, left + (mp.cols[0].role === "seq" ? 1 : 0), r.pick(["项目总投资", "总计"]));
      const col = colOfCell(lp.totalCell!);
      if (dims.formulas === "cached" && dims.numbersAsText === "none")
        main.formula(row, col, `=${lp.totalCell}+${rpl.totalCell}`, { fmt: c.unit === "万元" ? "0.00" : "#,##0.00" });
      else main.set(row, col, num(inUnit(value, c.unit)));
      row++;
    }
    footer(main, row, left, width, dims, r, c, false);
    grids.push(main);
  } else {
    if (dims.sheetLayout !== "single") dims.sheetLayout = "single";
    const mp = plan(c.unit);
    const row = head(main, topRow, mp.cols.length, mainTitle, c.unit, true);
    const p = writeTable({
      ...base,
      grid: main,
      top: row,
      left,
      plan: mp,
      sections: sections(c.groups),
      flat,
      sums: dims.sectionSums,
      total: totalSpec(),
      wrongSum: c.violation.startsWith("subtotal-wrong"),
      paging,
      standFor: new Map(),
    });
    absorb(main, p);
    footer(main, p.endRow, left, p.width, dims, r, c, false);
    grids.push(main);
  }

  // ── O&M estimate inside a construction workbook ──
  if (c.omEstimate.length) {
    const g = new Grid(uniqueName(r.pick(["运维费用估算", "运维费用估算表", "年度运维费估算"])));
    const op = planColumns(
      r,
      {
        ...dims,
        columnOrder: r.pick(["std", "noSpec"]),
        extraColumn: "none",
        unitPlacement: dims.unitPlacement === "mixed-cols" ? "header" : dims.unitPlacement,
      },
      { om: true, unit: c.unit, year: f.year, pmColumn: false, headerRows: 1 },
    );
    let row = head(
      g,
      0,
      op.cols.length,
      r.pick(["项目运维费用估算表（不计入建设投资）", `${f.projectName}建成后年度运维费用估算`, "运维费用估算"]),
      c.unit,
      false,
    );
    if (!/不计入/.test(g.get(0, left)?.v as string)) {
      g.set(
        row,
        left,
        r.pick([
          "注：以下为项目建成后年度运维费用估算，不计入建设投资。",
          "说明：运维费用另行申报，不计入本项目建设投资。",
        ]),
      );
      g.merge(row, left, row, left + op.cols.length - 1);
      row++;
    }
    const p = writeTable({
      ...base,
      grid: g,
      top: row,
      left,
      plan: op,
      headerRows: 1,
      sections: c.omEstimate,
      flat: r.chance(0.5),
      sums: "none",
      total: { place: "below-named", word: "合计" },
      formulas: dims.formulas === "constants" ? "constants" : "cached",
      text: "none",
      wrongSum: false,
      paging: null,
      standFor: new Map(),
      daxie: false,
      explain: false,
    });
    absorb(g, p);
    grids.push(g);
  }

  // ── a hidden scratch sheet with last round's numbers ──
  if (dims.hiddenSheet === "scratch")
    grids.push(scratch(c, r, uniqueName(r.pick(["Sheet2", "旧版测算", "草稿", "测算过程"]))));

  return { snapshot: snapshotOf(`${dims.sheetName}.xlsx`, grids), lines, wrong, uncached, mainSheet: mainName };
}

/** Two tables side by side need goods on the left and fees on the right. */
const sideBySide = (c: Content): boolean =>
  c.groups.some((g) => g.role === "fees" || g.role === "contingency") &&
  c.groups.some((g) => g.role !== "fees" && g.role !== "contingency");

function group(role: Group["role"], title: string, items: Item[]): Group {
  return { id: `x${title}`, role, title, items, subs: [] };
}

function collectRoles(groups: Group[]): string[] {
  return groups.flatMap((g) => [g.role, ...collectRoles(g.subs)]);
}

const colOfCell = (cell: string): number => {
  const m = /^([A-Z]+)/.exec(cell)!;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return col - 1;
};

/** 可研 estimate: 一、工程费用 over the goods, development and integration; 二、工程建设其他费用; 三、预备费. */
function keyanTree(groups: Group[], r: Rand): Group[] {
  const eng = groups.filter((g) =>
    ["hardware", "software", "development", "data", "facility", "integration"].includes(g.role),
  );
  const rest = groups.filter((g) => !eng.includes(g));
  if (eng.length === 0) return groups;
  const top: Group = {
    id: "keyan-eng",
    role: "engineering",
    title: r.pick(["工程费用", "建设工程费用", "项目建设费"]),
    items: [],
    subs: eng,
  };
  return [top, ...rest.map((g) => (g.role === "fees" ? { ...g, title: r.pick(["工程建设其他费用", "其他费用"]) } : g))];
}

/** Stacked tables: one per goods group, then 其他费用 holding integration, the fees and the contingency. */
function stackParts(groups: Group[], r: Rand): Group[] {
  const own = groups.filter((g) => ["hardware", "software", "development", "data", "facility"].includes(g.role));
  const restItems = groups.filter((g) => !own.includes(g)).flatMap((g) => g.items);
  const out = own.map((g) => ({ ...g, title: `${g.title}${r.pick(["清单", "明细", ""])}` }));
  if (restItems.length)
    out.push({
      id: "stack-other",
      role: "fees",
      title: r.pick(["其他费用", "工程建设其他费用", "系统集成及其他费用"]),
      items: restItems,
      subs: [],
    });
  return out;
}

/** A 汇总表: 序号, 名称, 金额, 备注. */
function summaryCols(p: ColumnPlan, r: Rand, dims: Dims, unit: Unit): Col[] {
  const cols: Col[] = [];
  if (p.cols[0].role === "seq") cols.push({ ...p.cols[0], group: undefined });
  cols.push({ ...p.cols.find((c) => c.role === "name")!, group: undefined });
  const tag = dims.unitPlacement === "header" || dims.unitPlacement === "mixed-cols" ? `（${unit}）` : "";
  const words =
    PROJECTS[dims.project].kind === "construction" || PROJECTS[dims.project].kind === "upgrade"
      ? ["金额", "估算金额", "投资估算", dims.amountHeader]
      : ["金额", "预算金额", "申请金额"];
  cols.push({ role: "amount", head: `${r.pick(words)}${tag}`, unit });
  cols.push({ role: "note", head: r.pick(["备注", "说明"]) });
  return cols;
}

/** A development detail whose quantity and price columns are headed 工作量（人月） / 人月单价. */
function renameForEffort(cols: Col[]): void {
  for (const c of cols) {
    if (c.role === "qty") c.head = "工作量（人月）";
    if (c.role === "price") c.head = `人月单价${c.head.replace(/^[^（(]*/, "")}`;
  }
}

function coverPage(c: Content, r: Rand, name: string, tier: string): Grid {
  const g = new Grid(name);
  const f = c.facts;
  const rows = [
    f.unitName,
    `${tier}${f.projectName}`,
    c.facts.kind === "om" || c.facts.kind === "service"
      ? r.pick(["预算书", "项目预算", "经费预算"])
      : r.pick(["投资估算", "预算书", "项目预算", "经费预算"]),
    "",
    f.seats ? `坐席数：${f.seats}个` : f.area ? `机房面积：${f.area}㎡` : f.terminals ? `终端数：${f.terminals}个` : "",
    `编制单位：${r.chance(0.5) ? f.unitName : r.pick(VENDORS)}`,
    `编制日期：${f.year - 1}年${r.int(3, 11)}月`,
  ];
  rows.forEach((t, k) => {
    if (!t) return;
    g.set(k * 2 + 2, 0, t);
    g.merge(k * 2 + 2, 0, k * 2 + 2, 7);
  });
  return g;
}

function kvSheet(c: Content, r: Rand, name: string, dims: Dims): Grid {
  const g = new Grid(name);
  const f = c.facts;
  g.set(0, 0, r.pick(["项目申报表", "电子政务项目申报表", "项目基本情况表"]));
  g.merge(0, 0, 0, 3);
  const total = allItems(c.groups)
    .filter((i) => !i.standFor)
    .reduce((a, i) => a.plus(i.amount), d(0));
  const pairs: [string, string | number][] = [
    ["项目名称", f.projectName],
    ["申报单位", f.unitName],
    ["建设性质", KIND_WORD[f.kind]],
    ["系统类型", SYSTEM_TYPE[f.system]],
  ];
  if (f.tier) pairs.push(["建设规模", tierWord(f.tier)]);
  if (f.seats) pairs.push(["坐席数", f.seats]);
  if (f.terminals && r.chance(0.5)) pairs.push(["终端数", f.terminals]);
  if (f.area) pairs.push(["机房面积", `${f.area}㎡`]);
  if (r.chance(0.5)) {
    const wan = inUnit(total, "万元");
    if (wan.decimalPlaces() <= 2) pairs.push(["申报金额（万元）", num(wan)]);
    else pairs.push(["申报金额（元）", num(total)]);
  }
  pairs.push(["项目联系人", r.pick(PEOPLE)]);
  pairs.push(["联系电话", `021-6${r.int(1000000, 9999999)}`]);
  if (dims.facts === "kv-sheet" && r.chance(0.5)) pairs.push(["建设周期", r.pick(["6个月", "12个月", "一年"])]);
  pairs.forEach(([k, v], i) => {
    g.set(i + 1, 0, k);
    g.set(i + 1, 1, v);
    g.merge(i + 1, 1, i + 1, 3);
  });
  return g;
}

function factsBlock(g: Grid, c: Content, row: number, left: number, width: number, r: Rand, tier: string): number {
  const f = c.facts;
  const pairs = [
    `项目名称：${f.projectName}`,
    `建设单位：${f.unitName}`,
    `建设性质：${KIND_WORD[f.kind]}`,
    `系统类型：${SYSTEM_TYPE[f.system]}`,
  ];
  if (tier) pairs.push(`建设规模：${tier}`);
  if (f.seats) pairs.push(`坐席数：${f.seats}个`);
  if (f.area) pairs.push(`机房面积：${f.area}㎡`);
  if (f.terminals && r.chance(0.5)) pairs.push(`终端数：${f.terminals}个`);
  const perRow = r.chance(0.5) ? 1 : 2;
  for (let k = 0; k < pairs.length; k += perRow) {
    g.set(row, left, pairs[k]);
    if (perRow === 2 && pairs[k + 1]) g.set(row, left + Math.max(2, Math.floor(width / 2)), pairs[k + 1]);
    row++;
  }
  return row;
}

function footer(
  g: Grid,
  row: number,
  left: number,
  width: number,
  dims: Dims,
  r: Rand,
  c: Content,
  detail: boolean,
): number {
  const kind = dims.footer;
  const f = c.facts;
  const date = `${f.year - 1}年${r.int(3, 11)}月${r.chance(0.5) ? `${r.int(1, 28)}日` : ""}`;
  const put = (text: string, merged: boolean) => {
    g.set(row, left, text);
    if (merged) g.merge(row, left, row, left + width - 1);
    row++;
  };
  if (kind === "none" || (detail && r.chance(0.5))) return row;
  if (r.chance(0.4)) row++;
  if (kind === "notes" || kind === "all") {
    const notes = [
      `注：1.本表金额单位为${c.unit}；2.硬件设备均含三年原厂质保；3.以上价格均为含税价。`,
      "注：软件产品须采用政府统一采购目录内产品，价格按区相关单位提供的清单上限控制。",
      "说明：以上费用按《杨浦区区本级电子政务项目通用类配置标准》测算。",
    ];
    put(r.pick(notes), true);
  }
  if (kind === "signature" || kind === "all") {
    if (r.chance(0.5))
      put(`编制人：${r.pick(PEOPLE)}        审核人：${r.pick(PEOPLE)}        编制日期：${date}`, false);
    else {
      g.set(row, left, `编制人：${r.pick(PEOPLE)}`);
      g.set(row, left + Math.max(2, Math.floor(width / 2)), `审核人：${r.pick(PEOPLE)}`);
      g.set(row, left + width - 1, `日期：${date}`);
      row++;
    }
  }
  if (kind === "quote-stamp") {
    put(`报价单位（盖章）：${r.pick(VENDORS)}`, false);
    put(`日期：${date}`, false);
  }
  if (kind === "pages" || kind === "all") put(r.pick(["第1页 共1页", "第 1 页，共 1 页"]), false);
  return row;
}

/** A hidden sheet with an earlier draft: some of the same lines at last round's figures. */
function scratch(c: Content, r: Rand, name: string): Grid {
  const g = new Grid(name);
  g.hidden = true;
  g.set(0, 0, r.pick(["旧版（作废）", "初稿", "测算草稿"]));
  const items = allItems(c.groups).filter((i) => !i.standFor);
  const goods = items.filter((i) => i.qty && i.price).slice(0, 6);
  const upkeep = items.filter((i) => i.upkeep).slice(0, 6);
  const old = (x: Decimal) => num(inUnit(x.times(r.pick([1.05, 1.1, 1.2])), c.unit).toDecimalPlaces(2));
  let row = 2;
  if (goods.length >= 2) {
    ["名称", "数量", "单价", "金额"].forEach((h, k) => g.set(1, k, h));
    for (const it of goods) {
      g.set(row, 0, it.name);
      g.set(row, 1, num(it.qty!));
      g.set(row, 2, old(it.price!));
      g.formula(row, 3, `=B${row + 1}*C${row + 1}`);
      row++;
    }
  } else if (upkeep.length >= 2) {
    ["名称", "原值", "费率", "金额"].forEach((h, k) => g.set(1, k, h));
    for (const it of upkeep) {
      g.set(row, 0, it.name);
      g.set(row, 1, num(inUnit(it.upkeep!.base, c.unit)));
      g.set(row, 2, num(it.upkeep!.rate.plus(0.01)), "0%");
      g.formula(row, 3, `=B${row + 1}*C${row + 1}`);
      row++;
    }
  } else {
    ["名称", "", "", "金额"].forEach((h, k) => g.set(1, k, h));
    for (const it of items.slice(0, 6)) {
      g.set(row, 0, it.name);
      g.set(row, 3, old(it.amount));
      row++;
    }
  }
  g.set(row, 0, "合计");
  g.formula(row, 3, `=SUM(D3:D${row})`);
  return g;
}
