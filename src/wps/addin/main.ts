/**
 * The WPS 加载项's entry page script (index.html → main.js): WPS opens the entry page first, calls OnAddinLoad with
 * the ribbon, then calls the callbacks ribbon.xml names — OnAction for a button, GetImage for its icon. Each is a
 * global function, looked up by name. The buttons only open the task pane (once; later they show it again) and hand
 * it their action (actions.ts); the pane does the work.
 */
import { ACTION_KEY, PANE_ID_KEY, RIBBON_ACTIONS, type WpsAddinApplication } from "./actions";

interface RibbonControl {
  Id: string;
}

const app = () => (window as unknown as { Application: WpsAddinApplication }).Application;

/** The pane's page, beside this one on the add-in's server. */
const paneUrl = () => new URL("taskpane.html", window.location.href).href;

function showPane(): void {
  const a = app();
  const id = a.PluginStorage.getItem(PANE_ID_KEY);
  const existing = id !== null && id !== undefined && id !== "" ? a.GetTaskPane(id as string) : null;
  if (existing) {
    existing.Visible = true;
    return;
  }
  const pane = a.CreateTaskPane(paneUrl(), "预算标尺");
  a.PluginStorage.setItem(PANE_ID_KEY, pane.ID);
  pane.Visible = true;
}

const callbacks = {
  OnAddinLoad(): boolean {
    // A pane of an earlier session is gone: forget its id and any action left over.
    app().PluginStorage.setItem(PANE_ID_KEY, "");
    app().PluginStorage.setItem(ACTION_KEY, "");
    return true;
  },
  OnAction(control: RibbonControl): boolean {
    const action = RIBBON_ACTIONS[control.Id];
    if (action === undefined) return true;
    if (action) app().PluginStorage.setItem(ACTION_KEY, action);
    showPane();
    return true;
  },
  GetImage(): string {
    return "assets/icon-32.png";
  },
  OnGetEnabled(): boolean {
    return true;
  },
};

Object.assign(window, callbacks);
