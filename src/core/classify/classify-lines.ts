import type { BudgetLine, Category, ProfileOverrides, ProjectProfile } from "../model/types";
import type { StandardPack } from "../standards/types";
import { KeywordMatcher, WordSet, cached } from "./keyword-matcher";
import { compact } from "../parse/text";
import { complexityOf, dengbaoLevelOf, hardwareClassOf, softwareTypeOf } from "./line-traits";
import { categoryFromEvidence } from "./evidence";
import { lineKey, type LineCorrection } from "../model/corrections";
import { PERSON_MONTH_UNIT } from "../parse/effort-units";

interface Matchers {
  categories: KeywordMatcher<Category>;
  omExcluded: KeywordMatcher<Category>;
  maintenance: WordSet;
  securityMaintenance: WordSet;
  appWords: WordSet;
  appNames: WordSet;
  toolWords: WordSet;
  domesticWords: WordSet;
}
const matchers = new WeakMap<StandardPack, Matchers>();

/** Categories a line is matched against by keyword; 小计 words belong to the parser, O&M exclusions to O&M budgets. */
function build(pack: StandardPack): Matchers {
  const lists = (Object.entries(pack.categories) as [Category, string[]][]).filter(
    ([c]) => c !== "subtotal" && c !== "om-excluded",
  );
  return {
    categories: new KeywordMatcher(lists),
    omExcluded: new KeywordMatcher([["om-excluded", pack.categories["om-excluded"] ?? []]]),
    maintenance: new WordSet(pack.maintenanceWords),
    securityMaintenance: new WordSet(pack.securityMaintenanceWords),
    // An O&M line naming no product but an application/system is application maintenance.
    appWords: new WordSet(["应用", "软件", "系统"]),
    // Words that say the maintained thing is an application even when the sheet prices it by its 原值.
    appNames: new WordSet([
      "应用",
      "软件",
      "平台",
      "管理系统",
      "业务系统",
      "信息系统",
      "办公系统",
      "服务系统",
      "数据系统",
      "门户",
    ]),
    toolWords: new WordSet(pack.softwareTypes.tool),
    domesticWords: new WordSet(pack.softwareTypes.domestic),
  };
}

/** Tool words anywhere in the line's text, or domestic words in its other fields (a 类型 or 备注 column). */
function stateSoftwareType(line: BudgetLine, m: Matchers): boolean {
  if (m.appNames.in(line.name) && !m.toolWords.in(line.name) && /系统|平台|门户/.test(line.name)) return false;
  return (
    m.toolWords.in(`${line.name} ${line.spec} ${line.remark} ${line.otherText}`) ||
    m.domesticWords.in(`${line.spec} ${line.remark} ${line.otherText}`)
  );
}

const HARDWARE_LIKE: readonly Category[] = ["hardware", "security-product", "om-hardware", "om-security-device"];
const SOFTWARE_LIKE: readonly Category[] = ["product-software", "om-product-software"];

/** Which O&M category a maintenance line falls into, from what it maintains. */
function maintenanceCategory(line: BudgetLine, base: Category | null, m: Matchers): Category {
  const text = `${line.name} ${line.spec} ${line.remark}`;
  if (base === "security-product") return "om-security-device";
  if (base !== "hardware" && m.securityMaintenance.in(text)) return "om-security-device";
  if (base === "product-software") return "om-product-software";
  // "运维监控软件 | 工具类", "达梦数据库原厂服务 | 国产": software whose type the sheet states is a product —
  // applications have a complexity, not a type.
  if (base !== "hardware" && base !== "facility" && base !== "development" && stateSoftwareType(line, m))
    return "om-product-software";
  if (line.devCost || base === "development") return "om-app-software";
  if (base === "hardware" || base === "facility") return "om-hardware";
  if (base === null && m.appNames.in(line.name)) return "om-app-software";
  if (line.purchase) return "om-hardware";
  if (m.appWords.in(line.name)) return "om-app-software";
  return "other";
}

type Decided = Pick<BudgetLine, "category" | "categorySource" | "matchedKeyword"> & {
  categoryEvidence?: BudgetLine["categoryEvidence"];
};

function categorise(line: BudgetLine, pack: StandardPack, profile: ProjectProfile): Decided {
  const m = cached(matchers, pack, () => build(pack));
  const isOm = profile.kind === "om";
  if (isOm) {
    const excluded = m.omExcluded.match(line.name);
    if (excluded) return { category: "om-excluded", categorySource: "keyword", matchedKeyword: excluded.keyword };
  }
  const hit = m.categories.match(line.name) ?? m.categories.match(`${line.spec} ${line.remark}`);
  const omFields = Boolean(line.purchase || line.rate || line.fee || line.devCost);
  const maintenance = m.maintenance.in(line.name);
  // A construction estimate's "服务器（含三年维保）" is still a server: only lines priced as maintenance
  // (purchase/rate/fee columns) or lines of an O&M budget are maintenance lines.
  // "扩展模块定制开发（6人月）" in an O&M budget, with no 原值, rate or 原开发费 to be a rate of: new development
  // bought with O&M money, checked as development (人月), not as maintenance.
  const newDevelopment = hit?.value === "development" && !maintenance && !line.purchase && !line.rate && !line.devCost;
  if (!newDevelopment && ((isOm && (maintenance || omFields)) || (maintenance && omFields))) {
    const category = maintenanceCategory(line, hit?.value ?? null, m);
    if (category !== "other") return { category, categorySource: "keyword", matchedKeyword: hit?.keyword };
  }
  if (hit) return { category: hit.value, categorySource: "keyword", matchedKeyword: hit.keyword };
  if (line.personMonths || PERSON_MONTH_UNIT.test(compact(line.unitLabel)))
    return { category: "development", categorySource: "unit" };
  const evidence = categoryFromEvidence(line);
  if (evidence)
    return {
      category: evidence.category,
      categorySource: "evidence",
      categoryEvidence: { zh: evidence.evidence, en: evidence.evidenceEn },
    };
  return { category: "other", categorySource: "none" };
}

/** Each line's correction, found by sheet, name and occurrence among the same-named lines of its sheet. */
function correctionsByLine(lines: BudgetLine[], overrides: ProfileOverrides): Map<BudgetLine, LineCorrection> {
  const found = new Map<BudgetLine, LineCorrection>();
  const list = overrides.corrections?.lines;
  if (!list?.length) return found;
  const wanted = new Map(list.map((c) => [lineKey(c.sheet, c.name, c.occurrence ?? 0), c]));
  const seen = new Map<string, number>();
  for (const line of lines) {
    const base = lineKey(line.sheet, line.name, 0);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    const c = wanted.get(lineKey(line.sheet, line.name, n));
    if (c) found.set(line, c);
  }
  return found;
}

/**
 * Gives every line its category (domain.md §2), device class, software type and complexity. A user override wins.
 * The lines are classified in place and returned: they are the parser's, made for this one audit, and a copy of
 * 10,000 thirty-field objects was most of this step's garbage.
 */
export function classifyLines(
  lines: BudgetLine[],
  pack: StandardPack,
  profile: ProjectProfile,
  overrides: ProfileOverrides,
): BudgetLine[] {
  const corrected = correctionsByLine(lines, overrides);
  for (const line of lines) {
    const correction = corrected.get(line);
    const forced = correction?.category ?? overrides.lineCategories?.[line.id];
    const c: Decided = forced ? { category: forced, categorySource: "override" } : categorise(line, pack, profile);
    line.category = c.category;
    line.categorySource = c.categorySource;
    line.matchedKeyword = c.matchedKeyword;
    line.categoryEvidence = c.categoryEvidence;
    // Every trait is (re)set, so classifying a line again under another profile leaves nothing stale.
    line.hardwareClass = HARDWARE_LIKE.includes(c.category)
      ? correction?.hardwareClass
        ? { cls: correction.hardwareClass, defaulted: false, keyword: undefined, corrected: true }
        : hardwareClassOf(line, pack)
      : undefined;
    line.softwareType = SOFTWARE_LIKE.includes(c.category) ? softwareTypeOf(line, pack) : undefined;
    line.complexity =
      c.category === "om-app-software" || c.category === "development" ? complexityOf(line, pack) : undefined;
    line.dengbaoLevel = c.category === "dengbao" ? dengbaoLevelOf(line) : undefined;
  }
  return lines;
}
