import gongshu from "../../standards/gongshu-draft.json";
import luohu from "../../standards/luohu-2024.json";
import qingpu from "../../standards/qingpu-2024.json";
import qingyang from "../../standards/qingyang-2024.json";
import yangpu from "../../standards/yangpu-2023.json";

/**
 * Every bundled pack, by id, sorted as the CLI lists them (src/cli/standards.ts, availableStandards): the page has no
 * folder to list, so they are compiled in (test/cli/zip-hosts.test.ts checks this list against standards/).
 */
export const BUNDLED_PACKS: Readonly<Record<string, unknown>> = {
  "gongshu-draft": gongshu,
  "luohu-2024": luohu,
  "qingpu-2024": qingpu,
  "qingyang-2024": qingyang,
  "yangpu-2023": yangpu,
};
