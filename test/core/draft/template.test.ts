import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { budgetTemplate, type TemplateKind } from "../../../src/core/draft/template";
import { audit } from "../../../src/core/engine";
import { loadStandardById } from "../../../src/cli/standards";
import type { SystemType } from "../../../src/core/model/types";
import type { SheetSnapshot } from "../../../src/core/snapshot/types";
import { fakeFromSnapshot } from "../../support/fake-from-snapshot";
import { snapshotToXlsx } from "../../support/snapshot-xlsx";
import { runCli } from "../../support/cli";

const PACKS = ["yangpu-2023", "qingpu-2024", "luohu-2024", "gongshu-draft", "qingyang-2024"];
const KINDS: TemplateKind[] = ["construction", "upgrade", "om"];
const SYSTEMS: SystemType[] = ["oa", "video-conference", "website", "server-room", "info-release", "hotline", "other"];

/** Every formula's text in the sheet. */
const formulas = (s: SheetSnapshot) => (s.formulas ?? []).flat().filter((f): f is string => !!f);
const objections = (id: string, sheet: SheetSnapshot) =>
  audit({ name: "t", sheets: [sheet] }, loadStandardById(id))
    .findings.filter((f) => f.severity !== "info")
    .map((f) => `${f.severity} ${f.rule} ${f.cell ?? ""}`);

describe("新建预算表: a compliant template in the pack's terms", () => {
  const cases = PACKS.flatMap((id) =>
    KINDS.flatMap((kind) => (kind === "om" ? [[id, kind, "other"]] : SYSTEMS.map((s) => [id, kind, s]))),
  ).filter(
    // 罗湖 asks a 备案制 project (under its threshold) to use the district's shared servers and network rather than
    // buy them: the small 信息发布 example is one, and is told so.
    ([id, , system]) => !(id === "luohu-2024" && system === "info-release"),
  ) as [string, TemplateKind, SystemType][];

  it.each(cases)(
    "%s %s %s: its example rows pass the audit with no error or warning, read as that kind and system",
    (id, kind, system) => {
      const pack = loadStandardById(id);
      const { sheet } = budgetTemplate(pack, { kind, system });
      expect(objections(id, sheet)).toEqual([]);
      const r = audit({ name: "t", sheets: [sheet] }, pack);
      expect(r.model.profile.kind).toBe(kind);
      if (kind !== "om") expect(r.model.profile.system).toBe(system);
      expect(r.model.lines.length).toBeGreaterThanOrEqual(4);
    },
  );

  it("computes every value its formula computes: 金额 = 数量 × 单价, the fees on their bases, the subtotals and the total", () => {
    for (const kind of KINDS) {
      const { sheet } = budgetTemplate(loadStandardById("yangpu-2023"), { kind, system: "oa" });
      const book = fakeFromSnapshot({ sheets: [sheet] });
      const before = JSON.stringify(sheet.values);
      book.recalculate();
      const after = sheet.values.map((row, r) => row.map((v, c) => book.sheets[0].cell(r, c)?.value ?? v ?? null));
      expect([kind, JSON.stringify(after)]).toEqual([kind, before]);
    }
  });

  it("writes the Yangpu limits as live formulas and notes, read from the pack's rules", () => {
    const build = budgetTemplate(loadStandardById("yangpu-2023"), { kind: "construction", system: "oa" }).sheet;
    const f = formulas(build);
    expect(f.some((x) => /^=ROUND\(\(G\d+\+G\d+\+G\d+\+G\d+\)\*0\.065,2\)$/.test(x))).toBe(true); // 集成 6.5% of 软硬件购置费
    expect(f.some((x) => /^=ROUND\(\(G\d+\+G\d+\+G\d+\+G\d+\)\*0\.0125,2\)$/.test(x))).toBe(true); // 安全测评 1.25% of 项目建设费
    expect(f.filter((x) => /^=E\d+\*F\d+$/.test(x)).length).toBeGreaterThanOrEqual(8);
    const text = build.values.flat().join(" ");
    expect(text).toContain("人月单价不超过 2 万元");
    expect(text).toContain("按软硬件购置费的 5%–8% 计取");
    expect(text).toContain("四项合计不超过项目建设费的 10%");
    expect(build.values[0][0]).toBe("杨浦区XX单位协同办公（OA）系统建设项目投资估算表");

    // A pack that reads the maximum from its data: a changed cap changes the template.
    const pack = loadStandardById("yangpu-2023");
    (pack.rules["dev.person-month-price"].params as { maxPrice: { value: string } }).maxPrice.value = "2.5";
    expect(budgetTemplate(pack, { kind: "construction" }).sheet.values.flat()).toContain(25000);

    const om = budgetTemplate(loadStandardById("yangpu-2023"), { kind: "om" }).sheet;
    // One hardware line per class at its rate (A 4%, B 6%, C 8%), the security device, product and app software.
    const rates = om.values.map((row) => row[5]).filter((v) => typeof v === "number");
    expect(rates).toEqual([0.04, 0.06, 0.08, 0.1, 0.1, 0.12]);
  });

  it("follows the pack: a district with no rates writes no rate formulas", () => {
    for (const id of ["qingpu-2024", "luohu-2024", "gongshu-draft", "qingyang-2024"]) {
      const build = budgetTemplate(loadStandardById(id), { kind: "construction", system: "oa" }).sheet;
      expect([id, formulas(build).filter((x) => x.includes("ROUND"))]).toEqual([id, []]);
      expect([id, build.values.flat().join(" ")]).not.toEqual([id, expect.stringContaining("人月单价不超过")]);
      const om = budgetTemplate(loadStandardById(id), { kind: "om" }).sheet;
      expect([id, om.values.map((row) => row[5]).filter((v) => typeof v === "number")]).toEqual([id, []]);
    }
    // 青浦 names projects its own way; 罗湖 requires 等保测评 and 源代码审查 where software is developed.
    expect(budgetTemplate(loadStandardById("qingpu-2024"), { kind: "upgrade" }).sheet.values[0][0]).toMatch(
      /系统建设项目\(升级改造\)投资估算表$/,
    );
    const luohu = budgetTemplate(loadStandardById("luohu-2024"), { kind: "construction" }).sheet.values.flat();
    expect(luohu).toEqual(expect.arrayContaining(["等级保护测评费", "代码审计费"]));
  });

  it.each(KINDS)("the CLI passes the %s template written as a workbook with no error or warning", async (kind) => {
    const { sheet } = budgetTemplate(loadStandardById("yangpu-2023"), { kind, system: "oa" });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "template-"));
    const file = await snapshotToXlsx({ sheets: [sheet] }, path.join(dir, `${kind}.xlsx`));
    const { code, out } = await runCli(["check", file, "--format", "json", "--jobs", "1"]);
    const report = JSON.parse(out);
    const bad = report.files[0].findings.filter((f: { severity: string }) => f.severity !== "info");
    expect([code, bad]).toEqual([0, []]);
    expect(report.files[0].standard.id).toBe("yangpu-2023");
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
