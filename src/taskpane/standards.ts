import yangpu from "../../standards/yangpu-2023.json";
import { idFromFileName, loadStandard } from "../core/standards/load-standard";
import type { StandardPack } from "../core/standards/types";
import { localizedError } from "./pane-error";

/** The packs bundled into the pane, each with the file it comes from (its id must be the file's name); the first is the default. */
const BUNDLED_FILES: readonly { file: string; json: unknown }[] = [{ file: "standards/yangpu-2023.json", json: yangpu }];
const BUNDLED: readonly unknown[] = BUNDLED_FILES.map((b) => b.json);

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
  return BUNDLED.map(info);
}

export function defaultStandardId(): string {
  return info(BUNDLED[0]).id;
}

export function hasStandard(id: string): boolean {
  return BUNDLED.some((json) => info(json).id === id);
}

// Validated lazily and once: schema validation is not free, and a broken pack then surfaces as an error in the
// pane (with the offending field) instead of a blank pane at start-up.
const loaded = new Map<string, StandardPack>();

export function getStandard(id: string): StandardPack {
  const cached = loaded.get(id);
  if (cached) return cached;
  const bundled = BUNDLED_FILES.find((b) => info(b.json).id === id);
  if (!bundled) throw localizedError("error.unknownStandard", { id });
  const pack = loadStandard(bundled.json, { file: bundled.file, expectedId: idFromFileName(bundled.file) });
  loaded.set(id, pack);
  return pack;
}
