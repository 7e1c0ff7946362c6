/** @type {import('jest').Config} — the task pane and the offline page in headless Chromium (npm run test:ui). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/ui", "<rootDir>/test/web"],
  testMatch: ["**/*.test.ts"],
  globalSetup: "<rootDir>/test/ui/build.js",
  testTimeout: 60000,
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }],
  },
};
