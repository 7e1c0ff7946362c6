/**
 * What the ribbon's entry page (main.ts) and the task pane (src/taskpane/host.tsx) share: WPS's PluginStorage keys
 * (one storage for every page of an add-in) and the ribbon's actions. A ribbon button other than 打开任务窗格 shows
 * the pane and leaves its action in PluginStorage; the pane picks it up and runs it as if its own button was
 * pressed, so every action has one implementation: the pane's.
 */
export const PANE_ID_KEY = "budgetRuler.taskPaneId";
export const ACTION_KEY = "budgetRuler.ribbonAction";

export type RibbonAction = "check" | "clear" | "approve";

export const RIBBON_ACTIONS: Record<string, RibbonAction | null> = {
  btnCheck: "check",
  btnClear: "clear",
  btnApprove: "approve",
  btnPane: null,
};

/** The parts of `window.Application` only add-in pages have (WPS 加载项 API): the pane and the shared storage. */
export interface WpsAddinApplication {
  PluginStorage: { getItem(key: string): unknown; setItem(key: string, value: unknown): void };
  CreateTaskPane(url: string, title?: string): { ID: string | number; Visible: boolean };
  GetTaskPane(id: string | number): { ID: string | number; Visible: boolean } | null;
}
