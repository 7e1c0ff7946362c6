import type {
  ProfileSource,
  ProfileOverrides,
  ProjectKind,
  ProjectProfile,
  StatedFact,
  SystemType,
  Tier,
} from "../model/types";
import type { StandardPack } from "../standards/types";
import type { ParsedWorkbook } from "../parse/types";
import { fold } from "../classify/keyword-matcher";
import { APART_FROM_CONSTRUCTION, OM_ESTIMATE_NAME } from "../parse/om-estimates";

/** Among several kinds named in a title, this order decides ties ("升级改造" inside an O&M title stays O&M). */
const KIND_PRIORITY: readonly ProjectKind[] = ["om", "upgrade", "service", "construction"];

/**
 * The value whose keyword appears first in the text (titles come before notes, so "注：运维费另行申报" under a
 * construction estimate does not make it an O&M budget); equal positions go to the longer keyword, then priority.
 */
function firstNamed<T extends string>(text: string, lists: Record<T, string[]>, priority: readonly T[]): T | null {
  const t = fold(text);
  let best: { value: T; at: number; len: number; rank: number } | null = null;
  for (const value of priority) {
    for (const w of lists[value] ?? []) {
      const at = t.indexOf(fold(w));
      if (at < 0) continue;
      const cand = { value, at, len: w.length, rank: priority.indexOf(value) };
      if (
        !best ||
        cand.at < best.at ||
        (cand.at === best.at && (cand.len > best.len || (cand.len === best.len && cand.rank < best.rank)))
      )
        best = cand;
    }
  }
  return best?.value ?? null;
}

const SYSTEM_NAMED_OM = /运维(?=管理|平台|系统|监控|中心|大屏|工单|门户)/g;

/** The kind named in a title: O&M wins over the others when the same title names it at all. */
function kindOf(text: string, pack: StandardPack): ProjectKind | null {
  // "智慧运维管理平台建设项目" builds an O&M platform: 运维 there names the system, not the kind of budget.
  const named = text.replace(SYSTEM_NAMED_OM, "");
  for (const line of named.split("\n")) {
    const found = firstNamed(line, pack.profile.kind, KIND_PRIORITY);
    if (found) {
      const om = firstNamed(line, { om: pack.profile.kind.om } as Record<ProjectKind, string[]>, ["om"]);
      if (om) return om;
      // "××系统建设项目（升级改造）": 升级改造 says what kind of 建设 it is, wherever the line puts it.
      if (
        found === "construction" &&
        firstNamed(line, { upgrade: pack.profile.kind.upgrade } as Record<ProjectKind, string[]>, ["upgrade"])
      )
        return "upgrade";
      return found;
    }
  }
  return null;
}

/** Infers kind, system type and declared tier from titles and sheet names; overrides win. */
export function inferProfile(parsed: ParsedWorkbook, pack: StandardPack, overrides: ProfileOverrides): ProjectProfile {
  // A table that says it is not part of the construction investment (运维费用估算表（不计入建设投资）) says the
  // workbook has one: its own title and sheet name do not decide the workbook's kind.
  const apart = APART_FROM_CONSTRUCTION.test(parsed.headingText);
  const sheetText = parsed.sheetNames.filter((n) => !(apart && OM_ESTIMATE_NAME.test(n))).join("\n");
  // Only what the workbook calls itself: a note under the table ("运维费另行申报") says nothing of this budget's kind.
  const titles = parsed.headingText
    .split("\n")
    .filter((l) => !APART_FROM_CONSTRUCTION.test(l) && !(apart && OM_ESTIMATE_NAME.test(l)))
    .join("\n");
  const sources: ProjectProfile["sources"] = { kind: "default", system: "default", tier: "default" };

  // What a cover sheet or 申报表 states ("建设性质：升级改造") says as much as a title, and more plainly.
  const stated = (key: StatedFact["key"]) =>
    (parsed.statedFacts ?? [])
      .filter((f) => f.key === key)
      .map((f) => f.value)
      .join("\n");

  let kind: ProjectKind = "construction";
  if (overrides.kind) [kind, sources.kind] = [overrides.kind, "override"];
  else {
    const fromCover = kindOf(stated("kind"), pack);
    const fromTitle = kindOf(titles, pack);
    const fromSheets = kindOf(sheetText, pack);
    const omLines = parsed.lines.filter((l) => l.purchase || l.rate || l.fee || l.devCost).length;
    if (fromCover) [kind, sources.kind] = [fromCover, "cover"];
    else if (fromTitle) [kind, sources.kind] = [fromTitle, "title"];
    else if (fromSheets) [kind, sources.kind] = [fromSheets, "sheet-name"];
    else if (parsed.lines.length && omLines * 2 > parsed.lines.length) [kind, sources.kind] = ["om", "lines"];
  }

  const systems = Object.keys(pack.profile.system) as Exclude<SystemType, "other">[];
  let system: SystemType = "other";
  if (overrides.system) [system, sources.system] = [overrides.system, "override"];
  else {
    const fromCover = firstNamed(stated("system"), pack.profile.system, systems);
    const fromTitle = firstNamed(titles, pack.profile.system, systems);
    const fromSheets = firstNamed(sheetText, pack.profile.system, systems);
    if (fromCover) [system, sources.system] = [fromCover, "cover"];
    else if (fromTitle) [system, sources.system] = [fromTitle, "title"];
    else if (fromSheets) [system, sources.system] = [fromSheets, "sheet-name"];
  }

  let tier: Tier | null = null;
  if (overrides.tier !== undefined) [tier, sources.tier] = [overrides.tier, "override"];
  else {
    const tiers = Object.keys(pack.profile.tier) as Tier[];
    // "小型机" is a machine, not a tier: only a tier word not followed by 机 declares the project's size.
    const fromCover = firstNamed(stated("tier"), pack.profile.tier, tiers);
    const found = firstNamed(titles.replace(/小型机|中型机|大型机/g, ""), pack.profile.tier, tiers);
    if (fromCover) [tier, sources.tier] = [fromCover, "cover"];
    else if (found) [tier, sources.tier] = [found, "title" as ProfileSource];
  }

  const unit = parsed.tables.find((t) => t.role === "detail")?.unit ?? parsed.tables[0]?.unit ?? "元";
  return { kind, system, tier, unit, sources };
}
