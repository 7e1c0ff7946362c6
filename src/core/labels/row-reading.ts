import type { RowReading, RowWhy } from "../model/types";
import type { Labels } from "./profile";

/** What a row was read as, for --explain, the 读取明细 sheet and the pane. */
export const ROW_KIND_LABELS: Labels<RowReading["kind"]> = {
  line: { zh: "明细", en: "line" },
  subtotal: { zh: "小计", en: "subtotal" },
  total: { zh: "合计", en: "total" },
  section: { zh: "分部标题", en: "section" },
  continuation: { zh: "续行", en: "continued" },
  remark: { zh: "说明", en: "remark" },
  text: { zh: "文字", en: "text" },
  note: { zh: "表外", en: "outside table" },
  outside: { zh: "另行申报", en: "outside project" },
  "detail-sheet": { zh: "代表明细表", en: "stands for a detail" },
};

/** Why it was read so, in a reviewer's words. */
export const ROW_WHY_LABELS: Labels<RowWhy> = {
  "column-numbers": { zh: "栏次编号行（1 2 3 …）", en: "column numbers (1 2 3 …)" },
  signature: {
    zh: "签字、日期、盖章或页码，表格到此结束",
    en: "signature, date, seal or page number: the table ends here",
  },
  note: { zh: "注、说明，表格到此结束", en: "a note: the table ends here" },
  "note-between-lines": {
    zh: "说明行，其下仍有明细：归入上一行",
    en: "a remark with lines after it: belongs to the line above",
  },
  "unfinished-name": {
    zh: "上一行名称未完（括号未闭合或以顿号结尾）：接续其名称",
    en: "the name above is unfinished (open bracket or trailing 、): continues it",
  },
  "numbering-goes-on": {
    zh: "上一行之下的文字行，编号在其后接续（如 6 → 7）或紧接编号章节：不是标题，接续上一行",
    en: "a text row under a line with the numbering going on after it (6 → 7) or a numbered section next: not a heading, it carries on the line above",
  },
  "qualifier-row": {
    zh: "上一行名称的括注（如“（第三级）”）：接续其名称",
    en: "a bracketed qualifier of the name above (such as （第三级）): continues it",
  },
  "spanning-text": { zh: "横跨表格的文字", en: "text written across the table" },
  "total-word": { zh: "标有小计、合计、总计等字样", en: "labelled 小计 / 合计 / 总计" },
  "outline-number": {
    zh: "分部编号（一、（一）、(1) 等）且无数量单价",
    en: "an outline number (一、（一）、(1)) and no quantity or price",
  },
  "numbered-parent-sums": {
    zh: "其下编号子项（如 1.1、1.2）之和等于本行金额",
    en: "the rows numbered under it (1.1, 1.2 …) add up to its amount",
  },
  "heading-sums-below": {
    zh: "无编号也无小计字样，但金额等于其下各行之和（或为其下各行的求和公式）",
    en: "no number or total word, but its amount is the sum of the rows under it (or their =SUM)",
  },
  "heading-opens-lines": {
    zh: "只有名称、没有数字，其下是明细：分部标题",
    en: "a name with no figures over lines: a section heading",
  },
  "heading-with-amount": {
    zh: "分部标题带金额：其下各行的小计",
    en: "a heading with an amount: the subtotal of the rows under it",
  },
  "heading-became-line": {
    zh: "标题带金额，其下无明细：按一行费用计",
    en: "a heading with an amount and no lines under it: counted as a line",
  },
  breakdown: { zh: "“其中”分解行，不重复计入", en: "a 其中 breakdown row: not counted again" },
  "named-with-figures": { zh: "有名称和数字", en: "a name with figures" },
  "no-name": { zh: "没有名称，也不是合计", en: "no name, and not a total" },
  "om-sheet": {
    zh: "建设项目中的运维费用估算表：另按运维审核，不计入建设投资",
    en: "an O&M estimate inside a construction budget: not part of the construction cost",
  },
  "outside-project": {
    zh: "合计之后注明另行申报或不计入",
    en: "after the total, marked outside the project (另行申报, 不计入)",
  },
  "restates-subtotal": {
    zh: "金额为本表小计行的引用（如 =F8）：重述该小计，不再计入",
    en: "its amount refers to subtotal rows of this sheet (=F8): it restates them and is not counted again",
  },
  "stands-for-detail": {
    zh: "汇总表中代表明细表的行（公式、“见…表”或金额相同），由明细表计入",
    en: "a summary line standing for a detail sheet (formula, 见…表 or equal amount): the detail is counted",
  },
};
