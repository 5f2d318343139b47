// `pnpm test`: every suite (Jest: domain, contracts, API, web; Playwright: end to end in Chromium), then
// one plain totals line. A suite that cannot run here (no PostgreSQL server, no Chromium) is skipped with a
// loud notice; with CI=true every skip is a failure.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromiumPath } from "../e2e/chromium.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const ci = process.env.CI === "true" || process.env.CI === "1";
const only = process.argv[2]; // optional: "jest" or "e2e"
const out = mkdtempSync(path.join(tmpdir(), "sambruk-test-"));
const totals = { passed: 0, failed: 0, skipped: 0 };
const notices = [];

function run(command, args, env = {}) {
  return spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } }).status;
}

function loud(message) {
  const bar = "!".repeat(78);
  notices.push(message);
  console.warn(`\n${bar}\n!! ${message}\n${bar}\n`);
}

/** The slowest test files, to watch the run's length against CI's limit. */
function printSlowest(files, count = 8) {
  const timed = files.map((file) => ({ name: path.relative(root, file.name), seconds: (file.endTime - file.startTime) / 1000 }));
  timed.sort((a, b) => b.seconds - a.seconds);
  console.log(`\nSlowest test files:\n${timed.slice(0, count).map((file) => `  ${file.seconds.toFixed(1).padStart(6)} s  ${file.name}`).join("\n")}`);
}

if (!only || only === "jest") {
  const report = path.join(out, "jest.json");
  const status = run(process.execPath, ["node_modules/jest/bin/jest.js", "--json", `--outputFile=${report}`], {
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --experimental-vm-modules --no-warnings=ExperimentalWarning`.trim(),
  });
  if (existsSync(report)) {
    const result = JSON.parse(readFileSync(report, "utf8"));
    printSlowest(result.testResults);
    totals.passed += result.numPassedTests;
    totals.failed += result.numFailedTests + result.numRuntimeErrorTestSuites;
    totals.skipped += result.numPendingTests + result.numTodoTests;
  } else if (status !== 0) {
    totals.failed += 1;
  }
  if (!process.env.TEST_DATABASE_URL) loud("API suites ran on embedded PGlite; suites that need a PostgreSQL server were SKIPPED. Set TEST_DATABASE_URL to run them.");
}

if (!only || only === "e2e") {
  const browser = chromiumPath();
  if (!browser) {
    loud("End-to-end suite SKIPPED: no Chromium found. Install it (apt-get install chromium) or set CHROMIUM_PATH.");
    totals.skipped += 1;
  } else {
    const report = path.join(out, "playwright.json");
    const status = run(process.execPath, ["node_modules/@playwright/test/cli.js", "test", "-c", "e2e/playwright.config.ts"], {
      PLAYWRIGHT_JSON_OUTPUT_NAME: report,
    });
    if (existsSync(report)) {
      const { stats } = JSON.parse(readFileSync(report, "utf8"));
      totals.passed += stats.expected + stats.flaky;
      totals.failed += stats.unexpected;
      totals.skipped += stats.skipped;
    }
    if (status !== 0 && !existsSync(report)) totals.failed += 1;
  }
}

rmSync(out, { recursive: true, force: true });
if (ci && totals.skipped > 0) {
  console.error(`CI=true: ${totals.skipped} skipped test(s) count as failures. ${notices.join(" ")}`);
  totals.failed += totals.skipped;
  totals.skipped = 0;
}
for (const notice of notices) console.warn(`NOTICE: ${notice}`);
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ""}`);
process.exit(totals.failed > 0 ? 1 : 0);
