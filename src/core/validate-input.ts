import Decimal from "decimal.js";
import type { BudgetModel, ProfileOverrides } from "./model/types";
import type { Finding } from "./model/finding";
import { CATEGORIES } from "./model/types";
import type { StandardPack } from "./standards/types";
import { CoreInputError } from "./errors";
import { decimalInRange } from "./parse/bounds";
import { quoteText } from "./quote";

const KINDS = ["construction", "upgrade", "om", "service"];
const SYSTEMS = ["oa", "video-conference", "website", "server-room", "info-release", "hotline", "other"];
const TIERS = ["small", "medium", "large"];

const checkedPacks = new WeakSet<object>();

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/**
 * A pack as loadStandard returns it: the fields every audit reads are there with their types. The full validation
 * (schema, rule params) is loadStandard's; this only keeps a wrong argument from failing deep inside a rule.
 */
export function checkPack(pack: unknown): StandardPack {
  if (typeof pack === "object" && pack !== null && checkedPacks.has(pack)) return pack as StandardPack;
  const missing = (field: string) =>
    new CoreInputError(
      `标准包参数无效：缺少或类型不对的字段 ${field}（请传入 loadStandard 返回的标准包）`,
      `Invalid standards pack argument: ${field} is missing or of the wrong type (pass the pack loadStandard returns)`,
    );
  if (!isObject(pack)) throw missing("(整个标准包 / the whole pack)");
  if (typeof pack.id !== "string") throw missing("id");
  if (!isObject(pack.rules)) throw missing("rules");
  if (!isObject(pack.categories)) throw missing("categories");
  const tolerance = pack.tolerance;
  if (!isObject(tolerance) || typeof tolerance.absolute !== "string" || typeof tolerance.relative !== "string")
    throw missing("tolerance");
  const bases = pack.bases;
  if (!isObject(bases)) throw missing("bases");
  for (const b of ["construction", "purchase", "hardware", "excludedFromProjectAmount"])
    if (!Array.isArray(bases[b])) throw missing(`bases.${b}`);
  const classes = pack.hardwareClasses;
  if (!isObject(classes) || !isObject(classes.classes)) throw missing("hardwareClasses");
  const profile = pack.profile;
  if (!isObject(profile) || !isObject(profile.kind) || !isObject(profile.system) || !isObject(profile.tier))
    throw missing("profile");
  if (!isObject(pack.softwareTypes)) throw missing("softwareTypes");
  if (!isObject(pack.complexity)) throw missing("complexity");
  if (!Array.isArray(pack.maintenanceWords)) throw missing("maintenanceWords");
  if (!Array.isArray(pack.securityMaintenanceWords)) throw missing("securityMaintenanceWords");
  checkedPacks.add(pack);
  return pack as unknown as StandardPack;
}

function badOverride(field: string, zh: string, en: string): CoreInputError {
  return new CoreInputError(`覆盖项 ${field} 无效：${zh}`, `Invalid override ${field}: ${en}`);
}

/** The user's overrides (CLI flags, task pane choices): each field absent or of its type and range. */
export function checkOverrides(overrides: unknown): ProfileOverrides {
  if (overrides === undefined || overrides === null) return {};
  if (!isObject(overrides)) throw badOverride("(整体 / all)", "应为对象", "must be an object");
  const o = overrides as Record<string, unknown>;
  const oneOf = (field: string, allowed: readonly string[], nullable = false) => {
    const v = o[field];
    if (v === undefined || (nullable && v === null)) return;
    if (typeof v !== "string" || !allowed.includes(v)) {
      throw badOverride(
        field,
        `取值应为 ${allowed.join(" / ")} 之一，实际是 ${quoteText(String(v))}`,
        `must be one of ${allowed.join(" / ")}, not ${quoteText(String(v))}`,
      );
    }
  };
  oneOf("kind", KINDS);
  oneOf("system", SYSTEMS);
  oneOf("tier", TIERS, true);
  const last = o.lastYearOm;
  if (last !== undefined && last !== null) {
    if (
      !Decimal.isDecimal(last) ||
      !decimalInRange(last as Decimal) ||
      ((last as Decimal).isNegative() && !(last as Decimal).isZero())
    ) {
      throw badOverride(
        "lastYearOm",
        "上年运维金额应为 0 至 1e15 元之间的数（Decimal）",
        "last year's O&M amount must be a Decimal between 0 and 1e15 元",
      );
    }
  }
  const cats = o.lineCategories;
  if (cats !== undefined && cats !== null) {
    if (!isObject(cats))
      throw badOverride("lineCategories", "应为“行 id → 类别”的对象", "must be an object of line id → category");
    for (const [id, c] of Object.entries(cats)) {
      if (typeof c !== "string" || !(CATEGORIES as readonly string[]).includes(c)) {
        throw badOverride(
          `lineCategories[${quoteText(id)}]`,
          `不是已知的费用类别：${quoteText(String(c))}`,
          `not a known category: ${quoteText(String(c))}`,
        );
      }
    }
  }
  return o as ProfileOverrides;
}

/** A model as buildModel returns it (auditModel and planApproval take one). */
export function checkModel(model: unknown): BudgetModel {
  const m = model as Partial<BudgetModel> | null;
  if (
    !isObject(m) ||
    !Array.isArray(m.lines) ||
    !Array.isArray(m.sheetNames) ||
    !Array.isArray(m.subtotals) ||
    !Array.isArray(m.issues) ||
    !isObject(m.profile)
  ) {
    throw new CoreInputError(
      "预算模型参数无效：请传入 buildModel（或 audit）返回的模型",
      "Invalid budget model argument: pass the model buildModel (or audit) returns",
    );
  }
  return m as BudgetModel;
}

/** Findings as audit returns them (planFlags takes them). */
export function checkFindings(findings: unknown): readonly Finding[] {
  if (!Array.isArray(findings) || findings.some((f) => !isObject(f))) {
    throw new CoreInputError(
      "发现项参数无效：应为 audit 返回的 findings 数组",
      "Invalid findings argument: pass the findings array audit returns",
    );
  }
  return findings as Finding[];
}
