/**
 * Injected into the WPS build of the task pane (dist/wps) by the browser tests: the WPS object-model emulator as
 * `window.Application`, with the add-in API's PluginStorage, CreateTaskPane and GetTaskPane, holding the acceptance
 * O&M budget (with a fill and a comment of the user's own) or, with `?book=<name>`, a corpus workbook.
 */
import { fakeFromSnapshot } from "../support/fake-from-snapshot";
import { wpsFromFake } from "../support/wps-emulator";
import { omBudget } from "../acceptance/workbooks";
import { corpus } from "../corpus/index";
import { corpus2 } from "../corpus2/index";

const name = new URLSearchParams(location.search).get("book");
const entry = name ? [...corpus, ...corpus2].find((e) => e.name === name) : undefined;
const app = wpsFromFake(fakeFromSnapshot(entry ? entry.build() : omBudget()));
if (!entry) {
  const s = app.book.sheet("运维预算表")!;
  s.ensure(5, 6).fill = { color: "#FFFF00", pattern: 1 };
  s.ensure(12, 4).comment = "经办人：张三";
}
const storage = new Map<string, unknown>();
const panes = new Map<string, { ID: string; Visible: boolean; url: string }>();
Object.assign(app, {
  PluginStorage: {
    getItem: (key: string) => (storage.has(key) ? storage.get(key) : null),
    setItem: (key: string, value: unknown) => void storage.set(key, value),
  },
  CreateTaskPane(url: string) {
    const pane = { ID: String(panes.size + 1), Visible: false, url };
    panes.set(pane.ID, pane);
    return pane;
  },
  GetTaskPane: (id: string) => panes.get(String(id)) ?? null,
});
/** The workbook's state as the tests compare it: sheets, visibility, cells, merges. */
const state = () =>
  JSON.stringify(
    app.book.sheets.map((s) => ({
      name: s.name,
      visible: s.visible,
      // Each cell's properties in one order: a rewritten cell is the same cell whatever order it was written in.
      cells: [...s.cells]
        .filter(([, c]) => Object.keys(c).length > 0)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, c]) => [k, Object.fromEntries(Object.entries(c).sort(([x], [y]) => x.localeCompare(y)))]),
      merges: s.merges,
    })),
  );
Object.assign(window, { Application: app, __wps: { app, state, book: entry ? entry.name : "om" } });
