import type { AdjustMode } from "../model/adjustment";
import type { Category, HardwareClass, ProjectKind, SystemType, Tier } from "../model/types";
import type { Severity } from "../model/finding";

/** Money as written in a pack: a decimal string with its unit, e.g. { "value": "2", "unit": "万元" }. */
export interface PackMoney {
  value: string;
  unit: "元" | "万元";
}

/** One rule as configured by a pack. `uses` names the implementation; it defaults to the rule's own id. */
export interface PackRule {
  uses?: string;
  severity: Severity;
  citation: string;
  citationEn?: string;
  /** Implementation-specific numbers and keyword lists; validated against the implementation's schema. */
  params?: Record<string, unknown>;
  enabled?: boolean;
  /** How an error finding of the rule adjusts 审定 (domain.md §6 "Other packs"); "none" when absent. */
  adjust?: AdjustMode;
}

export interface StandardPack {
  id: string;
  title: string;
  titleEn?: string;
  jurisdiction: string;
  /** Short names of the documents the citations refer to. */
  documents: Record<string, string>;
  /** Arithmetic tolerance: `absolute` in the sheet's unit, `relative` of the line; the larger applies. */
  tolerance: { absolute: string; relative: string };
  /** Keywords per category, matched on a line's name (and spec/remark), longest keyword first. */
  categories: Partial<Record<Category, string[]>>;
  /** Categories that make up the bases of the fee rules (domain.md §3). */
  bases: {
    /** 项目建设费 */
    construction: Category[];
    /** 软硬件购置费 */
    purchase: Category[];
    /** hardware share for review routes */
    hardware: Category[];
    /** excluded from 建设金额 */
    excludedFromProjectAmount: Category[];
  };
  hardwareClasses: {
    default: HardwareClass;
    /** `rate` is the maintenance cap of the class; a pack with no maintenance rates (any but Yangpu) leaves it out. */
    classes: Record<HardwareClass, { rate?: string; devices: string[] }>;
  };
  softwareTypes: { tool: string[]; domestic: string[] };
  complexity: { simple: string[]; complex: string[]; "very-complex": string[] };
  /** Words in maintenance lines that mark them as maintenance (维护, 维保 ...). */
  maintenanceWords: string[];
  /** Words that make a maintenance line a security-device daily maintenance line. */
  securityMaintenanceWords: string[];
  /** Inference keywords for the project profile, matched on titles and sheet names. */
  profile: {
    kind: Record<ProjectKind, string[]>;
    system: Record<Exclude<SystemType, "other">, string[]>;
    tier: Record<Tier, string[]>;
  };
  rules: Record<string, PackRule>;
  /** "draft": a text not yet in force (征求意见稿); its findings never set exit code 1 (see exitSeverity). */
  status?: "in-force" | "draft";
  /** Place words that name the pack's district in a title, 编制单位 or sheet name (杨浦, 青浦 …), for choosePack. */
  places?: string[];
  /**
   * The profile values (district-packs.md §0.4 names: approved_total, review_route …) the pack's rules use: the
   * pane and the CLI help show only these. Every value a rule's params name must be listed here.
   */
  profileValues?: string[];
  /** Message templates by id: zh-CN and en-US, with {name} placeholders (src/core/standards/messages.ts). */
  messages?: Record<string, { "zh-CN": string; "en-US": string }>;
}
