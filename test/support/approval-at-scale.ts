import { audit } from "../../src/core/engine";
import { planApproval } from "../../src/core/plan/approval-plan";
import { FakeWorkbook } from "./fake-excel";
import { bridgeFor } from "./office-bridge";
import { yangpu } from "./pack";

/**
 * An O&M sheet of `lines` PC-server maintenance lines at 10% (class C caps them at 8%) on the fake host, read through
 * the adapter and planned for 按标准核定: two changes a line (the fee and its rate).
 */
export async function approvalAtScale(lines: number) {
  const book = new FakeWorkbook("1.18");
  const rows: (string | number)[][] = [["序号", "设备名称", "购置金额", "维护费率", "年维护费"]];
  for (let i = 0; i < lines; i++) rows.push([i + 1, `PC服务器${i}维保`, 100000, 0.1, 10000]);
  book.addSheet("运维").setRows([["2025年度运维项目预算表"], ["单位：元"], ...rows]);
  const bridge = bridgeFor(book);
  const result = audit(await bridge.readWorkbook(), yangpu());
  return { book, bridge, changes: planApproval(result.model, result.review) };
}
