import type { BudgetLine, ProjectKind, SystemType } from "../../../src/core/model/types";
import { line } from "../../support/model";
import { findingsOf } from "./findings-of";

describe("policy.hotline", () => {
  const seats = (n: number) => [
    line({ name: "坐席终端", category: "hardware", quantity: n, amount: "100000" }),
    line({ name: "坐席耳麦", category: "hardware", quantity: n, amount: "10000" }),
  ];

  it.each<[string, BudgetLine[], string, ProjectKind, SystemType, string[][]]>([
    ["30 seats", seats(30), "", "construction", "hotline", []],
    ["29 seats", seats(29), "", "construction", "hotline", [["29", "30"]]],
    ["20 seats in the title", [], "某局服务热线建设项目（20个坐席）", "construction", "hotline", [["20", "30"]]],
    ["30 seats in the title", [], "某局服务热线建设项目（30坐席）", "construction", "hotline", []],
    [
      "no seat count anywhere",
      [line({ name: "呼叫中心平台开发", category: "development", amount: "1" })],
      "",
      "construction",
      "hotline",
      [],
    ],
    ["an O&M budget", seats(10), "", "om", "hotline", []],
    ["another system", seats(10), "", "construction", "oa", []],
  ])("%s", (_label, lines, titleText, kind, system, expected) => {
    const fs = findingsOf("policy.hotline", lines, { kind, system }, { titleText });
    expect(fs.map((f) => [f.actual, f.limit])).toEqual(expected);
    for (const f of fs) {
      expect(f.severity).toBe("warning");
      expect(f.message).toContain("12345");
    }
  });

  it("does not add up seat terminals and headsets for the same seats", () => {
    // 2 × 20 would pass the 30-seat threshold if the lines were summed.
    expect(findingsOf("policy.hotline", seats(20), { system: "hotline" }).map((f) => f.actual)).toEqual(["20"]);
  });
});

describe("policy.server-room", () => {
  it.each<[ProjectKind, SystemType, number]>([
    ["construction", "server-room", 1],
    ["upgrade", "server-room", 1],
    ["om", "server-room", 0],
    ["construction", "oa", 0],
  ])("%s of a %s project → %i reminder", (kind, system, count) => {
    const fs = findingsOf("policy.server-room", [line({ name: "机房装修", category: "facility", amount: "1" })], {
      kind,
      system,
    });
    expect(fs).toHaveLength(count);
    for (const f of fs) {
      expect(f.severity).toBe("info");
      expect(f.message).toContain("网络机房");
      expect(f.message.startsWith(kind === "upgrade" ? "机房改造" : "新建机房")).toBe(true);
    }
  });
});
