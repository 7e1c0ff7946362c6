import type { Category, ColumnRole, HardwareClass } from "../model/types";

/** What each fee category is called, for findings, the CLI, the annotated copy and the pane alike. */
export const CATEGORY_LABELS: Record<Category, { zh: string; en: string }> = {
  hardware: { zh: "硬件设备", en: "hardware" },
  "security-product": { zh: "安全产品", en: "security product" },
  "product-software": { zh: "产品软件", en: "product software" },
  development: { zh: "软件开发", en: "software development" },
  "data-service": { zh: "数据服务", en: "data service" },
  facility: { zh: "配套工程", en: "facility works" },
  integration: { zh: "系统集成费", en: "system integration" },
  consulting: { zh: "咨询（设计）费", en: "consulting / design" },
  supervision: { zh: "监理费", en: "supervision" },
  "software-test": { zh: "软件测评费", en: "software testing" },
  "security-test": { zh: "安全测评费", en: "security testing" },
  "crypto-test": { zh: "密码测评费", en: "cryptography assessment" },
  dengbao: { zh: "等保测评", en: "MLPS (等保) assessment" },
  management: { zh: "管理费", en: "management fee" },
  contingency: { zh: "预备费", en: "contingency" },
  "om-hardware": { zh: "硬件维护", en: "hardware maintenance" },
  "om-security-device": { zh: "安全设备维护", en: "security device maintenance" },
  "om-product-software": { zh: "产品软件维护", en: "product software maintenance" },
  "om-app-software": { zh: "应用软件运维", en: "application maintenance" },
  "om-excluded": { zh: "不属于运维经费的项目", en: "not an O&M cost" },
  subtotal: { zh: "小计/合计", en: "subtotal" },
  other: { zh: "其他（未分类）", en: "other (unclassified)" },
};

export const HARDWARE_CLASS_LABELS: Record<HardwareClass, { zh: string; en: string }> = {
  A: { zh: "A 类", en: "class A" },
  B: { zh: "B 类", en: "class B" },
  C: { zh: "C 类", en: "class C" },
};

export const COLUMN_ROLE_LABELS: Record<ColumnRole, { zh: string; en: string }> = {
  seq: { zh: "序号", en: "number" },
  name: { zh: "名称", en: "name" },
  spec: { zh: "规格", en: "specification" },
  unit: { zh: "单位", en: "unit" },
  quantity: { zh: "数量", en: "quantity" },
  unitPrice: { zh: "单价", en: "unit price" },
  amount: { zh: "金额", en: "amount" },
  remark: { zh: "备注", en: "remark" },
  purchase: { zh: "购置金额（原值）", en: "purchase amount" },
  rate: { zh: "费率", en: "rate" },
  fee: { zh: "维护费", en: "maintenance fee" },
  devCost: { zh: "原开发费", en: "development cost" },
  personMonths: { zh: "人月数", en: "person-months" },
};

/** How a finding names a role's cell ("数量单元格", "the unit price cell"): shorter than the column labels above. */
export const FIELD_LABELS: Record<ColumnRole, { zh: string; en: string }> = {
  seq: { zh: "序号", en: "number" },
  name: { zh: "名称", en: "name" },
  spec: { zh: "规格", en: "spec" },
  unit: { zh: "单位", en: "unit" },
  quantity: { zh: "数量", en: "quantity" },
  unitPrice: { zh: "单价", en: "unit price" },
  amount: { zh: "金额", en: "amount" },
  remark: { zh: "备注", en: "remark" },
  purchase: { zh: "购置金额", en: "purchase amount" },
  rate: { zh: "费率", en: "rate" },
  fee: { zh: "维护费", en: "maintenance fee" },
  devCost: { zh: "原开发费", en: "development cost" },
  personMonths: { zh: "人月数", en: "person-months" },
};
