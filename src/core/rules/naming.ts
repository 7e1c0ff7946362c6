import type { BudgetModel } from "../model/types";
import type { RuleImplementation } from "./types";
import { closedObject, WORDS } from "./schema-parts";
import { CONDITION, evaluate, matchText, MESSAGE_ID, type Condition } from "./generic-conditions";
import { messageDraft } from "./generic-message";
import { toHalfWidth, compact } from "../parse/text";
import { toSimplified } from "../text/t2s";

/** Heading rows that say something about the sheet, not what the project is called. */
const NOT_A_NAME = /^(?:单位|金额单位|编制单位|建设单位|申报单位|填报单位|日期|编制日期|币种|附件|附表|表\d)/;
const PROJECT_NAME_LABEL = /^(?:项目名称|项目)[:：]/;
const NAME_WORD = /项目|系统|平台|工程|建设|运维|改造|中心/;

/**
 * What the project calls itself: the first heading row (the title above the table, else a sheet name) with a few
 * Chinese characters, half-width, without spaces, traditional folded to simplified. Null when there is none.
 */
function projectTitle(model: Pick<BudgetModel, "headingText" | "sheetNames">): string | null {
  const sheetNames = new Set(model.sheetNames.map((n) => toSimplified(compact(toHalfWidth(n)))));
  const lines = model.headingText
    .split("\n")
    .map((l) => toSimplified(compact(toHalfWidth(l))).replace(PROJECT_NAME_LABEL, ""));
  // A name says what it is about: a project, system, platform or works ("投资估算表" alone is no name).
  const named = (l: string) => (l.match(/[\u4e00-\u9fff]/g) ?? []).length >= 4 && NAME_WORD.test(l);
  const rows = lines.filter((l) => l && !sheetNames.has(l) && !NOT_A_NAME.test(l));
  return rows.find(named) ?? lines.find(named) ?? null;
}

/** The title without a leading year, a trailing "(单位:万元)" and the table words the pack lists (投资估算表 …). */
function projectName(title: string, strip: readonly string[]): string {
  let name = title.replace(/\((?:单位|金额单位)[^)]*\)$/, "").replace(/^(?:19|20)\d{2}年度?/, "");
  const suffixes = strip.map((s) => toSimplified(compact(toHalfWidth(s)))).sort((a, b) => b.length - a.length);
  for (let changed = true; changed;) {
    changed = false;
    for (const s of suffixes) {
      if (s && name.endsWith(s) && name.length > s.length) {
        name = name.slice(0, -s.length);
        changed = true;
      }
    }
  }
  return name;
}

export interface NamingParams {
  when?: Condition;
  /** must-match: the name should match one of the patterns; must-not-match: it should match none. */
  mode: "must-match" | "must-not-match";
  /** Regular expressions (Unicode) on the project name, brackets written half-width: "系统建设项目\\(升级改造\\)$". */
  patterns: string[];
  /** Table words stripped from the end of the title before matching (投资估算表, 预算表 …). */
  strip?: string[];
  /** Also (or only) test the profile's unit_name (建设单位) with these patterns. */
  unitNamePatterns?: string[];
  message: string;
}

const compiled = new Map<string, RegExp>();
function regex(p: string): RegExp {
  let r = compiled.get(p);
  if (!r) compiled.set(p, (r = new RegExp(p, "u")));
  return r;
}

/** Naming patterns on the project name (and the building unit's name): a naming rule or a place-name test. */
const naming: RuleImplementation<NamingParams> = {
  id: "generic.naming",
  scope: "sheet",
  paramsSchema: closedObject(
    {
      when: CONDITION,
      mode: { enum: ["must-match", "must-not-match"] },
      patterns: { type: "array", items: { type: "string", pattern: "\\S" }, minItems: 1 },
      strip: WORDS,
      unitNamePatterns: { type: "array", items: { type: "string", pattern: "\\S" }, minItems: 1 },
      message: MESSAGE_ID,
    },
    ["when", "strip", "unitNamePatterns"],
  ),
  check(ctx, params) {
    const ev = evaluate(ctx, params.when);
    if (!ev.holds) return [];
    const title = projectTitle(ctx.model);
    const name = title ? projectName(title, params.strip ?? []) : null;
    const unit = ctx.overrides.unitName ? matchText(ctx.overrides.unitName) : null;
    const nameHit = name !== null && params.patterns.some((p) => regex(p).test(name));
    const unitHit =
      unit !== null &&
      (params.unitNamePatterns ?? []).some((p) =>
        regex(toSimplified(p)).test(toSimplified(ctx.overrides.unitName!.trim())),
      );
    const args = { ...ev.args, name: { text: name ?? "" }, unitName: { text: ctx.overrides.unitName ?? "" } };
    if (params.mode === "must-match") {
      if (name === null || nameHit) return [];
      return [messageDraft(ctx, params.message, args, { line: null })];
    }
    if (!nameHit && !unitHit) return [];
    return [messageDraft(ctx, params.message, args, { line: null })];
  },
};

export const namingRules: RuleImplementation<never>[] = [naming] as RuleImplementation<never>[];

/** The system a project name is about: the name up to its last 系统 / 平台 ("××平台一期建设项目" → "××平台"), else null. */
function systemOf(name: string): string | null {
  const m = /^(.*(?:系统|平台))/u.exec(name);
  return m && m[1].length >= 4 ? m[1] : null;
}

export interface SplitSuspectParams {
  when?: Condition;
  strip?: string[];
  message: string;
}

/**
 * Several workbooks of one run that name the same system (不得拆分申报): a reminder. The other workbooks' titles come
 * from the caller (ProfileOverrides.runTitles, set by the CLI for a multi-file run); a single workbook never fires.
 */
const splitSuspect: RuleImplementation<SplitSuspectParams> = {
  id: "generic.split-suspect",
  scope: "sheet",
  paramsSchema: closedObject({ when: CONDITION, strip: WORDS, message: MESSAGE_ID }, ["when", "strip"]),
  check(ctx, params) {
    const others = ctx.overrides.runTitles ?? [];
    if (!others.length) return [];
    const ev = evaluate(ctx, params.when);
    if (!ev.holds) return [];
    const title = projectTitle(ctx.model);
    const system = title ? systemOf(projectName(title, params.strip ?? [])) : null;
    if (!system) return [];
    const same = others.filter(
      (t) => systemOf(projectName(toSimplified(compact(toHalfWidth(t))), params.strip ?? [])) === system,
    );
    if (!same.length) return [];
    return [
      messageDraft(
        ctx,
        params.message,
        { ...ev.args, system: { text: system }, count: { number: same.length + 1 } },
        { line: null },
      ),
    ];
  },
};

namingRules.push(splitSuspect as RuleImplementation<never>);
