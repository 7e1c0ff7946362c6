import * as fs from "fs";
import * as path from "path";
import type { StandardPack } from "../core/standards/types";
import { loadStandard } from "../core/standards/load-standard";

/** The package root, found from this file whether it runs from src/ (tests) or dist/src/ (the bin). */
export function packageRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, "package.json"))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error("package.json not found above " + __dirname);
    dir = up;
  }
  return dir;
}

export function availableStandards(): string[] {
  const dir = path.join(packageRoot(), "standards");
  return fs.readdirSync(dir).filter((f) => f.endsWith(".json") && !f.endsWith(".schema.json")).map((f) => f.slice(0, -5)).sort();
}

/** Loads and validates standards/<id>.json; an unknown id names the ones there are. */
export function loadStandardById(id: string): StandardPack {
  const ids = availableStandards();
  if (!ids.includes(id)) throw new Error(`未知的标准：${id}（可用：${ids.join("、")}）`);
  return loadStandard(JSON.parse(fs.readFileSync(path.join(packageRoot(), "standards", `${id}.json`), "utf8")));
}

export function toolVersion(): string {
  return (JSON.parse(fs.readFileSync(path.join(packageRoot(), "package.json"), "utf8")) as { version: string }).version;
}
