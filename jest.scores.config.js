/**
 * The corpus scorers (npm run corpus, corpus2, corpus4 … corpus6): each prints recall/precision (and 送审/审定 for the
 * holdouts) on its corpus, separate from `npm test`; the script names the corpus folder as the path to run.
 */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/test/corpus*/score.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
};
