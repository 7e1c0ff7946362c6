import type { BudgetLine, ProjectKind } from "../model/types";
import type { RuleImplementation } from "./types";
import { closedObject, COUNT, KINDS, WORDS } from "./schema-parts";
import { hasWord, maxOf, numbersBefore } from "./text-counts";

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
  paramsSchema: closedObject({ minSeats: COUNT, seatWords: WORDS, kinds: KINDS }),
  check({ model }, params) {
    if (model.profile.system !== "hotline" || !params.kinds.includes(model.profile.kind)) return [];
    const seats = seatCount(model.lines, model.titleText, params.seatWords);
    if (!seats || !seats.n.lessThan(params.minSeats)) return [];
    return [
      {
        line: seats.line,
        message: `新建服务热线仅 ${seats.n.toFixed()} 个坐席，少于 ${params.minSeats} 个坐席的热线原则上应并入 12345 市民服务热线`,
        messageEn: `New service hotline with only ${seats.n.toFixed()} seats: hotlines under ${params.minSeats} seats should join the 12345 citizen hotline`,
        actual: seats.n,
        limit: String(params.minSeats),
      },
    ];
  },
};

export interface ServerRoomPolicyParams {
  kinds: ProjectKind[];
}

const serverRoom: RuleImplementation<ServerRoomPolicyParams> = {
  id: "policy.server-room",
  scope: "sheet",
  paramsSchema: closedObject({ kinds: KINDS }),
  check({ model }, params) {
    if (model.profile.system !== "server-room" || !params.kinds.includes(model.profile.kind)) return [];
    // The clause is about building rooms; an upgrade of an existing one is told so in its own words.
    const upgrade = model.profile.kind === "upgrade";
    return [
      {
        line: null,
        message: upgrade
          ? "机房改造：原则上不再新建机房，改造仅限内部必要的网络机房（弱电间），请说明必要性"
          : "新建机房：原则上不再新建机房，仅允许建设内部必要的网络机房（弱电间），请说明必要性",
        messageEn: upgrade
          ? "Server room upgrade: no new server rooms; work is limited to an internal, necessary network room; state why it is needed"
          : "New server room: only an internal, necessary network room is allowed; state why it is needed",
      },
    ];
  },
};

export const policyRules: RuleImplementation<never>[] = [hotline, serverRoom];
