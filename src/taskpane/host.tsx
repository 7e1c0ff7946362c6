import type { ReactNode } from "react";
import type { ExcelBridge } from "../excel/bridge";
import type { WpsApplication } from "../wps/om";
import type { WpsAddinApplication } from "../wps/addin/actions";
import type { Locale } from "./i18n";
import { createWpsBridge } from "../wps/wps-bridge";
import { WpsFrame } from "../wps/addin/frame";

/*
 * Which spreadsheet the pane runs in. Excel loads it through Office.js (index.tsx); WPS 表格 loads the same pane as a
 * WPS 加载项 page, where `window.Application` is the ET object model (src/wps). This file is the one place the pane
 * tells them apart: the WPS bridge, what WPS cannot give (named in the pane, not silently missing), and the WPS
 * ribbon's buttons relayed to the pane's own (src/wps/addin/frame.tsx).
 */

/** The WPS Application object: the ET object model (src/wps/om.ts) and, in add-in pages, the add-in API. */
export type WpsApp = WpsApplication & Partial<WpsAddinApplication>;

export type WpsFrameComponent = (props: { app: WpsApp; locale: Locale; children: ReactNode }) => ReactNode;

/** `window.Application` when the page runs inside WPS (or the browser tests' emulator); null elsewhere. */
export function wpsApplication(): WpsApp | null {
  const w = window as unknown as { Application?: unknown; wps?: unknown };
  const app = w.Application;
  if (!app || typeof app !== "object") return null;
  // WPS add-in pages have `window.wps` (the add-in API) beside `window.Application`; the emulator has the latter only.
  if (w.wps === undefined && !("ActiveWorkbook" in app)) return null;
  return app as WpsApp;
}

/**
 * The WPS bridge and the frame the pane sits in there (the limits named above it, the ribbon's buttons relayed to
 * the pane's own: src/wps/addin/frame.tsx). Bundled with the pane rather than loaded as a chunk of their own: split
 * off, the modules they share with the pane can no longer be concatenated, and the Excel pane's bundle grew more
 * (6.5 KB gzipped) than it does with them in it (4.9 KB).
 */
export async function wpsPane(app: WpsApp): Promise<{ bridge: ExcelBridge; Frame: WpsFrameComponent }> {
  return { bridge: createWpsBridge(app), Frame: WpsFrame };
}
