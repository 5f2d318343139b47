// Jest project for the API. Native ESM (the Prisma runtime import()s .mjs files), so Node must run with
// --experimental-vm-modules:
//   NODE_OPTIONS=--experimental-vm-modules pnpm exec jest -c apps/api/jest.config.mjs
// Database: a fresh PostgreSQL database per run on the server of TEST_DATABASE_URL when it is set, else
// embedded PGlite (a migrated template copied for each test file). See src/testing/global-setup.ts.
// Referenced from the root config's `projects`; also runnable alone.
import { fileURLToPath } from "node:url";

// Same pin as the root config: code that leans on the machine's zone fails here, not in production.
process.env.TZ = "America/Sao_Paulo";

const rootDir = fileURLToPath(new URL(".", import.meta.url));

/** @type {import("jest").Config} */
export default {
  displayName: "api",
  rootDir,
  testEnvironment: "node",
  testMatch: ["<rootDir>/src/**/*.test.ts"],
  extensionsToTreatAsEsm: [".ts"],
  transform: {
    "^.+\\.ts$": ["@swc/jest", { jsc: { parser: { syntax: "typescript" }, target: "es2022" }, module: { type: "es6" } }],
  },
  globalSetup: "<rootDir>/src/testing/global-setup.ts",
  globalTeardown: "<rootDir>/src/testing/global-teardown.ts",
  testTimeout: 30_000,
};
