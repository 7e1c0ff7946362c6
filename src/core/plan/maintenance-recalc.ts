import Decimal from "decimal.js";
import type { BudgetLine, BudgetModel, CellRef, ReadField } from "../model/types";
import type { StandardPack } from "../standards/types";
import type { CellChange } from "./types";
import type { CellValue } from "../snapshot/types";
import { a1 } from "../snapshot/address";
import { fromYuan } from "../money";

/** The params of the pack rule that runs implementation `implId` (packs may rename rules with `uses`). */
function paramsOf(pack: StandardPack, implId: string): Record<string, unknown> | null {
  for (const [id, entry] of Object.entries(pack.rules)) {
    if ((entry.uses ?? id) === implId && entry.enabled !== false) return entry.params ?? {};
  }
  return null;
}

interface Rate {
  rate: Decimal;
  base: ReadField;
  reason: string;
  reasonEn: string;
}

const COMPLEXITY_ZH = { simple: "简单", complex: "较复杂", "very-complex": "非常复杂" } as const;

/**
 * The rate the standard sets for a maintenance line, or null when the standard leaves it open (software of
 * unknown type, an application whose complexity is not stated): those lines are not rewritten, the audit asks.
 */
function standardRate(line: BudgetLine, pack: StandardPack): Rate | null {
  const pct = (r: Decimal) => `${r.times(100).toFixed()}%`;
  switch (line.category) {
    case "om-hardware": {
      const cls = line.hardwareClass?.cls ?? pack.hardwareClasses.default;
      const classRate = pack.hardwareClasses.classes[cls].rate;
      // A pack with no maintenance rates (or with the rule off) sets no rate to rewrite to.
      if (!line.purchase || classRate === undefined || !paramsOf(pack, "om.hardware-rate")) return null;
      const rate = new Decimal(classRate);
      return { rate, base: line.purchase, reason: `${cls}类设备维护费率 ${pct(rate)}`, reasonEn: `class ${cls} device maintenance rate ${pct(rate)}` };
    }
    case "om-security-device": {
      const p = paramsOf(pack, "om.security-device-rate") as { maxRate?: string } | null;
      if (!line.purchase || !p?.maxRate) return null;
      const rate = new Decimal(p.maxRate);
      return { rate, base: line.purchase, reason: `安全设备日常运行维护费率 ${pct(rate)}`, reasonEn: `security device maintenance rate ${pct(rate)}` };
    }
    case "om-product-software": {
      const p = paramsOf(pack, "om.product-software-rate") as { toolMaxRate?: string; domesticMaxRate?: string } | null;
      const type = line.softwareType ?? "unknown";
      if (!line.purchase || !p || type === "unknown") return null;
      const rate = new Decimal((type === "domestic" ? p.domesticMaxRate : p.toolMaxRate) ?? "0");
      const zh = type === "domestic" ? "国产软件" : "工具类软件";
      return { rate, base: line.purchase, reason: `${zh}维护费率 ${pct(rate)}`, reasonEn: `${type} software maintenance rate ${pct(rate)}` };
    }
    case "om-app-software": {
      const p = paramsOf(pack, "om.app-software-rate") as { rates?: Record<string, string> } | null;
      if (!line.devCost || !p?.rates || !line.complexity) return null;
      const rate = new Decimal(p.rates[line.complexity]);
      return { rate, base: line.devCost, reason: `${COMPLEXITY_ZH[line.complexity]}应用系统运维费率 ${pct(rate)}`, reasonEn: `${line.complexity} application maintenance rate ${pct(rate)}` };
    }
    default:
      return null;
  }
}

function change(cell: CellRef, before: ReadField | undefined, after: { formula: string | null; value: CellValue }, line: BudgetLine, r: Rate): CellChange {
  return {
    sheet: cell.sheet,
    row: cell.row,
    col: cell.col,
    address: a1(cell.row, cell.col),
    before: { value: before?.raw ?? null, formula: before?.formula ?? null },
    after,
    lineId: line.id,
    reason: r.reason,
    reasonEn: r.reasonEn,
  };
}

/**
 * Plans the one-click recalculation of an O&M sheet: every maintenance fee becomes a live formula, base × rate,
 * with the standard's rate. Where the sheet has a rate column, the rate cell gets the standard's rate and the fee
 * refers to it, so the sheet stays editable. Cells already right are left alone. Pure: the adapter previews,
 * writes and can revert these changes.
 */
export function planMaintenanceRecalc(model: BudgetModel, pack: StandardPack): CellChange[] {
  const changes: CellChange[] = [];
  for (const line of model.lines) {
    const r = standardRate(line, pack);
    const fee = line.fee ?? line.amount;
    if (!r || !fee) continue;
    const baseAddr = a1(r.base.cell.row, r.base.cell.col);
    const unit = fee.unit ?? model.profile.unit;
    const newFee = fromYuan(r.base.value.times(r.rate), unit).toDecimalPlaces(2);
    let formula: string;
    if (line.rate) {
      const rateAddr = a1(line.rate.cell.row, line.rate.cell.col);
      formula = `=${baseAddr}*${rateAddr}`;
      if (!line.rate.value.equals(r.rate) || line.rate.formula) {
        changes.push(change(line.rate.cell, line.rate, { formula: null, value: r.rate.toNumber() }, line, r));
      }
    } else {
      formula = `=${baseAddr}*${r.rate.toFixed()}`;
    }
    const sameFormula = (fee.formula ?? "").replace(/\s|\$/g, "").toUpperCase() === formula.toUpperCase();
    if (sameFormula && fromYuan(fee.value, unit).equals(newFee)) continue;
    changes.push(change(fee.cell, fee, { formula, value: newFee.toNumber() }, line, r));
  }
  return changes;
}
