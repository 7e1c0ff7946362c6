import { createRoot } from "react-dom/client";
import { App } from "./App";
import { createOfficeBridge } from "../excel/office-bridge";
import { getOpenWorkbookFile } from "../excel/office-file";
import type { ExcelHost } from "../excel/host";
import { wpsApplication, wpsPane } from "./host";

/**
 * Boots the pane inside Excel. Outside Office (the browser tests) a host object injected into the page as
 * `window.__budgetRulerTestHost` stands in for Excel; inside WPS 表格 the WPS adapter serves (host.tsx); anywhere else
 * the pane says it needs Excel.
 */
declare global {
  interface Window {
    __budgetRulerTestHost?: ExcelHost & { theme?: "light" | "dark"; locale?: "zh-CN" | "en-US" };
  }
}

function officeTheme(): "light" | "dark" {
  const bg = typeof Office !== "undefined" ? Office.context?.officeTheme?.bodyBackgroundColor : undefined;
  if (!bg || !/^#?[0-9a-f]{6}$/i.test(bg)) return "light";
  const n = parseInt(bg.replace("#", ""), 16);
  const luminance = (0.299 * (n >> 16) + 0.587 * ((n >> 8) & 255) + 0.114 * (n & 255)) / 255;
  return luminance < 0.5 ? "dark" : "light";
}

function officeLocale(): "zh-CN" | "en-US" {
  const lang = typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined;
  return lang && /^en/i.test(lang) ? "en-US" : "zh-CN";
}

function start(inExcel: boolean): void {
  const container = document.getElementById("root") as HTMLElement;
  const root = () => createRoot(container);
  const testHost = window.__budgetRulerTestHost;
  const wps = inExcel ? null : wpsApplication();
  if (wps) {
    void wpsPane(wps).then(({ bridge, Frame }) =>
      root().render(
        <Frame app={wps} locale="zh-CN">
          <App bridge={bridge} theme="light" initialLocale="zh-CN" />
        </Frame>,
      ),
    );
  } else if (inExcel) {
    const host: ExcelHost = {
      run: (batch) => Excel.run(batch),
      isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
      getFile: getOpenWorkbookFile,
    };
    root().render(<App bridge={createOfficeBridge(host)} theme={officeTheme()} initialLocale={officeLocale()} />);
  } else if (testHost) {
    root().render(
      <App
        bridge={createOfficeBridge(testHost)}
        theme={testHost.theme ?? "light"}
        initialLocale={testHost.locale ?? "zh-CN"}
      />,
    );
  } else {
    const p = document.createElement("p");
    p.style.padding = "16px";
    p.textContent =
      "预算标尺需要在 Excel 中运行：请按 README 旁加载 manifest.xml。Budget Ruler runs inside Excel: sideload manifest.xml.";
    container.replaceChildren(p);
  }
}

if (typeof Office !== "undefined") {
  Office.onReady((info) => start(info.host === Office.HostType.Excel));
} else {
  start(false);
}
