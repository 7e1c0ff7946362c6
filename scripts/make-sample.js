#!/usr/bin/env node
// Writes the bundled sample workbooks into assets/ (committed; rerun after changing them):
//   sample-budget.xlsx     an OA upgrade estimate in 万元 with a few real violations
//   sample-om-budget.xlsx  an O&M budget in 元 with maintenance-rate violations
"use strict";

const path = require("path");
const ExcelJS = require("exceljs");

const thin = { style: "thin" };
const border = { top: thin, left: thin, bottom: thin, right: thin };

function table(ws, headerRow, rows, formulas, widths) {
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  rows.forEach((values, i) => {
    const r = headerRow + i;
    values.forEach((v, c) => {
      if (v === null || v === undefined) return;
      const cell = ws.getCell(r, c + 1);
      const f = formulas[`${String.fromCharCode(65 + c)}${r}`];
      cell.value = f ? { formula: f, result: v } : v;
    });
    for (let c = 1; c <= widths.length; c++) {
      const cell = ws.getCell(r, c);
      cell.border = border;
      if (i === 0) cell.font = { bold: true };
    }
  });
}

async function sampleBudget(file) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("投资估算表");
  ws.mergeCells("A1:H1");
  ws.getCell("A1").value = "杨浦区某局协同办公系统升级改造项目投资估算表";
  ws.getCell("A1").font = { bold: true, size: 14 };
  ws.getCell("A1").alignment = { horizontal: "center" };
  ws.getCell("A2").value = "编制单位：杨浦区某局";
  ws.getCell("G2").value = "单位：万元";
  const rows = [
    ["序号", "费用名称", "规格及说明", "单位", "数量", "单价", "金额", "备注"],
    ["一", "硬件设备购置费", null, null, null, null, 42],
    [1, "应用服务器", "2路16核/128G内存", "台", 2, 6, 12],
    [2, "数据库服务器", "4路/256G", "台", 1, 8, 8],
    [3, "接入交换机", "48口千兆", "台", 4, 1.5, 6],
    [4, "下一代防火墙", "万兆", "台", 1, 16, 16],
    ["二", "软件购置费", null, null, null, null, 10],
    [1, "国产数据库软件", "达梦 DM8 企业版", "套", 1, 6, 6],
    [2, "服务器操作系统", "银河麒麟", "套", 4, 1, 4],
    ["三", "应用软件开发费", null, null, null, null, 52],
    [1, "流程审批模块定制开发", "详见功能清单", "人月", 10, 2.6, 26],
    [2, "移动办公功能开发", null, "人月", 13, 2, 26],
    ["四", "其他费用", null, null, null, null, 17.18],
    [1, "系统集成费", "按软硬件购置费9%计", "项", 1, 4.68, 4.68],
    [2, "项目咨询（或设计）费", null, "项", 1, 5, 5],
    [3, "信息系统工程监理费", null, "项", 1, 3.5, 3.5],
    [4, "第三方软件测评费", null, "项", 1, 2.5, 2.5],
    [5, "安全测评费", null, "项", 1, 1.5, 1.5],
    [null, "合计", null, null, null, null, 121.18],
  ];
  const formulas = {
    G4: "SUM(G5:G8)",
    G9: "SUM(G10:G11)",
    G12: "SUM(G13:G14)",
    G15: "SUM(G16:G20)",
    G21: "G4+G9+G12+G15",
  };
  for (const r of [5, 6, 7, 8, 10, 11, 13, 14, 16, 17, 18, 19, 20]) formulas[`G${r}`] = `E${r}*F${r}`;
  table(ws, 3, rows, formulas, [6, 24, 22, 6, 6, 8, 10, 16]);
  ws.getCell("A23").value = "注：1. 以上报价均含税；2. 人月单价参照市场价格。";
  await wb.xlsx.writeFile(file);
}

async function sampleOm(file) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("运维预算表");
  ws.mergeCells("A1:H1");
  ws.getCell("A1").value = "2025年度杨浦区某委电子政务系统运维项目预算表";
  ws.getCell("A1").font = { bold: true, size: 14 };
  ws.getCell("A2").value = "编制单位：某委信息中心";
  ws.getCell("G2").value = "单位：元";
  table(
    ws,
    3,
    [
      ["序号", "设备名称", "品牌型号", "数量", "购置金额", "维护费率", "年维护费", "备注"],
      ["(一)", "硬件设备维护"],
      [1, "核心交换机维保", "华为S12700", 2, 200000, 0.04, 8000],
      [2, "PC服务器维保", "浪潮NF5280", 4, 100000, 0.1, 10000],
      [3, "防火墙特征库升级及日常运行维护", "深信服", 1, 80000, 0.08, 6400],
      [4, "UPS维保", null, 1, 50000, 0.06, 3000],
      [null, "小计", null, null, null, null, 27400],
    ],
    { G5: "E5*F5", G6: "E6*F6", G7: "E7*F7", G8: "E8*F8", G9: "SUM(G5:G8)" },
    [6, 30, 14, 6, 12, 10, 12, 12],
  );
  table(
    ws,
    11,
    [
      ["序号", "系统名称", "原开发费", "运维费率", "年运维费", "备注"],
      [1, "协同办公系统应用软件运维", 1000000, 0.12, 120000, "较复杂"],
      [2, "门户网站应用软件运维", 500000, 0.15, 75000, null],
      [3, "互联网带宽租用", null, null, 36000, "100M"],
      [null, "合计", null, null, 231000, null],
    ],
    { E12: "C12*D12", E13: "C13*D13", E15: "SUM(E12:E14)" },
    [6, 30, 14, 10, 12, 12],
  );
  for (const a of ["F5", "F6", "F7", "F8", "D12", "D13"]) ws.getCell(a).numFmt = "0%";
  ws.getCell("A17").value = "注：维护费率按《杨浦区区本级电子政务项目通用类配置标准》执行。";
  await wb.xlsx.writeFile(file);
}

(async () => {
  const dir = path.join(__dirname, "..", "assets");
  await sampleBudget(path.join(dir, "sample-budget.xlsx"));
  await sampleOm(path.join(dir, "sample-om-budget.xlsx"));
  console.log("assets/sample-budget.xlsx, assets/sample-om-budget.xlsx written");
})();
