// Generates realistic budget sheets of any size for the benchmarks: a title, a 单位 line, a header,
// sections with 小计 rows, a mix of hardware / software / development / fee lines, and a 合计 row.
"use strict";

const NAMES = [
  ["PC服务器", "台", 3, 45000],
  ["接入层交换机", "台", 12, 8000],
  ["防火墙", "台", 2, 60000],
  ["数据库软件（国产）", "套", 2, 80000],
  ["操作系统", "套", 6, 3000],
  ["应用软件定制开发", "人月", 10, 20000],
  ["数据迁移服务", "项", 1, 50000],
  ["系统集成费", "项", 1, 30000],
  ["笔记本电脑", "台", 20, 6000],
  ["磁盘阵列", "台", 1, 120000],
];

/** A 2D grid (with formulas) of `lines` budget lines in 元, as a WorkbookSnapshot sheet. */
function budgetSheet(lines, name = "投资估算表") {
  const values = [
    ["杨浦区XX局协同办公系统升级改造项目投资估算表", null, null, null, null, null, null, null],
    ["编制单位：杨浦区XX局", null, null, null, null, null, "单位：元", null],
    ["序号", "费用名称", "规格及说明", "单位", "数量", "单价", "金额", "备注"],
  ];
  const formulas = values.map((r) => r.map(() => null));
  const sectionSize = 50;
  let lineNo = 0;
  let grand = 0;
  while (lineNo < lines) {
    const sec = Math.floor(lineNo / sectionSize) + 1;
    values.push([`(${sec})`, `第${sec}部分`, null, null, null, null, null, null]);
    formulas.push(values[0].map(() => null));
    const first = values.length;
    let sub = 0;
    for (let i = 0; i < sectionSize && lineNo < lines; i++, lineNo++) {
      const [n, unit, q, p] = NAMES[lineNo % NAMES.length];
      const row = values.length + 1;
      values.push([lineNo + 1, n, "详见技术参数", unit, q, p, q * p, null]);
      const f = values[0].map(() => null);
      f[6] = `=E${row}*F${row}`;
      formulas.push(f);
      sub += q * p;
    }
    const row = values.length + 1;
    values.push([null, "小计", null, null, null, null, sub, null]);
    const f = values[0].map(() => null);
    f[6] = `=SUM(G${first + 1}:G${row - 1})`;
    formulas.push(f);
    grand += sub;
  }
  values.push([null, "合计", null, null, null, null, grand, null]);
  formulas.push(values[0].map(() => null));
  values.push(["注：以上价格含税。", null, null, null, null, null, null, null]);
  formulas.push(values[0].map(() => null));
  return {
    name,
    origin: { row: 0, col: 0 },
    values,
    formulas,
    numberFormats: values.map((r) => r.map(() => "General")),
    merges: [{ top: 0, left: 0, bottom: 0, right: 7 }],
  };
}

function budgetWorkbook(lines) {
  return { name: `bench-${lines}.xlsx`, sheets: [budgetSheet(lines)] };
}

module.exports = { budgetSheet, budgetWorkbook };
