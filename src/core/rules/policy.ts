import type { BudgetLine, ProjectKind } from "../model/types";
import type { RuleImplementation } from "./types";
import { closedObject, COUNT, KINDS, WORDS } from "./schema-parts";
import { hasWord, maxOf, numbersBefore } from "./text-counts";
import { entryDraft } from "./generic-message";

export interface HotlineParams {
  minSeats: number;
  seatWords: string[];
  kinds: ProjectKind[];
}

/**
 * Seats of a hotline: a 坐席 line's 数量, or "30坐席" / "30个坐席" in the title. Seat terminals, headsets and
 * licences are often separate lines for the same seats, so the largest count is taken, not the sum.
 */
function seatCount(lines: readonly BudgetLine[], titleText: string, words: readonly string[]) {
  const seatLines = lines.filter((l) => l.quantity && hasWord(l.name, words));
  const fromLines = seatLines.map((l) => ({ n: l.quantity!.value, line: l as BudgetLine | null }));
  // "个" is the generic classifier between a number and its noun ("30个坐席"), not a seat keyword.
  const fromTitle = numbersBefore(titleText, words, "个").map((n) => ({ n, line: null as BudgetLine | null }));
  const all = [...fromLines, ...fromTitle];
  const max = maxOf(all.map((c) => c.n));
  return max ? all.find((c) => c.n.equals(max))! : null;
}

const hotline: RuleImplementation<HotlineParams> = {
  id: "policy.hotline",
  measure: "count",
  scope: "sheet",
  notALimit: true,
  paramsSchema: closedObject({ minSeats: COUNT, seatWords: WORDS, kinds: KINDS }),
  messages: [""],
  check(ctx, params) {
    const { model } = ctx;
    if (model.profile.system !== "hotline" || !params.kinds.includes(model.profile.kind)) return [];
    const seats = seatCount(model.lines, model.titleText, params.seatWords);
    if (!seats || !seats.n.lessThan(params.minSeats)) return [];
    return [
      entryDraft(
        ctx,
        "",
        { seats: { number: seats.n }, minSeats: { number: params.minSeats } },
        { line: seats.line, actual: seats.n, limit: String(params.minSeats) },
      ),
    ];
  },
};

export interface ServerRoomPolicyParams {
  kinds: ProjectKind[];
}

const serverRoom: RuleImplementation<ServerRoomPolicyParams> = {
  id: "policy.server-room",
  scope: "sheet",
  notALimit: true,
  paramsSchema: closedObject({ kinds: KINDS }),
  messages: [".new", ".upgrade"],
  check(ctx, params) {
    const { model } = ctx;
    if (model.profile.system !== "server-room" || !params.kinds.includes(model.profile.kind)) return [];
    // The clause is about building rooms; an upgrade of an existing one is told so in its own words.
    const upgrade = model.profile.kind === "upgrade";
    return [entryDraft(ctx, upgrade ? ".upgrade" : ".new", {}, { line: null })];
  },
};

export const policyRules: RuleImplementation<never>[] = [hotline, serverRoom];
