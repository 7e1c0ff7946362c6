import { useEffect } from "react";
import { FluentProvider, MessageBar, MessageBarBody, webLightTheme } from "@fluentui/react-components";
import type { Locale } from "../../taskpane/i18n";
import type { WpsApp } from "../../taskpane/host";
import { ACTION_KEY, type RibbonAction } from "./actions";

/** What the WPS object model, or this adapter over it, does not give, in the pane's words. */
const LIMITS: Record<Locale, string[]> = {
  "zh-CN": [
    "在 WPS 中写入的审核意见表未设置打印格式（A4 横向、每页重复表头、页码）：打印前请在“页面布局”中设置。",
    "标记和核定的记录保存在本工作簿一个深度隐藏的工作表“_BudgetRuler”中，请勿删除，否则无法清除标记或撤销核定。",
    "WPS 中暂不提供边写边查、在表中选中一行即显示其上限、新建预算表：修改预算后请再点“检查”。",
  ],
  "en-US": [
    "The review sheet written in WPS has no print setup (A4 landscape, repeated header, page numbers): set it in Page Layout before printing.",
    'The flag and approval records are kept in a very hidden sheet "_BudgetRuler" of this workbook; deleting it makes clearing and undo impossible.',
    "Not yet in WPS: check as you type, a line's cap shown when you select it in the sheet, and New budget sheet — press Check again after editing.",
  ],
};

/** Runs the ribbon's actions: the pane's own buttons, pressed when enabled (按标准核定 checks first if it must). */
function useRibbonActions(app: WpsApp): void {
  useEffect(() => {
    const storage = app.PluginStorage;
    if (!storage) return;
    let approveAfterCheck = false;
    const button = (id: string) =>
      document.querySelector<HTMLButtonElement>(`[data-testid="${id}"]:not([disabled]):not([aria-disabled="true"])`);
    const timer = window.setInterval(() => {
      const pending = storage.getItem(ACTION_KEY) as RibbonAction | "" | null;
      if (approveAfterCheck && button("approve-button")) {
        approveAfterCheck = false;
        button("approve-button")!.click();
        return;
      }
      if (!pending) return;
      const check = button("check-button");
      if (!check) return; // the pane is busy: the action waits
      storage.setItem(ACTION_KEY, "");
      if (pending === "check") check.click();
      else if (pending === "clear") button("clear-button")?.click();
      else if (pending === "approve") {
        const approve = button("approve-button");
        if (approve) approve.click();
        else {
          approveAfterCheck = true;
          check.click();
        }
      }
    }, 300);
    return () => window.clearInterval(timer);
  }, [app]);
}

/** Above the pane in WPS: the limits, then the pane itself. */
export function WpsFrame(props: { app: WpsApp; locale: Locale; children: React.ReactNode }) {
  useRibbonActions(props.app);
  return (
    <>
      <FluentProvider theme={webLightTheme}>
        <MessageBar intent="info" layout="multiline" data-testid="host-limits">
          <MessageBarBody>
            {LIMITS[props.locale].map((line) => (
              <div key={line}>{line}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      </FluentProvider>
      {props.children}
    </>
  );
}
