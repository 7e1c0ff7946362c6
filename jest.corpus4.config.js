/** The holdout corpus 4 scorer: prints recall/precision and 送审/审定 agreement on test/corpus4, separate from `npm test`. */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/corpus4"],
  testMatch: ["**/test/corpus4/score.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
};
