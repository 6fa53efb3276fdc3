/** Tests run the TypeScript sources directly; `npm run typecheck` does the type checking. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  transform: { "^.+\\.tsx?$": "ts-jest" },
  testTimeout: 120000,
};
