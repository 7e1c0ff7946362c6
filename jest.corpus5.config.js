/** The holdout corpus 5 scorer: prints recall/precision and 送审/审定 agreement on test/corpus5, separate from `npm test`. */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/corpus5"],
  testMatch: ["**/test/corpus5/score.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
};
