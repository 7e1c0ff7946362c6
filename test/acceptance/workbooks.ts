import type { WorkbookSnapshot } from "../../src/core/snapshot/types";
import { grid, workbook } from "../support/grid";

/**
 * Budget workbooks drafted the way district budget units draft them, for the end-to-end acceptance tests.
 * Each carries a known set of violations; the numbers are worked out in the comments.
 */

/**
 * A: OA upgrade, one sheet in 万元, seq column holding the section numerals (一/二/三/四) with section amounts,
 * 合计 by formula, a note under the table.
 * Purchase base 42 + 10 = 52; integration 4.68 = 9% (> 8%); construction base 42 + 10 + 52 + 4.68 = 108.68;
 * four fees 5 + 3.5 + 2.5 + 1.5 = 12.5 > 10.868; security test 1.5 / 108.68 = 1.38% (fine); no 密码测评;
 * development 2.6 万元/人月 on row 13; total 121.18 万 (≥ 100万 with 监理: route 联席会议审核).
 */
export function oaUpgrade(): WorkbookSnapshot {
  const rows = [
    ["杨浦区某局协同办公系统升级改造项目投资估算表"],
    ["编制单位：杨浦区某局", null, null, null, null, null, "单位：万元"],
    ["序号", "费用名称", "规格及说明", "单位", "数量", "单价", "金额", "备注"],
    ["一", "硬件设备购置费", null, null, null, null, 42, null],
    [1, "应用服务器", "2路16核/128G内存", "台", 2, 6, 12, null],
    [2, "数据库服务器", "4路/256G", "台", 1, 8, 8, null],
    [3, "接入交换机", "48口千兆", "台", 4, 1.5, 6, null],
    [4, "下一代防火墙", "万兆", "台", 1, 16, 16, null],
    ["二", "软件购置费", null, null, null, null, 10, null],
    [1, "国产数据库软件", "达梦 DM8 企业版", "套", 1, 6, 6, null],
    [2, "服务器操作系统", "银河麒麟", "套", 4, 1, 4, null],
    ["三", "应用软件开发费", null, null, null, null, 52, null],
    [1, "流程审批模块定制开发", "详见功能清单", "人月", 10, 2.6, 26, null],
    [2, "移动办公功能开发", null, "人月", 13, 2, 26, null],
    ["四", "其他费用", null, null, null, null, 17.18, null],
    [1, "系统集成费", "按软硬件购置费9%计", "项", 1, 4.68, 4.68, null],
    [2, "项目咨询（或设计）费", null, "项", 1, 5, 5, null],
    [3, "信息系统工程监理费", null, "项", 1, 3.5, 3.5, null],
    [4, "第三方软件测评费", null, "项", 1, 2.5, 2.5, null],
    [5, "安全测评费", null, "项", 1, 1.5, 1.5, null],
    [null, "合计", null, null, null, null, 121.18, null],
    [],
    ["注：1. 以上报价均含税；2. 人月单价参照市场价格。"],
  ];
  const formulas: Record<string, string> = {
    G4: "=SUM(G5:G8)",
    G9: "=SUM(G10:G11)",
    G12: "=SUM(G13:G14)",
    G15: "=SUM(G16:G20)",
    G21: "=G4+G9+G12+G15",
  };
  for (const r of [5, 6, 7, 8, 10, 11, 13, 14, 16, 17, 18, 19, 20]) formulas[`G${r}`] = `=E${r}*F${r}`;
  return workbook("oa-upgrade.xlsx", grid("投资估算表", rows, { formulas, merges: ["A1:H1"] }));
}

/**
 * B: a medium-tier website, 元, a 汇总表 whose amounts are formulas into three detail sheets.
 * Hardware 210000 (3 servers > 2 for 中型); development 16 人月 (> 15) at exactly 20000 元/人月 (fine);
 * integration 12600 = 6% of 210000 (fine); four fees 25000 ≤ 10% × 542600; 密码测评 present;
 * total 587600 (< 90万, < 100万 → 备案制). The summary must not be counted twice.
 */
export function websiteMedium(): WorkbookSnapshot {
  const summary = grid(
    "汇总表",
    [
      ["杨浦区XX门户网站建设项目（中型）预算汇总表"],
      ["单位：元"],
      ["序号", "费用名称", "金额", "备注"],
      [1, "硬件购置费", 210000, null],
      [2, "应用软件开发费", 320000, null],
      [3, "其他费用", 57600, null],
      [null, "合计", 587600, null],
    ],
    {
      formulas: { C4: "='硬件清单'!F7", C5: "='开发工作量'!E6", C6: "='其他费用'!D7", C7: "=SUM(C4:C6)" },
      merges: ["A1:D1"],
    },
  );
  const hardware = grid(
    "硬件清单",
    [
      ["硬件设备清单"],
      ["序号", "设备名称", "规格型号", "数量", "单价（元）", "金额（元）"],
      [1, "Web服务器", "2路/64G", 2, 40000, 80000],
      [2, "数据库服务器", "4路/256G", 1, 60000, 60000],
      [3, "交换机", "24口千兆", 2, 10000, 20000],
      [4, "防火墙", null, 1, 50000, 50000],
      [null, "小计", null, null, null, 210000],
    ],
    { formulas: { F7: "=SUM(F3:F6)" } },
  );
  const dev = grid("开发工作量", [
    ["应用软件开发工作量测算"],
    ["序号", "功能模块", "工作量（人月）", "人月单价（元）", "金额（元）"],
    [1, "内容管理系统开发", 8, 20000, 160000],
    [2, "政务公开栏目开发", 5, 20000, 100000],
    [3, "智能检索功能开发", 3, 20000, 60000],
    [null, "合计", 16, null, 320000],
  ]);
  const other = grid("其他费用", [
    ["其他费用测算表"],
    ["序号", "费用名称", "计费依据", "金额（元）"],
    [1, "系统集成费", "软硬件购置费×6%", 12600],
    [2, "工程监理费", null, 15000],
    [3, "第三方软件测评费", null, 10000],
    [4, "密码应用安全性评估", null, 20000],
    [null, "合计", null, 57600],
  ]);
  return workbook("website.xlsx", summary, hardware, dev, other);
}

/**
 * C: an O&M budget in 元 with two tables on one sheet: hardware maintenance (购置金额 × 维护费率) and application
 * maintenance (原开发费 × 运维费率). PC服务器 at 10% (> C 8%); 门户网站 maintenance at 15% with no complexity
 * (warning); 带宽租用 is not an e-gov O&M cost. Everything else sits exactly on its cap.
 */
export function omBudget(): WorkbookSnapshot {
  const rows = [
    ["2025年度杨浦区XX委电子政务系统运维项目预算表"],
    ["编制单位：XX委信息中心", null, null, null, null, null, "单位：元"],
    ["序号", "设备名称", "品牌型号", "数量", "购置金额", "维护费率", "年维护费", "备注"],
    ["(一)", "硬件设备维护"],
    [1, "核心交换机维保", "华为S12700", 2, 200000, "4%", 8000, null],
    [2, "PC服务器维保", "浪潮NF5280", 4, 100000, 0.1, 10000, null],
    [3, "防火墙特征库升级及日常运行维护", "深信服", 1, 80000, 0.08, 6400, null],
    [4, "UPS维保", null, 1, 50000, 0.06, 3000, null],
    [null, "小计", null, null, null, null, 27400, null],
    [],
    ["序号", "系统名称", "原开发费", "运维费率", "年运维费", "备注"],
    [1, "协同办公系统应用软件运维", 1000000, 0.12, 120000, "较复杂"],
    [2, "门户网站应用软件运维", 500000, 0.15, 75000, null],
    [3, "互联网带宽租用", null, null, 36000, "100M"],
    [null, "合计", null, null, 231000, null],
    [],
    ["注：维护费率按《杨浦区区本级电子政务项目通用类配置标准》执行。"],
  ];
  return workbook(
    "om.xlsx",
    grid("运维预算表", rows, {
      formulas: { G9: "=SUM(G5:G8)", E15: "=SUM(E12:E14)" },
      formats: { F6: "0%", F7: "0%", F8: "0%", D12: "0%", D13: "0%" },
    }),
  );
}
