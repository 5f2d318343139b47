// Jest project for the web app (jsdom). Referenced from the root config's `projects`; also runnable alone.
import { fileURLToPath } from "node:url";

const rootDir = fileURLToPath(new URL(".", import.meta.url));

/** SWC options shared by TypeScript and JavaScript sources; always CommonJS output for this project. */
const swc = (syntax) => [
  "@swc/jest",
  {
    jsc: {
      parser: syntax === "typescript" ? { syntax, tsx: true } : { syntax },
      transform: { react: { runtime: "automatic" } },
      target: "es2022",
    },
    module: { type: "commonjs" },
  },
];

// ESM-only packages (msw's dependencies among them) that must be compiled to CommonJS.
const esmOnly = ["@fullcalendar", "@full-ui", "temporal-polyfill", "temporal-utils", "until-async", "rettime", "@open-draft"];

/** @type {import("jest").Config} */
export default {
  displayName: "web",
  rootDir,
  testEnvironment: "jest-fixed-jsdom",
  testMatch: ["<rootDir>/src/**/*.test.{ts,tsx}"],
  setupFilesAfterEnv: ["<rootDir>/src/testing/setup-tests.ts"],
  transform: {
    "^.+\\.tsx?$": swc("typescript"),
    "^.+\\.(c|m)?jsx?$": swc("ecmascript"),
  },
  transformIgnorePatterns: [`/node_modules/(?!(\\.pnpm/)?(${esmOnly.join("|")}))`],
  moduleNameMapper: {
    "\\.css$": "<rootDir>/src/testing/style-stub.cjs",
  },
  clearMocks: true,
  restoreMocks: true,
};
