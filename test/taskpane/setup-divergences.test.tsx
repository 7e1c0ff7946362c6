/**
 * Issue 15, part 3: where the CLI and the pane used to decide an audit's setup each on their own and gave two answers.
 * Each test here failed on the code before the audit-setup layer (src/core/setup) and passes with it.
 */
import * as fs from "fs";
import * as path from "path";
import { renderToStaticMarkup } from "react-dom/server";
import { parseArgs } from "../../src/cli/args";
import { AuditController } from "../../src/taskpane/audit-controller";
import { setPackLoader } from "../../src/taskpane/standards";
import { Summary } from "../../src/taskpane/Summary";
import { audit } from "../../src/core/engine";
import { oaUpgrade, omBudget } from "../acceptance/workbooks";
import { workbook } from "../support/grid";
import { FakeBridge } from "./fake-bridge";

const fromDisk = async (id: string) =>
  JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "standards", `${id}.json`), "utf8"));
beforeEach(() => setPackLoader(fromDisk));
afterAll(() => setPackLoader(null));

async function ready(bridge: FakeBridge): Promise<AuditController> {
  const c = new AuditController(bridge, "zh-CN");
  await c.init();
  return c;
}

/** The O&M sample retitled for Qingpu: an O&M budget the qingpu pack checks. */
const retitled = (snapshot: ReturnType<typeof oaUpgrade>, title: string) => {
  const s = structuredClone(snapshot);
  s.sheets[0].values[0][0] = title;
  return s;
};

describe("one profile-value parser: the CLI and the pane accept and refuse the same values", () => {
  it("--acceptance-date 2023-02-30 (no such day) is refused by the CLI, as the pane refuses it", () => {
    expect(() => parseArgs(["check", "a.xlsx", "--acceptance-date", "2023-02-30"])).toThrow(/--acceptance-date/);
    expect(() => parseArgs(["check", "a.xlsx", "--acceptance-date", "2024-02-29"])).not.toThrow();
  });

  it("an amount written with full-width commas or spaces is read by the CLI as it is by the pane", () => {
    const c = parseArgs(["check", "a.xlsx", "--approved-total", "1，200，000", "--last-year-om", "230 000"]);
    if (c.command !== "check") throw new Error("not check");
    expect(c.profileValues.approvedTotal).toBe("1200000");
    expect(c.lastYearOm?.toFixed()).toBe("230000");
  });

  it("a name is trimmed by the CLI as by the pane", () => {
    const c = parseArgs(["check", "a.xlsx", "--unit-name", " 某局 "]);
    if (c.command !== "check") throw new Error("not check");
    expect(c.profileValues.unitName).toBe("某局");
  });

  it("the pane refuses an over-long amount as the CLI does", async () => {
    const c = await ready(new FakeBridge(oaUpgrade()));
    await c.setStandard("qingpu-2024");
    await c.setProfileValue("approved_total", "1".repeat(16));
    await c.check();
    expect(c.getState().error?.message).toMatch(/批复金额/);
    expect(c.getState().result).toBeNull();
  });
});

describe("findings that name a value not given name it the pane's way in the pane", () => {
  it("no CLI flag in a pane finding: the reminder names the fields by their labels", async () => {
    const c = await ready(new FakeBridge(retitled(oaUpgrade(), "青浦区某局协同办公系统升级改造项目投资估算表")));
    await c.setStandard("qingpu-2024");
    await c.setProfileValue("review_route", "fast-iteration", true);
    await c.check();
    const s = c.getState();
    expect(s.error).toBeNull();
    const reminder = s.result!.findings.find((f) => f.rule === "qingpu.fast-iteration-dept-cap")!;
    expect(reminder.message).toContain("“本部门本年已备案项目总额（元）”");
    expect(reminder.messageEn).toContain("last year's IT construction funds");
    for (const f of s.result!.findings) {
      expect([f.rule, f.message]).not.toEqual([f.rule, expect.stringMatching(/--[a-z]/)]);
      expect([f.rule, f.messageEn]).not.toEqual([f.rule, expect.stringMatching(/--[a-z]/)]);
    }
  });

  it("the pack's own messages that ask for a field (system level, project kind) name it by its label in the pane", async () => {
    const c = await ready(new FakeBridge(retitled(oaUpgrade(), "青浦区某局协同办公系统新建项目投资估算表")));
    await c.setStandard("qingpu-2024");
    await c.setChoice("kind", "construction");
    await c.check();
    const relation = c.getState().result!.findings.find((f) => f.rule === "qingpu.system-relation")!;
    expect(relation.message).toContain("“系统层级（大系统/子系统/功能模块）”");
    expect(relation.message).not.toContain("--system-level");
    await c.setChoice("kind", "service");
    await c.check();
    const kind = c.getState().result!.findings.find((f) => f.rule === "qingpu.service-kind")!;
    expect(kind.message).toContain("“项目类型”");
    expect(kind.message).not.toContain("--kind");
    expect(kind.messageEn).toContain('"Project kind"');
  });
});

describe("the no-table outcome is decided once", () => {
  it("the pane names the hidden sheets it left out, as the CLI does, and how to include them", async () => {
    const snapshot = workbook(
      "x.xlsx",
      { name: "说明", origin: { row: 0, col: 0 }, values: [["说明"]], merges: [] },
      { ...omBudget().sheets[0], hidden: true },
    );
    const c = await ready(new FakeBridge(snapshot));
    await c.check();
    // Guidance, not an error: the core's outcome, worded as the CLI words it.
    expect(c.getState().error).toBeNull();
    const e = c.getState().noTable!;
    expect(e.zh).toContain(`隐藏的工作表（${omBudget().sheets[0].name}）未检查`);
    expect(e.zh).toContain("“包含隐藏工作表”");
    expect(e.en).toContain('"Include hidden sheets"');
  });
});

describe("the totals a report shows are decided once", () => {
  const pack = () =>
    JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "standards", "yangpu-2023.json"), "utf8"));
  it("a purchased-service budget shows its own total, no 项目建设费 of 0 (the CLI's 服务费用 shape)", async () => {
    const { loadStandard } = await import("../../src/core/standards/load-standard");
    const p = loadStandard(pack(), { expectedId: "yangpu-2023" });
    const result = audit(omBudget(), p, { kind: "service" });
    const out = renderToStaticMarkup(<Summary locale="zh-CN" result={result} />);
    expect(out).not.toContain('data-testid="total-construction"');
    expect(out).toContain('data-testid="total-grand"');
  });
  it("an O&M budget that carries construction lines shows its 项目建设费, as the CLI does", async () => {
    const { loadStandard } = await import("../../src/core/standards/load-standard");
    const p = loadStandard(pack(), { expectedId: "yangpu-2023" });
    const result = audit(oaUpgrade(), p, { kind: "om" });
    const out = renderToStaticMarkup(<Summary locale="zh-CN" result={result} />);
    expect(out).toContain('data-testid="total-construction"');
  });
});
