import * as fs from "fs";
import * as http from "http";
import * as path from "path";
import type { AddressInfo } from "net";
import { chromium, type Browser, type Page } from "playwright-core";

const root = path.join(__dirname, "..", "..");
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".png": "image/png",
  ".xml": "text/xml",
  ".json": "application/json",
};

/** Serves dist/web (or another folder of dist) on an ephemeral local port (the pane needs no https outside Office). */
export async function serve(folder = "web"): Promise<{ url: string; close: () => Promise<void> }> {
  const dir = path.join(root, "dist", folder);
  const server = http.createServer((req, res) => {
    const file = path.join(dir, decodeURIComponent((req.url ?? "/").split(/[?#]/)[0]));
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Debian's Chromium, headless, with the flags that keep it off the network. */
export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/**
 * Records every Content-Security-Policy violation of a page: the `securitypolicyviolation` events (installed
 * before the page's own scripts run) and the console errors Chromium prints for them.
 */
export async function recordCspViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (e) =>
      seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || "(inline)"} at ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  const fromConsole: string[] = [];
  page.on("console", (msg) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(msg.text())) fromConsole.push(`console: ${msg.text()}`);
  });
  return async () => [
    ...(await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])),
    ...fromConsole,
  ];
}

/** A task pane sized like Excel's (350 px wide) with the fake Excel host injected before the page's scripts. */
export async function openPane(browser: Browser, url: string, hash = ""): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 360, height: 900 } });
  await page.addInitScript({ path: path.join(root, "dist", "test-ui", "fake-host.js") });
  const errors: string[] = [];
  page.on("pageerror", (err) => errors.push(String(err)));
  (page as Page & { errors: string[] }).errors = errors;
  (page as Page & { cspViolations: () => Promise<string[]> }).cspViolations = await recordCspViolations(page);
  await page.goto(`${url}/taskpane.html${hash}`);
  return page;
}

/** The CSP violations seen so far on a page opened by openPane. */
export function cspViolations(page: Page): Promise<string[]> {
  return (page as Page & { cspViolations: () => Promise<string[]> }).cspViolations();
}

export function screenshotPath(name: string): string {
  const dir = path.join(root, "test-results");
  fs.mkdirSync(dir, { recursive: true });
  return path.join(dir, `${name}.png`);
}
