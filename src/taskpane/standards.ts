import yangpu from "../../standards/yangpu-2023.json";
import { AUTO_PACK, bundledPack, LocalizedError, type StandardPack } from "../core";
import { localizedError } from "./pane-error";
import { t } from "./i18n";

/** The picker's first entry: the pack the workbook names (title, 编制单位, sheet names), as the CLI's `--standard auto`. */
export const AUTO_STANDARD = AUTO_PACK;

/**
 * The packs bundled into the pane, each with the file it comes from (its id must be the file's name); the first is the
 * default when no district is named and the offline fallback. They are validated strictly at build time
 * (test/taskpane/bundled-packs.test.ts), so the pane carries no schema validators.
 */
export const BUNDLED_FILES: readonly { file: string; json: unknown }[] = [
  { file: "standards/yangpu-2023.json", json: yangpu },
];

export interface StandardInfo {
  id: string;
  title: string;
  titleEn: string;
}

/**
 * The packs served next to the pane (webpack copies them into dist/web/standards/) and fetched from its own origin when
 * first needed: the four district packs (about 34 KB gzipped) do not fit the pane's bundle budget. Their titles are
 * here so the picker can list them before any is fetched; the build-time test checks they match the files.
 */
export const SERVED_STANDARDS: readonly StandardInfo[] = [
  {
    id: "qingpu-2024",
    title: "青浦区数字化项目管理办法（青数〔2024〕49号）",
    titleEn: "Qingpu District digital project management measures (2024)",
  },
  {
    id: "luohu-2024",
    title: "深圳市罗湖区政务信息化项目管理办法（罗府办规〔2024〕3号）",
    titleEn: "Shenzhen Luohu District government IT project management measures (2024)",
  },
  {
    id: "gongshu-draft",
    title: "拱墅区信息化项目管理办法（征求意见稿）",
    titleEn: "Hangzhou Gongshu District IT project management measures (draft for comment)",
  },
  {
    id: "qingyang-2024",
    title: "青陽縣政務信息化項目管理實施方案（青政辦秘〔2024〕38號）",
    titleEn: "Qingyang County government IT project management implementation plan (2024)",
  },
];

/** Where a served pack is, relative to the pane's page (same origin: the CSP's connect-src 'self'). */
export const servedPackUrl = (id: string): string => `standards/${id}.json`;

function info(json: unknown): StandardInfo {
  const j = json as { id: string; title: string; titleEn?: string };
  return { id: j.id, title: j.title, titleEn: j.titleEn ?? j.title };
}

/** Every pack the pane offers, the bundled ones first. */
export function listStandards(): StandardInfo[] {
  return [...BUNDLED_FILES.map((b) => info(b.json)), ...SERVED_STANDARDS];
}

export function standardInfo(id: string): StandardInfo | undefined {
  return listStandards().find((s) => s.id === id);
}

/** What the picker starts on: 自动, as the CLI's default. */
export function defaultStandardId(): string {
  return AUTO_STANDARD;
}

export function hasStandard(id: string): boolean {
  return id === AUTO_STANDARD || listStandards().some((s) => s.id === id);
}

/** Fetches a served pack's JSON (parsed, not yet checked). Tests set their own with `setPackLoader`. */
export type PackLoader = (id: string) => Promise<unknown>;

const fetchPack: PackLoader = async (id) => {
  const res = await fetch(servedPackUrl(id), { credentials: "same-origin" });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return res.json();
};

let loader: PackLoader = fetchPack;
const loaded = new Map<string, StandardPack>();

/** Replaces the loader (null: back to `fetch`) and forgets the packs loaded so far. */
export function setPackLoader(next: PackLoader | null): void {
  loader = next ?? fetchPack;
  for (const s of SERVED_STANDARDS) loaded.delete(s.id);
}

/** A pack already at hand (bundled, or served and loaded before); an error naming it otherwise. */
export function getStandard(id: string): StandardPack {
  const pack = peekStandard(id);
  if (!pack) throw localizedError("error.unknownStandard", { id });
  return pack;
}

/** A pack already at hand (bundled, or served and loaded before), or undefined. */
function peekStandard(id: string): StandardPack | undefined {
  const cached = loaded.get(id);
  if (cached) return cached;
  const bundled = BUNDLED_FILES.find((b) => info(b.json).id === id);
  if (!bundled) return undefined;
  const pack = bundledPack(bundled.json, id);
  loaded.set(id, pack);
  return pack;
}

/**
 * The pack with this id: bundled, or fetched from the pane's origin and checked with `bundledPack` (the id against the
 * file, every rule's implementation, the pack's cross-references). A pack that cannot be fetched or checked is an error
 * naming it — never a silent fall back to another pack.
 */
export async function fetchStandard(id: string): Promise<StandardPack> {
  const ready = peekStandard(id);
  if (ready) return ready;
  const served = SERVED_STANDARDS.find((s) => s.id === id);
  if (!served) throw localizedError("error.unknownStandard", { id });
  let pack: StandardPack;
  try {
    pack = bundledPack(await loader(id), id);
  } catch (err) {
    const reason = (lang: "zh-CN" | "en-US") =>
      err instanceof LocalizedError ? err.text(lang) : err instanceof Error ? err.message : String(err);
    throw new LocalizedError(
      "error.packLoad",
      t("zh-CN", "error.packLoad", { title: served.title, id, reason: reason("zh-CN") }),
      t("en-US", "error.packLoad", { title: served.titleEn, id, reason: reason("en-US") }),
    );
  }
  loaded.set(id, pack);
  return pack;
}

/** Every pack, for 自动 (choosePack needs all of them to compare their place words). */
export function getAllStandards(): Promise<StandardPack[]> {
  return Promise.all(listStandards().map((s) => fetchStandard(s.id)));
}
