import { findingsOf } from "./findings-of";
import { line } from "../../support/model";

/** domain.md §5 Additions: each finding says what actual/limit are (`measure`) and lists every cell involved (`cells`). */
describe("finding measure and cells", () => {
  it("fees.four-fees-cap: money, the cell of each line of the group, the largest first", () => {
    const lines = [
      line({ name: "服务器", category: "hardware", row: 5, amount: 600000 }),
      line({ name: "定制开发", category: "development", row: 6, amount: 400000 }),
      line({ name: "咨询费", category: "consulting", row: 7, amount: 40000 }),
      line({ name: "监理费", category: "supervision", row: 8, amount: 50000 }),
      line({ name: "软件测评", category: "software-test", row: 9, amount: 20000 }),
    ];
    const [f] = findingsOf("fees.four-fees-cap", lines);
    expect(f).toMatchObject({
      measure: "money",
      cell: "G8",
      cells: ["G8", "G7", "G9"],
      actual: "110000",
      limit: "100000",
      capRate: "0.10",
    });
  });

  it("a group spread over two sheets names the other sheet's cells with their sheet", () => {
    const lines = [
      line({ name: "服务器", category: "hardware", sheet: "硬件", row: 5, amount: 1000000 }),
      line({ name: "咨询费", category: "consulting", sheet: "其他费用", row: 3, amount: 80000 }),
      line({ name: "监理费", category: "supervision", sheet: "监理", row: 4, amount: 30000 }),
    ];
    const [f] = findingsOf("fees.four-fees-cap", lines);
    expect(f).toMatchObject({ sheet: "其他费用", cell: "G3", cells: ["G3", "'监理'!G4"] });
  });

  it("rate rules are ratios and list their fee lines", () => {
    const lines = [
      line({ name: "服务器", category: "hardware", row: 5, amount: 1000000 }),
      line({ name: "系统集成费", category: "integration", row: 6, amount: 60000 }),
      line({ name: "部署实施", category: "integration", row: 7, amount: 30000 }),
    ];
    const [f] = findingsOf("fees.integration-rate", lines);
    expect(f).toMatchObject({ measure: "ratio", actual: "0.09", limit: "0.08", cells: ["G6", "G7"] });
  });

  it("dev.person-month-price: money, the price cell and the amount cell", () => {
    const [f] = findingsOf("dev.person-month-price", [
      line({
        name: "定制开发",
        category: "development",
        row: 5,
        unitLabel: "人月",
        quantity: 10,
        unitPrice: 26000,
        amount: 260000,
      }),
    ]);
    expect(f).toMatchObject({ measure: "money", cell: "F5", cells: ["F5", "G5"] });
  });

  it("om.hardware-rate: money when the fee is over, a ratio when the stated rate is; the fee and rate cells", () => {
    const C = { cls: "C", defaulted: false } as const;
    const [byFee] = findingsOf(
      "om.hardware-rate",
      [
        line({
          name: "PC服务器维保",
          category: "om-hardware",
          row: 5,
          hardwareClass: C,
          purchase: 100000,
          rate: "0.1",
          fee: 10000,
        }),
      ],
      { kind: "om" },
    );
    expect(byFee).toMatchObject({ measure: "money", cell: "J5", cells: ["J5", "I5"], capRate: "0.08" });
    const [byRate] = findingsOf(
      "om.hardware-rate",
      [
        line({
          name: "PC服务器维保",
          category: "om-hardware",
          row: 6,
          hardwareClass: C,
          purchase: 100000,
          rate: "0.1",
          fee: 8000,
        }),
      ],
      { kind: "om" },
    );
    expect(byRate).toMatchObject({ measure: "ratio", cell: "I6", cells: ["I6", "J6"], limit: "0.08" });
  });

  it("tier counts, person-months, areas and totals", () => {
    const oa = findingsOf(
      "tier.oa",
      [
        line({ name: "应用服务器", category: "hardware", row: 5, unitLabel: "台", quantity: 2, amount: 100000 }),
        line({ name: "数据库服务器", category: "hardware", row: 6, unitLabel: "台", quantity: 1, amount: 100000 }),
        line({ name: "定制开发", category: "development", row: 7, unitLabel: "人月", quantity: 10, amount: 200000 }),
      ],
      { system: "oa", tier: "small" },
    );
    expect(oa.map((f) => [f.measure, f.cells])).toEqual([
      ["money", []],
      ["count", ["G5", "G6"]],
      ["person-months", ["G7"]],
    ]);
    const room = findingsOf(
      "tier.server-room",
      [line({ name: "机房装修", category: "facility", unitLabel: "㎡", quantity: 400, amount: 100000 })],
      { system: "server-room" },
    );
    expect(room.map((f) => [f.severity, f.measure])).toEqual([["warning", "area"]]);
  });

  it("findings without figures have no measure; one cell is a list of one", () => {
    const [f] = findingsOf(
      "om.excluded-item",
      [line({ name: "互联网专线", category: "om-excluded", row: 9, amount: 36000 })],
      { kind: "om" },
    );
    expect(f).toMatchObject({ measure: null, cell: "G9", cells: ["G9"] });
    const [crypto] = findingsOf("fees.crypto-test-missing", [
      line({ name: "服务器", category: "hardware", amount: 1 }),
    ]);
    expect(crypto).toMatchObject({ measure: null, cell: null, cells: [] });
  });
});
