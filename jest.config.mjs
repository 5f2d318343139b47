// One Jest run for every package. The process time zone is pinned to one that is not Oslo (and has its
// daylight-saving changes on other dates), so code that leans on the machine's zone fails here.
process.env.TZ = "America/Sao_Paulo";

const swcTs = ["@swc/jest", { jsc: { parser: { syntax: "typescript" }, target: "es2022" } }];

/** @type {import('jest').Config} */
export default {
  // A global option: the projects' own testTimeout is ignored in a multi-project run.
  testTimeout: 30_000,
  // Every core (Jest's default leaves one free): on a two-core CI machine that is two workers instead of one,
  // and the whole run takes about 5 minutes instead of 8.5 (the API suites mostly wait on PostgreSQL).
  maxWorkers: "100%",
  projects: [
    {
      displayName: "domain",
      rootDir: "packages/domain",
      testEnvironment: "node",
      testMatch: ["<rootDir>/src/**/*.test.ts"],
      transform: { "^.+\\.ts$": swcTs },
    },
    {
      displayName: "contracts",
      rootDir: "packages/contracts",
      testEnvironment: "node",
      testMatch: ["<rootDir>/src/**/*.test.ts"],
      transform: { "^.+\\.ts$": swcTs },
    },
    "<rootDir>/apps/api/jest.config.mjs",
    "<rootDir>/apps/web/jest.config.mjs",
  ],
};
