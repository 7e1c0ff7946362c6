import yangpu from "../../standards/yangpu-2023.json";
import { bundledPack } from "../core/standards/bundled-pack";
import type { StandardPack } from "../core/standards/types";
import { localizedError } from "./pane-error";

/**
 * The packs bundled into the pane, each with the file it comes from (its id must be the file's name); the first is the
 * default. They are validated strictly at build time (test/taskpane/bundled-packs.test.ts), so the pane carries no
 * schema validators. The four district packs (about 34 KB gzipped) do not fit the pane's bundle budget yet.
 */
export const BUNDLED_FILES: readonly { file: string; json: unknown }[] = [{ file: "standards/yangpu-2023.json", json: yangpu }];

export interface StandardInfo {
  id: string;
  title: string;
  titleEn: string;
}

function info(json: unknown): StandardInfo {
  const j = json as { id: string; title: string; titleEn?: string };
  return { id: j.id, title: j.title, titleEn: j.titleEn ?? j.title };
}

export function listStandards(): StandardInfo[] {
  return BUNDLED_FILES.map((b) => info(b.json));
}

export function defaultStandardId(): string {
  return info(BUNDLED_FILES[0].json).id;
}

export function hasStandard(id: string): boolean {
  return BUNDLED_FILES.some((b) => info(b.json).id === id);
}

const loaded = new Map<string, StandardPack>();

export function getStandard(id: string): StandardPack {
  const cached = loaded.get(id);
  if (cached) return cached;
  const bundled = BUNDLED_FILES.find((b) => info(b.json).id === id);
  if (!bundled) throw localizedError("error.unknownStandard", { id });
  const pack = bundledPack(bundled.json, id);
  loaded.set(id, pack);
  return pack;
}
