import { rateBase } from "../money";
import Decimal from "decimal.js";
import type { Complexity } from "../model/types";
import type { Severity } from "../model/finding";
import type { FindingDraft, RuleImplementation } from "./types";
import { RATIO, SEVERITY, closedObject } from "./schema-parts";
import { chargedRate, otherCells, overCap, rateCapper, type RateFacts } from "./om-rate";
import { quoteText } from "../quote";
import { entryDraft } from "./generic-message";

const securityDeviceRate: RuleImplementation<{ maxRate: string }, RateFacts> = {
  id: "om.security-device-rate",
  scope: "line",
  measure: "ratio",
  paramsSchema: closedObject({ maxRate: RATIO }),
  messages: [""],
  check(ctx, params) {
    const { model, pack, facts } = ctx;
    const cap = new Decimal(params.maxRate);
    const out: FindingDraft<RateFacts>[] = [];
    for (const line of facts.linesByCategory.get("om-security-device") ?? []) {
      const base = rateBase(line);
      const charged = chargedRate(line, base);
      if (!charged || !overCap(charged, base, cap, pack, model.profile.unit)) continue;
      out.push(
        entryDraft(
          ctx,
          "",
          { name: { text: quoteText(line.name) }, rate: { ratio: charged.rate }, cap: { ratio: cap } },
          {
            line,
            cell: charged.cell,
            cells: otherCells(line, charged.cell),
            actual: charged.rate.toDecimalPlaces(6),
            limit: cap,
            capRate: cap,
            capFacts: { capRate: cap, base, rate: line.rate ?? null, reason: { suffix: ".approved", args: {} } },
          },
        ),
      );
    }
    return out;
  },
  cap: rateCapper([".approved"]),
};

interface ProductParams {
  toolMaxRate: string;
  domesticMaxRate: string;
  unknownSeverity: Severity;
}

/** 三(三)1(3): 工具类 ≤ 5%, 国产 ≤ 10% (tool software that is also domestic: 5%); other software must justify its rate. */
const productSoftwareRate: RuleImplementation<ProductParams, RateFacts> = {
  id: "om.product-software-rate",
  scope: "line",
  measure: "ratio",
  paramsSchema: closedObject({ toolMaxRate: RATIO, domesticMaxRate: RATIO, unknownSeverity: SEVERITY }),
  /** `.unknown`: neither kind, the rate needs a reason; `.tool` / `.domestic`: over that kind's cap. */
  messages: [".unknown", ".tool", ".domestic"],
  check(ctx, params) {
    const { model, pack, facts } = ctx;
    const out: FindingDraft<RateFacts>[] = [];
    for (const line of facts.linesByCategory.get("om-product-software") ?? []) {
      const base = rateBase(line);
      const charged = chargedRate(line, base);
      if (!charged || charged.rate.lte(0)) continue;
      const type = line.softwareType ?? "unknown";
      if (type === "unknown") {
        out.push(
          entryDraft(
            ctx,
            ".unknown",
            { name: { text: quoteText(line.name) }, rate: { ratio: charged.rate } },
            {
              line,
              cell: charged.cell,
              cells: otherCells(line, charged.cell),
              severity: params.unknownSeverity,
              actual: charged.rate.toDecimalPlaces(6),
            },
          ),
        );
        continue;
      }
      const cap = new Decimal(type === "domestic" ? params.domesticMaxRate : params.toolMaxRate);
      if (!overCap(charged, base, cap, pack, model.profile.unit)) continue;
      out.push(
        entryDraft(
          ctx,
          type === "domestic" ? ".domestic" : ".tool",
          { name: { text: quoteText(line.name) }, rate: { ratio: charged.rate }, cap: { ratio: cap } },
          {
            line,
            cell: charged.cell,
            cells: otherCells(line, charged.cell),
            actual: charged.rate.toDecimalPlaces(6),
            limit: cap,
            capRate: cap,
            capFacts: {
              capRate: cap,
              base,
              rate: line.rate ?? null,
              reason: { suffix: `.approved.${type === "domestic" ? "domestic" : "tool"}`, args: {} },
            },
          },
        ),
      );
    }
    return out;
  },
  cap: rateCapper([".approved.domestic", ".approved.tool"]),
};

interface AppParams {
  rates: Record<Complexity, string>;
  unknownSeverity: Severity;
}

/** 三(三)1(4): application maintenance by complexity, 7% / 12% / 20% of the original development cost. */
const appSoftwareRate: RuleImplementation<AppParams, RateFacts> = {
  id: "om.app-software-rate",
  scope: "line",
  measure: "ratio",
  paramsSchema: closedObject({
    rates: closedObject({ simple: RATIO, complex: RATIO, "very-complex": RATIO }),
    unknownSeverity: SEVERITY,
  }),
  /**
   * `.over.<complexity>` (or `.over.unstated`, at the highest rate): over the cap of the system's complexity;
   * `.unstated`: no complexity given and above the lowest rate, so the complexity must be stated.
   */
  messages: [".over.simple", ".over.complex", ".over.very-complex", ".over.unstated", ".unstated"],
  check(ctx, params) {
    const { model, pack, facts } = ctx;
    const unit = model.profile.unit;
    const rates = Object.values(params.rates).map((r) => new Decimal(r));
    const lowest = Decimal.min(...rates);
    const highest = Decimal.max(...rates);
    const out: FindingDraft<RateFacts>[] = [];
    for (const line of facts.linesByCategory.get("om-app-software") ?? []) {
      // 原开发费; a sheet that lists applications under 原值 gives the same base there.
      const base = rateBase(line);
      const charged = chargedRate(line, base);
      if (!charged) continue;
      const complexity = line.complexity ?? null;
      const cap = complexity ? new Decimal(params.rates[complexity]) : highest;
      const complexityKey: Complexity | "unstated" = complexity ?? "unstated";
      if (overCap(charged, base, cap, pack, unit)) {
        out.push(
          entryDraft(
            ctx,
            `.over.${complexityKey}`,
            { name: { text: quoteText(line.name) }, rate: { ratio: charged.rate }, cap: { ratio: cap } },
            {
              line,
              cell: charged.cell,
              cells: otherCells(line, charged.cell),
              actual: charged.rate.toDecimalPlaces(6),
              limit: cap,
              capRate: cap,
              capFacts: {
                capRate: cap,
                base,
                rate: line.rate ?? null,
                reason: { suffix: `.approved.${complexityKey}`, args: {} },
              },
            },
          ),
        );
      } else if (!complexity && overCap(charged, base, lowest, pack, unit)) {
        out.push(
          entryDraft(
            ctx,
            ".unstated",
            { name: { text: quoteText(line.name) }, rate: { ratio: charged.rate }, lowest: { ratio: lowest } },
            {
              line,
              cell: charged.cell,
              cells: otherCells(line, charged.cell),
              severity: params.unknownSeverity,
              actual: charged.rate.toDecimalPlaces(6),
              limit: lowest,
            },
          ),
        );
      }
    }
    return out;
  },
  cap: rateCapper([".approved.simple", ".approved.complex", ".approved.very-complex", ".approved.unstated"]),
};

export const omSoftwareRules = [securityDeviceRate, productSoftwareRate, appSoftwareRate];
