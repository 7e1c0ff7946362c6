import Decimal from "decimal.js";
import type { Complexity } from "../model/types";
import type { Severity } from "../model/finding";
import type { FindingDraft, RuleImplementation } from "./types";
import { formatPercent } from "../money";
import { RATIO, SEVERITY, closedObject } from "./schema-parts";
import { chargedRate, otherCells, overCap } from "./om-rate";
import { quoteText } from "../quote";

const securityDeviceRate: RuleImplementation<{ maxRate: string }> = {
  id: "om.security-device-rate",
  scope: "line",
  measure: "ratio",
  paramsSchema: closedObject({ maxRate: RATIO }),
  check({ model, pack, facts }, params) {
    const cap = new Decimal(params.maxRate);
    const out: FindingDraft[] = [];
    for (const line of facts.linesByCategory.get("om-security-device") ?? []) {
      const charged = chargedRate(line, line.purchase);
      if (!charged || !overCap(charged, line.purchase, cap, pack, model.profile.unit)) continue;
      out.push({
        line,
        cell: charged.cell,
        cells: otherCells(line, charged.cell),
        message: `“${quoteText(line.name)}”安全设备日常运行维护费为购置金额的 ${formatPercent(charged.rate)}，超过上限 ${formatPercent(cap)}`,
        messageEn: `"${quoteText(line.name)}": security device maintenance at ${formatPercent(charged.rate)} of the purchase price exceeds ${formatPercent(cap)}`,
        actual: charged.rate.toDecimalPlaces(6),
        limit: cap,
        capRate: cap,
      });
    }
    return out;
  },
};

interface ProductParams {
  toolMaxRate: string;
  domesticMaxRate: string;
  unknownSeverity: Severity;
}

/** 三(三)1(3): 工具类 ≤ 5%, 国产 ≤ 10% (tool software that is also domestic: 5%); other software must justify its rate. */
const productSoftwareRate: RuleImplementation<ProductParams> = {
  id: "om.product-software-rate",
  scope: "line",
  measure: "ratio",
  paramsSchema: closedObject({ toolMaxRate: RATIO, domesticMaxRate: RATIO, unknownSeverity: SEVERITY }),
  check({ model, pack, facts }, params) {
    const out: FindingDraft[] = [];
    for (const line of facts.linesByCategory.get("om-product-software") ?? []) {
      const charged = chargedRate(line, line.purchase);
      if (!charged || charged.rate.lte(0)) continue;
      const type = line.softwareType ?? "unknown";
      if (type === "unknown") {
        out.push({
          line,
          cell: charged.cell,
          cells: otherCells(line, charged.cell),
          severity: params.unknownSeverity,
          message: `“${quoteText(line.name)}”维护费率 ${formatPercent(charged.rate)}：既非工具类也非国产软件，费率须按服务内容说明依据`,
          messageEn: `"${quoteText(line.name)}": maintenance at ${formatPercent(charged.rate)} for software that is neither a tool nor domestic; the rate must be justified by its content`,
          actual: charged.rate.toDecimalPlaces(6),
        });
        continue;
      }
      const cap = new Decimal(type === "domestic" ? params.domesticMaxRate : params.toolMaxRate);
      if (!overCap(charged, line.purchase, cap, pack, model.profile.unit)) continue;
      const kind = type === "domestic" ? "国产软件" : "工具类软件";
      out.push({
        line,
        cell: charged.cell,
        cells: otherCells(line, charged.cell),
        message: `“${quoteText(line.name)}”为${kind}，维护费率 ${formatPercent(charged.rate)} 超过上限 ${formatPercent(cap)}`,
        messageEn: `"${quoteText(line.name)}" (${type === "domestic" ? "domestic" : "tool"} software): maintenance at ${formatPercent(charged.rate)} exceeds ${formatPercent(cap)}`,
        actual: charged.rate.toDecimalPlaces(6),
        limit: cap,
        capRate: cap,
      });
    }
    return out;
  },
};

interface AppParams {
  rates: Record<Complexity, string>;
  unknownSeverity: Severity;
}
const COMPLEXITY_ZH: Record<Complexity, string> = { simple: "简单", complex: "较复杂", "very-complex": "非常复杂" };

/** 三(三)1(4): application maintenance by complexity, 7% / 12% / 20% of the original development cost. */
const appSoftwareRate: RuleImplementation<AppParams> = {
  id: "om.app-software-rate",
  scope: "line",
  measure: "ratio",
  paramsSchema: closedObject({
    rates: closedObject({ simple: RATIO, complex: RATIO, "very-complex": RATIO }),
    unknownSeverity: SEVERITY,
  }),
  check({ model, pack, facts }, params) {
    const unit = model.profile.unit;
    const rates = Object.values(params.rates).map((r) => new Decimal(r));
    const lowest = Decimal.min(...rates);
    const highest = Decimal.max(...rates);
    const out: FindingDraft[] = [];
    for (const line of facts.linesByCategory.get("om-app-software") ?? []) {
      // 原开发费; a sheet that lists applications under 原值 gives the same base there.
      const base = line.devCost ?? line.purchase;
      const charged = chargedRate(line, base);
      if (!charged) continue;
      const complexity = line.complexity ?? null;
      const cap = complexity ? new Decimal(params.rates[complexity]) : highest;
      const label = complexity ? `${COMPLEXITY_ZH[complexity]}系统` : "未注明复杂程度的系统（按最高档）";
      if (overCap(charged, base, cap, pack, unit)) {
        out.push({
          line,
          cell: charged.cell,
          cells: otherCells(line, charged.cell),
          message: `“${quoteText(line.name)}”应用软件运维费为原开发费的 ${formatPercent(charged.rate)}，超过${label}上限 ${formatPercent(cap)}`,
          messageEn: `"${quoteText(line.name)}": application maintenance at ${formatPercent(charged.rate)} of the development cost exceeds the ${complexity ?? "highest"} cap of ${formatPercent(cap)}`,
          actual: charged.rate.toDecimalPlaces(6),
          limit: cap,
          capRate: cap,
        });
      } else if (!complexity && overCap(charged, base, lowest, pack, unit)) {
        out.push({
          line,
          cell: charged.cell,
          cells: otherCells(line, charged.cell),
          severity: params.unknownSeverity,
          message: `“${quoteText(line.name)}”应用软件运维费为原开发费的 ${formatPercent(charged.rate)}，高于简单系统的 ${formatPercent(lowest)}，请注明系统复杂程度（简单/较复杂/非常复杂）`,
          messageEn: `"${quoteText(line.name)}": application maintenance at ${formatPercent(charged.rate)} is above the ${formatPercent(lowest)} for simple systems; state the system's complexity`,
          actual: charged.rate.toDecimalPlaces(6),
          limit: lowest,
        });
      }
    }
    return out;
  },
};

export const omSoftwareRules = [securityDeviceRate, productSoftwareRate, appSoftwareRate];
