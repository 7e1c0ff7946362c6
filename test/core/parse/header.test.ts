import type { ColumnRole } from "../../../src/core/model/types";
import { looksLikeHeader, roleOfHeader, rolesOfRow } from "../../../src/core/parse/header";
import { unitFromHeader, unitFromTitle } from "../../../src/core/parse/units";

describe("roleOfHeader", () => {
  it.each<[string, ColumnRole | null]>([
    ["序号", "seq"],
    ["序 号", "seq"],
    ["名称", "name"],
    ["费用名称", "name"],
    ["项目名称", "name"],
    ["项目", "name"],
    ["设备名称", "name"],
    ["内容", "name"],
    ["规格", "spec"],
    ["说明", "spec"],
    ["技术参数", "spec"],
    ["型号", "spec"],
    ["配置", "spec"],
    ["规格及说明", "spec"],
    ["单位", "unit"],
    ["数量", "quantity"],
    ["单价", "unitPrice"],
    ["单价(元)", "unitPrice"],
    ["单价/元", "unitPrice"],
    ["金额", "amount"],
    ["金额（万元）", "amount"],
    ["合价", "amount"],
    ["小计", "amount"],
    ["总价", "amount"],
    ["预算金额", "amount"],
    ["估算金额", "amount"],
    ["备注", "remark"],
    ["购置金额", "purchase"],
    ["原值", "purchase"],
    ["设备原值", "purchase"],
    ["维护费率", "rate"],
    ["费率(%)", "rate"],
    ["年维护费", "fee"],
    ["运维费", "fee"],
    ["维护费", "fee"],
    ["原开发费", "devCost"],
    ["开发费", "devCost"],
    ["人月", "personMonths"],
    ["工作量(人月)", "personMonths"],
    ["数\n量", "quantity"],
    ["No.", "seq"],
    ["Item", "name"],
    ["Description", "name"],
    ["Unit", "unit"],
    ["Qty", "quantity"],
    ["Quantity", "quantity"],
    ["Unit Price", "unitPrice"],
    ["Amount", "amount"],
    ["Total Price", "amount"],
    ["Remarks", "remark"],
    ["Amount (yuan)", "amount"],
    ["单位：万元", null],
    ["编制单位：XX局", null],
    ["杨浦区协同办公系统升级改造项目投资估算表", null],
    ["", null],
    ["服务器", null],
    ["台", null],
    // Head nouns come last in Chinese: the end of a label names its role, whatever qualifies it.
    ["运维对象", "name"],
    ["维护对象", "name"],
    ["软件名称", "name"],
    ["设备/费用名称", "name"],
    ["名称/规格", "name"],
    ["名称及规格", "name"],
    ["项目金额（万元）", "amount"],
    ["合计", "amount"],
    ["预算（万元）", "amount"],
    ["年度预算", "amount"],
    ["金额合计(元)", "amount"],
    ["年运维费用", "fee"],
    ["运维费用（元）", "fee"],
    ["设备购置原值", "purchase"],
    ["品牌型号", "spec"],
    ["计算依据", "remark"],
    ["采购数量", "quantity"],
    ["预算单价（元）", "unitPrice"],
    ["单价（万元/人月）", "unitPrice"],
    ["投入人月", "personMonths"],
    ["维保比例", "rate"],
    ["原软件开发费", "devCost"],
  ])("%j → %s", (text, role) => {
    expect(roleOfHeader(text)).toBe(role);
  });
});

describe("looksLikeHeader", () => {
  it.each<[string[], boolean]>([
    [["序号", "名称", "规格", "单位", "数量", "单价", "金额", "备注"], true],
    [["金额", "名称"], true],
    [["序号", "单价", "金额"], true],
    [["序号", "金额"], false],
    [["名称", "单价"], false],
    [["名称", "数量", "单价"], true],
    [["名称", "费率", "人月"], false],
    [["设备名称", "原值", "维护费率"], true],
    [["序号", "名称", "备注"], false],
    [["1", "服务器", "2U", "台", "2", "45000", "90000", ""], false],
    [["合计", "", "", "", "", "", "", ""], false],
  ])("%j → %s", (texts, expected) => {
    expect(looksLikeHeader(rolesOfRow(texts))).toBe(expected);
  });
});

describe("units", () => {
  it.each<[string, string | null]>([
    ["单位：万元", "万元"],
    ["金额单位:元", "元"],
    ["（单位：万元）", "万元"],
    ["XX项目预算表(万元)", "万元"],
    ["编制单位：XX局 单位：元", "元"],
    ["XX项目预算表", null],
    ["编制单位：XX局", null],
    ["（单位：人民币万元）", "万元"],
    ["金额单位：人民币元", "元"],
    ["单位/万元", "万元"],
    ["单位：万", "万元"],
    ["单位：RMB元", "元"],
    ["XX项目预算表（人民币万元）", "万元"],
    ["编制单位：万里街道办事处", null],
  ])("title %j → %s", (text, unit) => {
    expect(unitFromTitle(text)).toBe(unit);
  });
  it.each<[string, string | null]>([
    ["金额（万元）", "万元"],
    ["单价(元)", "元"],
    ["单价(元/台)", "元"],
    ["合价/万元", "万元"],
    ["金额元", "元"],
    ["金额", null],
    ["单元", null],
    ["数量", null],
  ])("header %j → %s", (text, unit) => {
    expect(unitFromHeader(text)).toBe(unit);
  });
});
