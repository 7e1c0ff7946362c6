/** The holdout corpus 6 scorer: prints recall/precision and 送审/审定 agreement on test/corpus6, separate from `npm test`. */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/corpus6"],
  testMatch: ["**/test/corpus6/score.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
};
