// @ts-check
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";
import officeAddins from "eslint-plugin-office-addins";
import { importX, createNodeResolver } from "eslint-plugin-import-x";

// src/core is the pure engine shared by the add-in and the CLI: a snapshot goes in, findings and a
// change plan come out. It must never reach for Office, the DOM, the file system or the process.
const coreForbiddenModules = [
  "fs",
  "fs/*",
  "path",
  "os",
  "child_process",
  "node:*",
  "exceljs",
  "react",
  "react-dom",
  "react-dom/*",
  "@fluentui/*",
  "@microsoft/office-js",
  "office-addin-*",
];
const coreForbiddenGlobals = [
  "Office",
  "Excel",
  "OfficeExtension",
  "window",
  "document",
  "navigator",
  "localStorage",
  "process",
  "require",
  "__dirname",
  "Buffer",
].map((name) => ({
  name,
  message: "src/core is pure: no Office, DOM, file system or process. Pass data in from an adapter.",
}));

export default tseslint.config(
  {
    ignores: [
      "node_modules/",
      "dist/",
      "out/",
      "test-results/",
      "coverage/",
      "assets/**/*.js",
      "src/core/standards/validators.generated.ts",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // No import cycles anywhere in the code: a cycle makes load order decide what a module sees (an undefined
    // import at start-up in the CLI, the worker or the pane bundle). Type-only imports are erased at compile time,
    // so import-x ignores them (`import type`, or every specifier `type`).
    files: ["src/**/*.{ts,tsx}", "test/**/*.{ts,tsx}", "scripts/**/*.js", "bench/**/*.js"],
    plugins: { "import-x": importX },
    settings: {
      "import-x/extensions": [".ts", ".tsx", ".js"],
      "import-x/parsers": { "@typescript-eslint/parser": [".ts", ".tsx"] },
      "import-x/resolver-next": [createNodeResolver({ extensions: [".ts", ".tsx", ".js", ".json"] })],
    },
    rules: { "import-x/no-cycle": "error" },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["src/core/**/*.ts"],
    languageOptions: { globals: {} },
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: coreForbiddenModules, message: "src/core must stay free of Office, DOM and file-system modules." },
          ],
        },
      ],
      "no-restricted-globals": ["error", ...coreForbiddenGlobals],
    },
  },
  {
    // The hosts take the engine through its entry point only (src/core/index.ts), so what the core offers them is
    // one list and its inner modules can move without touching a host. Tests may import the core's modules.
    files: ["src/*/**/*.{ts,tsx}"],
    ignores: ["src/core/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(\\.\\./)+core/.+",
              message:
                'Import the core through its entry point ("../core"); export what a host needs from src/core/index.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    // The Office.js adapters: batched reads and writes (no sync in loops, load before read, sync after load).
    files: ["src/excel/**/*.ts", "src/taskpane/**/*.{ts,tsx}"],
    languageOptions: {
      globals: { ...globals.browser, Office: "readonly", Excel: "readonly", OfficeExtension: "readonly" },
    },
    plugins: { "office-addins": officeAddins },
    rules: Object.fromEntries(Object.keys(officeAddins.rules).map((name) => [`office-addins/${name}`, "error"])),
  },
);
