import type Decimal from "decimal.js";
import { Maker } from "./content-kit";
import {
  OM_APPS,
  OM_DEVICES,
  OM_EXCLUDED,
  OM_SECURITY,
  OM_SOFTWARE,
  OM_SOFTWARE_FOREIGN,
  SERVICE_LINES,
  UNITS,
} from "./items";
import type { Content, Facts, Group, Item, Upkeep } from "./model";
import { d, round, str } from "./money";

/**
 * O&M (运维) budgets — 原值 × 费率 by device class, security devices' daily upkeep, product software by type,
 * application upkeep on 原开发费 by complexity — and purchased-service (购买服务) budgets. Types and complexities are
 * written where a reviewer reads them (the name or 备注); rates sit at or under the caps unless a violation is asked.
 */

const CAP = { A: 0.04, B: 0.06, C: 0.08 } as const;
const HW_RATES = { A: [0.03, 0.035, 0.04], B: [0.05, 0.06], C: [0.06, 0.07, 0.08] } as const;
const APP_CAP = { simple: 0.07, complex: 0.12, "very-complex": 0.2 } as const;
const APP_RATES = {
  simple: [0.05, 0.06, 0.07],
  complex: [0.08, 0.1, 0.12],
  "very-complex": [0.15, 0.18, 0.2],
} as const;
const COMPLEXITY_WORD = { simple: "简单", complex: "较复杂", "very-complex": "非常复杂" } as const;

function upkeepItem(m: Maker, name: string, cat: Item["cat"], base: Decimal, rate: Decimal, up: Partial<Upkeep>): Item {
  const amount = base.times(rate);
  return { id: m.id(), name, cat, amount, upkeep: { base, rate, ...up } };
}

/** Hardware maintenance lines; `over` puts one device above its class cap. */
function hardwareUpkeep(m: Maker, n: number, over: boolean, exclude: (name: string) => boolean = () => false): Item[] {
  const r = m.r;
  const out: Item[] = [];
  const used = new Set<string>();
  for (let k = 0; k < n; k++) {
    const cls = r.pick(["A", "B", "C", "C"] as const);
    const dev = r.pick(OM_DEVICES[cls]);
    if (used.has(dev.name) || exclude(dev.name)) continue;
    used.add(dev.name);
    const base = m.price(dev.base);
    const rate = d(r.pick(HW_RATES[cls]));
    const name = `${dev.name}${r.pick(["维保", "维护", "维保服务", "运维服务"])}`;
    const it = upkeepItem(m, name, "om-hardware", base, rate, { cls });
    it.qty = d(r.int(1, cls === "C" ? 30 : 6));
    out.push(it);
  }
  if (over && out.length) {
    const it = out[r.int(0, out.length - 1)];
    const cls = it.upkeep!.cls!;
    const rate = d(CAP[cls]).plus(r.pick([0.02, 0.03, 0.04]));
    it.upkeep!.rate = rate;
    it.amount = it.upkeep!.base.times(rate);
  }
  return out;
}

function softwareUpkeep(m: Maker, n: number, mode: "ok" | "over" | "unknown"): Item[] {
  const r = m.r;
  const out: Item[] = [];
  for (const sw of r.shuffle(OM_SOFTWARE).slice(0, n)) {
    const tool = sw.sw !== "domestic";
    let rate = d(r.pick(tool ? [0.03, 0.04, 0.05] : [0.06, 0.08, 0.1]));
    if (mode === "over" && out.length === 0) rate = d(tool ? r.pick([0.07, 0.08]) : r.pick([0.12, 0.15]));
    const typeWord = sw.sw === "domestic" ? "国产软件" : sw.sw === "tool" ? "工具类软件" : "国产工具类软件";
    const service = r.pick(["原厂服务", "升级服务", "维护服务"]);
    const it = upkeepItem(m, "", "om-product-software", m.price(sw.base), rate, { sw: sw.sw });
    if (r.chance(0.5)) it.name = `${sw.name}（${typeWord}）${service}`;
    else {
      it.name = `${sw.name}${service}`;
      it.note = typeWord;
      it.noteEssential = true;
    }
    out.push(it);
  }
  if (mode === "unknown") {
    const f = r.pick(OM_SOFTWARE_FOREIGN);
    out.push(
      upkeepItem(
        m,
        `${f.name}${r.pick(["原厂服务", "升级服务"])}`,
        "om-product-software",
        m.price(f.base),
        d(r.pick([0.06, 0.08, 0.1, 0.12])),
        { sw: "unknown" },
      ),
    );
  }
  return out;
}

function appUpkeep(
  m: Maker,
  n: number,
  mode: "ok" | "over" | "unknown" | "unknown-high",
  devBases?: Decimal[],
): Item[] {
  const r = m.r;
  const out: Item[] = [];
  const apps = r.shuffle(OM_APPS).slice(0, n);
  apps.forEach((app, k) => {
    const cx = r.pick(["simple", "complex", "complex", "very-complex"] as const);
    let rate = d(r.pick(APP_RATES[cx]));
    let stated: Upkeep["complexity"] = cx;
    if (k === 0 && mode === "over") rate = d(APP_CAP[cx]).plus(r.pick([0.02, 0.03, 0.05]));
    if (k === 0 && mode === "unknown") {
      stated = null;
      rate = d(r.pick([0.1, 0.12, 0.15, 0.18]));
    }
    if (k === 0 && mode === "unknown-high") {
      stated = null;
      rate = d(r.pick([0.22, 0.25, 0.3]));
    }
    if (k > 0 && r.chance(0.15)) {
      stated = null;
      rate = d(r.pick([0.04, 0.05, 0.06]));
    }
    const base = devBases?.[k] ?? r.step(300000, 2400000, 10000);
    const word = r.pick(["应用软件运维", "应用软件维护", "应用系统运维"]);
    const it = upkeepItem(m, `${app}${word}`, "om-app-software", base, rate, { complexity: stated });
    if (stated) {
      if (r.chance(0.5)) it.name = `${app}${word}（${COMPLEXITY_WORD[stated]}）`;
      else {
        it.note = r.pick(["", "功能"]) === "" ? COMPLEXITY_WORD[stated] : `${COMPLEXITY_WORD[stated]}功能`;
        it.noteEssential = true;
      }
    }
    out.push(it);
  });
  return out;
}

export function omContent(m: Maker): Content {
  const r = m.r;
  const vio = m.dims.violation;
  const facts: Facts = {
    kind: "om",
    system: "other",
    tier: null,
    unitName: r.pick(UNITS),
    year: r.pick([2024, 2025, 2025, 2026]),
    projectName: "",
  };
  facts.projectName = r.pick([
    `${facts.year}年度信息系统运维项目`,
    "电子政务系统运行维护项目",
    `${facts.year}年信息化运维项目`,
    "信息系统年度运维项目",
  ]);
  const groups: Group[] = [];
  const hw = hardwareUpkeep(m, r.int(3, 8), vio === "om-hw");
  if (vio === "arithmetic" && hw.length) {
    const it = hw[0];
    const right = it.upkeep!.base.times(it.upkeep!.rate);
    const typed = round(right.times(r.pick([0.85, 0.9, 0.92])).div(100), 0).times(100);
    it.amount = typed.gt(0) ? typed : d(100);
    it.typo = true;
  }
  groups.push(m.group("om-hw", r.pick(["硬件设备维护费", "硬件设备维保", "设备运维费"]), hw));
  if (vio === "om-sec" || r.chance(0.6)) {
    const sec: Item[] = r
      .shuffle(OM_SECURITY)
      .slice(0, r.int(1, 3))
      .map((s) => {
        const base = m.price(s.base);
        const rate = d(r.pick([0.06, 0.08, 0.1]));
        return upkeepItem(
          m,
          `${s.device}${r.pick(["日常运行维护", "日常运行维护服务"])}`,
          "om-security-device",
          base,
          rate,
          {},
        );
      });
    if (vio === "om-sec") {
      sec[0].upkeep!.rate = d(r.pick([0.12, 0.15]));
      sec[0].amount = sec[0].upkeep!.base.times(sec[0].upkeep!.rate);
    }
    groups.push(m.group("om-sec", r.pick(["安全设备维护费", "安全设备运维"]), sec));
  }
  if (vio.startsWith("om-sw") || r.chance(0.6)) {
    groups.push(
      m.group(
        "om-sw",
        r.pick(["软件维护费", "产品软件维护", "基础软件维保"]),
        softwareUpkeep(m, r.int(1, 3), vio === "om-sw" ? "over" : vio === "om-sw-unknown" ? "unknown" : "ok"),
      ),
    );
  }
  if (vio.startsWith("om-app") || r.chance(0.75)) {
    const mode =
      vio === "om-app"
        ? "over"
        : vio === "om-app-unknown"
          ? "unknown"
          : vio === "om-app-unknown-high"
            ? "unknown-high"
            : "ok";
    groups.push(
      m.group("om-app", r.pick(["应用软件运维费", "应用系统运维", "应用软件维护费"]), appUpkeep(m, r.int(1, 4), mode)),
    );
  }
  const other: Item[] = [];
  if (vio === "dev-price" || r.chance(0.15)) {
    const price = vio === "dev-price" ? r.step(21000, 28000, 500) : r.step(15000, 20000, 500);
    // new modules are development (三(三)2 refers them to the construction standard), not 现有应用功能完善
    other.push(
      m.dev(
        `${r.pick(OM_APPS)}${r.pick(["新增模块开发", "新增功能开发", "扩展模块定制开发"])}`,
        d(r.int(3, 10)),
        price,
        m.pmWhere(vio !== "dev-price"),
      ),
    );
  }
  if (vio === "om-excluded") {
    const x = r.pick(OM_EXCLUDED);
    const price = m.price(x.price);
    const it: Item = { id: m.id(), name: x.name, cat: "om-excluded", amount: price.times(12) };
    it.note = `12个${x.unit}×${m.money(price)}`;
    other.push(it);
  }
  if (other.length) groups.push(m.group("om-other", r.pick(["其他费用", "新增及其他"]), other));
  return { facts, unit: m.unit, groups, omEstimate: [], violation: vio };
}

export function serviceContent(m: Maker): Content {
  const r = m.r;
  const facts: Facts = {
    kind: "service",
    system: "other",
    tier: null,
    unitName: r.pick(UNITS),
    year: r.pick([2024, 2025, 2026]),
    projectName: "",
  };
  facts.projectName = r.pick(["政务云及安全购买服务项目", "信息化运营购买服务项目", `${facts.year}年度购买服务项目`]);
  const items: Item[] = r
    .shuffle(SERVICE_LINES)
    .slice(0, r.int(2, 5))
    .map((s) => {
      const qty = d(s.unit === "人年" ? r.int(1, 3) : s.unit === "期" ? r.int(2, 12) : 1);
      const price = m.price(s.price);
      const it: Item = { id: m.id(), name: s.name, cat: "other", unit: s.unit, qty, price, amount: qty.times(price) };
      if (m.dims.remarks === "numbers") it.note = `${str(qty)}${s.unit}×${m.money(price)}`;
      return it;
    });
  if (m.dims.violation === "arithmetic") {
    const it = items.find((i) => i.qty!.gt(1)) ?? items[0];
    it.qty = it.qty!.gt(1) ? it.qty : d(2);
    const right = it.qty!.times(it.price!);
    it.amount = round(right.times(0.9).div(100), 0).times(100);
    it.typo = true;
  }
  return {
    facts,
    unit: m.unit,
    groups: [m.group("service", r.pick(["购买服务内容", "服务费用"]), items)],
    omEstimate: [],
    violation: m.dims.violation,
  };
}

/** The 运维费用估算 of a construction workbook: upkeep of what the project builds, at rates within the caps. */
export function estimateContent(m: Maker, c: Content): Group[] {
  const r = m.r;
  const items = c.groups.flatMap((g) => [...g.items, ...g.subs.flatMap((s) => s.items)]);
  const devTotal = items.filter((i) => i.cat === "development").reduce((a, i) => a.plus(i.amount), d(0));
  const groups: Group[] = [];
  if (devTotal.gt(0)) {
    const app = appUpkeep(m, 1, "ok", [devTotal]);
    for (const it of app) it.name = it.name.replace(/^[^应]*/, r.pick(["本系统", "本项目", ""]));
    groups.push(m.group("om-app", "应用软件运维", app));
  }
  const noServers = ["oa", "website"].includes(c.facts.system);
  const hw = hardwareUpkeep(m, r.int(1, 3), false, (n) => noServers && n.includes("服务器"));
  if (hw.length) groups.push(m.group("om-hw", "硬件设备维保", hw));
  if (r.chance(0.5)) groups.push(m.group("om-sw", "软件维护", softwareUpkeep(m, 1, "ok")));
  return groups;
}
