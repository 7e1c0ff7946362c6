import type { StandardPack } from "./types";
import type { Bilingual } from "./pack-messages";
import { quote } from "./pack-messages";
import { PROFILE_VALUES } from "../profile/profile-values";
import { findImplementation } from "../rules/registry";

/** A problem the schemas cannot see: where (a JSON path) and what. */
export interface DataProblem {
  field: string;
  detail: Bilingual;
}

const esc = (s: string) => s.replace(/~/g, "~0").replace(/\//g, "~1");

/** Walks a rule's params, calling `visit` with each key, value and JSON path. */
function walk(
  value: unknown,
  path: string,
  visit: (key: string, v: unknown, path: string, parentKey: string) => void,
  parentKey = "",
): void {
  if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}/${i}`, visit, parentKey));
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      const p = `${path}/${esc(k)}`;
      visit(k, v, p, parentKey);
      walk(v, p, visit, k);
    }
  }
}

/**
 * Cross-checks of a pack's data (messages as data, generic rule kinds): every message a rule names exists, and so
 * does every message an implementation is worded in (its `messages`, as `<entry id><suffix>`); every
 * pattern compiles; every profile value a rule uses is a §0.4 name the pack lists in `profileValues`; classes carry
 * rates where a maintenance-rate rule runs; a draft pack has no error severity. The first problem, or null.
 */
export function checkPackData(pack: StandardPack): DataProblem | null {
  const declared = new Set(pack.profileValues ?? []);
  const isRateRule = (id: string) => id === "om.hardware-rate" || id === "om.hardware-class-defaulted";
  for (const [ruleId, entry] of Object.entries(pack.rules)) {
    const base = `/rules/${esc(ruleId)}`;
    if (pack.status === "draft" && entry.severity === "error") {
      return {
        field: `${base}/severity`,
        detail: {
          zh: "草案（status 为 draft）的标准包不能有 error 级规则",
          en: "a draft pack (status draft) cannot have error severities",
        },
      };
    }
    if (entry.enabled !== false && isRateRule(entry.uses ?? ruleId)) {
      for (const [cls, c] of Object.entries(pack.hardwareClasses.classes)) {
        if (c.rate === undefined) {
          return {
            field: `/hardwareClasses/classes/${cls}/rate`,
            detail: {
              zh: `缺失：规则 ${quote(ruleId)} 需要每类设备的维护费率`,
              en: `is missing: rule ${quote(ruleId)} needs each device class's maintenance rate`,
            },
          };
        }
      }
    }
    if (entry.enabled !== false) {
      const problem = checkAdjust(pack, ruleId);
      if (problem) return problem;
      for (const suffix of findImplementation(entry.uses ?? ruleId)?.messages ?? []) {
        if (!pack.messages?.[`${ruleId}${suffix}`]) {
          return {
            field: base,
            detail: {
              zh: `缺失：规则的消息 ${quote(`${ruleId}${suffix}`)} 不在 messages 中`,
              en: `is missing: the rule's message ${quote(`${ruleId}${suffix}`)} is not in messages`,
            },
          };
        }
      }
    }
    let problem: DataProblem | null = null;
    walk(entry.params ?? {}, `${base}/params`, (key, v, path, parentKey) => {
      if (problem) return;
      if ((key === "message" || key.endsWith("Message")) && typeof v === "string" && !pack.messages?.[v]) {
        problem = {
          field: path,
          detail: {
            zh: `引用的消息 ${quote(v)} 不在 messages 中`,
            en: `names the message ${quote(v)}, which is not in messages`,
          },
        };
      } else if ((key === "patterns" || key === "unitNamePatterns") && Array.isArray(v)) {
        v.forEach((p, i) => {
          if (problem || typeof p !== "string") return;
          try {
            new RegExp(p, "u");
          } catch {
            problem = {
              field: `${path}/${i}`,
              detail: { zh: `不是有效的正则表达式：${quote(p)}`, en: `is not a valid regular expression: ${quote(p)}` },
            };
          }
        });
      } else if (pack.status === "draft" && key === "severity" && v === "error") {
        problem = {
          field: path,
          detail: {
            zh: "草案（status 为 draft）的标准包不能有 error 级",
            en: "a draft pack (status draft) cannot use error severities",
          },
        };
      } else {
        const names: string[] = [];
        if ((parentKey === "profile" || parentKey === "unlessProfile") && !Array.isArray(v)) names.push(key);
        if ((key === "of" || key === "per" || key === "from") && typeof v === "string" && v !== "total") names.push(v);
        if (key === "plus" && Array.isArray(v))
          names.push(...v.filter((n): n is string => typeof n === "string" && n !== "total"));
        for (const n of names) {
          if (!(n in PROFILE_VALUES)) {
            problem = {
              field: path,
              detail: {
                zh: `不是已知的项目属性：${quote(n)}（见 district-packs.md §0.4）`,
                en: `is not a known profile value: ${quote(n)} (see district-packs.md §0.4)`,
              },
            };
          } else if (!declared.has(n)) {
            problem = {
              field: path,
              detail: {
                zh: `使用了项目属性 ${quote(n)}，但标准包的 profileValues 未列出`,
                en: `uses the profile value ${quote(n)}, which the pack's profileValues does not list`,
              },
            };
          }
          if (problem) return;
        }
      }
    });
    if (problem) return problem;
  }
  return null;
}

/**
 * An entry's `adjust` must be one its implementation can make — `cap` only where the rule has its own cap, `zero`
 * only where its findings are about lines — and the pack must word the reasons (`<id>.approved…`).
 */
function checkAdjust(pack: StandardPack, ruleId: string): DataProblem | null {
  const entry = pack.rules[ruleId];
  const impl = findImplementation(entry.uses ?? ruleId);
  const field = `/rules/${esc(ruleId)}/adjust`;
  if (!impl || !entry.adjust || entry.adjust === "none") return null;
  if (entry.adjust === "cap" && !impl.cap) {
    return {
      field,
      detail: {
        zh: `为 "cap"，但规则实现 ${quote(impl.id)} 没有自己的核定上限：只能为 "zero" 或 "none"`,
        en: `is "cap", but the implementation ${quote(impl.id)} has no cap of its own: use "zero" or "none"`,
      },
    };
  }
  if (entry.adjust === "zero" && impl.scope !== "line") {
    return {
      field,
      detail: {
        zh: `为 "zero"，但规则实现 ${quote(impl.id)} 的结果不针对具体行：只能为 "none"`,
        en: `is "zero", but the findings of ${quote(impl.id)} are not about single lines: use "none"`,
      },
    };
  }
  const suffixes = entry.adjust === "cap" ? (impl.cap?.messages ?? []) : [".approved"];
  for (const suffix of suffixes) {
    if (!pack.messages?.[`${ruleId}${suffix}`]) {
      return {
        field,
        detail: {
          zh: `缺失核定理由的消息 ${quote(`${ruleId}${suffix}`)}（messages 中）`,
          en: `needs the message ${quote(`${ruleId}${suffix}`)} for the approval's reason (in messages)`,
        },
      };
    }
  }
  return null;
}
