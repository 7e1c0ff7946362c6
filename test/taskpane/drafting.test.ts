import { AuditController, LIVE_DELAY_MS, LIVE_MAX_LINES } from "../../src/taskpane/audit-controller";
import { t } from "../../src/taskpane/i18n";
import { oaUpgrade, omBudget } from "../acceptance/workbooks";
import { FakeBridge } from "./fake-bridge";
import { setPackLoader } from "../../src/taskpane/standards";
import { grid, workbook } from "../support/grid";
import * as fs from "fs";
import * as path from "path";

beforeEach(() =>
  setPackLoader(async (id) =>
    JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "standards", `${id}.json`), "utf8")),
  ),
);
afterAll(() => setPackLoader(null));

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits until the controller is idle (a live re-check runs on a timer, outside the test's awaits). */
async function idle(c: AuditController, ms = LIVE_DELAY_MS + 300): Promise<void> {
  await sleep(ms);
  for (let i = 0; i < 100 && c.getState().busy; i++) await sleep(20);
}

async function ready(bridge: FakeBridge): Promise<AuditController> {
  const c = new AuditController(bridge);
  await c.init();
  bridge.calls.length = 0;
  return c;
}

function statusText(c: AuditController): string {
  const s = c.getState();
  return (s.status?.parts ?? [])
    .map((p) => t(s.locale, p.key, s.locale === "en-US" && p.paramsEn ? p.paramsEn : p.params))
    .join("");
}

const at = (c: AuditController, rule: string, cell: string) =>
  c.getState().result?.findings.some((f) => f.rule === rule && `${f.sheet}!${f.cell}` === cell) ?? false;

describe("边写边查: an edit re-checks the budget without 检查", () => {
  it("re-audits about half a second after the last edit: one read for a burst of edits, findings and flags updated", async () => {
    const bridge = new FakeBridge(omBudget());
    const c = await ready(bridge);
    expect(bridge.listener).not.toBeNull();
    expect(c.getState().canWatch).toBe(true);
    // Before a first check, edits are the user's own business.
    bridge.edit("运维预算表", 7, 6, 9000);
    await idle(c);
    expect(bridge.calls).not.toContain("readWorkbook");

    bridge.edit("运维预算表", 7, 6, 3000);
    await c.check();
    expect(at(c, "om.hardware-rate", "运维预算表!G8")).toBe(false);
    bridge.calls.length = 0;
    // The UPS (class B, 6% of 50,000 = 3,000) typed up to 10,000 in three keystrokes' worth of edits.
    bridge.edit("运维预算表", 7, 6, 1);
    bridge.edit("运维预算表", 7, 6, 10);
    bridge.edit("运维预算表", 7, 6, 10000);
    await sleep(LIVE_DELAY_MS / 2);
    expect(bridge.calls).not.toContain("readSheet"); // not before the edits settle
    await idle(c);
    // One read: the edited sheet alone, the others from the last check.
    expect(bridge.calls.filter((m) => m === "readWorkbook" || m === "readSheet")).toEqual(["readSheet"]);
    expect(at(c, "om.hardware-rate", "运维预算表!G8")).toBe(true);
    expect(bridge.flagged.at(-1)!.findings.some((f) => f.cell === "G8" && f.rule === "om.hardware-rate")).toBe(true);
    expect(c.getState().error).toBeNull();

    // An edit the host cannot place (no sheet name), or on a sheet the last check did not read: the whole workbook.
    bridge.calls.length = 0;
    bridge.listener!({ worksheetId: "{id}", address: "A1" });
    await idle(c);
    expect(bridge.calls.filter((m) => m === "readWorkbook" || m === "readSheet")).toEqual(["readWorkbook"]);
  });

  it("waits while the 按标准核定 preview is open, and never re-checks when turned off", async () => {
    const bridge = new FakeBridge(omBudget());
    const c = await ready(bridge);
    await c.check();
    c.openApprove();
    expect(c.getState().approveOpen).toBe(true);
    bridge.calls.length = 0;
    bridge.edit("运维预算表", 7, 6, 10000);
    await idle(c);
    expect(bridge.calls).not.toContain("readSheet");
    c.cancelApprove();
    await idle(c);
    expect(bridge.calls).toContain("readSheet");

    c.setLive(false);
    bridge.calls.length = 0;
    bridge.edit("运维预算表", 7, 6, 3000);
    await idle(c);
    expect(bridge.calls).not.toContain("readSheet");
    expect(bridge.calls).not.toContain("readWorkbook");
  });

  it("is on for budgets up to a few thousand lines, off for larger ones unless chosen; absent where the host cannot tell", async () => {
    const rows: (string | number | null)[][] = [["序号", "名称", "数量", "单价", "金额"]];
    for (let i = 1; i <= LIVE_MAX_LINES + 1; i++) rows.push([i, `服务器${i}`, 1, 1000, 1000]);
    const big = new FakeBridge(workbook("big.xlsx", grid("预算表", rows)));
    const c = await ready(big);
    await c.check();
    expect(c.getState().live).toBe(false);
    c.setLive(true);
    await c.check();
    expect(c.getState().live).toBe(true);

    const none = new FakeBridge(omBudget());
    none.noEvents = true;
    const d = await ready(none);
    expect(d.getState().canWatch).toBe(false);
  });
});

describe("a saved record too large to read back", () => {
  it("leaves the pane usable: opens, checks and lists findings; flags wait until the record is removed", async () => {
    const bridge = new FakeBridge(omBudget());
    bridge.oversized.add("flags");
    bridge.flags = 5;
    const c = await ready(bridge);
    expect(c.getState().error).toBeNull();
    expect(c.getState().oversized).toEqual(["flags"]);
    await c.check();
    expect(c.getState().error).toBeNull();
    expect(c.getState().result!.findings.length).toBeGreaterThan(0);
    expect(bridge.calls).not.toContain("flagFindings");

    await c.removeSavedRecord("flags");
    expect(bridge.calls).toContain("removeSavedRecord");
    expect(c.getState().oversized).toEqual([]);
    expect(statusText(c)).toMatch(/已清除保存的标记记录/);
    await c.check();
    expect(bridge.calls).toContain("flagFindings");
    expect(c.getState().hasFlags).toBe(true);
  });

  it("oversized settings and corrections fall back to the defaults, each offered for removal", async () => {
    const bridge = new FakeBridge(omBudget());
    bridge.oversized.add("choices");
    bridge.oversized.add("corrections");
    const c = await ready(bridge);
    expect(c.getState().error).toBeNull();
    expect(c.getState().oversized.sort()).toEqual(["choices", "corrections"]);
    expect(c.getState().standardId).toBe("auto");
    await c.check();
    expect(c.getState().result).not.toBeNull();
    expect(t("zh-CN", "oversized.remove.flags")).toBe("清除已保存的标记记录");
  });
});

describe("reads right", () => {
  it("keeps 送审 as submitted after 按标准核定 (审定 beside it) until the approval is undone", async () => {
    const bridge = new FakeBridge(oaUpgrade());
    const c = await ready(bridge);
    await c.check();
    c.openApprove();
    await c.applyApprove();
    // The sheet now holds the approved amounts; the summary still knows what was submitted.
    expect(c.getState().result!.totals.grand).toBe("1123760");
    expect(c.getState().submittedBefore).toBe("1211800");
    await c.check();
    expect(c.getState().submittedBefore).toBe("1211800");
    await c.revert();
    expect(c.getState().submittedBefore).toBeNull();
  });

  it("tells a host without notes once that flags come without notes", async () => {
    const bridge = new FakeBridge(omBudget());
    bridge.capabilities = async () => ({ notes: false, rangeAreas: true, mergedAreas: true });
    const c = await ready(bridge);
    await c.check();
    expect(statusText(c)).toMatch(/不支持单元格批注/);
    await c.check();
    expect(statusText(c)).not.toMatch(/批注/);
  });

  it("asks for a profile value under the finding that needs it: the finding names the field the pack declares", async () => {
    const wb = oaUpgrade();
    const bridge = new FakeBridge({
      ...wb,
      sheets: wb.sheets.map((sh) => ({
        ...sh,
        values: sh.values.map((row) => row.map((v) => (typeof v === "string" ? v.replace(/杨浦/g, "青浦") : v))),
      })),
    });
    const c = await ready(bridge);
    // Under 青浦's fast-iteration route a cap on the department's filings applies: it needs two amounts.
    await c.setProfileValue("review_route", "fast-iteration", true);
    await c.check();
    const s = c.getState();
    const asking = s.result!.findings.filter((f) => f.needs?.length);
    expect(asking.length).toBeGreaterThan(0);
    const declared = new Set(s.profileFields.map((f) => f.name));
    for (const f of asking)
      for (const name of f.needs!) expect([f.rule, name, declared.has(name)]).toEqual([f.rule, name, true]);
    // Given, the reminder goes.
    const need = asking[0].needs![0];
    const field = s.profileFields.find((f) => f.name === need)!;
    const value =
      field.type === "boolean"
        ? "true"
        : field.type === "choice"
          ? field.choices![0]
          : field.type === "date"
            ? "2024-06-30"
            : "1000000";
    await c.setProfileValue(need, value, true);
    await c.check();
    expect(c.getState().result!.findings.some((f) => f.rule === asking[0].rule && f.needs?.includes(need))).toBe(false);
  });
});

describe("新建预算表", () => {
  it.each(["construction", "upgrade", "om"] as const)(
    "writes a %s template in the pack's terms and checks it: no error or warning",
    async (kind) => {
      const bridge = new FakeBridge(workbook("blank.xlsx", grid("Sheet1", [[null]])));
      const c = await ready(bridge);
      c.openTemplate();
      expect(c.getState().templateOpen).toBe(true);
      await c.createTemplate(kind, "website");
      const s = c.getState();
      expect(s.templateOpen).toBe(false);
      expect(bridge.templates).toEqual([kind === "om" ? "运维预算表" : "投资估算表"]);
      expect(s.error).toBeNull();
      // 自动 reads the district from the template's title.
      expect(s.used?.id).toBe("yangpu-2023");
      expect(s.result!.model.profile.kind).toBe(kind);
      expect(s.result!.findings.filter((f) => f.severity !== "info")).toEqual([]);
      expect(statusText(c)).toMatch(
        /已新建工作表“(投资估算表|运维预算表)”（按杨浦区区本级电子政务项目通用类配置标准（2023）编写）/,
      );
    },
  );

  it("drafts in the chosen pack, and beside a sheet of the same name", async () => {
    const bridge = new FakeBridge(workbook("x.xlsx", grid("投资估算表", [[null]])));
    const c = await ready(bridge);
    await c.setStandard("qingpu-2024");
    await c.createTemplate("upgrade", "oa");
    expect(bridge.templates).toEqual(["投资估算表 (2)"]);
    expect(c.getState().result!.findings.filter((f) => f.severity !== "info")).toEqual([]);
    expect(bridge.snapshot.sheets[1].values[0][0]).toMatch(/^青浦区.*建设项目\(升级改造\)投资估算表$/);
  });
});

describe("each line's cap where the user is, and 按上限填入", () => {
  it("selecting a line shows its allowance; 按上限填入 previews and writes that line only, and reverts exactly", async () => {
    const bridge = new FakeBridge(oaUpgrade());
    const c = await ready(bridge);
    await c.check();
    // The user clicks G13 (流程审批模块定制开发, 10 人月 at 2.6 万).
    bridge.selectionListener!({ sheet: "投资估算表", address: "G13" });
    const id = c.getState().selectedLine!;
    expect(id).toBe("投资估算表!13");
    const before = structuredClone(bridge.snapshot);
    c.fillToCap(id);
    expect(c.getState().approveOpen).toBe(true);
    const scoped = c.scopedPlan();
    expect(scoped.length).toBeGreaterThan(0);
    expect(scoped.every((ch) => ch.lineId === id)).toBe(true);
    expect(scoped.length).toBeLessThan(c.getState().plan.length);
    await c.applyApprove();
    expect(c.getState().approveScope).toBeNull();
    const g13 = bridge.snapshot.sheets[0].formulas![12][6];
    expect(g13).toBe("=E13*F13");
    // Only that line: the integration fee is still over its range.
    expect(c.getState().result!.findings.some((f) => f.rule === "dev.person-month-price")).toBe(false);
    expect(c.getState().result!.findings.some((f) => f.rule === "fees.integration-rate")).toBe(true);
    expect(c.getState().submittedBefore).toBeNull();
    await c.revert();
    expect(bridge.snapshot.sheets[0].values).toEqual(before.sheets[0].values);
    // Clicking a finding selects its line too; a row that is no line selects none.
    await c.selectCell("投资估算表", "G16");
    expect(c.getState().selectedLine).toBe("投资估算表!16");
    bridge.selectionListener!({ sheet: "投资估算表", address: "A1" });
    expect(c.getState().selectedLine).toBeNull();
  });
});
