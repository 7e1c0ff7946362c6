import type { BudgetLine, Category } from "../model/types";
import { quoteText } from "../quote";
import { EFFORT_UNIT } from "../parse/effort-units";

/**
 * domain.md §3.10: a line no keyword matches is classified from the evidence a reviewer uses before it falls to
 * `other` — how it is bought (unit, quantity, price), whether it has a 规格/型号, and what its name says it is.
 */
export interface EvidenceCategory {
  category: Category;
  /** What decided it, for the finding and the pane ("单位“台”、数量与单价"). */
  evidence: string;
  evidenceEn: string;
}

const GOODS_UNITS = /^(台|套|个|块|副|只|部|组|对|支|把|根|面|张|件|樘|扇|顶|具|座|箱|卷|盘|片|颗|路|列|架|排|节|端)$/;
const LICENCE_UNITS = /^(套|授权|许可|个|节点|用户|点|license|licence|份|年)$/i;
const SERVICE_UNITS = /^(项|年|月|次|人天|人日|天|期|批|季)$/;
const SOFTWARE_NAME = /软件|系统|平台/;
const NOT_A_PRODUCT = /开发|定制|服务|实施|运维|维护|改造|建设|升级|对接|集成|部署/;
const SOFTWARE_LICENCE = /授权|许可|license|licence/i;
const SERVICE_NAME = /服务|费$|费用$/;

function unitOf(line: BudgetLine): string {
  return line.unitLabel.replace(/\s/g, "");
}

/** A unit as quoted in a message: short, whatever the cell held. */
function shown(unit: string): string {
  return quoteText(unit, 10);
}

/** A name that says 软件/系统/平台 (not 开发, not 服务), bought by 套/授权/许可: product software. */
function softwareProduct(line: BudgetLine): EvidenceCategory | null {
  if (!SOFTWARE_NAME.test(line.name) || NOT_A_PRODUCT.test(line.name)) return null;
  const unit = unitOf(line);
  if (SOFTWARE_LICENCE.test(line.name) || LICENCE_UNITS.test(unit)) {
    return {
      category: "product-software",
      evidence: `名称含“软件/系统/平台”，按“${shown(unit) || "授权"}”购置`,
      evidenceEn: `named as software, bought per "${shown(unit) || "licence"}"`,
    };
  }
  return null;
}

/** Goods: counted in 台/套/个/块/副 with a quantity and a unit price, or described by a 规格/型号 — hardware. */
function goods(line: BudgetLine): EvidenceCategory | null {
  if (/软件/.test(line.name) || SERVICE_NAME.test(line.name)) return null;
  const unit = unitOf(line);
  const priced = Boolean(line.quantity && line.unitPrice);
  if (GOODS_UNITS.test(unit) && priced) {
    return {
      category: "hardware",
      evidence: `单位“${unit}”、有数量和单价`,
      evidenceEn: `bought by the "${unit}" with a quantity and unit price`,
    };
  }
  if (
    line.spec &&
    /型号|[A-Za-z]+[-\d]|\d+\s*(U|G|T|核|口|寸|W|KVA|kva)/i.test(line.spec) &&
    (priced || GOODS_UNITS.test(unit))
  ) {
    return {
      category: "hardware",
      evidence: `规格型号“${quoteText(line.spec, 20)}”`,
      evidenceEn: `a model/specification "${quoteText(line.spec, 20)}"`,
    };
  }
  return null;
}

/** A service (服务/费 by 项/年/月) stays `other` unless a category names it; the evidence is said all the same. */
function service(line: BudgetLine): EvidenceCategory | null {
  const unit = unitOf(line);
  if (SERVICE_NAME.test(line.name) && (SERVICE_UNITS.test(unit) || !unit)) {
    return {
      category: "other",
      evidence: `服务类费用（单位“${unit || "无"}”）`,
      evidenceEn: `a service (unit "${unit || "none"}")`,
    };
  }
  return null;
}

/** Staff on site or operations billed per 人月 are a service, not development. */
const NOT_DEVELOPMENT = /驻场|运维|运行维护|维护|维保|值守|巡检|客服|坐席|服务/;

/** Work counted in 人月 / 人天 / 工日 (its unit, or a 人月 column) that no keyword names: development. */
function effort(line: BudgetLine): EvidenceCategory | null {
  if (NOT_DEVELOPMENT.test(`${line.name} ${line.spec}`)) return null;
  const unit = unitOf(line);
  if (EFFORT_UNIT.test(unit))
    return {
      category: "development",
      evidence: `按“${shown(unit)}”计工作量`,
      evidenceEn: `effort counted in "${shown(unit)}"`,
    };
  if (line.personMonths && line.personMonths.source !== "text")
    return { category: "development", evidence: "列有人月数", evidenceEn: "a person-month count is given" };
  return null;
}

export function categoryFromEvidence(line: BudgetLine): EvidenceCategory | null {
  return effort(line) ?? softwareProduct(line) ?? goods(line) ?? service(line);
}
