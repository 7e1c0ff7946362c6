/** The corpus scorer (npm run corpus): prints recall/precision on test/corpus, separate from `npm test`. */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/corpus"],
  testMatch: ["**/test/corpus/score.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
};
