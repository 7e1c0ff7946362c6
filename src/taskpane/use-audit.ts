import { useEffect, useMemo, useSyncExternalStore } from "react";
import type { ExcelBridge } from "../excel/bridge";
import { AuditController, type PaneState } from "./audit-controller";
import type { Locale } from "./i18n";

/** The React face of AuditController: one controller per bridge, re-rendering on every state change. */
export function useAudit(bridge: ExcelBridge, initialLocale: Locale = "zh-CN"): [PaneState, AuditController] {
  // initialLocale only seeds the controller; later changes go through the locale toggle.
  const controller = useMemo(() => new AuditController(bridge, initialLocale), [bridge]);
  const state = useSyncExternalStore(controller.subscribe, controller.getState, controller.getState);
  useEffect(() => {
    void controller.init();
  }, [controller]);
  return [state, controller];
}
