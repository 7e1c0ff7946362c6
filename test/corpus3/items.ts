import type { Cat } from "./model";

/**
 * The item catalogue: names, specifications, units and price ranges (元) as they appear in district budgets and
 * vendors' quotations. Each name says its category the way domain.md §2 reads it; the tiered systems avoid names a
 * reviewer would count twice (no 服务器 in a software name of an OA or website project, no second 终端 in a video
 * conference).
 */
export interface Goods {
  names: readonly string[];
  cat: Cat;
  specs?: readonly string[];
  unit: string;
  price: readonly [number, number, number];
  qty: readonly [number, number];
  brands?: readonly string[];
  /** Maintenance class of a device (三(三)1(1)) when it is maintained later. */
  cls?: "A" | "B" | "C";
}

const g = (
  cat: Cat,
  names: string[],
  unit: string,
  price: [number, number, number],
  qty: [number, number],
  extra: Partial<Goods> = {},
): Goods => ({ names, cat, unit, price, qty, ...extra });

export const SERVERS = {
  app: g("hardware", ["应用服务器", "PC服务器（应用）", "应用服务器（国产）"], "台", [42000, 98000, 500], [1, 3], {
    specs: ["2路CPU/256G内存/4×1.92T SSD", "2×16核 2.6GHz/128G/2×960G SSD", "鲲鹏920 2×48核/256G/4×1.2T"],
    brands: ["华为 2288H V6", "浪潮 NF5280M6", "新华三 R4900 G5", "中科曙光 I620-G40"],
    cls: "C",
  }),
  db: g("hardware", ["数据库服务器", "数据库服务器（双机）"], "台", [68000, 138000, 500], [1, 2], {
    specs: ["4路CPU/512G内存/8×1.92T SSD", "2×32核/384G/6×1.92T"],
    brands: ["华为 2488H V6", "浪潮 NF8480M6"],
    cls: "C",
  }),
  backup: g("hardware", ["备份服务器", "管理服务器"], "台", [32000, 58000, 500], [1, 1], { cls: "C" }),
};

export const NETWORK = [
  g("hardware", ["核心交换机", "核心层交换机"], "台", [68000, 198000, 1000], [1, 2], {
    specs: ["48口万兆光+4×40G", "双主控 双电源"],
    brands: ["华为 S12708", "新华三 S10506X"],
    cls: "A",
  }),
  g("hardware", ["接入交换机", "接入层交换机"], "台", [3200, 11800, 100], [2, 16], {
    specs: ["48口千兆电+4口万兆光", "24口千兆 PoE"],
    brands: ["华为 S5735", "新华三 S5130"],
    cls: "B",
  }),
  g("hardware", ["汇聚交换机"], "台", [18000, 42000, 500], [1, 4], { specs: ["24口万兆光"], cls: "B" }),
  g("hardware", ["磁盘阵列", "存储设备（磁盘阵列）"], "套", [78000, 258000, 1000], [1, 1], {
    specs: ["双控 100TB 可用", "全闪存 50TB"],
    brands: ["华为 OceanStor 5310", "浪潮 AS5300G5"],
    cls: "B",
  }),
  g("hardware", ["光纤交换机"], "台", [24000, 56000, 500], [1, 2], { specs: ["24口16Gb"], cls: "A" }),
  g("hardware", ["负载均衡设备", "负载均衡器"], "台", [58000, 148000, 1000], [1, 2], { cls: "A" }),
  g("hardware", ["UPS不间断电源"], "台", [14000, 58000, 500], [1, 2], {
    specs: ["10kVA 后备2小时", "20kVA 在线式"],
    cls: "B",
  }),
  g("hardware", ["标准机柜", "网络机柜"], "台", [3500, 7800, 100], [1, 4], { specs: ["42U 600×1000"], cls: "A" }),
];

export const OFFICE = [
  g("hardware", ["台式计算机", "国产台式计算机"], "台", [5200, 7600, 100], [5, 40], {
    specs: ["i5/16G/512G SSD/23.8寸", "飞腾D2000/16G/512G"],
    cls: "C",
  }),
  g("hardware", ["笔记本电脑"], "台", [6200, 9800, 100], [2, 10], { cls: "C" }),
  g("hardware", ["激光打印机", "A3激光打印机"], "台", [2400, 6800, 100], [2, 10], { cls: "C" }),
  g("hardware", ["扫描仪", "高速扫描仪"], "台", [3000, 12000, 100], [1, 4], { cls: "C" }),
  g("hardware", ["LED显示屏", "拼接大屏"], "块", [9800, 24800, 100], [4, 12], {
    specs: ["55寸 3.5mm拼缝", "P1.8 小间距"],
    cls: "A",
  }),
];

export const SECURITY = [
  g("security-product", ["下一代防火墙", "防火墙"], "台", [32000, 148000, 1000], [1, 2], {
    brands: ["天融信 NGFW4000", "深信服 AF-1000", "华为 USG6555E"],
  }),
  g("security-product", ["Web应用防火墙（WAF）", "WAF"], "台", [58000, 168000, 1000], [1, 1], {
    brands: ["绿盟 WAF", "长亭 雷池"],
  }),
  g("security-product", ["入侵防御系统", "入侵检测系统"], "台", [48000, 138000, 1000], [1, 1], {
    brands: ["启明星辰 天清", "绿盟 NIPS"],
  }),
  g("security-product", ["堡垒机", "运维堡垒机"], "台", [42000, 118000, 1000], [1, 1], { brands: ["齐治", "安恒"] }),
  g("security-product", ["漏洞扫描系统"], "台", [58000, 148000, 1000], [1, 1]),
  g("security-product", ["日志审计系统"], "台", [38000, 98000, 1000], [1, 1]),
  g("security-product", ["数据库审计系统"], "台", [58000, 148000, 1000], [1, 1]),
  g("security-product", ["网闸", "安全隔离网闸"], "台", [118000, 288000, 1000], [1, 1]),
  g("security-product", ["防病毒网关"], "台", [28000, 78000, 1000], [1, 1]),
  g("security-product", ["上网行为管理设备"], "台", [24000, 58000, 1000], [1, 1]),
];

export const SOFTWARE = {
  os: g("product-software", ["国产操作系统", "操作系统（国产）", "服务器操作系统"], "套", [1800, 6800, 100], [1, 6], {
    brands: ["麒麟 V10", "统信 UOS"],
  }),
  db: g("product-software", ["国产数据库软件", "数据库管理系统", "数据库软件"], "套", [48000, 198000, 1000], [1, 2], {
    brands: ["达梦 DM8", "人大金仓 KingbaseES V8", "南大通用 GBase 8s"],
  }),
  mw: g("product-software", ["应用中间件", "国产中间件", "中间件"], "套", [18000, 78000, 1000], [1, 4], {
    brands: ["东方通 TongWeb", "宝兰德 BES", "金蝶 Apusic"],
  }),
  av: g("product-software", ["杀毒软件（网络版）", "杀毒软件"], "套", [80, 220, 10], [30, 300], {
    brands: ["瑞星", "奇安信天擎"],
  }),
  layout: g("product-software", ["版式软件", "版式阅读软件"], "套", [380, 880, 10], [20, 120], {
    brands: ["数科", "福昕"],
  }),
  office: g("product-software", ["正版办公软件", "办公软件"], "套", [480, 1280, 10], [20, 200], {
    brands: ["WPS Office", "永中 Office"],
  }),
  virt: g("product-software", ["虚拟化软件"], "套", [18000, 58000, 1000], [1, 4], { specs: ["按物理CPU授权"] }),
  backup: g("product-software", ["备份软件"], "套", [28000, 78000, 1000], [1, 1]),
  sign: g("product-software", ["电子签章授权", "电子印章系统授权"], "套", [20000, 80000, 1000], [1, 1]),
};

export const VIDEO = {
  mcu: g("hardware", ["多点控制器（MCU）", "MCU多点控制器"], "台", [118000, 338000, 1000], [1, 1], {
    specs: ["支持32路1080P60", "16路4K"],
    brands: ["华为 CloudMCU", "科达 KDV8000"],
  }),
  terminal: g("hardware", ["视频会议终端", "高清视频会议终端"], "台", [14000, 42000, 500], [1, 1], {
    specs: ["1080P60 含遥控器"],
    brands: ["华为 Box600", "宝利通 G7500", "小鱼易连 XE800"],
  }),
  camera: g("hardware", ["高清摄像机", "会议摄像机"], "台", [5800, 14800, 100], [1, 1], { specs: ["12倍光学变焦"] }),
  display: g("hardware", ["会议室显示屏", "会议显示器"], "台", [7800, 24800, 100], [1, 1], {
    specs: ["86英寸 4K", "75英寸"],
  }),
  av: g("hardware", ["主会场音视频设备", "会场音视频设备"], "套", [78000, 248000, 1000], [1, 1], {
    specs: ["含功放、数字音频处理器、视频矩阵"],
  }),
  nvr: g("hardware", ["硬盘录像机"], "台", [7800, 19800, 100], [1, 1]),
};

export const ROOM = {
  decoration: g("facility", ["机房装修工程", "机房装修"], "㎡", [1800, 4200, 100], [1, 1], {
    specs: ["含吊顶、墙面、防静电地板"],
  }),
  ac: g("hardware", ["精密空调", "机房精密空调"], "台", [68000, 168000, 1000], [1, 2], { cls: "A" }),
  homeAc: g("hardware", ["空调", "柜式空调"], "台", [7800, 14800, 100], [1, 2], { cls: "A" }),
  ups: g("hardware", ["UPS不间断电源", "UPS电源"], "台", [24000, 98000, 500], [1, 2], { cls: "B" }),
  rack: g("hardware", ["标准机柜", "42U机柜"], "台", [3800, 8800, 100], [2, 8], { cls: "A" }),
  env: g("hardware", ["动力环境监控系统", "动环监控系统"], "套", [28000, 88000, 1000], [1, 1], { cls: "A" }),
  door: g("hardware", ["门禁系统"], "套", [8000, 24000, 500], [1, 1], { cls: "A" }),
  fire: g("facility", ["气体消防系统", "消防系统"], "套", [38000, 118000, 1000], [1, 1]),
  cabling: g("facility", ["综合布线", "综合布线工程"], "项", [18000, 148000, 1000], [1, 1]),
  power: g("facility", ["电气系统改造", "配电系统（电气系统）"], "项", [20000, 98000, 1000], [1, 1]),
};

export const HOTLINE = {
  seat: g("hardware", ["坐席终端", "话务坐席终端"], "套", [4800, 8800, 100], [1, 1], { specs: ["含耳麦、话机"] }),
  cti: g("hardware", ["CTI服务器", "呼叫中心服务器"], "台", [48000, 98000, 500], [1, 2], { cls: "C" }),
  rec: g("hardware", ["录音服务器"], "台", [38000, 78000, 500], [1, 1], { cls: "C" }),
  gw: g("hardware", ["语音网关"], "台", [18000, 48000, 500], [1, 2], { cls: "B" }),
};

/** Development modules by system (the words a clerk uses for 定制开发). */
export const DEV_MODULES: Record<string, readonly string[]> = {
  oa: [
    "公文流转模块开发",
    "流程审批模块开发",
    "会议管理功能开发",
    "协同办公系统定制开发",
    "移动办公应用开发",
    "督查督办模块开发",
    "档案归档功能开发",
  ],
  website: [
    "网站群管理平台定制开发",
    "信息公开栏目开发",
    "政民互动功能开发",
    "站内搜索功能开发",
    "网上办事栏目开发",
    "网站无障碍功能开发",
  ],
  "info-release": ["公众号菜单及页面开发", "信息推送功能开发", "在线预约功能开发", "图文管理后台开发"],
  hotline: ["工单流转系统开发", "IVR语音导航流程开发", "知识库功能开发", "话务统计报表开发"],
  "video-conference": ["会议预约管理功能开发"],
  "server-room": [],
  other: [
    "业务办理子系统开发",
    "统计分析功能开发",
    "移动端应用开发",
    "统一身份认证对接开发",
    "综合查询功能开发",
    "电子证照对接开发",
    "事项管理模块开发",
    "工作台门户开发",
    "报表中心功能开发",
    "接口服务开发",
    "执法办案模块开发",
    "预警处置功能开发",
  ],
  upgrade: [
    "原有功能升级改造开发",
    "业务流程优化开发",
    "信创适配改造开发",
    "移动端功能扩展开发",
    "对接一网通办接口开发",
    "统计报表功能完善开发",
  ],
};

export const DATA_SERVICES = [
  g("data-service", ["历史数据迁移", "存量数据迁移"], "项", [30000, 180000, 1000], [1, 1]),
  g("data-service", ["数据治理服务", "数据清洗及治理"], "项", [80000, 380000, 1000], [1, 1]),
  g("data-service", ["数据标签服务"], "项", [50000, 150000, 1000], [1, 1]),
];

/** Fee names by category. */
export const FEE_NAMES: Record<string, readonly string[]> = {
  integration: ["系统集成费", "系统集成实施费", "安装调试费", "系统部署实施费"],
  consulting: ["咨询设计费", "咨询（或设计）费", "方案设计费", "可行性研究报告编制费", "项目咨询费"],
  supervision: ["工程监理费", "信息系统工程监理费", "监理费"],
  "software-test": ["第三方软件测评费", "软件测评费", "软件测试费"],
  "security-test": ["安全测评费", "信息安全测评费", "安全风险评估费", "渗透测试费"],
  "crypto-test": ["密码应用安全性评估费", "商用密码应用安全性评估费", "密码测评费"],
  dengbao: ["等级保护测评费", "等保测评费", "网络安全等级保护测评费"],
  management: ["建设单位管理费", "项目管理费"],
  contingency: ["基本预备费", "预备费", "不可预见费"],
  training: ["用户培训费", "操作培训费"],
};

/** The systems of "other" projects: names with no system words of domain.md §1. */
export const OTHER_SYSTEMS = [
  "执法办案管理系统",
  "档案数字化管理系统",
  "智慧养老综合平台",
  "网格化社会治理平台",
  "行政审批业务系统",
  "数据共享交换平台",
  "社区综合信息平台",
  "应急指挥调度平台",
  "人事管理信息系统",
  "安全生产监管平台",
  "房屋租赁管理系统",
  "企业服务平台",
  "市场监管综合业务系统",
  "退役军人信息管理系统",
  "教育资源管理平台",
  "城市运行体征平台",
];

export const UNITS = [
  "杨浦区市场监督管理局",
  "杨浦区卫生健康委员会",
  "杨浦区民政局",
  "杨浦区档案馆",
  "殷行街道办事处",
  "五角场街道办事处",
  "杨浦区城市运行管理中心",
  "杨浦区司法局",
  "杨浦区教育局",
  "杨浦区退役军人事务局",
  "杨浦区人力资源和社会保障局",
  "杨浦区应急管理局",
  "大桥街道办事处",
  "平凉路街道办事处",
  "杨浦区统计局",
  "杨浦区科学技术委员会",
];

export const VENDORS = [
  "上海某某信息技术有限公司",
  "上海某某软件股份有限公司",
  "上海某某智能科技有限公司",
  "某某数字技术（上海）有限公司",
];
export const PEOPLE = ["张某某", "李某", "王某某", "陈某", "刘某某", "周某"];

/** O&M devices by class (三(三)1(1)), as the standard lists them. */
export const OM_DEVICES: Record<"A" | "B" | "C", readonly { name: string; base: readonly [number, number, number] }[]> =
  {
    A: [
      { name: "核心交换机", base: [120000, 480000, 1000] },
      { name: "负载均衡器", base: [80000, 260000, 1000] },
      { name: "磁带库", base: [80000, 220000, 1000] },
      { name: "精密空调", base: [90000, 320000, 1000] },
      { name: "门禁系统", base: [20000, 80000, 1000] },
      { name: "光纤交换机", base: [40000, 160000, 1000] },
      { name: "环境监控系统", base: [30000, 120000, 1000] },
      { name: "机柜", base: [20000, 80000, 1000] },
    ],
    B: [
      { name: "接入交换机", base: [40000, 220000, 1000] },
      { name: "汇聚交换机", base: [60000, 200000, 1000] },
      { name: "磁盘阵列", base: [150000, 600000, 1000] },
      { name: "UPS", base: [40000, 180000, 1000] },
      { name: "工作站", base: [30000, 120000, 1000] },
      { name: "平板电脑", base: [30000, 120000, 1000] },
    ],
    C: [
      { name: "PC服务器", base: [200000, 900000, 1000] },
      { name: "刀片服务器", base: [300000, 1200000, 1000] },
      { name: "台式计算机", base: [100000, 600000, 1000] },
      { name: "笔记本电脑", base: [40000, 200000, 1000] },
      { name: "打印机", base: [20000, 120000, 1000] },
      { name: "扫描仪", base: [20000, 90000, 1000] },
    ],
  };

export const OM_SECURITY = [
  { device: "防火墙", base: [80000, 400000, 1000] as const },
  { device: "入侵防御系统", base: [60000, 200000, 1000] as const },
  { device: "堡垒机", base: [50000, 150000, 1000] as const },
  { device: "日志审计系统", base: [40000, 120000, 1000] as const },
  { device: "Web应用防火墙", base: [80000, 200000, 1000] as const },
];

export const OM_SOFTWARE = [
  { name: "达梦数据库", sw: "domestic" as const, base: [100000, 400000, 1000] as const },
  { name: "人大金仓数据库", sw: "domestic" as const, base: [100000, 300000, 1000] as const },
  { name: "东方通中间件", sw: "domestic" as const, base: [40000, 160000, 1000] as const },
  { name: "麒麟操作系统", sw: "domestic" as const, base: [20000, 80000, 1000] as const },
  { name: "杀毒软件", sw: "tool" as const, base: [20000, 80000, 1000] as const },
  { name: "备份软件", sw: "tool" as const, base: [30000, 90000, 1000] as const },
  { name: "WPS办公软件", sw: "tool-domestic" as const, base: [30000, 150000, 1000] as const },
  { name: "版式软件", sw: "tool-domestic" as const, base: [20000, 60000, 1000] as const },
];
export const OM_SOFTWARE_FOREIGN = [
  { name: "Oracle数据库", base: [200000, 600000, 1000] as const },
  { name: "VMware虚拟化软件", base: [100000, 400000, 1000] as const },
  { name: "WebLogic中间件", base: [80000, 200000, 1000] as const },
];

export const OM_APPS = [
  "行政审批系统",
  "执法办案系统",
  "档案管理系统",
  "综合业务平台",
  "数据交换平台",
  "网格化管理平台",
  "人事管理系统",
  "内部门户",
  "统计分析系统",
  "预约服务系统",
];

export const OM_EXCLUDED = [
  { name: "政务外网专线租用费", unit: "月", price: [2000, 6000, 100] as const },
  { name: "互联网带宽租用", unit: "月", price: [3000, 9000, 100] as const },
  { name: "IDC机柜租用", unit: "月", price: [3000, 8000, 100] as const },
  { name: "通信服务费", unit: "月", price: [1500, 5000, 100] as const },
];

export const SERVICE_LINES = [
  { name: "政务云资源租用服务", unit: "年", price: [60000, 380000, 1000] as const },
  { name: "网络安全托管服务", unit: "年", price: [80000, 280000, 1000] as const },
  { name: "政务信息内容运营服务", unit: "年", price: [60000, 240000, 1000] as const },
  { name: "系统运营服务", unit: "年", price: [80000, 300000, 1000] as const },
  { name: "数据分析报告服务", unit: "期", price: [20000, 60000, 1000] as const },
  { name: "驻场技术支持服务", unit: "人年", price: [120000, 220000, 1000] as const },
];
