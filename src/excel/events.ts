import type { BudgetEdit, HostCapabilities, SelectedRange } from "./bridge";
import type { ExcelRun } from "./host";

/**
 * Listens for edits to any worksheet (Worksheets.onChanged, ExcelApi 1.9) and hands each to `listener`; edits
 * this add-in made itself (triggerSource "ThisLocalAddin", ExcelApi 1.14) are passed over here, so a flag, an
 * approval or a results sheet never re-checks the budget. Resolves to the function that stops listening, or to
 * null where the host has no such event (below ExcelApi 1.9): the pane then checks only when asked.
 */
export async function watchChanges(
  run: ExcelRun,
  caps: HostCapabilities,
  listener: (edit: BudgetEdit) => void,
): Promise<(() => Promise<void>) | null> {
  if (!caps.rangeAreas) return null;
  const registration = await run(async (context) => {
    const result = context.workbook.worksheets.onChanged.add(async (e: Excel.WorksheetChangedEventArgs) => {
      const trigger = (e as { triggerSource?: string }).triggerSource;
      if (trigger === "ThisLocalAddin") return;
      const sheet = await sheetName(run, e.worksheetId).catch(() => null);
      listener({ worksheetId: e.worksheetId, address: e.address, ...(sheet ? { sheet } : {}) });
    });
    await context.sync();
    return result;
  });
  return async () => {
    registration.remove();
    await registration.context.sync();
  };
}

/**
 * Listens for the selection moving (Worksheets.onSelectionChanged, ExcelApi 1.9) and hands `listener` the sheet's
 * name and the range's address; null where the host has no such event.
 */
export async function watchSelection(
  run: ExcelRun,
  caps: HostCapabilities,
  listener: (selection: SelectedRange) => void,
): Promise<(() => Promise<void>) | null> {
  if (!caps.rangeAreas) return null;
  const registration = await run(async (context) => {
    const result = context.workbook.worksheets.onSelectionChanged.add(
      async (e: Excel.WorksheetSelectionChangedEventArgs) => {
        // The event names the sheet by its id: its name is what the pane's model knows.
        const name = await sheetName(run, e.worksheetId).catch(() => null);
        if (name) listener({ sheet: name, address: e.address });
      },
    );
    await context.sync();
    return result;
  });
  return async () => {
    registration.remove();
    await registration.context.sync();
  };
}

/** A worksheet's name from its id (what Excel's events give). */
function sheetName(run: ExcelRun, id: string): Promise<string> {
  return run(async (context) => {
    const ws = context.workbook.worksheets.getItem(id);
    ws.load("name");
    await context.sync();
    return ws.name;
  });
}
