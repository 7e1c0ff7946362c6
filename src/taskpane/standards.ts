import yangpu from "../../standards/yangpu-2023.json";
import { loadStandard } from "../core/standards/load-standard";
import type { StandardPack } from "../core/standards/types";
import { localizedError } from "./pane-error";

/** The packs bundled into the pane; the first one is the default. */
const BUNDLED: readonly unknown[] = [yangpu];

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
  const json = BUNDLED.find((j) => info(j).id === id);
  if (!json) throw localizedError("error.unknownStandard", { id });
  const pack = loadStandard(json);
  loaded.set(id, pack);
  return pack;
}
