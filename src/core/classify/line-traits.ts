import type { BudgetLine, Complexity, HardwareClass, SoftwareType } from "../model/types";
import type { StandardPack } from "../standards/types";
import { KeywordMatcher, WordSet, cached, fold } from "./keyword-matcher";

const classMatchers = new WeakMap<StandardPack, KeywordMatcher<HardwareClass>>();
const complexityMatchers = new WeakMap<StandardPack, KeywordMatcher<Complexity>>();

function textOf(line: BudgetLine): string {
  return `${line.name} ${line.spec} ${line.remark} ${line.otherText}`;
}

/** 三(三)1(1): the device class by the longest device keyword in the name (then spec); none → the pack default ("及其它"). */
export function hardwareClassOf(line: BudgetLine, pack: StandardPack): NonNullable<BudgetLine["hardwareClass"]> {
  const matcher = cached(
    classMatchers,
    pack,
    () =>
      new KeywordMatcher(
        (Object.entries(pack.hardwareClasses.classes) as [HardwareClass, { devices: string[] }][]).map(
          ([cls, c]) => [cls, c.devices] as [HardwareClass, string[]],
        ),
      ),
  );
  const m = matcher.match(line.name) ?? matcher.match(line.spec);
  return m
    ? { cls: m.value, defaulted: false, keyword: m.keyword }
    : { cls: pack.hardwareClasses.default, defaulted: true };
}

const softwareWords = new WeakMap<StandardPack, { tool: WordSet; domestic: WordSet }>();

export function softwareTypeOf(line: BudgetLine, pack: StandardPack): SoftwareType {
  const words = cached(softwareWords, pack, () => ({
    tool: new WordSet(pack.softwareTypes.tool),
    domestic: new WordSet(pack.softwareTypes.domestic),
  }));
  const t = fold(textOf(line));
  const tool = words.tool.inFolded(t);
  const domestic = words.domestic.inFolded(t);
  return tool && domestic ? "tool-domestic" : tool ? "tool" : domestic ? "domestic" : "unknown";
}

/** 非常复杂 before 复杂 (longest first); 复杂 alone counts as 较复杂 (domain.md §3.4). */
export function complexityOf(line: BudgetLine, pack: StandardPack): Complexity | null {
  const matcher = cached(
    complexityMatchers,
    pack,
    () => new KeywordMatcher(Object.entries(pack.complexity) as [Complexity, string[]][]),
  );
  return matcher.match(textOf(line))?.value ?? null;
}

const LEVEL_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5 };

/** "三级等保测评" → 3, "等级保护（第二级）" → 2; null when the text does not say. */
export function dengbaoLevelOf(line: BudgetLine): number | null {
  const m = /(?:第)?([一二三四五1-5])级/.exec(textOf(line));
  if (!m) return null;
  return LEVEL_DIGITS[m[1]] ?? Number(m[1]);
}
