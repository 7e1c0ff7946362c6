import { classifyLines } from "../../../src/core/classify/classify-lines";
import type { BudgetLine, Category, ProjectKind } from "../../../src/core/model/types";
import { line, profile } from "../../support/model";
import { yangpu } from "../../support/pack";

const pack = yangpu();
const classify = (l: BudgetLine, kind: ProjectKind = "construction", lineCategories?: Record<string, Category>) =>
  classifyLines([l], pack, profile({ kind }), { lineCategories })[0];

describe("fee categories (longest keyword first)", () => {
  it.each<[string, Category]>([
    ["应用服务器", "hardware"],
    ["数据库服务器", "hardware"],
    ["接入交换机", "hardware"],
    ["核心层交换机", "hardware"],
    ["磁盘阵列", "hardware"],
    ["UPS不间断电源", "hardware"],
    ["笔记本电脑", "hardware"],
    ["LED大屏", "hardware"],
    ["下一代防火墙", "security-product"],
    ["数据库审计系统", "security-product"],
    ["堡垒机", "security-product"],
    ["网闸", "security-product"],
    ["WAF", "security-product"],
    ["国产数据库软件", "product-software"],
    ["服务器操作系统", "product-software"],
    ["中间件", "product-software"],
    ["正版办公软件", "product-software"],
    ["版式软件授权", "product-software"],
    ["流程审批模块定制开发", "development"],
    ["移动办公功能开发", "development"],
    ["内容管理系统开发", "development"],
    ["数据迁移服务", "data-service"],
    ["数据治理", "data-service"],
    ["机房装修工程", "facility"],
    ["综合布线", "facility"],
    ["系统集成费", "integration"],
    ["安装调试费", "integration"],
    ["项目咨询（或设计）费", "consulting"],
    ["可行性研究报告编制", "consulting"],
    ["信息系统工程监理费", "supervision"],
    ["第三方软件测评费", "software-test"],
    ["安全测评费", "security-test"],
    ["渗透测试", "security-test"],
    ["密码应用安全性评估", "crypto-test"],
    ["三级等保测评", "dengbao"],
    ["等级保护整改", "dengbao"],
    ["三级等保安全测评", "dengbao"],
    ["安全测评（三级等保）", "dengbao"],
    ["网络安全等级保护安全测评", "dengbao"],
    ["应用系统安全测评", "security-test"],
    ["动环监控系统", "hardware"],
    ["建设单位管理费", "management"],
    ["基本预备费", "contingency"],
    ["宣传推广活动", "other"],
  ])("%s → %s", (name, category) => {
    expect(classify(line({ name, category: "other" })).category).toBe(category);
  });

  it("falls back to 规格/备注 when the name says nothing", () => {
    expect(classify(line({ name: "第一批设备", spec: "机架式服务器 2路", category: "other" })).category).toBe(
      "hardware",
    );
  });

  it("a line billed in 人月 with no keyword is development", () => {
    expect(classify(line({ name: "移动端", unitLabel: "人月", category: "other" }))).toMatchObject({
      category: "development",
      categorySource: "unit",
    });
  });

  it("a user override wins", () => {
    const l = line({ name: "服务器", category: "other", row: 30 });
    expect(classify(l, "construction", { [l.id]: "facility" })).toMatchObject({
      category: "facility",
      categorySource: "override",
    });
  });

  it("nothing matched is other, never dropped", () => {
    expect(classify(line({ name: "杂项", category: "other" }))).toMatchObject({
      category: "other",
      categorySource: "none",
    });
  });
});

describe("maintenance lines", () => {
  it.each<[string, Parameters<typeof line>[0], ProjectKind, Category]>([
    [
      "PC服务器维保 with purchase and fee",
      { name: "PC服务器维保", category: "other", purchase: 100000, fee: 8000 },
      "om",
      "om-hardware",
    ],
    [
      "防火墙特征库升级",
      { name: "防火墙特征库升级", category: "other", purchase: 80000, fee: 8000 },
      "om",
      "om-security-device",
    ],
    [
      "国产数据库原厂服务",
      { name: "国产数据库原厂维保服务", category: "other", purchase: 60000, fee: 6000 },
      "om",
      "om-product-software",
    ],
    [
      "OA系统应用软件运维",
      { name: "OA系统应用软件运维", category: "other", devCost: 1000000, fee: 70000 },
      "om",
      "om-app-software",
    ],
    ["互联网带宽租用 in an O&M budget", { name: "互联网带宽租用", category: "other", fee: 36000 }, "om", "om-excluded"],
    [
      "互联网带宽租用 in a construction budget",
      { name: "互联网带宽租用", category: "other", amount: 36000 },
      "construction",
      "other",
    ],
    [
      "服务器（含三年维保） in a construction budget",
      { name: "服务器（含三年维保）", category: "other", amount: 50000 },
      "construction",
      "hardware",
    ],
    // 三(三)2 excludes buying data collection and laying/renting fibre, not maintaining such systems.
    [
      "数据采集系统运维 is application O&M",
      { name: "数据采集系统运维（较复杂）", category: "other", devCost: 500000, fee: 50000 },
      "om",
      "om-app-software",
    ],
    ["数据采集服务 is excluded", { name: "人口数据采集服务", category: "other", fee: 50000 }, "om", "om-excluded"],
    [
      "光缆线路维护 is not 光缆建设",
      { name: "综合布线及光缆线路维护", category: "other", purchase: 100000, fee: 4000 },
      "om",
      "om-hardware",
    ],
    ["光缆租用 is excluded", { name: "政务外网光缆租用", category: "other", fee: 20000 }, "om", "om-excluded"],
  ])("%s", (_label, spec, kind, category) => {
    expect(classify(line(spec), kind).category).toBe(category);
  });
});

describe("line traits", () => {
  it.each<[string, "A" | "B" | "C", boolean]>([
    ["核心层交换机维保", "A", false],
    ["接入层交换机维保", "B", false],
    ["PC服务器维保", "C", false],
    ["磁盘阵列维保", "B", false],
    ["打印机维保", "C", false],
    ["某专用设备维保", "A", true],
  ])("%s → class %s", (name, cls, defaulted) => {
    expect(classify(line({ name, category: "other", purchase: 1, fee: 0 }), "om").hardwareClass).toMatchObject({
      cls,
      defaulted,
    });
  });

  it.each<[string, string]>([
    ["杀毒软件维护", "tool"],
    ["国产数据库维护", "domestic"],
    ["国产版式软件维护", "tool-domestic"],
    ["数据库维护", "unknown"],
  ])("%s → software type %s", (name, type) => {
    expect(classify(line({ name, category: "other", purchase: 1, fee: 0 }), "om").softwareType).toBe(type);
  });

  it.each<[string, string | null]>([
    ["简单", "simple"],
    ["较复杂", "complex"],
    ["复杂", "complex"],
    ["非常复杂", "very-complex"],
    ["", null],
  ])("备注 %s → complexity %s", (remark, complexity) => {
    expect(
      classify(line({ name: "应用系统运维", remark, category: "other", devCost: 1, fee: 0 }), "om").complexity,
    ).toBe(complexity);
  });

  it.each<[string, number | null]>([
    ["三级等保测评", 3],
    ["等级保护测评（第二级）", 2],
    ["等保测评", null],
  ])("%s → level %s", (name, level) => {
    expect(classify(line({ name, category: "other" })).dengbaoLevel).toBe(level);
  });
});
