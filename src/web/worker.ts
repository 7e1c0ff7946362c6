import {
  isSetupField,
  KIND_LABELS,
  label,
  PROJECT_FIELDS,
  parseFieldValue,
  parseStandard,
  renderSetupMessage,
  routeLabel,
  SETUP_FIELDS,
  StandardPackError,
  SYSTEM_LABELS,
  type FieldNaming,
  type StandardPack,
} from "../core";
import { annotatedBytes, auditBytes, type CheckSettings, type PackSet } from "../cli/audit-file";
import type { FileResult } from "../cli/file-result";
import { DEFAULT_LIMITS } from "../cli/open-package";
import { PatchError } from "../cli/patch-package";
import { jsonReport, reportPacks } from "../cli/report-json";
import { summaryWorkbookBytes } from "../cli/summary-sheets";
import { pack as toPlain, unpack } from "../cli/transfer";
import { ZipTooLargeError } from "../cli/zip";
import { BUNDLED_PACKS } from "./packs";
import type { FieldInfo, Lang, Reply, Request, Row, Setup } from "./protocol";

/*
 * A worker of the page: the CLI's own reading, audit, annotated copy, JSON report and summary workbook
 * (src/cli/audit-file.ts, report-json.ts, summary-sheets.ts), on the bytes of a file the user chose. The page runs
 * one per core; each checks one file at a time, so the page stays responsive.
 */

declare const BUDGET_RULER_VERSION: string;
const scope = self as unknown as { postMessage(m: unknown, transfer?: Transferable[]): void; onmessage: unknown };

/** The page names a field by its label, as the pane does (the audit itself names them as the CLI does). */
/** A setup field's spec with its name (the setup layer's own fieldSpec, which the core's entry point does not export). */
function fieldSpec(name: string) {
  return isSetupField(name) ? { name, ...SETUP_FIELDS[name] } : undefined;
}

const labelNaming: FieldNaming = (field) => {
  const spec = fieldSpec(field);
  return spec ? { zh: spec.zh, en: spec.en } : { zh: field, en: field };
};

const parsed = new Map<string, StandardPack>();
function bundled(id: string, lang: Lang): StandardPack {
  const key = `${id}:${lang}`;
  let pack = parsed.get(key);
  if (!pack) {
    pack = parseStandard(JSON.stringify(BUNDLED_PACKS[id]), `standards/${id}.json`, { lang });
    parsed.set(key, pack);
  }
  return pack;
}
const bundledIds = () => Object.keys(BUNDLED_PACKS).sort();

let current: { packs: PackSet; settings: CheckSettings } | null = null;

/** The packs and settings of a run, as the CLI's arguments would give them; a message when they cannot be used. */
function setUp(setup: Setup): string | null {
  const { lang } = setup;
  let packs: PackSet;
  try {
    if (setup.standard.kind === "auto") packs = { packs: bundledIds().map((id) => bundled(id, lang)), fixed: null };
    else if (setup.standard.kind === "id") packs = { packs: [bundled(setup.standard.id, lang)], fixed: {} };
    else
      packs = {
        packs: [parseStandard(setup.standard.text, setup.standard.name, { lang })],
        fixed: { file: setup.standard.name },
      };
  } catch (err) {
    if (err instanceof StandardPackError) return err.text(lang);
    return String((err as Error)?.message ?? err);
  }
  const settings: CheckSettings = {
    lang,
    limits: DEFAULT_LIMITS,
    inputs: { ids: [], paths: [] },
    includeHidden: setup.includeHidden,
    explain: false,
    profileValues: {},
  };
  for (const [name, raw] of Object.entries(setup.values)) {
    const spec = fieldSpec(name);
    if (!spec || !raw.trim()) continue;
    const value = parseFieldValue(spec, raw, labelNaming);
    if (!value.ok) return renderSetupMessage(value.error, lang);
    if (value.value === undefined) continue;
    if (name === "kind") settings.kind = value.value as CheckSettings["kind"];
    else if (name === "system") settings.system = value.value as CheckSettings["system"];
    else if (name === "tier") settings.tier = value.value as CheckSettings["tier"];
    else if (spec.key === "lastYearOm") settings.lastYearOm = String(value.value);
    else settings.profileValues![spec.key] = value.value;
  }
  current = { packs, settings };
  return null;
}

const both = (f: (lang: Lang) => string) => ({ zh: f("zh-CN"), en: f("en-US") });

function rowOf(r: FileResult, pack: StandardPack): Row {
  const v = r.review ?? null;
  const count = (s: string) => r.findings.filter((f) => f.severity === s).length;
  const problem = r.error ?? r.skipped ?? null;
  return {
    project: r.projectName ?? null,
    kind: r.profile ? both((l) => label(KIND_LABELS, r.profile!.kind, l)) : null,
    system: r.profile ? both((l) => label(SYSTEM_LABELS, r.profile!.system, l)) : null,
    standard: r.standard ? { id: r.standard.id, title: r.standard.title, reason: r.standard.reason } : null,
    submitted: v && !r.error ? v.submitted.toFixed() : null,
    approved: v && !r.error ? v.approved.toFixed() : null,
    reduction: v && !r.error ? v.reduction.toFixed() : null,
    rate: v && !r.error ? v.reductionRate.toFixed() : null,
    errors: count("error"),
    warnings: count("warning"),
    route: r.error || !r.profile ? null : both((l) => routeLabel(r.findings, pack, l)),
    problem: problem ? { code: problem.code, message: problem.message } : null,
  };
}

/** Every field the page may offer: kind, system, tier, then each profile value some bundled pack declares. */
function fields(): FieldInfo[] {
  const out: FieldInfo[] = [];
  for (const name of Object.keys(SETUP_FIELDS)) {
    const spec = fieldSpec(name)!;
    const project = name in PROJECT_FIELDS;
    const packs = project
      ? []
      : bundledIds().filter((id) => (bundled(id, "zh-CN").profileValues ?? []).includes(name as never));
    if (!project && !packs.length) continue;
    out.push({
      name,
      type: spec.type,
      choices: spec.choices ? [...spec.choices] : null,
      label: { zh: spec.zh, en: spec.en },
      packs,
    });
  }
  return out;
}

function copyFailure(err: unknown, lang: Lang): string {
  const en = lang === "en-US";
  if (err instanceof PatchError)
    return en ? `The annotated copy could not be written: ${err.en}` : `无法写出标注副本：${err.zh}`;
  if (err instanceof ZipTooLargeError)
    return en
      ? "The annotated copy could not be written: it would exceed 4 GiB or 65,535 parts"
      : "无法写出标注副本：副本超过 4 GiB 或 65,535 个部件";
  return en
    ? "The annotated copy could not be written: this workbook's structure is not supported; the audit itself is unaffected"
    : "无法写出标注副本：此工作簿的结构不被支持；审核结果不受影响";
}

function handle(req: Request): { reply: Reply; transfer?: Transferable[] } {
  switch (req.type) {
    case "hello":
      return {
        reply: {
          type: "hello",
          packs: bundledIds().map((id) => ({ id, title: bundled(id, "zh-CN").title })),
          fields: fields(),
          version: BUDGET_RULER_VERSION,
        },
      };
    case "setup":
      return { reply: { type: "setup", error: setUp(req.setup) } };
    case "check": {
      if (!current) throw new Error("check before setup");
      const { packs, settings } = current;
      const run = { ...settings, explain: req.explain && !req.annotate };
      const audited = auditBytes(req.file, req.name, Buffer.from(req.bytes), packs, run);
      const { packOf } = reportPacks([audited.result], packs.packs);
      let copy: ArrayBuffer | null = null;
      let copyError: string | null = null;
      if (req.annotate && audited.copy) {
        try {
          const chunks = annotatedBytes(audited.copy);
          const whole = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
          let at = 0;
          for (const c of chunks) {
            whole.set(c, at);
            at += c.length;
          }
          copy = whole.buffer;
        } catch (err) {
          copyError = copyFailure(err, settings.lang);
        }
      }
      return {
        reply: {
          type: "check",
          result: toPlain(audited.result),
          row: rowOf(audited.result, packOf(audited.result)),
          copy,
          copyError,
        },
        transfer: copy ? [copy] : [],
      };
    }
    case "json": {
      if (!current) throw new Error("report before setup");
      const results = req.results.map((r) => unpack(r));
      const { head } = reportPacks(results, current.packs.packs);
      return { reply: { type: "json", text: jsonReport(results, head, BUDGET_RULER_VERSION) } };
    }
    case "summary":
      throw new Error("summary is asynchronous");
  }
}

scope.onmessage = async (e: MessageEvent<{ id: number; request: Request }>) => {
  const { id, request } = e.data;
  try {
    if (request.type === "summary") {
      if (!current) throw new Error("summary before setup");
      const results = request.results.map((r) => unpack(r));
      const { head } = reportPacks(results, current.packs.packs);
      const bytes = await summaryWorkbookBytes(results, head, request.lang);
      const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer;
      scope.postMessage({ id, reply: { type: "summary", bytes: buffer } }, [buffer]);
      return;
    }
    const { reply, transfer } = handle(request);
    scope.postMessage({ id, reply }, transfer ?? []);
  } catch (err) {
    scope.postMessage({ id, reply: { type: "failed", message: String((err as Error)?.stack ?? err) } });
  }
};
