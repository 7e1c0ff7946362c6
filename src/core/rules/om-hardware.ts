import Decimal from "decimal.js";
import type { HardwareClass } from "../model/types";
import type { FindingDraft, RuleImplementation } from "./types";
import { formatMoney, formatPercent } from "../money";
import { NO_PARAMS } from "./schema-parts";
import { chargedRate, otherCells, overCap } from "./om-rate";
import { quoteText } from "../quote";

type NoParams = Record<string, never>;
const CLASS_ZH: Record<HardwareClass, string> = { A: "A类", B: "B类", C: "C类" };

/** 三(三)1(1): hardware maintenance at most purchase × the device class's rate (A 4%, B 6%, C 8%). */
const hardwareRate: RuleImplementation<NoParams> = {
  id: "om.hardware-rate",
  scope: "line",
  paramsSchema: NO_PARAMS,
  check({ model, pack, facts }, _params) {
    const unit = model.profile.unit;
    const out: FindingDraft[] = [];
    for (const line of facts.linesByCategory.get("om-hardware") ?? []) {
      const cls = line.hardwareClass?.cls ?? pack.hardwareClasses.default;
      const cap = new Decimal(pack.hardwareClasses.classes[cls].rate ?? 0); // the loader requires rates where this rule runs
      const charged = chargedRate(line, line.purchase);
      if (!charged || !overCap(charged, line.purchase, cap, pack, unit)) continue;
      const limitMoney = line.purchase ? line.purchase.value.times(cap) : null;
      // Money when the fee itself is over; the rate when it is the stated rate that breaks the cap.
      const money = charged.source === "fee" && charged.fee && limitMoney;
      out.push({
        line,
        cell: charged.cell,
        cells: otherCells(line, charged.cell),
        measure: money ? "money" : "ratio",
        capRate: cap,
        message: money
          ? `“${quoteText(line.name)}”年维护费 ${formatMoney(charged.fee!, unit)}，为购置金额的 ${formatPercent(charged.rate)}，超过${CLASS_ZH[cls]}设备上限 ${formatPercent(cap)}（${formatMoney(limitMoney!, unit)}）`
          : `“${quoteText(line.name)}”维护费率 ${formatPercent(charged.rate)} 超过${CLASS_ZH[cls]}设备上限 ${formatPercent(cap)}`,
        messageEn: `"${quoteText(line.name)}": maintenance at ${formatPercent(charged.rate)} of the purchase price exceeds the class ${cls} cap of ${formatPercent(cap)}`,
        actual: money ? charged.fee! : charged.rate.toDecimalPlaces(6),
        limit: money ? limitMoney!.toDecimalPlaces(2) : cap,
      });
    }
    return out;
  },
};

const classDefaulted: RuleImplementation<NoParams> = {
  id: "om.hardware-class-defaulted",
  scope: "line",
  paramsSchema: NO_PARAMS,
  check({ pack, facts }, _params) {
    const cls = pack.hardwareClasses.default;
    return (facts.linesByCategory.get("om-hardware") ?? [])
      .filter((line) => line.hardwareClass?.defaulted)
      .map((line) => ({
        line,
        cell: line.nameCell,
        message: `“${quoteText(line.name)}”不在标准的设备分类清单中，按“及其它”归入${CLASS_ZH[cls]}（费率 ${formatPercent(new Decimal(pack.hardwareClasses.classes[cls].rate ?? 0))}），如有不同请指定类别`,
        messageEn: `"${quoteText(line.name)}" is in none of the standard's device lists and is treated as class ${cls}; override it if that is wrong`,
      }));
  },
};

export const omHardwareRules = [hardwareRate, classDefaulted];
