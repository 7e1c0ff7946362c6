import yangpuJson from "../../standards/yangpu-2023.json";
import { loadStandard } from "../../src/core/standards/load-standard";
import type { StandardPack } from "../../src/core/standards/types";

/** The Yangpu pack, validated as the product loads it. */
export function yangpu(): StandardPack {
  return loadStandard(JSON.parse(JSON.stringify(yangpuJson)));
}

/** A deep copy of the raw pack JSON, for tests that break it on purpose. */
export function yangpuRaw(): Record<string, unknown> {
  return JSON.parse(JSON.stringify(yangpuJson));
}
