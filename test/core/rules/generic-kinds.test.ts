import Decimal from "decimal.js";
import { IMPLEMENTATIONS } from "../../../src/core/rules/registry";
import { ruleTester, testedKinds, w, yuan } from "../../support/rule-tester";

/**
 * One table per generic rule kind (src/core/rules, ids `generic.*`), each under a real entry of a district pack: the
 * budgets it lets pass and the findings it gives, by severity, message id, values and cells.
 */

/** A budget of `total` 万元: a development line and `others`, taken out of the development. */
const budget = (total: number, others: ReturnType<typeof w>[] = []) => {
  const rest = others.reduce((n, l) => n + Number(l.amount?.value ?? 0) / 10000, 0);
  return [w("应用软件定制开发", "development", String(total - rest), { row: 5 }), ...others];
};

ruleTester("generic.threshold", "qingpu-2024", "qingpu.major-project", {
  valid: [
    { name: "999.99万 construction", lines: budget(999.99) },
    { name: "an O&M budget under 1000万", kind: "om", lines: budget(50) },
  ],
  invalid: [
    {
      name: "exactly 1000万 (含)",
      lines: budget(1000),
      findings: [{ severity: "info", messageId: "qingpu.major-project.amount", limit: yuan(1000), actual: yuan(1000) }],
    },
    {
      name: "declared a major project",
      kind: "om",
      overrides: { majorProject: true },
      findings: [{ severity: "info", messageId: "qingpu.major-project.flagged" }],
    },
  ],
});

ruleTester("generic.threshold", "qingpu-2024", "qingpu.change-over-approval", {
  valid: [
    { name: "no approved total given", lines: budget(120) },
    { name: "within the approved total", lines: budget(100), overrides: { approvedTotal: new Decimal(yuan(100)) } },
  ],
  invalid: [
    {
      name: "over the approved total",
      lines: budget(120),
      overrides: { approvedTotal: new Decimal(yuan(100)) },
      findings: [
        { severity: "warning", messageId: "qingpu.change-over-approval", actual: yuan(120), limit: yuan(100) },
      ],
    },
  ],
});

ruleTester("generic.presence", "qingpu-2024", "qingpu.supervision-required", {
  valid: [
    { name: "99.99万 without 监理", lines: budget(99.99) },
    { name: "100万 with a supervision line", lines: budget(100, [w("信息系统工程监理费", "supervision", "2")]) },
    { name: "100万 with 监理 in a line's name", lines: budget(100, [w("项目监理服务", "other", "2")]) },
    { name: "an O&M budget of 150万", kind: "om", lines: budget(150) },
  ],
  invalid: [
    {
      name: "exactly 100万 without 监理",
      lines: budget(100),
      findings: [{ severity: "error", messageId: "qingpu.supervision-required", actual: yuan(100), limit: yuan(100) }],
    },
    {
      name: "an upgrade of 150万",
      kind: "upgrade",
      lines: budget(150),
      findings: [{ severity: "error", messageId: "qingpu.supervision-required", actual: yuan(150), limit: yuan(100) }],
    },
  ],
});

const complete = () =>
  budget(100, [w("等保测评", "dengbao", "3"), w("工程监理", "supervision", "2"), w("基本预备费", "contingency", "2")]);

ruleTester("generic.composition", "luohu-2024", "luohu.estimate-composition", {
  valid: [
    { name: "every group present", lines: complete() },
    { name: "an O&M budget (not a construction estimate)", kind: "om", lines: budget(100) },
  ],
  invalid: [
    {
      name: "网络安全费 and 预备费 missing: one finding each, info",
      lines: budget(100, [w("工程监理", "supervision", "2")]),
      findings: [
        { severity: "info", messageId: "luohu.estimate-composition" },
        { severity: "info", messageId: "luohu.estimate-composition" },
      ],
    },
    {
      name: "政府投资: the same findings are warnings",
      lines: budget(100, [w("工程监理", "supervision", "2"), w("等保测评", "dengbao", "3")]),
      overrides: { fundingType: "government-investment" },
      findings: [{ severity: "warning", messageId: "luohu.estimate-composition" }],
    },
  ],
});

ruleTester("generic.naming", "qingpu-2024", "qingpu.naming-new", {
  valid: [
    { name: "青浦区某某平台建设项目", title: "青浦区某某平台建设项目" },
    { name: "a sub-system with its function module", title: "某某子系统数据采集功能模块建设项目" },
    { name: "no title at all", title: undefined },
    { name: "an upgrade (its own naming rule)", kind: "upgrade", title: "青浦区某某管理系统建设" },
  ],
  invalid: [
    {
      name: "青浦区某某管理系统建设 (no 项目)",
      title: "青浦区某某管理系统建设",
      findings: [{ severity: "warning", messageId: "qingpu.naming-new" }],
    },
  ],
});

ruleTester("generic.naming", "qingyang-2024", "qingyang.township", {
  valid: [
    { name: "a county project naming 乡镇", title: "青阳县乡镇综合治理平台建设项目" },
    { name: "城镇 is not a township", title: "青阳县城镇燃气监管平台建设项目" },
  ],
  invalid: [
    {
      name: "a township's own project (must-not-match)",
      title: "某某镇智慧治理平台建设项目",
      findings: [{ severity: "warning", messageId: "qingyang.township" }],
    },
    {
      name: "a township government as the unit",
      title: "青阳县数据共享平台建设项目",
      overrides: { unitName: "木镇镇人民政府" },
      findings: [{ severity: "warning", messageId: "qingyang.township" }],
    },
  ],
});

ruleTester("generic.forbidden-lines", "qingpu-2024", "qingpu.om-excluded-item", {
  valid: [
    {
      name: "an O&M budget of maintenance only",
      kind: "om",
      lines: [w("应用系统运维", "om-app-software", "30", { row: 5 })],
    },
    {
      name: "差旅 in a construction budget (the entry is for O&M)",
      lines: budget(50, [w("运维人员差旅费", "other", "1", { row: 6 })]),
    },
  ],
  invalid: [
    {
      name: "电费 and 会议费 in an O&M budget: one error per line, at its cell",
      kind: "om",
      lines: [
        w("应用系统运维", "om-app-software", "30", { row: 5 }),
        w("机房电费", "other", "2", { row: 6 }),
        w("运维工作会议费", "other", "1", { row: 7 }),
      ],
      findings: [
        { severity: "error", messageId: "qingpu.om-excluded-item", cell: "G6" },
        { severity: "error", messageId: "qingpu.om-excluded-item", cell: "G7" },
      ],
    },
  ],
});

ruleTester("generic.line-period", "qingyang-2024", "qingyang.trial-run-period", {
  valid: [
    { name: "试运行（3个月）", lines: budget(50, [w("系统试运行（3个月）", "other", "2", { row: 6 })]) },
    { name: "试运行期6个月 (the bound itself)", lines: budget(50, [w("试运行期6个月", "other", "2", { row: 6 })]) },
    { name: "no period stated", lines: budget(50, [w("系统试运行", "other", "2", { row: 6 })]) },
  ],
  invalid: [
    {
      name: "试运行期七个月",
      lines: budget(50, [w("试运行期七个月", "other", "2", { row: 6 })]),
      findings: [{ severity: "warning", messageId: "qingyang.trial-run-period", cell: "B6" }],
    },
    {
      name: "试运行1年",
      lines: budget(50, [w("试运行1年", "other", "2", { row: 6 })]),
      findings: [{ severity: "warning", messageId: "qingyang.trial-run-period", cell: "B6" }],
    },
  ],
});

const omLines = () => [w("应用运维", "om-app-software", "30", { row: 5 })];

ruleTester("generic.period-after-date", "luohu-2024", "luohu.om-within-warranty", {
  valid: [
    {
      name: "accepted 2022-12, 2025年运维",
      kind: "om",
      lines: omLines(),
      title: "某某系统2025年运维项目",
      overrides: { acceptanceDate: "2022-12-01" },
    },
    {
      name: "exactly 24 months before",
      kind: "om",
      lines: omLines(),
      title: "某某系统2025年运维项目",
      overrides: { acceptanceDate: "2023-01-01" },
    },
    { name: "no acceptance date given", kind: "om", lines: omLines(), title: "某某系统2025年运维项目" },
  ],
  invalid: [
    {
      name: "accepted 2024-06, 2025年运维",
      kind: "om",
      lines: omLines(),
      title: "某某系统2025年运维项目",
      overrides: { acceptanceDate: "2024-06-01" },
      findings: [{ severity: "warning", messageId: "luohu.om-within-warranty" }],
    },
  ],
});

const cityTitle = "青阳县智慧城管平台一期建设项目预算表";

ruleTester("generic.split-suspect", "qingyang-2024", "qingyang.split-suspect", {
  valid: [
    { name: "the only workbook of the run", title: cityTitle },
    {
      name: "another workbook names another system",
      title: cityTitle,
      overrides: { runTitles: ["青阳县教育资源平台建设项目"] },
    },
  ],
  invalid: [
    {
      name: "another workbook of the run names the same system",
      title: cityTitle,
      overrides: { runTitles: ["青阳县智慧城管平台二期建设项目"] },
      findings: [{ severity: "info", messageId: "qingyang.split-suspect" }],
    },
  ],
});

ruleTester("generic.rates-not-defined", "qingpu-2024", "qingpu.rates-not-defined", {
  // The notice is given once for every file, whatever it holds: no budget is valid under it.
  always: true,
  valid: [],
  invalid: [
    {
      name: "a development line billed by 人月: once per file, naming the observed price",
      lines: [
        w("应用软件开发", "development", "90", { unitLabel: "人月", quantity: "30", unitPrice: "3", row: 5 }),
        w("应用软件开发二期", "development", "30", { unitLabel: "人月", quantity: "10", unitPrice: "3", row: 6 }),
      ],
      findings: [
        { severity: "info", messageId: "qingpu.rates-not-defined", cell: null, says: "观察到的人月单价 3 万元" },
      ],
    },
    {
      name: "a plain budget: the notice alone",
      lines: budget(50),
      findings: [{ severity: "info", messageId: "qingpu.rates-not-defined", cell: null }],
    },
    {
      name: "a budget with no lines",
      lines: [],
      findings: [{ severity: "info", messageId: "qingpu.rates-not-defined" }],
    },
  ],
});

describe("every generic rule kind has a table", () => {
  it("matches the registry", () => {
    const generic = IMPLEMENTATIONS.map((impl) => impl.id).filter((id) => id.startsWith("generic."));
    expect(generic.length).toBeGreaterThanOrEqual(9);
    expect([...testedKinds].sort()).toEqual([...new Set(generic)].sort());
  });
});
