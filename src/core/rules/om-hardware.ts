import { rateBase } from "../money";
import Decimal from "decimal.js";
import type { FindingDraft, RuleImplementation } from "./types";
import { NO_PARAMS } from "./schema-parts";
import { chargedRate, otherCells, overCap, rateCapper, type RateFacts } from "./om-rate";
import { quoteText } from "../quote";
import { entryDraft } from "./generic-message";

type NoParams = Record<string, never>;

/** 三(三)1(1): hardware maintenance at most purchase × the device class's rate (A 4%, B 6%, C 8%). */
const hardwareRate: RuleImplementation<NoParams, RateFacts> = {
  id: "om.hardware-rate",
  scope: "line",
  paramsSchema: NO_PARAMS,
  /** `.fee` when the fee itself is over (money), `.rate` when the stated rate breaks the cap. */
  messages: [".fee", ".rate"],
  check(ctx, _params) {
    const { model, pack, facts } = ctx;
    const unit = model.profile.unit;
    const out: FindingDraft<RateFacts>[] = [];
    for (const line of facts.linesByCategory.get("om-hardware") ?? []) {
      const cls = line.hardwareClass?.cls ?? pack.hardwareClasses.default;
      const cap = new Decimal(pack.hardwareClasses.classes[cls].rate ?? 0); // the loader requires rates where this rule runs
      const base = rateBase(line);
      const charged = chargedRate(line, base);
      if (!charged || !overCap(charged, base, cap, pack, unit)) continue;
      const limitMoney = base ? base.value.times(cap) : null;
      // Money when the fee itself is over; the rate when it is the stated rate that breaks the cap.
      const money = charged.source === "fee" && charged.fee && limitMoney;
      const args = {
        name: { text: quoteText(line.name) },
        cls: { text: cls },
        rate: { ratio: charged.rate },
        cap: { ratio: cap },
        ...(money ? { fee: { money: charged.fee! }, limit: { money: limitMoney! } } : {}),
      };
      out.push(
        entryDraft(ctx, money ? ".fee" : ".rate", args, {
          line,
          cell: charged.cell,
          cells: otherCells(line, charged.cell),
          measure: money ? "money" : "ratio",
          capRate: cap,
          actual: money ? charged.fee! : charged.rate.toDecimalPlaces(6),
          limit: money ? limitMoney!.toDecimalPlaces(2) : cap,
          capFacts: {
            capRate: cap,
            base,
            rate: line.rate ?? null,
            reason: { suffix: ".approved", args: { cls: { text: cls } } },
          },
        }),
      );
    }
    return out;
  },
  cap: rateCapper([".approved"]),
};

const classDefaulted: RuleImplementation<NoParams> = {
  id: "om.hardware-class-defaulted",
  scope: "line",
  paramsSchema: NO_PARAMS,
  messages: [""],
  check(ctx, _params) {
    const { pack, facts } = ctx;
    const cls = pack.hardwareClasses.default;
    const rate = new Decimal(pack.hardwareClasses.classes[cls].rate ?? 0);
    return (facts.linesByCategory.get("om-hardware") ?? [])
      .filter((line) => line.hardwareClass?.defaulted)
      .map((line) =>
        entryDraft(
          ctx,
          "",
          { name: { text: quoteText(line.name) }, cls: { text: cls }, rate: { ratio: rate } },
          { line, cell: line.nameCell },
        ),
      );
  },
};

export const omHardwareRules = [hardwareRate, classDefaulted];
