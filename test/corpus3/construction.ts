import { Maker, mistype, splitCount } from "./content-kit";
import {
  DATA_SERVICES,
  DEV_MODULES,
  FEE_NAMES,
  HOTLINE,
  NETWORK,
  OFFICE,
  OTHER_SYSTEMS,
  ROOM,
  SECURITY,
  SERVERS,
  SOFTWARE,
  UNITS,
  VIDEO,
} from "./items";
import type { Content, Facts, Group, Item, Kind, System, Tier } from "./model";
import { d, str, sum, ZERO } from "./money";

/**
 * Construction (新建) and upgrade (升级改造) budgets: the goods and development a system of its kind needs, sized to its
 * tier, then the other fees as a unit computes them (集成 on 软硬件购置费, the four fees on 项目建设费, 密评 from the
 * city's ladder, 监理 at 100万), compliant unless the violation dimension says otherwise.
 */

export const TIER_LIMITS = {
  oa: {
    small: { servers: 1, pm: 5, total: 250000 },
    medium: { servers: 2, pm: 15, total: 750000 },
    large: { servers: 3, pm: 40, total: 1600000 },
  },
  website: {
    small: { servers: 1, pm: 7.5, total: 300000 },
    medium: { servers: 2, pm: 15, total: 900000 },
    large: { servers: 3, pm: 25, total: 1400000 },
  },
} as const;

interface Parts {
  hw: Item[];
  sec: Item[];
  sw: Item[];
  dev: Item[];
  data: Item[];
  fac: Item[];
}
const noParts = (): Parts => ({ hw: [], sec: [], sw: [], dev: [], data: [], fac: [] });

const SYSTEM_NAMES: Record<string, readonly string[]> = {
  oa: ["协同办公（OA）系统", "办公自动化系统", "OA协同办公系统", "无纸化办公系统"],
  "video-conference": ["视频会议系统", "高清视频会议系统"],
  website: ["门户网站", "政务网站", "门户网站群"],
  "server-room": ["网络机房", "信息中心机房", "机房"],
  "info-release": ["微信公众号", "政务微信公众号信息发布平台", "信息发布平台（微信公众号）"],
  hotline: ["服务热线呼叫中心", "便民服务热线", "热线呼叫中心"],
};

const TIER_WORD: Record<Tier, string> = { small: "小型", medium: "中型", large: "大型" };
export const tierWord = (t: Tier): string => TIER_WORD[t];

export function constructionContent(m: Maker, kind: Kind, system: System, attempt: number): Content {
  const r = m.r;
  const vio = m.dims.violation;
  const shrink = 0.9 ** attempt;
  const facts: Facts = {
    kind,
    system,
    tier: null,
    unitName: r.pick(UNITS),
    year: r.pick([2024, 2025, 2025, 2026]),
    projectName: "",
  };
  const sysName = system === "other" ? r.pick(OTHER_SYSTEMS) : r.pick(SYSTEM_NAMES[system]);
  const parts = noParts();
  const first = { v: true };
  const where = () => {
    const w = m.pmWhere(first.v);
    first.v = false;
    return w;
  };
  const devPrice = () => r.step(15000, 20000, 500);
  const devLines = (names: readonly string[], total: number, n: number): Item[] => {
    const counts = splitCount(r, Math.max(total, n), Math.min(n, Math.max(1, total)));
    const chosen = r.shuffle(names).slice(0, counts.length);
    return counts.map((c, k) => m.dev(chosen[k % chosen.length], d(c), devPrice(), where()));
  };
  let tierAspect: string | null = null;

  switch (system) {
    case "oa":
    case "website": {
      const declared = r.chance(0.55) ? r.pick<Tier>(["small", "medium", "large"]) : null;
      facts.tier = declared;
      const size: Tier = declared ?? r.pick<Tier>(["small", "medium", "large"]);
      const lim = TIER_LIMITS[system][declared ?? "large"];
      const sizeLim = TIER_LIMITS[system][size];
      if (vio === "tier")
        tierAspect = declared && declared !== "large" ? r.pick(["servers", "pm", "total"]) : r.pick(["servers", "pm"]);
      const servers = tierAspect === "servers" ? lim.servers + 1 : r.int(1, sizeLim.servers);
      const pm =
        tierAspect === "pm"
          ? Math.floor(lim.pm) + r.int(3, 8)
          : r.int(Math.max(2, Math.floor(sizeLim.pm / 3)), Math.floor(sizeLim.pm));
      const scale = (tierAspect === "total" ? 1 : size === "small" ? 0.25 : size === "medium" ? 0.6 : 1) * shrink;
      const db = servers >= 2 && r.chance(0.6) ? 1 : 0;
      if (servers - db > 0) parts.hw.push(m.goods(SERVERS.app, { qty: servers - db, scale }));
      if (db) parts.hw.push(m.goods(SERVERS.db, { qty: 1, scale }));
      if (system === "website") parts.sec.push(m.goods(r.pick(SECURITY.slice(0, 2)), { qty: 1, scale }));
      else if (size !== "small" && r.chance(0.4)) parts.sec.push(m.goods(SECURITY[0], { qty: 1, scale }));
      parts.sw.push(m.goods(SOFTWARE.os, { qty: servers, scale, names: ["国产操作系统", "操作系统（国产）"] }));
      if (size !== "small" || tierAspect === "total") parts.sw.push(m.goods(SOFTWARE.db, { qty: 1, scale }));
      parts.sw.push(m.goods(SOFTWARE.mw, { qty: 1, scale: scale * 0.5 }));
      if (system === "oa" && size !== "small" && r.chance(0.5)) parts.sw.push(m.goods(SOFTWARE.layout, { scale }));
      if (system === "oa" && size === "large" && r.chance(0.4)) parts.sw.push(m.goods(SOFTWARE.sign, { scale }));
      parts.dev = devLines(
        DEV_MODULES[kind === "upgrade" ? "upgrade" : system],
        pm,
        r.int(1, size === "small" ? 2 : 4),
      );
      if (tierAspect === "total") {
        // Well over the declared tier's total while servers and 人月 stay inside it.
        parts.hw.push(m.goods(NETWORK[3], { qty: 1 }));
        parts.sec.push(m.goods(r.pick(SECURITY.slice(2)), { qty: 1 }));
        parts.data.push(m.goods(DATA_SERVICES[1]));
      }
      break;
    }
    case "video-conference": {
      const declared = r.chance(0.4) ? r.pick<Tier>(["small", "medium", "large"]) : null;
      facts.tier = declared;
      const size: Tier = declared ?? r.pick<Tier>(["small", "medium", "large"]);
      if (vio === "tier")
        tierAspect = size === "large" ? "mcu" : declared === "small" ? r.pick(["mcu", "terminals"]) : "mcu";
      let terminals = size === "small" ? r.int(4, 8) : size === "medium" ? r.int(12, 26) : r.int(34, 60);
      if (tierAspect === "terminals") terminals = r.int(13, 18);
      facts.terminals = terminals;
      const mcu = tierAspect === "mcu" ? (size === "large" ? 3 : 2) : size === "large" && r.chance(0.4) ? 2 : 1;
      const scale = (size === "small" ? 0.3 : size === "medium" ? 0.6 : 1) * shrink;
      parts.hw.push(m.goods(VIDEO.mcu, { qty: mcu, scale }));
      parts.hw.push(m.goods(VIDEO.terminal, { qty: terminals, scale }));
      if (r.chance(0.7)) parts.hw.push(m.goods(VIDEO.camera, { qty: terminals, scale }));
      if (r.chance(0.6)) parts.hw.push(m.goods(VIDEO.display, { qty: r.chance(0.5) ? terminals : r.int(1, 4), scale }));
      parts.hw.push(m.goods(VIDEO.av, { qty: 1, scale }));
      if (size === "large") parts.hw.push(m.goods(VIDEO.nvr, { qty: 1, scale }));
      if (r.chance(0.3)) parts.hw.push(m.goods(NETWORK[1], { scale, qty: r.int(1, 4) }));
      if (size !== "small" && r.chance(0.3)) parts.dev = devLines(DEV_MODULES["video-conference"], r.int(2, 6), 1);
      break;
    }
    case "server-room": {
      const size: Tier = r.pick(["small", "medium", "large"]);
      let area = size === "small" ? r.int(8, 18) : size === "medium" ? r.int(28, 92) : r.int(115, 280);
      if (vio === "tier") {
        tierAspect = r.chance(0.25) ? "uncovered" : "total";
        if (tierAspect === "uncovered") area = r.int(320, 420);
      }
      facts.area = area;
      const scale = (tierAspect === "total" ? 1.6 : size === "small" ? 0.3 : size === "medium" ? 0.6 : 1) * shrink;
      const deco = m.goods(ROOM.decoration, { qty: area, scale: Math.min(scale, 1) });
      parts.fac.push(deco);
      if (size === "small") parts.hw.push(m.goods(ROOM.homeAc, { scale }));
      else parts.hw.push(m.goods(ROOM.ac, { scale }));
      parts.hw.push(m.goods(ROOM.ups, { qty: size === "large" ? 2 : 1, scale }));
      parts.hw.push(
        m.goods(ROOM.rack, {
          qty: size === "small" ? r.int(1, 2) : size === "medium" ? r.int(3, 8) : r.int(8, 20),
          scale,
        }),
      );
      if (size !== "small" || r.chance(0.5)) parts.hw.push(m.goods(ROOM.env, { scale }));
      if (r.chance(0.6)) parts.hw.push(m.goods(ROOM.door, { scale }));
      if (size !== "small") parts.fac.push(m.goods(ROOM.fire, { scale }));
      parts.fac.push(m.goods(ROOM.cabling, { scale }));
      if (size === "large" || r.chance(0.3)) parts.fac.push(m.goods(ROOM.power, { scale }));
      if (tierAspect === "total") {
        for (const it of parts.hw) {
          it.price = it.price!.times(2);
          it.amount = it.qty!.times(it.price);
        }
      }
      break;
    }
    case "info-release": {
      const big = vio === "tier";
      if (big) tierAspect = "total";
      parts.dev = devLines(
        DEV_MODULES["info-release"],
        big ? r.int(7, 12) : r.int(2, 3),
        big ? r.int(2, 4) : r.int(1, 2),
      );
      break;
    }
    case "hotline": {
      let seats = r.int(32, 80);
      if (vio === "tier") {
        tierAspect = "seats";
        seats = r.int(8, 24);
      }
      facts.seats = seats;
      const scale = shrink;
      parts.hw.push(m.goods(HOTLINE.seat, { qty: seats, scale }));
      parts.hw.push(m.goods(HOTLINE.cti, { scale }));
      if (r.chance(0.7)) parts.hw.push(m.goods(HOTLINE.rec, { scale }));
      if (r.chance(0.6)) parts.hw.push(m.goods(HOTLINE.gw, { scale }));
      if (r.chance(0.5)) parts.hw.push(m.goods(NETWORK[1], { scale }));
      const lic: Item = {
        id: m.id(),
        name: `呼叫中心软件（含${seats}坐席授权）`,
        cat: "product-software",
        unit: "套",
        qty: d(1),
        price: ZERO,
        amount: ZERO,
      };
      lic.price = m.price([3000, 6000, 100]).times(seats);
      lic.amount = lic.price;
      parts.sw.push(lic);
      parts.sw.push(m.goods(SOFTWARE.db, { qty: 1, scale: scale * 0.5 }));
      parts.dev = devLines(DEV_MODULES.hotline, Math.round(r.int(6, 24) * Math.max(shrink, 0.4)), r.int(1, 3));
      break;
    }
    default: {
      const upgrade = kind === "upgrade";
      const grow = vio === "supervision-missing" ? 1.2 ** attempt : shrink;
      const scale = Math.min(1, (upgrade ? 0.6 : 0.8) * grow);
      const nServers = upgrade ? r.int(0, 2) : r.int(1, 5);
      if (nServers > 0) parts.hw.push(m.goods(SERVERS.app, { qty: nServers, scale }));
      if (!upgrade && r.chance(0.6)) parts.hw.push(m.goods(SERVERS.db, { scale }));
      for (const gd of r.shuffle(NETWORK).slice(0, upgrade ? r.int(0, 1) : r.int(0, 3)))
        parts.hw.push(m.goods(gd, { scale }));
      if (!upgrade && r.chance(0.25)) parts.hw.push(m.goods(r.pick(OFFICE), { scale }));
      for (const gd of r.shuffle(SECURITY).slice(0, upgrade ? r.int(0, 1) : r.int(0, 3)))
        parts.sec.push(m.goods(gd, { scale }));
      const sw = r.shuffle(Object.values(SOFTWARE)).slice(0, upgrade ? r.int(0, 2) : r.int(1, 4));
      for (const gd of sw) parts.sw.push(m.goods(gd, { scale }));
      const pm = Math.round((upgrade ? r.int(6, 40) : r.int(10, 80)) * Math.max(0.3, grow > 1 ? grow : shrink));
      parts.dev = devLines(DEV_MODULES[upgrade ? "upgrade" : "other"], pm, r.int(2, upgrade ? 4 : 6));
      if (r.chance(upgrade ? 0.5 : 0.3)) parts.data.push(m.goods(r.pick(DATA_SERVICES), { scale }));
      if (!upgrade && r.chance(0.2)) parts.fac.push(m.goods(ROOM.cabling, { scale }));
      break;
    }
  }
  if (vio === "dev-price" && parts.dev.length === 0)
    parts.dev = devLines(
      DEV_MODULES[kind === "upgrade" ? "upgrade" : system === "other" ? "other" : "other"],
      r.int(4, 10),
      1,
    );
  if (vio === "dev-price") {
    const target = parts.dev.find((it) => it.effort && it.effort.where !== "none") ?? parts.dev[0];
    if (target.effort!.where === "none") {
      const alt = m.dev(target.name, target.effort!.count, target.effort!.price, m.pmWhere(false));
      Object.assign(target, alt, { id: target.id });
    }
    const over = r.step(21000, 30000, 500);
    const e = target.effort!;
    const fresh = m.dev(target.name.replace(/（\d+人月）$/, ""), e.count, over, e.where);
    Object.assign(target, fresh, { id: target.id });
  }

  if (vio === "arithmetic") {
    const pool = [...parts.hw, ...parts.sec, ...parts.sw].filter((i) => i.qty && i.qty.gt(1));
    const it = pool.length ? r.pick(pool) : [...parts.hw, ...parts.sec, ...parts.sw][0];
    if (it) {
      it.amount = mistype(r, it.amount, m.unit);
      it.typo = true;
    }
  }
  const kindWord =
    kind === "upgrade" ? r.pick(["升级改造项目", "升级改造"]) : r.pick(["建设项目", "新建项目", "建设项目"]);
  facts.projectName = `${sysName}${kindWord}`;
  const fees = otherFees(m, facts, parts);
  return {
    facts,
    unit: m.unit,
    groups: arrange(m, parts, fees),
    omEstimate: [],
    violation: vio + (tierAspect ? `:${tierAspect}` : ""),
  };
}

interface Fees {
  integration: Item | null;
  others: Item[];
  contingency: Item | null;
}

function otherFees(m: Maker, facts: Facts, p: Parts): Fees {
  const r = m.r;
  const vio = m.dims.violation;
  const P = sum([...p.hw, ...p.sec, ...p.sw].map((i) => i.amount));
  let integration: Item | null = null;
  if (P.gt(0) && (vio.startsWith("integration") || r.chance(0.88))) {
    const pickRate = () =>
      vio === "integration-high"
        ? r.step(0.09, 0.13, 0.005)
        : vio === "integration-low"
          ? r.step(0.025, 0.042, 0.001)
          : r.step(0.055, 0.075, 0.005);
    const inU = m.unit === "万元" ? P.div(10000) : P;
    const dp = m.unit === "万元" ? r.pick([2, 4]) : r.pick([0, 2]);
    // no half-way case under ROUND (binary floating point may round it either way): another rate
    let rate = pickRate();
    for (let k = 0; k < 20 && inU.times(rate).times(d(10).pow(dp)).mod(1).eq(0.5); k++) rate = pickRate();
    if (inU.times(rate).times(d(10).pow(dp)).mod(1).eq(0.5)) rate = rate.plus(0.001);
    const v = inU.times(rate).toDecimalPlaces(dp);
    const amount = m.unit === "万元" ? v.times(10000) : v;
    const pct = str(rate.times(100));
    integration = m.fee(
      "integration",
      r.pick(FEE_NAMES.integration),
      amount,
      r.pick([`按软硬件购置费的${pct}%计取`, `软硬件购置费×${pct}%`]),
    );
    integration.feeOf = { groups: ["hardware", "software"], rate, dp };
  }
  const C = sum([...p.hw, ...p.sec, ...p.sw, ...p.dev, ...p.data, ...p.fac].map((i) => i.amount)).plus(
    integration?.amount ?? 0,
  );
  const others: Item[] = [];
  const small = facts.system === "info-release";
  // The four fees (咨询, 监理, 软件测评, 安全测评) as shares of 项目建设费.
  const secRate =
    vio === "sectest-high"
      ? r.step(0.026, 0.04, 0.001)
      : vio === "sectest-low"
        ? r.step(0.0015, 0.0038, 0.0001)
        : r.step(0.006, 0.018, 0.001);
  const hasSec = vio.startsWith("sectest") || (!small && r.chance(0.55));
  const crypto =
    vio === "crypto-missing"
      ? null
      : small
        ? r.step(8000, 18000, 1000)
        : C.lt(500000)
          ? r.step(15000, 30000, 1000)
          : C.lt(2000000)
            ? r.step(30000, 60000, 1000)
            : r.step(50000, 90000, 1000);
  const estimate = C.times(1.12).plus(crypto ?? 0);
  const needSup = estimate.gte(880000);
  const hasSup = vio === "supervision-missing" ? false : needSup || (!small && r.chance(0.3));
  const hasCons = !small && r.chance(0.6);
  // 软件测评 only where software is written for the project
  const hasTest = p.dev.length > 0 && (small ? r.chance(0.3) : r.chance(0.6));
  const fourShare = vio === "four-fees" ? r.step(0.115, 0.16, 0.005) : r.step(0.03, 0.088, 0.002);
  const secAmt = hasSec ? m.feeRound(C.times(secRate)) : ZERO;
  const rest = C.times(fourShare).minus(secAmt);
  const names: [string, number][] = [];
  if (hasCons) names.push(["consulting", r.step(1, 3, 0.5).toNumber()]);
  if (hasSup) names.push(["supervision", r.step(1, 3, 0.5).toNumber()]);
  if (hasTest) names.push(["software-test", r.step(1, 2.5, 0.5).toNumber()]);
  if (vio === "four-fees" && names.length === 0) names.push(["consulting", 2]);
  const weight = names.reduce((a, [, w]) => a + w, 0);
  for (const [cat, w] of names) {
    const amt = rest.gt(0) ? m.feeRound(rest.times(w).div(weight)) : m.feeRound(C.times(0.01));
    if (amt.lte(0)) continue;
    const pct = str(amt.div(C).times(100).toDecimalPlaces(1));
    others.push(m.fee(cat as "consulting", r.pick(FEE_NAMES[cat]), amt, `按项目建设费的${pct}%计取`));
  }
  if (hasSec)
    others.push(
      m.fee(
        "security-test",
        r.pick(FEE_NAMES["security-test"]),
        secAmt,
        `按项目建设费的${str(secRate.times(100))}%计取`,
      ),
    );
  if (crypto)
    others.push(
      m.fee(
        "crypto-test",
        r.pick(FEE_NAMES["crypto-test"]),
        crypto,
        r.pick(["参考市密码测评经费阶梯", "按第三方机构报价"]),
      ),
    );
  const db = m.dims.dengbao;
  if (db !== "none") {
    const level = db.startsWith("level3") ? 3 : 2;
    const amt = level === 3 ? r.step(50000, 120000, 1000) : r.step(30000, 60000, 1000);
    const base = r.pick(FEE_NAMES.dengbao);
    const word = level === 3 ? r.pick(["三级", "第三级"]) : r.pick(["二级", "第二级"]);
    const it = m.fee("dengbao", base, amt);
    it.dengbaoLevel = level;
    if (db.endsWith("cont")) it.wrap = r.pick([`（${word}）`, `（系统定级：${word}）`]);
    else it.name = `${base}（${word}）`;
    others.push(it);
  }
  if (!small && r.chance(0.25))
    others.push(
      m.fee(
        "management",
        r.pick(FEE_NAMES.management),
        m.feeRound(C.times(r.step(0.01, 0.015, 0.001))),
        "按项目建设费计取",
      ),
    );
  if (!small && r.chance(0.1)) others.push(m.fee("other", r.pick(FEE_NAMES.training), r.step(5000, 30000, 1000)));
  let contingency: Item | null = null;
  if (!small && r.chance(0.45)) {
    const base = C.plus(sum(others.filter((i) => i.cat !== "dengbao").map((i) => i.amount)));
    const rate = r.step(0.02, 0.05, 0.01);
    contingency = m.fee(
      "contingency",
      r.pick(FEE_NAMES.contingency),
      m.feeRound(base.times(rate)),
      `按工程费用与其他费用之和的${str(rate.times(100))}%计取`,
    );
  }
  return { integration, others, contingency };
}

/** Sections as a 可研 estimate or a 部门预算 form groups them; the template decides later how many levels show. */
function arrange(m: Maker, p: Parts, f: Fees): Group[] {
  const r = m.r;
  const groups: Group[] = [];
  const hwTitle = r.pick(["硬件设备购置费", "硬件设备", "设备购置费", "硬件购置"]);
  if (p.hw.length + p.sec.length)
    groups.push(m.group("hardware", hwTitle, r.chance(0.5) ? [...p.hw, ...p.sec] : [...p.sec, ...p.hw]));
  if (p.sw.length)
    groups.push(m.group("software", r.pick(["软件购置费", "基础软件购置费", "软件产品购置", "系统软件"]), p.sw));
  if (p.dev.length)
    groups.push(
      m.group("development", r.pick(["应用软件开发费", "应用系统开发", "软件开发费", "定制开发费用"]), p.dev),
    );
  if (p.data.length) groups.push(m.group("data", r.pick(["数据服务费", "数据工程"]), p.data));
  if (p.fac.length) groups.push(m.group("facility", r.pick(["配套工程费", "机房及配套工程", "土建及配套工程"]), p.fac));
  if (f.integration) groups.push(m.group("integration", f.integration.name, [f.integration], [], true));
  if (f.others.length) groups.push(m.group("fees", r.pick(["工程建设其他费用", "其他费用", "二类费用"]), f.others));
  if (f.contingency) groups.push(m.group("contingency", f.contingency.name, [f.contingency], [], true));
  return groups;
}
