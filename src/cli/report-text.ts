import Decimal from "decimal.js";
import type { Severity } from "../core/model/finding";
import type { ProjectProfile } from "../core/model/types";
import type { StandardPack } from "../core/standards/types";
import { formatMoney } from "../core/money";
import type { FileResult } from "./file-result";

type Lang = "zh-CN" | "en-US";

const SEVERITY: Record<Lang, Record<Severity, string>> = {
  "zh-CN": { error: "错误", warning: "警告", info: "提示" },
  "en-US": { error: "ERROR", warning: "WARN ", info: "INFO " },
};
const KIND_ZH: Record<ProjectProfile["kind"], string> = { construction: "新建", upgrade: "升级改造", om: "运维", service: "服务" };
const SYSTEM_ZH: Record<ProjectProfile["system"], string> = {
  oa: "办公自动化（OA）", "video-conference": "视频会议", website: "门户网站", "server-room": "机房",
  "info-release": "信息发布", hotline: "服务热线", other: "其他",
};
const TIER_ZH = { small: "小型", medium: "中型", large: "大型" } as const;

function profileLine(p: ProjectProfile, lang: Lang): string {
  if (lang === "en-US") return `Project: ${p.kind}, system ${p.system}, tier ${p.tier ?? "not stated"}, amounts in ${p.unit}`;
  return `项目：${KIND_ZH[p.kind]}类，系统类型 ${SYSTEM_ZH[p.system]}，规模 ${p.tier ? TIER_ZH[p.tier] : "未申报"}，金额单位 ${p.unit}`;
}

/** The readable report: per file the profile, counts, each finding with its place and clause, and the totals. */
export function textReport(results: readonly FileResult[], pack: StandardPack, lang: Lang): string {
  const zh = lang === "zh-CN";
  const out: string[] = [zh ? `预算标尺 · ${pack.title}` : `Budget Ruler · ${pack.titleEn ?? pack.title}`, ""];
  for (const r of results) {
    out.push(`== ${r.file}`);
    if (r.skipped) {
      out.push(zh ? `  跳过：${r.skipped.message}` : `  Skipped: ${r.skipped.message}`, "");
      continue;
    }
    if (r.error) {
      out.push(zh ? `  无法读取：${r.error.message}` : `  Cannot read: ${r.error.message}`, "");
      continue;
    }
    out.push(`  ${profileLine(r.profile!, lang)}`);
    const count = (s: Severity) => r.findings.filter((f) => f.severity === s).length;
    out.push(
      zh
        ? `  错误 ${count("error")} 项，警告 ${count("warning")} 项，提示 ${count("info")} 项`
        : `  ${count("error")} errors, ${count("warning")} warnings, ${count("info")} notes`,
    );
    for (const f of r.findings) {
      const where = f.sheet ? `${f.sheet}!${f.cell ?? f.row ?? ""}` : zh ? "（全表）" : "(workbook)";
      const text = zh ? f.message : f.messageEn;
      out.push(`  ${SEVERITY[lang][f.severity]} ${where} ${text}${zh ? `（依据：${f.citation}；${f.rule}）` : ` (${f.citation}; ${f.rule})`}`);
    }
    if (r.totals) {
      const m = (v: string) => formatMoney(new Decimal(v), r.unit);
      out.push(
        zh
          ? `  合计：项目建设费 ${m(r.totals.construction)}，其他费用 ${m(r.totals.other)}，总计 ${m(r.totals.grand)}`
          : `  Totals: construction ${m(r.totals.construction)}, other ${m(r.totals.other)}, grand total ${m(r.totals.grand)}`,
      );
    }
    if (r.output?.error) out.push(zh ? `  标注副本未写出：${r.output.error.message}` : `  Annotated copy not written: ${r.output.error.message}`);
    else if (r.output) out.push(zh ? `  标注副本：${r.output.file}` : `  Annotated copy: ${r.output.file}`);
    out.push("");
  }
  return out.join("\n");
}
