import { renderToStaticMarkup } from "react-dom/server";
import type { ReactElement } from "react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { LineCap } from "../../src/taskpane/LineCap";
import { NoTableGuide, OversizedRecordBar } from "../../src/taskpane/Notices";
import { lineAllowance } from "../../src/core/draft/line-allowance";
import { audit } from "../../src/core/engine";
import { getStandard } from "../../src/taskpane/standards";
import { oaUpgrade, omBudget } from "../acceptance/workbooks";

const html = (el: ReactElement) => renderToStaticMarkup(<FluentProvider theme={webLightTheme}>{el}</FluentProvider>);
/** Visible text: tags and the provider's style block dropped. */
const text = (markup: string) => markup.replace(/<style[^>]*>[\s\S]*?<\/style>/g, "").replace(/<[^>]+>/g, " ");
const cjk = (s: string) => s.match(/[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/g) ?? [];
const noop = () => undefined;

describe("drafting markup", () => {
  const pack = getStandard("yangpu-2023");
  const up = audit(oaUpgrade(), pack);
  const om = audit(omBudget(), pack);
  const card = (r: typeof up, name: string, locale: "zh-CN" | "en-US", canFill = true) => {
    const line = r.model.lines.find((l) => l.name.includes(name))!;
    return html(
      <LineCap
        locale={locale}
        line={line}
        allowance={lineAllowance(r.model, pack, line.id)}
        unit={r.model.profile.unit}
        pack={pack}
        canFill={canFill}
        disabled={false}
        onFill={noop}
      />,
    );
  };

  it("a line's cap in the sheet's unit, with its basis and 按上限填入", () => {
    const out = card(up, "流程审批模块定制开发", "zh-CN");
    expect(out).toContain("人月单价上限 2.00 万元；10 人月最多 20.00 万元。现为每人月 2.60 万元。");
    expect(out).toContain("依据：杨浦区区本级电子政务项目通用类配置标准 三(一)2");
    expect(out).toContain('data-testid="fill-to-cap"');
    expect(card(up, "咨询", "zh-CN")).toMatch(
      /四项费用合计不超过项目建设费的 10%（10.868 万元）；现合计 12.50 万元，超出 1.632 万元。/,
    );
    expect(card(om, "PC服务器维保", "zh-CN")).toContain(
      "C 类设备，维护费率上限 8%：按购置金额 100,000.00 元 最多 8,000.00 元。现为 10,000.00 元。",
    );
    expect(card(up, "流程审批模块定制开发", "zh-CN", false)).not.toContain("fill-to-cap");
  });

  it("in English, nothing Chinese but the line's own name and the regulation's title and clause", () => {
    for (const [r, name] of [
      [up, "流程审批模块定制开发"],
      [up, "系统集成"],
      [up, "咨询"],
      [om, "PC服务器维保"],
    ] as const) {
      const line = r.model.lines.find((l) => l.name.includes(name))!;
      const out = text(card(r, name, "en-US"))
        .replace(line.name, "")
        .replace(/杨浦区区本级电子政务项目通用类配置标准 三\([一二三]\)[0-9()]*/, "");
      expect([name, cjk(out)]).toEqual([name, []]);
    }
    expect(text(card(om, "PC服务器维保", "en-US"))).toContain(
      "Class C device, maintenance rate capped at 8%: at most CNY 8,000.00 on the purchase amount CNY 100,000.00. Now CNY 10,000.00.",
    );
  });

  it("the no-table guidance and an oversized record's bar, in both languages", () => {
    const outcome = { zh: "工作簿中没有找到预算表：需要一行表头", en: "No budget table found in the workbook" };
    expect(html(<NoTableGuide locale="zh-CN" outcome={outcome} />)).toMatch(/没有找到预算表.*然后点击“检查”/);
    const en = text(html(<NoTableGuide locale="en-US" outcome={outcome} />));
    expect(cjk(en)).toEqual([]);
    const bar = html(<OversizedRecordBar locale="zh-CN" record="flags" disabled={false} onRemove={noop} />);
    expect(bar).toContain("清除已保存的标记记录");
    expect(
      cjk(text(html(<OversizedRecordBar locale="en-US" record="flags" disabled={false} onRemove={noop} />))),
    ).toEqual([]);
  });
});
