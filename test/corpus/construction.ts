import type { CorpusEntry } from "./kit";
import { COLS, single, type LineSpec } from "./layout";

/**
 * Construction budgets (新建 / 升级改造), one estimate sheet each. Every expectation is worked out by hand from
 * domain.md §3/§4 and standards/yangpu-2023.json; the arithmetic is in the comments.
 * P = 软硬件购置费 (hardware + security + product software), C = 项目建设费 (P + 开发 + 数据服务 + 配套工程 + 集成),
 * four = 咨询 + 监理 + 软件测评 + 安全测评, 建设金额 = total without 等保 lines.
 */

const fee = (name: string, amount: number, extra: Partial<LineSpec> = {}): LineSpec => ({
  name,
  unit: "项",
  qty: 1,
  price: amount,
  ...extra,
});

export const construction: CorpusEntry[] = [
  // P = 27 + 8.4 = 35.4; 集成 2.48 / 35.4 = 7.01% ok; C = 35.4 + 38.4 + 2.48 = 76.28; four 7.0 ≤ 7.628;
  // 安全测评 1.0 / 76.28 = 1.31% ok; 密评 present; total 86.28 < 100 (监理 not required);
  // OA without declared tier → large: servers 2 (服务器操作系统 is software, not a server) ≤ 3, 20 人月 ≤ 40, 86.28 ≤ 160.
  single(
    "c01-oa-new-wan.xlsx",
    "OA new build, 万元, 单位 row, 一、 sections with 小计 rows, 合计",
    {
      sheet: "投资估算表",
      title: "杨浦区某街道协同办公系统建设项目投资估算表",
      org: "编制单位：杨浦区某街道办事处",
      unit: "万元",
      unitIn: "row",
      cols: COLS.classic,
      seq: "cn",
      sections: [
        {
          title: "硬件设备购置费",
          subtotal: "row",
          lines: [
            { name: "应用服务器", spec: "2路16核/128G/2×960G SSD", unit: "台", qty: 2, price: 5 },
            { name: "存储设备", spec: "统一存储 可用容量50TB", unit: "台", qty: 1, price: 8 },
            { name: "接入交换机", spec: "48口千兆电口+4万兆光口", unit: "台", qty: 2, price: 1.5 },
            { name: "下一代防火墙", spec: "吞吐量≥10Gbps", unit: "台", qty: 1, price: 6 },
          ],
        },
        {
          title: "软件购置费",
          subtotal: "row",
          lines: [
            { name: "国产数据库软件", spec: "达梦DM8 企业版", unit: "套", qty: 1, price: 5 },
            { name: "服务器操作系统", spec: "银河麒麟高级服务器版V10", unit: "套", qty: 3, price: 0.8 },
            { name: "版式软件", spec: "数科OFD阅读器", unit: "套", qty: 20, price: 0.05 },
          ],
        },
        {
          title: "应用软件开发费",
          subtotal: "row",
          lines: [
            { name: "公文流转模块开发", spec: "收文、发文、督办", unit: "人月", qty: 12, price: 2 },
            { name: "移动办公模块开发", spec: "政务微信端", unit: "人月", qty: 8, price: 1.8 },
          ],
        },
        {
          title: "其他费用",
          subtotal: "row",
          lines: [
            fee("系统集成费", 2.48, { note: "按软硬件购置费7%计" }),
            fee("项目咨询（或设计）费", 2.5),
            fee("信息系统工程监理费", 2.0),
            fee("第三方软件测评费", 1.5),
            fee("安全测评费", 1.0),
            fee("密码应用安全性评估费", 3.0),
          ],
        },
      ],
      totalLabel: "合计",
      notes: ["注：1. 以上价格均含税；2. 设备均含三年原厂质保。"],
    },
    () => [],
  ),

  // P = 105000 + 30000 = 135000; 集成 8100 = 6% ok; C = 135000 + 340000 + 8100 = 483100; four 33000 ≤ 48310;
  // 安全测评 6000 / 483100 = 1.24%; total 536100 < 100万; OA large tier: 1 server, 15 人月.
  // 电子档案接收模块开发: 单价 "2.5万/人月" = 25000 > 20000 → dev.person-month-price at its 单价 cell.
  single(
    "c02-oa-upgrade-yuan-tworow.xlsx",
    "OA upgrade, 元, two-row merged header 金额（元）over 单价/合价, 2.5万/人月 as text",
    {
      sheet: "预算明细表",
      title: "杨浦区档案局办公自动化系统升级改造项目预算明细表",
      org: "编制单位：杨浦区档案局",
      unit: "元",
      unitIn: "header",
      cols: [
        ["seq", "序号"],
        ["name", "设备名称"],
        ["spec", "规格型号"],
        ["unit", "单位"],
        ["qty", "数量"],
        ["price", "单价"],
        ["amount", "合价"],
        ["note", "备注"],
      ],
      twoRowHeader: { group: "金额", roles: ["price", "amount"] },
      seq: "cn",
      sections: [
        {
          title: "硬件购置",
          subtotal: "head",
          lines: [
            { name: "应用服务器", spec: "华为 TaiShan 200 2280", unit: "台", qty: 1, price: 60000 },
            { name: "运维堡垒机", spec: "奇安信 网神", unit: "台", qty: 1, price: 45000 },
          ],
        },
        {
          title: "软件购置",
          subtotal: "head",
          lines: [{ name: "应用中间件", spec: "东方通 TongWeb V7 国产", unit: "套", qty: 2, price: 15000 }],
        },
        {
          title: "应用软件开发",
          subtotal: "head",
          lines: [
            {
              id: "dev",
              name: "电子档案接收模块开发",
              spec: "含四性检测",
              unit: "人月",
              qty: 10,
              price: "2.5万/人月",
              amount: 250000,
            },
            { name: "统计报表功能开发", unit: "人月", qty: 5, price: 18000 },
          ],
        },
        {
          title: "其他费用",
          subtotal: "head",
          lines: [
            fee("系统集成费", 8100),
            fee("工程监理费", 15000),
            fee("软件测评费", 12000),
            fee("信息安全测评费", 6000),
            fee("密码测评费", 20000),
          ],
        },
      ],
      totalLabel: "总计",
    },
    (b) => [
      { rule: "dev.person-month-price", severity: "error", sheet: "预算明细表", cell: `${b.col.price}${b.rows.dev}` },
    ],
  ),

  // Small website (title 小型): P = 4 + 1.2 (网页防篡改软件, 套 → product software) + 1.5 = 6.7; 集成 0.4 / 6.7 = 5.97%
  // (5.5 without the unmatched line: 7.27%, still in range); C = 6.7 + 11.4 + 0.4 = 18.5; four 1.1 ≤ 1.85;
  // 安全测评 0.3 / 18.5 = 1.62%; 二级等保 inside is allowed; total 22.3 ≤ 30; 1 server ≤ 1; 6 人月 ≤ 7.5.
  single(
    "c03-website-small-dotted.xlsx",
    "website 小型, 万元 in headers (项目金额（万元）), 建设内容/技术参数, 1 / 1.1 numbering, no subtotals, 总计",
    {
      sheet: "估算表",
      title: "杨浦区某委门户网站建设项目（小型）投资估算表",
      unit: "万元",
      unitIn: "header",
      cols: COLS.content,
      seq: "dotted",
      sections: [
        {
          title: "硬件设备",
          subtotal: "none",
          lines: [
            { name: "网站服务器", spec: "2路/64G/2×1.2T", unit: "台", qty: 1, price: 4 },
            { name: "网页防篡改软件", spec: "含1年升级", unit: "套", qty: 1, price: 1.2 },
          ],
        },
        {
          title: "基础软件",
          subtotal: "none",
          lines: [{ name: "中间件", spec: "宝兰德 BES 国产", unit: "套", qty: 1, price: 1.5 }],
        },
        {
          title: "应用开发",
          subtotal: "none",
          lines: [{ name: "网站栏目及内容管理功能开发", unit: "人月", qty: 6, price: 1.9 }],
        },
        {
          title: "其他费用",
          subtotal: "none",
          lines: [
            fee("系统集成费", 0.4),
            fee("软件测评费", 0.8),
            fee("安全测评费", 0.3),
            fee("密码应用安全性评估", 1.5),
            fee("二级等保测评费", 1.2),
          ],
        },
      ],
      totalLabel: "总计",
    },
    () => [],
  ),

  // Website upgrade, large tier by default: 2 servers, 20 人月, total 78.31万 fine. P = 150000 + 80000 = 230000;
  // 集成 16100 = 7%; C = 646100; four 47000 ≤ 64610; 安全 9000 / 646100 = 1.39%; 密评 present;
  // 建设金额 783100 − 60000 = 723100 < 100万. 三级等保测评 60000 inside the 合计 → cost.excluded-dengbao.
  single(
    "c04-website-dengbao3-inside.xlsx",
    "website upgrade, 元, （一） sections, 三级等保 counted inside the total",
    {
      sheet: "投资估算表",
      title: "杨浦区某局门户网站改版升级项目投资估算表",
      unit: "元",
      unitIn: "row",
      cols: COLS.classic,
      seq: "paren",
      sections: [
        {
          title: "硬件设备购置费",
          subtotal: "row",
          lines: [
            { name: "Web服务器", spec: "2路/128G", unit: "台", qty: 2, price: 45000 },
            { name: "负载均衡", spec: "F5 i4600", unit: "台", qty: 1, price: 60000 },
          ],
        },
        {
          title: "软件购置费",
          subtotal: "row",
          lines: [{ name: "数据库软件", spec: "达梦DM8 国产", unit: "套", qty: 1, price: 80000 }],
        },
        {
          title: "应用软件开发费",
          subtotal: "row",
          lines: [{ name: "网站改版开发", spec: "栏目重构、适老化改造", unit: "人月", qty: 20, price: 20000 }],
        },
        {
          title: "其他费用",
          subtotal: "row",
          lines: [
            fee("系统集成费", 16100),
            fee("监理费", 20000),
            fee("软件测评费", 18000),
            fee("安全测评费", 9000),
            fee("密码测评费", 30000),
            { id: "db3", ...fee("三级等保测评费", 60000), note: "网络安全等级保护第三级" },
          ],
        },
      ],
      totalLabel: "合计",
    },
    (b) => [{ rule: "cost.excluded-dengbao", severity: "error", sheet: "投资估算表", row: b.rows.db3 }],
  ),

  // Video conference, 8 terminals (< 10 → ≤ 10 终端, 1 MCU, ≤ 50万). P = 120000 + 120000 + 32000 + 12000 (会议麦克风,
  // 套 with 型号 → hardware) = 284000; 安装调试费 14200 = 5.00% (5.22% without the microphones) ok; C = 298200;
  // 安全测评 2000 / 298200 = 0.67%; four 2000; 密评 present; total 315200 ≤ 50万; 1 MCU.
  single(
    "c05-vc-small-yuan.xlsx",
    "video conference, 元, 设备名称/规格型号/合价, no sections, 8 terminals",
    {
      sheet: "采购预算表",
      title: "杨浦区某街道视频会议系统建设项目采购预算表",
      unit: "元",
      unitIn: "header",
      cols: COLS.device,
      seq: "arabic",
      sections: [
        {
          title: "视频会议设备",
          subtotal: "none",
          lines: [
            { name: "多点控制器（MCU）", spec: "华为 ViewPoint 8660", unit: "台", qty: 1, price: 120000 },
            { name: "视频会议终端", spec: "华为 TE40", unit: "台", qty: 8, price: 15000 },
            { name: "高清摄像机", spec: "1080P 12倍光学变焦", unit: "台", qty: 8, price: 4000 },
            { name: "会议麦克风", spec: "全向阵列 VPM220", unit: "套", qty: 8, price: 1500 },
          ],
        },
        {
          title: "其他费用",
          subtotal: "none",
          lines: [
            fee("安装调试费", 14200, { note: "设备购置费5%" }),
            fee("安全测评费", 2000),
            fee("商用密码应用安全性评估", 15000),
          ],
        },
      ],
      totalLabel: "合计",
    },
    () => [],
  ),

  // 视频会商: 12 terminals (10–30 → ≤ 30 终端, 1 MCU, ≤ 165万) but 2 MCU → tier.video-conference.
  // P = 30 + 24 + 6 + 9 = 69; 集成 4.14 = 6%; C = 73.14; 安全 0.8 / 73.14 = 1.09%; total 76.94 < 100.
  single(
    "c06-vc-two-mcu.xlsx",
    "video conference (视频会商), 万元 in title, LED拼接屏 by 块, 2 MCU over tier",
    {
      sheet: "Sheet1",
      title: "杨浦区应急管理局视频会商系统建设项目投资估算表",
      unit: "万元",
      unitIn: "title",
      cols: COLS.device,
      seq: "cn",
      sections: [
        {
          title: "设备购置",
          subtotal: "row",
          lines: [
            { name: "多点控制器（MCU）", spec: "支持1080P60 32路", unit: "台", qty: 2, price: 15 },
            { name: "视频会议终端", unit: "台", qty: 12, price: 2 },
            { name: "会议摄像机", unit: "台", qty: 12, price: 0.5 },
            { name: "LED拼接屏", spec: "P1.5 小间距", unit: "块", qty: 6, price: 1.5 },
          ],
        },
        {
          title: "其他费用",
          subtotal: "row",
          lines: [fee("系统集成费", 4.14), fee("安全测评费", 0.8), fee("密码测评费", 3)],
        },
      ],
      totalLabel: "合计",
    },
    () => [{ rule: "tier.video-conference", severity: "error" }],
  ),

  // 机房 80㎡ (20–100㎡ → ≤ 100万). Facility 9.6 + 6 + 8 + 8 (气体消防) = 31.6; equipment P = 24 + 10 + 5 + 6 = 45;
  // 集成 2.7 = 6% of P; C = 45 + 31.6 + 2.7 = 79.3; four (设计 2 + 监理 2.5) 4.5 ≤ 7.93; 密评 present;
  // total 85.3 ≤ 100. policy.server-room is info only.
  single(
    "c07-server-room-80.xlsx",
    "机房 upgrade 80㎡, 万元, 装修 by ㎡, facility works outside 购置费",
    {
      sheet: "投资估算表",
      title: "杨浦区某局内部网络机房改造项目投资估算表",
      org: "机房面积：80㎡",
      unit: "万元",
      unitIn: "row",
      cols: COLS.classic,
      seq: "cn",
      sections: [
        {
          title: "机房工程",
          subtotal: "row",
          lines: [
            { name: "机房装修", spec: "防静电地板、吊顶、墙面", unit: "㎡", qty: 80, price: 0.12 },
            { name: "综合布线", unit: "项", qty: 1, price: 6 },
            { name: "电气系统", spec: "配电柜、照明、接地", unit: "项", qty: 1, price: 8 },
            { name: "气体消防系统", spec: "七氟丙烷", unit: "套", qty: 1, price: 8 },
          ],
        },
        {
          title: "设备购置",
          subtotal: "row",
          lines: [
            { name: "精密空调", spec: "25kW 下送风", unit: "台", qty: 2, price: 12 },
            { name: "UPS", spec: "60kVA 含电池", unit: "台", qty: 1, price: 10 },
            { name: "动环监控系统", unit: "套", qty: 1, price: 5 },
            { name: "机柜", spec: "42U 600×1200", unit: "台", qty: 10, price: 0.6 },
          ],
        },
        {
          title: "其他费用",
          subtotal: "row",
          lines: [fee("系统集成费", 2.7), fee("设计费", 2), fee("监理费", 2.5), fee("商用密码应用安全性评估", 1.5)],
        },
      ],
      totalLabel: "总计",
    },
    () => [],
  ),

  // 机房 15㎡ (≤ 20㎡ → ≤ 30万): total 404040 > 300000 → tier.server-room. P = 284000; 集成 17040 = 6%;
  // C = 284000 + 18000 + 40000 + 17040 = 359040; four 25000 ≤ 35904; 密评 present; < 100万.
  single(
    "c08-server-room-small-over.xlsx",
    "机房 15㎡ in 元 over the small tier",
    {
      sheet: "预算表",
      title: "杨浦区某街道网络机房升级改造项目预算表（机房面积15㎡）",
      unit: "元",
      unitIn: "row",
      cols: COLS.budget,
      seq: "cn",
      sections: [
        {
          title: "机房装修及布线",
          subtotal: "row",
          lines: [
            { name: "机房装修", unit: "㎡", qty: 15, price: 1200 },
            { name: "综合布线", unit: "项", qty: 1, price: 40000 },
          ],
        },
        {
          title: "机房设备",
          subtotal: "row",
          lines: [
            { name: "精密空调", unit: "台", qty: 1, price: 120000 },
            { name: "UPS", spec: "20kVA", unit: "台", qty: 1, price: 80000 },
            { name: "机柜", unit: "台", qty: 4, price: 6000 },
            { name: "动力环境监控系统", unit: "套", qty: 1, price: 60000 },
          ],
        },
        {
          title: "其他费用",
          subtotal: "row",
          lines: [fee("系统集成费", 17040), fee("设计费", 10000), fee("监理费", 15000), fee("密码测评费", 20000)],
        },
      ],
      totalLabel: "合计",
    },
    () => [{ rule: "tier.server-room", severity: "error" }],
  ),

  // Hotline build with 20 坐席 (< 30) → policy.hotline. Unmatched names must count: P = 12 + 1.6 (坐席耳麦) + 12 + 8
  // (LED拼接屏) + 20 (呼叫中心平台软件) + 6 = 59.6; 集成 3.87 / 59.6 = 6.49% (12.9% if the three were dropped);
  // C = 59.6 + 12 + 3.87 = 75.47; four 4.5 ≤ 7.547; 安全 1 / 75.47 = 1.33%; 密评; total 81.97 < 100.
  single(
    "c09-hotline-20-seats.xlsx",
    "hotline 20 坐席, 万元, unmatched names (呼叫中心平台软件, 坐席耳麦, LED拼接屏)",
    {
      sheet: "投资估算表",
      title: "杨浦区某局服务热线呼叫中心建设项目投资估算表",
      unit: "万元",
      unitIn: "row",
      cols: COLS.device,
      seq: "cn",
      sections: [
        {
          title: "硬件设备",
          subtotal: "row",
          lines: [
            { name: "坐席PC机", spec: "国产 i5/16G/512G", unit: "台", qty: 20, price: 0.6 },
            { name: "坐席耳麦", spec: "缤特力 EncorePro", unit: "副", qty: 20, price: 0.08 },
            { name: "应用服务器", unit: "台", qty: 2, price: 6 },
            { name: "LED拼接屏", unit: "块", qty: 4, price: 2 },
          ],
        },
        {
          title: "软件",
          subtotal: "row",
          lines: [
            { name: "呼叫中心平台软件", spec: "含ACD/IVR/录音", unit: "套", qty: 1, price: 20 },
            { name: "坐席许可", unit: "个", qty: 20, price: 0.3 },
          ],
        },
        { title: "应用开发", subtotal: "row", lines: [{ name: "工单流转功能开发", unit: "人月", qty: 6, price: 2 }] },
        {
          title: "其他费用",
          subtotal: "row",
          lines: [
            fee("系统集成费", 3.87),
            fee("监理费", 2),
            fee("软件测评费", 1.5),
            fee("安全测评费", 1),
            fee("密码测评费", 2),
          ],
        },
      ],
      totalLabel: "合计",
      notes: ["注：本项目建设坐席20席。"],
    },
    () => [{ rule: "policy.hotline", severity: "warning" }],
  ),

  // Hotline build, 40 坐席 (≥ 30). P = 200000 + 24000 (坐席耳麦) + 10000 (高拍仪) + 50000 + 300000 (呼叫中心平台软件)
  // = 584000; 集成 32120 = 5.5%; C = 584000 + 200000 + 32120 = 816120; four 70000 ≤ 81612; 安全 10000 / 816120
  // = 1.23%; 密评; total 916120 < 100万; 20000 元/人月 exactly at the cap.
  single(
    "c10-hotline-40-seats-heji-col.xlsx",
    "hotline 40 坐席, 元, 设备/费用名称 + 品牌型号 + 合计（元） column, no sections",
    {
      sheet: "预算表",
      title: "杨浦区企业服务热线建设项目预算表（40坐席）",
      unit: "元",
      unitIn: "header",
      cols: COLS.totalCol,
      seq: "arabic",
      sections: [
        {
          title: "",
          subtotal: "none",
          lines: [
            { name: "坐席终端一体机", spec: "联想 启天A100", unit: "台", qty: 40, price: 5000 },
            { name: "坐席耳麦", spec: "捷波朗 Engage 50", unit: "副", qty: 40, price: 600 },
            { name: "高拍仪", spec: "良田 S1800", unit: "台", qty: 4, price: 2500 },
            { name: "录音服务器", unit: "台", qty: 1, price: 50000 },
            { name: "呼叫中心平台软件", spec: "40坐席", unit: "套", qty: 1, price: 300000 },
            { name: "知识库功能开发", unit: "人月", qty: 10, price: 20000 },
            fee("系统集成费", 32120),
            fee("咨询费", 20000),
            fee("监理费", 25000),
            fee("软件测评费", 15000),
            fee("安全测评费", 10000),
            fee("密码测评费", 30000),
          ],
        },
      ],
      totalLabel: "合计",
    },
    () => [],
  ),

  // Other system. P = 220000 + 80000 = 300000; 集成 22500 = 7.5%; C = 300000 + 300000 + 50000 (数据治理) + 22500
  // = 672500; four 30000 + 20000 + 15000 + 10000 = 75000 > 67250 → fees.four-fees-cap; 安全 1.49%; 密评; < 100万.
  single(
    "c11-other-four-fees-over.xlsx",
    "other system, 元, 名称/主要参数/预算 headers, four fees over 10%",
    {
      sheet: "投资估算表",
      title: "杨浦区某街道智慧社区管理平台建设项目投资估算表",
      unit: "元",
      unitIn: "header",
      cols: COLS.budget,
      seq: "cn",
      sections: [
        {
          title: "硬件购置费",
          subtotal: "row",
          lines: [
            { name: "应用服务器", unit: "台", qty: 2, price: 50000 },
            { name: "存储", spec: "30TB", unit: "台", qty: 1, price: 120000 },
          ],
        },
        {
          title: "软件购置费",
          subtotal: "row",
          lines: [
            { name: "数据库", spec: "人大金仓 KingbaseES", unit: "套", qty: 1, price: 60000 },
            { name: "操作系统", spec: "统信UOS服务器版", unit: "套", qty: 4, price: 5000 },
          ],
        },
        {
          title: "软件开发及数据服务",
          subtotal: "row",
          lines: [
            { name: "社区事务管理模块开发", unit: "人月", qty: 15, price: 20000 },
            { name: "数据治理服务", unit: "项", qty: 1, price: 50000 },
          ],
        },
        {
          title: "其他费用",
          subtotal: "row",
          lines: [
            fee("系统集成费", 22500),
            fee("咨询设计费", 30000),
            fee("监理费", 20000),
            fee("软件测评费", 15000),
            fee("安全测评费", 10000),
            fee("密码测评费", 25000),
          ],
        },
      ],
      totalLabel: "合计",
    },
    () => [{ rule: "fees.four-fees-cap", severity: "error", sheet: "投资估算表" }],
  ),

  // P = 12 + 3 (高拍仪) + 5 (执法记录仪, 台) + 4 (电子签章授权) + 1 = 25; 集成 2.25 = 9% > 8% → fees.integration-rate
  // error at the 集成 line (13.2% without the unmatched goods: same finding); C = 46.25; four 1.8; 安全 1.30%; 密评.
  single(
    "c12-integration-9pct.xlsx",
    "upgrade, 万元, 项目名称/配置/数量/单位 order swapped, 小计 column, integration 9%",
    {
      sheet: "估算明细",
      title: "杨浦区某局执法办案系统升级改造项目投资估算表",
      unit: "万元",
      unitIn: "row",
      cols: COLS.project,
      seq: "cn",
      sections: [
        {
          title: "硬件设备",
          subtotal: "head",
          lines: [
            { name: "应用服务器", unit: "台", qty: 2, price: 6 },
            { name: "高拍仪", spec: "A3幅面 1600万像素", unit: "台", qty: 10, price: 0.3 },
            { name: "执法记录仪", spec: "海康 DSJ-A7", unit: "台", qty: 20, price: 0.25 },
          ],
        },
        {
          title: "软件",
          subtotal: "head",
          lines: [
            { name: "电子签章授权", unit: "套", qty: 1, price: 4 },
            { name: "操作系统", unit: "套", qty: 2, price: 0.5 },
          ],
        },
        {
          title: "应用软件开发",
          subtotal: "head",
          lines: [{ name: "办案流程功能开发", unit: "人月", qty: 10, price: 1.9 }],
        },
        {
          title: "其他费用",
          subtotal: "head",
          lines: [
            { id: "int", ...fee("系统集成费", 2.25), note: "软硬件购置费×9%" },
            fee("软件测评费", 1.2),
            fee("安全测评费", 0.6),
            fee("密码测评费", 1.5),
          ],
        },
      ],
      totalLabel: "合计",
    },
    (b) => [{ rule: "fees.integration-rate", severity: "error", sheet: "估算明细", row: b.rows.int }],
  ),

  // P = 360000 + 140000 = 500000; 集成 20000 = 4% < 5% → fees.integration-rate warning; C = 500000 + 400000 + 60000
  // (数据对接) + 20000 = 980000; four 90000 ≤ 98000; 安全 1.53%; 密评; total 111万 ≥ 100万 with 监理.
  single(
    "c13-integration-4pct.xlsx",
    "data platform, 元, （一） sections, integration below 5%",
    {
      sheet: "投资估算表",
      title: "杨浦区某中心政务数据共享交换平台建设项目投资估算表",
      unit: "元",
      unitIn: "row",
      cols: COLS.classic,
      seq: "paren",
      sections: [
        {
          title: "硬件设备",
          subtotal: "row",
          lines: [
            { name: "前置服务器", unit: "台", qty: 4, price: 40000 },
            { name: "万兆交换机", unit: "台", qty: 2, price: 30000 },
            { name: "安全网闸", unit: "台", qty: 1, price: 140000 },
          ],
        },
        {
          title: "基础软件",
          subtotal: "row",
          lines: [
            { name: "数据库软件", unit: "套", qty: 2, price: 40000 },
            { name: "中间件", unit: "套", qty: 2, price: 30000 },
          ],
        },
        {
          title: "开发及数据",
          subtotal: "row",
          lines: [
            { name: "数据交换接口开发", unit: "人月", qty: 20, price: 20000 },
            { name: "数据对接服务", unit: "项", qty: 1, price: 60000 },
          ],
        },
        {
          title: "其他费用",
          subtotal: "row",
          lines: [
            { id: "int", ...fee("系统集成费", 20000) },
            fee("咨询费", 20000),
            fee("监理费", 30000),
            fee("软件测评费", 25000),
            fee("安全测评费", 15000),
            fee("密码测评费", 40000),
          ],
        },
      ],
      totalLabel: "总计",
    },
    (b) => [{ rule: "fees.integration-rate", severity: "warning", sheet: "投资估算表", row: b.rows.int }],
  ),

  // P = 12 (平板电脑) + 2 = 14; 集成 0.98 = 7%; C = 14 + 58 + 0.98 = 72.98; 安全 1.8 / 72.98 = 2.47% > 2%
  // → fees.security-test-rate error at its line; four 3.8 ≤ 7.298; 密评; total 78.78.
  single(
    "c14-security-test-over.xlsx",
    "mobile app build, 万元, security test 2.47%",
    {
      sheet: "预算表",
      title: "杨浦区某局移动执法APP建设项目预算表",
      unit: "万元",
      unitIn: "header",
      cols: COLS.classic,
      seq: "cn",
      sections: [
        {
          title: "应用开发",
          subtotal: "row",
          lines: [
            { name: "移动端APP开发", unit: "人月", qty: 20, price: 2 },
            { name: "后台管理功能开发", unit: "人月", qty: 10, price: 1.8 },
          ],
        },
        {
          title: "设备及软件",
          subtotal: "row",
          lines: [
            { name: "平板电脑", spec: "华为 MatePad 11", unit: "台", qty: 30, price: 0.4 },
            { name: "中间件", unit: "套", qty: 1, price: 2 },
          ],
        },
        {
          title: "其他费用",
          subtotal: "row",
          lines: [
            fee("系统集成费", 0.98),
            fee("软件测评费", 2.0),
            { id: "sec", ...fee("安全测评费（含渗透测试）", 1.8) },
            fee("密码测评费", 2),
          ],
        },
      ],
      totalLabel: "合计",
    },
    (b) => [{ rule: "fees.security-test-rate", severity: "error", sheet: "预算表", row: b.rows.sec }],
  ),

  // P = 160000 + 96000 (LED拼接屏) + 40000 (授权) = 296000; 集成 17760 = 6%; C = 296000 + 570000 + 17760 = 883760;
  // 安全 2500 / 883760 = 0.28% < 0.5% → warning; four 47500 ≤ 88376; 密码测评 present but "待定" → unreadable.
  single(
    "c15-security-low-tbd.xlsx",
    "一网统管 app, 元, 项目/单位/数量 (no spec column), security test 0.28%, 密评 待定",
    {
      sheet: "投资估算",
      title: "杨浦区城运中心一网统管应用建设项目投资估算",
      unit: "元",
      unitIn: "row",
      cols: COLS.noSpec,
      seq: "cn",
      sections: [
        {
          title: "硬件",
          subtotal: "row",
          lines: [
            { name: "视频分析服务器", unit: "台", qty: 2, price: 80000 },
            { name: "LED拼接屏", unit: "块", qty: 12, price: 8000 },
          ],
        },
        { title: "软件", subtotal: "row", lines: [{ name: "视频分析算法授权", unit: "路", qty: 50, price: 800 }] },
        { title: "开发", subtotal: "row", lines: [{ name: "事件处置流程开发", unit: "人月", qty: 30, price: 19000 }] },
        {
          title: "其他",
          subtotal: "row",
          lines: [
            fee("系统集成费", 17760),
            fee("监理费", 25000),
            fee("软件测评费", 20000),
            { id: "sec", ...fee("安全测评费", 2500) },
            { id: "crypto", name: "密码应用安全性评估", unit: "项", qty: 1, price: null, amount: "待定" },
          ],
        },
      ],
      totalLabel: "合计",
    },
    (b) => [
      { rule: "fees.security-test-rate", severity: "warning", sheet: "投资估算", row: b.rows.sec },
      {
        rule: "sheet.unreadable-amount",
        severity: "warning",
        sheet: "投资估算",
        cell: `${b.col.amount}${b.rows.crypto}`,
      },
    ],
  ),

  // VC upgrade, 6 terminals, no MCU. P = 10.8 + 3.6 + 2.4 (数字音频处理器) = 16.8; 安装调试 1.0 = 5.95%; C = 17.8;
  // 安全 0.2 / 17.8 = 1.12%; total 18 ≤ 50; no 密码测评 line in an upgrade → fees.crypto-test-missing.
  single(
    "c16-vc-upgrade-no-crypto.xlsx",
    "video conference upgrade, 万元, seq 一 without 、, no 密码测评",
    {
      sheet: "投资估算表",
      title: "杨浦区某委会议室视频会议系统升级项目投资估算表",
      unit: "万元",
      unitIn: "row",
      cols: COLS.device,
      seq: "arabic",
      sections: [
        {
          title: "设备购置费",
          subtotal: "head",
          lines: [
            { name: "视频会议终端", spec: "宝利通 G7500", unit: "台", qty: 6, price: 1.8 },
            { name: "会议摄像机", unit: "台", qty: 6, price: 0.6 },
            { name: "数字音频处理器", spec: "BIAMP TesiraFORTE", unit: "台", qty: 2, price: 1.2 },
          ],
        },
        { title: "其他费用", subtotal: "head", lines: [fee("安装调试费", 1.0), fee("安全测评费", 0.2)] },
      ],
      totalLabel: "合计",
    },
    () => [{ rule: "fees.crypto-test-missing", severity: "warning" }],
  ),

  // P = 520000 + 230000 = 750000; 集成 45000 = 6%; C = 750000 + 600000 + 45000 = 1395000; four 90000 ≤ 139500;
  // 安全 1.43%; 密评; total 1525000 ≥ 100万 and no 监理 line → process.supervision-required.
  single(
    "c17-no-supervision-152.xlsx",
    "platform build 152.5万 in 元, two-row header, no 监理",
    {
      sheet: "投资估算表",
      title: "杨浦区某局业务协同平台建设项目投资估算表",
      unit: "元",
      unitIn: "header",
      cols: COLS.classic,
      twoRowHeader: { group: "投资估算", roles: ["qty", "price", "amount"] },
      seq: "cn",
      sections: [
        {
          title: "硬件购置费",
          subtotal: "row",
          lines: [
            { name: "应用服务器", unit: "台", qty: 4, price: 60000 },
            { name: "存储", unit: "台", qty: 1, price: 200000 },
            { name: "防火墙", unit: "台", qty: 1, price: 80000 },
          ],
        },
        {
          title: "软件购置费",
          subtotal: "row",
          lines: [
            { name: "数据库软件", unit: "套", qty: 2, price: 60000 },
            { name: "中间件", unit: "套", qty: 2, price: 40000 },
            { name: "操作系统", unit: "套", qty: 6, price: 5000 },
          ],
        },
        {
          title: "应用软件开发费",
          subtotal: "row",
          lines: [{ name: "协同平台定制开发", unit: "人月", qty: 30, price: 20000 }],
        },
        {
          title: "其他费用",
          subtotal: "row",
          lines: [
            fee("系统集成费", 45000),
            fee("咨询费", 40000),
            fee("软件测评费", 30000),
            fee("安全测评费", 20000),
            fee("密码测评费", 40000),
          ],
        },
      ],
      totalLabel: "合计",
    },
    () => [{ rule: "process.supervision-required", severity: "error" }],
  ),

  // 接入交换机 3 × 1.2 = 3.6 but 3.2 typed → sheet.line-arithmetic (0.4 > max(0.01, 0.5% × 3.2)).
  // 软件 小计 typed 5.8, lines 1.2 + 4 = 5.2 → sheet.subtotal-mismatch. 合计 typed 45.4 = sum of the lines (ok).
  // P = 21.2 + 5.2 = 26.4; 集成 1.6 = 6.06%; C = 42.4; four 1.5; 安全 1.18%; 密评.
  single(
    "c18-arith-and-subtotal.xlsx",
    "upgrade, 万元, typed amounts: one line and one 小计 wrong",
    {
      sheet: "投资估算表",
      title: "杨浦区某街道网格化管理系统升级改造项目投资估算表",
      unit: "万元",
      unitIn: "row",
      cols: COLS.classic,
      seq: "cn",
      sections: [
        {
          title: "硬件设备购置费",
          subtotal: "row",
          lines: [
            { name: "应用服务器", unit: "台", qty: 2, price: 5.5 },
            { id: "sw", name: "接入交换机", unit: "台", qty: 3, price: 1.2, amount: 3.2 },
            { name: "平板电脑", spec: "移动巡查终端", unit: "台", qty: 20, price: 0.35 },
          ],
        },
        {
          title: "软件购置费",
          subtotal: "row",
          subtotalTyped: 5.8,
          lines: [
            { name: "操作系统", unit: "套", qty: 2, price: 0.6 },
            { name: "数据库", unit: "套", qty: 1, price: 4 },
          ],
        },
        {
          title: "应用软件开发费",
          subtotal: "row",
          lines: [{ name: "网格事件处置功能开发", unit: "人月", qty: 8, price: 1.8 }],
        },
        {
          title: "其他费用",
          subtotal: "row",
          lines: [fee("系统集成费", 1.6), fee("软件测评费", 1.0), fee("安全测评费", 0.5), fee("密码测评费", 1.5)],
        },
      ],
      totalLabel: "合计",
      totalTyped: 45.4,
    },
    (b) => [
      { rule: "sheet.line-arithmetic", severity: "error", sheet: "投资估算表", cell: `${b.col.amount}${b.rows.sw}` },
      {
        rule: "sheet.subtotal-mismatch",
        severity: "error",
        sheet: "投资估算表",
        cell: `${b.col.amount}${b.rows["sec:软件购置费"]}`,
      },
    ],
  ),

  // Cells carrying their own unit in a 元 sheet: 数量 "２" (full width), 单价 "5.5万", "1.8万"; amounts typed.
  // P = 110000 + 28000 (高拍仪) + 60000 = 198000; 集成 13860 = 7%; C = 198000 + 216000 + 13860 = 427860;
  // four 17000; 安全 1.17%; 1.8万/人月 ≤ 2万; 密评; total 464860.
  single(
    "c19-inline-units.xlsx",
    "元 sheet with 5.5万 / 1.8万 price cells and full-width digits",
    {
      sheet: "投资估算表",
      title: "杨浦区某局电子证照应用系统建设项目投资估算表",
      unit: "元",
      unitIn: "row",
      cols: COLS.classic,
      seq: "cn",
      sections: [
        {
          title: "硬件及软件购置",
          subtotal: "row",
          subtotalTyped: 198000,
          lines: [
            { name: "应用服务器", unit: "台", qty: "２", price: "5.5万", amount: 110000 },
            { name: "高拍仪", unit: "台", qty: 10, price: 2800 },
            { name: "电子证照系统授权", unit: "套", qty: 1, price: 60000 },
          ],
        },
        {
          title: "应用开发",
          subtotal: "row",
          subtotalTyped: 216000,
          lines: [{ name: "证照库对接功能开发", unit: "人月", qty: 12, price: "1.8万", amount: 216000 }],
        },
        {
          title: "其他费用",
          subtotal: "row",
          lines: [
            fee("系统集成费", 13860),
            fee("软件测评费", 12000),
            fee("安全测评费", 5000),
            fee("密码测评费", 20000),
          ],
        },
      ],
      totalLabel: "合计",
      totalTyped: 464860,
    },
    () => [],
  ),

  // OA declared 小型 (≤ 1 server, ≤ 5 人月, ≤ 25万): 2 servers → tier.oa. P = 7; 集成 0.42 = 6%; C = 13.42;
  // four 0.7; 安全 1.49%; 4 人月; total 15.12.
  single(
    "c20-oa-small-two-servers.xlsx",
    "OA 小型 in the title, 万元, 2 servers",
    {
      sheet: "投资估算表",
      title: "杨浦区某街道办公自动化系统建设项目投资估算表（小型）",
      unit: "万元",
      unitIn: "row",
      cols: COLS.classic,
      seq: "cn",
      sections: [
        {
          title: "硬件及软件",
          subtotal: "row",
          lines: [
            { name: "应用服务器", unit: "台", qty: 2, price: 3 },
            { name: "操作系统", unit: "套", qty: 2, price: 0.5 },
          ],
        },
        { title: "应用开发", subtotal: "row", lines: [{ name: "公文管理功能开发", unit: "人月", qty: 4, price: 1.5 }] },
        {
          title: "其他费用",
          subtotal: "row",
          lines: [fee("系统集成费", 0.42), fee("软件测评费", 0.5), fee("安全测评费", 0.2), fee("密码测评费", 1.0)],
        },
      ],
      totalLabel: "合计",
    },
    () => [{ rule: "tier.oa", severity: "error" }],
  ),

  // Website declared 中型 (≤ 2 servers, ≤ 15 人月, ≤ 90万): total 108.9万 → tier.website (servers 2, 14 人月 fine).
  // P = 37 + 28 = 65; 集成 3.9 = 6%; C = 96.9; four 9.0 ≤ 9.69; 安全 1.55%; 密评; ≥ 100万 with 监理.
  single(
    "c22-website-medium-over-total.xlsx",
    "website 中型, 万元, total over the tier",
    {
      sheet: "投资估算表",
      title: "杨浦区某委门户网站群建设项目投资估算表（中型）",
      unit: "万元",
      unitIn: "row",
      cols: COLS.classic,
      seq: "cn",
      sections: [
        {
          title: "硬件购置费",
          subtotal: "row",
          lines: [
            { name: "Web服务器", unit: "台", qty: 2, price: 6 },
            { name: "WAF", spec: "Web应用防火墙", unit: "台", qty: 1, price: 15 },
            { name: "负载均衡", unit: "台", qty: 1, price: 10 },
          ],
        },
        {
          title: "软件购置费",
          subtotal: "row",
          lines: [
            { name: "内容管理系统授权", unit: "套", qty: 1, price: 20 },
            { name: "数据库", unit: "套", qty: 1, price: 8 },
          ],
        },
        { title: "应用开发费", subtotal: "row", lines: [{ name: "站群功能开发", unit: "人月", qty: 14, price: 2 }] },
        {
          title: "其他费用",
          subtotal: "row",
          lines: [
            fee("系统集成费", 3.9),
            fee("咨询费", 2.5),
            fee("监理费", 3),
            fee("软件测评费", 2),
            fee("安全测评费", 1.5),
            fee("密码测评费", 3),
          ],
        },
      ],
      totalLabel: "合计",
    },
    () => [{ rule: "tier.website", severity: "error" }],
  ),

  // 微信公众号 build: total 90000 + 10000 + 5000 + 15000 = 120000 > 10万 → tier.info-release.
  // C = 100000; four 5000 ≤ 10000; 5 人月 at 18000.
  single(
    "c23-wechat-over-10.xlsx",
    "信息发布 (微信公众号), 元, over 10万",
    {
      sheet: "预算表",
      title: "杨浦区某街道微信公众号建设项目预算表",
      unit: "元",
      unitIn: "row",
      cols: COLS.noSpec,
      seq: "arabic",
      sections: [
        {
          title: "建设内容",
          subtotal: "none",
          lines: [
            { name: "公众号功能开发", unit: "人月", qty: 5, price: 18000 },
            { name: "内容编辑工具授权", unit: "套", qty: 1, price: 10000 },
            fee("软件测评费", 5000),
            fee("密码测评费", 15000),
          ],
        },
      ],
      totalLabel: "合计",
    },
    () => [{ rule: "tier.info-release", severity: "error" }],
  ),

  // 信息发布 build 7.6万 ≤ 10万. C = 5.4 + 0.6 = 6.0; 安全 0.1 / 6 = 1.67%; four 0.1; 密评 present.
  single(
    "c24-info-release-ok.xlsx",
    "信息发布 (政务新媒体), 万元, compliant",
    {
      sheet: "预算表",
      title: "杨浦区某局政务新媒体信息发布平台建设项目预算表",
      unit: "万元",
      unitIn: "header",
      cols: COLS.noSpec,
      seq: "arabic",
      sections: [
        {
          title: "建设内容",
          subtotal: "none",
          lines: [
            { name: "信息发布功能开发", unit: "人月", qty: 3, price: 1.8 },
            { name: "排版工具授权", unit: "套", qty: 1, price: 0.6 },
            fee("安全测评费", 0.1),
            fee("密码测评费", 1.5),
          ],
        },
      ],
      totalLabel: "合计",
    },
    () => [],
  ),

  // "建设项目（升级改造）": upgrade. P = 55000 + 35000 = 90000; 集成 7200 = 8% exactly (≤ 8%); C = 90000 + 320000 +
  // 30000 + 7200 = 447200; 安全 8944 = 2% exactly; four 37944 ≤ 44720; 密评; 20000 元/人月 exactly.
  single(
    "c25-upgrade-boundaries.xlsx",
    "title 建设项目（升级改造）, 元, every rate exactly on its limit",
    {
      sheet: "投资估算表",
      title: "杨浦区某局行政审批系统建设项目（升级改造）投资估算表",
      unit: "元",
      unitIn: "row",
      cols: COLS.classic,
      seq: "cn",
      sections: [
        {
          title: "购置费",
          subtotal: "row",
          lines: [
            { name: "应用服务器", unit: "台", qty: 1, price: 55000 },
            { name: "中间件", spec: "东方通 国产", unit: "套", qty: 1, price: 35000 },
          ],
        },
        {
          title: "开发及数据",
          subtotal: "row",
          lines: [
            { name: "审批流程优化开发", unit: "人月", qty: 16, price: 20000 },
            { name: "历史数据迁移", unit: "项", qty: 1, price: 30000 },
          ],
        },
        {
          title: "其他费用",
          subtotal: "row",
          lines: [
            fee("系统集成费", 7200),
            fee("监理费", 15000),
            fee("软件测评费", 14000),
            fee("安全测评费", 8944),
            fee("密码测评费", 20000),
          ],
        },
      ],
      totalLabel: "合计",
    },
    () => [],
  ),

  // 三级等保 after the grand total, marked 另行申报 / 不计入总投资: outside the project, no finding.
  // P = 23 + 8 = 31; 集成 2.17 = 7%; C = 83.17; four 5.7 ≤ 8.317; 安全 1.44%; 密评; 项目总投资 91.87 < 100.
  single(
    "c26-dengbao-after-total.xlsx",
    "三级等保 listed after 项目总投资 as 另行申报",
    {
      sheet: "投资估算表",
      title: "杨浦区某局综合业务管理系统建设项目投资估算表",
      unit: "万元",
      unitIn: "row",
      cols: COLS.classic,
      seq: "cn",
      sections: [
        {
          title: "硬件设备购置费",
          subtotal: "row",
          lines: [
            { name: "应用服务器", unit: "台", qty: 3, price: 5 },
            { name: "日志审计系统", unit: "台", qty: 1, price: 8 },
          ],
        },
        { title: "软件购置费", subtotal: "row", lines: [{ name: "数据库", unit: "套", qty: 2, price: 4 }] },
        {
          title: "应用软件开发费",
          subtotal: "row",
          lines: [{ name: "业务管理功能开发", unit: "人月", qty: 25, price: 2 }],
        },
        {
          title: "其他费用",
          subtotal: "row",
          lines: [
            fee("系统集成费", 2.17),
            fee("监理费", 2.5),
            fee("软件测评费", 2),
            fee("安全测评费", 1.2),
            fee("密码测评费", 3),
          ],
        },
      ],
      totalLabel: "项目总投资",
      after: [{ name: "三级等保测评（另行申报，不计入总投资）", unit: "项", qty: 1, price: 6, note: "另行申报" }],
    },
    () => [],
  ),

  // Development priced by 项 with no 人月 → dev.effort-basis-missing. P = 10; 集成 0.6 = 6%; C = 28.6;
  // four 1.3 ≤ 2.86; 安全 1.05%; 密评.
  single(
    "c27-dev-by-item.xlsx",
    "development by 项 (no 人月 basis), 万元",
    {
      sheet: "投资估算表",
      title: "杨浦区某局统计分析系统建设项目投资估算表",
      unit: "万元",
      unitIn: "row",
      cols: COLS.classic,
      seq: "cn",
      sections: [
        {
          title: "购置费",
          subtotal: "row",
          lines: [
            { name: "应用服务器", unit: "台", qty: 1, price: 6 },
            { name: "数据库", unit: "套", qty: 1, price: 4 },
          ],
        },
        {
          title: "开发费",
          subtotal: "row",
          lines: [{ id: "dev", name: "统计分析模块开发", spec: "含报表、驾驶舱", unit: "项", qty: 1, price: 18 }],
        },
        {
          title: "其他费用",
          subtotal: "row",
          lines: [fee("系统集成费", 0.6), fee("软件测评费", 1.0), fee("安全测评费", 0.3), fee("密码测评费", 1.5)],
        },
      ],
      totalLabel: "合计",
    },
    (b) => [{ rule: "dev.effort-basis-missing", severity: "warning", sheet: "投资估算表", row: b.rows.dev }],
  ),

  // 元 with a 折合（万元） column repeating 金额 ÷ 10000 in every line: no finding. P = 156000 + 50000 = 206000;
  // 集成 12360 = 6%; C = 608360; four 42000 ≤ 60836; 安全 1.31%; 密评; total 675360.
  single(
    "c29-wan-column.xlsx",
    "元 with a 折合（万元） column",
    {
      sheet: "投资估算表",
      title: "杨浦区某街道城市运行管理平台建设项目投资估算表",
      unit: "元",
      unitIn: "header",
      cols: [
        ["seq", "序号"],
        ["name", "费用名称"],
        ["spec", "规格"],
        ["unit", "单位"],
        ["qty", "数量"],
        ["price", "单价"],
        ["amount", "金额"],
        ["wan", "折合（万元）"],
        ["note", "备注"],
      ],
      seq: "cn",
      sections: [
        {
          title: "硬件",
          subtotal: "none",
          lines: [
            { name: "应用服务器", unit: "台", qty: 2, price: 48000 },
            { name: "视频接入服务器", unit: "台", qty: 1, price: 60000 },
          ],
        },
        { title: "软件", subtotal: "none", lines: [{ name: "数据库", unit: "套", qty: 1, price: 50000 }] },
        {
          title: "开发",
          subtotal: "none",
          lines: [{ name: "城运事件联动功能开发", unit: "人月", qty: 20, price: 19500 }],
        },
        {
          title: "其他",
          subtotal: "none",
          lines: [
            fee("系统集成费", 12360),
            fee("监理费", 18000),
            fee("软件测评费", 16000),
            fee("安全测评费", 8000),
            fee("密码测评费", 25000),
          ],
        },
      ],
      totalLabel: "合计",
    },
    () => [],
  ),

  // P = 18 (4 + 8 + 6? no: 10 + 8) … worked: 视频管理服务器 6 + 网络摄像机 7.5 + 硬盘录像机 4 = 17.5; 平台软件 8 (其中 rows 5 + 3
  // are a breakdown, not counted again) → P = 25.5; 集成 1.53 = 6% (4.57% if 其中 were counted twice); C = 37.03;
  // four 2.0 ≤ 3.703; 安全 1.35%; 密评; total 40.23.
  single(
    "c34-qizhong-rows.xlsx",
    "其中 breakdown rows under a line, 万元",
    {
      sheet: "投资估算表",
      title: "杨浦区某局视频监控联网平台建设项目投资估算表",
      unit: "万元",
      unitIn: "row",
      cols: COLS.classic,
      seq: "cn",
      sections: [
        {
          title: "硬件设备",
          subtotal: "row",
          lines: [
            { name: "网络摄像机", spec: "400万像素 星光级", unit: "台", qty: 30, price: 0.25 },
            { name: "硬盘录像机", spec: "32路", unit: "台", qty: 2, price: 2 },
            { name: "视频管理服务器", unit: "台", qty: 1, price: 6 },
          ],
        },
        {
          title: "软件",
          subtotal: "row",
          lines: [
            {
              name: "视频管理平台软件",
              unit: "套",
              qty: 1,
              price: 8,
              of: [
                ["基础平台授权", 5],
                ["接入授权", 3],
              ],
            },
          ],
        },
        { title: "应用开发", subtotal: "row", lines: [{ name: "联网接口开发", unit: "人月", qty: 5, price: 2 }] },
        {
          title: "其他费用",
          subtotal: "row",
          lines: [fee("系统集成费", 1.53), fee("监理费", 1.5), fee("安全测评费", 0.5), fee("密码测评费", 1.2)],
        },
      ],
      totalLabel: "合计",
    },
    () => [],
  ),

  // 总概算 with nested （一）（二）（三） under 一、工程费用 and one 小计 covering all three.
  // P = 180000 (党建触摸一体机 一体机 = hardware) + 90000 = 270000; 集成 16200 = 6%; C = 646200; four 44000 ≤ 64620;
  // 安全 1.39%; 密评; 管理费 outside the four; 总概算 721200.
  single(
    "c35-zonggaisuan-nested.xlsx",
    "总概算 total, nested sub-sections under one 小计, 元",
    {
      sheet: "总概算表",
      title: "杨浦区某局智慧党建平台建设项目总概算表",
      unit: "元",
      unitIn: "row",
      cols: COLS.classic,
      seq: "cn",
      sections: [
        {
          title: "工程费用",
          subtotal: "row",
          lines: [],
          subs: [
            {
              title: "硬件设备",
              subtotal: "none",
              lines: [
                { name: "应用服务器", unit: "台", qty: 2, price: 45000 },
                { name: "党建触摸一体机", spec: "55寸", unit: "台", qty: 5, price: 18000 },
              ],
            },
            {
              title: "软件",
              subtotal: "none",
              lines: [
                { name: "数据库", unit: "套", qty: 1, price: 60000 },
                { name: "中间件", unit: "套", qty: 1, price: 30000 },
              ],
            },
            {
              title: "应用开发",
              subtotal: "none",
              lines: [{ name: "党建平台功能开发", unit: "人月", qty: 18, price: 20000 }],
            },
          ],
        },
        {
          title: "工程建设其他费用",
          subtotal: "row",
          lines: [
            fee("系统集成费", 16200),
            fee("监理费", 20000),
            fee("软件测评费", 15000),
            fee("安全测评费", 9000),
            fee("密码测评费", 25000),
            fee("建设单位管理费", 6000),
          ],
        },
      ],
      totalLabel: "总概算",
    },
    () => [],
  ),

  // No 集成 line at all (§3.11: no integration finding). C = 24 + 1.5 = 25.5; 安全 0.4 / 25.5 = 1.57%;
  // four 1.4 ≤ 2.55; 密评; OA large tier fine; total 28.4.
  single(
    "c36-oa-circled-no-integration.xlsx",
    "OA upgrade, ①② numbering, 单价（万元）, no integration line",
    {
      sheet: "投资估算表",
      title: "杨浦区某局无纸化办公系统升级改造项目投资估算表",
      unit: "万元",
      unitIn: "header",
      cols: COLS.classic,
      seq: "circled",
      sections: [
        {
          title: "应用开发及软件",
          subtotal: "row",
          lines: [
            { name: "无纸化会议功能开发", unit: "人月", qty: 12, price: 2 },
            { name: "版式软件", spec: "福昕 国产", unit: "套", qty: 30, price: 0.05 },
          ],
        },
        {
          title: "其他费用",
          subtotal: "row",
          lines: [fee("软件测评费", 1.0), fee("安全测评费", 0.4), fee("密码测评费", 1.5)],
        },
      ],
      totalLabel: "合计",
    },
    () => [],
  ),

  // Three findings: 21000 元/人月 > 20000 (at the 单价 cell); 集成 2640 / 88000 = 3% < 5% (warning);
  // no 密码测评 (warning). C = 300640; four 8000; total 308640.
  single(
    "c37-three-findings.xlsx",
    "other build, 元, price 2.1万, integration 3%, no 密评",
    {
      sheet: "投资估算表",
      title: "杨浦区某局12345工单对接系统建设项目投资估算表",
      unit: "元",
      unitIn: "row",
      cols: COLS.classic,
      seq: "cn",
      sections: [
        {
          title: "硬件及软件",
          subtotal: "row",
          lines: [
            { name: "接口服务器", unit: "台", qty: 2, price: 40000 },
            { name: "操作系统", unit: "套", qty: 2, price: 4000 },
          ],
        },
        {
          title: "开发",
          subtotal: "row",
          lines: [{ id: "dev", name: "工单对接接口开发", unit: "人月", qty: 10, price: 21000 }],
        },
        {
          title: "其他费用",
          subtotal: "row",
          lines: [{ id: "int", ...fee("系统集成费", 2640) }, fee("软件测评费", 8000)],
        },
      ],
      totalLabel: "合计",
    },
    (b) => [
      { rule: "dev.person-month-price", severity: "error", sheet: "投资估算表", cell: `${b.col.price}${b.rows.dev}` },
      { rule: "fees.integration-rate", severity: "warning", sheet: "投资估算表", row: b.rows.int },
      { rule: "fees.crypto-test-missing", severity: "warning" },
    ],
  ),

  // Website 大型: 4 servers > 3 → tier.website. P = 20 + 12 = 32; 集成 2.24 = 7%; C = 74.24; four 5 ≤ 7.424;
  // 安全 1.35%; 密评; 20 人月 ≤ 25; total 81.74 ≤ 140.
  single(
    "c38-website-large-servers.xlsx",
    "website 大型, 万元, 4 servers",
    {
      sheet: "投资估算表",
      title: "杨浦区政府门户网站集约化平台升级改造项目投资估算表（大型）",
      unit: "万元",
      unitIn: "row",
      cols: COLS.classic,
      seq: "cn",
      sections: [
        {
          title: "硬件购置费",
          subtotal: "row",
          lines: [
            { name: "Web服务器", unit: "台", qty: 2, price: 5 },
            { name: "应用服务器", unit: "台", qty: 2, price: 5 },
            { name: "WAF", unit: "台", qty: 1, price: 12 },
          ],
        },
        {
          title: "应用开发费",
          subtotal: "row",
          lines: [{ name: "集约化平台功能开发", unit: "人月", qty: 20, price: 2 }],
        },
        {
          title: "其他费用",
          subtotal: "row",
          lines: [
            fee("系统集成费", 2.24),
            fee("监理费", 2),
            fee("软件测评费", 2),
            fee("安全测评费", 1),
            fee("密码测评费", 2.5),
          ],
        },
      ],
      totalLabel: "合计",
    },
    () => [{ rule: "tier.website", severity: "error" }],
  ),

  // OA 中型 (≤ 2 servers, ≤ 15 人月, ≤ 75万): 2 servers, 15 人月, total 631500. P = 100000 + 60000 + 25000 + 40000 =
  // 225000; 集成 13500 = 6%; C = 538500; four 53000 ≤ 53850; 安全 1.49%; 密评; 管理费 and 预备费 outside.
  single(
    "c40-oa-medium-ok.xlsx",
    "OA 中型, 元, fees near the cap, 管理费 + 预备费",
    {
      sheet: "投资估算表",
      title: "杨浦区某委协同办公系统建设项目（中型）投资估算表",
      unit: "元",
      unitIn: "row",
      cols: COLS.classic,
      seq: "cn",
      sections: [
        { title: "硬件设备购置费", subtotal: "row", lines: [{ name: "应用服务器", unit: "台", qty: 2, price: 50000 }] },
        {
          title: "软件购置费",
          subtotal: "row",
          lines: [
            { name: "国产数据库", unit: "套", qty: 1, price: 60000 },
            { name: "版式软件", unit: "套", qty: 50, price: 500 },
            { name: "中间件", unit: "套", qty: 1, price: 40000 },
          ],
        },
        {
          title: "应用软件开发费",
          subtotal: "row",
          lines: [{ name: "协同办公功能开发", unit: "人月", qty: 15, price: 20000 }],
        },
        {
          title: "工程建设其他费用",
          subtotal: "row",
          lines: [
            fee("系统集成费", 13500),
            fee("咨询费", 10000),
            fee("监理费", 20000),
            fee("软件测评费", 15000),
            fee("安全测评费", 8000),
            fee("密码测评费", 25000),
            fee("建设单位管理费", 5000),
          ],
        },
        { title: "预备费", subtotal: "row", lines: [fee("基本预备费", 10000)] },
      ],
      totalLabel: "合计",
    },
    () => [],
  ),
];
