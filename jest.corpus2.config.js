/** The holdout corpus scorer (npm run corpus2): prints recall/precision on test/corpus2, separate from `npm test`. */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/corpus2"],
  testMatch: ["**/test/corpus2/score.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
};
