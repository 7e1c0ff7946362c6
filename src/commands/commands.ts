// The ribbon button only opens the task pane (ShowTaskpane); this page exists because the manifest's
// FunctionFile must point somewhere that initialises Office.
Office.onReady(() => undefined);
